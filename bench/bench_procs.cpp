// Top-50 by memory on a node holding 10,000, 100,000 and 1,000,000 processes: Bilby's procs request
// against observer_backend:etop_collect/1 (what etop and observer's process list rely on), on the same
// node in the same run, each seen from another node as in real use.
//
// - Bilby: the console's session asks the agent; wall time from request() to the callback in this
//   event loop, including decoding the reply.
// - etop: a second Erlang node spawns etop_collect on the target with itself as the collector and waits
//   for the message, as etop does; wall time on that node.
// Bytes on the wire are what the target's distribution port to the receiving node sent meanwhile. The
// agent's memory is the growth of the target's process memory during the walk, sampled every 5 ms on the
// node (the idle processes do not change).
#include "support/testnode.h"
#include "tools/processinspector.h"
#include "tools/processtop.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace bilby;
using namespace bilby::test;

namespace {

constexpr int Rounds = 3;

// Bytes the target's distribution connection to node N has sent (its TCP socket's count).
QString sentTo(const QString &node)
{
    return QStringLiteral("{_, Port} = lists:keyfind('%1', 1, erlang:system_info(dist_ctrl)),"
                          "{ok, [{send_oct, Out}]} = inet:getstat(Port, [send_oct]), Out.")
        .arg(node);
}

// Starts a process on the target that records the peak of erlang:memory(processes) every 5 ms.
const QString PeakStart = QStringLiteral(
    "Base = erlang:memory(processes),"
    "P = spawn(fun() -> Loop = fun L(Peak) -> receive {stop, From} -> From ! {t_peak, Peak - Base} after 5 ->"
    " L(max(Peak, erlang:memory(processes))) end end, Loop(Base) end),"
    "register(t_peak, P), ok.");
const QString PeakStop = QStringLiteral("t_peak ! {stop, self()}, receive {t_peak, Growth} -> Growth end.");

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

qint64 evalInt(TestRpc &rpc, const QString &expr, int timeoutMs = 60000)
{
    const auto r = rpc.eval(expr, timeoutMs);
    return r && r->isInteger() ? r->toInt() : -1;
}

// Previewing the first 100 messages of a 1,000,000-message mailbox (confirmed by the user, as the
// console asks above 100,000): the node's process memory growth while the agent copies the queue.
int previewMailbox()
{
    TestNode node;
    QString error;
    if (!node.start(&error)) {
        std::fprintf(stderr, "cannot start a node: %s\n", qPrintable(error));
        return 1;
    }
    TestRpc rpc(node.name(), node.cookie());
    if (!rpc.connect())
        return 1;
    rpc.eval(QStringLiteral("register(t_flooded, spawn(fun() -> receive never -> ok end end)),"
                            "[t_flooded ! {order, I, <<\"payload\">>} || I <- lists:seq(1, 1000000)], ok."),
             120000);
    auto session = connectSession(node);
    if (session->state() != NodeSession::State::Up)
        return 1;
    rpc.eval(PeakStart);
    QElapsedTimer clock;
    clock.start();
    bool done = false;
    qint64 total = 0;
    int shown = 0;
    QString failure;
    session->request(
        ProcessInspector::messagesRequest(ProcessInspector::target(QStringLiteral("t_flooded")), 100, true), 60000,
        session.get(), [&](const Term &value, const ConnectionError &e) {
            failure = e.isError() ? e.message : QString();
            total = value.get("total").toInt();
            shown = int(value.get("messages").items().size());
            done = true;
        });
    waitUntil([&] { return done; }, 70000);
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    const qint64 growth = evalInt(rpc, PeakStop);
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "preview failed: %s\n", qPrintable(failure));
        return 1;
    }
    std::printf("\nPreview of a 1,000,000-message mailbox: %d of %lld messages in %.0f ms; the node's process\n"
                "memory grew by %.1f MB at most while the agent copied the queue (freed when the request ends).\n",
                shown, total, ms, double(growth) / 1048576.0);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && QByteArray(argv[1]) == "mailbox")
        return previewMailbox(); // only the mailbox preview
    std::printf("Top-50 by memory, end to end from another node: Bilby's procs request against\n"
                "observer_backend:etop_collect/1, %d rounds each, medians; the same node, the same run.\n\n",
                Rounds);
    std::printf("%10s | %12s %10s %12s | %12s %12s | %8s %8s\n", "processes", "Bilby ms", "bytes", "agent MB",
                "etop ms", "etop bytes", "speed", "bytes");
    for (const int count : {10000, 100000, 1000000}) {
        TestNode::Options options;
        options.extraArgs = {QStringLiteral("+P"), QStringLiteral("2000000")};
        TestNode target(options);
        TestNode collector;
        QString error;
        if (!target.start(&error) || !collector.start(&error)) {
            std::fprintf(stderr, "cannot start the nodes: %s\n", qPrintable(error));
            return 1;
        }
        TestRpc rpc(target.name(), target.cookie());
        TestRpc etop(collector.name(), collector.cookie());
        if (!rpc.connect() || !etop.connect()) {
            std::fprintf(stderr, "cannot connect\n");
            return 1;
        }
        rpc.eval(
            QStringLiteral("[spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, %1)], ok.").arg(count),
            120000);
        const QString targetName = target.name().toString();
        const QString collectorName = collector.name().toString();
        etop.eval(QStringLiteral("erlang:set_cookie('%1', '%2'), true = net_kernel:connect_node('%1'), ok.")
                      .arg(targetName, QString::fromLatin1(target.cookie())));
        auto session = connectSession(target);
        if (session->state() != NodeSession::State::Up) {
            std::fprintf(stderr, "the agent did not start\n");
            return 1;
        }
        const QString console = session->info().localNode;

        std::vector<double> ours, oursBytes, oursMem, theirs, theirsBytes;
        for (int round = 0; round < Rounds; ++round) {
            // Bilby.
            rpc.eval(PeakStart);
            const qint64 before = evalInt(rpc, sentTo(console));
            QElapsedTimer clock;
            clock.start();
            bool done = false;
            int rows = 0;
            QString failure;
            session->request(ProcessTop::request(ProcessTop::Sort::Memory, 50), 60000, &app,
                             [&](const Term &value, const ConnectionError &e) {
                                 if (e.isError())
                                     failure = e.message;
                                 else if (const auto top = ProcessTop::fromTerm(value))
                                     rows = int(top->rows.size());
                                 done = true;
                             });
            waitUntil([&] { return done; }, 70000);
            const double ms = double(clock.nsecsElapsed()) / 1e6;
            const qint64 after = evalInt(rpc, sentTo(console));
            const qint64 growth = evalInt(rpc, PeakStop);
            if (!failure.isEmpty() || rows != 50) {
                std::fprintf(stderr, "procs failed: %s (%d rows)\n", qPrintable(failure), rows);
                return 1;
            }
            ours.push_back(ms);
            oursBytes.push_back(double(after - before));
            oursMem.push_back(double(growth) / 1048576.0);

            // etop's collector, driven by the other node.
            const qint64 etopBefore = evalInt(rpc, sentTo(collectorName));
            const qint64 etopMs =
                evalInt(etop,
                        QStringLiteral("T0 = erlang:monotonic_time(microsecond),"
                                       "Pid = spawn('%1', observer_backend, etop_collect, [self()]),"
                                       "receive {Pid, _Info} -> erlang:monotonic_time(microsecond) - T0 end.")
                            .arg(targetName),
                        120000);
            const qint64 etopAfter = evalInt(rpc, sentTo(collectorName));
            if (etopMs < 0) {
                std::fprintf(stderr, "etop_collect failed\n");
                return 1;
            }
            theirs.push_back(double(etopMs) / 1000.0);
            theirsBytes.push_back(double(etopAfter - etopBefore));
        }
        const double speed = median(theirs) / median(ours);
        const double bytes = median(theirsBytes) / std::max(1.0, median(oursBytes));
        std::printf("%10d | %12.1f %10.0f %12.1f | %12.1f %12.0f | %7.1fx %7.0fx\n", count, median(ours),
                    median(oursBytes), median(oursMem), median(theirs), median(theirsBytes), speed, bytes);
        std::fflush(stdout);
        session->stop();
        waitUntil([&] { return session->state() == NodeSession::State::Idle; }, 3000);
    }
    std::printf("\nTargets at 1,000,000 processes: at least 2x faster than etop end to end, at most 8 KB per\n"
                "refresh, agent memory during the walk at most 64 MB.\n");
    return previewMailbox();
}
