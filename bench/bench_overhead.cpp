// Agent overhead: the throughput of a CPU-bound workload on a node with Bilby attached, against the same
// workload with nothing attached, in the same run.
//
// The node runs one scheduler (+S 1), so the workload has one core and the console the other one of a
// 2-core machine, as when a console watches a production node from a laptop. "Attached" is everything
// the console does to a node: the agent, live metrics every second, a health check every second, and
// every event source on (logger handler, SASL alarms, shell, code and configuration tracing, system
// monitor details). Rounds alternate between the two arms (alone first in even pairs, attached first in
// odd ones), so a noisy machine slows both alike; the figure is the median of the per-pair ratios.
//
// On a shared machine the throughput pairs scatter by several percent, more than the 1% to resolve. So
// the cost is also measured directly: on the idle node, the busy time of all its schedulers (normal and
// dirty, erlang:statistics(scheduler_wall_time_all)) over a window, with Bilby attached and without, in
// interleaved pairs. The difference, as a share of one scheduler, is the CPU the console takes from the
// node, and so the most a one-scheduler workload can lose.
#include "alarmengine.h"
#include "eventfeed.h"
#include "metricssampler.h"
#include "nodewatch.h"
#include "testnode.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <utility>
#include <vector>

using namespace bilby;
using namespace bilby::test;

namespace {

constexpr int Pairs = 6;
constexpr int WorkMs = 3000;
constexpr int SettleMs = 2000; // after attaching: the agent loaded, subscribed, sampling
constexpr int IdlePairs = 6;
constexpr int IdleWindowMs = 10000;

/// Everything the console attaches to one node.
struct Console
{
    explicit Console(const TestNode &node)
        : session(std::make_unique<NodeSession>(node.name(), node.cookie()))
    {
        // Everything is attached before the session starts, so the feed subscribes on its first connection.
        sampler = std::make_unique<MetricsSampler>(session.get());
        sampler->setInterval(1000);
        watch = std::make_unique<NodeWatch>(session.get(), sampler.get(), &engine);
        EventFeed::Options options;
        options.sysmonDetails = true;
        feed = std::make_unique<EventFeed>(session.get(), options);
        session->start();
        sampler->start();
        waitUntil([this] { return feed->isSubscribed(); }, 15000);
    }
    ~Console()
    {
        sampler->stop();
        session->stop();
        waitUntil([this] { return session->state() == NodeSession::State::Idle; }, 3000);
    }
    bool ready() const { return feed->isSubscribed(); }

