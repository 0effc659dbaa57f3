#include "timeserieschart.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace bilby {

namespace {

constexpr int ReplotDelayMs = 40;
constexpr qint64 MinSpanMs = qint64(60) * 1000;

struct Scale
{
    double divisor = 1;
    const char *suffix = "";
};

Scale scaleFor(double value, TimeSeriesChart::Unit unit)
{
    static const Scale bytes[] = {{1, " B"},
                                  {1024.0, " KB"},
                                  {1024.0 * 1024, " MB"},
                                  {1024.0 * 1024 * 1024, " GB"},
                                  {1024.0 * 1024 * 1024 * 1024, " TB"}};
    static const Scale counts[] = {{1, ""}, {1e3, " k"}, {1e6, " M"}, {1e9, " G"}};
    const Scale *table = unit == TimeSeriesChart::Unit::Bytes ? bytes : counts;
    const int size = unit == TimeSeriesChart::Unit::Bytes ? 5 : 4;
    int i = 0;
    while (i + 1 < size && std::abs(value) >= table[i + 1].divisor)
        ++i;
    return table[i];
}

// The smallest of 1, 2, 2.5, 5 x 10^k that is at least raw: ticks people can read.
double niceStep(double raw)
{
    if (raw <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * magnitude >= raw)
            return m * magnitude;
    }
    return 10 * magnitude;
}

QVector<QPointF> visible(const QVector<QPointF> &points, double from)
{
    const auto first =
        std::lower_bound(points.cbegin(), points.cend(), from, [](const QPointF &p, double x) { return p.x() < x; });
    return {first, points.cend()};
}

// Keeps the first, lowest, highest and last point of each pixel column: the line looks the same,
// with a few points per column however many samples there are.
QVector<QPointF> decimate(const QVector<QPointF> &points, double from, double to, int columns)
{
    if (points.size() <= 2 * qsizetype(columns) || to <= from)
        return points;
    QVector<QPointF> out;
    out.reserve(4 * qsizetype(columns));
    const double width = (to - from) / columns;
    int i = 0;
    while (i < points.size()) {
        const int column = int((points[i].x() - from) / width);
        const int start = i;
        int lo = i;
        int hi = i;
        while (i < points.size() && int((points[i].x() - from) / width) == column) {
            if (points[i].y() < points[lo].y())
                lo = i;
            if (points[i].y() > points[hi].y())
                hi = i;
            ++i;
        }
        const int last = i - 1;
        for (int index : {start, qMin(lo, hi), qMax(lo, hi), last}) {
            if (out.isEmpty() || out.last() != points[index])
                out.append(points[index]);
        }
    }
    return out;
}

// The values of @p series at the x of each grid point, holding the last value between samples.
QVector<double> alignTo(const QVector<QPointF> &grid, const QVector<QPointF> &series)
{
    QVector<double> values(grid.size(), 0.0);
    if (series.isEmpty())
        return values;
    int j = 0;
    for (int i = 0; i < grid.size(); ++i) {
        while (j + 1 < series.size() && series[j + 1].x() <= grid[i].x())
            ++j;
        values[i] = series[j].y();
    }
    return values;
}

} // namespace

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_timeAxis(new QDateTimeAxis)
    , m_valueAxis(new QValueAxis)
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_timeAxis->setTickCount(6);
    m_valueAxis->setTickCount(5);
    m_valueAxis->setMin(0);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);

    m_view = new QChartView(m_chart, this); // takes ownership of the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_replotTimer.setSingleShot(true);
    m_replotTimer.setInterval(ReplotDelayMs);
    connect(&m_replotTimer, &QTimer::timeout, this, &TimeSeriesChart::replot);
    scheduleReplot();
}

TimeSeriesChart::~TimeSeriesChart() = default;

void TimeSeriesChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

QString TimeSeriesChart::title() const
{
    return m_chart->title();
}

void TimeSeriesChart::setUnit(Unit unit)
{
    m_unit = unit;
    scheduleReplot();
}

void TimeSeriesChart::addSeries(const QString &id, const QString &label, const QColor &color, bool stacked)
{
    if (find(id))
        return;
    Series series{id, label, color, stacked, {}, new QLineSeries, nullptr, nullptr};
    if (stacked) {
        series.lower = new QLineSeries;
        series.area = new QAreaSeries(series.line, series.lower);
        // The edges are data sources only; parenting them to the area ties their lifetimes together.
        series.line->setParent(series.area);
        series.lower->setParent(series.area);
        series.area->setName(label);
        series.area->setColor(color);
        series.area->setBorderColor(color.darker(130));
        m_chart->addSeries(series.area);
        series.area->attachAxis(m_timeAxis);
        series.area->attachAxis(m_valueAxis);
    } else {
        series.line->setName(label);
        QPen pen(color);
        pen.setWidthF(2);
        series.line->setPen(pen);
        m_chart->addSeries(series.line);
        series.line->attachAxis(m_timeAxis);
        series.line->attachAxis(m_valueAxis);
    }
    m_series.push_back(series);
    scheduleReplot();
}

