#pragma once

#include "alarms/nodealarmevent.h"
#include "events/notification.h"
#include "term/term.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVector>

#include <optional>

namespace bilby {

class NodeSession;
struct SessionInfo;

/// One batch pushed by the agent, decoded.
struct AgentEvents
{
    QVector<Notification> notifications; ///< every origin but SASL alarms
    QVector<NodeAlarmEvent> nodeAlarms;  ///< for the alarm engine; not notifications by themselves
    /// Events the agent dropped since this subscription, per origin name ("log", "shell"...).
    QHash<QString, qint64> droppedTotals;
};

/**
 * @brief The events a node's agent pushes: logs, shell expressions, code, configuration, SASL alarms and
 * system monitor details.
 *
 * Subscribes on every connection of the session that has the agent loaded, and decodes the batches the
 * agent sends (at most one every 200 ms per console). Lives in the session's thread.
 */
class EventFeed : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString logLevel = QStringLiteral("warning"); ///< logger's level names: the lowest level wanted
        bool sysmonDetails = false;                   ///< system monitor details (rate-limited on the node)
    };

    EventFeed(NodeSession *session, Options options, QObject *parent = nullptr);
    explicit EventFeed(NodeSession *session, QObject *parent = nullptr);

    bool isSubscribed() const { return m_subscribed; }
    QStringList sources() const { return m_sources; }
    /// Switches system monitor details on or off, now if subscribed, else at the next subscription.
    void setSysmonDetails(bool on);
    /// The lowest log level sent (logger's names), now if subscribed, else at the next subscription.
    void setLogLevel(const QString &level);
    QString logLevel() const { return m_options.logLevel; }

    /**
     * Decodes one pushed message `{bilby_events, Events, Dropped}` of node @p node. Events that cannot be
     * read are skipped and described in @p problems; nullopt when the message itself is malformed.
     */
    static std::optional<AgentEvents> decode(const Term &message, const QString &node, QStringList *problems);

signals:
    void events(const bilby::AgentEvents &events);
    /// The agent installed @p sources; @p unavailable says why the others are not there. @p currentAlarms
    /// are the SASL alarms already set (timeMs 0: the node does not say since when).
    void subscribed(const QStringList &sources, const QHash<QString, QString> &unavailable,
                    const QVector<bilby::NodeAlarmEvent> &currentAlarms);
    /// The subscription failed (agentless node, refused request): no events will come on this connection.
    void failed(const QString &reason);
    /// A batch (or part of one) could not be read; the rest was delivered.
    void malformed(const QString &description);

private:
    void onConnected(const SessionInfo &info);
    void subscribe();
    void onPushed(const Term &message);
    void onSubscribeReply(const Term &value);
    Term optionsTerm() const;
    void changeOptions(const Term &options);

    QPointer<NodeSession> m_session;
    Options m_options;
    bool m_subscribed = false;
    QStringList m_sources;
};

} // namespace bilby

Q_DECLARE_METATYPE(bilby::AgentEvents)
Q_DECLARE_METATYPE(bilby::NodeAlarmEvent)
