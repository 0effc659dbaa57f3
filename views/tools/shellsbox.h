#pragma once

#include "connection/auditedrequest.h"
#include "term/term.h"
#include "tools/shelllist.h"

#include <QGroupBox>
#include <QPointer>
#include <QVector>

class QLabel;
class QMessageBox;
class QPushButton;
class QTreeWidget;

namespace bilby {

class ActionGate;
class ManagedNode;
class NodeListings;

/**
 * @brief The node's shells (SPEC X7), local and remote, each server with its evaluator, and ending one:
 * its evaluator and server are killed (a remote user loses the session). Pids open in the inspector.
 */
class ShellsBox : public QGroupBox
{
    Q_OBJECT
public:
    enum Column { ServerColumn, EvaluatorColumn, FromColumn, RemoteColumn, FunctionColumn, MemoryColumn };

    ShellsBox(ManagedNode *node, ActionGate *gate, QWidget *parent = nullptr);

    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *endButton() const { return m_end; }
    QTreeWidget *tree() const { return m_tree; }
    QLabel *statusLabel() const { return m_status; }
    /// The servers listed, as the node prints them.
    QStringList servers() const;

    /// Lists the shells (a look: not audited, allowed read-only).
    void refresh();
    /// Selects the shell whose server is @p serverText; false when it is not listed.
    bool select(const QString &serverText);
    /// Asks whether to end the selected shell (nullptr when it cannot now); ends it on Yes.
    QMessageBox *confirmEnd();
    QMessageBox *pendingConfirmation() const;

signals:
    void inspectProcessRequested(const QString &pidText);
    /// A listing arrived, or failed.
    void listed();
    /// Ending a shell finished (after it was audited).
    void ended(bool ok, const QString &outcome);

private:
    using Shell = NodeActions::ShellList::Shell;
    void onListed(const std::optional<NodeActions::ShellList> &list, const AgentError &error);
    void end(const Shell &shell);
    int selectedRow() const;
    void updateActions();

    QPointer<ManagedNode> m_node;
    NodeListings *m_listings;
    ActionGate *m_gate;
    QVector<Shell> m_shells; ///< in the tree's order
    bool m_pending = false;
    QString m_outcome; ///< the last end's outcome, shown with the next listing
    QPointer<QMessageBox> m_confirm;

    QPushButton *m_refresh = nullptr;
    QPushButton *m_end = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace bilby
