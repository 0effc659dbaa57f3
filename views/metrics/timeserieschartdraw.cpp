// TimeSeriesChart's frame: from the stored series to the polylines of the plot item, and the tooltip
// that reads the frame back.
#include "metrics/decimation.h"
#include "metrics/plotitem.h"
#include "metrics/timeserieschart.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>

namespace bilby {

namespace {

constexpr qint64 MinSpanMs = qint64(60) * 1000;
constexpr int ValueIntervals = 4;
constexpr int AreaChunk = 64; // points a piece of an area holds (see ChartFrame::chunks)
constexpr int AreaOverlap = 8;

// Labels that suit the span: seconds for minutes, weekdays for days, months for a year.
QString timeFormat(qint64 spanMs)
{
    constexpr qint64 Hour = qint64(3600) * 1000;
    constexpr qint64 Day = 24 * Hour;
    if (spanMs <= 2 * Hour)
        return QStringLiteral("HH:mm:ss");
    if (spanMs <= 36 * Hour)
        return QStringLiteral("HH:mm");
    if (spanMs <= 10 * Day)
        return QStringLiteral("ddd HH:mm");
    if (spanMs <= 120 * Day)
        return QStringLiteral("MMM d");
    return QStringLiteral("MMM yyyy");
}

int decimalsOf(double step)
{
    int decimals = 0;
    double scaled = step;
    while (decimals < 6 && std::abs(scaled - std::round(scaled)) > 1e-6 * std::max(1.0, scaled)) {
        scaled *= 10;
        ++decimals;
    }
    return decimals;
}

} // namespace

void TimeSeriesChart::replot()
{
    qint64 from = m_fixedFrom;
    qint64 to = m_fixedTo;
    if (to == 0) {
        qint64 latest = 0;
        qint64 earliest = 0;
        for (const Series &s : m_series) {
            if (s.points.isEmpty())
                continue;
            latest = qMax(latest, s.points.constLast().timeMs);
            earliest = earliest == 0 ? s.points.constFirst().timeMs : qMin(earliest, s.points.constFirst().timeMs);
        }
        if (latest == 0)
            latest = earliest = QDateTime::currentMSecsSinceEpoch();
        // Until a whole window of data exists the axis covers what there is (a minute at least), so a
        // freshly added node shows a chart rather than a sliver at the right edge.
        to = latest;
        from = latest - qMin(m_spanMs, qMax(MinSpanMs, latest - earliest));
    }
    const int columns = plotWidth();

    // Per frame, decimation reads O(columns) points and blocks of each series' summary; the summaries
    // (O(points), memory-bound) are built at the first frame after the data changed, the series
    // sharing the cores.
    std::vector<SeriesPoints> reduced(m_series.size());
    std::vector<const SeriesPoints *> stacked;
    std::vector<size_t> lines;
    for (size_t k = 0; k < m_series.size(); ++k) {
        if (m_series[k].stacked)
            stacked.push_back(&m_series[k].points);
        else
            lines.push_back(k);
    }
    QtConcurrent::blockingMap(lines, [&](size_t k) {
        Series &s = m_series[k];
        if (!s.summarized) {
            s.summary = Decimation::Summary(s.points);
            s.summarized = true;
        }
        reduced[k] = Decimation::reduce(s.points, s.summary, from, to, columns);
    });
    double minValue = 0;
    double maxValue = 0;
    for (size_t k : lines) {
        for (const SeriesPoint &p : qAsConst(reduced[k])) {
            if (!p.isGap() && p.timeMs >= from && p.timeMs <= to) {
                minValue = qMin(minValue, p.value);
                maxValue = qMax(maxValue, p.value);
            }
        }
    }
    const ChartFrame::Stack stack = ChartFrame::stack(stacked, m_stackTotals, from, to, columns, MaxRuns);
    m_map.fromMs = from;
    m_map.toMs = to;
    setValueAxis(minValue, qMax(maxValue, stack.maxTotal));

    for (size_t k : lines) {
        Series &s = m_series[k];
        s.drawn.clear();
        for (const SeriesPoint &p : qAsConst(reduced[k])) {
            if (!p.isGap())
                s.drawn.append(QPointF(double(p.timeMs), p.value));
        }
        s.pieces = ChartFrame::lineRuns(reduced[k], MaxRuns, m_map);
        s.gapFreeRuns = int(s.pieces.size());
        // Two pixels read better while there are fewer points than pixels; beyond that a one-pixel
        // pen looks the same and is drawn several times faster.
        s.penWidth = s.drawn.size() > columns ? 1.0 : 2.0;
    }
    drawStacked(stack);
    paintShapes();
    m_timeAxis->setFormat(timeFormat(to - from));
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    m_drawnFrom = from;
    m_drawnTo = to;
}

void TimeSeriesChart::drawStacked(const ChartFrame::Stack &stack)
{
    size_t index = 0;
    for (Series &s : m_series) {
        if (!s.stacked)
            continue;
        const QVector<double> &tops = stack.tops[index];
        const QVector<double> *below = index > 0 ? &stack.tops[index - 1] : nullptr;
        ++index;
        s.drawn.clear();
        s.pieces.clear();
        // Each piece fills from zero to the running sum; the series before it in the stack, drawn in
        // front, cover all but its own band (the running sums only grow: held values are not negative).
        for (int r = 0; r < stack.runStarts.size(); ++r) {
            const int end = r + 1 < stack.runStarts.size() ? stack.runStarts[r + 1] : int(stack.times.size());
            for (const auto &[first, last] : ChartFrame::chunks(stack.runStarts[r], end, AreaChunk, AreaOverlap)) {
                s.pieces.append(QVector<QPointF>());
                QVector<QPointF> &upper = s.pieces.last();
                upper.reserve(last - first);
                for (int i = first; i < last; ++i)
                    upper.append(m_map(stack.times[i], tops[i]));
            }
            for (int i = stack.runStarts[r]; i < end; ++i)
                s.drawn.append(QPointF(double(stack.times[i]), tops[i] - (below ? below->at(i) : 0.0)));
        }
        s.gapFreeRuns = int(stack.runStarts.size());
    }
}

void TimeSeriesChart::paintShapes()
{
    std::vector<PlotItem::Shape> shapes;
    const double zero = m_map(m_map.fromMs, 0.0).y();
    // The last stacked series at the back, the first in front; lines over all areas.
    for (auto it = m_series.rbegin(); it != m_series.rend(); ++it) {
        if (it->stacked)
            shapes.push_back(PlotItem::Shape{it->color, true, 0, zero, it->pieces});
    }
    for (const Series &s : m_series) {
        if (!s.stacked)
            shapes.push_back(PlotItem::Shape{s.color, false, s.penWidth, zero, s.pieces});
    }
    m_plot->setShapes(std::move(shapes));
}

void TimeSeriesChart::setValueAxis(double minValue, double maxValue)
{
    // Qt Charts formats labels with printf and cannot divide: the labels count in the axis unit.
    m_scale = ChartFrame::scaleFor(qMax(std::abs(minValue), maxValue), m_unit);
    const double lo = minValue / m_scale.divisor;
    // A flat line still gets an axis; 5% headroom keeps the top of the data off the frame.
    const double hi = maxValue / m_scale.divisor > lo ? maxValue / m_scale.divisor : lo + 1;
    const double step = ChartFrame::niceStep((hi - lo) * 1.05 / ValueIntervals);
    const double axisMin = lo < 0 ? std::floor(lo / step) * step : 0.0;
    const int intervals = qMax(2, int(std::ceil((hi * 1.05 - axisMin) / step - 1e-9)));
    const double axisMax = axisMin + step * intervals;
    m_map.valueMin = axisMin * m_scale.divisor;
    m_map.valueMax = axisMax * m_scale.divisor;
    m_valueAxis->setRange(axisMin, axisMax);
    m_valueAxis->setTickCount(intervals + 1);
    // A printf format: a % in the suffix is written %%.
    QString suffix = QLatin1String(m_scale.suffix);
    suffix.replace(QLatin1Char('%'), QLatin1String("%%"));
    m_valueAxis->setLabelFormat(QStringLiteral("%.%1f%2").arg(decimalsOf(step)).arg(suffix));
}

void TimeSeriesChart::showTooltip(const QPoint &globalPos, qint64 timeMs)
{
    // The nearest drawn point of each series, within a few pixels: across a gap there is nothing to say.
    const double tolerance = 3.0 * double(m_drawnTo - m_drawnFrom) / plotWidth();
    QStringList lines{QLocale().toString(QDateTime::fromMSecsSinceEpoch(timeMs), QLocale::ShortFormat)};
    for (const Series &s : m_series) {
        const auto it = std::lower_bound(s.drawn.cbegin(), s.drawn.cend(), double(timeMs),
                                         [](const QPointF &p, double t) { return p.x() < t; });
        const QPointF *nearest = nullptr;
        for (auto candidate : {it, it == s.drawn.cbegin() ? it : std::prev(it)}) {
            if (candidate != s.drawn.cend() && std::abs(candidate->x() - double(timeMs)) <= tolerance &&
                (!nearest || std::abs(candidate->x() - double(timeMs)) < std::abs(nearest->x() - double(timeMs))))
                nearest = &*candidate;
        }
        if (nearest)
            lines.append(QStringLiteral("%1: %2").arg(s.label, formatValue(nearest->y(), m_unit)));
    }
    if (lines.size() > 1)
        QToolTip::showText(globalPos, lines.join(QLatin1Char('\n')), this);
    else
        QToolTip::hideText();
}

} // namespace bilby
