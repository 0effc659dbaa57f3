#include "store/eventdb.h"

#include "store/metricdb.h"
#include "store/metricstore.h"

#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <variant>
#include <vector>

namespace bilby {

namespace {

constexpr const char *MaxLateKey = "notifications.max_late_ms";
constexpr const char *NotificationColumns = "n.id, n.time_ms, n.node, n.origin, n.severity, n.text, n.details";
// Retention deletes in slices, each its own transaction, so the reader and the next flush never wait long.
constexpr qint64 DeleteSlice = 50000;
constexpr int AlarmClearedState = int(Alarm::State::Cleared);

/// SQL text and its arguments, built together so every value is bound, never pasted into the text.
struct Sql
{
    QByteArray text;
    std::vector<std::variant<qint64, QString>> args;

    Sql &operator<<(const char *s)
    {
        text += s;
        return *this;
    }
    Sql &arg(qint64 v)
    {
        text += '?';
        args.emplace_back(v);
        return *this;
    }
    Sql &arg(const QString &v)
    {
        text += '?';
        args.emplace_back(v);
        return *this;
    }
    template <typename T>
    Sql &list(const QList<T> &values)
    {
        text += '(';
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                text += ", ";
            if constexpr (std::is_enum_v<T>)
                arg(qint64(values[i]));
            else
                arg(values[i]);
        }
        text += ')';
        return *this;
    }
    void bindTo(SqlStatement &st) const
    {
        for (size_t i = 0; i < args.size(); ++i)
            std::visit([&st, i](const auto &v) { st.bind(int(i) + 1, v); }, args[i]);
    }
};

/// The filter with what selects everything removed, so it costs nothing.
NotificationFilter normalized(NotificationFilter f)
{
    f.nodes.removeDuplicates();
    std::sort(f.origins.begin(), f.origins.end());
    f.origins.erase(std::unique(f.origins.begin(), f.origins.end()), f.origins.end());
    if (f.origins.size() >= Notification::allOrigins().size())
        f.origins.clear();
    if (f.minSeverity == Notification::Severity::Debug)
        f.minSeverity.reset();
    return f;
}

/// Which indexed column a page is read along: one ordered stream per value, merged by id.
enum class Driver { None, Node, Origin, Severity };

Driver driverFor(const NotificationFilter &f)
{
    // Nodes first: a node filter is usually the most selective, and per-node streams are the GUI's
    // commonest question. A filter left to the residual condition costs rows read, never wrong rows.
    if (!f.nodes.isEmpty())
        return Driver::Node;
    if (!f.origins.isEmpty())
        return Driver::Origin;
    if (f.minSeverity)
        return Driver::Severity;
    return Driver::None;
}

/// The conditions other than the driver's. Unary + keeps SQLite from reading them through an index,
/// which would lose the id order and sort every match.
void addConditions(Sql &q, const NotificationFilter &f, Driver driver, bool plus)
{
    const char *p = plus ? "+" : "";
    if (!f.nodes.isEmpty() && driver != Driver::Node)
        (q << " AND " << p << "n.node IN ").list(f.nodes);
    if (!f.origins.isEmpty() && driver != Driver::Origin)
        (q << " AND " << p << "n.origin IN ").list(f.origins);
    if (f.minSeverity && driver != Driver::Severity)
        (q << " AND " << p << "n.severity <= ").arg(qint64(*f.minSeverity));
    if (f.sinceMs > 0)
        (q << " AND n.time_ms >= ").arg(f.sinceMs);
    if (f.untilMs > 0)
        (q << " AND n.time_ms < ").arg(f.untilMs);
}

/// The driver's values, one stream each.
QList<std::variant<qint64, QString>> driverValues(const NotificationFilter &f, Driver driver)
{
    QList<std::variant<qint64, QString>> values;
    switch (driver) {
    case Driver::Node:
        for (const QString &node : f.nodes)
            values.append(node);
        break;
    case Driver::Origin:
        for (Notification::Origin origin : f.origins)
            values.append(qint64(origin));
        break;
    case Driver::Severity:
        for (int s = 0; s <= int(*f.minSeverity); ++s)
            values.append(qint64(s));
        break;
    case Driver::None:
        values.append(qint64(0));
        break;
    }
    return values;
}

const char *driverColumn(Driver driver)
{
    switch (driver) {
    case Driver::Node:
        return "n.node";
    case Driver::Origin:
        return "n.origin";
    case Driver::Severity:
        return "n.severity";
    case Driver::None:
        break;
    }
    return nullptr;
}

/// One page without search: a UNION ALL of one id-ordered stream per driver value, which SQLite merges
/// lazily (no sort), stopping after limit rows.
Sql streamsQuery(const NotificationFilter &f, qint64 above, qint64 below, int limit)
{
    const Driver driver = driverFor(f);
    Sql q;
    bool first = true;
    for (const auto &value : driverValues(f, driver)) {
        q << (first ? "" : " UNION ALL ") << "SELECT " << NotificationColumns << " FROM notifications n WHERE ";
        first = false;
        if (driver != Driver::None) {
            q << driverColumn(driver) << " = ";
            std::visit([&q](const auto &v) { q.arg(v); }, value);
            q << " AND ";
        }
        (q << "n.id > ").arg(above);
        (q << " AND n.id < ").arg(below);
        addConditions(q, f, driver, true);
    }
    (q << " ORDER BY 1 DESC LIMIT ").arg(limit);
    return q;
}

/// One page with search: the full-text index yields ids newest first; each row is then checked
/// against the other filters by its primary key.
Sql searchQuery(const NotificationFilter &f, const QString &match, qint64 above, qint64 below, int limit)
{
    Sql q;
    q << "SELECT " << NotificationColumns
      << " FROM notifications_fts CROSS JOIN notifications n ON n.id = notifications_fts.rowid"
         " WHERE notifications_fts MATCH ";
    q.arg(match);
    (q << " AND notifications_fts.rowid > ").arg(above);
    (q << " AND notifications_fts.rowid < ").arg(below);
    addConditions(q, f, Driver::None, true);
    (q << " ORDER BY notifications_fts.rowid DESC LIMIT ").arg(limit);
    return q;
}

Sql countQuery(const NotificationFilter &f, const QString &match, qint64 above, qint64 below, qint64 cap)
{
    Sql q;
    q << "SELECT count(*) FROM (SELECT 1 FROM ";
    if (match.isEmpty()) {
        q << "notifications n WHERE n.id > ";
    } else {
        q << "notifications_fts CROSS JOIN notifications n ON n.id = notifications_fts.rowid "
             "WHERE notifications_fts MATCH ";
        q.arg(match);
        q << " AND n.id > ";
    }
    q.arg(above);
    (q << " AND n.id < ").arg(below);
    // Without an order to keep, SQLite may read any filter through its index.
    addConditions(q, f, Driver::None, false);
    (q << " LIMIT ").arg(cap + 1) << ")";
    return q;
}

template <typename E>
E enumAt(qint64 value, E last, E fallback)
{
    return value >= 0 && value <= qint64(last) ? E(value) : fallback;
}

Notification notificationAt(const SqlStatement &st)
{
    Notification n;
    n.id = st.integer(0);
    n.timeMs = st.integer(1);
    n.node = st.text(2);
    n.origin = enumAt(st.integer(3), Notification::Origin::Action, Notification::Origin::Log);
    n.severity = enumAt(st.integer(4), Notification::Severity::Debug, Notification::Severity::Info);
    n.text = st.text(5);
    n.details = st.text(6);
    return n;
}

Alarm alarmAt(const SqlStatement &st)
{
    Alarm a;
    a.id = st.integer(0);
    a.alarmId = st.text(1);
    a.node = st.text(2);
    a.resource = st.text(3);
    a.severity = enumAt(st.integer(4), Alarm::Severity::Warning, Alarm::Severity::Major);
    a.state = enumAt(st.integer(5), Alarm::State::Cleared, Alarm::State::New);
    a.raisedMs = st.integer(6);
    a.acknowledgedMs = st.integer(7);
    a.clearedMs = st.integer(8);
    a.clearedByUser = st.integer(9) != 0;
    a.cause = st.text(10);
    a.action = st.text(11);
    a.info = st.text(12);
    return a;
}

bool isWordChar(QChar c)
{
    // What FTS5's unicode61 tokenizer keeps: letters and digits (other characters separate tokens).
    return c.isLetterOrNumber();
}

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

QString EventDb::ftsQuery(const QString &search)
{
    QStringList phrases;
    for (QString word : search.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const bool prefix = word.endsWith(QLatin1Char('*'));
        // A word without a letter or digit has no token: as a required phrase it would match nothing.
        if (std::none_of(word.cbegin(), word.cend(), isWordChar))
            continue;
        while (word.endsWith(QLatin1Char('*')))
            word.chop(1);
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        phrases.append(QLatin1Char('"') + word + QLatin1Char('"') + (prefix ? QLatin1String("*") : QLatin1String()));
    }
    return phrases.join(QLatin1Char(' '));
}

qint64 EventDb::metaValue(const char *key)
{
    SqlStatement st(m_db.handle(), "SELECT value FROM meta WHERE key = ?1");
    st.bind(1, QString::fromLatin1(key));
    return st.ok() && st.step() == SQLITE_ROW ? st.integer(0) : 0;
}

bool EventDb::setMetaValue(const char *key, qint64 value)
{
    SqlStatement st(m_db.handle(), "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
    st.bind(1, QString::fromLatin1(key));
    st.bind(2, value);
    return st.ok() && st.step() == SQLITE_DONE;
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
    const qint64 maxLate = metaValue(MaxLateKey);
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
        ok = setMetaValue(MaxLateKey, late);
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

qint64 EventDb::lastIdSeenBefore(qint64 timeMs)
{
    SqlStatement st(m_db.handle(),
                    "SELECT id FROM notifications WHERE seen_ms < ?1 ORDER BY seen_ms DESC, id DESC LIMIT 1");
    st.bind(1, timeMs);
    return st.ok() && st.step() == SQLITE_ROW ? st.integer(0) : 0;
}

qint64 EventDb::firstIdSeenFrom(qint64 timeMs)
{
    SqlStatement st(m_db.handle(), "SELECT id FROM notifications WHERE seen_ms >= ?1 ORDER BY seen_ms, id LIMIT 1");
    st.bind(1, timeMs);
    return st.ok() && st.step() == SQLITE_ROW ? st.integer(0) : 0;
}

EventDb::IdRange EventDb::idRange(const NotificationFilter &filter, qint64 beforeId)
{
    IdRange range{0, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max()};
    // Every row up to the last one whose seen_ms is below sinceMs is older than sinceMs.
    if (filter.sinceMs > 0)
        range.above = lastIdSeenBefore(filter.sinceMs);
    // A row older than untilMs arrived at most max_late after the newest time seen, so it lies before
    // the first row whose seen_ms reaches untilMs + max_late.
    if (filter.untilMs > 0) {
        const qint64 first = firstIdSeenFrom(filter.untilMs + metaValue(MaxLateKey));
        if (first > 0)
            range.below = std::min(range.below, first);
    }
    return range;
}

NotificationPage EventDb::queryNotifications(const NotificationFilter &filter, qint64 beforeId, int limit)
{
    m_error = {};
    NotificationPage page;
    if (!m_db.handle()) {
        m_error = m_db.error();
        return page;
    }
    // A search without a letter or digit (a lone quote being typed) is no search yet.
    const NotificationFilter f = normalized(filter);
    const QString match = ftsQuery(f.search);
    limit = std::clamp(limit, 1, MaxPageSize);
    const IdRange range = idRange(f, beforeId);
    const Sql q = match.isEmpty() ? streamsQuery(f, range.above, range.below, limit + 1)
                                  : searchQuery(f, match, range.above, range.below, limit + 1);
    SqlStatement st(m_db.handle(), q.text.constData());
    if (!st.ok()) {
        fail("read notifications");
        return page;
    }
    q.bindTo(st);
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW && page.items.size() < limit)
        page.items.append(notificationAt(st));
    page.more = rc == SQLITE_ROW;
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        fail("read notifications");
        page = {};
    }
    return page;
}

NotificationCount EventDb::countNotifications(const NotificationFilter &filter, qint64 cap)
{
    m_error = {};
    NotificationCount count;
    if (!m_db.handle()) {
        m_error = m_db.error();
        return count;
    }
    const NotificationFilter f = normalized(filter);
    const QString match = ftsQuery(f.search);
    const IdRange range = idRange(f, 0);
    const Sql q = countQuery(f, match, range.above, range.below, cap);
    SqlStatement st(m_db.handle(), q.text.constData());
    if (!st.ok()) {
        fail("count notifications");
        return count;
    }
    q.bindTo(st);
    if (st.step() != SQLITE_ROW) {
        fail("count notifications");
        return count;
    }
    count.count = std::min(st.integer(0), cap);
    count.more = st.integer(0) > cap;
    return count;
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
    Sql q;
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
        alarms.append(alarmAt(st));
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
        lastId = lastIdSeenBefore(nowMs - options.notificationRetentionMs);
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
