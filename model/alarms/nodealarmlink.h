#pragma once

#include <QString>

class QObject;

namespace bilby {

class AlarmEngine;
class EventFeed;

/// Feeds @p engine with the node's own alarms that @p feed brings: those set at subscription (the others
/// of @p node are cleared then) and every set and clear after. The connections live as long as @p context.
void linkNodeAlarms(EventFeed *feed, AlarmEngine *engine, const QString &node, QObject *context);

} // namespace bilby
