#include "topology/actiongate.h"

#include "topology/noderegistry.h"

namespace bilby {

ActionGate::ActionGate(ManagedNode *node, QObject *parent)
    : QObject(parent)
    , m_node(node)
{
    if (!node)
        return;
    connect(node, &ManagedNode::stateChanged, this, &ActionGate::changed);
    connect(node, &ManagedNode::readOnlyChanged, this, &ActionGate::changed);
    connect(node, &ManagedNode::agentReadOnlyChanged, this, [this](bool readOnly) {
        if (!readOnly)
            m_refused = false; // switched back on purpose: the agent said so
        emit changed();
    });
    connect(node, &ManagedNode::sessionStarted, this, &ActionGate::attachSession);
    if (node->session())
        attachSession();
}

void ActionGate::attachSession()
{
    connect(m_node->session(), &NodeSession::connected, this, [this] {
        m_refused = false;
        emit changed();
        emit connected();
    });
}

bool ActionGate::isConnected() const
{
    return m_node && m_node->session() && m_node->session()->state() == NodeSession::State::Up;
}

bool ActionGate::isReadOnly() const
{
    if (!m_node)
        return false;
    return m_refused || m_node->isReadOnly() || (m_node->session() && m_node->session()->info().readOnly);
}

QString ActionGate::reason() const
{
    if (isReadOnly())
        return tr("This node is read-only: the console does not change it.");
    if (!m_node || !m_node->session() || !m_node->session()->isConnected())
        return tr("Not connected to the node.");
    if (!isConnected())
        return tr("The agent is not running on this node: %1").arg(m_node->session()->info().agentlessReason);
    return {};
}

void ActionGate::noteRefused()
{
    if (m_refused)
        return;
    m_refused = true;
    emit changed();
}

} // namespace bilby
