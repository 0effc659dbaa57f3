#include "store/metricdb.h"

#include "metrics/decimation.h"
#include "store/eventdb.h"
#include "store/metricschema.h"
#include "store/pointcodec.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

namespace bilby {

using PointCodec::Row;

namespace {

enum Tier { RawTier = 0, HistoryTier = 1, RollupTier = 2, TierCount = 3 };

constexpr qint64 HourMs = qint64(3600) * 1000;
constexpr qint64 DayMs = 24 * HourMs;
// Values per point: raw: value; history: mean, lo, hi, count; rollup: mean, lo, hi, last, count.
constexpr int Columns[TierCount] = {1, 4, 5};
// A run is closed at this many points or this span. Small runs keep each flush's rewrite small
// (the open run of every series is rewritten once a second); the span bounds what a query must
// look back for the run that holds its first point.
constexpr int MaxRows[TierCount] = {120, 60, 24};
constexpr qint64 MaxSpanMs[TierCount] = {HourMs, DayMs, 30 * DayMs};
// What waits while the database fails is bounded: beyond this many points in closed runs (about 50 MB,
// half an hour of a thousand series) the oldest runs go.
constexpr qint64 MaxSealedPoints = 1000000;
constexpr int BusyTimeoutMs = 2000;

using Statement = SqlStatement;

qint64 floorTo(qint64 t, qint64 step)
{
    const qint64 q = t / step;
    return (t % step < 0 ? q - 1 : q) * step;
}

} // namespace

SqlStatement::SqlStatement(sqlite3 *db, const char *sql)
{
    sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
}

SqlStatement::SqlStatement(sqlite3_stmt *cached)
    : stmt(cached)
    , m_owned(false)
{}

SqlStatement::~SqlStatement()
{
    if (m_owned) {
        sqlite3_finalize(stmt);
    } else {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
    }
}

void SqlStatement::bind(int i, qint64 v)
{
    sqlite3_bind_int64(stmt, i, v);
}

void SqlStatement::bind(int i, const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    sqlite3_bind_text(stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqlStatement::bind(int i, const QByteArray &blob)
{
    sqlite3_bind_blob(stmt, i, blob.constData(), int(blob.size()), SQLITE_STATIC);
}

int SqlStatement::step()
{
    return sqlite3_step(stmt);
}

void SqlStatement::reset()
{
    sqlite3_reset(stmt);
}

qint64 SqlStatement::integer(int col) const
{
    return sqlite3_column_int64(stmt, col);
}

QString SqlStatement::text(int col) const
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, col)),
                             sqlite3_column_bytes(stmt, col));
}

QByteArray SqlStatement::blob(int col) const
{
    return {static_cast<const char *>(sqlite3_column_blob(stmt, col)), sqlite3_column_bytes(stmt, col)};
}

/// A closed run waiting to be written.
struct MetricDb::Sealed
{
    std::shared_ptr<Series> series;
    int tier;
    qint64 t0;
    std::vector<Row> rows;
};

/// What the writer holds for one series: the open run of each tier and the buckets being filled.
struct MetricDb::Series
{
    struct Run
    {
        qint64 t0 = -1;
        std::vector<Row> rows;
        bool dirty = false;
    };
    struct Bucket
    {
        qint64 start = -1;
        double sum = 0, lo = 0, hi = 0, last = 0, count = 0;
        void add(double v)
        {
            lo = count == 0 ? v : std::min(lo, v);
            hi = count == 0 ? v : std::max(hi, v);
            sum += v;
            last = v;
            ++count;
        }
        /// The bucket as stored: history keeps mean, lo, hi, count; rollups add the last value.
        Row row(int tier) const
        {
            return tier == HistoryTier ? Row{start, {sum / count, lo, hi, count}}
                                       : Row{start, {sum / count, lo, hi, last, count}};
        }
    };

