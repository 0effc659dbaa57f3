#pragma once

#include "seriespoint.h"

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

enum class Unit { Bytes, Count, Seconds };

/// The largest scale whose divisor @p value reaches: KB/MB/GB for bytes, k/M/G for counts, min/h/d for seconds.
Scale scaleFor(double value, Unit unit);
/// The smallest of 1, 2, 2.5, 5 x 10^k that is at least @p raw: ticks people can read.
double niceStep(double raw);

/// The gap-free runs of a (reduced) series as polylines with y divided by @p divisor. Beyond
/// @p maxRuns runs the narrowest gaps are bridged, so the widest ones stay visible.
QVector<QVector<QPointF>> lineRuns(const SeriesPoints &points, int maxRuns, double divisor);

/**
 * Stacked series on one shared x grid, so the edges of neighbouring areas coincide.
 *
 * The grid is the first series with points in the range; the others are read at its times (holding
 * their last value). Each pixel column keeps the grid points where the stack's total is first,
 * lowest, highest and last, so the top of the stack keeps its extent; gap markers of the grid split
 * the runs.
 */
struct Stack
{
    QVector<qint64> times;             ///< the reduced grid
    std::vector<QVector<double>> tops; ///< per series, the running sum at each time (its upper edge)
    QVector<int> runStarts;            ///< where each gap-free run starts in times; it ends where the next starts
    double maxTotal = 0;
};
Stack stack(const std::vector<const SeriesPoints *> &series, qint64 fromMs, qint64 toMs, int columns, int maxRuns);

} // namespace bilby::ChartFrame
