#include "alarms/nodealarmwatch.h"

#include "alarms/nodealarmlink.h"
#include "alarms/nodewatch.h"
#include "events/eventfeed.h"

namespace bilby {

NodeAlarmWatch::NodeAlarmWatch(NodeSession *session, MetricsSampler *sampler, EventFeed *feed, AlarmEngine *engine,
                               QObject *parent)
    : QObject(parent)
    , m_watch(new NodeWatch(session, sampler, engine, this))
{
    connect(m_watch, &NodeWatch::notification, this, &NodeAlarmWatch::notification);
    // The node's alarms reach the engine before its events reach the timeline, as the agent sent them.
    linkNodeAlarms(feed, engine, session->node().toString(), this);
    connect(feed, &EventFeed::events, this, [this](const AgentEvents &events) {
        for (const Notification &n : events.notifications)
            emit notification(n);
    });
}

} // namespace bilby