    SeriesKey key;
    qint64 id = 0; ///< 0 until the series is written for the first time
    int intervalMs = 0;
    bool intervalDirty = false;
    bool tailLoaded = false;
    qint64 lastTime = std::numeric_limits<qint64>::min();
    Run runs[TierCount];
    Bucket buckets[TierCount]; ///< [HistoryTier] and [RollupTier] are used
};

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
        // What waits goes to the new file: every series is new there, and nothing on disk continues.
        for (auto &s : m_series) {
            s->id = 0;
            s->tailLoaded = true;
            s->intervalDirty = true;
            for (auto &run : s->runs)
                run.dirty = !run.rows.empty();
        }
    }
    m_error = {};
    return true;
}

void MetricDb::closeConnection()
{
    sqlite3_finalize(m_upsert);
    m_upsert = nullptr;
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

void MetricDb::close()
{
    closeConnection();
    m_series.clear();
    m_sealed.clear();
    m_sealedPoints = 0;
    m_pendingPoints = 0;
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
        return HourMs;
    }
    return 1000;
}

MetricDb::Series &MetricDb::series(const QString &node, const QString &metric, int intervalMs)
{
    const SeriesKey key{node, metric};
    auto it = m_series.find(key);
    if (it != m_series.end()) {
        Series &s = **it;
        if (intervalMs > 0 && intervalMs != s.intervalMs) {
            s.intervalMs = intervalMs;
            s.intervalDirty = true;
        }
        return s;
    }
    auto s = std::make_shared<Series>();
    s->key = key;
    s->intervalMs = intervalMs;
    // Reading never waits for a writer in WAL mode. A series not on disk yet gets its id at the next
    // flush, inside that transaction, so a locked or full database cannot lose it.
    Statement find(m_db, "SELECT id, interval_ms FROM series WHERE node = ?1 AND metric = ?2");
    find.bind(1, node);
    find.bind(2, metric);
    if (find.ok() && find.step() == SQLITE_ROW) {
        s->id = find.integer(0);
        s->intervalDirty = intervalMs > 0 && find.integer(1) != intervalMs;
        if (intervalMs <= 0)
            s->intervalMs = int(find.integer(1));
    } else {
        s->tailLoaded = true; // nothing on disk to continue
        s->intervalDirty = true;
    }
    return **m_series.insert(key, s);
}

bool MetricDb::ensureId(Series &s)
{
    if (s.id != 0)
        return true;
    Statement insert(m_db, "INSERT INTO series (node, metric, interval_ms) VALUES (?1, ?2, ?3)");
    insert.bind(1, s.key.node);
    insert.bind(2, s.key.metric);
    insert.bind(3, qint64(s.intervalMs));
    if (!insert.ok() || insert.step() != SQLITE_DONE)
        return false;
    s.id = sqlite3_last_insert_rowid(m_db);
    return true;
}

void MetricDb::loadTail(Series &s)
{
    // A series written by an earlier run continues its last runs, so a restart leaves no half-empty
    // runs behind; the buckets that were being filled are rebuilt from the raw points, so a restart
    // does not split a minute or an hour in two either.
    s.tailLoaded = true;
    qint64 lastRaw = std::numeric_limits<qint64>::min();
    qint64 lastBucket[TierCount] = {0, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::min()};
    for (int tier = 0; tier < TierCount; ++tier) {
        Statement st(m_db, "SELECT t0, data FROM chunks WHERE series = ?1 AND tier = ?2 ORDER BY t0 DESC LIMIT 1");
        st.bind(1, s.id);
        st.bind(2, qint64(tier));
        if (!st.ok() || st.step() != SQLITE_ROW)
            continue;
        std::vector<Row> rows;
        if (!PointCodec::decode(st.blob(1), Columns[tier], rows) || rows.empty())
            continue; // a damaged run stays as it is; new points start a new one
        s.lastTime = std::max(s.lastTime, rows.back().timeMs);
        (tier == RawTier ? lastRaw : lastBucket[tier]) = rows.back().timeMs;
        if (int(rows.size()) < MaxRows[tier]) {
            s.runs[tier].t0 = st.integer(0);
            s.runs[tier].rows = std::move(rows);
        }
    }
    if (lastRaw == std::numeric_limits<qint64>::min())
        return;
    for (int tier : {HistoryTier, RollupTier}) {
        const qint64 start = floorTo(lastRaw, bucketMs(tier));
        if (lastBucket[tier] >= start)
            continue;
        Series::Bucket &b = s.buckets[tier];
        b = {};
        b.start = start;
        for (const Row &row : rawRows(s.id, start, lastRaw))
            b.add(row.v[0]);
    }
}

