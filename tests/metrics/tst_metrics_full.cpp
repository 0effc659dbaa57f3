// The full metric set (issue 3): both speeds on nodes with and without os_mon and Mnesia, the catalog's
// templates, the shared system monitor, and what the agent leaves on the node after the console goes.
#include "metrics/metriccatalog.h"
#include "metrics/metricssampler.h"
#include "support/testnode.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bilby;
using namespace bilby::test;

namespace {

constexpr int LiveMs = 1000;
constexpr int HistoryMs = 60000;

/// Every sample a sampler emits, split by speed (told apart by their interval).
class Collector : public QObject
{
public:
    explicit Collector(MetricsSampler *sampler)
    {
        connect(sampler, &MetricsSampler::sampled, this, [this](const MetricSample &s) {
            (s.intervalMs == HistoryMs ? history : live).append(s);
            for (auto it = s.values.cbegin(); it != s.values.cend(); ++it)
                names.insert(it.key());
        });
        connect(sampler, &MetricsSampler::sampleFailed, this,
                [this](const ConnectionError &e) { failures << e.message; });
    }
    /// The latest value of @p name in any sample, or @p fallback.
    double latest(const QString &name, double fallback = -1) const
    {
        for (const QList<MetricSample> *list : {&live, &history}) {
            for (auto it = list->crbegin(); it != list->crend(); ++it) {
                if (it->has(name))
                    return it->value(name);
            }
        }
        return fallback;
    }
    QStringList matching(const QString &pattern) const
    {
        const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
        QStringList found;
        for (const QString &name : names) {
            if (re.match(name).hasMatch())
                found << name;
        }
        return found;
    }

    QList<MetricSample> live;
    QList<MetricSample> history;
    QSet<QString> names;
    QStringList failures;
};

std::unique_ptr<MetricsSampler> startSampler(NodeSession *session)
{
    auto sampler = std::make_unique<MetricsSampler>(session);
    sampler->setInterval(LiveMs);
    sampler->setHistoryInterval(HistoryMs);
    sampler->start();
    return sampler;
}

/// Two live samples (rates need two) and two history samples (Mnesia's counters are rates too).
bool collectBothSpeeds(MetricsSampler &sampler, Collector &c)
{
    sampler.sampleNow();
    sampler.sampleHistoryNow();
    if (!waitUntil([&] { return c.history.size() >= 1; }, 15000))
        return false;
    sampler.sampleHistoryNow();
    return waitUntil([&] { return c.history.size() >= 2 && c.live.size() >= 3; }, 15000);
}

int intOf(TestRpc &rpc, const QString &expression)
{
    const auto v = rpc.eval(expression);
    return v ? int(v->toInt(-1)) : -1;
}

/// The value of @p expression on the node; an empty term when the evaluation failed.
Term valueOf(TestRpc &rpc, const QString &expression)
{
    const auto v = rpc.eval(expression);
    return v ? *v : Term();
}

QString mnesiaDirArg(const QTemporaryDir &dir)
{
    return QLatin1Char('"') + dir.path() + QLatin1Char('"');
}

} // namespace

class TestMetricsFull : public QObject
{
    Q_OBJECT
private slots:
    void catalogTemplates();
    void segmentEncoding_data();
    void segmentEncoding();
    void convertKeepsSpeedsApart();
    void hundredMetricsWithOsMonAndMnesia();
    void plainNodeHasNoOsMonOrMnesia();
    void hungOsMonCostsOnlyItsFigures();
    void existingSystemMonitorIsKept();
    void sysmonCountsBusyPort();
    void nothingLeftAfterTheLastConsole();
};

