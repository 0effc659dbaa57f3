#include "tools/livenodelink.h"

#include "topology/noderegistry.h"

#include <QCoreApplication>

namespace bilby {

LiveNodeLink::LiveNodeLink(ManagedNode *node, ToolSource *source)
    : m_node(node)
{
    if (node)
        QObject::connect(node, &ManagedNode::stateChanged, source, &ToolSource::availabilityChanged);
}

ManagedNode *LiveNodeLink::node() const
{
    return m_node;
}

bool LiveNodeLink::isUp() const
{
    return m_node && m_node->session() && m_node->session()->state() == NodeSession::State::Up;
}

bool LiveNodeLink::isConnected() const
{
    return m_node && m_node->session() && m_node->session()->isConnected();
}

void LiveNodeLink::send(const Term &request, int timeoutMs, QObject *receiver,
                        std::function<void(const Term &, const AgentError &)> done) const
{
    if (!isConnected()) {
        // Pages check isAvailable() first; a question asked anyway is answered later, like any other.
        const AgentError error = AgentError::from(
            ConnectionError(ConnectionError::Kind::Stopped,
                            QCoreApplication::translate("bilby::LiveNodeLink", "Not connected to the node.")));
        QMetaObject::invokeMethod(
            receiver, [done = std::move(done), error] { done(Term(), error); }, Qt::QueuedConnection);
        return;
    }
    // The session drops the reply when the receiver (its context) is gone.
    m_node->session()->request(request, timeoutMs, receiver,
                               [done = std::move(done)](const Term &value, const ConnectionError &error) {
                                   done(value, AgentError::from(error));
                               });
}

} // namespace bilby