    AlarmEngine engine;
    std::unique_ptr<NodeSession> session;
    std::unique_ptr<MetricsSampler> sampler;
    std::unique_ptr<NodeWatch> watch;
    std::unique_ptr<EventFeed> feed;
};

/// Iterations of a small CPU-bound loop in WorkMs on the node's one scheduler.
double workload(TestRpc &rpc)
{
    const auto result =
        rpc.eval(QStringLiteral("End = erlang:monotonic_time(millisecond) + %1,"
                                "Loop = fun L(N) -> case erlang:monotonic_time(millisecond) >= End of "
                                "true -> N; false -> _ = lists:sum(lists:seq(1, 200)), L(N + 1) end end,"
                                "Self = self(), spawn(fun() -> Self ! {t_done, Loop(0)} end),"
                                "receive {t_done, N} -> N end.")
                     .arg(WorkMs),
                 WorkMs + 10000);
    return result && result->isInteger() ? double(result->toInt()) / (WorkMs / 1000.0) : 0;
}

/// Busy time of every scheduler of the node (normal and dirty) over IdleWindowMs, in microseconds of
/// one scheduler, measured on the node; the RPC that asks costs the same in both arms.
double busyUs(TestRpc &rpc)
{
    const auto result = rpc.eval(
        QStringLiteral("erlang:system_flag(scheduler_wall_time, true),"
                       "Busy = fun() -> lists:sum([A || {_, A, _} <- erlang:statistics(scheduler_wall_time_all)]) end,"
                       "B0 = Busy(), timer:sleep(%1), B1 = Busy(),"
                       "erlang:convert_time_unit(B1 - B0, native, microsecond).")
            .arg(IdleWindowMs),
        IdleWindowMs + 10000);
    return result && result->isInteger() ? double(result->toInt()) : -1;
}

/// One pair: @p measure alone and with a console attached (settled first), in the order given by @p pair
/// (alone first in even pairs): a machine that drifts during a pair favours neither arm. The console's
/// event loop (this one) keeps running while @p measure waits for the node.
template <typename Measure>
std::pair<double, double> measurePair(int pair, const TestNode &node, Measure measure)
{
    const auto attached = [&] {
        Console console(node);
        if (!console.ready())
            return -1.0;
        QElapsedTimer settle;
        settle.start();
        waitUntil([&] { return settle.elapsed() >= SettleMs; }, SettleMs + 1000);
        return measure();
    };
    if (pair % 2 == 0) {
        const double bare = measure();
        return {bare, attached()};
    }
    const double watched = attached();
    return {measure(), watched};
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestNode::Options options;
    options.extraArgs = {QStringLiteral("+S"), QStringLiteral("1")};
    TestNode node(options);
    QString error;
    if (!node.start(&error)) {
        std::fprintf(stderr, "cannot start a node: %s\n", qPrintable(error));
        return 1;
    }
    TestRpc rpc(node.name(), node.cookie());
    if (!rpc.connect()) {
        std::fprintf(stderr, "cannot connect\n");
        return 1;
    }
    std::printf("Agent overhead: a CPU-bound loop for %d s on a node with one scheduler, alone and with Bilby\n"
                "attached (agent, metrics and health every second, every event source on), %d pairs.\n\n",
                WorkMs / 1000, Pairs);
    std::fflush(stdout);
    workload(rpc); // warm up: code loaded, caches hot

    // The direct measure: the node idle, its schedulers' busy time with and without the console.
    std::printf("Scheduler busy time of the idle node over %d s windows, %d interleaved pairs:\n", IdleWindowMs / 1000,
                IdlePairs);
    std::vector<double> extra;
    for (int i = 0; i < IdlePairs; ++i) {
        const auto [bare, watched] = measurePair(i, node, [&rpc] { return busyUs(rpc); });
        if (bare < 0 || watched < 0) {
            std::fprintf(stderr, "a busy-time window failed\n");
            return 1;
        }
        const double share = (watched - bare) / (IdleWindowMs * 1000.0);
        extra.push_back(share);
        std::printf("  pair %d: alone %.1f ms busy, attached %.1f ms busy: Bilby takes %.3f%% of one scheduler\n",
                    i + 1, bare / 1000, watched / 1000, share * 100);
        std::fflush(stdout);
    }
    const double cost = median(extra);
    std::printf("median: Bilby takes %.3f%% of one scheduler (the node has one); "
                "target at most 1%%: %s\n\n",
                cost * 100, cost <= 0.01 ? "met" : "NOT met");
    std::fflush(stdout);

    std::vector<double> ratios;
    std::vector<double> alone;
    std::vector<double> attached;
    for (int i = 0; i < Pairs; ++i) {
        const auto [bare, watched] = measurePair(i, node, [&rpc] { return workload(rpc); });
        if (bare <= 0 || watched <= 0) {
            std::fprintf(stderr, "a workload round failed\n");
            return 1;
        }
        alone.push_back(bare);
        attached.push_back(watched);
        ratios.push_back(watched / bare);
        std::printf("  pair %d: alone %.0f it/s, attached %.0f it/s, ratio %.4f\n", i + 1, bare, watched,
                    watched / bare);
        std::fflush(stdout);
    }
    const double ratio = median(ratios);
    std::printf("\nmedian: alone %.0f it/s, attached %.0f it/s; throughput with Bilby attached %.2f%% of alone,"
                " a loss of %.2f%% (a cross-check: pairs on a shared machine scatter by more than 1%%)\n",
                median(alone), median(attached), ratio * 100, (1 - ratio) * 100);
    return 0;
}
