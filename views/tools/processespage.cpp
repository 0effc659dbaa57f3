#include "tools/processespage.h"

#include "tools/toolstate.h"

#include "tools/ownfootprint.h"
#include "tools/processinspectorview.h"
#include "tools/processtopmodel.h"
#include "topology/noderegistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bilby {

namespace {

constexpr int RequestTimeoutMs = 15000;
// A reply that never came (it should always come: the session times requests out) stops waiting here.
constexpr int LostReplyMs = 2 * RequestTimeoutMs;
constexpr int DebounceMs = 400;

} // namespace

ProcessesPage::ProcessesPage(ManagedNode *node, QWidget *parent)
    : ProcessesPage(new LiveProcessSource(node), node, parent)
{}

ProcessesPage::ProcessesPage(ProcessSource *source, ManagedNode *node, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_node(node)
{
    if (source && !source->parent())
        source->setParent(this);
    m_model = new ProcessTopModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("processTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Names and functions are what people read: wide enough for "queue 'orders' in vhost '/'".
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_table->horizontalHeader()->resizeSection(ProcessTopModel::NameColumn, 22 * em);
    m_table->horizontalHeader()->resizeSection(ProcessTopModel::CurrentFunctionColumn, 18 * em);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setToolTip(tr("Double-click or press Enter to inspect a process"));

    m_inspector = new ProcessInspectorView(source, node, this);
    m_inspector->setObjectName(QStringLiteral("processInspector"));
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("processesSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_inspector);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("processesStatus"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createControls());
    layout->addWidget(m_status);
    layout->addWidget(m_splitter, 1);

    // activated: double-click, or Enter (a single click where the platform activates on one).
    connect(m_table, &QTableView::activated, this, &ProcessesPage::inspectRow);
    m_flight.setLostAfter(LostReplyMs);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!isPaused())
            refresh();
    });
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ProcessesPage::parametersChanged);
    if (source)
        connect(source, &ToolSource::availabilityChanged, this, &ProcessesPage::onStateChanged);
    onStateChanged();
}

QWidget *ProcessesPage::createControls()
{
    auto *bar = new QWidget(this);
    m_sort = new QComboBox(bar);
    m_sort->setObjectName(QStringLiteral("sortBox"));
    m_sort->addItem(tr("Memory"), int(ProcessTop::Sort::Memory));
    m_sort->addItem(tr("Message queue"), int(ProcessTop::Sort::MessageQueue));
    m_sort->addItem(tr("Reductions"), int(ProcessTop::Sort::Reductions));
    m_top = new QSpinBox(bar);
    m_top->setObjectName(QStringLiteral("topBox"));
    m_top->setRange(1, 500);
    m_top->setValue(50);
    m_interval = new QSpinBox(bar);
    m_interval->setObjectName(QStringLiteral("intervalBox"));
    m_interval->setRange(1, 60);
    m_interval->setValue(5);
    m_interval->setSuffix(tr(" s"));
    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter: registered name or module"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaxLength(50); // the agent takes 200 bytes of UTF-8 at most
    m_filter->setToolTip(tr("Matched on the node, case-insensitive, against the registered name and the modules "
                            "of the initial and current function"));
    m_showOwn = newOwnFootprintCheck(bar);
    m_pause = new QPushButton(tr("Pause"), bar);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_pause->setCheckable(true);
    m_refreshNow = new QPushButton(tr("Refresh"), bar);
    m_refreshNow->setObjectName(QStringLiteral("refreshButton"));
    m_summary = new QLabel(bar);
    m_summary->setObjectName(QStringLiteral("processesSummary"));

    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Top"), bar));
    row->addWidget(m_top);
    row->addWidget(new QLabel(tr("by"), bar));
    row->addWidget(m_sort);
    row->addWidget(m_filter, 1);
    row->addWidget(m_showOwn);
    row->addWidget(new QLabel(tr("every"), bar));
    row->addWidget(m_interval);
    row->addWidget(m_pause);
    row->addWidget(m_refreshNow);
    row->addWidget(m_summary);

    connect(m_sort, &QComboBox::currentIndexChanged, this, &ProcessesPage::parametersChanged);
    connect(m_top, &QSpinBox::valueChanged, this, [this] { m_debounce.start(); });
    connect(m_filter, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_filter, &QLineEdit::returnPressed, this, &ProcessesPage::parametersChanged);
    connect(m_showOwn, &QCheckBox::toggled, this, &ProcessesPage::parametersChanged);
    connect(m_interval, &QSpinBox::valueChanged, this, [this] {
        if (m_timer.isActive())
            m_timer.start(m_interval->value() * 1000);
    });
    connect(m_pause, &QPushButton::toggled, this, &ProcessesPage::setPaused);
    connect(m_refreshNow, &QPushButton::clicked, this, &ProcessesPage::refresh);
    return bar;
}

ProcessTop::Sort ProcessesPage::sort() const
{
    return ProcessTop::Sort(m_sort->currentData().toInt());
}