void TestMetricsFull::catalogTemplates()
{
    const QRegularExpression fixedPart(QStringLiteral("^[a-z0-9_]+(\\.[a-z0-9_]+)*$"));
    QSet<QString> seen;
    for (const MetricDef &def : MetricCatalog::definitions()) {
        QVERIFY2(!seen.contains(def.name), qPrintable(def.name));
        seen.insert(def.name);
        QString skeleton = def.name;
        skeleton.replace(QRegularExpression(QStringLiteral("<[a-z]+>")), QStringLiteral("x"));
        QVERIFY2(fixedPart.match(skeleton).hasMatch(), qPrintable(def.name));
        QVERIFY2(!def.meaning.isEmpty() && !def.meaning.contains(QLatin1Char('<')), qPrintable(def.name));
        // Each name resolves to its own definition: no template captures a fixed name or another template's.
        const QString concrete =
            def.isTemplate() ? MetricCatalog::instantiate(def.name, QStringLiteral("7")) : def.name;
        QCOMPARE(MetricCatalog::find(concrete), &def);
        QCOMPARE(MetricCatalog::find(concrete), &def); // the cached answer is the same
    }
    QCOMPARE(MetricCatalog::find(QStringLiteral("scheduler.12.utilisation"))->name,
             QStringLiteral("scheduler.<id>.utilisation"));
    QCOMPARE(MetricCatalog::find(QStringLiteral("scheduler.dirty_io.run_queue"))->name,
             QStringLiteral("scheduler.dirty_io.run_queue"));
    QCOMPARE(MetricCatalog::find(QStringLiteral("mnesia.table.orders.size"))->name,
             QStringLiteral("mnesia.table.<table>.size"));
    QCOMPARE(MetricCatalog::find(QStringLiteral("os.disk./var/lib.used_percent"))->unit, MetricDef::Unit::Percent);
    QVERIFY(!MetricCatalog::find(QStringLiteral("scheduler.abc.utilisation"))); // <id> is a number
    QVERIFY(!MetricCatalog::find(QStringLiteral("dist..bytes_in")));            // empty segment
    QVERIFY(!MetricCatalog::find(QStringLiteral("dist.a.b.bytes_in")));         // a raw dot in a segment
    QVERIFY(!MetricCatalog::find(QStringLiteral("no.such.metric")));
    QVERIFY(!MetricCatalog::find(QStringLiteral("no.such.metric")));

    QCOMPARE(MetricCatalog::unitLabel(*MetricCatalog::find(QStringLiteral("scheduler.utilisation"))),
             QStringLiteral("ratio"));
    QCOMPARE(MetricCatalog::unitLabel(*MetricCatalog::find(QStringLiteral("dist.n@h.bytes_out"))),
             QStringLiteral("bytes/s"));
    QVERIFY(MetricCatalog::definitions().size() > MetricCatalog::coreLive().size());
    for (const MetricDef &def : MetricCatalog::coreLive())
        QVERIFY2(!def.isTemplate() && !def.isHistoryRate() && def.presentWhen.isEmpty(), qPrintable(def.name));
}

void TestMetricsFull::segmentEncoding_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("long name") << QStringLiteral("app@db1.example.com") << QStringLiteral("app@db1%2eexample%2ecom");
    QTest::newRow("short name") << QStringLiteral("app@db1") << QStringLiteral("app@db1");
    QTest::newRow("ip") << QStringLiteral("t_x@127.0.0.1") << QStringLiteral("t_x@127%2e0%2e0%2e1");
    QTest::newRow("percent") << QStringLiteral("50%.x") << QStringLiteral("50%25%2ex");
    QTest::newRow("mount") << QStringLiteral("/mnt/my disk") << QStringLiteral("/mnt/my%20disk");
    QTest::newRow("unicode") << QStringLiteral("caf\u00e9") << QStringLiteral("caf%c3%a9");
    QTest::newRow("case kept") << QStringLiteral("Orders") << QStringLiteral("Orders");
}

void TestMetricsFull::segmentEncoding()
{
    QFETCH(QString, raw);
    QFETCH(QString, encoded);
    QCOMPARE(MetricCatalog::encodeSegment(raw), encoded);
    QCOMPARE(MetricCatalog::decodeSegment(encoded), raw);
    const QString name = MetricCatalog::instantiate(QStringLiteral("dist.<node>.bytes_in"), raw);
    QCOMPARE(name, QStringLiteral("dist.%1.bytes_in").arg(encoded));
    QVERIFY(MetricCatalog::find(name));
    QCOMPARE(MetricCatalog::find(name)->name, QStringLiteral("dist.<node>.bytes_in"));
}

