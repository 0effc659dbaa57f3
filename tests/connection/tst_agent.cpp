// The agent's life on a real node: loading, skipping the same code, reloading, requests in flight,
// and removing itself when the console leaves (cleanly or killed).
#include "connection/nodesession.h"
#include "support/testnode.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace bilby;
using namespace bilby::test;

namespace {

const QStringList AgentModules{QStringLiteral("bilby_agent"),
                               QStringLiteral("bilby_agent_metrics"),
                               QStringLiteral("bilby_agent_sysmon"),
                               QStringLiteral("bilby_agent_health"),
                               QStringLiteral("bilby_agent_procs"),
                               QStringLiteral("bilby_agent_inspect"),
                               QStringLiteral("bilby_agent_ets"),
                               QStringLiteral("bilby_agent_eval"),
                               QStringLiteral("bilby_agent_actions"),
                               QStringLiteral("bilby_agent_ports"),
                               QStringLiteral("bilby_agent_sup"),
                               QStringLiteral("bilby_agent_evtrace"),
                               QStringLiteral("bilby_agent_evhandlers"),
                               QStringLiteral("bilby_agent_events"),
                               QStringLiteral("bilby_agent_labels")};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// Processes running agent code and registered agent names: both must be gone after the console leaves.
const QString LeftoversExpr = QStringLiteral(
    "Mods = [M || {M, _} <- code:all_loaded(), lists:prefix(\"bilby\", atom_to_list(M))],"
    "Procs = [P || P <- processes(), {current_function, {M, _, _}} <- [process_info(P, current_function)],"
    "              lists:prefix(\"bilby\", atom_to_list(M))],"
    "Names = [N || N <- registered(), lists:prefix(\"bilby\", atom_to_list(N))],"
    "{length(Mods), length(Procs), length(Names)}.");

/// Takes the node's agent lock (bilby_agent_lifecycle) as another console would, from a test process that
/// holds it while it runs @p holdWhile (Erlang: "receive stop -> ok end", "timer:sleep(1500)").
bool holdAgentLock(TestRpc &rpc, const char *holdWhile)
{
    return rpc
        .eval(QStringLiteral("Self = self(), spawn(fun() -> register(bilby_agent_lifecycle, self()), Self ! locked, %1 "
                             "end), receive locked -> ok end.")
                  .arg(QLatin1String(holdWhile)))
        .has_value();
}

bool noLeftovers(TestRpc &rpc, int timeoutMs)
{
    return waitUntil(
        [&] {
            const auto r = rpc.eval(LeftoversExpr, 2000);
            return r && r->at(0).toInt(-1) == 0 && r->at(1).toInt(-1) == 0 && r->at(2).toInt(-1) == 0;
        },
        timeoutMs);
}

} // namespace

class TestAgent : public QObject
{
    Q_OBJECT
private slots:
    void loadsOnLongNameNode();
    void loadsOnShortNameNode();
    void skipsSameCodeAndReloadsOther();
    void pipelinesRequests();
    void agentEnforcesTimeout();
    void agentCapsResultSize();
    void removesItselfOnCleanExit();
    void removesItselfWhenConsoleIsKilled();
    void otherConsoleKeepsAgentCode();
    void overlappingConsolesAllGetTheAgent();
    void fallsBackWhenOldCodeIsInUse();
    void departureWithoutTheLockKeepsTheCode();
    void slowDepartureIsConfirmed();
    void busyApplicationControllerIsNoFailure();
    void ownTrafficIsNoBusyDistPort();
};