void ProcessesPage::setSort(ProcessTop::Sort sort)
{
    m_sort->setCurrentIndex(m_sort->findData(int(sort)));
}

bool ProcessesPage::isPaused() const
{
    return m_pause->isChecked();
}

void ProcessesPage::setPaused(bool paused)
{
    if (m_pause->isChecked() != paused) {
        m_pause->setChecked(paused); // toggled() comes back here
        return;
    }
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    if (paused)
        m_timer.stop();
    else if (!m_timer.isActive())
        refresh();
}

QString ProcessesPage::selectedPid() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ProcessTopModel::PidTextRole).toString();
}

void ProcessesPage::parametersChanged()
{
    m_debounce.stop();
    ++m_parameters;
    refresh();
}

void ProcessesPage::refresh()
{
    if (m_flight.deferIfBusy())
        return; // one request at a time: this one goes when the reply is in
    if (!isVisible() || !m_source || !m_source->isAvailable())
        return;
    if (toolState(m_node, m_source) == NodeSession::State::Agentless) {
        onStateChanged();
        return;
    }
    m_timer.stop();
    m_flight.started();
    ++m_requestCount;
    const quint64 parameters = m_parameters;
    m_source->top(sort(), m_top->value(), m_filter->text().trimmed(), m_showOwn->isChecked(), this,
                  [this, parameters](const ToolReply<ProcessTop> &reply) { onReply(parameters, reply); });
}

void ProcessesPage::onReply(quint64 parameters, const ToolReply<ProcessTop> &reply)
{
    m_flight.finished();
    if (parameters != m_parameters) {
        // Sorted or filtered differently from what is asked now: not worth showing.
        refresh();
        return;
    }
    QString problem;
    if (reply.error.isError())
        problem = reply.error.error.message; // the session's words, as for any other request
    else if (!reply.ok())
        problem = tr("Unexpected reply from the agent.");
    if (reply.ok()) {
        apply(*reply.value);
        m_status->hide();
        emit refreshed();
    } else {
        m_status->setText(m_updated.isValid()
                              ? tr("%1 The list is from %2.").arg(problem, QLocale().toString(m_updated.time()))
                              : problem);
        m_status->show();
        emit refreshFailed(problem);
    }
    if (m_flight.again())
        refresh();
    else
        scheduleNext();
}

void ProcessesPage::apply(const ProcessTop &top)
{
    const QString selected = selectedPid();
    m_model->setTop(top);
    selectPid(selected);
    m_updated = QDateTime::currentDateTime();
    m_summary->setText(tr("%1 of %2 processes · %3")
                           .arg(top.rows.size())
                           .arg(QLocale().toString(top.scanned), QLocale().toString(m_updated.time())));
}

void ProcessesPage::selectPid(const QString &pidText)
{
    const int row = pidText.isEmpty() ? -1 : m_model->rowOfPid(pidText);
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    // The current row follows the pid too (Enter inspects it), without scrolling the list under the reader.
    const bool autoScroll = m_table->hasAutoScroll();
    m_table->setAutoScroll(false);
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setAutoScroll(autoScroll);
}

void ProcessesPage::scheduleNext()
{
    if (isVisible() && !isPaused())
        m_timer.start(m_interval->value() * 1000);
}

void ProcessesPage::onStateChanged()
{
    NodeSession *session = m_node ? m_node->session() : nullptr;
    const NodeSession::State state = toolState(m_node, m_source);
    QString problem;
    if (state == NodeSession::State::Agentless)
        problem = tr("The agent is not running on this node (%1): the process list needs it.")
                      .arg(session ? session->info().agentlessReason : QString());
    else if (state == NodeSession::State::Down)
        problem = tr("The node is down: %1").arg(m_node->errorText());
    else if (state != NodeSession::State::Up)
        problem = tr("Not connected to the node.");
    if (!problem.isEmpty()) {
        if (m_updated.isValid())
            problem += QLatin1Char(' ') + tr("The list is from %1.").arg(QLocale().toString(m_updated.time()));
        m_status->setText(problem);
    }
    m_status->setVisible(!problem.isEmpty());
    if (state == NodeSession::State::Up && !isPaused() && !m_flight.isPending())
        refresh();
}

void ProcessesPage::inspectRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const ProcessTop::Row &row = m_model->rowAt(index.row());
    m_inspector->inspect(row.pid);
    // A collapsed inspector opens.
    const QList<int> sizes = m_splitter->sizes();
    if (sizes.value(1) == 0)
        m_splitter->setSizes({sizes.value(0) * 3 / 5, sizes.value(0) * 2 / 5});
}

void ProcessesPage::inspect(const QString &pidText)
{
    selectPid(pidText.trimmed());
    m_inspector->inspect(pidText);
}

void ProcessesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!isPaused() && !m_timer.isActive())
        refresh();
}

void ProcessesPage::hideEvent(QHideEvent *event)
{
    m_timer.stop();
    QWidget::hideEvent(event);
}

} // namespace bilby