void TestMetricsFull::convertKeepsSpeedsApart()
{
    NodeSession session(NodeName{QStringLiteral("nobody"), QStringLiteral("127.0.0.1")}, "cookie");
    MetricsSampler sampler(&session);
    sampler.setInterval(1000);
    sampler.setHistoryInterval(30000);
    const QString reductions = QStringLiteral("runtime.reductions");
    const QString commits = QStringLiteral("mnesia.transactions.commits");
    const QString tables = QStringLiteral("mnesia.tables");
    using Speed = MetricDef::Speed;

    MetricSample s = sampler.convert({{reductions, 100}}, 0, 1, Speed::Live);
    QVERIFY(!s.has(reductions));
    QCOMPARE(s.intervalMs, 1000);
    s = sampler.convert({{commits, 10}, {tables, 3}}, 500, 2, Speed::History);
    QVERIFY(!s.has(commits));
    QCOMPARE(s.value(tables), 3.0);
    QCOMPARE(s.intervalMs, 30000);
    // A live sample in between neither needs nor disturbs the history totals, and the other way round.
    s = sampler.convert({{reductions, 300}}, 1000, 3, Speed::Live);
    QCOMPARE(s.value(reductions), 200.0);
    QVERIFY(!s.has(commits));
    s = sampler.convert({{commits, 40}, {tables, 3}}, 30500, 4, Speed::History);
    QCOMPARE(s.value(commits), 1.0);
    QVERIFY(!s.has(reductions));
    // Concrete names of counter templates are rates too; gauges of templates pass as read.
    const QString out = MetricCatalog::instantiate(QStringLiteral("dist.<node>.bytes_out"), QStringLiteral("a@b.c"));
    const QString queue =
        MetricCatalog::instantiate(QStringLiteral("dist.<node>.queue_bytes"), QStringLiteral("a@b.c"));
    sampler.convert({{out, 1000}, {queue, 5}}, 2000, 5, Speed::Live);
    s = sampler.convert({{out, 3000}, {queue, 6}}, 4000, 6, Speed::Live);
    QCOMPARE(s.value(out), 1000.0);
    QCOMPARE(s.value(queue), 6.0);
}

