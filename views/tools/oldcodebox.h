#pragma once

#include "connection/auditedrequest.h"

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QMessageBox;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace bilby {

class ActionGate;
class ManagedNode;
class NodeListings;

/**
 * @brief Old code (SPEC X7): which modules have old code and which processes still run it, and a soft
 * purge, which removes the old code no process runs and keeps (and lists) the rest: it never kills a
 * process. Pids open in the process inspector.
 */
class OldCodeBox : public QGroupBox
{
    Q_OBJECT
public:
    OldCodeBox(ManagedNode *node, ActionGate *gate, QWidget *parent = nullptr);

    QPushButton *checkButton() const { return m_check; }
    QPushButton *purgeButton() const { return m_purge; }
    /// A row per module (with its state), a child row per process still running its old code.
    QTreeWidget *tree() const { return m_tree; }
    /// What the last check or purge found; pids in it are links.
    QLabel *resultLabel() const { return m_result; }
    /// The modules listed now.
    QStringList modules() const;

    /// Lists the modules with old code (a look: not audited, allowed read-only).
    void check();
    /// Asks whether to purge (nullptr when it cannot now); purges on Yes.
    QMessageBox *confirmPurge();
    QMessageBox *pendingConfirmation() const;

signals:
    void inspectProcessRequested(const QString &pidText);
    /// A check's reply arrived, or failed.
    void checked();
    /// A purge ended (after it was audited).
    void purged(bool ok, const QString &outcome);

private:
    void purge();
    void onPurged(const AuditedRequest::Outcome &outcome);
    QTreeWidgetItem *addModule(const QString &module, const QString &state, const QStringList &pids);
    void updateActions();

    QPointer<ManagedNode> m_node;
    NodeListings *m_listings;
    ActionGate *m_gate;
    bool m_pending = false;
    QPointer<QMessageBox> m_confirm;

    QPushButton *m_check = nullptr;
    QPushButton *m_purge = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace bilby
