// Quitting the console removes its agents and says so. The model objects as main() builds them, then the
// application itself: every connected node's agent stops and its code is removed, the timeline in the
// history file records it (or that another console keeps the code, or that a node did not answer), and
// a node that does not answer keeps the console from quitting for a few seconds at most.
#include "alarms/alarmcenter.h"
#include "connection/cookievault.h"
#include "connection/distconnection.h"
#include "console/consoleshutdown.h"
#include "settings/settings.h"
#include "store/metricstore.h"
#include "support/consoleapp.h"
#include "support/testnode.h"
#include "topology/noderegistry.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace bilby;
using namespace bilby::test;

namespace {

bool agentRuns(TestRpc &rpc)
{
    const auto running = rpc.eval(
        QStringLiteral("[N || N <- registered(), lists:prefix(\"bilby_agent_srv_\", atom_to_list(N))] =/= []."));
    return running && running->isAtom("true");
}

/// The agent's modules still loaded on the node (none once the last console has left).
int agentModules(TestRpc &rpc)
{
    const auto loaded = rpc.eval(
        QStringLiteral("length([M || {M, _} <- code:all_loaded(), lists:prefix(\"bilby_agent\", atom_to_list(M))])."));
    return loaded && loaded->isInteger() ? int(loaded->toInt()) : -1;
}

bool isLoaded(TestRpc &rpc)
{
    const auto loaded = rpc.call("code", "is_loaded", {Term::atom("bilby_agent")});
    return !loaded || !loaded->isAtom("false");
}

/// The agent entry of @p node in @p items whose text contains @p needle.
QJsonObject agentEntry(const QJsonArray &items, const QString &node, const QString &needle)
{
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("node")).toString() == node &&
            o.value(QStringLiteral("origin")).toString() == QLatin1String("agent") &&
            o.value(QStringLiteral("text")).toString().contains(needle))
            return o;
    }
    return {};
}

/// One console as main() builds it: the store, the registry and the alarm center over them.
struct Console
{
    explicit Console(const QString &db)
    {
        store.open(db);
        registry.setStore(&store);
    }
    MetricStore store;
    NodeRegistry registry{nullptr, nullptr};
    AlarmCenter center{&registry, &store};
};

} // namespace

class TestQuit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { DistConnection::initialize(); }
    void quitRecordsAgentRemoved();
    void anotherConsoleKeepsTheCode();
    void appQuitIsRecordedAndBounded();
};

void TestQuit::quitRecordsAgentRemoved()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    QTemporaryDir dir;
    const QString db = QDir(dir.path()).filePath(QStringLiteral("history.sqlite"));
    {
        Console console(db);
        QVERIFY(console.registry.addNode(node.name(), node.cookie(), NodeRegistry::Persistence::Transient));
        QVERIFY(waitUntil([&] { return agentRuns(rpc); }, 15000));
        QVERIFY(agentModules(rpc) > 0);

        const ConsoleShutdown::Outcome outcome = ConsoleShutdown::run(&console.registry, &console.store, 3000);
        QCOMPARE(outcome.sessions, 1);
        QCOMPARE(outcome.unfinished, 0);
        QVERIFY(outcome.flushed);
        QVERIFY2(outcome.elapsedMs < 3000, QByteArray::number(outcome.elapsedMs).constData());
        // The records were written before the store closes, while it is still open.
        const QJsonObject removed = agentEntry(storedNotifications(db), node.name().toString(),
                                               QStringLiteral("Agent removed from ") + node.name().toString());
        QVERIFY2(!removed.isEmpty(), QJsonDocument(storedNotifications(db)).toJson().constData());
        QCOMPARE(removed.value(QStringLiteral("severity")).toString(), QStringLiteral("info"));
    }
    QVERIFY(!isLoaded(rpc));
    QCOMPARE(agentModules(rpc), 0);
}

