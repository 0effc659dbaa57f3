// A flood of error logs on a watched node: 100,000 a second for 10 s from two processes, with a console
// subscribed to the node's events. Prints, for each run, what was produced, delivered and dropped, the
// node's peak memory growth (limit 50 MB), the worst RPC and agent ping during the flood, and the rate at
// which events reached the console. Takes the number of runs as its argument (3 by default).
#include "support/flood.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

using namespace bilby;
using namespace bilby::test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 3;
    constexpr int Rate = 100000;
    constexpr int Seconds = 10;
    std::printf("Flood: %d error logs a second for %d s on a node watched by a console, %d runs.\n\n", Rate, Seconds,
                runs);
    std::printf("%4s | %10s %10s %10s %8s | %10s %11s | %9s | %8s %8s\n", "run", "produced", "delivered", "dropped",
                "sum ok", "produced/s", "delivered/s", "memory MB", "RPC ms", "agent ms");
    for (int i = 1; i <= runs; ++i) {
        TestNode node;
        QString error;
        if (!node.start(&error)) {
            std::fprintf(stderr, "cannot start a node: %s\n", qPrintable(error));
            return 1;
        }
        auto console = attachEvents(node);
        if (!console->subscribed) {
            std::fprintf(stderr, "cannot subscribe: %s\n", qPrintable(console->failure));
            return 1;
        }
        const FloodResult f = runFlood(node, *console, Rate, Seconds);
        if (!f.failure.isEmpty()) {
            std::fprintf(stderr, "run %d: %s\n", i, qPrintable(f.failure));
            return 1;
        }
        // Rates per second of flood (the node may not reach the rate asked for); the last batches, which
        // arrive just after the flood, count in the delivered rate.
        std::printf("%4d | %10lld %10lld %10lld %8s | %10.0f %11.1f | %9.1f | %8lld %8lld\n", i, f.produced,
                    f.delivered, f.dropped, f.delivered + f.dropped == f.produced ? "yes" : "NO",
                    double(f.produced) / Seconds, double(f.delivered) / Seconds, f.peakGrowthBytes / 1048576.0,
                    f.worstRpcMs, f.worstAgentMs);
        std::fflush(stdout);
        console->stop();
    }
    std::printf("\nLimits: node memory growth at most 50 MB; delivered plus dropped equals produced; the agent passes "
                "at most 200 log events a second.\n");
    return 0;
}
