#pragma once

#include "tools/applicationsource.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QModelIndex;
class QPushButton;
class QSplitter;
class QTableView;
class QTreeView;

namespace bilby {

class ApplicationListModel;
class ManagedNode;
class SupervisionTreeModel;
struct AgentError;

/**
 * @brief The node's applications and the supervision tree of the selected one (SPEC X8).
 *
 * The tree is read when an application is selected (or on Refresh), never on an interval: the agent asks
 * each supervisor for its children, and a busy supervisor is a cost to the node. One tree request at a
 * time; an application selected meanwhile is read when the reply is in. Double-click or Enter on a
 * process opens it in the inspector.
 */
class ApplicationsPage : public QWidget
{
    Q_OBJECT
public:
    /// Asks @p node's agent.
    explicit ApplicationsPage(ManagedNode *node, QWidget *parent = nullptr);
    /// Asks @p source (taken as a child when it has no parent); @p node, when there is one, says why the
    /// list cannot be read (down).
    ApplicationsPage(ApplicationSource *source, ManagedNode *node, QWidget *parent = nullptr);

    ApplicationListModel *applicationModel() const { return m_apps; }
    QTableView *applicationView() const { return m_appView; }
    SupervisionTreeModel *treeModel() const { return m_tree; }
    QTreeView *treeView() const { return m_treeView; }
    QPushButton *refreshButton() const { return m_refresh; }
    /// How many applications, or why the list is not current.
    QLabel *listStatus() const { return m_listStatus; }
    /// The application shown and its size.
    QLabel *titleLabel() const { return m_title; }
    /// Reading, an error (the tree shown is the last read), supervisors that did not answer, a cut tree.
    QLabel *treeStatus() const { return m_treeStatus; }
    bool isTreePending() const { return m_treePending; }

    /// Selects application @p name (and reads its tree); false when it is not listed.
    bool selectApplication(const QString &name);
    /// Reads the list of applications again, then the selected application's tree.
    void refresh();

signals:
    void inspectProcessRequested(const QString &pidText);
    void applicationsLoaded();
    /// A tree request finished (shown, or failed: see treeStatus()).
    void treeLoaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createTreePane();
    bool canAsk() const;
    void onApplications(const ToolReply<QVector<SupervisionTree::Application>> &reply);
    void onCurrentChanged(const QModelIndex &current);
    void loadTree(const QString &name);
    void requestTree();
    void onTree(const QString &name, const ToolReply<SupervisionTree::Tree> &reply);
    void expandDefault(const QModelIndex &parent, int depth);
    void onStateChanged();

    QPointer<ApplicationSource> m_source;
    QPointer<ManagedNode> m_node;
    ApplicationListModel *m_apps = nullptr;
    QTableView *m_appView = nullptr;
    SupervisionTreeModel *m_tree = nullptr;
    QTreeView *m_treeView = nullptr;
    QSplitter *m_splitter = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_listStatus = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_treeStatus = nullptr;
    QString m_wanted; ///< the application whose tree is to be read next; empty when none
    bool m_appsPending = false;
    bool m_treePending = false;
    bool m_resetting = false; ///< the list is being replaced: selection changes are not the user's
    bool m_loadedOnce = false;
    bool m_stale = false; ///< the connection dropped since the list was read
};

} // namespace bilby