void TestMetricsFull::hundredMetricsWithOsMonAndMnesia()
{
    QTemporaryDir mnesiaDir;
    TestNode node(
        TestNode::Options{true, 0, {QStringLiteral("-mnesia"), QStringLiteral("dir"), mnesiaDirArg(mnesiaDir)}});
    QString error;
    QVERIFY2(node.start(&error), qPrintable(error));
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    // A visible peer in the node's cluster (the test's RPC connection is hidden, like the console's).
    TestNode peerNode;
    QVERIFY(peerNode.start());
    const auto pinged = rpc.eval(QStringLiteral("erlang:set_cookie('%1', '%2'), net_adm:ping('%1').")
                                     .arg(peerNode.name().toString(), QString::fromLatin1(peerNode.cookie())));
    QVERIFY(pinged && pinged->isAtom("pong"));
    const auto setUp = rpc.eval(QStringLiteral(
        "{ok, _} = application:ensure_all_started(os_mon), ok = mnesia:start(),"
        "{atomic, ok} = mnesia:create_table(bilby_orders, [{attributes, [k, v]}]),"
        "{atomic, ok} = mnesia:create_table(bilby_users, [{attributes, [k, v]}]),"
        "[{atomic, ok} = mnesia:transaction(fun() -> mnesia:write({bilby_orders, I, I}) end) || I <- lists:seq(1, 25)],"
        "[ok = mnesia:dirty_write({bilby_users, I, I}) || I <- lists:seq(1, 7)],"
        "ok."));
    QVERIFY(setUp && setUp->isAtom("ok"));
    const int schedulers = intOf(rpc, QStringLiteral("erlang:system_info(schedulers)."));
    QVERIFY(schedulers >= 1);

    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Up);
    auto sampler = startSampler(session.get());
    Collector c(sampler.get());
    QVERIFY(collectBothSpeeds(*sampler, c));
    QVERIFY2(c.failures.isEmpty(), qPrintable(c.failures.join(QLatin1Char('\n'))));

    qInfo("os_mon + Mnesia node: %lld distinct metrics (%lld live, %lld history in the last samples)",
          qint64(c.names.size()), qint64(c.live.last().values.size()), qint64(c.history.last().values.size()));
    QVERIFY2(c.names.size() >= 100, qPrintable(QString::number(c.names.size())));

    // Every name is known, and each speed carries only its own metrics.
    for (const MetricSample &s : c.live) {
        QCOMPARE(s.intervalMs, LiveMs);
        for (auto it = s.values.cbegin(); it != s.values.cend(); ++it) {
            const MetricDef *def = MetricCatalog::find(it.key());
            QVERIFY2(def && !def->isHistoryRate(), qPrintable(it.key()));
        }
    }
    for (const MetricSample &s : c.history) {
        for (auto it = s.values.cbegin(); it != s.values.cend(); ++it) {
            const MetricDef *def = MetricCatalog::find(it.key());
            QVERIFY2(def && def->isHistoryRate(), qPrintable(it.key()));
        }
    }
    for (const MetricDef &def : MetricCatalog::coreLive())
        QVERIFY2(c.live.last().has(def.name), qPrintable(def.name));

    // Schedulers: one utilisation and one run queue per normal scheduler, utilisation within 0..1.
    const QStringList perScheduler = c.matching(QStringLiteral("scheduler\\.[0-9]+\\.utilisation"));
    QCOMPARE(perScheduler.size(), schedulers);
    QCOMPARE(c.matching(QStringLiteral("scheduler\\.[0-9]+\\.run_queue")).size(), schedulers);
    for (const MetricSample &s : c.live) {
        for (const QString &name : perScheduler + QStringList{QStringLiteral("scheduler.utilisation"),
                                                              QStringLiteral("scheduler.dirty_cpu.utilisation"),
                                                              QStringLiteral("scheduler.dirty_io.utilisation")}) {
            QVERIFY2(s.has(name), qPrintable(name));
            QVERIFY2(s.value(name) >= 0 && s.value(name) <= 1, qPrintable(name));
        }
    }

    // Allocators: usage within 0..1, the usual types there.
    const QStringList usages = c.matching(QStringLiteral("allocator\\.([a-z_]+\\.)?usage"));
    QVERIFY(usages.size() >= 5);
    for (const QString &name : usages)
        QVERIFY2(c.latest(name) >= 0 && c.latest(name) <= 1, qPrintable(name));
    QVERIFY(c.latest(QStringLiteral("allocator.eheap_alloc.carriers_bytes")) > 0);
    QVERIFY(c.latest(QStringLiteral("allocator.binary_alloc.blocks_bytes")) > 0);
    QVERIFY(c.latest(QStringLiteral("allocator.carriers_bytes")) >= c.latest(QStringLiteral("allocator.blocks_bytes")));

    // Mnesia: the rows written, the tables there, the commits counted.
    QCOMPARE(c.latest(QStringLiteral("mnesia.table.bilby_orders.size")), 25.0);
    QCOMPARE(c.latest(QStringLiteral("mnesia.table.bilby_users.size")), 7.0);
    QCOMPARE(c.latest(QStringLiteral("mnesia.tables")), 3.0); // and schema
    QVERIFY(c.latest(QStringLiteral("mnesia.table.bilby_orders.memory_bytes")) > 25 * 3 * 8);
    QVERIFY(c.latest(QStringLiteral("mnesia.transactions.commits")) >= 0);
    QCOMPARE(c.latest(QStringLiteral("mnesia.locks.held")), 0.0);

    // os_mon: load, memory, disks.
    QVERIFY(c.latest(QStringLiteral("os.cpu.load1")) >= 0);
    QVERIFY(c.latest(QStringLiteral("os.processes")) > 1);
    QVERIFY(c.latest(QStringLiteral("os.memory.system_total")) > 1e6);
    const double used = c.latest(QStringLiteral("os.memory.used_percent"));
    QVERIFY2(used > 0 && used <= 100, qPrintable(QString::number(used)));
    const QStringList disks = c.matching(QStringLiteral("os\\.disk\\.[^.]+\\.used_percent"));
    QVERIFY(!disks.isEmpty());
    for (const QString &name : disks) {
        QVERIFY2(c.latest(name) >= 0 && c.latest(name) <= 100, qPrintable(name));
        // Real file systems only: no /dev, /dev/shm, /proc, /sys/fs/cgroup.
        for (const char *pseudo : {"os.disk./dev", "os.disk./proc", "os.disk./sys"})
            QVERIFY2(!name.startsWith(QLatin1String(pseudo)), qPrintable(name));
    }
    // The OS process: resident memory beside memory.total, open files and their limit.
    QVERIFY(c.latest(QStringLiteral("os.process.resident_bytes")) > c.latest(QStringLiteral("memory.total")) / 2);
    QVERIFY(c.latest(QStringLiteral("os.process.fds")) > 5);
    // As many as the node lists itself (counted from the size of /proc/self/fd where the kernel gives it).
    const auto listed = rpc.eval(QStringLiteral("{ok, Fds} = file:list_dir(\"/proc/self/fd\"), length(Fds)."));
    QVERIFY(listed);
    QVERIFY2(qAbs(c.latest(QStringLiteral("os.process.fds")) - double(listed->toInt())) <= 5,
             qPrintable(
                 QStringLiteral("%1 against %2").arg(c.latest(QStringLiteral("os.process.fds"))).arg(listed->toInt())));
    QVERIFY(c.latest(QStringLiteral("os.process.fd_limit")) >= c.latest(QStringLiteral("os.process.fds")));

    // Distribution: the visible peer has series of its own; the test's hidden RPC connection is summed into
    // dist.hidden.*, and the console's own connection is in neither.
    const QString peer = MetricCatalog::encodeSegment(peerNode.name().toString());
    const QString hidden = MetricCatalog::encodeSegment(rpc.session()->info().localNode);
    const QString console = MetricCatalog::encodeSegment(session->info().localNode);
    QVERIFY(c.live.last().has(QStringLiteral("dist.%1.bytes_out").arg(peer)));
    QVERIFY(c.live.last().has(QStringLiteral("dist.%1.queue_bytes").arg(peer)));
    QVERIFY(!c.names.contains(QStringLiteral("dist.%1.bytes_out").arg(hidden)));
    QVERIFY(!c.names.contains(QStringLiteral("dist.%1.bytes_out").arg(console)));
    QCOMPARE(c.latest(QStringLiteral("dist.peers")), 1.0);
    QCOMPARE(c.latest(QStringLiteral("dist.hidden_peers")), 1.0);
    QVERIFY(c.live.last().has(QStringLiteral("dist.hidden.bytes_in")));

    // The scanner's figures, and the system monitor's counters.
    QVERIFY(c.latest(QStringLiteral("processes.memory_max")) > 1000);
    QVERIFY(c.latest(QStringLiteral("ports.tcp")) >= 2);   // the console's and the test's connections
    QVERIFY(c.latest(QStringLiteral("ports.other")) >= 1); // os_mon's port programs
    QCOMPARE(c.matching(QStringLiteral("sysmon\\.[a-z_]+")).size(), 5);
}

