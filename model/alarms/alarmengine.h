#pragma once

#include "alarms/alarm.h"
#include "alarms/alarmcatalog.h"
#include "alarms/alarmsilence.h"
#include "alarms/alarmsilencelist.h"
#include "alarms/nodealarmevent.h"
#include "events/notification.h"
#include "metrics/metricsample.h"
#include "topology/nodehealth.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QVector>

#include <deque>
#include <functional>

namespace bilby {

/**
 * @brief Turns what the console learns about nodes into alarms, and alarms into notifications.
 *
 * Inputs come per node: connection state (node_down), every live metric sample (limits, queues,
 * memory, run queue, busy distribution ports, forecasts), each health check (old code, files, code
 * path, shells, the machine's memory) and the node's own SASL alarms. Each built-in alarm is a
 * condition evaluated on every input: it raises the alarm when it starts to hold (or has held for
 * its window) and clears it when it stops. A major alarm supersedes the minor one of the same limit.
 *
 * The user acknowledges, comments and clears. A cleared alarm stays cleared; while its condition
 * still holds after a manual clear nothing is raised again, and a new alarm is raised only once the
 * condition has ended and come back. Every transition is also a Notification (origin "alarm").
 *
 * Counted or not: while a node is down its other alarms are stale (shown, not counted); once it is back
 * each is counted again when its condition is seen to hold, and cleared if it is not seen within
 * RevalidateMs. Alarms a previous run of the console stored are adopted the same way (stale until
 * seen), so that a restart continues them instead of raising them again. Silences cover alarms by id,
 * node and subject: a silenced alarm is shown but not counted (Alarm::isCounted).
 */
class AlarmEngine : public QObject
{
    Q_OBJECT
public:
    /// Updated: the information of an active alarm changed (a queue's length, which process): no
    /// notification, at most every InfoUpdateMs per alarm.
    enum class Transition { Raised, Acknowledged, Commented, Cleared, Updated };
    static constexpr qint64 InfoUpdateMs = 5000;
    Q_ENUM(Transition)

    explicit AlarmEngine(QObject *parent = nullptr);

    void setConfig(const AlarmConfig &config);
    AlarmConfig config() const { return m_config; }
    /// For tests: where "now" comes from (default: the wall clock).
    void setClock(std::function<qint64()> nowMs);

    // Inputs ----------------------------------------------------------------------------------------
    /// The node answered (again): clears node_down.
    void nodeUp(const QString &node);
    /// The connection was lost or cannot be made (not a stop by the user): raises node_down.
    void nodeDown(const QString &node, const QString &reason);
    void metricsSampled(const QString &node, const MetricSample &sample);
    void healthChecked(const QString &node, const NodeHealth &health);
    /// An alarm the node set or cleared itself (alarm_handler, rabbit_alarm).
    void nodeAlarm(const QString &node, const NodeAlarmEvent &event);
    /// The node's own alarms set right now (at subscription): the others of the node are cleared.
    void nodeAlarmsPresent(const QString &node, const QVector<NodeAlarmEvent> &present);
    /// The node is no longer managed: its active alarms are cleared.
    void forgetNode(const QString &node);
    /// The active alarms a previous run stored (with their store ids): continued, stale until seen again.
    void adopt(const QVector<Alarm> &stored);
    static constexpr qint64 RevalidateMs = 60000;

    // Silences --------------------------------------------------------------------------------------
    /// Adds @p silence (its id and creation time are set here when 0); returns its id, 0 when it has no
    /// reason or has already expired.
    qint64 addSilence(AlarmSilence silence);
    bool liftSilence(qint64 id);
    /// The silences in force now.
    QVector<AlarmSilence> silences() const { return m_silences.all(); }
    /// Restores saved silences (the expired ones are dropped).
    void setSilences(const QVector<AlarmSilence> &silences);

    // The user --------------------------------------------------------------------------------------
    bool acknowledge(qint64 serial);
    bool comment(qint64 serial, const QString &text);
    bool clear(qint64 serial);

    /// Active alarms, worst first, then newest first.
    QVector<Alarm> active() const;
    /// Every alarm of this run, active and cleared, in the order raised.
    QVector<Alarm> all() const { return m_alarms; }
    std::optional<Alarm> alarm(qint64 serial) const;
    /// The worst severity of the counted alarms (active, neither stale nor silenced), or nullopt.
    std::optional<Alarm::Severity> worstActive() const;
    /// How many alarms are counted (see Alarm::isCounted).
    int countedActive() const;

signals:
    void alarmUpdated(const bilby::Alarm &alarm, bilby::AlarmEngine::Transition transition);
    void notification(const bilby::Notification &notification);
    /// A silence was added, lifted or expired.
    void silencesChanged();

private:
    struct Sample
    {
        qint64 timeMs;
        double value;
    };
    /// What the engine remembers of one node between inputs.
    struct NodeState
    {
        NodeHealth health;
        bool hasHealth = false;
        qint64 runQueueHighSinceMs = 0;            ///< 0: below the threshold
        std::deque<Sample> busyDist;               ///< events per sample in the window
        QHash<QString, std::deque<Sample>> trends; ///< per limit, for the forecast
        QHash<QString, bool> suppressed;           ///< key -> cleared by hand while the condition still held
        qint64 revalidateByMs = 0;                 ///< stale alarms not seen again by then are cleared
    };

    /// Raises or clears alarm @p id (instance @p resource) of @p node as @p holds says.
    void setCondition(const QString &node, const QString &id, const QString &resource, bool holds, const QString &info);
    void raise(const QString &node, const QString &id, const QString &resource, const QString &info);
    void clearActive(int index, bool byUser, const QString &why);
    void updateInfo(int index, const QString &info);
    /// Marks the active alarms of @p node stale (but node_down); emits Updated for each.
    void markStale(const QString &node);
    /// The alarm holds again: counted from now on.
    void seen(int index);
    /// Clears the stale alarms of @p node whose time to be seen again has passed.
    void expireStale(const QString &node);
    /// Sets each active alarm's silenceId from the silences in force; emits Updated for those that changed.
    void applySilences();
    void dropExpiredSilences();
    int findActive(const QString &node, const QString &id, const QString &resource) const;
    void emitTransition(const Alarm &alarm, Transition transition, const QString &text);
    void checkLimits(const QString &node, const MetricSample &sample);
    void checkQueues(const QString &node, NodeState &state, const MetricSample &sample);
    void checkRunQueue(const QString &node, NodeState &state, const MetricSample &sample);
    void checkBusyDist(const QString &node, NodeState &state, const MetricSample &sample);
    void checkForecasts(const QString &node, NodeState &state, const MetricSample &sample);
    void checkOldCode(const QString &node, const NodeHealth &health);
    void checkProcessMemory(const QString &node, const NodeState &state, const MetricSample &sample);
    bool enabled(const QString &node, const QString &id) const { return m_config.isEnabled(node, id); }
    qint64 now() const { return m_clock(); }

    AlarmConfig m_config;
    std::function<qint64()> m_clock;
    QVector<Alarm> m_alarms;
    QHash<QString, NodeState> m_nodes;
    QHash<qint64, qint64> m_infoUpdatedMs; ///< serial -> when its information was last updated
    AlarmSilenceList m_silences;
    QTimer m_silenceExpiry;
    qint64 m_nextSerial = 1;
};

} // namespace bilby

Q_DECLARE_METATYPE(bilby::AlarmEngine::Transition)
