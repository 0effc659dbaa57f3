#include "tools/applicationspage.h"

#include "connection/agenterror.h"
#include "tools/applicationlistmodel.h"
#include "tools/supervisiontreemodel.h"
#include "topology/noderegistry.h"

#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTime>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace bilby {

namespace {

// Supervisors open by default down to this depth, unless they list more children than this.
constexpr int ExpandDepth = 3;
constexpr int ExpandChildrenMax = 50;

/// Notes (children not listed, a supervisor that did not answer) in italics, set apart from processes.
class NoteDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto kind = SupervisionTreeModel::Kind(index.data(SupervisionTreeModel::KindRole).toInt());
        if (kind == SupervisionTreeModel::Kind::Process)
            return;
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, kind == SupervisionTreeModel::Kind::ProblemNote
                                                     ? QColor(0xb0, 0x00, 0x20)
                                                     : option->palette.color(QPalette::PlaceholderText));
    }
};

} // namespace

ApplicationsPage::ApplicationsPage(ManagedNode *node, QWidget *parent)
    : ApplicationsPage(new LiveApplicationSource(node), node, parent)
{}

ApplicationsPage::ApplicationsPage(ApplicationSource *source, ManagedNode *node, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_node(node)
{
    if (source && !source->parent())
        source->setParent(this);
    m_apps = new ApplicationListModel(this);
    m_appView = new QTableView(this);
    m_appView->setObjectName(QStringLiteral("applicationsView"));
    m_appView->setModel(m_apps);
    m_appView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_appView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_appView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_appView->setWordWrap(false);
    m_appView->verticalHeader()->hide();
    m_appView->horizontalHeader()->setStretchLastSection(true);

    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("applicationsRefreshButton"));
    m_refresh->setToolTip(tr("Read the applications again, and the selected application's tree"));
    m_listStatus = new QLabel(this);
    m_listStatus->setObjectName(QStringLiteral("applicationsStatus"));
    m_listStatus->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_refresh);
    bar->addWidget(m_listStatus, 1);
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(bar);
    listLayout->addWidget(m_appView, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(list);
    m_splitter->addWidget(createTreePane());
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_refresh, &QPushButton::clicked, this, &ApplicationsPage::refresh);
    connect(m_appView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    if (source)
        connect(source, &ToolSource::availabilityChanged, this, &ApplicationsPage::onStateChanged);
}

QWidget *ApplicationsPage::createTreePane()
{
    auto *pane = new QWidget(this);
    m_title = new QLabel(tr("Select an application to read its supervision tree."), pane);
    m_title->setObjectName(QStringLiteral("applicationTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_treeStatus = new QLabel(pane);
    m_treeStatus->setObjectName(QStringLiteral("treeStatus"));
    m_treeStatus->setTextFormat(Qt::PlainText);
    m_treeStatus->setWordWrap(true);
    m_treeStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_treeStatus->hide();

    m_tree = new SupervisionTreeModel(this);
    m_treeView = new QTreeView(pane);
    m_treeView->setObjectName(QStringLiteral("supervisionTreeView"));
    m_treeView->setModel(m_tree);
    m_treeView->setItemDelegate(new NoteDelegate(m_treeView));
    m_treeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_treeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_treeView->setUniformRowHeights(true);
    // Double-click inspects; the branch arrows (and the arrow keys) open and close.
    m_treeView->setExpandsOnDoubleClick(false);
    m_treeView->setToolTip(tr("Double-click or press Enter to inspect a process"));
    connect(m_treeView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString pid = index.data(SupervisionTreeModel::PidTextRole).toString();
        if (!pid.isEmpty())
            emit inspectProcessRequested(pid);
    });

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_treeStatus);
    layout->addWidget(m_treeView, 1);
    return pane;
}

bool ApplicationsPage::canAsk() const
{
    return m_source && m_source->isAvailable();
}

void ApplicationsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        refresh();
}

void ApplicationsPage::onStateChanged()
{
    if (canAsk()) {
        // Back after a disconnection the node may have restarted, with new pids: read once more.
        if (std::exchange(m_stale, false))
            m_loadedOnce = false;
        if (isVisible() && !m_loadedOnce)
            refresh();
        return;
    }
    m_stale = m_stale || m_loadedOnce;
    if (m_node && m_node->state() == NodeSession::State::Down)
        m_listStatus->setText(tr("The node is down: %1").arg(m_node->errorText()));
}

void ApplicationsPage::refresh()
{
    if (m_appsPending)
        return;
    if (!canAsk()) {
        m_listStatus->setText(tr("Not connected to the node (or no agent)."));
        return;
    }
    m_appsPending = true;
    m_refresh->setEnabled(false);
    m_listStatus->setText(tr("Reading…"));
    m_source->applications(
        this, [this](const ToolReply<QVector<SupervisionTree::Application>> &reply) { onApplications(reply); });
}

