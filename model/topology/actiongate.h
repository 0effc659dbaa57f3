#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace bilby {

class ManagedNode;

/**
 * @brief Whether the user's actions that change a node (evaluate, GC, purge, end a shell) can be sent
 * now, and if not, why (SPEC U5).
 *
 * Read-only is the console's mode for the node (ManagedNode::isReadOnly), the agent's as it confirmed
 * it (SessionInfo::readOnly), or a refusal the agent gave since the connection began (someone switched it
 * behind the console's back): any of them disables the actions. A new connection starts afresh.
 */
class ActionGate : public QObject
{
    Q_OBJECT
public:
    explicit ActionGate(ManagedNode *node, QObject *parent = nullptr);

    /// Connected with the agent running: requests can be sent.
    bool isConnected() const;
    bool isReadOnly() const;
    bool canChange() const { return isConnected() && !isReadOnly(); }
    /// Why actions are off (one sentence), empty when they are on.
    QString reason() const;
    /// The agent refused a request as read-only.
    void noteRefused();

signals:
    /// Any of the above may have changed.
    void changed();
    /// A new connection is up (the agent is a new one: its session state, such as bindings, is gone).
    void connected();

private:
    void attachSession();

    QPointer<ManagedNode> m_node;
    bool m_refused = false;
};

} // namespace bilby
