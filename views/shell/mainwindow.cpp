#include "shell/mainwindow.h"

#include "alarms/alarmcenter.h"
#include "alarms/alarmtabs.h"
#include "console/demonode.h"
#include "metrics/chartdatasource.h"
#include "metrics/metricspage.h"
#include "settings/settings.h"
#include "shell/addnodedialog.h"
#include "shell/nodepage.h"
#include "shell/preferencesdialog.h"
#include "shell/stateicons.h"
#include "shell/storewarningbar.h"
#include "shell/welcomepage.h"
#include "shell/windowlayout.h"
#include "topology/nodemarksactions.h"
#include "topology/nodemarksproxymodel.h"
#include "topology/noderegistry.h"
#include "topology/topologymodel.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace bilby {

MainWindow::MainWindow(NodeRegistry *registry, Settings *settings, CookieVault *vault, MetricStore *store,
                       AlarmCenter *alarms, QWidget *parent)
    : QMainWindow(parent)
    , m_registry(registry)
    , m_settings(settings)
    , m_vault(vault)
    , m_model(new TopologyModel(registry, this))
    , m_proxy(new StateIconProxyModel(this))
    , m_marksProxy(new NodeMarksProxyModel(registry, this))
    , m_marksActions(new NodeMarksActions(this))
    , m_tree(new QTreeView)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_pages(new QStackedWidget)
    , m_tabs(new QTabWidget(this))
    , m_chartData(new ChartDataSource(registry, store, this))
    , m_metricsPage(new MetricsPage(m_chartData))
    , m_statusState(new QLabel)
    , m_statusCounts(new QLabel)
{
    setWindowTitle(tr("Bilby"));
    setObjectName(QStringLiteral("mainWindow"));
    m_proxy->setSourceModel(m_model);
    m_marksProxy->setSourceModel(m_proxy);
    m_tree->setObjectName(QStringLiteral("topologyView"));
    m_tree->setModel(m_marksProxy);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setRootIsDecorated(false); // no families yet: every row is a node
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setSectionResizeMode(TopologyModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(TopologyModel::StateColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    m_welcome = new WelcomePage;
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::startDemoNode);
    connect(m_welcome, &WelcomePage::addNodeRequested, this, [this] { openAddNodeDialog(); });
    m_pages->addWidget(m_welcome);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 840});
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_splitter, tr("Nodes"));
    m_tabs->addTab(m_metricsPage, tr("Metrics"));
    m_metricsPage->setDefaultGraphs(MetricsPage::defaultMetrics()); // never a blank canvas on first look
    if (alarms)
        m_alarmTabs = new AlarmTabs(alarms, registry, m_tabs, this);
    // The warning about the history file sits above every tab: sampling goes on whatever the file does.
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_storeWarning = new StoreWarningBar(store, central);
    centralLayout->addWidget(m_storeWarning);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_statusState->setObjectName(QStringLiteral("statusState"));
    m_statusCounts->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addWidget(m_statusState, 1);
    statusBar()->addPermanentWidget(m_statusCounts);
    createMenus();

    connect(m_registry, &NodeRegistry::nodeAdded, this, &MainWindow::onNodeAdded);
    connect(m_registry, &NodeRegistry::nodeRemoved, this, &MainWindow::onNodeRemoved);
    connect(m_registry, &NodeRegistry::nodeStateChanged, this, &MainWindow::updateStatus);
    connect(m_registry, &NodeRegistry::nodeMarksChanged, this, &MainWindow::updateStatus);
    connect(m_registry, &NodeRegistry::persistenceFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onCurrentChanged);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showNodeContextMenu);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    for (const QString &name : m_registry->names())
        onNodeAdded(name);
    WindowLayout(m_settings, this, m_splitter, m_alarmTabs).restore();
    onCurrentChanged();
}