void TestAgent::loadsOnLongNameNode()
{
    TestNode node;
    QString error;
    QVERIFY2(node.start(&error), qPrintable(error));
    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Up);
    QVERIFY(session->info().agentLoaded);
    QCOMPARE(sorted(session->info().loadedModules), sorted(AgentModules));

    // Hidden: in nodes(hidden), never in nodes().
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    const auto hidden = rpc.call("erlang", "nodes", {Term::atom("hidden")});
    QVERIFY(hidden);
    QVERIFY(hidden->items().contains(Term::atom(session->info().localNode.toUtf8())));
    const auto visible = rpc.call("erlang", "nodes");
    QVERIFY(visible);
    QVERIFY(visible->isNil());

    bool done = false;
    session->request(Term::atom("ping"), 2000, this, [&](const Term &v, const ConnectionError &e) {
        QVERIFY(!e.isError());
        QVERIFY(v.isAtom("pong"));
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
}

void TestAgent::loadsOnShortNameNode()
{
    TestNode node(TestNode::Options{false, 0, {}});
    QString error;
    QVERIFY2(node.start(&error), qPrintable(error));
    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Up);
    QVERIFY(!session->info().localNode.section(QLatin1Char('@'), 1).contains(QLatin1Char('.')));
    bool done = false;
    session->request(Term::atom("info"), 2000, this, [&](const Term &v, const ConnectionError &e) {
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QCOMPARE(v.get("node").toQString(), node.name().toString());
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
}

void TestAgent::skipsSameCodeAndReloadsOther()
{
    TestNode node;
    QVERIFY(node.start());
    // A different module under an agent's name, as an older Bilby would have left it.
    QTemporaryDir dir;
    QFile src(dir.filePath(QStringLiteral("bilby_agent_metrics.erl")));
    QVERIFY(src.open(QIODevice::WriteOnly));
    src.write("-module(bilby_agent_metrics).\n-export([old/0]).\nold() -> old.\n");
    src.close();
    QCOMPARE(QProcess::execute(QStringLiteral(BILBY_ERLC_PATH), {QStringLiteral("-o"), dir.path(), src.fileName()}), 0);
    QFile beam(dir.filePath(QStringLiteral("bilby_agent_metrics.beam")));
    QVERIFY(beam.open(QIODevice::ReadOnly));
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    const auto loaded =
        rpc.call("code", "load_binary",
                 {Term::atom("bilby_agent_metrics"), Term::charList("old.erl"), Term::binary(beam.readAll())});
    QVERIFY(loaded && loaded->isTuple(2) && loaded->at(0).isAtom("module"));

    auto first = connectSession(node);
    QCOMPARE(first->state(), NodeSession::State::Up);
    QCOMPARE(sorted(first->info().loadedModules), sorted(AgentModules)); // the stale module was replaced
    const auto exported = rpc.call("erlang", "function_exported",
                                   {Term::atom("bilby_agent_metrics"), Term::atom("sample"), Term::integer(1)});
    QVERIFY(exported && exported->isAtom("true"));

    // A second console finds the same code and loads nothing.
    auto second = connectSession(node);
    QCOMPARE(second->state(), NodeSession::State::Up);
    QVERIFY(second->info().loadedModules.isEmpty());
    QCOMPARE(sorted(second->info().skippedModules), sorted(AgentModules));
}

void TestAgent::pipelinesRequests()
{
    TestNode node;
    QVERIFY(node.start());
    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Up);
    // A slow request does not hold up quick ones sent after it on the same connection.
    bool slowDone = false;
    int quickDone = 0;
    session->request(Term::tuple({Term::atom("sleep"), Term::integer(1500)}), 5000, this,
                     [&](const Term &v, const ConnectionError &e) {
                         QVERIFY(!e.isError());
                         QVERIFY(v.isAtom("slept"));
                         QCOMPARE(quickDone, 200);
                         slowDone = true;
                     });
    for (int i = 0; i < 200; ++i)
        session->request(Term::atom("ping"), 5000, this, [&](const Term &v, const ConnectionError &e) {
            QVERIFY(!e.isError() && v.isAtom("pong"));
            ++quickDone;
        });
    QTRY_VERIFY_WITH_TIMEOUT(slowDone, 10000);
}

void TestAgent::agentEnforcesTimeout()
{
    TestNode node;
    QVERIFY(node.start());
    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Up);
    // The agent's deadline fires on the node (the worker is killed there) before the console's grace runs out.
    bool done = false;
    QElapsedTimer clock;
    clock.start();
    session->request(Term::tuple({Term::atom("sleep"), Term::integer(10000)}), 300, this,
                     [&](const Term &, const ConnectionError &e) {
                         QCOMPARE(e.kind, ConnectionError::Kind::Timeout);
                         QVERIFY2(e.message.contains(QLatin1String("agent")), qPrintable(e.message));
                         QVERIFY(clock.elapsed() < 1200);
                         done = true;
                     });
    QTRY_VERIFY_WITH_TIMEOUT(done, 3000);
}

