#include "shell/nodepage.h"

#include "metrics/timeserieschart.h"
#include "shell/sensitivebanner.h"
#include "tools/applicationspage.h"
#include "tools/etsbrowser.h"
#include "tools/etspage.h"
#include "tools/evaluatorpage.h"
#include "tools/nodeactionspage.h"
#include "tools/portspage.h"
#include "tools/processespage.h"
#include "topology/noderegistry.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

#include <limits>

namespace bilby {

namespace {

constexpr qint64 ChartSpanMs = qint64(10) * 60 * 1000;

// The parts of memory.system with a name of their own; the rest is shown as "other system".
const char *const SystemParts[] = {"memory.atom", "memory.binary", "memory.code", "memory.ets"};

struct StackedMetric
{
    const char *name;
    const char *label;
    QRgb color;
};

const StackedMetric MemoryStack[] = {
    {"memory.processes", QT_TRANSLATE_NOOP("bilby::NodePage", "processes"), 0x4e79a7},
    {"memory.atom", QT_TRANSLATE_NOOP("bilby::NodePage", "atom"), 0xf28e2b},
    {"memory.binary", QT_TRANSLATE_NOOP("bilby::NodePage", "binary"), 0xe15759},
    {"memory.code", QT_TRANSLATE_NOOP("bilby::NodePage", "code"), 0x76b7b2},
    {"memory.ets", QT_TRANSLATE_NOOP("bilby::NodePage", "ets"), 0x59a14f},
    {"memory.other_system", QT_TRANSLATE_NOOP("bilby::NodePage", "other system"), 0xb07aa1},
};

const QString OtherSystem = QStringLiteral("memory.other_system");
const QString ProcessCount = QStringLiteral("limits.process_count");
const QString ProcessLimit = QStringLiteral("limits.process_limit");

QString dash()
{
    return QStringLiteral("\u2014");
}

// The ring's points as a series with a gap where sampling stopped (the node was down): a jump well
// beyond the usual spacing, as the metrics page sees the same rings.
SeriesPoints toSeries(const QVector<QPointF> &points)
{
    SeriesPoints series;
    series.reserve(points.size());
    qint64 minDelta = std::numeric_limits<qint64>::max();
    for (const QPointF &p : points) {
        if (!series.isEmpty())
            minDelta = qMin(minDelta, qint64(p.x()) - series.constLast().timeMs);
        series.append(SeriesPoint::sample(qint64(p.x()), p.y()));
    }
    if (series.size() < 2 || minDelta <= 0)
        return series;
    return withGaps(series, qMax(minDelta * 5 / 2, minDelta + 1500));
}

} // namespace

NodePage::NodePage(ManagedNode *node, QWidget *parent)
    : QWidget(parent)
    , m_node(node)
{
    auto *info = new QGroupBox(tr("System information"), this);
    auto *form = new QFormLayout(info);
    m_nodeName = addRow(form, tr("Node"), "nodeValue");
    m_connection = addRow(form, tr("Connection"), "connectionValue");
    m_agent = addRow(form, tr("Agent"), "agentValue");
    m_otpRelease = addRow(form, tr("OTP release"), "otpReleaseValue");
    m_ertsVersion = addRow(form, tr("ERTS version"), "ertsVersionValue");
    m_schedulers = addRow(form, tr("Schedulers (online/total)"), "schedulersValue");
    m_processors = addRow(form, tr("Logical processors"), "processorsValue");
    m_uptime = addRow(form, tr("Uptime"), "uptimeValue");
    m_os = addRow(form, tr("Operating system"), "osValue");
    m_architecture = addRow(form, tr("Architecture"), "architectureValue");
    m_wordSize = addRow(form, tr("Word size"), "wordSizeValue");
    m_release = addRow(form, tr("Release"), "releaseValue");
    info->setMinimumWidth(280);
    info->setMaximumWidth(420);

    m_memory = new TimeSeriesChart(this);
    m_memory->setObjectName(QStringLiteral("memoryChart"));
    m_memory->setTitle(tr("Memory by type"));
    m_memory->setUnit(TimeSeriesChart::Unit::Bytes);
    m_memory->setTimeWindow(ChartSpanMs);
    for (const StackedMetric &metric : MemoryStack)
        m_memory->addSeries(QLatin1String(metric.name), tr(metric.label), QColor(metric.color), true);

    m_processes = new TimeSeriesChart(this);
    m_processes->setObjectName(QStringLiteral("processChart"));
    m_processes->setTitle(tr("Processes"));
    m_processes->setUnit(TimeSeriesChart::Unit::Count);
    m_processes->setTimeWindow(ChartSpanMs);
    // The count alone, on its own scale: against a limit of a million it would be a flat line on the axis.
    // The limit is in the title.
    m_processes->addSeries(ProcessCount, tr("processes"), QColor(0x4e79a7));

    auto *overview = new QWidget;
    auto *charts = new QVBoxLayout;
    charts->addWidget(m_memory, 3);
    charts->addWidget(m_processes, 2);
    auto *overviewLayout = new QHBoxLayout(overview);
    auto *left = new QVBoxLayout;
    left->addWidget(info);
    left->addStretch();
    overviewLayout->addLayout(left);
    overviewLayout->addLayout(charts, 1);

    // The node's tools each get a tab next to the overview.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("nodeTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(overview, tr("Overview"));
    // The pages read through their sources: the live ones ask this node's agent.
    m_processesPage = new ProcessesPage(new LiveProcessSource(node), node);
    m_processesPage->setObjectName(QStringLiteral("processesPage"));
    m_tabs->addTab(m_processesPage, tr("Processes"));
    m_etsPage = new EtsPage(new LiveEtsBrowser(node));
    m_etsPage->setObjectName(QStringLiteral("etsPage"));
    m_tabs->addTab(m_etsPage, tr("ETS"));
    connect(m_etsPage, &EtsPage::inspectProcessRequested, this, &NodePage::inspectProcess);
    m_portsPage = new PortsPage(new LivePortSource(node), node);
    m_portsPage->setObjectName(QStringLiteral("portsPage"));
    m_tabs->addTab(m_portsPage, tr("Ports"));
    connect(m_portsPage, &PortsPage::inspectProcessRequested, this, &NodePage::inspectProcess);
    m_applicationsPage = new ApplicationsPage(new LiveApplicationSource(node), node);
    m_applicationsPage->setObjectName(QStringLiteral("applicationsPage"));
    m_tabs->addTab(m_applicationsPage, tr("Applications"));
    connect(m_applicationsPage, &ApplicationsPage::inspectProcessRequested, this, &NodePage::inspectProcess);
    // The evaluator's transcript is sensitive: its tab says so, like the inspector's sensitive sections.
    m_evaluatorPage = new EvaluatorPage(node);
    m_evaluatorPage->setObjectName(QStringLiteral("evaluatorPage"));
    m_tabs->addTab(m_evaluatorPage, SensitiveBanner::icon(this), tr("Evaluator"));
    m_actionsPage = new NodeActionsPage(node);
    m_actionsPage->setObjectName(QStringLiteral("nodeActionsPage"));
    m_tabs->addTab(m_actionsPage, tr("Node actions"));
    connect(m_actionsPage, &NodeActionsPage::inspectProcessRequested, this, &NodePage::inspectProcess);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(node, &ManagedNode::infoChanged, this, &NodePage::refreshInfo);
    connect(node, &ManagedNode::stateChanged, this, &NodePage::refreshState);
    connect(node, &ManagedNode::agentReadOnlyChanged, this, &NodePage::refreshState);
    connect(node->history(), &MetricsHistory::appended, this, &NodePage::refreshCharts);
    m_uptimeTimer.setInterval(1000);
    connect(&m_uptimeTimer, &QTimer::timeout, this, &NodePage::tickUptime);
    m_uptimeTimer.start();

    refreshInfo();
    refreshState();
    refreshCharts();
}

ManagedNode *NodePage::node() const
{
    return m_node;
}

void NodePage::inspectProcess(const QString &pidText)
{
    m_tabs->setCurrentWidget(m_processesPage);
    m_processesPage->inspect(pidText);
}

QLabel *NodePage::addRow(QFormLayout *form, const QString &label, const char *objectName)
{
    auto *value = new QLabel(dash());
    value->setObjectName(QLatin1String(objectName));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    return value;
}

QString NodePage::formatUptime(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return tr("%1 min %2 s").arg(minutes).arg(seconds % 60);
    return tr("%1 s").arg(qMax<qint64>(0, seconds));
}

void NodePage::refreshInfo()
{
    if (!m_node)
        return;
    m_nodeName->setText(m_node->key());
    if (!m_node->hasInfo())
        return;
    const NodeInfo info = m_node->info();
    m_otpRelease->setText(info.otpRelease);
    m_ertsVersion->setText(info.ertsVersion);
    m_schedulers->setText(tr("%1 / %2").arg(info.schedulersOnline).arg(info.schedulers));
    m_processors->setText(QString::number(info.logicalProcessors));
    m_os->setText(info.os);
    m_architecture->setText(info.systemArchitecture);
    m_wordSize->setText(tr("%1 bits").arg(info.wordSize * 8));
    m_release->setText(info.releaseName.isEmpty() ? tr("none (plain erl)")
                                                  : info.releaseName + QLatin1Char(' ') + info.releaseVersion);
    tickUptime();
}

void NodePage::refreshState()
{
    if (!m_node)
        return;
    const NodeSession::State state = m_node->state();
    QString connection = NodeSession::stateName(state);
    if (state == NodeSession::State::Down && !m_node->errorText().isEmpty())
        connection = tr("%1: %2").arg(connection, m_node->errorText());
    m_connection->setText(connection);

    const NodeSession *session = m_node->session();
    if (!session || !session->isConnected()) {
        m_agent->setText(dash());
        return;
    }
    const SessionInfo sessionInfo = session->info();
    // The agent's own mode, as it confirmed it: what the node refuses, not what the console intends.
    if (sessionInfo.agentLoaded)
        m_agent->setText(sessionInfo.readOnly ? tr("loaded, read-only") : tr("loaded"));
    else
        m_agent->setText(tr("agentless: %1").arg(sessionInfo.agentlessReason));
}

void NodePage::tickUptime()
{
    if (isVisible() && m_node && m_node->hasInfo() && m_node->session() && m_node->session()->isConnected())
        m_uptime->setText(formatUptime(m_node->uptimeS()));
}

void NodePage::showEvent(QShowEvent *event)
{
    refreshCharts();
    tickUptime();
    QWidget::showEvent(event);
}

void NodePage::refreshCharts()
{
    // Hidden pages skip the work; showEvent() catches up from the history.
    if (!m_node || !isVisible())
        return;
    const MetricsHistory *history = m_node->history();
    const qint64 since = history->latestTime() - ChartSpanMs;
    for (const StackedMetric &metric : MemoryStack) {
        const QString name = QLatin1String(metric.name);
        if (name != OtherSystem)
            m_memory->setPoints(name, toSeries(history->points(name, since)));
    }
    // "other system" is memory.system without the parts drawn on their own; all come from the same
    // samples, so their points share timestamps.
    QVector<QPointF> other = history->points(QStringLiteral("memory.system"), since);
    for (const char *part : SystemParts) {
        QHash<qint64, double> values;
        for (const QPointF &p : history->points(QLatin1String(part), since))
            values.insert(qint64(p.x()), p.y());
        for (QPointF &p : other)
            p.setY(p.y() - values.value(qint64(p.x()), 0.0));
    }
    for (QPointF &p : other)
        p.setY(qMax(0.0, p.y()));
    m_memory->setPoints(OtherSystem, toSeries(other));
    m_processes->setPoints(ProcessCount, toSeries(history->points(ProcessCount, since)));
    const double count = history->latest(ProcessCount, -1);
    const double limit = history->latest(ProcessLimit, -1);
    if (count >= 0 && limit > 0)
        m_processes->setTitle(tr("Processes: %1 of %2 (%3%)")
                                  .arg(QLocale().toString(qint64(count)), QLocale().toString(qint64(limit)))
                                  .arg(100.0 * count / limit, 0, 'f', count * 1000 < limit ? 2 : 1));
}

} // namespace bilby
