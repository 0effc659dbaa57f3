#pragma once

#include "alarms/alarm.h"
#include "events/notification.h"
#include "store/storeerror.h"

namespace bilby {

class MetricDb;

/// How many notifications match a filter, counted up to a cap.
struct NotificationCount
{
    qint64 count = 0;
    bool more = false; ///< more than count match (the count stopped at the cap)
};

/**
 * @brief Notifications and alarms in the history file: synchronous, on a MetricDb's connection and thread.
 *
 * Notifications are kept newest first by id (the order they were stored in); a page is found by keyset
 * (beforeId), so paging through millions of rows costs the same on the last page as on the first.
 * Filters and full-text search (FTS5 over text and details) are answered from indexes that return rows
 * in id order, so a page reads little more than the rows it returns unless one filter is rare among
 * the rows the other selects. Alarms are few; they are read whole, with their comments.
 */
class EventDb
{
public:
    /// countNotifications() stops here by default: the GUI shows "more than 100,000".
    static constexpr qint64 CountCap = 100000;
    static constexpr int MaxPageSize = 10000;

    explicit EventDb(MetricDb &db);

    /// Stores @p batch in one transaction and sets each one's id. false with error() set: nothing stored.
    bool insertNotifications(QVector<Notification> &batch);
    /// The newest @p limit notifications matching @p filter with an id below @p beforeId (0: no bound).
    NotificationPage queryNotifications(const NotificationFilter &filter, qint64 beforeId = 0, int limit = 100);
    NotificationCount countNotifications(const NotificationFilter &filter, qint64 cap = CountCap);
    /// The id of the newest notification, 0 when there is none.
    qint64 lastNotificationId();

    /// Inserts @p alarm (id 0, then set) or updates its severity, state, times and info and appends the
    /// comments not stored yet. Returns its id; 0 with error() set on failure.
    qint64 saveAlarm(Alarm &alarm);
    bool addAlarmComment(qint64 alarmRowId, const Alarm::Comment &comment);
    /// Newest raised first, with their comments.
    QVector<Alarm> listAlarms(const AlarmFilter &filter);

    /// Deletes notifications older than StoreOptions::notificationRetentionMs before @p nowMs, the oldest
    /// beyond StoreOptions::maxNotifications, and alarms cleared before that age.
    bool applyRetention(qint64 nowMs);

    StoreError error() const { return m_error; }

    /// The user's words as an FTS5 query: each word quoted (so no input is FTS5 syntax), all required,
    /// a trailing * keeping prefix search. Words without a letter or digit are left out; empty when none
    /// is left, which queries take as no search at all.
    static QString ftsQuery(const QString &search);

private:
    bool setMetaValue(const char *key, qint64 value);
    bool deleteNotificationsUpTo(qint64 lastId);
    bool insertAlarm(Alarm &alarm);
    bool updateAlarm(const Alarm &alarm);
    bool insertComments(qint64 alarmRowId, const QVector<Alarm::Comment> &comments, int from);
    bool begin();
    bool commit();
    bool fail(const char *what);
    bool writable();

    MetricDb &m_db;
    StoreError m_error;
};

} // namespace bilby
