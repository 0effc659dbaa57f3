#pragma once

#include "alarm.h"
#include "alarmcatalog.h"
#include "metricsample.h"
#include "nodealarmevent.h"
#include "nodehealth.h"
#include "notification.h"

#include <QHash>
#include <QObject>
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

    // The user --------------------------------------------------------------------------------------
    bool acknowledge(qint64 serial);
    bool comment(qint64 serial, const QString &text);
    bool clear(qint64 serial);

    /// Active alarms, worst first, then newest first.
    QVector<Alarm> active() const;
    /// Every alarm of this run, active and cleared, in the order raised.
    QVector<Alarm> all() const { return m_alarms; }
    std::optional<Alarm> alarm(qint64 serial) const;
    /// The worst severity of the active alarms, or nullopt when there is none.
    std::optional<Alarm::Severity> worstActive() const;

signals:
    void alarmUpdated(const bilby::Alarm &alarm, bilby::AlarmEngine::Transition transition);
    void notification(const bilby::Notification &notification);

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
    };

    /// Raises or clears alarm @p id (instance @p resource) of @p node as @p holds says.
    void setCondition(const QString &node, const QString &id, const QString &resource, bool holds, const QString &info);
    void raise(const QString &node, const QString &id, const QString &resource, const QString &info);
    void clearActive(int index, bool byUser, const QString &why);
    void updateInfo(int index, const QString &info);
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
    qint64 m_nextSerial = 1;
};

} // namespace bilby

Q_DECLARE_METATYPE(bilby::AlarmEngine::Transition)
