#include "store/metricdb.h"

#include "store/eventdb.h"
#include "store/metricreader.h"
#include "store/metricschema.h"
#include "store/metrictiers.h"

#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>

namespace bilby {

namespace {
constexpr int BusyTimeoutMs = 2000;
} // namespace

MetricDb::MetricDb() = default;

MetricDb::~MetricDb()
{
    close();
}

bool MetricDb::open(const QString &path, const StoreOptions &options, Mode mode, OnDamage onDamage)
{
    close();
    m_path = path;
    m_options = options;
    m_writer.setOptions(options);
    m_mode = mode;
    m_onDamage = mode == Mode::ReadOnly && onDamage == OnDamage::SetAside ? OnDamage::Report : onDamage;
    m_error = {};
    m_setAside = {};
    return openConnection(StoreFileCheck::Depth::Quick);
}

bool MetricDb::connect()
{
    const int flags = m_mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    const QByteArray file = QFile::encodeName(m_path);
    if (sqlite3_open_v2(file.constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        fail("open");
        closeConnection();
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, BusyTimeoutMs);
    m_writer.attach(m_db);
    return true;
}

bool MetricDb::openConnection(StoreFileCheck::Depth depth)
{
    m_error = {};
    if (m_mode == Mode::ReadWrite)
        QDir().mkpath(QFileInfo(m_path).absolutePath());
    // A damaged file is found here, before anything is read from it or written into it; the writer
    // sets it aside and starts again, once.
    for (int attempt = 0;; ++attempt) {
        if (!connect())
            return false;
        if (m_onDamage == OnDamage::Ignore)
            break;
        const StoreFileCheck::Verdict verdict = StoreFileCheck::inspect(m_db, depth);
        if (verdict.state == StoreFileCheck::Verdict::State::Failed) {
            failWith(verdict.code, verdict.detail, "check the file");
            closeConnection();
            return false;
        }
        if (!verdict.isDamage())
            break;
        closeConnection();
        if (m_onDamage == OnDamage::Report || attempt > 0) {
            qCWarning(lcStore, "%s: %s", qPrintable(m_path), qPrintable(verdict.detail));
            m_error = StoreFileCheck::damageError(verdict, m_path);
            return false;
        }
        const StoreFileCheck::SetAsideResult aside = StoreFileCheck::setAside(m_path, depth);
        if (aside.outcome == StoreFileCheck::SetAsideResult::Outcome::Failed) {
            m_error = aside.error;
            return false;
        }
        if (aside.outcome == StoreFileCheck::SetAsideResult::Outcome::Moved)
            m_setAside = aside.file;
    }
    // A file that is not a database fails on its first read: the schema version is that read.
    const int version = schemaVersion();
    if (version < 0) {
        closeConnection();
        return false;
    }
    if (version > SchemaVersion) {
        m_error = StoreError::of(StoreError::Kind::TooNew, m_path);
        closeConnection();
        return false;
    }
    // Range queries read a few hundred runs scattered over the file: memory-mapped reads and a larger
    // page cache keep them off the read() path.
    exec("PRAGMA mmap_size=268435456");
    exec("PRAGMA cache_size=-16384");
    if (m_mode == Mode::ReadWrite) {
        // WAL lets readers (the chart queries, bilby-cli query) read while the writer writes; NORMAL
        // sync keeps the database consistent after a crash and loses at most the last commit on power loss.
        if (!useWal() || !exec("PRAGMA synchronous=NORMAL") || !migrate()) {
            closeConnection();
            return false;
        }
        if (m_options.maxSizeBytes > 0) {
            const QByteArray pragma =
                "PRAGMA max_page_count=" + QByteArray::number(std::max<qint64>(8, m_options.maxSizeBytes / 4096));
            exec(pragma.constData());
        }
    } else if (version < SchemaVersion) {
        m_error = {StoreError::Kind::Other,
                   tr("The history file %1 uses an older format; open it once with Bilby or "
                      "bilby-cli collect to upgrade it.")
                       .arg(QDir::toNativeSeparators(m_path)),
                   m_path};
        closeConnection();
        return false;
    }
    m_damageSeen = false;
    return true;
}

bool MetricDb::replaceDamagedFile()
{
    closeConnection();
    const StoreFileCheck::SetAsideResult aside = StoreFileCheck::setAside(m_path, StoreFileCheck::Depth::Full);
    if (aside.outcome == StoreFileCheck::SetAsideResult::Outcome::Failed) {
        m_error = aside.error;
        return false;
    }
    const bool moved = aside.outcome == StoreFileCheck::SetAsideResult::Outcome::Moved;
    if (moved)
        m_setAside = aside.file;
    if (!openConnection(StoreFileCheck::Depth::Quick))
        return false;
    if (moved) {
        // What waits goes to the new file.
        m_writer.restartInNewFile();
    }
    m_error = {};
    return true;
}

void MetricDb::closeConnection()
{
    m_writer.attach(nullptr);
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

void MetricDb::close()
{
    closeConnection();
    m_writer.clear();
}

int MetricDb::schemaVersion()
{
    if (!m_db)
        return -1;
    MetricSchema::Result result;
    const int version = MetricSchema::version(m_db, &result);
    if (version < 0)
        failWith(result.code, result.detail, "read the schema version");
    return version;
}

bool MetricDb::exec(const char *sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    fail(sql);
    return false;
}

void MetricDb::fail(const char *what)
{
    if (!m_db) {
        failWith(SQLITE_CANTOPEN, QString(), what);
        return;
    }
    failWith(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)), what);
}

void MetricDb::failWith(int code, const QString &detail, const char *what)
{
    StoreError::Kind kind = StoreError::kindOfSqlite(code);
    if (kind == StoreError::Kind::None)
        kind = StoreError::Kind::Other;
    m_error = StoreError::of(kind, m_path);
    m_damageSeen = m_damageSeen || kind == StoreError::Kind::Corrupt;
    // The words go to the user, SQLite's own to the log; once per distinct failure, as a failing
    // disk is retried every second.
    const QString logged = QStringLiteral("%1: %2 (code %3) while trying to %4")
                               .arg(QDir::toNativeSeparators(m_path), detail)
                               .arg(code)
                               .arg(QString::fromUtf8(what).simplified());
    if (logged != m_lastLogged)
        qCWarning(lcStore, "%s", qPrintable(logged));
    m_lastLogged = logged;
}

StoreError MetricDb::sqliteError(const char *what)
{
    fail(what);
    return m_error;
}

bool MetricDb::useWal()
{
    const MetricSchema::Result result = MetricSchema::useWal(m_db, BusyTimeoutMs);
    if (!result.ok)
        failWith(result.code, result.detail, "use a write-ahead log (PRAGMA journal_mode=WAL)");
    return result.ok;
}

bool MetricDb::migrate()
{
    const MetricSchema::Result result = MetricSchema::migrate(m_db);
    if (result.ok)
        return true;
    failWith(result.code, result.detail, "create or upgrade the tables");
    if (result.noFts)
        m_error = {StoreError::Kind::Other,
                   tr("The SQLite library Bilby runs with has no full-text search (FTS5), which the "
                      "history file %1 needs for notifications. Install a SQLite built with FTS5 "
                      "(Debian's and most others are).")
                       .arg(QDir::toNativeSeparators(m_path)),
                   m_path};
    return false;
}

bool MetricDb::createAtVersion(const QString &path, int version, QString *error)
{
    return MetricSchema::createAtVersion(path, version, error);
}

qint64 MetricDb::stepMs(Resolution resolution, const StoreOptions &options, int intervalMs)
{
    switch (resolution) {
    case Resolution::Raw:
        return intervalMs > 0 ? intervalMs : 1000;
    case Resolution::History:
        return std::max<qint64>(options.historyStepMs, intervalMs);
    case Resolution::Rollup:
        return MetricTiers::HourMs;
    }
    return 1000;
}

void MetricDb::append(const QString &node, const MetricSample &sample)
{
    for (auto it = sample.values.cbegin(); it != sample.values.cend(); ++it)
        append(node, it.key(), sample.timeMs, it.value(), sample.intervalMs);
}

void MetricDb::append(const QString &node, const QString &metric, qint64 timeMs, double value, int intervalMs)
{
    if (m_db && m_mode == Mode::ReadWrite)
        m_writer.append(node, metric, timeMs, value, intervalMs);
}

bool MetricDb::flush()
{
    if (!m_db || m_mode == Mode::ReadOnly)
        return false;
    if (!exec("BEGIN IMMEDIATE"))
        return false;
    bool ok = m_writer.write();
    if (ok)
        ok = exec("COMMIT");
    else
        fail("write samples");
    if (!ok) {
        const StoreError error = m_error;
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        m_error = error;
        m_writer.rolledBack();
        return false;
    }
    m_writer.committed();
    m_error = {};
    m_lastLogged.clear();
    return true;
}

bool MetricDb::applyRetention(qint64 nowMs)
{
    if (!m_db || m_mode == Mode::ReadOnly)
        return false;
    SqlStatement st(m_db, "DELETE FROM chunks WHERE tier = ?1 AND t1 < ?2");
    if (!st.ok()) {
        fail("apply the retention");
        return false;
    }
    const qint64 keep[MetricTiers::TierCount] = {m_options.rawRetentionMs, m_options.historyRetentionMs,
                                                 m_options.rollupRetentionMs};
    for (int tier = 0; tier < MetricTiers::TierCount; ++tier) {
        st.reset();
        st.bind(1, qint64(tier));
        st.bind(2, nowMs - keep[tier]);
        if (st.step() != SQLITE_DONE) {
            fail("apply the retention");
            return false;
        }
    }
    return EventDb(*this).applyRetention(nowMs);
}

SeriesResult MetricDb::query(const SeriesQuery &q)
{
    return MetricReader(*this).query(q);
}

QList<SeriesKey> MetricDb::listSeries()
{
    return MetricReader(*this).listSeries();
}

bool MetricDb::integrityCheck(QString *detail)
{
    if (!m_db)
        return false;
    SqlStatement st(m_db, "PRAGMA integrity_check");
    if (!st.ok() || st.step() != SQLITE_ROW) {
        fail("check integrity");
        if (detail)
            *detail = m_error.message;
        return false;
    }
    const QString first = st.text(0);
    if (detail)
        *detail = first;
    return first == QLatin1String("ok");
}

} // namespace bilby
