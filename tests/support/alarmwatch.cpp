#include "support/alarmwatch.h"

#include "alarms/nodealarmlink.h"

namespace bilby::test {

bool AlarmWatch::attach(const NodeName &node, const QByteArray &cookie)
{
    m_node = node;
    session = std::make_unique<NodeSession>(node, cookie);
    session->start();
    waitUntil([&] { return session->isConnected() || session->state() == NodeSession::State::Down; }, 15000);
    if (session->state() != NodeSession::State::Up) {
        qWarning("cannot watch %s: %s", qPrintable(nodeName()),
                 qPrintable(session->lastError().message + session->info().agentlessReason));
        return false;
    }
    sampler = std::make_unique<MetricsSampler>(session.get());
    sampler->setInterval(1000);
    sampler->setHistoryInterval(0);
    watch = std::make_unique<NodeWatch>(session.get(), sampler.get(), &engine);
    // The agent's events: the node's own alarms for the engine, and the shells the health checks measure.
    feed = std::make_unique<EventFeed>(session.get());
    linkNodeAlarms(feed.get(), &engine, nodeName(), &engine);
    QObject::connect(&engine, &AlarmEngine::alarmUpdated, &engine,
                     [this](const Alarm &a, AlarmEngine::Transition t) { transitions.append({a, t}); });
    QObject::connect(&engine, &AlarmEngine::notification, &engine,
                     [this](const Notification &n) { notifications.append(n); });
    sampler->start();
    rpc = std::make_unique<TestRpc>(node, cookie);
    return rpc->connect();
}

bool AlarmWatch::eval(const QString &expression)
{
    const auto result = rpc->eval(expression, 30000);
    if (!result)
        qWarning("eval failed: %s", qPrintable(expression));
    return result.has_value();
}

std::optional<Alarm> AlarmWatch::activeAlarm(const QString &id, const QString &resource) const
{
    for (const Alarm &a : engine.active()) {
        if (a.alarmId == id && a.node == nodeName() && (resource.isNull() || a.resource == resource))
            return a;
    }
    return std::nullopt;
}

bool AlarmWatch::waitRaised(const QString &id, int timeoutMs)
{
    return waitUntil([&] { return activeAlarm(id).has_value(); }, timeoutMs);
}

bool AlarmWatch::waitCleared(const QString &id, int timeoutMs)
{
    return waitUntil([&] { return !activeAlarm(id).has_value(); }, timeoutMs);
}

void AlarmWatch::setThreshold(const QString &id, double threshold, double windowS)
{
    AlarmConfig config = engine.config();
    config.setForNode(nodeName(), id, {threshold, windowS, -1});
    engine.setConfig(config);
}

} // namespace bilby::test
