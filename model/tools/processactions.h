#pragma once

#include "connection/agenterror.h"
#include "term/term.h"

#include <QObject>

#include <functional>

namespace bilby {

class ManagedNode;

/**
 * @brief The process inspector's actions (SPEC X3): terminate and garbage-collect one process.
 *
 * Each is sent to the agent and audited on the ManagedNode (ManagedNode::recordAction) when the reply
 * comes, whether or not whoever asked still exists: the node is the request's context, not the view.
 * The agent itself refuses both on a read-only session.
 */
namespace ProcessActions {

/// What came of an action.
struct Outcome
{
    bool ok = false;
    QString text;     ///< one sentence, as audited
    AgentError error; ///< when the request failed
};
using Done = std::function<void(const Outcome &outcome)>;

/// exit(Pid, @p reason) on @p target, audited as "Terminate process <who> (reason <reason>)". @p done
/// runs only while @p receiver exists.
void terminate(ManagedNode *node, const Term &target, const QString &who, const QString &reason, QObject *receiver,
               const Done &done);
/// Garbage-collects @p target, audited as "Garbage collect process <who>", with the memory before and after.
void garbageCollect(ManagedNode *node, const Term &target, const QString &who, QObject *receiver, const Done &done);

} // namespace ProcessActions

} // namespace bilby
