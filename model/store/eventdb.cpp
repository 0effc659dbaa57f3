#include "store/eventdb.h"

#include "store/boundsql.h"
#include "store/eventrows.h"
#include "store/metricdb.h"
#include "store/metricstore.h"
#include "store/notificationsearch.h"

#include <sqlite3.h>

#include <algorithm>

namespace bilby {

namespace {

// Retention deletes in slices, each its own transaction, so the reader and the next flush never wait long.
constexpr qint64 DeleteSlice = 50000;
constexpr int AlarmClearedState = int(Alarm::State::Cleared);

} // namespace

EventDb::EventDb(MetricDb &db)
    : m_db(db)
{}

bool EventDb::fail(const char *what)
{
    m_error = m_db.sqliteError(what);
    return false;
}

bool EventDb::writable()
{
    // A read-only connection is left to SQLite, whose refusal becomes the usual "cannot be written".
    if (m_db.handle())
        return true;
    m_error = m_db.error().isError()
                  ? m_db.error()
                  : StoreError{StoreError::Kind::Other, QStringLiteral("The history file is not open for writing."),
                               m_db.path()};
    return false;
}

bool EventDb::begin()
{
    if (sqlite3_exec(m_db.handle(), "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    return fail("start a transaction");
}

bool EventDb::commit()
{
    if (sqlite3_exec(m_db.handle(), "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    fail("commit");
    sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    return false;
}

bool EventDb::setMetaValue(const char *key, qint64 value)
{
    SqlStatement st(m_db.handle(), "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
    st.bind(1, QString::fromLatin1(key));
    st.bind(2, value);
    return st.ok() && st.step() == SQLITE_DONE;
}

QString EventDb::ftsQuery(const QString &search)
{
    return NotificationSearch::ftsQuery(search);
}

NotificationPage EventDb::queryNotifications(const NotificationFilter &filter, qint64 beforeId, int limit)
{
    NotificationSearch search(m_db);
    NotificationPage page = search.page(filter, beforeId, limit);
    m_error = search.error();
    return page;
}

NotificationCount EventDb::countNotifications(const NotificationFilter &filter, qint64 cap)
{
    NotificationSearch search(m_db);
    const NotificationCount count = search.count(filter, cap);
    m_error = search.error();
    return count;
}

bool EventDb::insertNotifications(QVector<Notification> &batch)
{
    m_error = {};
    if (!writable())
        return false;
    if (batch.isEmpty())
        return true;
    if (!begin())
        return false;
    sqlite3 *db = m_db.handle();
    // seen_ms continues from the newest row; how late a row arrives widens every "until" bound a bit.
    SqlStatement last(db, "SELECT seen_ms FROM notifications ORDER BY id DESC LIMIT 1");
    qint64 seen = last.ok() && last.step() == SQLITE_ROW ? last.integer(0) : batch.constFirst().timeMs;
    // A statement left on a row keeps a read snapshot open past COMMIT, and SQLite's automatic
    // checkpoint then never gets past it: the write-ahead log grew by a gigabyte per million rows.
    last.reset();
    const qint64 maxLate = EventRows::metaValue(db, EventRows::MaxLateKey);
    qint64 late = maxLate;
    SqlStatement insert(db, "INSERT INTO notifications (time_ms, seen_ms, node, origin, severity, text, details) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    bool ok = insert.ok();
    for (auto it = batch.begin(); ok && it != batch.end(); ++it) {
        it->truncate();
        late = std::max(late, seen - it->timeMs);
        seen = std::max(seen, it->timeMs);
        insert.reset();
        insert.bind(1, it->timeMs);
        insert.bind(2, seen);
        insert.bind(3, it->node);
        insert.bind(4, qint64(it->origin));
        insert.bind(5, qint64(it->severity));
        insert.bind(6, it->text);
        insert.bind(7, it->details);
        ok = insert.step() == SQLITE_DONE;
        it->id = sqlite3_last_insert_rowid(db);
    }
    if (ok && late > maxLate)
        ok = setMetaValue(EventRows::MaxLateKey, late);
    if (!ok) {
        fail("store notifications");
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    if (!ok || !commit()) {
        for (Notification &n : batch)
            n.id = 0;
        return false;
    }
    return true;
}

qint64 EventDb::lastNotificationId()
{
    if (!m_db.handle())
        return 0;
    SqlStatement st(m_db.handle(), "SELECT max(id) FROM notifications");
    return st.ok() && st.step() == SQLITE_ROW ? st.integer(0) : 0;
}

bool EventDb::insertComments(qint64 alarmRowId, const QVector<Alarm::Comment> &comments, int from)
{
    SqlStatement st(m_db.handle(), "INSERT INTO alarm_comments (alarm, time_ms, text) VALUES (?1, ?2, ?3)");
    bool ok = st.ok();
    for (qsizetype i = from; ok && i < comments.size(); ++i) {
        st.reset();
        st.bind(1, alarmRowId);
        st.bind(2, comments[i].timeMs);
        st.bind(3, comments[i].text);
        ok = st.step() == SQLITE_DONE;
    }
    return ok;
}

bool EventDb::insertAlarm(Alarm &alarm)
{
    SqlStatement st(m_db.handle(), "INSERT INTO alarms (alarm_id, node, resource, severity, state, raised_ms, "
                                   "acknowledged_ms, cleared_ms, cleared_by_user, cause, action, info) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    st.bind(1, alarm.alarmId);
    st.bind(2, alarm.node);
    st.bind(3, alarm.resource);
    st.bind(4, qint64(alarm.severity));
    st.bind(5, qint64(alarm.state));
    st.bind(6, alarm.raisedMs);
    st.bind(7, alarm.acknowledgedMs);
    st.bind(8, alarm.clearedMs);
    st.bind(9, qint64(alarm.clearedByUser));
    st.bind(10, alarm.cause);
    st.bind(11, alarm.action);
    st.bind(12, alarm.info);
    if (!st.ok() || st.step() != SQLITE_DONE)
        return fail("store an alarm");
    alarm.id = sqlite3_last_insert_rowid(m_db.handle());
    if (!insertComments(alarm.id, alarm.comments, 0))
        return fail("store an alarm");
    return true;
}

bool EventDb::updateAlarm(const Alarm &alarm)
{
    sqlite3 *db = m_db.handle();
    SqlStatement st(db, "UPDATE alarms SET severity = ?1, state = ?2, acknowledged_ms = ?3, cleared_ms = ?4, "
                        "cleared_by_user = ?5, info = ?6 WHERE id = ?7");
    st.bind(1, qint64(alarm.severity));
    st.bind(2, qint64(alarm.state));
    st.bind(3, alarm.acknowledgedMs);
    st.bind(4, alarm.clearedMs);
    st.bind(5, qint64(alarm.clearedByUser));
    st.bind(6, alarm.info);
    st.bind(7, alarm.id);
    if (!st.ok() || st.step() != SQLITE_DONE)
        return fail("store an alarm");
    if (sqlite3_changes(db) != 1) {
        m_error = {StoreError::Kind::Other,
                   QStringLiteral("There is no alarm %1 in the history file %2.").arg(alarm.id).arg(m_db.path()),
                   m_db.path()};
        return false;
    }
    // Comments are only ever appended: those beyond the stored count are new.
    SqlStatement count(db, "SELECT count(*) FROM alarm_comments WHERE alarm = ?1");
    count.bind(1, alarm.id);
    if (!count.ok() || count.step() != SQLITE_ROW || !insertComments(alarm.id, alarm.comments, int(count.integer(0))))
        return fail("store an alarm");
    return true;
}

qint64 EventDb::saveAlarm(Alarm &alarm)
{
    m_error = {};
    if (!writable() || !begin())
        return 0;
    const qint64 oldId = alarm.id;
    if (!(oldId == 0 ? insertAlarm(alarm) : updateAlarm(alarm))) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        alarm.id = oldId;
        return 0;
    }
    if (!commit()) {
        alarm.id = oldId;
        return 0;
    }
    return alarm.id;
}

bool EventDb::addAlarmComment(qint64 alarmRowId, const Alarm::Comment &comment)
{
    m_error = {};
    if (!writable())
        return false;
    if (!insertComments(alarmRowId, {comment}, 0))
        return fail("store an alarm comment");
    return true;
}

QVector<Alarm> EventDb::listAlarms(const AlarmFilter &filter)
{
    m_error = {};
    QVector<Alarm> alarms;
    if (!m_db.handle()) {
        m_error = m_db.error();
        return alarms;
    }
    BoundSql q;
    q << "SELECT id, alarm_id, node, resource, severity, state, raised_ms, acknowledged_ms, cleared_ms, "
         "cleared_by_user, cause, action, info FROM alarms WHERE raised_ms >= ";
    q.arg(filter.sinceMs);
    if (filter.activeOnly)
        q << " AND state != 2"; // as written in the partial index alarms_active, so SQLite uses it
    if (!filter.node.isEmpty())
        (q << " AND node = ").arg(filter.node);
    (q << " ORDER BY raised_ms DESC, id DESC LIMIT ").arg(qint64(std::max(0, filter.limit)));
    static_assert(AlarmClearedState == 2, "the partial index alarms_active names the cleared state");
    SqlStatement st(m_db.handle(), q.text.constData());
    q.bindTo(st);
    int rc = SQLITE_ERROR;
    while (st.ok() && (rc = st.step()) == SQLITE_ROW)
        alarms.append(EventRows::alarm(st));
    SqlStatement comments(m_db.handle(), "SELECT time_ms, text FROM alarm_comments WHERE alarm = ?1 ORDER BY rowid");
    for (Alarm &a : alarms) {
        comments.reset();
        comments.bind(1, a.id);
        while (comments.ok() && comments.step() == SQLITE_ROW)
            a.comments.append({comments.integer(0), comments.text(1)});
    }
    if (rc != SQLITE_DONE || !comments.ok()) {
        fail("read alarms");
        alarms.clear();
    }
    return alarms;
}

bool EventDb::deleteNotificationsUpTo(qint64 lastId)
{
    SqlStatement first(m_db.handle(), "SELECT min(id) FROM notifications");
    if (!first.ok() || first.step() != SQLITE_ROW)
        return fail("apply the retention");
    for (qint64 from = first.integer(0); from > 0 && from <= lastId; from += DeleteSlice) {
        if (!begin())
            return false;
        SqlStatement del(m_db.handle(), "DELETE FROM notifications WHERE id <= ?1");
        del.bind(1, std::min(lastId, from + DeleteSlice - 1));
        if (!del.ok() || del.step() != SQLITE_DONE) {
            fail("apply the retention");
            sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
            return false;
        }
        if (!commit())
            return false;
    }
    return true;
}

bool EventDb::applyRetention(qint64 nowMs)
{
    m_error = {};
    if (!writable())
        return false;
    const StoreOptions options = m_db.options();
    qint64 lastId = 0;
    if (options.notificationRetentionMs > 0)
        lastId = NotificationSearch(m_db).lastIdSeenBefore(nowMs - options.notificationRetentionMs);
    // Ids are dense but for rows retention took already, so this keeps at most the cap.
    if (options.maxNotifications > 0)
        lastId = std::max(lastId, lastNotificationId() - options.maxNotifications);
    if (lastId > 0 && !deleteNotificationsUpTo(lastId))
        return false;
    if (options.notificationRetentionMs <= 0)
        return true;
    const qint64 cutoff = nowMs - options.notificationRetentionMs;
    SqlStatement comments(m_db.handle(), "DELETE FROM alarm_comments WHERE alarm IN (SELECT id FROM alarms "
                                         "WHERE state = 2 AND cleared_ms < ?1)");
    SqlStatement alarms(m_db.handle(), "DELETE FROM alarms WHERE state = 2 AND cleared_ms < ?1");
    comments.bind(1, cutoff);
    alarms.bind(1, cutoff);
    if (!comments.ok() || !alarms.ok() || comments.step() != SQLITE_DONE || alarms.step() != SQLITE_DONE)
        return fail("apply the retention");
    return true;
}

} // namespace bilby
