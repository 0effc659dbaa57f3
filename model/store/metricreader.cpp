#include "store/metricreader.h"

#include "metrics/decimation.h"
#include "store/metricdb.h"
#include "store/metrictiers.h"
#include "store/sqlstatement.h"

#include <QDateTime>

#include <sqlite3.h>

namespace bilby {

using namespace MetricTiers;
using PointCodec::Row;

MetricReader::MetricReader(MetricDb &db)
    : m_db(db)
{}

SeriesResult MetricReader::query(const SeriesQuery &q)
{
    SeriesResult result;
    result.query = q;
    const StoreOptions options = m_db.options();
    const qint64 now = q.nowMs > 0 ? q.nowMs : QDateTime::currentMSecsSinceEpoch();
    result.resolution = q.resolution ? *q.resolution : MetricStore::chooseResolution(q.fromMs, q.toMs, now, options);
    sqlite3 *db = m_db.handle();
    if (!db) {
        const StoreError error = m_db.error();
        result.error = error.isError() ? error : StoreError{StoreError::Kind::Other, QString(), m_db.path()};
        return result;
    }
    SeriesKey key;
    qint64 id = 0; ///< 0 until the series is written for the first time
    int intervalMs = 0;
    {
        SqlStatement find(db, "SELECT id, interval_ms FROM series WHERE node = ?1 AND metric = ?2");
        find.bind(1, q.key.node);
        find.bind(2, q.key.metric);
        const int rc = find.ok() ? find.step() : SQLITE_ERROR;
        if (rc == SQLITE_ROW) {
            id = find.integer(0);
            intervalMs = int(find.integer(1));
        } else if (rc != SQLITE_DONE) {
            result.error = m_db.sqliteError("read a series");
            return result;
        }
    }
    const int tier = int(result.resolution);
    result.stepMs = MetricDb::stepMs(result.resolution, options, intervalMs);
    if (id == 0)
        return result;

    // The run holding the first point started at most one span before the range.
    SqlStatement st(db, "SELECT data FROM chunks WHERE series = ?1 AND tier = ?2 AND t0 > ?3 AND t0 <= ?4 "
                        "ORDER BY t0");
    st.bind(1, id);
    st.bind(2, qint64(tier));
    st.bind(3, q.fromMs - MaxSpanMs[tier]);
    st.bind(4, q.toMs);
    std::vector<Row> rows;
    int rc = SQLITE_ROW;
    while (st.ok() && (rc = st.step()) == SQLITE_ROW) {
        if (!PointCodec::decode(st.blob(0), Columns[tier], rows)) {
            qCWarning(lcStore, "%s: a run of series %lld does not decode", qPrintable(m_db.path()), id);
            result.error = StoreError::of(StoreError::Kind::Corrupt, m_db.path());
            return result;
        }
    }
    if (!st.ok() || rc != SQLITE_DONE) {
        result.error = m_db.sqliteError("read samples");
        return result;
    }
    if (tier != RawTier) {
        // The buckets still being filled (the present minute and hour) exist only as raw points so far.
        const qint64 step = bucketMs(tier, options.historyStepMs);
        const qint64 after = rows.empty() ? floorTo(q.fromMs, step) : rows.back().timeMs + step;
        Bucket b;
        const auto close = [&rows, &b, tier] { rows.push_back(b.row(tier)); };
        for (const Row &r : q.toMs >= after ? rawRows(db, id, after, q.toMs) : std::vector<Row>()) {
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

QList<SeriesKey> MetricReader::listSeries()
{
    QList<SeriesKey> keys;
    if (!m_db.handle())
        return keys;
    SqlStatement st(m_db.handle(), "SELECT node, metric FROM series ORDER BY node, metric");
    while (st.ok() && st.step() == SQLITE_ROW)
        keys.append({st.text(0), st.text(1)});
    return keys;
}

std::vector<Row> MetricReader::rawRows(sqlite3 *db, qint64 seriesId, qint64 fromMs, qint64 toMs)
{
    std::vector<Row> rows;
    SqlStatement st(db, "SELECT data FROM chunks WHERE series = ?1 AND tier = 0 AND t0 > ?2 AND t0 <= ?3 ORDER BY t0");
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

} // namespace bilby
