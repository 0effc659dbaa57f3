#include "metrics/timeserieschart.h"

#include "metrics/chartinteraction.h"
#include "metrics/plotitem.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace bilby {

namespace {

constexpr int ReplotDelayMs = 40;
constexpr int ValueIntervals = 4;

} // namespace

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_xAxis(new QValueAxis)
    , m_yAxis(new QValueAxis)
    , m_timeAxis(new QDateTimeAxis)
    , m_valueAxis(new QValueAxis)
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_timeAxis->setTickCount(6);
    m_valueAxis->setTickCount(ValueIntervals + 1);
    // "152.5 MB" is wider than Qt Charts' guess on a short graph, which then shows "...": the plot gives
    // way to the labels instead.
    m_valueAxis->setTruncateLabels(false);
    // Unattached axes that start with an empty range stay out of the layout for good: start with real ones.
    const QDateTime now = QDateTime::currentDateTime();
    m_timeAxis->setRange(now.addMSecs(-m_spanMs), now);
    m_valueAxis->setRange(0, ValueIntervals);
    for (QValueAxis *hidden : {m_xAxis, m_yAxis}) {
        hidden->setRange(0, 1);
        hidden->setVisible(false);
    }
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);

    m_plot = new PlotItem(m_chart); // a child of the chart: deleted with it
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF &area) { m_plot->setPlotArea(area); });

    m_view = new QChartView(m_chart, this); // takes ownership of the chart
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_interaction = new ChartInteraction(
        m_view, m_view->viewport(),
        [this] {
            const QRectF plot = m_view->mapFromScene(m_chart->mapToScene(m_chart->plotArea())).boundingRect();
            return ChartInteraction::Frame{plot, m_drawnFrom, m_drawnTo};
        },
        this);
    connect(m_interaction, &ChartInteraction::rangeRequested, this, &TimeSeriesChart::rangeRequested);
    connect(m_interaction, &ChartInteraction::hovered, this, &TimeSeriesChart::showTooltip);
    connect(m_interaction, &ChartInteraction::left, this, [] { QToolTip::hideText(); });
    m_interaction->setEnabled(false);

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

void TimeSeriesChart::setValueCaption(const QString &caption)
{
    m_valueAxis->setTitleText(caption);
}

QString TimeSeriesChart::valueCaption() const
{
    return m_valueAxis->titleText();
}

void TimeSeriesChart::addSeries(const QString &id, const QString &label, const QColor &color, bool stacked)
{
    if (find(id))
        return;
    m_series.push_back(Series{id, label, color, stacked, {}, {}, false, nullptr, {}, {}, 0, 2});
    Series &series = m_series.back();
    if (stacked) {
        m_stackTotals = {};
        auto *legend = new QAreaSeries(new QLineSeries);
        legend->upperSeries()->setParent(legend);
        legend->setColor(color);
        legend->setPen(Qt::NoPen);
        series.legend = legend;
    } else {
        auto *legend = new QLineSeries;
        QPen pen(color);
        pen.setWidthF(series.penWidth);
        legend->setPen(pen);
        series.legend = legend;
    }
    series.legend->setName(label);
    m_chart->addSeries(series.legend); // the chart owns it from here
    series.legend->attachAxis(m_xAxis);
    series.legend->attachAxis(m_yAxis);
    scheduleReplot();
}

void TimeSeriesChart::removeSeries(const QString &id)
{
    const auto it = std::find_if(m_series.begin(), m_series.end(), [&id](const Series &s) { return s.id == id; });
    if (it == m_series.end())
        return;
    m_chart->removeSeries(it->legend);
    delete it->legend;
    if (it->stacked)
        m_stackTotals = {};
    m_series.erase(it);
    paintShapes(); // gone at once, not at the next frame
    scheduleReplot();
}

void TimeSeriesChart::setLabel(const QString &id, const QString &label)
{
    Series *series = find(id);
    if (!series)
        return;
    series->label = label;
    series->legend->setName(label);
}

QStringList TimeSeriesChart::seriesIds() const
{
    QStringList ids;
    for (const Series &s : m_series)
        ids.append(s.id);
    return ids;
}

void TimeSeriesChart::setPoints(const QString &id, const SeriesPoints &points)
{
    if (Series *series = find(id)) {
        series->points = points;
        series->summarized = false;
        if (series->stacked)
            m_stackTotals = {};
        scheduleReplot();
    }
}

void TimeSeriesChart::setTimeWindow(qint64 spanMs)
{
    m_spanMs = qMax<qint64>(1000, spanMs);
    m_fixedFrom = m_fixedTo = 0;
    scheduleReplot();
}

void TimeSeriesChart::setVisibleRange(qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs)
        return;
    m_fixedFrom = fromMs;
    m_fixedTo = toMs;
    scheduleReplot();
}

void TimeSeriesChart::setInteractive(bool interactive)
{
    m_interaction->setEnabled(interactive);
}

int TimeSeriesChart::plotColumns() const
{
    return plotWidth();
}

QRect TimeSeriesChart::plotRect() const
{
    const QPolygon inView = m_view->mapFromScene(m_chart->mapToScene(m_chart->plotArea()));
    return {m_view->viewport()->mapTo(this, inView.boundingRect().topLeft()), inView.boundingRect().size()};
}

int TimeSeriesChart::pointCount(const QString &id) const
{
    const Series *series = find(id);
    if (!series)
        return -1;
    return int(series->drawn.size());
}

int TimeSeriesChart::runCount(const QString &id) const
{
    const Series *series = find(id);
    return series ? series->gapFreeRuns : -1;
}

void TimeSeriesChart::replotNow()
{
    m_replotTimer.stop();
    replot();
}

QString TimeSeriesChart::formatValue(double value, Unit unit)
{
    const ChartFrame::Scale scale = ChartFrame::scaleFor(value, unit);
    const double scaled = value / scale.divisor;
    const int decimals = (scale.divisor == 1 && scaled == std::round(scaled)) || std::abs(scaled) >= 100 ? 0 : 1;
    return QString::number(scaled, 'f', decimals) + QLatin1String(scale.suffix);
}

void TimeSeriesChart::resizeEvent(QResizeEvent *event)
{
    scheduleReplot(); // the columns changed
    QWidget::resizeEvent(event);
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