void TestAgent::agentCapsResultSize()
{
    TestNode node;
    QVERIFY(node.start());
    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Up);
    // The node's information is a few hundred bytes: a 64-byte cap refuses it on the node.
    bool done = false;
    session->request(Term::atom("info"), 2000, 64, this, [&](const Term &v, const ConnectionError &e) {
        QCOMPARE(e.kind, ConnectionError::Kind::Remote);
        QVERIFY2(e.message.contains(QLatin1String("too large")), qPrintable(e.message));
        QVERIFY(v.isNil());
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    done = false;
    session->request(Term::atom("info"), 2000, 65536, this, [&](const Term &v, const ConnectionError &e) {
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QVERIFY(v.isMap());
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
}

void TestAgent::removesItselfOnCleanExit()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Up);
    QVERIFY(!noLeftovers(rpc, 0));
    QVERIFY(stopSession(*session));
    QVERIFY(noLeftovers(rpc, 5000));
}

void TestAgent::removesItselfWhenConsoleIsKilled()
{
    TestNode node(TestNode::Options{true, 4, {}});
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BILBY_COOKIE"), QString::fromLatin1(node.cookie()));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(BILBY_CLI_PATH),
              {QStringLiteral("metrics"), QStringLiteral("--follow"), QStringLiteral("--json"),
               QStringLiteral("--node"), node.name().toString()});
    QVERIFY(cli.waitForReadyRead(15000));
    QVERIFY(!noLeftovers(rpc, 0));
    cli.kill(); // SIGKILL: no chance to say goodbye
    QVERIFY(cli.waitForFinished(5000));
    QVERIFY(noLeftovers(rpc, 4000 + 1000));
}

