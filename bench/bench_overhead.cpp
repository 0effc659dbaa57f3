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
// node, and so the most a one-scheduler workload can lose. Microstate accounting in the same window says
// where that time goes (emulator, gc, port, check_io, aux...) and what the node's other threads spend.
#include "alarms/alarmengine.h"
#include "alarms/nodewatch.h"
#include "events/eventfeed.h"
#include "metrics/metricssampler.h"
#include "support/testnode.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <array>
#include <cstdio>
#include <memory>
#include <utility>
#include <vector>

using namespace bilby;
using namespace bilby::test;

namespace {

constexpr int Pairs = 5;
constexpr int WorkMs = 3000;
constexpr int SettleMs = 2000; // after attaching: the agent loaded, subscribed, sampling
constexpr int IdlePairs = 5;
constexpr int IdleWindowMs = 10000;
constexpr double Target = 0.01; // at most 1% of the node's throughput lost

// The busy microstates of a scheduler thread (every state but sleep), in the order busyTime returns them.
constexpr std::array<const char *, 6> States = {"emulator", "gc", "port", "check_io", "aux", "other"};

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

/// What the node's threads did over one IdleWindowMs window, in microseconds.
struct BusyTime
{
    double schedulers = -1; ///< busy time of every scheduler, normal and dirty (scheduler_wall_time_all)
    std::array<double, States.size()> states{}; ///< the schedulers' microstates, summed over them
    double otherThreads = 0;                    ///< aux, poll and async threads, every state but sleep
    bool valid() const { return schedulers >= 0; }
};

/// "emulator,gc,...": States as an Erlang list's elements.
QString stateList()
{
    QStringList names;
    for (const char *state : States)
        names << QLatin1String(state);
    return names.join(QLatin1Char(','));
}

/// Measures BusyTime on the node: the window runs inside one evaluation, after the RPCs that parse it, so
/// the asking costs the same in both arms and falls outside the window but for its timer.
BusyTime busyTime(TestRpc &rpc)
{
    const auto result = rpc.eval(
        QStringLiteral(
            "erlang:system_flag(scheduler_wall_time, true),"
            "Busy = fun() -> lists:sum([A || {_, A, _} <- erlang:statistics(scheduler_wall_time_all)]) end,"
            "erlang:system_flag(microstate_accounting, reset), erlang:system_flag(microstate_accounting, true),"
            "B0 = Busy(), timer:sleep(%1), B1 = Busy(),"
            "erlang:system_flag(microstate_accounting, false),"
            "Msacc = erlang:statistics(microstate_accounting),"
            "Scheds = [scheduler, dirty_cpu_scheduler, dirty_io_scheduler],"
            "InSched = [C || #{type := T, counters := C} <- Msacc, lists:member(T, Scheds)],"
            "Others = [C || #{type := T, counters := C} <- Msacc, not lists:member(T, Scheds)],"
            "Us = fun(V) -> erlang:convert_time_unit(V, perf_counter, microsecond) end,"
            "{erlang:convert_time_unit(B1 - B0, native, microsecond),"
            " list_to_tuple([Us(lists:sum([maps:get(S, C, 0) || C <- InSched])) || S <- [%2]]),"
            " Us(lists:sum([V || C <- Others, {K, V} <- maps:to_list(C), K =/= sleep]))}.")
            .arg(IdleWindowMs)
            .arg(stateList()),
        IdleWindowMs + 10000);
    BusyTime busy;
    if (!result || !result->isTuple(3) || !result->at(0).isInteger() || !result->at(1).isTuple(int(States.size())))
        return busy;
    busy.schedulers = double(result->at(0).toInt());
    for (size_t s = 0; s < States.size(); ++s)
        busy.states[s] = double(result->at(1).at(int(s)).toInt());
    busy.otherThreads = double(result->at(2).toInt());
    return busy;
}

/// One pair: @p measure alone and with a console attached (settled first), in the order given by @p pair
/// (alone first in even pairs): a machine that drifts during a pair favours neither arm. The console's
/// event loop (this one) keeps running while @p measure waits for the node.
template <typename Measure>
auto measurePair(int pair, const TestNode &node, Measure measure)
{
    using Result = decltype(measure());
    const auto attached = [&] {
        Console console(node);
        if (!console.ready())
            return Result{}; // a failed measure: 0 iterations, an invalid busy time
        QElapsedTimer settle;
        settle.start();
        waitUntil([&] { return settle.elapsed() >= SettleMs; }, SettleMs + 1000);
        return measure();
    };
    if (pair % 2 == 0) {
        const Result bare = measure();
        return std::pair<Result, Result>{bare, attached()};
    }
    const Result watched = attached();
    return std::pair<Result, Result>{measure(), watched};
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
    std::printf("Agent overhead on a node with one scheduler, alone and with Bilby attached (agent, metrics and\n"
                "health every second, every event source on): the CPU Bilby takes from the idle node, then a\n"
                "CPU-bound loop's throughput for %d s in %d pairs as a cross-check.\n\n",
                WorkMs / 1000, Pairs);
    std::fflush(stdout);
    workload(rpc); // warm up: code loaded, caches hot

    // The direct measure: the node idle, its schedulers' busy time with and without the console.
    const auto online = rpc.eval(QStringLiteral("erlang:system_info(schedulers_online)."));
    const int schedulers = online && online->isInteger() ? int(online->toInt()) : 1;
    const double window = IdleWindowMs * 1000.0; // us
    std::printf("Scheduler busy time (normal and dirty) of the idle node over %d s windows, %d interleaved pairs:\n",
                IdleWindowMs / 1000, IdlePairs);
    std::vector<double> extra;
    std::vector<double> otherExtra;
    std::vector<double> msaccExtra; // every busy microstate, busy-waiting ("other") included
    std::array<std::vector<double>, States.size()> stateExtra;
    for (int i = 0; i < IdlePairs; ++i) {
        const auto [bare, watched] = measurePair(i, node, [&rpc] { return busyTime(rpc); });
        if (!bare.valid() || !watched.valid()) {
            std::fprintf(stderr, "a busy-time window failed\n");
            return 1;
        }
        const double share = (watched.schedulers - bare.schedulers) / window;
        extra.push_back(share);
        for (size_t s = 0; s < States.size(); ++s)
            stateExtra[s].push_back(watched.states[s] - bare.states[s]);
        otherExtra.push_back(watched.otherThreads - bare.otherThreads);
        double states = 0;
        for (size_t s = 0; s < States.size(); ++s)
            states += stateExtra[s].back();
        msaccExtra.push_back(states / window);
        std::printf("  pair %d: alone %.1f ms busy, attached %.1f ms busy: Bilby takes %.3f%% of one scheduler\n",
                    i + 1, bare.schedulers / 1000, watched.schedulers / 1000, share * 100);
        std::fflush(stdout);
    }
    const double cost = median(extra);
    const auto [least, most] = std::minmax_element(extra.cbegin(), extra.cend());
    std::printf("median: Bilby takes %.3f%% of one scheduler (pairs %.3f%% to %.3f%%), %.3f%% of the node's %d normal "
                "scheduler(s)\n",
                cost * 100, *least * 100, *most * 100, cost / schedulers * 100, schedulers);
    std::printf("where it goes (microstate accounting, attached minus alone, medians, ms per %d s):",
                IdleWindowMs / 1000);
    for (size_t s = 0; s < States.size(); ++s)
        std::printf(" %s %.1f", States[s], median(stateExtra[s]) / 1000);
    std::printf("; the node's aux, poll and async threads %.1f\n", median(otherExtra) / 1000);
    // Schedulers spin a little before they sleep; msacc counts it as "other", scheduler_wall_time does not.
    // A scheduler kept busy by a workload never spins, so this is the cautious bound.
    const double cautious = median(msaccExtra);
    std::printf("every busy microstate, busy-waiting included: %.3f%% of one scheduler\n\n", cautious * 100);
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
    const auto [lowest, highest] = std::minmax_element(ratios.cbegin(), ratios.cend());
    std::printf("\nmedian: alone %.0f it/s, attached %.0f it/s; throughput with Bilby attached %.2f%% of alone,"
                " a loss of %.2f%% (pairs %.4f to %.4f: too scattered on a shared machine to resolve 1%%)\n\n",
                median(alone), median(attached), ratio * 100, (1 - ratio) * 100, *lowest, *highest);
    const bool met = cost <= Target && cautious <= Target;
    std::printf("VERDICT: target at most %.0f%% loss on a one-scheduler node: %s. Bilby takes %.3f%% of the "
                "scheduler (worst pair %.3f%%, %.3f%% counting busy-waiting); throughput cross-check: %.2f%% loss.\n",
                Target * 100, met ? "MET" : "NOT MET", cost * 100, *most * 100, cautious * 100, (1 - ratio) * 100);
    return 0;
}
