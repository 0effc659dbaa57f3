#include "store/metricschema.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>

namespace bilby {

namespace {

// Each step also says IF NOT EXISTS: migrate() already decides under the write lock, this keeps a step
// that meets its own tables (a file created by hand from these statements) from failing on them.
const char *const MigrationV1 = R"sql(
CREATE TABLE IF NOT EXISTS series (
    id INTEGER PRIMARY KEY,
    node TEXT NOT NULL,
    metric TEXT NOT NULL,
    UNIQUE (node, metric)
);
CREATE TABLE IF NOT EXISTS chunks (
    series INTEGER NOT NULL REFERENCES series (id),
    tier INTEGER NOT NULL,
    t0 INTEGER NOT NULL,
    t1 INTEGER NOT NULL,
    n INTEGER NOT NULL,
    data BLOB NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS chunks_by_series ON chunks (series, tier, t0);
)sql";

// Version 2 records each series' sampling interval, so gaps are told from a slow sampling rate.
const char *const MigrationV2 = R"sql(
ALTER TABLE series ADD COLUMN interval_ms INTEGER NOT NULL DEFAULT 0;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
)sql";

// Version 3 adds the timeline and the alarms (EventDb). origin, severity and state hold the values of
// Notification::Origin, Notification::Severity, Alarm::Severity and Alarm::State, in declaration order.
// seen_ms is the newest time_ms of all rows up to this one: it grows with id, so a time bound becomes
// an id bound found with one index seek (rows can arrive late, out of time order). AUTOINCREMENT keeps
// ids growing even when retention deletes every row, so the GUI's "N new" never goes backwards.
// The full-text index (FTS5, external content) follows the table through triggers, in the same
// transaction; rows are never updated.
const char *const MigrationV3 = R"sql(
CREATE TABLE IF NOT EXISTS notifications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    time_ms INTEGER NOT NULL,
    seen_ms INTEGER NOT NULL,
    node TEXT NOT NULL,
    origin INTEGER NOT NULL,
    severity INTEGER NOT NULL,
    text TEXT NOT NULL,
    details TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS notifications_by_node ON notifications (node);
CREATE INDEX IF NOT EXISTS notifications_by_origin ON notifications (origin);
CREATE INDEX IF NOT EXISTS notifications_by_severity ON notifications (severity);
CREATE INDEX IF NOT EXISTS notifications_by_seen ON notifications (seen_ms);
CREATE VIRTUAL TABLE IF NOT EXISTS notifications_fts USING fts5 (text, details, content='notifications',
    content_rowid='id');
CREATE TRIGGER IF NOT EXISTS notifications_fts_insert AFTER INSERT ON notifications BEGIN
    INSERT INTO notifications_fts (rowid, text, details) VALUES (new.id, new.text, new.details);
END;
CREATE TRIGGER IF NOT EXISTS notifications_fts_delete AFTER DELETE ON notifications BEGIN
    INSERT INTO notifications_fts (notifications_fts, rowid, text, details)
        VALUES ('delete', old.id, old.text, old.details);
END;
CREATE TABLE IF NOT EXISTS alarms (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    alarm_id TEXT NOT NULL,
    node TEXT NOT NULL,
    resource TEXT NOT NULL,
    severity INTEGER NOT NULL,
    state INTEGER NOT NULL,
    raised_ms INTEGER NOT NULL,
    acknowledged_ms INTEGER NOT NULL,
    cleared_ms INTEGER NOT NULL,
    cleared_by_user INTEGER NOT NULL,
    cause TEXT NOT NULL,
    action TEXT NOT NULL,
    info TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS alarms_by_raised ON alarms (raised_ms);
CREATE INDEX IF NOT EXISTS alarms_active ON alarms (raised_ms) WHERE state != 2;
CREATE TABLE IF NOT EXISTS alarm_comments (
    alarm INTEGER NOT NULL REFERENCES alarms (id),
    time_ms INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS alarm_comments_by_alarm ON alarm_comments (alarm);
)sql";

const char *const Migrations[] = {MigrationV1, MigrationV2, MigrationV3};
static_assert(sizeof(Migrations) / sizeof(Migrations[0]) == MetricSchema::Version);

MetricSchema::Result failure(sqlite3 *db)
{
    MetricSchema::Result r;
    r.ok = false;
    r.code = sqlite3_extended_errcode(db);
    r.detail = QString::fromUtf8(sqlite3_errmsg(db));
    r.noFts = r.detail.contains(QLatin1String("fts5"));
    return r;
}

} // namespace

int MetricSchema::version(sqlite3 *db, Result *result)
{
    sqlite3_stmt *st = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        version = sqlite3_column_int(st, 0);
    else if (result)
        *result = failure(db);
    sqlite3_finalize(st);
    return version;
}

MetricSchema::Result MetricSchema::useWal(sqlite3 *db, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        sqlite3_stmt *st = nullptr;
        int rc = sqlite3_prepare_v2(db, "PRAGMA journal_mode=WAL", -1, &st, nullptr);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(st);
        const bool wal =
            rc == SQLITE_ROW && qstricmp(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)), "wal") == 0;
        Result result = wal ? Result() : failure(db);
        sqlite3_finalize(st); // also lets go of the read lock, so the other program can finish
        if (wal || (rc & 0xff) != SQLITE_BUSY || clock.elapsed() > timeoutMs) {
            if (!wal && result.ok) { // the file stays in another mode (an in-memory or read-only one)
                result.ok = false;
                result.code = SQLITE_ERROR;
                result.detail = QStringLiteral("journal_mode=WAL refused");
            }
            return result;
        }
        QThread::msleep(10);
    }
}

MetricSchema::Result MetricSchema::migrate(sqlite3 *db)
{
    Result result;
    const int before = version(db, &result);
    if (before < 0 || before >= Version)
        return result;
    // The check and the change under one write lock: another program that got there first has made
    // the tables by the time the lock is ours, and the version read now says so.
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return failure(db);
    const int from = version(db, &result);
    bool ok = from >= 0;
    for (int v = std::max(from, 0); ok && v < Version; ++v)
        ok = sqlite3_exec(db, Migrations[v], nullptr, nullptr, nullptr) == SQLITE_OK;
    if (ok && from < Version) {
        const QByteArray pragma = "PRAGMA user_version=" + QByteArray::number(Version);
        ok = sqlite3_exec(db, pragma.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    if (ok && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK)
        return {};
    result = failure(db);
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    return result;
}

bool MetricSchema::createAtVersion(const QString &path, int version, QString *error)
{
    sqlite3 *db = nullptr;
    const QByteArray file = QFile::encodeName(path);
    bool ok = sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK;
    for (int v = 0; ok && v < version && v < Version; ++v)
        ok = sqlite3_exec(db, Migrations[v], nullptr, nullptr, nullptr) == SQLITE_OK;
    if (ok) {
        const QByteArray pragma = "PRAGMA user_version=" + QByteArray::number(version);
        ok = sqlite3_exec(db, pragma.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    if (!ok && error)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_close_v2(db);
    return ok;
}

} // namespace bilby
