#pragma once

#include <QHash>
#include <QMainWindow>

class QLabel;
class QMessageBox;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace bilby {

class AddNodeDialog;
class AlarmCenter;
class AlarmTabs;
class ChartDataSource;
class CookieVault;
class DemoNode;
class WelcomePage;
class MetricStore;
class StoreWarningBar;
class MetricsPage;
class NodeMarksActions;
class NodeMarksProxyModel;
class NodePage;
class NodeRegistry;
class PreferencesDialog;
class Settings;
class StateIconProxyModel;
class TopologyModel;

/**
 * @brief The main window: a Nodes tab (the topology and the selected node's page), a Metrics tab and, with
 * an alarm center, Alarms and Notifications tabs (with badges counting what is new) and the tray icon.
 *
 * It wires pages, menus and the status bar to the registry and does nothing else. Dialogs open
 * window-modal without a nested event loop, and the methods that open them return them (tests fill
 * them in like a user would).
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Tab { NodesTab, MetricsTab, AlarmsTab, NotificationsTab };

    /// @p store (the metric history) may be null: the Metrics tab then draws what is in memory.
    /// Without @p alarms there are no Alarms and Notifications tabs and no tray icon.
    MainWindow(NodeRegistry *registry, Settings *settings, CookieVault *vault, MetricStore *store,
               AlarmCenter *alarms = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the Add Node dialog; accepting it adds the node and selects it.
    AddNodeDialog *openAddNodeDialog();
    /// Asks whether to remove the selected node; nullptr when none is selected.
    QMessageBox *confirmRemoveSelectedNode();
    /// Opens the preferences (the global read-only mode); OK saves them.
    PreferencesDialog *openPreferences();
    /// Starts a local demo node (or selects it if it runs already) and adds it, unsaved.
    void startDemoNode();

    void selectNode(const QString &name);
    QString selectedNode() const;
    NodePage *pageFor(const QString &name) const;
    QTreeView *topologyView() const { return m_tree; }
    /// The selected node's Production and Read-Only actions (Node menu and the topology's context menu).
    NodeMarksActions *nodeMarksActions() const { return m_marksActions; }
    TopologyModel *topologyModel() const { return m_model; }
    MetricsPage *metricsPage() const { return m_metricsPage; }
    /// Shown while the history file cannot be written.
    StoreWarningBar *storeWarning() const { return m_storeWarning; }
    /// The Alarms and Notifications tabs and the tray; null without an alarm center.
    AlarmTabs *alarmTabs() const { return m_alarmTabs; }
    QTabWidget *tabs() const { return m_tabs; }
    /// Brings a tab (a Tab) to the front.
    void showTab(int index);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    NodePage *ensurePage(const QString &name);
    void onNodeAdded(const QString &name);
    void onNodeRemoved(const QString &name);
    void onCurrentChanged();
    void retireDemo();
    void onDemoReady();
    void onDemoFailed(const QString &message);
    void updateStatus();
    void updateActions();
    void showNodeContextMenu(const QPoint &pos);
    void showAbout();

    NodeRegistry *m_registry;
    Settings *m_settings;
    CookieVault *m_vault;
    TopologyModel *m_model;
    StateIconProxyModel *m_proxy;
    NodeMarksProxyModel *m_marksProxy;
    NodeMarksActions *m_marksActions;
    QTreeView *m_tree;
    QSplitter *m_splitter;
    QStackedWidget *m_pages;
    QTabWidget *m_tabs;
    ChartDataSource *m_chartData;
    MetricsPage *m_metricsPage;
    StoreWarningBar *m_storeWarning = nullptr;
    AlarmTabs *m_alarmTabs = nullptr;
    WelcomePage *m_welcome;
    QLabel *m_statusState;
    QLabel *m_statusCounts;
    QAction *m_removeAction = nullptr;
    QHash<QString, NodePage *> m_nodePages;
    DemoNode *m_demo = nullptr;
    QString m_demoNodeName; ///< the demo node's entry in the registry, once it is there
    bool m_demoStarting = false;
};

} // namespace bilby
