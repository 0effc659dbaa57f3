#include "metrics/chartframe.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace bilby::ChartFrame {

namespace {

// Comparators for the binary searches by time; lambdas so that they inline.
const auto before = [](const SeriesPoint &p, qint64 timeMs) { return p.timeMs < timeMs; };
const auto after = [](qint64 timeMs, const SeriesPoint &p) { return timeMs < p.timeMs; };

// Which of the gaps (by width) survive when only @p keep of them may: the widest ones.
QVector<bool> widestGaps(const QVector<qint64> &widths, int keep)
{
    QVector<bool> kept(widths.size(), true);
    if (widths.size() <= keep)
        return kept;
    QVector<qint64> sorted = widths;
    const auto nth = sorted.begin() + (sorted.size() - keep);
    std::nth_element(sorted.begin(), nth, sorted.end());
    const qint64 threshold = keep > 0 ? *nth : std::numeric_limits<qint64>::max();
    // Strictly wider ones first, then ties in time order until the quota is full.
    int quota = keep - int(std::count_if(widths.cbegin(), widths.cend(), [&](qint64 w) { return w > threshold; }));
    for (int i = 0; i < widths.size(); ++i) {
        if (widths[i] > threshold)
            continue;
        kept[i] = widths[i] == threshold && quota-- > 0;
    }
    return kept;
}

// Adds to total[i] the value @p series holds at grid[i].timeMs (its last point at or before it; nothing
// before it starts, in a gap or below zero). Grid times only grow, so one walk does it.
void addHeld(const SeriesPoints &series, const SeriesPoint *grid, int n, double *total)
{
    const SeriesPoint *points = series.constData();
    const int size = int(series.size());
    if (n == 0)
        return;
    int j = int(std::upper_bound(points, points + size, grid[0].timeMs, after) - points) - 1;
    for (int i = 0; i < n; ++i) {
        const qint64 t = grid[i].timeMs;
        while (j + 1 < size && points[j + 1].timeMs <= t)
            ++j;
        if (j >= 0 && points[j].value > 0) // NaN (a gap) compares false
            total[i] += points[j].value;
    }
}

// The same, at a few sorted times: a binary search from the last position each.
void heldValues(const SeriesPoints &series, const QVector<qint64> &times, double *values)
{
    const SeriesPoint *points = series.constData();
    const int size = int(series.size());
    if (size == 0) {
        std::fill(values, values + times.size(), 0.0);
        return;
    }
    const double pointsPerMs = double(size) / double(qMax<qint64>(1, points[size - 1].timeMs - points[0].timeMs));
    int from = 0;
    for (int i = 0; i < times.size(); ++i) {
        const qint64 t = times[i];
        const double ahead = from < size ? double(t - points[from].timeMs) * pointsPerMs : 0.0;
        from = Decimation::partitionFrom(points, from, size, from + int(std::clamp(ahead, 0.0, 1e9)),
                                         [t](const SeriesPoint &p) { return p.timeMs <= t; });
        const double v = from == 0 ? 0.0 : points[from - 1].value;
        values[i] = v > 0 ? v : 0.0;
    }
}

} // namespace

Scale scaleFor(double value, Unit unit)
{
    static const Scale bytes[] = {{1, " B"},
                                  {1024.0, " KB"},
                                  {1024.0 * 1024, " MB"},
                                  {1024.0 * 1024 * 1024, " GB"},
                                  {1024.0 * 1024 * 1024 * 1024, " TB"}};
    static const Scale counts[] = {{1, ""}, {1e3, " k"}, {1e6, " M"}, {1e9, " G"}};
    static const Scale seconds[] = {{1, " s"}, {60, " min"}, {3600, " h"}, {86400, " d"}};
    static const Scale percent[] = {{1, " %"}};
    if (unit == Unit::Percent)
        return percent[0];
    const Scale *table = unit == Unit::Bytes ? bytes : unit == Unit::Seconds ? seconds : counts;
    const int size = unit == Unit::Bytes ? 5 : 4;
    int i = 0;
    while (i + 1 < size && std::abs(value) >= table[i + 1].divisor)
        ++i;
    return table[i];
}

double niceStep(double raw)
{
    if (!(raw > 0))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * magnitude >= raw)
            return m * magnitude;
    }
    return 10 * magnitude;
}

QVector<QVector<QPointF>> lineRuns(const SeriesPoints &points, int maxRuns, const Mapping &map)
{
    // Runs as [first, end) index ranges of the points between gap markers.
    QVector<QPair<int, int>> runs;
    int start = -1;
    for (int i = 0; i <= points.size(); ++i) {
        const bool gap = i == points.size() || points[i].isGap();
        if (gap && start >= 0) {
            runs.append({start, i});
            start = -1;
        } else if (!gap && start < 0) {
            start = i;
        }
    }
    QVector<qint64> widths;
    for (int r = 1; r < runs.size(); ++r)
        widths.append(points[runs[r].first].timeMs - points[runs[r - 1].second - 1].timeMs);
    const QVector<bool> kept = widestGaps(widths, qMax(0, maxRuns - 1));

    QVector<QVector<QPointF>> out;
    for (int r = 0; r < runs.size(); ++r) {
        if (r == 0 || kept[r - 1])
            out.append(QVector<QPointF>());
        QVector<QPointF> &line = out.last();
        for (int i = runs[r].first; i < runs[r].second; ++i)
            line.append(map(points[i].timeMs, points[i].value));
    }
    return out;
}

