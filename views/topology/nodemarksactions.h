#pragma once

#include "settings/readonlypolicy.h"

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QMenu;
class QMessageBox;
class QWidget;

namespace bilby {

class ManagedNode;

/**
 * @brief The checkable "Production Node" and "Read-Only" actions (and "Follow the Preference") for the
 * selected node, shared by the Node menu and the topology's context menu.
 *
 * "Read-Only" shows the node's effective mode; toggling it sets the node's override. Whatever would
 * let tools change a node marked production asks first, window-modal.
 */
class NodeMarksActions : public QObject
{
    Q_OBJECT
public:
    /// @p window parents the confirmation boxes.
    explicit NodeMarksActions(QWidget *window);

    /// The node the actions apply to; null disables them.
    void setNode(ManagedNode *node);
    ManagedNode *node() const;

    QAction *productionAction() const { return m_production; }
    QAction *readOnlyAction() const { return m_readOnly; }
    QAction *followPreferenceAction() const { return m_follow; }
    QList<QAction *> actions() const { return {m_production, m_readOnly, m_follow}; }
    /// Which of the node's log events reach the timeline: warning and above (the default), notice, info.
    QMenu *logLevelMenu() const { return m_logLevelMenu; }
    /// The action of @p level ("warning", "notice", "info") in logLevelMenu().
    QAction *logLevelAction(const QString &level) const;

    /// The confirmation still open, or null.
    QMessageBox *confirmation() const;

private:
    void refresh();
    /// Applies @p marks to the node, after asking when they would make a production node writable.
    void apply(const NodeMarks &marks);

    QWidget *m_window;
    QPointer<ManagedNode> m_node;
    QAction *m_production;
    QAction *m_readOnly;
    QAction *m_follow;
    QMenu *m_logLevelMenu;
    QActionGroup *m_logLevels;
    QPointer<QMessageBox> m_confirmation;
    QList<QMetaObject::Connection> m_nodeConnections;
};

} // namespace bilby
