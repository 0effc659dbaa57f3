#include "metrics/metricspage.h"

#include "metrics/chartdatasource.h"
#include "metrics/metricbrowser.h"
#include "metrics/metricgraph.h"
#include "metrics/timeserieschart.h"

#include <QAction>
#include <QActionGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace bilby {

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
constexpr qint64 MinSpanMs = 10 * Second;   // a narrower band is a slip of the mouse
constexpr qint64 MaxSpanMs = Day * 366 * 2; // the rollups' retention
constexpr int FetchDelayMs = 30;            // coalesces a drag's range requests
constexpr int LiveMinIntervalMs = 250;
constexpr int LiveMaxIntervalMs = 60 * 1000;
constexpr int HeartbeatMs = 10 * 1000; // the clock moves on even when nothing samples

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

QList<qint64> MetricsPage::presetSpans()
{
    return {5 * Minute, Hour, Day, 7 * Day, 30 * Day, 365 * Day};
}

MetricsPage::MetricsPage(ChartDataSource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_browser(new MetricBrowser(source))
    , m_stack(new QStackedWidget)
    , m_emptyHint(new QLabel)
    , m_graphArea(new QSplitter(Qt::Vertical))
    , m_presets(new QActionGroup(this))
    , m_presetSpan(Hour)
{
    setObjectName(QStringLiteral("metricsPage"));
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setText(tr("<p>No graphs yet.</p><p>Find a metric in the list on the left, select it (for every "
                            "node that has it) or some of its nodes, and press <b>Add to Graph</b> or "
                            "double-click it.</p><p>Graphs share one time axis: drag across a graph to zoom in, "
                            "drag with Shift or the middle button to pan.</p>"));
    m_graphArea->setObjectName(QStringLiteral("graphArea"));
    m_graphArea->setChildrenCollapsible(false);
    m_stack->addWidget(m_emptyHint);
    m_stack->addWidget(m_graphArea);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(createToolBar());
    rightLayout->addWidget(m_stack, 1);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_browser);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 800});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_fetchTimer.setSingleShot(true);
    m_fetchTimer.setInterval(FetchDelayMs);
    connect(&m_fetchTimer, &QTimer::timeout, this, &MetricsPage::fetchAll);
    m_liveTimer.setSingleShot(true);
    connect(&m_liveTimer, &QTimer::timeout, this, &MetricsPage::followLive);
    connect(m_browser, &MetricBrowser::addRequested, this,
            [this](const QList<SeriesKey> &keys, bool newGraph) { addLines(keys, newGraph); });
    if (source)
        connect(source, &ChartDataSource::sampled, this, &MetricsPage::onSampled);
    showLast(Hour);
}

MetricsPage::~MetricsPage() = default;

QWidget *MetricsPage::createToolBar()
{
    auto *bar = new QToolBar;
    bar->setObjectName(QStringLiteral("metricsToolBar"));
    const QStringList names{tr("5 min"), tr("1 h"), tr("24 h"), tr("7 d"), tr("30 d"), tr("1 y")};
    const QList<qint64> spans = presetSpans();
    m_presets->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional); // none while zoomed
    for (int i = 0; i < spans.size(); ++i) {
        QAction *preset = bar->addAction(names[i]);
        preset->setObjectName(QStringLiteral("range%1").arg(i));
        preset->setCheckable(true);
        preset->setToolTip(tr("Show the last %1").arg(names[i]));
        m_presets->addAction(preset);
        const qint64 span = spans[i];
        connect(preset, &QAction::triggered, this, [this, span] { showLast(span); });
    }
    bar->addSeparator();
    m_liveAction = bar->addAction(tr("Live"));
    m_liveAction->setObjectName(QStringLiteral("liveAction"));
    m_liveAction->setCheckable(true);
    m_liveAction->setToolTip(tr("Follow the present: the graphs move on as new samples arrive"));
    connect(m_liveAction, &QAction::toggled, this, &MetricsPage::setLive);
    m_resetAction = bar->addAction(tr("Reset Zoom"));
    m_resetAction->setObjectName(QStringLiteral("resetZoomAction"));
    m_resetAction->setToolTip(tr("Back to the range chosen last, following the present if it did"));
    connect(m_resetAction, &QAction::triggered, this, &MetricsPage::resetZoom);
    return bar;
}

