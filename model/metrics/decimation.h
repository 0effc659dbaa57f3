#pragma once

#include "metrics/seriespoint.h"

#include <QPair>

#include <algorithm>
#include <vector>

namespace bilby::Decimation {

/**
 * @brief Reduces a series to what a chart @p columns pixels wide can show.
 *
 * Points in [@p fromMs, @p toMs] are grouped by pixel column; each column keeps its first point, its
 * lowest (by lo) and highest (by hi) and its last, in time order, so the drawn line covers exactly the
 * same vertical extent as the full data. The lowest point is emitted with value = lo and the highest
 * with value = hi (for raw points these are the value itself). Gap markers are kept and end a column.
 * Raw series with at most 2 points per column come back unchanged (within the range); summaries
 * always go through the columns, so their lows and highs are drawn however sparse they are.
 */
SeriesPoints reduce(const SeriesPoints &points, qint64 fromMs, qint64 toMs, int columns);

/**
 * @brief The first index of [@p first, @p end) whose point fails @p pred (which holds for a prefix of
 * the range), or @p end; searched outward from @p guess.
 *
 * Near a good guess this takes a few probes in neighbouring cache lines, where a binary search over a
 * long series misses the cache at almost every step.
 */
template <typename Pred>
int partitionFrom(const SeriesPoint *points, int first, int end, int guess, Pred pred)
{
    guess = std::clamp(guess, first, end);
    int low = first;
    int high = end;
    if (guess < end && pred(points[guess])) {
        low = guess + 1;
        for (int step = 1;; step *= 2) {
            const int probe = guess + step;
            if (probe >= end || step > end) { // the second test keeps step from overflowing
                high = end;
                break;
            }
            if (!pred(points[probe])) {
                high = probe;
                break;
            }
            low = probe + 1;
        }
    } else {
        high = guess;
        for (int step = 1;; step *= 2) {
            const int probe = guess - step;
            if (probe < first || step > end) {
                low = first;
                break;
            }
            if (pred(points[probe])) {
                low = probe + 1;
                break;
            }
            high = probe;
        }
    }
    return int(std::partition_point(points + low, points + high, pred) - points);
}

/**
 * @brief The extremes of a series in blocks of 32 points (and of 32 blocks, and so on), built once
 * when the data changes, so that a frame finds the lowest and highest point of a pixel column without
 * reading all of its points. About 1/40 of the memory of the points.
 *
 * Built over a series' lo and hi, or over one value per point of a grid series (a stack's totals);
 * gap markers of the series (or grid) never count as extremes. The summary keeps no pointer to the
 * data: queries take the same data it was built from.
 */
class Summary
{
public:
    Summary() = default;
    explicit Summary(const SeriesPoints &points);
    Summary(const SeriesPoints &grid, const double *values);

    /// How many points it was built over.
    qsizetype size() const { return m_size; }
    /// Indexes of the gap markers, in order.
    const QVector<int> &gaps() const { return m_gaps; }
    /// The earliest lowest (by lo) and earliest highest (by hi) of [first, end), which holds no gap marker.
    QPair<int, int> extremes(const SeriesPoints &points, int first, int end) const;
    /// The same over values[i].
    QPair<int, int> extremes(const double *values, int first, int end) const;

    static constexpr int Block = 32;

private:
    struct Entry
    {
        double lo;
        double hi;
        int lowest;
        int highest;
    };
    template <typename Lo, typename Hi, typename Gap>
    void build(qsizetype size, const Lo &lo, const Hi &hi, const Gap &gap);
    template <typename Lo, typename Hi>
    QPair<int, int> query(const Lo &lo, const Hi &hi, int first, int end) const;

    std::vector<std::vector<Entry>> m_levels; ///< m_levels[0] sums up blocks of points, [k] blocks of [k - 1]
    QVector<int> m_gaps;
    qsizetype m_size = 0;
};

/// reduce() with the help of @p summary, built from @p points: the same result, read from O(columns)
/// points and blocks rather than from every point in the range.
SeriesPoints reduce(const SeriesPoints &points, const Summary &summary, qint64 fromMs, qint64 toMs, int columns);

} // namespace bilby::Decimation
