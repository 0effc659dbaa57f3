#pragma once

#include "seriespoint.h"

namespace bilby::Decimation {

/**
 * @brief Reduces a series to what a chart @p columns pixels wide can show.
 *
 * Points in [@p fromMs, @p toMs] are grouped by pixel column; each column keeps its first point, its
 * lowest (by lo) and highest (by hi) and its last, in time order, so the drawn line covers exactly the
 * same vertical extent as the full data. The lowest point is emitted with value = lo and the highest
 * with value = hi (for raw points these are the value itself). Gap markers are kept and end a column.
 * Series with at most 2 points per column come back unchanged (within the range).
 */
SeriesPoints reduce(const SeriesPoints &points, qint64 fromMs, qint64 toMs, int columns);

} // namespace bilby::Decimation