QStringList MetricsPage::defaultMetrics()
{
    return {QStringLiteral("memory.total"), QStringLiteral("limits.process_count"),
            QStringLiteral("scheduler.utilisation")};
}

void MetricsPage::setDefaultGraphs(const QStringList &metrics)
{
    m_defaultMetrics = metrics;
    if (m_source)
        connect(m_source, &ChartDataSource::seriesChanged, this, &MetricsPage::addDefaultLines, Qt::UniqueConnection);
    addDefaultLines();
}

void MetricsPage::addDefaultLines()
{
    if (!m_source)
        return;
    for (const QString &metric : qAsConst(m_defaultMetrics)) {
        QList<SeriesKey> fresh;
        for (const SeriesKey &key : m_source->series()) {
            if (key.metric == metric && !m_offered.contains(key))
                fresh.append(key);
        }
        if (fresh.isEmpty())
            continue;
        std::sort(fresh.begin(), fresh.end());
        for (const SeriesKey &key : qAsConst(fresh))
            m_offered.insert(key);
        const auto known = m_defaultGraphs.constFind(metric);
        if (known != m_defaultGraphs.cend() && known->isNull())
            continue; // the user removed this graph
        MetricGraph *graph = known != m_defaultGraphs.cend() ? known->data() : nullptr;
        MetricGraph *current = m_current;
        if (!graph) {
            graph = addLines(fresh, true);
            m_defaultGraphs.insert(metric, graph);
        } else {
            for (const SeriesKey &key : qAsConst(fresh))
                graph->addLine(key);
        }
        setCurrent(current ? current : graph); // the user's current graph stays current
    }
}

MetricGraph *MetricsPage::addLines(const QList<SeriesKey> &keys, bool newGraph)
{
    if (keys.isEmpty())
        return m_current;
    MetricGraph *graph = newGraph ? nullptr : m_current;
    if (!graph) {
        graph = new MetricGraph(m_source);
        m_graphs.append(graph);
        m_graphArea->addWidget(graph);
        graph->setRange(m_from, m_to);
        connect(graph, &MetricGraph::activated, this, [this, graph] { setCurrent(graph); });
        connect(graph, &MetricGraph::removeRequested, this, [this, graph] { removeGraph(graph); });
        connect(graph, &MetricGraph::rangeRequested, this, &MetricsPage::zoomTo);
        m_stack->setCurrentWidget(m_graphArea);
    }
    for (const SeriesKey &key : keys)
        graph->addLine(key);
    setCurrent(graph);
    return graph;
}

void MetricsPage::removeGraph(MetricGraph *graph)
{
    if (!m_graphs.removeOne(graph))
        return;
    for (auto it = m_defaultGraphs.begin(); it != m_defaultGraphs.end(); ++it) {
        if (it.value() == graph)
            it.value() = nullptr; // removed for good: it does not come back
    }
    graph->hide();
    graph->deleteLater(); // it may be the sender of the click that got us here
    if (m_current == graph)
        setCurrent(m_graphs.isEmpty() ? nullptr : m_graphs.constLast());
    if (m_graphs.isEmpty())
        m_stack->setCurrentWidget(m_emptyHint);
}

void MetricsPage::setCurrent(MetricGraph *graph)
{
    m_current = graph;
    for (MetricGraph *g : qAsConst(m_graphs))
        g->setCurrent(g == graph);
}

