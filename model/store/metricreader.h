#pragma once

#include "store/metricstore.h"
#include "store/pointcodec.h"

#include <vector>

struct sqlite3;

namespace bilby {

class MetricDb;

/**
 * @brief MetricDb's read side: range queries over the stored runs, with the buckets still being filled
 * rebuilt from raw points.
 */
class MetricReader
{
public:
    explicit MetricReader(MetricDb &db);

    SeriesResult query(const SeriesQuery &query);
    QList<SeriesKey> listSeries();
    /// The raw points of series @p seriesId from @p fromMs to @p toMs, both included.
    static std::vector<PointCodec::Row> rawRows(sqlite3 *db, qint64 seriesId, qint64 fromMs, qint64 toMs);

private:
    MetricDb &m_db;
};

} // namespace bilby
