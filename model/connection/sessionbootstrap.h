#pragma once

#include "connection/distconnection.h"
#include "connection/nodesession.h"

#include <optional>

namespace bilby {

/// The message that asks a node's rex server to run M:F(A) and answer {Tag, Result} to @p self.
Term rexCallMessage(const Term &self, quint64 tag, const Term &mfa);

/**
 * @brief Blocking calls on a connection that nothing else is reading: bootstrap and goodbye only.
 *
 * Replies are matched by tag; anything else that arrives meanwhile is dropped. Tags count down from
 * 2^62 so they never meet the session's own, which count up from 1.
 */
class SyncRpc
{
public:
    explicit SyncRpc(DistConnection &connection)
        : m_connection(connection)
    {}
    /// M:F(Args) through rex; {badrpc, R} comes back as a Remote error.
    std::optional<Term> call(const char *module, const char *function, const QList<Term> &args, int timeoutMs,
                             ConnectionError *error);
    /// Sends {Tag, Payload} to @p pid and returns the Reply of its {Tag, Reply} answer.
    std::optional<Term> request(const Term &pid, const Term &payload, int timeoutMs, ConnectionError *error);
    /// As request(), to an agent that acknowledges with {Tag, {ok, @p ack}} within @p ackTimeoutMs and gives its
    /// real answer later under the same tag: that answer, when it comes within @p timeoutMs of the request.
    /// @p acknowledged says whether the acknowledgement came (also when the answer did not).
    std::optional<Term> requestAcknowledged(const Term &pid, const Term &payload, const char *ack, int ackTimeoutMs,
                                            int timeoutMs, bool *acknowledged, ConnectionError *error);

private:
    std::optional<Term> awaitReply(quint64 tag, int timeoutMs, const char *what, ConnectionError *error);

    DistConnection &m_connection;
    quint64 m_nextTag = quint64(1) << 62;
};

/// How a session starts on a node.
struct BootstrapOptions
{
    bool loadAgent = true; ///< false: stay agentless (plain RPC)
    bool readOnly = false; ///< the agent refuses every request that changes the node
};

/**
 * Reads what the console needs about a freshly connected node (creation, OTP release, tick time) and,
 * when @p options.loadAgent, pushes the agent modules that differ from the node's and starts the agent.
 * Returns false only when the connection itself failed; an agent that cannot load leaves the node
 * agentless, with the reason in info->agentlessReason.
 */
bool bootstrapSession(SyncRpc &rpc, const Term &self, const BootstrapOptions &options, SessionInfo *info,
                      Term *agentPid, ConnectionError *error);

/// What the agent's answer to `stop` (@p reply, or @p error when none came) says of its code: {ok, removed}
/// or {ok, kept} (another console's agent still uses it); else Unconfirmed, with the reason (or the reply
/// as the node put it) in @p why.
NodeSession::Departure departureOf(const std::optional<Term> &reply, const ConnectionError &error, QString *why);

} // namespace bilby
