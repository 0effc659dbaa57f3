#pragma once

#include "metrics/decimation.h"
#include "metrics/seriespoint.h"

#include <QPointF>
#include <QVector>

#include <vector>

namespace bilby::ChartFrame {

/// How a value axis is labelled: the data is divided by divisor and the suffix follows the number.
struct Scale
{
    double divisor = 1;
    const char *suffix = "";
};

enum class Unit { Bytes, Count, Seconds, Percent };

/// The largest scale whose divisor @p value reaches: KB/MB/GB for bytes, k/M/G for counts, min/h/d for
/// seconds; percentages as they are.
Scale scaleFor(double value, Unit unit);
/// The smallest of 1, 2, 2.5, 5 x 10^k that is at least @p raw: ticks people can read.
double niceStep(double raw);

/**
 * Where data lands in the plot, in plot units: 0 to 1 from the left edge to the right and from the
 * bottom to the top. The plot item scales them to pixels when it paints; the visible axes only draw
 * labels and grid.
 */
struct Mapping
{
    qint64 fromMs = 0;
    qint64 toMs = 1;
    double valueMin = 0; ///< the raw value at the bottom of the plot
    double valueMax = 1; ///< and at the top

    QPointF operator()(qint64 timeMs, double value) const
    {
        return {double(timeMs - fromMs) / double(toMs - fromMs), (value - valueMin) / (valueMax - valueMin)};
    }
};

/// The gap-free runs of a (reduced) series as polylines in plot coordinates. Beyond @p maxRuns runs
/// the narrowest gaps are bridged, so the widest ones stay visible.
QVector<QVector<QPointF>> lineRuns(const SeriesPoints &points, int maxRuns, const Mapping &map);

/// [begin, end) cut into pieces of at most @p size points that overlap by @p overlap points. Qt's
/// rasterizer slows down sharply on one large spiky polygon; many small ones fill fast, and the
/// overlap leaves no seam between neighbours of the same colour.
QVector<QPair<int, int>> chunks(int begin, int end, int size, int overlap);

/**
 * Stacked series on one shared x grid, so the edges of neighbouring areas coincide.
 *
 * The grid is the first series with points in the range; the others are read at its times (holding
 * their last value). Each pixel column keeps the two grid points where the stack's total is lowest
 * and highest, so the top of the stack keeps its extent (two points a column are plenty for a filled
 * area, and half of what a line needs); gap markers of the grid split the runs.
 */
struct Stack
{
    QVector<qint64> times;             ///< the reduced grid
    std::vector<QVector<double>> tops; ///< per series, the running sum at each time (its upper edge)
    QVector<int> runStarts;            ///< where each gap-free run starts in times; it ends where the next starts
    double maxTotal = 0;
};
Stack stack(const std::vector<const SeriesPoints *> &series, qint64 fromMs, qint64 toMs, int columns, int maxRuns);

/// What stack() reads from the data alone, so that a frame costs O(columns) rather than O(points): the
/// total of the stack at every point of the grid series and the Summary of those totals. Clear it
/// whenever a stacked series changes; stack() fills it again (O(points), once).
struct StackTotals
{
    int grid = -1; ///< the index of the grid series in the list; -1: empty
    std::vector<double> totals;
    Decimation::Summary summary;
};
/// The same as above, with the totals kept in @p cache from one frame to the next.
Stack stack(const std::vector<const SeriesPoints *> &series, StackTotals &cache, qint64 fromMs, qint64 toMs,
            int columns, int maxRuns);

} // namespace bilby::ChartFrame