qint64 MetricDb::bucketMs(int tier) const
{
    return tier == HistoryTier ? m_options.historyStepMs : HourMs;
}

std::vector<Row> MetricDb::rawRows(qint64 seriesId, qint64 fromMs, qint64 toMs)
{
    std::vector<Row> rows;
    Statement st(m_db, "SELECT data FROM chunks WHERE series = ?1 AND tier = 0 AND t0 > ?2 AND t0 <= ?3 ORDER BY t0");
    st.bind(1, seriesId);
    st.bind(2, fromMs - MaxSpanMs[RawTier]);
    st.bind(3, toMs);
    while (st.ok() && st.step() == SQLITE_ROW)
        PointCodec::decode(st.blob(0), Columns[RawTier], rows);
    rows.erase(
        std::remove_if(rows.begin(), rows.end(), [=](const Row &r) { return r.timeMs < fromMs || r.timeMs > toMs; }),
        rows.end());
    return rows;
}

void MetricDb::append(const QString &node, const MetricSample &sample)
{
    for (auto it = sample.values.cbegin(); it != sample.values.cend(); ++it)
        append(node, it.key(), sample.timeMs, it.value(), sample.intervalMs);
}

void MetricDb::append(const QString &node, const QString &metric, qint64 timeMs, double value, int intervalMs)
{
    if (!m_db || m_mode == Mode::ReadOnly || !std::isfinite(value))
        return;
    Series &s = series(node, metric, intervalMs);
    if (!s.tailLoaded)
        loadTail(s);
    if (timeMs <= s.lastTime) {
        ++m_droppedPoints;
        return;
    }
    s.lastTime = timeMs;
    addRow(s, RawTier, timeMs, &value);
    for (int tier : {HistoryTier, RollupTier}) {
        const qint64 start = floorTo(timeMs, bucketMs(tier));
        Series::Bucket &b = s.buckets[tier];
        if (b.start != start) {
            if (b.start >= 0) {
                const Row row = b.row(tier);
                addRow(s, tier, row.timeMs, row.v);
            }
            b = {};
            b.start = start;
        }
        b.add(value);
    }
    ++m_pendingPoints;
}

void MetricDb::addRow(Series &s, int tier, qint64 timeMs, const double *values)
{
    Series::Run &run = s.runs[tier];
    if (!run.rows.empty() && timeMs - run.t0 >= MaxSpanMs[tier]) {
        m_sealedPoints += qint64(run.rows.size());
        m_sealed.push_back({m_series.value(s.key), tier, run.t0, std::move(run.rows)});
        run = {};
    }
    if (run.rows.empty())
        run.t0 = timeMs;
    Row row;
    row.timeMs = timeMs;
    std::copy(values, values + Columns[tier], row.v);
    run.rows.push_back(row);
    run.dirty = true;
    if (int(run.rows.size()) >= MaxRows[tier]) {
        m_sealedPoints += qint64(run.rows.size());
        m_sealed.push_back({m_series.value(s.key), tier, run.t0, std::move(run.rows)});
        run = {};
    }
    while (m_sealedPoints > MaxSealedPoints && !m_sealed.empty()) {
        const auto lost = qint64(m_sealed.front().rows.size());
        m_droppedPoints += lost;
        m_sealedPoints -= lost;
        m_sealed.pop_front();
    }
}

