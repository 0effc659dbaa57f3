#pragma once

#include "alarms/alarm.h"
#include "events/notification.h"

struct sqlite3;

namespace bilby {

class SqlStatement;

/// @brief The event tables' rows as values, and the meta table, for EventDb and NotificationSearch.
namespace EventRows {

/// How late a notification arrived at most (seen_ms - time_ms), which widens every "until" bound.
constexpr const char *MaxLateKey = "notifications.max_late_ms";

/// A row of "SELECT n.id, n.time_ms, n.node, n.origin, n.severity, n.text, n.details".
Notification notification(const SqlStatement &st);
/// A row of the alarms table, columns in the order EventDb::listAlarms() selects them.
Alarm alarm(const SqlStatement &st);
/// The meta table's value under @p key; 0 when there is none.
qint64 metaValue(sqlite3 *db, const char *key);

} // namespace EventRows
} // namespace bilby