void TestAgent::otherConsoleKeepsAgentCode()
{
    TestNode node;
    QVERIFY(node.start());
    auto first = connectSession(node);
    auto second = connectSession(node);
    QCOMPARE(second->state(), NodeSession::State::Up);
    QVERIFY(stopSession(*first));
    QTest::qWait(500);
    // The second console's agent still answers: the first did not purge code in use.
    bool done = false;
    second->request(Term::atom("ping"), 2000, this, [&](const Term &v, const ConnectionError &e) {
        QVERIFY2(!e.isError(), qPrintable(e.message));
        QVERIFY(v.isAtom("pong"));
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
}

// Consoles arriving while others leave: the departure of the last agent and the arrival of the next one
// are serialized on the node, so every console gets a running agent, and the last one out leaves nothing.
void TestAgent::overlappingConsolesAllGetTheAgent()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    constexpr int Waves = 6;
    constexpr int PerWave = 8;
    std::vector<std::unique_ptr<NodeSession>> leaving;
    int up = 0;
    QStringList failures;
    for (int wave = 0; wave < Waves; ++wave) {
        std::vector<std::unique_ptr<NodeSession>> arriving;
        for (int i = 0; i < PerWave; ++i) {
            arriving.push_back(std::make_unique<NodeSession>(node.name(), node.cookie()));
            arriving.back()->start();
        }
        // The previous wave leaves while this one is loading and starting.
        for (auto &s : leaving)
            s->stop();
        QVERIFY(waitUntil(
            [&] {
                return std::all_of(arriving.begin(), arriving.end(), [](const auto &s) {
                    return s->state() == NodeSession::State::Up || s->state() == NodeSession::State::Agentless ||
                           s->state() == NodeSession::State::Down;
                });
            },
            30000));
        for (const auto &s : arriving) {
            if (s->state() == NodeSession::State::Up)
                ++up;
            else
                failures << s->info().agentlessReason + s->lastError().message;
        }
        QVERIFY(waitUntil([&] { return std::all_of(leaving.begin(), leaving.end(), [](const auto &s) {
                                    return s->state() == NodeSession::State::Idle ||
                                           s->state() == NodeSession::State::Down;
                                }); },
                          10000));
        leaving = std::move(arriving);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(up, Waves * PerWave);
    for (auto &s : leaving)
        s->stop();
    QVERIFY(noLeftovers(rpc, 10000));
}

void TestAgent::fallsBackWhenOldCodeIsInUse()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    // Two other versions of an agent module, the first still running in a process: after loading the
    // second, the first is old code in use, which only a hard purge (killing that process) could remove.
    QTemporaryDir dir;
    const auto compile = [&](const QByteArray &body) {
        QFile src(dir.filePath(QStringLiteral("bilby_agent_metrics.erl")));
        src.open(QIODevice::WriteOnly | QIODevice::Truncate);
        src.write("-module(bilby_agent_metrics).\n-export([loop/0]).\n" + body);
        src.close();
        QProcess::execute(QStringLiteral(BILBY_ERLC_PATH), {QStringLiteral("-o"), dir.path(), src.fileName()});
        QFile beam(dir.filePath(QStringLiteral("bilby_agent_metrics.beam")));
        beam.open(QIODevice::ReadOnly);
        return beam.readAll();
    };
    const auto load = [&](const QByteArray &beam) {
        const auto r = rpc.call("code", "load_binary",
                                {Term::atom("bilby_agent_metrics"), Term::charList("v.erl"), Term::binary(beam)});
        return r && r->isTuple(2) && r->at(0).isAtom("module");
    };
    QVERIFY(load(compile("loop() -> receive stop -> ok end.\n")));
    const auto holder =
        rpc.call("erlang", "spawn", {Term::atom("bilby_agent_metrics"), Term::atom("loop"), Term::list({})});
    QVERIFY(holder && holder->isPid());
    QVERIFY(load(compile("loop() -> receive stop -> ok; _ -> loop() end.\n")));

    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Agentless);
    QVERIFY2(session->info().agentlessReason.contains(QLatin1String("still in use")),
             qPrintable(session->info().agentlessReason));
    // The process running the old code was left alone, and so was that module; the agent modules loaded
    // before the refusal went again (no owner is left for them).
    const auto alive = rpc.call("erlang", "is_process_alive", {*holder});
    QVERIFY(alive && alive->isAtom("true"));
    const auto left = rpc.eval(
        QStringLiteral("lists:sort([M || {M, _} <- code:all_loaded(), lists:prefix(\"bilby\", atom_to_list(M))])."));
    QVERIFY(left);
    QCOMPARE(*left, Term::list({Term::atom("bilby_agent_metrics")}));
    // Basic metrics still come, over plain RPC.
    bool done = false;
    session->call("erlang", "memory", {Term::atom("total")}, 2000, this, [&](const Term &v, const ConnectionError &e) {
        QVERIFY(!e.isError() && v.toInt() > 0);
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
}

// Another console (here: a test process) holds the node's agent lock past the departure's 15 s: the code is
// not removed without the lock (an arrival holding it may have just loaded it), and the console is told so.
void TestAgent::departureWithoutTheLockKeepsTheCode()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Up);
    QVERIFY(holdAgentLock(rpc, "receive stop -> ok end"));
    QVERIFY(stopSession(*session));
    QCOMPARE(session->departure(), NodeSession::Departure::Unconfirmed);
    const auto modules = [&] {
        const auto r = rpc.eval(QStringLiteral(
            "length([M || {M, _} <- code:all_loaded(), lists:prefix(\"bilby_agent\", atom_to_list(M))])."));
        return r ? int(r->toInt(-1)) : -1;
    };
    QTest::qWait(16000);
    QCOMPARE(modules(), AgentModules.size());
    // The next console to leave removes it.
    QVERIFY(rpc.eval(QStringLiteral("bilby_agent_lifecycle ! stop, ok.")));
    auto next = connectSession(node);
    QCOMPARE(next->state(), NodeSession::State::Up);
    QVERIFY(stopSession(*next));
    QCOMPARE(next->departure(), NodeSession::Departure::Removed);
    QVERIFY(noLeftovers(rpc, 5000));
}

