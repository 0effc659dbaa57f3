// Metric sampling against a real node: every built-in name, sane values, rates, and the agentless path.
#include "metrics/metriccatalog.h"
#include "metrics/metricshistory.h"
#include "metrics/metricssampler.h"
#include "support/testnode.h"
#include "topology/nodeinfo.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bilby;
using namespace bilby::test;

namespace {

MetricSample nextSample(MetricsSampler &sampler)
{
    QSignalSpy spy(&sampler, &MetricsSampler::sampled);
    sampler.sampleNow();
    if (!spy.wait(5000))
        return {};
    return spy.takeFirst().at(0).value<MetricSample>();
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT
private slots:
    void everyNameWithRates();
    void memoryAddsUp();
    void processCountFollowsSpawns();
    void agentlessFallback();
    void historyRing();
    void systemInfo();
    void releaseInfo();
};

void TestMetrics::everyNameWithRates()
{
    TestNode node;
    QVERIFY(node.start());
    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Up);
    MetricsSampler sampler(session.get());
    const MetricSample first = nextSample(sampler);
    QVERIFY(!first.has(QStringLiteral("runtime.reductions"))); // a rate needs two samples
    QTest::qWait(1000);
    const MetricSample second = nextSample(sampler);
    for (const MetricDef &def : MetricCatalog::coreLive())
        QVERIFY2(second.has(def.name), qPrintable(def.name));
    QVERIFY(second.value(QStringLiteral("runtime.reductions")) > 0);
    QVERIFY(second.value(QStringLiteral("runtime.reductions")) < 1e9);
    QVERIFY(second.value(QStringLiteral("limits.process_limit")) >= 1024);
    QVERIFY(second.value(QStringLiteral("limits.atom_count")) > 1000);
    QVERIFY(second.timeMs > first.timeMs);
}

void TestMetrics::memoryAddsUp()
{
    TestNode node;
    QVERIFY(node.start());
    auto session = connectSession(node);
    MetricsSampler sampler(session.get());
    const MetricSample s = nextSample(sampler);
    const double total = s.value(QStringLiteral("memory.total"));
    const double parts = s.value(QStringLiteral("memory.processes")) + s.value(QStringLiteral("memory.system"));
    QVERIFY(total > 0);
    QVERIFY2(qAbs(total - parts) <= total * 0.01, qPrintable(QStringLiteral("%1 vs %2").arg(total).arg(parts)));
}

void TestMetrics::processCountFollowsSpawns()
{
    TestNode node;
    QVERIFY(node.start());
    auto session = connectSession(node);
    MetricsSampler sampler(session.get());
    const double before = nextSample(sampler).value(QStringLiteral("limits.process_count"));
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    const auto spawned =
        rpc.eval(QStringLiteral("length([spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, 1000)])."));
    QVERIFY(spawned && spawned->toInt() == 1000);
    const double after = nextSample(sampler).value(QStringLiteral("limits.process_count"));
    // A few short-lived processes (the agent's request workers, the node's own) may come and go between
    // the two samples: the thousand must show, give or take those.
    QVERIFY2(after - before >= 990 && after - before <= 1010,
             qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
}

void TestMetrics::agentlessFallback()
{
    TestNode node;
    QVERIFY(node.start());
    NodeSession::Options options;
    options.loadAgent = false;
    auto session = connectSession(node, options);
    QCOMPARE(session->state(), NodeSession::State::Agentless);
    QVERIFY(!session->info().agentlessReason.isEmpty());
    MetricsSampler sampler(session.get());
    nextSample(sampler);
    QTest::qWait(500);
    const MetricSample s = nextSample(sampler);
    QVERIFY(s.value(QStringLiteral("memory.total")) > 0);
    QVERIFY(s.value(QStringLiteral("limits.process_count")) > 10);
    QVERIFY(s.has(QStringLiteral("runtime.reductions")));
    QVERIFY(!s.has(QStringLiteral("processes.message_queue_max"))); // needs the agent's scan
    bool done = false;
    NodeInfo::fetch(session.get(), 5000, this, [&](const NodeInfo &info, const ConnectionError &e) {
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QVERIFY(info.agentless);
        QCOMPARE(info.node, node.name().toString());
        QVERIFY(info.schedulers > 0);
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
}

void TestMetrics::historyRing()
{
    MetricsHistory history(4);
    for (int i = 0; i < 6; ++i) {
        MetricSample s;
        s.timeMs = 1000 * (i + 1);
        s.values.insert(QStringLiteral("m"), i);
        history.append(s);
    }
    const QVector<QPointF> all = history.points(QStringLiteral("m"));
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.first(), QPointF(3000, 2));
    QCOMPARE(all.last(), QPointF(6000, 5));
    QCOMPARE(history.points(QStringLiteral("m"), 5000).size(), 2);
    QCOMPARE(history.latest(QStringLiteral("m")), 5.0);
    QVERIFY(history.points(QStringLiteral("absent")).isEmpty());
}

void TestMetrics::systemInfo()
{
    TestNode node;
    QVERIFY(node.start());
    auto session = connectSession(node);
    bool done = false;
    NodeInfo::fetch(session.get(), 5000, this, [&](const NodeInfo &info, const ConnectionError &e) {
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(info.node, node.name().toString());
        QVERIFY(info.otpRelease.toInt() >= 25);
        QVERIFY(!info.ertsVersion.isEmpty());
        QVERIFY(info.schedulers >= 1);
        QCOMPARE(info.wordSize, 8);
        QVERIFY(info.os.startsWith(QLatin1String("unix/")));
        QVERIFY(info.releaseName.isEmpty()); // plain erl runs no release
        QCOMPARE(info.creation, session->info().creation);
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
}

void TestMetrics::releaseInfo()
{
    // A node booted from a release's boot script reports that release's name and version.
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("bilbytest"));
    const QString make =
        QStringLiteral("Vsn = fun(A) -> _ = application:load(A), {ok, V} = application:get_key(A, vsn), V end,"
                       "Rel = {release, {\"bilbytest\", \"1.2.3\"}, {erts, erlang:system_info(version)},"
                       "       [{kernel, Vsn(kernel)}, {stdlib, Vsn(stdlib)}]},"
                       "ok = file:write_file(\"%1.rel\", io_lib:format(\"~p.~n\", [Rel])),"
                       "{ok, _, _} = systools:make_script(\"%1\", [local, silent, {outdir, \"%2\"}]),"
                       "halt(0).")
            .arg(base, dir.path());
    QProcess erl;
    erl.setWorkingDirectory(dir.path()); // where a crash dump would go
    erl.start(QStringLiteral(BILBY_ERL_PATH), {QStringLiteral("-noshell"), QStringLiteral("-eval"), make});
    QVERIFY(erl.waitForFinished(30000));
    QCOMPARE(erl.exitCode(), 0);
    TestNode node(TestNode::Options{true, 0, {QStringLiteral("-boot"), base}});
    QString error;
    QVERIFY2(node.start(&error), qPrintable(error));
    auto session = connectSession(node);
    QVERIFY(session->isConnected());
    bool done = false;
    NodeInfo::fetch(session.get(), 5000, this, [&](const NodeInfo &info, const ConnectionError &e) {
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(info.releaseName, QStringLiteral("bilbytest"));
        QCOMPARE(info.releaseVersion, QStringLiteral("1.2.3"));
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
