#pragma once

#include "connection/nodesession.h"

#include <QList>

namespace bilby {

/// One plain RPC of a batch.
struct RpcCall
{
    QByteArray module;
    QByteArray function;
    QList<Term> args;
};

/**
 * @brief Runs several RPCs at once (all in flight together) and reports when every one has answered.
 *
 * Used where the agent is not available: reading a node's basics takes a dozen BIF calls.
 * @p done gets the results in call order; on any failure, the first error and whatever did answer.
 */
void runRpcBatch(NodeSession *session, const QList<RpcCall> &calls, int timeoutMs, QObject *context,
                 std::function<void(const QList<Term> &results, const ConnectionError &error)> done);

} // namespace bilby