bool MetricDb::writeChunk(qint64 seriesId, int tier, qint64 t0, const QByteArray &blob, qint64 t1, int rows)
{
    if (!m_upsert) {
        const char *sql = "INSERT INTO chunks (series, tier, t0, t1, n, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                          "ON CONFLICT (series, tier, t0) DO UPDATE SET t1 = excluded.t1, n = excluded.n, "
                          "data = excluded.data";
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_upsert, nullptr) != SQLITE_OK)
            return false;
    }
    Statement st(m_upsert);
    st.bind(1, seriesId);
    st.bind(2, qint64(tier));
    st.bind(3, t0);
    st.bind(4, t1);
    st.bind(5, qint64(rows));
    st.bind(6, blob);
    return st.step() == SQLITE_DONE;
}

bool MetricDb::flush()
{
    if (!m_db || m_mode == Mode::ReadOnly)
        return false;
    if (!exec("BEGIN IMMEDIATE"))
        return false;
    bool ok = true;
    std::vector<Series *> fresh;
    for (auto it = m_series.begin(); ok && it != m_series.end(); ++it) {
        if ((*it)->id == 0) {
            ok = ensureId(**it);
            fresh.push_back(it->get());
        }
    }
    for (const Sealed &run : m_sealed) {
        if (!ok)
            break;
        ok = writeChunk(run.series->id, run.tier, run.t0, PointCodec::encode(run.rows, Columns[run.tier]),
                        run.rows.back().timeMs, int(run.rows.size()));
        if (!ok)
            break;
    }
    for (auto it = m_series.begin(); ok && it != m_series.end(); ++it) {
        Series &s = **it;
        if (s.intervalDirty) {
            Statement st(m_db, "UPDATE series SET interval_ms = ?1 WHERE id = ?2");
            st.bind(1, qint64(s.intervalMs));
            st.bind(2, s.id);
            ok = st.ok() && st.step() == SQLITE_DONE;
        }
        for (int tier = 0; ok && tier < TierCount; ++tier) {
            Series::Run &run = s.runs[tier];
            if (!run.dirty)
                continue;
            const std::vector<Row> &rows = run.rows;
            if (rows.empty())
                continue;
            const qint64 t0 = run.t0 >= 0 ? run.t0 : rows.front().timeMs;
            run.t0 = t0;
            ok = writeChunk(s.id, tier, t0, PointCodec::encode(rows, Columns[tier]), rows.back().timeMs,
                            int(rows.size()));
        }
    }
    if (ok)
        ok = exec("COMMIT");
    else
        fail("write samples");
    if (!ok) {
        const StoreError error = m_error;
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        m_error = error;
        for (Series *s : fresh)
            s->id = 0; // their rows went with the rollback
        return false;
    }
    m_sealed.clear();
    m_sealedPoints = 0;
    for (auto &s : m_series) {
        s->intervalDirty = false;
        for (auto &run : s->runs)
            run.dirty = false;
    }
    m_pendingPoints = 0;
    m_error = {};
    m_lastLogged.clear();
    return true;
}

