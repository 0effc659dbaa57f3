#include "store/metricwriter.h"

#include "store/metricreader.h"
#include "store/metrictiers.h"
#include "store/pointcodec.h"
#include "store/sqlstatement.h"

#include <sqlite3.h>

#include <cmath>
#include <limits>

namespace bilby {

using namespace MetricTiers;
using PointCodec::Row;

namespace {
// What waits while the database fails is bounded: beyond this many points in closed runs (about 50 MB,
// half an hour of a thousand series) the oldest runs go.
constexpr qint64 MaxSealedPoints = 1000000;
} // namespace

/// A closed run waiting to be written.
struct MetricWriter::Sealed
{
    std::shared_ptr<Series> series;
    int tier;
    qint64 t0;
    std::vector<Row> rows;
};

/// What the writer holds for one series: the open run of each tier and the buckets being filled.
struct MetricWriter::Series
{
    struct Run
    {
        qint64 t0 = -1;
        std::vector<Row> rows;
        bool dirty = false;
    };
    using Bucket = MetricTiers::Bucket;

    SeriesKey key;
    qint64 id = 0; ///< 0 until the series is written for the first time
    int intervalMs = 0;
    bool intervalDirty = false;
    bool tailLoaded = false;
    qint64 lastTime = std::numeric_limits<qint64>::min();
    Run runs[TierCount];
    Bucket buckets[TierCount]; ///< [HistoryTier] and [RollupTier] are used
};

MetricWriter::MetricWriter() = default;

MetricWriter::~MetricWriter()
{
    attach(nullptr);
}

void MetricWriter::attach(sqlite3 *db)
{
    sqlite3_finalize(m_upsert);
    m_upsert = nullptr;
    m_db = db;
}

void MetricWriter::clear()
{
    m_series.clear();
    m_sealed.clear();
    m_sealedPoints = 0;
    m_pendingPoints = 0;
}

void MetricWriter::restartInNewFile()
{
    for (auto &s : m_series) {
        s->id = 0;
        s->tailLoaded = true;
        s->intervalDirty = true;
        for (auto &run : s->runs)
            run.dirty = !run.rows.empty();
    }
}

MetricWriter::Series &MetricWriter::series(const QString &node, const QString &metric, int intervalMs)
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
    SqlStatement find(m_db, "SELECT id, interval_ms FROM series WHERE node = ?1 AND metric = ?2");
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

bool MetricWriter::ensureId(Series &s)
{
    if (s.id != 0)
        return true;
    SqlStatement insert(m_db, "INSERT INTO series (node, metric, interval_ms) VALUES (?1, ?2, ?3)");
    insert.bind(1, s.key.node);
    insert.bind(2, s.key.metric);
    insert.bind(3, qint64(s.intervalMs));
    if (!insert.ok() || insert.step() != SQLITE_DONE)
        return false;
    s.id = sqlite3_last_insert_rowid(m_db);
    return true;
}

void MetricWriter::loadTail(Series &s)
{
    // A series written by an earlier run continues its last runs, so a restart leaves no half-empty
    // runs behind; the buckets that were being filled are rebuilt from the raw points, so a restart
    // does not split a minute or an hour in two either.
    s.tailLoaded = true;
    qint64 lastRaw = std::numeric_limits<qint64>::min();
    qint64 lastBucket[TierCount] = {0, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::min()};
    for (int tier = 0; tier < TierCount; ++tier) {
        SqlStatement st(m_db, "SELECT t0, data FROM chunks WHERE series = ?1 AND tier = ?2 ORDER BY t0 DESC LIMIT 1");
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
        const qint64 start = floorTo(lastRaw, bucketMs(tier, m_options.historyStepMs));
        if (lastBucket[tier] >= start)
            continue;
        Series::Bucket &b = s.buckets[tier];
        b = {};
        b.start = start;
        for (const Row &row : MetricReader::rawRows(m_db, s.id, start, lastRaw))
            b.add(row.v[0]);
    }
}

void MetricWriter::append(const QString &node, const QString &metric, qint64 timeMs, double value, int intervalMs)
{
    if (!m_db || !std::isfinite(value))
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
        const qint64 start = floorTo(timeMs, bucketMs(tier, m_options.historyStepMs));
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

void MetricWriter::addRow(Series &s, int tier, qint64 timeMs, const double *values)
{
    Series::Run &run = s.runs[tier];
    if (!run.rows.empty() && timeMs - run.t0 >= MaxSpanMs[tier])
        seal(s, tier);
    if (run.rows.empty())
        run.t0 = timeMs;
    Row row;
    row.timeMs = timeMs;
    std::copy(values, values + Columns[tier], row.v);
    run.rows.push_back(row);
    run.dirty = true;
    if (int(run.rows.size()) >= MaxRows[tier])
        seal(s, tier);
    while (m_sealedPoints > MaxSealedPoints && !m_sealed.empty()) {
        const auto lost = qint64(m_sealed.front().rows.size());
        m_droppedPoints += lost;
        m_sealedPoints -= lost;
        m_sealed.pop_front();
    }
}

void MetricWriter::seal(Series &s, int tier)
{
    Series::Run &run = s.runs[tier];
    m_sealedPoints += qint64(run.rows.size());
    m_sealed.push_back({m_series.value(s.key), tier, run.t0, std::move(run.rows)});
    run = {};
}

bool MetricWriter::writeChunk(qint64 seriesId, int tier, qint64 t0, const QByteArray &blob, qint64 t1, int rows)
{
    if (!m_upsert) {
        const char *sql = "INSERT INTO chunks (series, tier, t0, t1, n, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                          "ON CONFLICT (series, tier, t0) DO UPDATE SET t1 = excluded.t1, n = excluded.n, "
                          "data = excluded.data";
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_upsert, nullptr) != SQLITE_OK)
            return false;
    }
    SqlStatement st(m_upsert);
    st.bind(1, seriesId);
    st.bind(2, qint64(tier));
    st.bind(3, t0);
    st.bind(4, t1);
    st.bind(5, qint64(rows));
    st.bind(6, blob);
    return st.step() == SQLITE_DONE;
}

bool MetricWriter::write()
{
    bool ok = true;
    m_fresh.clear();
    for (auto it = m_series.begin(); ok && it != m_series.end(); ++it) {
        if ((*it)->id == 0) {
            ok = ensureId(**it);
            m_fresh.push_back(it->get());
        }
    }
    for (const Sealed &run : m_sealed) {
        if (!ok)
            break;
        ok = writeChunk(run.series->id, run.tier, run.t0, PointCodec::encode(run.rows, Columns[run.tier]),
                        run.rows.back().timeMs, int(run.rows.size()));
    }
    for (auto it = m_series.begin(); ok && it != m_series.end(); ++it) {
        Series &s = **it;
        if (s.intervalDirty) {
            SqlStatement st(m_db, "UPDATE series SET interval_ms = ?1 WHERE id = ?2");
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
    return ok;
}

void MetricWriter::rolledBack()
{
    for (Series *s : m_fresh)
        s->id = 0; // their rows went with the rollback
    m_fresh.clear();
}

void MetricWriter::committed()
{
    m_fresh.clear();
    m_sealed.clear();
    m_sealedPoints = 0;
    for (auto &s : m_series) {
        s->intervalDirty = false;
        for (auto &run : s->runs)
            run.dirty = false;
    }
    m_pendingPoints = 0;
}

} // namespace bilby
