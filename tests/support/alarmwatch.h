#pragma once

#include "alarms/alarmengine.h"
#include "alarms/nodewatch.h"
#include "connection/nodesession.h"
#include "events/eventfeed.h"
#include "metrics/metricssampler.h"
#include "support/testnode.h"

#include <memory>
#include <optional>

namespace bilby::test {

/**
 * @brief A node watched by an alarm engine as the console watches it: a session, live samples and
 * health checks every second, the agent's events (the node's own alarms) and RPC for the test.
 */
struct AlarmWatch
{
    /// Connects to @p node; false (with a warning) when it cannot.
    bool attach(const NodeName &node, const QByteArray &cookie);

    QString nodeName() const { return m_node.toString(); }
    bool eval(const QString &expression);
    std::optional<Alarm> activeAlarm(const QString &id, const QString &resource = QString()) const;
    bool waitRaised(const QString &id, int timeoutMs = 10000);
    bool waitCleared(const QString &id, int timeoutMs = 10000);
    void setThreshold(const QString &id, double threshold, double windowS = -1);

    AlarmEngine engine;
    std::unique_ptr<NodeSession> session;
    std::unique_ptr<MetricsSampler> sampler;
    std::unique_ptr<NodeWatch> watch;
    std::unique_ptr<EventFeed> feed;
    std::unique_ptr<TestRpc> rpc;
    QVector<QPair<Alarm, AlarmEngine::Transition>> transitions;
    QVector<Notification> notifications;

private:
    NodeName m_node;
};

} // namespace bilby::test
