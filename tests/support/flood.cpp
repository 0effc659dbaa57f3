#include "support/flood.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace bilby::test {

namespace {

// Logs Rate error events a second for Seconds from two processes, counting them, while a sampler records
// the node's peak memory every 20 ms.
const QByteArray FloodModule = R"(-export([start/2, count/0, peak/0]).
start(Rate, Seconds) ->
    Parent = self(),
    spawn(fun() ->
              ets:new(bilby_flood, [named_table, public]),
              ets:insert(bilby_flood, [{n, 0}, {base, erlang:memory(total)}, {peak, erlang:memory(total)}]),
              Parent ! ready,
              receive stop -> ok end
          end),
    receive ready -> ok end,
    End = erlang:monotonic_time(millisecond) + Seconds * 1000,
    spawn(fun() -> sample(End + 2000) end),
    [spawn(fun() -> work(Rate div 200, End, erlang:monotonic_time(millisecond)) end) || _ <- [1, 2]],
    ok.
sample(End) ->
    M = erlang:memory(total),
    [{peak, P}] = ets:lookup(bilby_flood, peak),
    M > P andalso ets:insert(bilby_flood, {peak, M}),
    case erlang:monotonic_time(millisecond) < End of
        true -> receive after 20 -> sample(End) end;
        false -> ok
    end.
work(PerSlot, End, Slot) ->
    case erlang:monotonic_time(millisecond) of
        Now when Now >= End -> ok;
        Now ->
            log(PerSlot),
            ets:update_counter(bilby_flood, n, PerSlot),
            Next = max(Slot + 10, Now - 1000),
            receive after max(0, Next - erlang:monotonic_time(millisecond)) -> ok end,
            work(PerSlot, End, Next)
    end.
log(0) -> ok;
log(N) -> logger:error("flood ~p", [N]), log(N - 1).
count() -> ets:lookup_element(bilby_flood, n, 2).
peak() -> ets:lookup_element(bilby_flood, peak, 2) - ets:lookup_element(bilby_flood, base, 2).
)";

} // namespace

FloodResult runFlood(const TestNode &node, EventConsole &console, int rate, int seconds)
{
    FloodResult r;
    QTemporaryDir dir;
    const QByteArray beam = compileErlang(dir, "bilby_flood", FloodModule);
    TestRpc rpc(node.name(), node.cookie());
    if (beam.isEmpty() || !rpc.connect() || !loadBeam(rpc, "bilby_flood", beam)) {
        r.failure = QStringLiteral("cannot load the flood module");
        return r;
    }
    QTest::qWait(500); // let the code events of the load pass
    const auto started = rpc.call("bilby_flood", "start", {Term::integer(rate), Term::integer(seconds)});
    if (!started || !started->isAtom("ok")) {
        r.failure = QStringLiteral("the flood did not start");
        return r;
    }
    // The node keeps answering during the flood: plain RPC and the agent.
    QElapsedTimer flood;
    flood.start();
    while (flood.elapsed() < seconds * 1000) {
        QElapsedTimer t;
        t.start();
        if (!rpc.call("erlang", "node", {}, 5000)) {
            r.failure = QStringLiteral("an RPC ping failed during the flood");
            return r;
        }
        r.worstRpcMs = qMax(r.worstRpcMs, t.elapsed());
        t.restart();
        bool answered = false;
        console.session->request(Term::atom("ping"), 5000, nullptr, [&](const Term &v, const ConnectionError &e) {
            answered = !e.isError() && v.isAtom("pong");
        });
        if (!waitUntil([&] { return answered; }, 5000)) {
            r.failure = QStringLiteral("an agent ping failed during the flood");
            return r;
        }
        r.worstAgentMs = qMax(r.worstAgentMs, t.elapsed());
        ++r.pings;
        QTest::qWait(200);
    }
    QTest::qWait(2500); // the sampler runs 2 s past the flood; the last batches arrive
    const auto count = rpc.call("bilby_flood", "count");
    const auto peak = rpc.call("bilby_flood", "peak");
    if (!count || !peak) {
        r.failure = QStringLiteral("cannot read the flood's counts");
        return r;
    }
    r.produced = count->toInt();
    r.peakGrowthBytes = peak->toInt();
    r.delivered = std::count_if(console.notes.cbegin(), console.notes.cend(), [](const Notification &n) {
        return n.origin == Notification::Origin::Log && n.text.startsWith(QLatin1String("flood "));
    });
    r.dropped = console.dropped.value(QStringLiteral("log"));
    return r;
}

} // namespace bilby::test