void TimeSeriesChart::setPoints(const QString &id, const QVector<QPointF> &points)
{
    if (Series *series = find(id)) {
        series->points = points;
        scheduleReplot();
    }
}

void TimeSeriesChart::setTimeWindow(qint64 spanMs)
{
    m_spanMs = qMax<qint64>(1000, spanMs);
    scheduleReplot();
}

int TimeSeriesChart::pointCount(const QString &id) const
{
    const Series *series = find(id);
    return series ? int(series->line->count()) : -1;
}

QString TimeSeriesChart::formatValue(double value, Unit unit)
{
    const Scale scale = scaleFor(value, unit);
    const double scaled = value / scale.divisor;
    const int decimals = scale.divisor == 1 || std::abs(scaled) >= 100 ? 0 : 1;
    return QString::number(scaled, 'f', decimals) + QLatin1String(scale.suffix);
}

void TimeSeriesChart::scheduleReplot()
{
    // A burst of updates (several series set one after the other) costs one replot.
    if (!m_replotTimer.isActive())
        m_replotTimer.start();
}

int TimeSeriesChart::plotWidth() const
{
    return qMax(100, int(m_chart->plotArea().width()));
}

void TimeSeriesChart::replot()
{
    double latest = 0;
    double earliest = 0;
    for (const Series &s : m_series) {
        if (s.points.isEmpty())
            continue;
        latest = qMax(latest, s.points.last().x());
        earliest = earliest == 0 ? s.points.first().x() : qMin(earliest, s.points.first().x());
    }
    if (latest == 0)
        latest = earliest = double(QDateTime::currentMSecsSinceEpoch());
    // Until a whole window of data exists the axis covers what there is (a minute at least), so a
    // freshly added node shows a chart rather than a sliver at the right edge.
    const double span = qMin(double(m_spanMs), qMax(double(MinSpanMs), latest - earliest));
    const double from = latest - span;
    const int columns = plotWidth();

    // Stack on the sample times of the first stacked series that has data; the others are read at
    // those times, so the areas share one x grid and their edges line up.
    QVector<QPointF> grid;
    for (const Series &s : m_series) {
        if (s.stacked && grid.isEmpty())
            grid = visible(s.points, from);
    }
    // Thin the grid evenly, keeping the newest point: every area keeps the same x.
    const qsizetype limit = 2 * qsizetype(columns);
    const int stride = int(qMax<qsizetype>(1, (grid.size() + limit - 1) / limit));
    QVector<double> sum(grid.size(), 0.0);
    std::vector<QVector<QPointF>> uppers(m_series.size()), lowers(m_series.size()), lines(m_series.size());
    double maxValue = 0;
    for (size_t k = 0; k < m_series.size(); ++k) {
        const Series &s = m_series[k];
        if (!s.stacked) {
            lines[k] = decimate(visible(s.points, from), from, latest, columns);
            for (const QPointF &p : qAsConst(lines[k]))
                maxValue = qMax(maxValue, p.y());
            continue;
        }
        const QVector<double> values = alignTo(grid, visible(s.points, from));
        for (int i = 0; i < grid.size(); ++i) {
            const double below = sum[i];
            sum[i] += qMax(0.0, values[i]);
            if ((grid.size() - 1 - i) % stride == 0) {
                lowers[k].append(QPointF(grid[i].x(), below));
                uppers[k].append(QPointF(grid[i].x(), sum[i]));
            }
        }
    }
    for (double total : qAsConst(sum))
        maxValue = qMax(maxValue, total);

    // Qt Charts formats labels with printf and cannot divide: the data is scaled to the axis unit instead.
    const Scale scale = scaleFor(maxValue, m_unit);
    const double step = niceStep(qMax(maxValue / scale.divisor * 1.05 / 4, 1.0)); // whole-number ticks at least
    const auto scaled = [&scale](QVector<QPointF> points) {
        for (QPointF &p : points)
            p.setY(p.y() / scale.divisor);
        return points;
    };
    for (size_t k = 0; k < m_series.size(); ++k) {
        Series &s = m_series[k];
        if (s.stacked) {
            s.line->replace(scaled(uppers[k]));
            s.lower->replace(scaled(lowers[k]));
        } else {
            s.line->replace(scaled(lines[k]));
        }
    }
    m_valueAxis->setRange(0, step * 4);
    const bool fractional = std::fmod(step, 1.0) != 0;
    m_valueAxis->setLabelFormat(QStringLiteral("%.%1f%2").arg(fractional ? 1 : 0).arg(QLatin1String(scale.suffix)));
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(from)), QDateTime::fromMSecsSinceEpoch(qint64(latest)));
}

TimeSeriesChart::Series *TimeSeriesChart::find(const QString &id)
{
    for (Series &s : m_series) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const TimeSeriesChart::Series *TimeSeriesChart::find(const QString &id) const
{
    return const_cast<TimeSeriesChart *>(this)->find(id);
}

} // namespace bilby
