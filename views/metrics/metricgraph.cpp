#include "metrics/metricgraph.h"

#include "metrics/chartdatasource.h"
#include "metrics/metricbrowser.h"
#include "metrics/metriccatalog.h"
#include "metrics/timeserieschart.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace bilby {

namespace {

const QRgb Palette[] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                        0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};

TimeSeriesChart::Unit chartUnit(MetricDef::Unit unit)
{
    switch (unit) {
    case MetricDef::Unit::Bytes:
        return TimeSeriesChart::Unit::Bytes;
    case MetricDef::Unit::Seconds:
        return TimeSeriesChart::Unit::Seconds;
    case MetricDef::Unit::Percent:
        return TimeSeriesChart::Unit::Percent;
    case MetricDef::Unit::Count:
    case MetricDef::Unit::Ratio:
        break;
    }
    return TimeSeriesChart::Unit::Count;
}

QString stepText(Resolution resolution, qint64 stepMs)
{
    constexpr qint64 Minute = qint64(60) * 1000;
    constexpr qint64 Hour = 60 * Minute;
    if (resolution == Resolution::Raw || stepMs <= 0)
        return MetricGraph::tr("raw");
    if (stepMs % Hour == 0)
        return MetricGraph::tr("%1 h").arg(stepMs / Hour);
    if (stepMs % Minute == 0)
        return MetricGraph::tr("%1 min").arg(stepMs / Minute);
    return MetricGraph::tr("%1 s").arg(double(stepMs) / 1000);
}

} // namespace

