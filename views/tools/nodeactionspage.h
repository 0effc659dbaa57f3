#pragma once

#include <QWidget>

class QLabel;

namespace bilby {

class ActionGate;
class GcAllBox;
class ManagedNode;
class OldCodeBox;
class ShellsBox;

/**
 * @brief The node's actions (SPEC X6, X7): garbage-collect every process, soft-purge old code, end
 * shells. Each changing action asks first, is audited, and is off (saying why) on a read-only node;
 * the listings stay available. Pids open in the process inspector (inspectProcessRequested).
 */
class NodeActionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit NodeActionsPage(ManagedNode *node, QWidget *parent = nullptr);

    GcAllBox *gcBox() const { return m_gc; }
    OldCodeBox *oldCodeBox() const { return m_oldCode; }
    ShellsBox *shellsBox() const { return m_shells; }
    /// Why the actions are off; hidden when they are on.
    QLabel *reasonLabel() const { return m_reason; }

signals:
    void inspectProcessRequested(const QString &pidText);

private:
    void updateReason();

    ActionGate *m_gate;
    GcAllBox *m_gc = nullptr;
    OldCodeBox *m_oldCode = nullptr;
    ShellsBox *m_shells = nullptr;
    QLabel *m_reason = nullptr;
};

} // namespace bilby