bool MetricDb::applyRetention(qint64 nowMs)
{
    if (!m_db || m_mode == Mode::ReadOnly)
        return false;
    Statement st(m_db, "DELETE FROM chunks WHERE tier = ?1 AND t1 < ?2");
    if (!st.ok()) {
        fail("apply the retention");
        return false;
    }
    const qint64 keep[TierCount] = {m_options.rawRetentionMs, m_options.historyRetentionMs,
                                    m_options.rollupRetentionMs};
    for (int tier = 0; tier < TierCount; ++tier) {
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
    SeriesResult result;
    result.query = q;
    const qint64 now = q.nowMs > 0 ? q.nowMs : QDateTime::currentMSecsSinceEpoch();
    result.resolution = q.resolution ? *q.resolution : MetricStore::chooseResolution(q.fromMs, q.toMs, now, m_options);
    if (!m_db) {
        result.error = m_error.isError() ? m_error : StoreError{StoreError::Kind::Other, QString(), m_path};
        return result;
    }
    SeriesKey key;
    qint64 id = 0; ///< 0 until the series is written for the first time
    int intervalMs = 0;
    {
        Statement find(m_db, "SELECT id, interval_ms FROM series WHERE node = ?1 AND metric = ?2");
        find.bind(1, q.key.node);
        find.bind(2, q.key.metric);
        const int rc = find.ok() ? find.step() : SQLITE_ERROR;
        if (rc == SQLITE_ROW) {
            id = find.integer(0);
            intervalMs = int(find.integer(1));
        } else if (rc != SQLITE_DONE) {
            fail("read a series");
            result.error = m_error;
            return result;
        }
    }
    const int tier = int(result.resolution);
    result.stepMs = stepMs(result.resolution, m_options, intervalMs);
    if (id == 0)
        return result;

    // The run holding the first point started at most one span before the range.
    Statement st(m_db, "SELECT data FROM chunks WHERE series = ?1 AND tier = ?2 AND t0 > ?3 AND t0 <= ?4 "
                       "ORDER BY t0");
    st.bind(1, id);
    st.bind(2, qint64(tier));
    st.bind(3, q.fromMs - MaxSpanMs[tier]);
    st.bind(4, q.toMs);
    std::vector<Row> rows;
    int rc = SQLITE_ROW;
    while (st.ok() && (rc = st.step()) == SQLITE_ROW) {
        if (!PointCodec::decode(st.blob(0), Columns[tier], rows)) {
            qCWarning(lcStore, "%s: a run of series %lld does not decode", qPrintable(m_path), id);
            result.error = StoreError::of(StoreError::Kind::Corrupt, m_path);
            return result;
        }
    }
    if (!st.ok() || rc != SQLITE_DONE) {
        fail("read samples");
        result.error = m_error;
        return result;
    }
    if (tier != RawTier) {
        // The buckets still being filled (the present minute and hour) exist only as raw points so far.
        const qint64 step = bucketMs(tier);
        const qint64 after = rows.empty() ? floorTo(q.fromMs, step) : rows.back().timeMs + step;
        Series::Bucket b;
        const auto close = [&rows, &b, tier] { rows.push_back(b.row(tier)); };
        for (const Row &r : q.toMs >= after ? rawRows(id, after, q.toMs) : std::vector<Row>()) {
            const qint64 start = floorTo(r.timeMs, step);
            if (b.start != start) {
                if (b.start >= 0)
                    close();
                b = {};
                b.start = start;
            }
            b.add(r.v[0]);
        }
        if (b.start >= 0)
            close();
    }
    // Keep the range plus one point on each side, so a line reaches both edges.
    auto first =
        std::lower_bound(rows.begin(), rows.end(), q.fromMs, [](const Row &r, qint64 t) { return r.timeMs < t; });
    auto last = std::upper_bound(first, rows.end(), q.toMs, [](qint64 t, const Row &r) { return t < r.timeMs; });
    if (first != rows.begin())
        --first;
    if (last != rows.end())
        ++last;
    SeriesPoints points;
    points.reserve(last - first);
    for (auto it = first; it != last; ++it) {
        if (tier == RawTier)
            points.append(SeriesPoint::sample(it->timeMs, it->v[0]));
        else
            points.append({it->timeMs, it->v[0], it->v[1], it->v[2]});
    }
    // A point further than 2.5 steps from the previous one follows a time nobody sampled.
    points = withGaps(points, result.stepMs * 5 / 2);
    result.points = q.columns > 0 ? Decimation::reduce(points, q.fromMs, q.toMs, q.columns) : points;
    return result;
}

QList<SeriesKey> MetricDb::listSeries()
{
    QList<SeriesKey> keys;
    if (!m_db)
        return keys;
    Statement st(m_db, "SELECT node, metric FROM series ORDER BY node, metric");
    while (st.ok() && st.step() == SQLITE_ROW)
        keys.append({st.text(0), st.text(1)});
    return keys;
}

bool MetricDb::integrityCheck(QString *detail)
{
    if (!m_db)
        return false;
    Statement st(m_db, "PRAGMA integrity_check");
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
