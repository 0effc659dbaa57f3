#pragma once

#include "alarms/alarmengine.h"
#include "events/eventfeed.h"
#include "events/notification.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>

namespace bilby {

class AlarmRecorder;
class ManagedNode;
class MetricStore;
class NodeRegistry;
class NodeAlarmWatch;
class Settings;

/**
 * @brief The console's alarms and timeline: one alarm engine over every managed node.
 *
 * For each node whose session runs it keeps an EventFeed (the agent's events) and a NodeAlarmWatch (state,
 * metrics and health for the engine; node and agent entries). Every notification (the agent's, the
 * console's, alarm transitions, the user's actions) goes to the store when there is one, and to a
 * bounded in-memory list that serves when there is none. Alarms are saved on every transition. The
 * user's actions on alarms are audited as notifications of origin "action". Events the agents drop under
 * load are counted (eventsDropped) and said in the timeline, at most once every ten seconds per node.
 * At start the alarms a previous run left active are read from the store and continued (AlarmEngine::adopt)
 * before any node is watched.
 */
class AlarmCenter : public QObject
{
    Q_OBJECT
public:
    /// @p store may be null (memory only). Neither is owned.
    AlarmCenter(NodeRegistry *registry, MetricStore *store, QObject *parent = nullptr);
    ~AlarmCenter() override;

    AlarmEngine *engine() { return &m_engine; }
    const AlarmEngine *engine() const { return &m_engine; }
    MetricStore *store() const;

    /// Thresholds, windows, enabled alarms (also given to the engine).
    void setConfig(const AlarmConfig &config);
    /// System monitor details from every node's agent, rate-limited on the node (off by default).
    void setSysmonDetails(bool on);
    bool sysmonDetails() const { return m_feedOptions.sysmonDetails; }

    /// The newest notifications of this run, oldest first (at most MaxRecent).
    QVector<Notification> recent() const { return {m_recent.begin(), m_recent.end()}; }
    static constexpr int MaxRecent = 10000;
    /// Events the node's agent dropped under load since the console subscribed (0 for unknown nodes).
    qint64 droppedEvents(const QString &node) const;

    // The user's actions, audited; false when the alarm is unknown or the action does not apply.
    bool acknowledge(qint64 serial);
    bool comment(qint64 serial, const QString &text);
    bool clear(qint64 serial);
    /// Silences alarms (see AlarmSilence), audited; 0 when it has no reason or is over already.
    qint64 silence(const AlarmSilence &silence);
    bool liftSilence(qint64 id);
    /// The silences come from @p settings now and are saved there on every change. Not owned.
    void persistSilencesIn(Settings *settings);
    /// The alarms a previous run left active have been read from the store (or there was none to read):
    /// node watching starts after that, so that a restart continues them instead of raising them again.
    bool hasAdopted() const { return m_adopted; }

signals:
    /// Every new notification, as it happens (before it reaches the store).
    void notificationAdded(const bilby::Notification &notification);
    /// An alarm was raised, acknowledged, commented on or cleared.
    void alarmUpdated(const bilby::Alarm &alarm, bilby::AlarmEngine::Transition transition);
    /// A node's agent reported more dropped events; @p total since the subscription.
    void eventsDropped(const QString &node, qint64 total);

private:
    struct Watched
    {
        QPointer<EventFeed> feed;
        QPointer<NodeAlarmWatch> watch;
        qint64 dropped = 0;
        qint64 reportedDropped = 0; ///< what the timeline has been told
        qint64 lastDropReportMs = 0;
    };
    void watchNode(ManagedNode *node);
    void unwatchNode(const QString &name);
    void add(const Notification &notification);
    void reportDrops(const QString &node);
    void audit(const Alarm &alarm, const QString &what);
    void auditText(const QString &node, const QString &text);
    void adopted(const QVector<Alarm> &stored);

    QPointer<NodeRegistry> m_registry;
    QPointer<MetricStore> m_store;
    AlarmEngine m_engine;
    EventFeed::Options m_feedOptions;
    QHash<QString, Watched> m_watched;
    std::deque<Notification> m_recent;
    AlarmRecorder *m_recorder = nullptr;
    bool m_adopted = false;
};

} // namespace bilby
