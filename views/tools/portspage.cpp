#include "tools/portspage.h"

#include "connection/agenterror.h"
#include "tools/ownfootprint.h"
#include "tools/porttablemodel.h"
#include "tools/toolstate.h"
#include "topology/noderegistry.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace bilby {

namespace {

// A reply that never came (it should always come: the session times requests out) stops waiting here.
constexpr int LostReplyMs = 20000;

} // namespace

PortsPage::PortsPage(ManagedNode *node, QWidget *parent)
    : PortsPage(new LivePortSource(node), node, parent)
{}

PortsPage::PortsPage(PortSource *source, ManagedNode *node, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_node(node)
{
    if (source && !source->parent())
        source->setParent(this);
    m_model = new PortTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PortTableModel::SortRole);
    m_proxy->setFilterRole(PortTableModel::FilterRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("portsTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Unsorted until the user clicks a header: the node's own ranking, by bytes moved.
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setToolTip(tr("Double-click or press Enter to inspect the process that owns the port"));

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("portsFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter: type, address, owner or name"));
    m_filter->setClearButtonEnabled(true);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("portsRefreshButton"));
    m_showOwn = newOwnFootprintCheck(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("portsSummary"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("portsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_showOwn);
    bar->addWidget(m_refresh);
    bar->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_refresh, &QPushButton::clicked, this, &PortsPage::refresh);
    connect(m_showOwn, &QCheckBox::toggled, this, &PortsPage::refresh);
    // activated: double-click, or Enter. A port row has one place to go: its owner.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString owner = index.data(PortTableModel::OwnerTextRole).toString();
        if (!owner.isEmpty())
            emit inspectProcessRequested(owner);
    });
    m_flight.setLostAfter(LostReplyMs);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PortsPage::refresh);
    if (source)
        connect(source, &ToolSource::availabilityChanged, this, &PortsPage::onStateChanged);
    onStateChanged();
}

void PortsPage::refresh()
{
    if (m_flight.deferIfBusy())
        return; // one request at a time: this one goes when the reply is in
    if (!isVisible() || !m_source || !m_source->isAvailable())
        return;
    m_timer.stop();
    m_flight.started();
    ++m_requestCount;
    m_source->ports(Limit, m_showOwn->isChecked(), this, [this](const ToolReply<PortList> &reply) { onReply(reply); });
}

void PortsPage::onReply(const ToolReply<PortList> &reply)
{
    m_flight.finished();
    QString problem;
    const std::optional<PortList> &list = reply.value;
    if (reply.error.isError())
        problem = reply.error.message();
    else if (!list)
        problem = tr("Unexpected reply from the agent.");
    if (list) {
        const QString selected = selectedId();
        m_model->setList(*list);
        selectId(selected);
        m_updated = QDateTime::currentDateTime();
        const QString time = QLocale().toString(m_updated.time());
        const qint64 listable = list->total - list->ownLeftOut;
        QString summary = listable > list->rows.size()
                              ? tr("showing %1 of %2 (ranked by bytes moved) · %3")
                                    .arg(QLocale().toString(list->rows.size()), QLocale().toString(listable), time)
                              : tr("%1 ports and sockets · %2").arg(QLocale().toString(listable), time);
        if (list->ownLeftOut > 0)
            summary += tr(" · Bilby's own connection not shown");
        m_summary->setText(summary);
        m_status->hide();
        emit refreshed();
    } else if (toolState(m_node, m_source) != NodeSession::State::Up) {
        onStateChanged(); // the node's state says it best (down, agentless)
        emit refreshFailed(problem);
    } else {
        showProblem(problem);
        emit refreshFailed(problem);
    }
    if (m_flight.again())
        refresh();
    else
        scheduleNext();
}

void PortsPage::showProblem(const QString &problem)
{
    // The rows shown stay: they are the last read, and the status says from when.
    m_status->setText(m_updated.isValid()
                          ? tr("%1 The list is from %2.").arg(problem, QLocale().toString(m_updated.time()))
                          : problem);
    m_status->show();
}

void PortsPage::onStateChanged()
{
    NodeSession *session = m_node ? m_node->session() : nullptr;
    const NodeSession::State state = toolState(m_node, m_source);
    if (state == NodeSession::State::Up) {
        if (!m_flight.isPending())
            refresh();
        return;
    }
    if (state == NodeSession::State::Agentless)
        showProblem(tr("The agent is not running on this node (%1): the port list needs it.")
                        .arg(session ? session->info().agentlessReason : QString()));
    else if (state == NodeSession::State::Down)
        showProblem(tr("The node is down: %1").arg(m_node->errorText()));
    else
        showProblem(tr("Not connected to the node."));
    m_timer.stop();
}

void PortsPage::scheduleNext()
{
    if (isVisible() && toolState(m_node, m_source) == NodeSession::State::Up)
        m_timer.start(IntervalMs);
}

QString PortsPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(PortTableModel::IdTextRole).toString();
}

void PortsPage::selectId(const QString &idText)
{
    const int row = idText.isEmpty() ? -1 : m_model->rowOfId(idText);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_table->clearSelection();
        return;
    }
    // The selection follows the port as the rows move, without scrolling the list under the reader.
    const bool autoScroll = m_table->hasAutoScroll();
    m_table->setAutoScroll(false);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setAutoScroll(autoScroll);
}

void PortsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_timer.isActive())
        refresh();
}

void PortsPage::hideEvent(QHideEvent *event)
{
    m_timer.stop();
    QWidget::hideEvent(event);
}

} // namespace bilby
