// How soon alarms are raised and cleared, end to end in the console's own wiring (NodeRegistry and
// AlarmCenter, as the application has them), on real nodes: from the moment a condition is made on the
// node to the moment the engine raises (or clears) the alarm.
//
// - an event condition: a SASL alarm set and cleared through alarm_handler (target: within 2 s);
// - a polled condition: a mailbox filled past 10,000 messages, then drained (target: one live interval
//   plus 1 s, so 2 s with the default 1 s interval);
// - node_down: the node's process killed (target: within 2 s).
#include "alarms/alarmcenter.h"
#include "support/testnode.h"
#include "topology/noderegistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace bilby;
using namespace bilby::test;

namespace {

constexpr int Rounds = 5;
constexpr int TargetMs = 2000;

bool active(const AlarmCenter &center, const QString &id)
{
    const QVector<Alarm> alarms = center.engine()->active();
    return std::any_of(alarms.cbegin(), alarms.cend(), [&](const Alarm &a) { return a.alarmId == id; });
}

/// Milliseconds until the alarm is (or is no longer) active, measured from @p clock's start; -1 on timeout.
double until(const AlarmCenter &center, const QString &id, bool raised, const QElapsedTimer &clock)
{
    if (!waitUntil([&] { return active(center, id) == raised; }, 15000))
        return -1;
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    NodeRegistry registry(nullptr, nullptr);
    AlarmCenter center(&registry, nullptr);
    std::printf("Alarm latency in the console's wiring, %d rounds, from the condition made on the node to the\n"
                "engine's transition (live interval 1 s):\n\n",
                Rounds);
    std::printf("%5s | %10s %10s | %10s %10s | %10s\n", "round", "SASL set", "cleared", "mailbox", "drained",
                "node_down");
    std::vector<double> all;
    for (int round = 1; round <= Rounds; ++round) {
        TestNode::Options options;
        options.extraArgs = {QStringLiteral("-boot"), QStringLiteral("start_sasl")};
        TestNode node(options);
        QString error;
        if (!node.start(&error)) {
            std::fprintf(stderr, "cannot start a node: %s\n", qPrintable(error));
            return 1;
        }
        TestRpc rpc(node.name(), node.cookie());
        if (!rpc.connect() || !waitUntil(
                                  [&] {
                                      const auto up = rpc.eval(QStringLiteral("is_pid(whereis(alarm_handler))."));
                                      return up && up->isAtom("true");
                                  },
                                  15000)) {
            std::fprintf(stderr, "the node's SASL did not start\n");
            return 1;
        }
        const QString name = node.name().toString();
        registry.addNode(node.name(), node.cookie(), NodeRegistry::Persistence::Transient);
        // Settled: connected, the agent subscribed, a few samples taken.
        waitUntil([] { return false; }, 3000);

        QElapsedTimer clock;
        clock.start();
        rpc.eval(QStringLiteral("alarm_handler:set_alarm({t_bench, \"bench\"})."));
        const double set = until(center, QStringLiteral("sasl:t_bench"), true, clock);
        clock.restart();
        rpc.eval(QStringLiteral("alarm_handler:clear_alarm(t_bench)."));
        const double cleared = until(center, QStringLiteral("sasl:t_bench"), false, clock);

        clock.restart();
        rpc.eval(QStringLiteral("register(t_backlog, spawn(fun() -> receive never -> ok end end)),"
                                "[t_backlog ! {m, I} || I <- lists:seq(1, 12000)], ok."));
        const double queued = until(center, QStringLiteral("process_message_queue_major"), true, clock);
        clock.restart();
        rpc.eval(QStringLiteral("exit(whereis(t_backlog), kill)."));
        const double drained = until(center, QStringLiteral("process_message_queue_major"), false, clock);

        clock.restart();
        node.kill();
        const double down = until(center, QStringLiteral("node_down"), true, clock);
        std::printf("%5d | %8.0f ms %8.0f ms | %8.0f ms %8.0f ms | %8.0f ms\n", round, set, cleared, queued, drained,
                    down);
        std::fflush(stdout);
        for (const double ms : {set, cleared, queued, drained, down})
            all.push_back(ms < 0 ? 1e9 : ms);
        registry.removeNode(name);
    }
    const double worst = *std::max_element(all.cbegin(), all.cend());
    std::printf("\nworst: %.0f ms; target at most %d ms for each: %s\n", worst, TargetMs,
                worst <= TargetMs ? "met" : "NOT met");
    return 0;
}