MainWindow::~MainWindow()
{
    // The demo node dies with the window: let its session start a clean disconnect before the node goes.
    if (!m_demoNodeName.isEmpty())
        m_registry->removeNode(m_demoNodeName);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *add = file->addAction(tr("&Add Node…"), this, [this] { openAddNodeDialog(); });
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_removeAction = file->addAction(tr("&Remove Node"), this, [this] { confirmRemoveSelectedNode(); });
    m_removeAction->setShortcut(QKeySequence::Delete);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] { openPreferences(); });
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *nodes = view->addAction(tr("&Nodes"), this, [this] { showTab(0); });
    nodes->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *metrics = view->addAction(tr("&Metrics"), this, [this] { showTab(1); });
    metrics->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    if (m_alarmTabs) {
        QAction *alarms = view->addAction(tr("&Alarms"), this, [this] { showTab(AlarmsTab); });
        alarms->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
        QAction *notifications = view->addAction(tr("N&otifications"), this, [this] { showTab(NotificationsTab); });
        notifications->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
        // The system monitor's counters are always sampled; each event in the timeline is the user's choice
        // (rate-limited on the node).
        view->addSeparator();
        QAction *details = view->addAction(tr("Record System Monitor &Events"));
        details->setObjectName(QStringLiteral("sysmonDetailsAction"));
        details->setCheckable(true);
        details->setChecked(m_alarmTabs->center()->sysmonDetails());
        details->setStatusTip(tr("Add each long garbage collection, long schedule, large heap and busy port to the "
                                 "timeline (at most 10 a second per node)"));
        connect(details, &QAction::toggled, this, [this](bool on) {
            m_alarmTabs->center()->setSysmonDetails(on);
            m_settings->setSysmonDetails(on);
        });
    }

    QMenu *node = menuBar()->addMenu(tr("&Node"));
    node->addActions(m_marksActions->actions());
    node->addSeparator();
    node->addMenu(m_marksActions->logLevelMenu());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Bilby"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

AddNodeDialog *MainWindow::openAddNodeDialog()
{
    auto *dialog = new AddNodeDialog(m_vault, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setExistingNodes(m_registry->names());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const NodeName name = dialog->nodeName();
        NodeMarks marks;
        marks.production = dialog->isProduction();
        if (m_registry->addNode(name, dialog->cookie(), NodeRegistry::Persistence::Persistent, marks)) {
            showTab(0);
            selectNode(name.toString());
        }
    });
    dialog->open();
    return dialog;
}

PreferencesDialog *MainWindow::openPreferences()
{
    auto *dialog = new PreferencesDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QMessageBox *MainWindow::confirmRemoveSelectedNode()
{
    const QString name = selectedNode();
    if (name.isEmpty())
        return nullptr;
    const ManagedNode *node = m_registry->entry(name);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Node"), tr("Remove %1 from Bilby?").arg(name),
                                QMessageBox::Yes | QMessageBox::No, this);
    if (name == m_demoNodeName)
        box->setInformativeText(tr("The demo node is stopped as well."));
    else if (node && node->isPersistent())
        box->setInformativeText(tr("Its connection is closed and its saved cookie deleted."));
    else
        box->setInformativeText(tr("Its connection is closed."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    connect(box, &QMessageBox::finished, this, [this, box, name] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            m_registry->removeNode(name);
    });
    box->open();
    return box;
}

void MainWindow::startDemoNode()
{
    if (m_demo && !m_demoNodeName.isEmpty()) {
        selectNode(m_demoNodeName);
        return;
    }
    if (m_demoStarting)
        return;
    retireDemo(); // one that failed, or is still stopping after its entry was removed
    m_demo = new DemoNode(this);
    connect(m_demo, &DemoNode::ready, this, &MainWindow::onDemoReady);
    connect(m_demo, &DemoNode::failed, this, &MainWindow::onDemoFailed);
    m_demoStarting = true;
    m_welcome->setDemoStarting(true);
    m_demo->start();
}

void MainWindow::retireDemo()
{
    if (DemoNode *old = std::exchange(m_demo, nullptr)) {
        old->disconnect(this);
        old->stopAndDelete(); // the old node finishes on its own
    }
}

void MainWindow::onDemoReady()
{
    m_demoStarting = false;
    m_welcome->setDemoStarting(false);
    m_demoNodeName = m_demo->name().toString();
    m_registry->addNode(m_demo->name(), m_demo->cookie(), NodeRegistry::Persistence::Transient);
    selectNode(m_demoNodeName);
}

void MainWindow::onDemoFailed(const QString &message)
{
    m_demoStarting = false;
    m_welcome->setDemoStarting(false);
    m_welcome->setStatus(message);
    statusBar()->showMessage(message, 15000);
}

void MainWindow::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

void MainWindow::updateActions()
{
    // Delete removes the selected node only where that node is on screen.
    m_removeAction->setEnabled(m_tabs->currentWidget() == m_splitter && m_nodePages.contains(selectedNode()));
}

void MainWindow::showNodeContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        return;
    // The menu acts on the node under the pointer: make it the selected one, as file managers do.
    selectNode(index.data(TopologyModel::NodeNameRole).toString());
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions(m_marksActions->actions());
    menu->addMenu(m_marksActions->logLevelMenu());
    menu->addSeparator();
    menu->addAction(m_removeAction);
    menu->popup(m_tree->viewport()->mapToGlobal(pos));
}