void TestQuit::anotherConsoleKeepsTheCode()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    const QString name = node.name().toString();
    QTemporaryDir dir;
    const QString firstDb = QDir(dir.path()).filePath(QStringLiteral("first.sqlite"));
    const QString secondDb = QDir(dir.path()).filePath(QStringLiteral("second.sqlite"));
    auto first = std::make_unique<Console>(firstDb);
    auto second = std::make_unique<Console>(secondDb);
    QVERIFY(first->registry.addNode(node.name(), node.cookie(), NodeRegistry::Persistence::Transient));
    QVERIFY(second->registry.addNode(node.name(), node.cookie(), NodeRegistry::Persistence::Transient));
    const auto bothUp = [&] {
        return first->registry.entry(name)->state() == NodeSession::State::Up &&
               second->registry.entry(name)->state() == NodeSession::State::Up;
    };
    QVERIFY(waitUntil(bothUp, 15000));

    // The first to quit leaves the code to the other console, and says so.
    QCOMPARE(ConsoleShutdown::run(&first->registry, &first->store, 3000).unfinished, 0);
    first.reset();
    QVERIFY(!agentEntry(storedNotifications(firstDb), name, QStringLiteral("its code stays for another Bilby console"))
                 .isEmpty());
    QVERIFY(agentEntry(storedNotifications(firstDb), name, QStringLiteral("Agent removed")).isEmpty());
    QVERIFY(isLoaded(rpc));
    // The last one out removes it.
    QCOMPARE(ConsoleShutdown::run(&second->registry, &second->store, 3000).unfinished, 0);
    second.reset();
    QVERIFY(!agentEntry(storedNotifications(secondDb), name, QStringLiteral("Agent removed from ")).isEmpty());
    QVERIFY(!isLoaded(rpc));
    QCOMPARE(agentModules(rpc), 0);
}

void TestQuit::appQuitIsRecordedAndBounded()
{
    // The application with two saved nodes; one of them freezes before the console is told to quit.
    TestNode healthy;
    TestNode hung;
    QVERIFY(healthy.start());
    QVERIFY(hung.start());
    QTemporaryDir dir;
    {
        Settings settings(Settings::iniPathIn(dir.path()));
        CookieVault::Options options;
        options.forceFile = true;
        options.directory = dir.path();
        CookieVault vault(options);
        const QString a = healthy.name().toString();
        const QString b = hung.name().toString();
        settings.setNodes({{a, a, {}}, {b, b, {}}});
        settings.sync();
        vault.store(a, healthy.cookie());
        vault.store(b, hung.cookie());
        int stored = 0;
        for (const QString &key : {a, b})
            vault.load(key, &vault, [&stored](const QByteArray &, const QString &error) { stored += error.isEmpty(); });
        QVERIFY(waitUntil([&] { return stored == 2; }, 10000));
    }
    TestRpc healthyRpc(healthy.name(), healthy.cookie());
    TestRpc hungRpc(hung.name(), hung.cookie());
    QVERIFY(healthyRpc.connect());
    QVERIFY(hungRpc.connect());
    ConsoleApp app(dir.path());
    QVERIFY(app.start());
    QVERIFY(waitUntil([&] { return agentRuns(healthyRpc) && agentRuns(hungRpc); }, 20000));

    hung.freeze();
    QElapsedTimer clock;
    clock.start();
    app.signal(SIGTERM);
    QVERIFY2(app.waitForExit(15000), "the console did not quit");
    const qint64 quitMs = clock.elapsed();
    QVERIFY2(app.exitedNormally(), app.errorOutput().constData());
    QCOMPARE(app.exitCode(), 0);
    // A few seconds at most, however long the frozen node stays silent.
    QVERIFY2(quitMs < 6000, QByteArray::number(quitMs).constData());

    const QJsonArray entries =
        storedNotifications(app.historyPath(), {QStringLiteral("--origin"), QStringLiteral("agent")});
    const QByteArray dump = QJsonDocument(entries).toJson();
    QVERIFY2(!agentEntry(entries, healthy.name().toString(), QStringLiteral("Agent removed from ")).isEmpty(),
             dump.constData());
    const QJsonObject unconfirmed =
        agentEntry(entries, hung.name().toString(), QStringLiteral("did not confirm its removal"));
    QVERIFY2(!unconfirmed.isEmpty(), dump.constData());
    QCOMPARE(unconfirmed.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    QVERIFY(!isLoaded(healthyRpc));
    QCOMPARE(agentModules(healthyRpc), 0);
    // Thawed, the node sees the console's connection gone and its agent removes itself.
    hung.unfreeze();
    QVERIFY(waitUntil([&] { return !isLoaded(hungRpc); }, 20000));
    QCOMPARE(agentModules(hungRpc), 0);
}

QTEST_GUILESS_MAIN(TestQuit)
#include "tst_quit.moc"
