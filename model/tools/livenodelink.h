#pragma once

#include "connection/agenterror.h"
#include "term/term.h"
#include "tools/toolsource.h"

#include <QPointer>

namespace bilby {

class ManagedNode;

/**
 * @brief What the live implementations of the tool interfaces share: the node, whether its agent
 * answers, and one typed request to it.
 *
 * The reply is decoded once, here, before it reaches the receiver; a deleted receiver gets nothing.
 */
class LiveNodeLink
{
public:
    /// Emits @p source's availabilityChanged() whenever @p node's state changes.
    LiveNodeLink(ManagedNode *node, ToolSource *source);

    ManagedNode *node() const;
    /// The agent's session is up.
    bool isUp() const;
    /// Connected, with or without the agent.
    bool isConnected() const;

    /// Sends @p request and hands @p decode's reading of the reply to @p done, on @p receiver.
    template <class T>
    void ask(const Term &request, int timeoutMs, QObject *receiver,
             std::function<std::optional<T>(const Term &)> decode, ToolCallback<T> done) const
    {
        send(request, timeoutMs, receiver,
             [decode = std::move(decode), done = std::move(done)](const Term &value, const AgentError &error) {
                 ToolReply<T> reply;
                 reply.error = error;
                 if (!error.isError())
                     reply.value = decode(value);
                 done(reply);
             });
    }

private:
    void send(const Term &request, int timeoutMs, QObject *receiver,
              std::function<void(const Term &, const AgentError &)> done) const;

    QPointer<ManagedNode> m_node;
};

} // namespace bilby