// A departure that takes longer than a second (the lock held a moment by another console, the purge on a
// node of many processes) is still confirmed: the console waits for it (up to 2.5 s), knowing it is under way.
void TestAgent::slowDepartureIsConfirmed()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Up);
    QVERIFY(holdAgentLock(rpc, "timer:sleep(1500)"));
    QSignalSpy stopped(session.get(), &NodeSession::stopped);
    QElapsedTimer clock;
    clock.start();
    session->stop();
    QVERIFY(stopped.wait(5000));
    QVERIFY2(session->departure() == NodeSession::Departure::Removed, qPrintable(session->departureError()));
    QVERIFY(clock.elapsed() >= 1000);
    QVERIFY(noLeftovers(rpc, 5000));
}

// The application controller is busy for seconds while an application stops (rabbitmqctl stop_app): the
// agent neither waits for it nor fails because of it, at start or when an application ends.
void TestAgent::busyApplicationControllerIsNoFailure()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    // Only the process that suspended it can resume it: one of the test's own does both.
    QVERIFY(rpc.eval(QStringLiteral("ok = application:start(sasl), Self = self(), "
                                    "register(t_suspender, spawn(fun() -> AC = whereis(application_controller), "
                                    "true = erlang:suspend_process(AC), Self ! suspended, "
                                    "receive resume -> erlang:resume_process(AC) end end)), "
                                    "receive suspended -> ok end.")));
    auto session = connectSession(node);
    QVERIFY2(session->state() == NodeSession::State::Up, qPrintable(session->info().agentlessReason));
    // An application's master ends (the agent watches them for an orderly shutdown).
    QVERIFY(rpc.eval(QStringLiteral("exit(application_controller:get_master(sasl), kill), ok.")));
    QTest::qWait(6000);
    const auto [pong, error] = askAgent(*session, Term::atom("ping"), 2000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(pong.isAtom("pong"));
    QVERIFY(rpc.eval(QStringLiteral("t_suspender ! resume, ok.")));
    QVERIFY(stopSession(*session));
    QVERIFY(noLeftovers(rpc, 5000));
}

void TestAgent::ownTrafficIsNoBusyDistPort()
{
    // A 1 KB distribution buffer: the agent's own replies (a metrics sample is several KB) fill it and
    // suspend the agent's server for a moment. That is the console's traffic, not the node's trouble:
    // the system monitor's busy_dist_port count stays at 0.
    TestNode::Options options;
    options.extraArgs = {QStringLiteral("+zdbbl"), QStringLiteral("1")};
    TestNode node(options);
    QVERIFY(node.start());
    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Up);
    int answered = 0;
    qint64 busy = -1;
    for (int i = 0; i < 100; ++i)
        session->request(Term::atom("metrics"), 5000, this, [&](const Term &v, const ConnectionError &e) {
            QVERIFY2(!e.isError(), qPrintable(e.message));
            ++answered;
            for (const Term &pair : v.items()) {
                if (pair.isTuple(2) && pair.at(0).toQString() == QLatin1String("sysmon.busy_dist_port"))
                    busy = pair.at(1).toInt(-1);
            }
        });
    QTRY_COMPARE_WITH_TIMEOUT(answered, 100, 15000);
    QCOMPARE(busy, qint64(0));
}

QTEST_GUILESS_MAIN(TestAgent)
#include "tst_agent.moc"
