#pragma once

#include "support/eventconsole.h"
#include "support/testnode.h"

namespace bilby::test {

/// What a flood of error logs did to a node watched by a console (tst_events checks it, bench_flood
/// prints it).
struct FloodResult
{
    QString failure; ///< empty when the flood ran and was measured
    qint64 produced = 0;
    qint64 delivered = 0;       ///< flood entries the console received
    qint64 dropped = 0;         ///< the agent's count of dropped log events
    qint64 peakGrowthBytes = 0; ///< the node's peak erlang:memory(total) over its level before the flood
    qint64 worstRpcMs = 0;      ///< plain RPC to the node during the flood
    qint64 worstAgentMs = 0;    ///< the agent's ping during the flood
    int pings = 0;
};

/// Makes @p node log @p rate error events a second for @p seconds from two processes, while @p console
/// (subscribed to its events) receives them and this loop pings the node by RPC and through the agent
/// every 200 ms; then waits for the last batches.
FloodResult runFlood(const TestNode &node, EventConsole &console, int rate, int seconds);

} // namespace bilby::test