void ApplicationsPage::onApplications(const ToolReply<QVector<SupervisionTree::Application>> &reply)
{
    m_appsPending = false;
    m_refresh->setEnabled(true);
    const AgentError &error = reply.error;
    if (!reply.ok()) {
        // The list shown stays: it is the last read.
        m_listStatus->setText(error.isError() ? error.message() : tr("Unexpected reply from the agent."));
        emit applicationsLoaded();
        return;
    }
    m_loadedOnce = true;
    const QString shown = m_appView->currentIndex().data(ApplicationListModel::NameRole).toString();
    m_resetting = true;
    m_apps->setApplications(*reply.value);
    m_resetting = false;
    m_appView->resizeColumnsToContents();
    m_listStatus->setText(tr("%n application(s)", nullptr, m_apps->rowCount()));
    emit applicationsLoaded();
    if (shown.isEmpty())
        return;
    if (!selectApplication(shown)) {
        m_treeStatus->setText(tr("%1 is no longer running; the tree shown is the last read.").arg(shown));
        m_treeStatus->show();
    }
}

bool ApplicationsPage::selectApplication(const QString &name)
{
    const int row = m_apps->rowOfName(name);
    if (row < 0)
        return false;
    const QModelIndex index = m_apps->index(row, 0);
    if (m_appView->currentIndex().row() == row)
        loadTree(name); // selected already: read it again
    else
        m_appView->selectionModel()->setCurrentIndex(index,
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void ApplicationsPage::onCurrentChanged(const QModelIndex &current)
{
    if (!m_resetting && current.isValid())
        loadTree(current.data(ApplicationListModel::NameRole).toString());
}

void ApplicationsPage::loadTree(const QString &name)
{
    const int row = m_apps->rowOfName(name);
    if (row < 0)
        return;
    const SupervisionTree::Application &app = m_apps->applicationAt(row);
    const bool again = m_tree->application() == name;
    if (!again)
        m_tree->clear(); // another application's tree: nothing of it stays on screen
    m_treeStatus->hide();
    if (ApplicationListModel::isLibrary(app)) {
        m_wanted.clear(); // a library has no tree to read; a reply for another application is dropped
        m_title->setText(tr("%1 %2 is a library application: no supervisor, no processes.").arg(name, app.version));
        return;
    }
    m_wanted = name;
    if (again) {
        m_treeStatus->setText(tr("Reading the tree again…"));
        m_treeStatus->show();
    } else {
        m_title->setText(tr("%1 %2: reading its supervision tree…").arg(name, app.version));
    }
    if (!m_treePending) // else it goes when the pending reply is in
        requestTree();
}

void ApplicationsPage::requestTree()
{
    if (!canAsk()) {
        m_treeStatus->setText(tr("Not connected to the node."));
        m_treeStatus->show();
        return;
    }
    m_treePending = true;
    const QString name = m_wanted;
    m_source->tree(name, this, [this, name](const ToolReply<SupervisionTree::Tree> &reply) { onTree(name, reply); });
}

void ApplicationsPage::onTree(const QString &name, const ToolReply<SupervisionTree::Tree> &reply)
{
    const AgentError &error = reply.error;
    m_treePending = false;
    if (name != m_wanted) {
        // Another application was selected meanwhile: read that one instead.
        if (!m_wanted.isEmpty())
            requestTree();
        return;
    }
    m_wanted.clear();
    const std::optional<SupervisionTree::Tree> &tree = reply.value;
    if (!tree) {
        // Whatever this application's tree showed stays: it is the last read.
        QString problem = error.isError() ? error.message() : tr("Unexpected reply from the agent.");
        if (m_tree->rowCount() > 0)
            problem += QLatin1Char(' ') + tr("The tree shown is the last read.");
        else
            m_title->setText(tr("%1: the supervision tree could not be read.").arg(name));
        m_treeStatus->setText(problem);
        m_treeStatus->show();
        emit treeLoaded();
        return;
    }
    const QString selected = m_treeView->currentIndex().data(SupervisionTreeModel::PidTextRole).toString();
    m_tree->setTree(*tree);
    expandDefault({}, 0);
    m_treeView->header()->resizeSections(QHeaderView::ResizeToContents);
    if (const QModelIndex again = m_tree->indexOfPid(selected); again.isValid())
        m_treeView->setCurrentIndex(again);

    if (!tree->root)
        m_title->setText(tr("%1 has no supervision tree (a library application, or it has stopped).").arg(name));
    else
        m_title->setText(tr("%1: %n process(es) · read at %2", nullptr, m_tree->processCount())
                             .arg(name, QLocale().toString(QTime::currentTime())));
    QStringList notes;
    if (m_tree->problemCount() > 0)
        notes.append(tr("%n supervisor(s) could not be read: their children are missing (see the marked rows).",
                        nullptr, m_tree->problemCount()));
    if (tree->cut)
        notes.append(tr("The tree is cut: it reached the agent's limit of 5,000 processes."));
    m_treeStatus->setText(notes.join(QLatin1Char(' ')));
    m_treeStatus->setVisible(!notes.isEmpty());
    emit treeLoaded();
}

void ApplicationsPage::expandDefault(const QModelIndex &parent, int depth)
{
    const int rows = m_tree->rowCount(parent);
    // The top supervisor always opens; below it, a crowd of children stays closed.
    if (depth >= ExpandDepth || (depth > 1 && rows > ExpandChildrenMax))
        return;
    if (parent.isValid())
        m_treeView->expand(parent);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex child = m_tree->index(row, 0, parent);
        if (child.data(SupervisionTreeModel::SupervisorRole).toBool())
            expandDefault(child, depth + 1);
    }
}

} // namespace bilby
