#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace bilby {

/**
 * @brief One entry of the timeline: something that happened on a node or in the console.
 *
 * Notifications come from the agent's events (logs, shell commands, code loading, configuration
 * changes, SASL alarms, system monitor), from the console itself (node up and down, agent loaded and
 * removed, alarm transitions) and from actions the user takes. They are stored and searched in the
 * history store (see EventDb); text is what a list shows, details what a details pane shows.
 */
struct Notification
{
    /// Where an entry comes from. The names (originName) are part of the CLI's JSON.
    enum class Origin { Log, Shell, Code, Config, Alarm, Node, Agent, SystemMonitor, Action };
    /// How much it matters, most severe first (logger's emergency and alert count as critical).
    enum class Severity { Critical, Error, Warning, Notice, Info, Debug };

    qint64 id = 0; ///< the store's row id, 0 until stored; grows with insertion order
    qint64 timeMs = 0;
    QString node; ///< the node's full name; empty for the console's own entries
    Origin origin = Origin::Log;
    Severity severity = Severity::Info;
    QString text;    ///< one line, at most MaxTextChars
    QString details; ///< more lines (a whole report, old and new value), at most MaxDetailsChars

    static constexpr int MaxTextChars = 4096;
    static constexpr int MaxDetailsChars = 65536;

    /// "log", "shell", "code", "config", "alarm", "node", "agent", "system_monitor", "action".
    static QString originName(Origin origin);
    static std::optional<Origin> originFromName(const QString &name);
    static QList<Origin> allOrigins();
    /// "critical", "error", "warning", "notice", "info", "debug".
    static QString severityName(Severity severity);
    /// Also takes logger's levels: "emergency" and "alert" are critical.
    static std::optional<Severity> severityFromName(const QString &name);
    /// For the UI: translated names.
    static QString originTitle(Origin origin);
    static QString severityTitle(Severity severity);

    /// Cuts text and details to their limits, marking the cut with an ellipsis.
    void truncate();
    bool operator==(const Notification &other) const;
};

/// What a notification query selects; empty fields select everything.
struct NotificationFilter
{
    QStringList nodes;
    QList<Notification::Origin> origins;
    /// This severity and worse (Warning: critical, error and warning).
    std::optional<Notification::Severity> minSeverity;
    qint64 sinceMs = 0; ///< inclusive; 0: no lower bound
    qint64 untilMs = 0; ///< exclusive; 0: no upper bound
    /// Full-text search over text and details (words; a trailing * matches a prefix).
    QString search;
};

/// One page of a query, newest first. Page on with beforeId = the last item's id.
struct NotificationPage
{
    QVector<Notification> items;
    bool more = false; ///< older entries match too
};

} // namespace bilby

Q_DECLARE_METATYPE(bilby::Notification)