void MainWindow::selectNode(const QString &name)
{
    const QModelIndex index = m_marksProxy->mapFromSource(m_proxy->mapFromSource(m_model->indexOf(name)));
    if (index.isValid())
        m_tree->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QString MainWindow::selectedNode() const
{
    return m_tree->selectionModel()->currentIndex().data(TopologyModel::NodeNameRole).toString();
}

NodePage *MainWindow::pageFor(const QString &name) const
{
    return m_nodePages.value(name);
}

NodePage *MainWindow::ensurePage(const QString &name)
{
    // Pages are made when first shown: two charts per node add up with hundreds of nodes.
    if (NodePage *page = m_nodePages.value(name))
        return page;
    ManagedNode *node = m_registry->entry(name);
    if (!node)
        return nullptr;
    auto *page = new NodePage(node);
    m_nodePages.insert(name, page);
    m_pages->addWidget(page);
    return page;
}

void MainWindow::onNodeAdded(const QString &name)
{
    if (selectedNode().isEmpty())
        selectNode(name);
    updateStatus();
}

void MainWindow::onNodeRemoved(const QString &name)
{
    if (NodePage *page = m_nodePages.take(name)) {
        m_pages->removeWidget(page);
        page->deleteLater();
    }
    if (name == m_demoNodeName) {
        // A demo node nobody looks at is only a cost: stop it along with its entry.
        m_demoNodeName.clear();
        retireDemo();
    }
    onCurrentChanged();
}

void MainWindow::onCurrentChanged()
{
    NodePage *page = ensurePage(selectedNode());
    if (!page && !m_registry->names().isEmpty()) {
        selectNode(m_registry->names().constFirst()); // comes back here with a page
        return;
    }
    m_pages->setCurrentWidget(page ? static_cast<QWidget *>(page) : m_welcome);
    m_marksActions->setNode(m_registry->entry(selectedNode()));
    updateActions();
    updateStatus();
}

void MainWindow::updateStatus()
{
    int up = 0;
    int down = 0;
    for (const ManagedNode *node : m_registry->nodes()) {
        const NodeSession::State state = node->state();
        up += state == NodeSession::State::Up || state == NodeSession::State::Agentless;
        down += state == NodeSession::State::Down;
    }
    m_statusCounts->setText(tr("%1 up / %2 down").arg(up).arg(down));

    const ManagedNode *node = m_registry->entry(selectedNode());
    if (!node) {
        m_statusState->clear();
        return;
    }
    QString text = tr("%1: %2").arg(node->key(), NodeSession::stateName(node->state()));
    if (node->isReadOnly())
        text = tr("%1, read-only").arg(text);
    if (node->state() == NodeSession::State::Down && !node->errorText().isEmpty())
        text = tr("%1 (%2)").arg(text, node->errorText());
    m_statusState->setText(text);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Bilby"),
                       tr("<h3>Bilby %1</h3><p>An operations console for Erlang and Elixir nodes.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QLatin1String(BILBY_VERSION), QLatin1String(QT_VERSION_STR)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    WindowLayout(m_settings, this, m_splitter, m_alarmTabs).save();
    event->accept();
}

} // namespace bilby