void TestMetricsFull::plainNodeHasNoOsMonOrMnesia()
{
    TestNode node;
    QVERIFY(node.start());
    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Up);
    auto sampler = startSampler(session.get());
    Collector c(sampler.get());
    QVERIFY(collectBothSpeeds(*sampler, c));
    QVERIFY2(c.failures.isEmpty(), qPrintable(c.failures.join(QLatin1Char('\n'))));
    qInfo("plain node: %lld distinct metrics", qint64(c.names.size()));
    // os_mon's figures are absent (the OS process's own, from /proc, are not os_mon's).
    QVERIFY(c.matching(QStringLiteral("os\\.(cpu|memory|disk|processes).*")).isEmpty());
    QVERIFY(c.names.contains(QStringLiteral("os.process.resident_bytes")));
    QVERIFY(c.matching(QStringLiteral("mnesia\\..*")).isEmpty());
    // The console alone is connected: no peer of its own, nothing hidden but the console.
    QVERIFY(c.matching(QStringLiteral("dist\\.(?!hidden\\.).+\\..+")).isEmpty());
    QCOMPARE(c.latest(QStringLiteral("dist.hidden_peers")), 0.0);
    QVERIFY(c.names.contains(QStringLiteral("allocator.usage")));
    QVERIFY(c.names.contains(QStringLiteral("scheduler.utilisation")));
    // Nothing was started or loaded on the node for the missing parts.
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    const auto loaded =
        rpc.eval(QStringLiteral("{code:is_loaded(mnesia), code:is_loaded(cpu_sup), whereis(os_mon_sup)}."));
    QVERIFY(loaded);
    QCOMPARE(*loaded, Term::tuple({Term::atom("false"), Term::atom("false"), Term::atom("undefined")}));
}

