#include "alarms/nodealarmlink.h"

#include "alarms/alarmengine.h"
#include "events/eventfeed.h"

namespace bilby {

void linkNodeAlarms(EventFeed *feed, AlarmEngine *engine, const QString &node, QObject *context)
{
    QObject::connect(feed, &EventFeed::events, context, [engine, node](const AgentEvents &events) {
        for (const NodeAlarmEvent &e : events.nodeAlarms)
            engine->nodeAlarm(node, e);
    });
    QObject::connect(feed, &EventFeed::subscribed, context,
                     [engine, node](const QStringList &, const QHash<QString, QString> &,
                                    const QVector<NodeAlarmEvent> &present) { engine->nodeAlarmsPresent(node, present); });
}

} // namespace bilby
