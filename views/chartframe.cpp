#include "chartframe.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace bilby::ChartFrame {

namespace {

bool before(const SeriesPoint &p, qint64 timeMs)
{
    return p.timeMs < timeMs;
}

bool after(qint64 timeMs, const SeriesPoint &p)
{
    return timeMs < p.timeMs;
}

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

// The value of @p series at @p timeMs, holding its last point; 0 before it starts or in a gap.
double heldValue(const SeriesPoints &series, qint64 timeMs)
{
    const auto it = std::upper_bound(series.cbegin(), series.cend(), timeMs, after);
    if (it == series.cbegin())
        return 0;
    const SeriesPoint &p = *std::prev(it);
    return p.isGap() ? 0 : qMax(0.0, p.value);
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

QVector<QVector<QPointF>> lineRuns(const SeriesPoints &points, int maxRuns, double divisor)
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
            line.append(QPointF(double(points[i].timeMs), points[i].value / divisor));
    }
    return out;
}

Stack stack(const std::vector<const SeriesPoints *> &series, qint64 fromMs, qint64 toMs, int columns, int maxRuns)
{
    Stack out;
    out.tops.resize(series.size());
    // The grid: the first series with a point in the range, with one neighbour on each side.
    const SeriesPoints *grid = nullptr;
    int first = 0;
    int end = 0;
    for (const SeriesPoints *s : series) {
        const auto b = std::lower_bound(s->cbegin(), s->cend(), fromMs, before);
        const auto e = std::upper_bound(b, s->cend(), toMs, after);
        if (b != e) {
            grid = s;
            first = qMax(0, int(b - s->cbegin()) - 1);
            end = qMin(int(s->size()), int(e - s->cbegin()) + 1);
            break;
        }
    }
    if (!grid || toMs <= fromMs || columns <= 0)
        return out;

    // The stack's total at every grid point, each series walked once.
    const int n = end - first;
    std::vector<double> total(size_t(n), 0.0);
    for (const SeriesPoints *s : series) {
        int j = int(std::upper_bound(s->cbegin(), s->cend(), grid->at(first).timeMs, after) - s->cbegin()) - 1;
        for (int i = 0; i < n; ++i) {
            const qint64 t = grid->at(first + i).timeMs;
            while (j + 1 < s->size() && s->at(j + 1).timeMs <= t)
                ++j;
            if (j >= 0 && !s->at(j).isGap())
                total[size_t(i)] += qMax(0.0, s->at(j).value);
        }
    }

    // Per column (a gap ends it early): where the total is first, lowest, highest and last.
    QVector<int> picks;
    QVector<int> runStarts;
    const double perMs = double(columns) / double(toMs - fromMs);
    int groupColumn = -2;
    int g0 = -1, gLo = -1, gHi = -1, gLast = -1;
    bool newRun = true;
    const auto flush = [&] {
        if (g0 < 0)
            return;
        int idx[] = {g0, gLo, gHi, gLast};
        std::sort(std::begin(idx), std::end(idx));
        if (newRun)
            runStarts.append(int(picks.size()));
        newRun = false;
        for (int k : idx) {
            if (picks.isEmpty() || picks.last() != k)
                picks.append(k);
        }
        g0 = -1;
    };
    for (int i = 0; i < n; ++i) {
        const SeriesPoint &p = grid->at(first + i);
        if (p.isGap()) {
            flush();
            newRun = true;
            continue;
        }
        const int column = std::clamp(int(std::floor(double(p.timeMs - fromMs) * perMs)), -1, columns);
        if (column != groupColumn) {
            flush();
            groupColumn = column;
        }
        const double v = total[size_t(i)];
        if (g0 < 0) {
            g0 = gLo = gHi = gLast = i;
            continue;
        }
        gLast = i;
        if (v < total[size_t(gLo)])
            gLo = i;
        if (v > total[size_t(gHi)])
            gHi = i;
    }
    flush();

    // Too many runs: bridge the narrowest gaps.
    QVector<qint64> widths;
    for (int r = 1; r < runStarts.size(); ++r)
        widths.append(grid->at(first + picks[runStarts[r]]).timeMs - grid->at(first + picks[runStarts[r] - 1]).timeMs);
    const QVector<bool> kept = widestGaps(widths, qMax(0, maxRuns - 1));
    for (int r = 0; r < runStarts.size(); ++r) {
        if (r == 0 || kept[r - 1])
            out.runStarts.append(runStarts[r]);
    }

    out.times.reserve(picks.size());
    for (int k : picks)
        out.times.append(grid->at(first + k).timeMs);
    for (size_t s = 0; s < series.size(); ++s) {
        QVector<double> &tops = out.tops[s];
        tops.reserve(picks.size());
        for (int i = 0; i < out.times.size(); ++i)
            tops.append((s > 0 ? out.tops[s - 1][i] : 0.0) + heldValue(*series[s], out.times[i]));
    }
    for (double v : qAsConst(out.tops.back()))
        out.maxTotal = qMax(out.maxTotal, v);
    return out;
}

} // namespace bilby::ChartFrame
