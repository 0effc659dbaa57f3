#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

#include <optional>

namespace bilby {

/**
 * @brief One alarm: a condition on a node that needs attention, from raise to clear.
 *
 * Lifecycle: New (raised, nobody has looked) -> Acknowledged (someone has) -> Cleared (the condition
 * ended by itself, or the user cleared it). An alarm once cleared stays cleared: if its condition comes
 * back, that is a new alarm. Every transition and comment is also a notification (origin "alarm").
 * The same alarm id can be active once per node and resource (the resource tells instances apart:
 * the SASL alarm's own id, a configuration file's path; empty for most).
 */
struct Alarm
{
    enum class Severity { Critical, Major, Minor, Warning };
    enum class State { New, Acknowledged, Cleared };

    struct Comment
    {
        qint64 timeMs = 0;
        QString text;
        bool operator==(const Comment &other) const { return timeMs == other.timeMs && text == other.text; }
    };

    qint64 id = 0;     ///< the store's row id, 0 until stored
    qint64 serial = 0; ///< the alarm engine's handle, unique within one run of the console; not stored
    QString alarmId;   ///< "process_limit_major", "sasl:disk_almost_full"...
    QString node;
    QString resource;
    Severity severity = Severity::Major;
    State state = State::New;
    qint64 raisedMs = 0;
    qint64 acknowledgedMs = 0; ///< 0: not acknowledged
    qint64 clearedMs = 0;      ///< 0: active
    bool clearedByUser = false;
    QString cause;  ///< the probable cause (from the catalog, or the node's own description)
    QString action; ///< the proposed repair action
    QString info;   ///< additional information: what was measured, which process, which file
    QVector<Comment> comments;
    /// The node is down, or the alarm has not been evaluated again since the node (or the console) came
    /// back: shown, but not counted, until its condition is seen again. Not stored.
    bool stale = false;
    /// The silence that covers this alarm (AlarmSilence::id), 0 for none: shown, but not counted.
    qint64 silenceId = 0;

    bool isActive() const { return state != State::Cleared; }
    /// Active, and neither stale nor silenced: what the tray and `check` count.
    bool isCounted() const { return isActive() && !stale && silenceId == 0; }
    /// "critical", "major", "minor", "warning".
    static QString severityName(Severity severity);
    static std::optional<Severity> severityFromName(const QString &name);
    static QString severityTitle(Severity severity);
    /// "new", "acknowledged", "cleared".
    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString &name);
    static QString stateTitle(State state);
    /// Compares everything but serial, stale and silenceId (what the store keeps).
    bool operator==(const Alarm &other) const;
};

/// What an alarm query selects.
struct AlarmFilter
{
    bool activeOnly = false;
    QString node;       ///< empty: every node
    qint64 sinceMs = 0; ///< raised at or after; 0: no bound
    int limit = 1000;
};

} // namespace bilby

Q_DECLARE_METATYPE(bilby::Alarm)
