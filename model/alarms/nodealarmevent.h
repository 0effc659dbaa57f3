#pragma once

#include <QString>

namespace bilby {

/**
 * @brief An alarm the node set or cleared itself, in one of its alarm managers: SASL's alarm_handler
 * (os_mon's alarms, or those of a handler an application installed instead) or an application's own
 * (RabbitMQ's rabbit_alarm).
 */
struct NodeAlarmEvent
{
    bool set = false; ///< false: cleared
    QString alarmId;  ///< the node's id, as Erlang prints it: "{resource_limit,memory,'rabbit@host'}"
    QString description;
    QString manager = QStringLiteral("alarm_handler"); ///< the event manager it came from
    qint64 timeMs = 0;
};

} // namespace bilby
