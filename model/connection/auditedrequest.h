#pragma once

#include "connection/agenterror.h"
#include "term/term.h"

#include <QObject>
#include <QString>

#include <functional>

namespace bilby {

class ManagedNode;

/**
 * @brief A request that changes a node (SPEC U5), sent to its agent and audited on the ManagedNode
 * (ManagedNode::recordAction) when the reply comes.
 *
 * The node is the request's context, not whoever asked: the audit happens even when the page that sent
 * the request is gone by then. Whoever asked hears of the outcome only while it exists.
 */
namespace AuditedRequest {

/// What came of the request.
struct Outcome
{
    bool ok = false;
    QString text;     ///< one short sentence, as audited
    AgentError error; ///< when the request failed
    Term value;       ///< the agent's reply when it did not
};

/// Turns the reply into an Outcome (called once, before the audit); failed() is the usual reading of an
/// error.
using Reader = std::function<Outcome(const Term &value, const AgentError &error)>;
using Done = std::function<void(const Outcome &outcome)>;

struct Request
{
    QString what; ///< audited as "<what> on <node>: done/failed"
    Term term;
    int timeoutMs = 10000;
    qint64 maxBytes = 0; ///< the cap on the reply's size; 0: the agent's default
};

/// Sends @p request on @p node's session; @p done runs only while @p receiver exists. Returns the
/// session's tag (what progress messages and cancel requests name); 0 when the node has no session, and
/// then nothing is sent and nothing is audited.
quint64 send(ManagedNode *node, const Request &request, const Reader &read, QObject *receiver, const Done &done);

/// The outcome of a request that failed: not ok, the error's message.
Outcome failed(const AgentError &error);
/// A reader for requests whose reply says nothing more than that it worked: ok with @p text, or failed().
Reader doneWith(const QString &text);

} // namespace AuditedRequest

} // namespace bilby