void MetricsPage::showLast(qint64 spanMs)
{
    m_presetSpan = spanMs;
    m_zoomed = false;
    const qint64 t = now();
    applyRange(t - spanMs, t);
    updateControls();
    if (m_live)
        m_liveTimer.start(qMax(HeartbeatMs, liveIntervalMs()));
}

void MetricsPage::zoomTo(qint64 fromMs, qint64 toMs)
{
    // Keep the span sensible, around the middle of what was asked for.
    const qint64 span = std::clamp(toMs - fromMs, MinSpanMs, MaxSpanMs);
    const qint64 middle = fromMs + (toMs - fromMs) / 2;
    if (!m_zoomed)
        m_liveBeforeZoom = m_live;
    m_zoomed = true;
    m_live = false;
    m_liveTimer.stop();
    applyRange(middle - span / 2, middle - span / 2 + span);
    updateControls();
}

void MetricsPage::resetZoom()
{
    m_live = m_liveBeforeZoom;
    showLast(m_presetSpan);
}

void MetricsPage::setLive(bool live)
{
    if (live == m_live)
        return;
    m_live = live;
    if (live) {
        // Follow the present with the span on screen; a zoom stays a zoom in width only.
        const qint64 span = m_to - m_from;
        const qint64 t = now();
        applyRange(t - span, t);
        m_liveTimer.start(qMax(HeartbeatMs, liveIntervalMs()));
    } else {
        m_liveTimer.stop();
    }
    updateControls();
}

void MetricsPage::applyRange(qint64 fromMs, qint64 toMs)
{
    m_from = fromMs;
    m_to = toMs;
    // The charts move at once with the data they have; the fetch follows, coalesced.
    for (MetricGraph *graph : qAsConst(m_graphs))
        graph->setRange(fromMs, toMs);
    scheduleFetch();
}

void MetricsPage::scheduleFetch()
{
    if (!m_fetchTimer.isActive())
        m_fetchTimer.start();
}

void MetricsPage::fetchAll()
{
    for (MetricGraph *graph : qAsConst(m_graphs))
        graph->refresh();
}

void MetricsPage::onSampled(const QString &node)
{
    if (!m_live ||
        std::none_of(m_graphs.cbegin(), m_graphs.cend(), [&node](const MetricGraph *g) { return g->showsNode(node); }))
        return;
    const int interval = liveIntervalMs();
    if (!m_liveTimer.isActive() || m_liveTimer.remainingTime() > interval)
        m_liveTimer.start(interval);
}

void MetricsPage::followLive()
{
    if (!m_live)
        return;
    const qint64 span = m_to - m_from;
    const qint64 t = now();
    m_from = t - span;
    m_to = t;
    for (MetricGraph *graph : qAsConst(m_graphs)) {
        graph->setRange(m_from, m_to);
        graph->refresh();
    }
    m_liveTimer.start(qMax(HeartbeatMs, liveIntervalMs()));
}

int MetricsPage::liveIntervalMs() const
{
    // Nothing new is worth drawing before a pixel column's worth of time has passed.
    int columns = 0;
    for (const MetricGraph *graph : m_graphs)
        columns = qMax(columns, graph->chart()->plotColumns());
    const qint64 perColumn = (m_to - m_from) / qMax(1, columns);
    return int(std::clamp<qint64>(perColumn, LiveMinIntervalMs, LiveMaxIntervalMs));
}

void MetricsPage::updateControls()
{
    const QList<qint64> spans = presetSpans();
    const QList<QAction *> presets = m_presets->actions();
    for (int i = 0; i < presets.size(); ++i)
        presets[i]->setChecked(!m_zoomed && spans[i] == m_presetSpan);
    const QSignalBlocker blocker(m_liveAction);
    m_liveAction->setChecked(m_live);
    m_resetAction->setEnabled(m_zoomed);
}

void MetricsPage::resizeEvent(QResizeEvent *event)
{
    scheduleFetch(); // the graphs have a new number of pixel columns to fetch
    QWidget::resizeEvent(event);
}

} // namespace bilby