void TestMetricsFull::hungOsMonCostsOnlyItsFigures()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    // cpu_sup suspended: every call into it hangs, as with a stuck port program. The suspension lasts
    // as long as the process that made it.
    const auto started = rpc.eval(QStringLiteral("{ok, _} = application:ensure_all_started(os_mon), ok."));
    QVERIFY(started && started->isAtom("ok"));
    QVERIFY(valueOf(rpc, QStringLiteral("is_pid(spawn(fun() -> erlang:suspend_process(whereis(cpu_sup)),"
                                        " receive stop -> ok end end))."))
                .isAtom("true"));
    QVERIFY(waitUntil(
        [&] {
            return valueOf(rpc, QStringLiteral("process_info(whereis(cpu_sup), status).")) ==
                   Term::tuple({Term::atom("status"), Term::atom("suspended")});
        },
        5000));
    auto session = connectSession(node);
    auto sampler = startSampler(session.get());
    Collector c(sampler.get());
    QElapsedTimer clock;
    clock.start();
    sampler->sampleHistoryNow();
    QVERIFY(waitUntil([&] { return !c.history.isEmpty(); }, 15000));
    const qint64 tookMs = clock.elapsed();
    QVERIFY2(tookMs < 5000, qPrintable(QString::number(tookMs)));
    QVERIFY(c.live.size() >= 1); // live samples kept coming meanwhile
    const MetricSample &s = c.history.first();
    QVERIFY(!s.has(QStringLiteral("os.cpu.load1")));
    QVERIFY(s.has(QStringLiteral("os.memory.system_total")));
    QVERIFY(s.has(QStringLiteral("allocator.usage")));
    QVERIFY(c.failures.isEmpty());
}

void TestMetricsFull::existingSystemMonitorIsKept()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    const auto other =
        rpc.eval(QStringLiteral("P = spawn(fun() -> receive stop -> ok end end), register(other_monitor, P),"
                                "erlang:system_monitor(P, [busy_port]), P."));
    QVERIFY(other && other->isPid());
    const QString monitorExpr = QStringLiteral("erlang:system_monitor().");
    const auto before = rpc.eval(monitorExpr);
    QVERIFY(before && before->isTuple(2) && before->at(0) == *other);

    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Up);
    auto sampler = startSampler(session.get());
    Collector c(sampler.get());
    sampler->sampleNow();
    QVERIFY(waitUntil([&] { return c.live.size() >= 2; }, 5000));
    QVERIFY(c.matching(QStringLiteral("sysmon\\..*")).isEmpty());
    QVERIFY(c.names.contains(QStringLiteral("scheduler.utilisation")));
    QCOMPARE(valueOf(rpc, monitorExpr), *before);
    QVERIFY(valueOf(rpc, QStringLiteral("whereis(bilby_agent_sysmon).")).isAtom("undefined"));

    sampler.reset();
    session.reset(); // clean disconnect: the agent removes its code
    QVERIFY(
        waitUntil([&] { return valueOf(rpc, QStringLiteral("code:is_loaded(bilby_agent).")).isAtom("false"); }, 5000));
    QCOMPARE(valueOf(rpc, monitorExpr), *before);
}