QVector<QPair<int, int>> chunks(int begin, int end, int size, int overlap)
{
    QVector<QPair<int, int>> out;
    for (int start = begin; start < end; start += size) {
        out.append({start, qMin(end, start + size + overlap)});
        if (out.constLast().second == end)
            break; // the overlap already reached the end
    }
    return out;
}

Stack stack(const std::vector<const SeriesPoints *> &series, qint64 fromMs, qint64 toMs, int columns, int maxRuns)
{
    StackTotals cache;
    return stack(series, cache, fromMs, toMs, columns, maxRuns);
}

Stack stack(const std::vector<const SeriesPoints *> &series, StackTotals &cache, qint64 fromMs, qint64 toMs,
            int columns, int maxRuns)
{
    Stack out;
    out.tops.resize(series.size());
    // The grid: the first series with a point in the range, with one neighbour on each side.
    int gridIndex = -1;
    int gridFirst = 0;
    int gridEnd = 0;
    for (size_t k = 0; k < series.size(); ++k) {
        const SeriesPoints *s = series[k];
        const auto b = std::lower_bound(s->cbegin(), s->cend(), fromMs, before);
        const auto e = std::upper_bound(b, s->cend(), toMs, after);
        if (b != e) {
            gridIndex = int(k);
            gridFirst = int((b == s->cbegin() ? b : std::prev(b)) - s->cbegin());
            gridEnd = int((e == s->cend() ? e : std::next(e)) - s->cbegin());
            break;
        }
    }
    if (gridIndex < 0 || toMs <= fromMs || columns <= 0)
        return out;
    const SeriesPoints &gridPoints = *series[size_t(gridIndex)];
    const SeriesPoint *grid = gridPoints.constData();

    // The total at every point of the grid series, once per change of the data; two threads share it.
    if (cache.grid != gridIndex || cache.summary.size() != gridPoints.size()) {
        const int n = int(gridPoints.size());
        cache.grid = gridIndex;
        cache.totals.assign(size_t(n), 0.0);
        const int half = n / 2;
        QVector<QPair<int, int>> halves{{0, half}, {half, n}};
        QtConcurrent::blockingMap(halves, [&](const QPair<int, int> &range) {
            for (const SeriesPoints *s : series)
                addHeld(*s, grid + range.first, range.second - range.first, cache.totals.data() + range.first);
        });
        cache.summary = Decimation::Summary(gridPoints, cache.totals.data());
    }

    // Per column (a gap ends it early), the grid points where the total is lowest and highest: the
    // column's points found by binary search, their extremes from the summary.
    QVector<int> picks;
    QVector<int> runStarts;
    const double perMs = double(columns) / double(toMs - fromMs);
    const auto columnOf = [&](qint64 timeMs) {
        return std::clamp(int(std::floor(double(timeMs - fromMs) * perMs)), -1, columns);
    };
    // Where a column ends is guessed from the mean step of the grid, then searched from there.
    const double pointsPerMs =
        double(gridEnd - gridFirst) / double(qMax<qint64>(1, grid[gridEnd - 1].timeMs - grid[gridFirst].timeMs));
    bool newRun = true;
    const QVector<int> &gaps = cache.summary.gaps();
    auto gap = std::lower_bound(gaps.cbegin(), gaps.cend(), gridFirst);
    for (int i = gridFirst; i < gridEnd;) {
        const int column = columnOf(grid[i].timeMs);
        const double nextColumnAt = double(fromMs) + double(column + 1) / perMs;
        const int columnEnd = Decimation::partitionFrom(
            grid, i, gridEnd, i + int(std::clamp((nextColumnAt - double(grid[i].timeMs)) * pointsPerMs, 0.0, 1e9)),
            [&](const SeriesPoint &p) { return columnOf(p.timeMs) <= column; });
        int start = i;
        while (true) {
            const int stop = gap != gaps.cend() && *gap < columnEnd ? *gap : columnEnd;
            if (start < stop) {
                const auto [lowest, highest] = cache.summary.extremes(cache.totals.data(), start, stop);
                if (newRun)
                    runStarts.append(int(picks.size()));
                newRun = false;
                picks.append(qMin(lowest, highest));
                if (highest != lowest)
                    picks.append(qMax(lowest, highest));
            }
            if (stop == columnEnd)
                break;
            newRun = true;
            ++gap;
            start = stop + 1;
        }
        i = columnEnd;
    }

    // Too many runs: bridge the narrowest gaps.
    QVector<qint64> widths;
    for (int r = 1; r < runStarts.size(); ++r)
        widths.append(grid[picks[runStarts[r]]].timeMs - grid[picks[runStarts[r] - 1]].timeMs);
    const QVector<bool> kept = widestGaps(widths, qMax(0, maxRuns - 1));
    for (int r = 0; r < runStarts.size(); ++r) {
        if (r == 0 || kept[r - 1])
            out.runStarts.append(runStarts[r]);
    }

    out.times.reserve(picks.size());
    for (int k : qAsConst(picks))
        out.times.append(grid[k].timeMs);
    for (size_t s = 0; s < series.size(); ++s) {
        QVector<double> &tops = out.tops[s];
        tops.resize(out.times.size());
        heldValues(*series[s], out.times, tops.data());
        if (s > 0) {
            for (int i = 0; i < tops.size(); ++i)
                tops[i] += out.tops[s - 1][i];
        }
    }
    for (double v : qAsConst(out.tops.back()))
        out.maxTotal = qMax(out.maxTotal, v);
    return out;
}

} // namespace bilby::ChartFrame