MetricGraph::MetricGraph(ChartDataSource *source, QWidget *parent)
    : QFrame(parent)
    , m_source(source)
    , m_chart(new TimeSeriesChart)
    , m_title(new QLabel)
    , m_resolution(new QLabel)
    , m_linesButton(new QToolButton)
    , m_linesMenu(new QMenu(this))
    , m_removeButton(new QToolButton)
{
    setObjectName(QStringLiteral("metricGraph"));
    setMinimumHeight(200);
    m_chart->setObjectName(QStringLiteral("graphChart"));
    m_chart->setInteractive(true);
    m_title->setObjectName(QStringLiteral("graphTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_resolution->setObjectName(QStringLiteral("resolutionLabel"));
    m_linesButton->setObjectName(QStringLiteral("linesButton"));
    m_linesButton->setText(tr("Lines"));
    m_linesButton->setMenu(m_linesMenu);
    m_linesButton->setPopupMode(QToolButton::InstantPopup);
    m_removeButton->setObjectName(QStringLiteral("removeGraphButton"));
    m_removeButton->setText(tr("Remove Graph"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_resolution);
    header->addWidget(m_linesButton);
    header->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(m_chart, 1);

    connect(m_removeButton, &QToolButton::clicked, this, &MetricGraph::removeRequested);
    connect(m_chart, &TimeSeriesChart::rangeRequested, this, &MetricGraph::rangeRequested);
    // Any click inside makes this the current graph; the chart's own widgets see the clicks first.
    for (QWidget *child : findChildren<QWidget *>())
        child->installEventFilter(this);
    setCurrent(false);
    relabel();
    updateResolution();
}

MetricGraph::~MetricGraph() = default;

bool MetricGraph::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress)
        emit activated();
    return QFrame::eventFilter(watched, event);
}

bool MetricGraph::addLine(const SeriesKey &key)
{
    if (std::any_of(m_lines.cbegin(), m_lines.cend(), [&key](const Line &l) { return l.key == key; }))
        return false;
    Line line;
    line.key = key;
    line.id = QString::number(++m_nextId);
    const QRgb colour = Palette[m_lines.size() % (sizeof(Palette) / sizeof(Palette[0]))];
    m_chart->addSeries(line.id, key.metric, QColor(colour));
    m_lines.push_back(line);
    relabel();
    updateUnit();
    rebuildLinesMenu();
    if (m_to > m_from)
        request(m_lines.back());
    emit linesChanged();
    return true;
}

void MetricGraph::removeLine(const SeriesKey &key)
{
    const auto it = std::find_if(m_lines.begin(), m_lines.end(), [&key](const Line &l) { return l.key == key; });
    if (it == m_lines.end())
        return;
    m_chart->removeSeries(it->id);
    m_lines.erase(it);
    relabel();
    updateUnit();
    updateResolution();
    rebuildLinesMenu();
    emit linesChanged();
}

QList<SeriesKey> MetricGraph::lines() const
{
    QList<SeriesKey> keys;
    for (const Line &line : m_lines)
        keys.append(line.key);
    return keys;
}

bool MetricGraph::showsNode(const QString &node) const
{
    return std::any_of(m_lines.cbegin(), m_lines.cend(), [&node](const Line &l) { return l.key.node == node; });
}

void MetricGraph::setRange(qint64 fromMs, qint64 toMs)
{
    m_from = fromMs;
    m_to = toMs;
    m_chart->setVisibleRange(fromMs, toMs);
}

void MetricGraph::refresh()
{
    for (Line &line : m_lines)
        request(line);
}

void MetricGraph::request(Line &line)
{
    ++line.wanted;
    if (!line.inFlight) // else asked again when the answer in flight comes back
        send(line);
}

void MetricGraph::send(Line &line)
{
    if (!m_source || m_to <= m_from)
        return;
    SeriesQuery query;
    query.key = line.key;
    query.fromMs = m_from;
    query.toMs = m_to;
    query.columns = m_chart->plotColumns();
    line.inFlight = true;
    ++m_sent;
    // The answer comes through the event loop, and never if this graph is gone by then.
    m_source->fetch(query, this, [this, id = line.id, serial = line.wanted](const SeriesResult &result) {
        answer(id, serial, result);
    });
}

void MetricGraph::answer(const QString &id, quint64 serial, const SeriesResult &result)
{
    Line *line = find(id);
    if (!line)
        return; // removed meanwhile
    line->inFlight = false;
    if (serial != line->wanted) {
        ++m_dropped; // superseded: draw the newest range only
        send(*line);
        return;
    }
    if (m_chart->plotColumns() > result.query.columns * 5 / 4)
        request(*line); // asked before the chart was laid out (or it grew since): worth a finer answer
    line->resolution = result.resolution;
    line->stepMs = result.stepMs;
    line->error = result.error.isError() ? result.error.message : QString();
    m_chart->setPoints(id, result.points);
    updateResolution();
}

MetricGraph::Line *MetricGraph::find(const QString &id)
{
    const auto it = std::find_if(m_lines.begin(), m_lines.end(), [&id](const Line &l) { return l.id == id; });
    return it == m_lines.end() ? nullptr : &*it;
}

void MetricGraph::setCurrent(bool current)
{
    m_current = current;
    // The frame says which graph new lines go to; a style sheet on the frame alone leaves the text as it is.
    setStyleSheet(current ? QStringLiteral("#metricGraph { border: 2px solid palette(highlight); }")
                          : QStringLiteral("#metricGraph { border: 1px solid palette(mid); }"));
}

QString MetricGraph::resolutionText() const
{
    QStringList texts;
    for (const Line &line : m_lines) {
        if (!line.resolution)
            continue;
        const QString text = stepText(*line.resolution, line.stepMs);
        if (!texts.contains(text))
            texts.append(text);
    }
    return texts.join(QStringLiteral(", "));
}

void MetricGraph::updateResolution()
{
    const QString text = resolutionText();
    QStringList errors;
    for (const Line &line : m_lines) {
        if (!line.error.isEmpty() && !errors.contains(line.error))
            errors.append(line.error);
    }
    m_resolution->setText(text.isEmpty() ? QString() : tr("Resolution: %1").arg(text));
    if (!errors.isEmpty())
        m_resolution->setText(tr("%1 (history unavailable)").arg(m_resolution->text()));
    QString tip = tr("What the lines are drawn from: raw samples, or the store's summaries of one minute or one "
                     "hour, chosen from the range. Summaries keep each bucket's lowest and highest value.");
    if (!errors.isEmpty())
        tip += QStringLiteral("\n\n") + errors.join(QLatin1Char('\n'));
    m_resolution->setToolTip(tip);
}

void MetricGraph::relabel()
{
    QSet<QString> metrics;
    QSet<QString> nodes;
    for (const Line &line : m_lines) {
        metrics.insert(line.key.metric);
        nodes.insert(line.key.node);
    }
    // One metric on several nodes is titled by the metric and labelled by node, and the other way round.
    const bool oneMetric = metrics.size() == 1;
    const bool oneNode = nodes.size() == 1;
    QString title = tr("Empty graph: add metrics from the list");
    if (oneMetric) // in words, as the list names it: "Memory: total (bytes)"
        title = tr("%1: %2").arg(MetricBrowser::kind(*metrics.cbegin()).section(QLatin1Char(':'), 0, 0),
                                 MetricBrowser::label(*metrics.cbegin())); // "Limits", not the list's long title
    else if (oneNode)
        title = *nodes.cbegin();
    else if (!m_lines.empty())
        title = tr("%n series", nullptr, int(m_lines.size()));
    m_title->setText(title);
    const MetricDef *def = oneMetric ? MetricCatalog::find(*metrics.cbegin()) : nullptr;
    m_title->setToolTip(def ? QStringLiteral("%1\n%2").arg(*metrics.cbegin(), def->meaning) : QString());
    for (const Line &line : m_lines) {
        const QString label = oneMetric ? line.key.node
                              : oneNode ? line.key.metric
                                        : tr("%1 on %2").arg(line.key.metric, line.key.node);
        m_chart->setLabel(line.id, label);
    }
}

void MetricGraph::updateUnit()
{
    // One unit for all lines labels the axis with it; several (or unknown metrics) get plain numbers.
    QSet<QString> captions;
    std::optional<MetricDef::Unit> unit;
    bool mixed = false;
    for (const Line &line : m_lines) {
        const MetricDef *def = MetricCatalog::find(line.key.metric);
        if (!def) {
            mixed = true;
            continue;
        }
        captions.insert(MetricCatalog::unitLabel(*def));
        mixed = mixed || (unit && *unit != def->unit);
        unit = def->unit;
    }
    mixed = mixed || captions.size() > 1;
    m_chart->setUnit(mixed || !unit ? TimeSeriesChart::Unit::Count : chartUnit(*unit));
    m_chart->setValueCaption(mixed ? tr("mixed units") : captions.isEmpty() ? QString() : *captions.cbegin());
}

void MetricGraph::rebuildLinesMenu()
{
    m_linesMenu->clear();
    for (const Line &line : m_lines) {
        const SeriesKey key = line.key;
        QAction *remove = m_linesMenu->addAction(tr("Remove %1 on %2").arg(key.metric, key.node));
        remove->setObjectName(QStringLiteral("removeLineAction"));
        connect(remove, &QAction::triggered, this, [this, key] { removeLine(key); });
    }
    m_linesButton->setEnabled(!m_lines.empty());
}

} // namespace bilby