void TestMetricsFull::sysmonCountsBusyPort()
{
    TestNode node;
    QVERIFY(node.start());
    auto session = connectSession(node);
    auto sampler = startSampler(session.get());
    Collector c(sampler.get());
    const QString busy = QStringLiteral("sysmon.busy_port");
    sampler->sampleNow();
    QVERIFY(waitUntil([&] { return !c.live.isEmpty() && c.live.last().has(busy); }, 5000));
    QCOMPARE(c.live.last().value(busy), 0.0);

    // A port program that never reads: once the pipe is full, the writer is suspended on a busy port.
    // The port closes when the program ends, which ends the writer too.
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    const auto writer = rpc.eval(
        QStringLiteral("spawn(fun() -> P = open_port({spawn, \"sleep 3\"}, [binary]), B = binary:copy(<<0>>, 1024),"
                       "               [port_command(P, B) || _ <- lists:seq(1, 512)] end)."));
    QVERIFY(writer && writer->isPid());
    QVERIFY(waitUntil([&] { return c.live.last().value(busy) > 0; }, 10000));
}

void TestMetricsFull::nothingLeftAfterTheLastConsole()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    const auto state = [&] {
        // {scheduler_wall_time on, our system monitor registered, the node's system monitor set}
        return valueOf(rpc,
                       QStringLiteral("{erlang:statistics(scheduler_wall_time) =/= undefined,"
                                      " is_pid(whereis(bilby_agent_sysmon)), erlang:system_monitor() =/= undefined}."));
    };
    const Term on = Term::tuple({Term::atom("true"), Term::atom("true"), Term::atom("true")});
    const Term off = Term::tuple({Term::atom("false"), Term::atom("false"), Term::atom("false")});
    QCOMPARE(state(), off);

    auto first = connectSession(node);
    auto second = connectSession(node);
    QCOMPARE(first->state(), NodeSession::State::Up);
    QCOMPARE(second->state(), NodeSession::State::Up);
    QCOMPARE(state(), on);
    const Term sysmon = valueOf(rpc, QStringLiteral("whereis(bilby_agent_sysmon)."));
    QVERIFY(sysmon.isPid());
    QCOMPARE(valueOf(rpc, QStringLiteral("element(1, erlang:system_monitor()).")), sysmon);

    // The first console leaves: the second one still holds both.
    first.reset();
    QVERIFY(waitUntil(
        [&] {
            return intOf(rpc, QStringLiteral("length([N || N <- registered(),"
                                             " lists:prefix(\"bilby_agent_srv_\", atom_to_list(N))]).")) == 1;
        },
        5000));
    QCOMPARE(state(), on);
    QCOMPARE(valueOf(rpc, QStringLiteral("whereis(bilby_agent_sysmon).")), sysmon);

    // The last one leaves: the flag, the monitor and its process are gone, and so is the agent code.
    second.reset();
    QVERIFY(waitUntil([&] { return state() == off; }, 5000));
    QVERIFY(waitUntil(
        [&] {
            return intOf(rpc, QStringLiteral("length([M || {M, _} <- code:all_loaded(),"
                                             " lists:prefix(\"bilby\", atom_to_list(M))]).")) == 0;
        },
        5000));
}

QTEST_GUILESS_MAIN(TestMetricsFull)
#include "tst_metrics_full.moc"
