// Events pushed by the agent, end to end on real nodes: logs and reports, a remote shell, code loading,
// configuration, SASL alarms, system monitor details, a flood of error logs, and the clean-up.
#include "connection/nodesession.h"
#include "events/eventfeed.h"
#include "support/eventconsole.h"
#include "support/flood.h"
#include "support/testnode.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bilby;
using namespace bilby::test;

namespace {

using Origin = Notification::Origin;

// What an agent could leave behind: our logger handler, alarm handler, meta traces, hub, code.
const QString LeftoversExpr = QStringLiteral(
    "Log = lists:member(bilby_agent_events, logger:get_handler_ids()),"
    "Alarm = case whereis(alarm_handler) of undefined -> false; _ ->"
    "  lists:any(fun({bilby_agent_evhandlers, _}) -> true; (_) -> false end, gen_event:which_handlers(alarm_handler)) "
    "end,"
    "MFAs = [{shell, expand_hist, 2}, {erlang, prepare_loading, 2}, {erlang, finish_loading, 1},"
    "        {erlang, delete_module, 1}, {erts_code_purger, do_purge, 2}, {erts_code_purger, do_soft_purge, 2},"
    "        {erts_internal, purge_module, 2}, {application_controller, set_env, 3},"
    "        {application_controller, set_env, 4}, {application_controller, unset_env, 2}],"
    "Traces = [M || M <- MFAs, element(2, erlang:trace_info(M, meta)) =/= false],"
    "Hub = whereis(bilby_agent_events) =/= undefined,"
    "Mods = [M || {M, _} <- code:all_loaded(), lists:prefix(\"bilby_agent\", atom_to_list(M))],"
    "{Log, Alarm, Traces, Hub, Mods}.");

} // namespace

class TestEvents : public QObject
{
    Q_OBJECT
private slots:
    void logsAndReports();
    void remoteShellExpression();
    void codeLoadedReloadedPurged();
    void configurationChange();
    void nodeAlarms();
    void sysmonDetailsOnlyWhenSwitchedOn();
    void floodIsDroppedAndCounted();
    void cleansUpAndSecondConsoleKeepsEvents();
    void deadHubLeavesNothingBehind();
    void othersMetaTraceIsLeftAlone();
    void resubscribesAfterNodeRestart();
    void agentlessNodeSaysSo();
    void malformedBatchIsReported();
};

void TestEvents::logsAndReports()
{
    TestNode node;
    QVERIFY(node.start());
    auto c = attachEvents(node);
    QVERIFY2(c->subscribed, qPrintable(c->failure));
    for (const char *source : {"log", "shell", "code", "config", "system_monitor"})
        QVERIFY2(c->sources.contains(QLatin1String(source)), qPrintable(c->sources.join(QLatin1Char(','))));
    // sasl is not running on a plain node: its absence is explained.
    QVERIFY(c->unavailable.contains(QStringLiteral("alarm")));

    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    QVERIFY(
        rpc.eval(QStringLiteral("logger:error(\"bilby test error ~p\", [1]), logger:warning(\"bilby test warning\"),"
                                "logger:info(\"bilby test info\").")));
    QVERIFY(c->waitFor(Origin::Log, QStringLiteral("bilby test error 1")));
    QVERIFY(c->waitFor(Origin::Log, QStringLiteral("bilby test warning")));
    QCOMPARE(c->find(Origin::Log, QStringLiteral("bilby test error"))->severity, Notification::Severity::Error);
    QCOMPARE(c->find(Origin::Log, QStringLiteral("bilby test warning"))->severity, Notification::Severity::Warning);

    // A crash report from a proc_lib process.
    QVERIFY(rpc.eval(QStringLiteral("proc_lib:spawn(fun() -> exit(bilby_crash_reason) end).")));
    QVERIFY(c->waitFor(Origin::Log, QStringLiteral("bilby_crash_reason")));
    QVERIFY(
        c->find(Origin::Log, QStringLiteral("bilby_crash_reason"))->details.contains(QLatin1String("crash_report")));

    // A supervisor report: a temporary child of kernel_safe_sup that dies.
    QVERIFY(rpc.eval(QStringLiteral(
        "supervisor:start_child(kernel_safe_sup, #{id => bilby_test_child, restart => temporary,"
        "  start => {erlang, apply, [fun() -> {ok, spawn_link(fun() -> timer:sleep(50), exit(bilby_child_died) end)} "
        "end, []]}}).")));
    QVERIFY(waitUntil(
        [&] {
            const Notification *n = c->find(Origin::Log, QStringLiteral("bilby_child_died"));
            return n && n->details.contains(QLatin1String("supervisor_report"));
        },
        5000));
    // info is below the default level (warning): it never came.
    QVERIFY(!c->find(Origin::Log, QStringLiteral("bilby test info")));
    QVERIFY2(c->malformed.isEmpty(), qPrintable(c->malformed.join(QLatin1Char('\n'))));
}

void TestEvents::remoteShellExpression()
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("util-linux's script is needed to give erl -remsh a terminal");
    TestNode node;
    QVERIFY(node.start());
    auto c = attachEvents(node);
    QVERIFY2(c->subscribed, qPrintable(c->failure));

    // erl -remsh only starts the remote shell on a terminal (with a pipe it runs a local one): script
    // gives it a pseudo-terminal, fed from our pipe.
    const QString command = QStringLiteral("%1 -name r_%2@127.0.0.1 -setcookie %3 -remsh %4")
                                .arg(QStringLiteral(BILBY_ERL_PATH), QString::fromLatin1(randomToken(8)),
                                     QString::fromLatin1(node.cookie()), node.name().toString());
    QProcess remsh;
    remsh.start(script, {QStringLiteral("-qfec"), command, QStringLiteral("/dev/null")});
    QVERIFY(remsh.waitForStarted(5000));
    // The prompt names the node the shell runs on: the remote one.
    QByteArray screen;
    QVERIFY(waitUntil(
        [&] {
            screen += remsh.readAllStandardOutput();
            return screen.contains("(" + node.name().toString().toUtf8() + ")1>");
        },
        15000));
    remsh.write("lists:reverse(\"rekram_yblib\").\n");
    QVERIFY(c->waitFor(Origin::Shell, QStringLiteral("lists:reverse(\"rekram_yblib\")"), 10000));
    const Notification *n = c->find(Origin::Shell, QStringLiteral("rekram_yblib"));
    QVERIFY2(n->details.contains(QLatin1String("shell: #Pid<")), qPrintable(n->details));

    // The hub remembers the shell, alive, for the health checks.
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    const auto shells = rpc.call("bilby_agent_events", "shell_pids");
    QVERIFY(shells && shells->isList() && shells->items().size() == 1 && shells->at(0).isPid());
    const auto shellNode = rpc.call("erlang", "node", {shells->at(0)});
    QVERIFY(shellNode && shellNode->atomName() == node.name().toString().toUtf8());

    // Leave the remote shell without q(), which would stop the node: end the terminal.
    remsh.kill();
    QVERIFY(remsh.waitForFinished(5000));
}

void TestEvents::codeLoadedReloadedPurged()
{
    TestNode node;
    QVERIFY(node.start());
    auto c = attachEvents(node);
    QVERIFY2(c->subscribed, qPrintable(c->failure));
    QTemporaryDir dir;
    const QByteArray v1 = compileErlang(dir, "bilby_codetest", "-export([v/0]).\nv() -> 1.\n");
    const QByteArray v2 = compileErlang(dir, "bilby_codetest", "-export([v/0]).\nv() -> 2.\n");
    QVERIFY(!v1.isEmpty() && !v2.isEmpty());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());

    QVERIFY(loadBeam(rpc, "bilby_codetest", v1));
    QVERIFY(c->waitFor(Origin::Code, QStringLiteral("bilby_codetest loaded")));
    QVERIFY(loadBeam(rpc, "bilby_codetest", v2));
    QVERIFY(c->waitFor(Origin::Code, QStringLiteral("bilby_codetest reloaded")));
    const auto md5 = rpc.call("erlang", "get_module_info", {Term::atom("bilby_codetest"), Term::atom("md5")});
    QVERIFY(md5 && md5->isBinary());
    const QString md5v2 = QString::fromLatin1(md5->bytes().toHex());
    const QString loadedText = c->find(Origin::Code, QStringLiteral("bilby_codetest loaded"))->text;
    const QString reloadedText = c->find(Origin::Code, QStringLiteral("bilby_codetest reloaded"))->text;
    QVERIFY2(reloadedText.endsWith(md5v2), qPrintable(reloadedText));
    QVERIFY2(!loadedText.contains(md5v2) && loadedText.contains(QLatin1String("md5 ")), qPrintable(loadedText));

    // Purging removes v1 (the old code): the event names v1's md5.
    const auto purged = rpc.call("code", "purge", {Term::atom("bilby_codetest")});
    QVERIFY(purged);
    QVERIFY(c->waitFor(Origin::Code, QStringLiteral("bilby_codetest purged")));
    const QString md5v1 = loadedText.section(QLatin1Char(' '), -1);
    QVERIFY2(c->find(Origin::Code, QStringLiteral("bilby_codetest purged"))->text.endsWith(md5v1),
             qPrintable(c->find(Origin::Code, QStringLiteral("bilby_codetest purged"))->text));

    // Deleted, then soft-purged.
    QVERIFY(rpc.call("code", "delete", {Term::atom("bilby_codetest")}));
    QVERIFY(c->waitFor(Origin::Code, QStringLiteral("bilby_codetest deleted")));
    QVERIFY(rpc.call("code", "soft_purge", {Term::atom("bilby_codetest")}));
    QVERIFY(c->waitFor(Origin::Code, QStringLiteral("bilby_codetest soft-purged")));
}

void TestEvents::configurationChange()
{
    TestNode node;
    QVERIFY(node.start());
    auto c = attachEvents(node);
    QVERIFY2(c->subscribed, qPrintable(c->failure));
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    QVERIFY(rpc.eval(QStringLiteral("application:set_env(kernel, bilby_test_key, {old, 1}).")));
    QVERIFY(c->waitFor(Origin::Config, QStringLiteral("bilby_test_key: (unset) -> {old,1}")));
    QVERIFY(rpc.eval(QStringLiteral("application:set_env(kernel, bilby_test_key, <<\"new value\">>).")));
    QVERIFY(c->waitFor(Origin::Config, QStringLiteral("bilby_test_key: {old,1} -> new value")));
    const Notification *n = c->find(Origin::Config, QStringLiteral("-> new value"));
    QCOMPARE(n->details, QStringLiteral("old: {old,1}\nnew: new value"));
    QVERIFY(rpc.eval(QStringLiteral("application:unset_env(kernel, bilby_test_key).")));
    QVERIFY(c->waitFor(Origin::Config, QStringLiteral("bilby_test_key: new value -> (unset)")));
    // A large value is shown cut (1 KB) and not kept: the next change says so instead of the old value.
    QVERIFY(rpc.eval(QStringLiteral("application:set_env(kernel, bilby_big, lists:duplicate(100000, $a)).")));
    QVERIFY(c->waitFor(Origin::Config, QStringLiteral("bilby_big: (unset) -> aaaaaaaa")));
    QVERIFY(c->find(Origin::Config, QStringLiteral("bilby_big: (unset)"))->details.size() < 1100);
    QVERIFY(rpc.eval(QStringLiteral("application:set_env(kernel, bilby_big, small).")));
    QVERIFY(c->waitFor(Origin::Config, QStringLiteral("bilby_big: (a large value, not kept) -> small")));
    // Behind the traced functions' back: the periodic resync (every 10 s) still sees it.
    QVERIFY(rpc.eval(QStringLiteral("ets:insert(ac_tab, {{env, kernel, bilby_sneaky}, 7}).")));
    QVERIFY(c->waitFor(Origin::Config, QStringLiteral("bilby_sneaky: (unset) -> 7"), 12000));
}

void TestEvents::nodeAlarms()
{
    TestNode node(TestNode::Options::withSasl());
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    QVERIFY(rpc.eval(QStringLiteral("alarm_handler:set_alarm({bilby_before, \"set before\"}).")));
    auto c = attachEvents(node);
    QVERIFY2(c->subscribed, qPrintable(c->failure));
    QVERIFY(c->sources.contains(QStringLiteral("alarm")));
    QCOMPARE(c->currentAlarms.size(), 1);
    QCOMPARE(c->currentAlarms.first().alarmId, QStringLiteral("bilby_before"));
    QCOMPARE(c->currentAlarms.first().description, QStringLiteral("set before"));

    QVERIFY(rpc.eval(QStringLiteral("alarm_handler:set_alarm({{disk_almost_full, \"/data\"}, []}).")));
    QVERIFY(waitUntil([&] { return !c->alarms.isEmpty(); }, 5000));
    QVERIFY(c->alarms.first().set);
    QCOMPARE(c->alarms.first().alarmId, QStringLiteral("{disk_almost_full,\"/data\"}"));
    QVERIFY(rpc.eval(QStringLiteral("alarm_handler:clear_alarm({disk_almost_full, \"/data\"}).")));
    QVERIFY(waitUntil([&] { return c->alarms.size() == 2; }, 5000));
    QVERIFY(!c->alarms.at(1).set);
    QCOMPARE(c->alarms.at(1).alarmId, c->alarms.first().alarmId);
    // SASL alarms are for the alarm engine, not notifications.
    for (const Notification &n : qAsConst(c->notes))
        QVERIFY(n.origin != Origin::Alarm);
}

void TestEvents::sysmonDetailsOnlyWhenSwitchedOn()
{
    TestNode node;
    QVERIFY(node.start());
    auto c = attachEvents(node);
    QVERIFY2(c->subscribed, qPrintable(c->failure));
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    // A heap over the system monitor's large_heap threshold (128 MB): about 10 million list cells.
    const QString bigHeap =
        QStringLiteral("{P, R} = spawn_monitor(fun() -> L = lists:seq(1, 10000000), erlang:garbage_collect(),"
                       " exit(length(L)) end), receive {'DOWN', R, process, P, _} -> ok end.");
    QVERIFY(rpc.eval(bigHeap, 30000));
    QTest::qWait(1500);
    QVERIFY(!c->find(Origin::SystemMonitor, QString()));

    c->feed->setSysmonDetails(true);
    QTest::qWait(300);
    QVERIFY(rpc.eval(bigHeap, 30000));
    QVERIFY(c->waitFor(Origin::SystemMonitor, QStringLiteral("large_heap"), 5000));
    const Notification *n = c->find(Origin::SystemMonitor, QStringLiteral("large_heap"));
    QCOMPARE(n->severity, Notification::Severity::Warning);
    QVERIFY2(n->details.contains(QLatin1String("pid: #Pid<")), qPrintable(n->details));
}

void TestEvents::floodIsDroppedAndCounted()
{
    TestNode node;
    QVERIFY(node.start());
    auto c = attachEvents(node);
    QVERIFY2(c->subscribed, qPrintable(c->failure));
    const FloodResult f = runFlood(node, *c, 100000, 10);
    QVERIFY2(f.failure.isEmpty(), qPrintable(f.failure));
    qInfo("flood: %lld error logs in 10 s; peak memory growth %.1f MB; console got %lld, dropped %lld; "
          "worst ping %lld ms (RPC), %lld ms (agent) over %d pings",
          f.produced, f.peakGrowthBytes / 1048576.0, f.delivered, f.dropped, f.worstRpcMs, f.worstAgentMs, f.pings);
    QVERIFY2(f.produced >= 300000, "the flood did not happen: the test proves nothing");
    QVERIFY(f.peakGrowthBytes <= qint64(50) * 1024 * 1024);
    QVERIFY(f.dropped > 0);
    // At most 200 a second get through the logger handler's bucket, in the 11 or 12 seconds touched.
    QVERIFY(f.delivered > 0 && f.delivered <= qint64(200) * 12);
    QCOMPARE(f.delivered + f.dropped, f.produced);
    // The node keeps answering: plain RPC and the agent, each within 1 s.
    QVERIFY(f.worstRpcMs < 1000);
    QVERIFY(f.worstAgentMs < 1000);
}

void TestEvents::cleansUpAndSecondConsoleKeepsEvents()
{
    TestNode node(TestNode::Options::withSasl());
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    auto first = attachEvents(node);
    auto second = attachEvents(node, EventFeed::Options{QStringLiteral("error"), false});
    QVERIFY2(first->subscribed && second->subscribed, qPrintable(first->failure + second->failure));
    QVERIFY(first->sources.contains(QStringLiteral("alarm")));

    // Each console gets what its level asks for.
    QVERIFY(rpc.eval(QStringLiteral("logger:warning(\"bilby both warning\"), logger:error(\"bilby both error\").")));
    QVERIFY(first->waitFor(Origin::Log, QStringLiteral("bilby both error")));
    QVERIFY(second->waitFor(Origin::Log, QStringLiteral("bilby both error")));
    QVERIFY(first->find(Origin::Log, QStringLiteral("bilby both warning")));
    QVERIFY(!second->find(Origin::Log, QStringLiteral("bilby both warning")));

    first->stop();
    QVERIFY(rpc.eval(QStringLiteral("logger:error(\"bilby after first left\").")));
    QVERIFY(second->waitFor(Origin::Log, QStringLiteral("bilby after first left")));
    const auto stillThere = rpc.eval(LeftoversExpr);
    QVERIFY(stillThere && stillThere->at(0).isAtom("true") && stillThere->at(3).isAtom("true"));

    second->stop();
    QVERIFY(waitUntil(
        [&] {
            const auto r = rpc.eval(LeftoversExpr, 2000);
            return r && r->at(0).isAtom("false") && r->at(1).isAtom("false") && r->at(2).isNil() &&
                   r->at(3).isAtom("false") && r->at(4).isNil();
        },
        5000));
    // The node's own logging and alarms still work.
    QVERIFY(rpc.eval(QStringLiteral("ok = logger:error(\"after\"), alarm_handler:set_alarm({after_bilby, []}).")));
}

void TestEvents::deadHubLeavesNothingBehind()
{
    TestNode node(TestNode::Options::withSasl());
    QVERIFY(node.start());
    auto c = attachEvents(node);
    QVERIFY2(c->subscribed, qPrintable(c->failure));
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    const auto hub = rpc.call("erlang", "whereis", {Term::atom("bilby_agent_events")});
    QVERIFY(hub && hub->isPid());

    // Killed (as its heap limit would): the agent server removes the handlers and traces that name it...
    QVERIFY(rpc.call("erlang", "exit", {*hub, Term::atom("kill")}));
    const QString staleExpr = QStringLiteral(
        "Dead = fun(P) -> is_pid(P) andalso not is_process_alive(P) end,"
        "MFAs = [{shell, expand_hist, 2}, {erlang, prepare_loading, 2}, {erlang, finish_loading, 1},"
        "        {erts_internal, purge_module, 2}, {application_controller, set_env, 3}],"
        "Traces = [M || M <- MFAs, {meta, P} <- [erlang:trace_info(M, meta)], P =:= [] orelse Dead(P)],"
        "Log = case logger:get_handler_config(bilby_agent_events) of"
        "          {ok, #{config := #{hub := H}}} -> Dead(H); _ -> false end,"
        "Alarm = [X || {bilby_agent_evhandlers, P} = X <- gen_event:which_handlers(alarm_handler), Dead(P)],"
        "{length(Traces), Log, length(Alarm)}.");
    QVERIFY(waitUntil(
        [&] {
            const auto r = rpc.eval(staleExpr, 2000);
            return r && r->at(0).toInt(-1) == 0 && r->at(1).isAtom("false") && r->at(2).toInt(-1) == 0;
        },
        1000));
    // ...and joins a new hub, so events keep coming.
    QVERIFY(waitUntil(
        [&] {
            const auto now = rpc.call("erlang", "whereis", {Term::atom("bilby_agent_events")});
            return now && now->isPid() && *now != *hub;
        },
        5000));
    QTest::qWait(200);
    QVERIFY(rpc.eval(QStringLiteral("logger:error(\"bilby after the hub restarted\").")));
    QVERIFY(c->waitFor(Origin::Log, QStringLiteral("bilby after the hub restarted")));
    const auto r = rpc.eval(staleExpr);
    QVERIFY(r && r->at(0).toInt(-1) == 0 && r->at(1).isAtom("false") && r->at(2).toInt(-1) == 0);
}

void TestEvents::othersMetaTraceIsLeftAlone()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    // Someone already meta-traces the shell: Bilby does without shell events and leaves their trace be.
    QVERIFY(rpc.eval(QStringLiteral("code:ensure_loaded(shell), register(their_tracer, spawn(fun() -> receive stop -> "
                                    "ok end end)), erlang:trace_pattern({shell, expand_hist, 2}, true, [{meta, "
                                    "whereis(their_tracer)}]).")));
    auto c = attachEvents(node);
    QVERIFY2(c->subscribed, qPrintable(c->failure));
    QVERIFY(!c->sources.contains(QStringLiteral("shell")));
    QVERIFY2(c->unavailable.value(QStringLiteral("shell")).contains(QLatin1String("someone else")),
             qPrintable(c->unavailable.value(QStringLiteral("shell"))));
    QVERIFY(c->sources.contains(QStringLiteral("code")));
    c->stop();
    const auto theirs = rpc.eval(
        QStringLiteral("{meta, P} = erlang:trace_info({shell, expand_hist, 2}, meta), P =:= whereis(their_tracer)."));
    QVERIFY(theirs && theirs->isAtom("true"));
}

void TestEvents::resubscribesAfterNodeRestart()
{
    TestNode node;
    QVERIFY(node.start());
    auto c = attachEvents(node);
    QVERIFY2(c->subscribed, qPrintable(c->failure));
    c->subscribed = false;
    QVERIFY(node.restart());
    QVERIFY(waitUntil([&] { return c->subscribed; }, 20000));
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    QVERIFY(rpc.eval(QStringLiteral("logger:error(\"bilby after restart\").")));
    QVERIFY(c->waitFor(Origin::Log, QStringLiteral("bilby after restart")));
}

void TestEvents::agentlessNodeSaysSo()
{
    TestNode node;
    QVERIFY(node.start());
    NodeSession::Options options;
    options.loadAgent = false;
    NodeSession session(node.name(), node.cookie(), options);
    EventFeed feed(&session);
    QString failure;
    connect(&feed, &EventFeed::failed, this, [&](const QString &why) { failure = why; });
    session.start();
    QVERIFY(waitUntil([&] { return !failure.isEmpty(); }, 15000));
    QVERIFY2(failure.contains(QLatin1String("agent is not running")), qPrintable(failure));
    QVERIFY(!feed.isSubscribed());
}

void TestEvents::malformedBatchIsReported()
{
    QStringList problems;
    QVERIFY(!EventFeed::decode(Term::tuple({Term::atom("bilby_events"), Term::atom("oops")}), QStringLiteral("n@h"),
                               &problems));
    QCOMPARE(problems.size(), 1);

    problems.clear();
    const Term good = Term::map({{Term::atom("time_us"), Term::integer(1700000000000000)},
                                 {Term::atom("origin"), Term::atom("log")},
                                 {Term::atom("severity"), Term::atom("alert")},
                                 {Term::atom("text"), Term::binary("disk on fire")},
                                 {Term::atom("details"), Term::binary("")},
                                 {Term::atom("meta"), Term::map({{Term::atom("kind"), Term::atom("message")}})}});
    const Term bad = Term::map({{Term::atom("origin"), Term::atom("log")}});
    const Term message = Term::tuple({Term::atom("bilby_events"), Term::list({good, bad, Term::integer(3)}),
                                      Term::map({{Term::atom("log"), Term::integer(12)}})});
    const auto batch = EventFeed::decode(message, QStringLiteral("n@h"), &problems);
    QVERIFY(batch);
    QCOMPARE(batch->notifications.size(), 1);
    QCOMPARE(batch->notifications.first().severity, Notification::Severity::Critical);
    QCOMPARE(batch->notifications.first().timeMs, qint64(1700000000000));
    QCOMPARE(batch->notifications.first().node, QStringLiteral("n@h"));
    QCOMPARE(batch->droppedTotals.value(QStringLiteral("log")), qint64(12));
    QCOMPARE(problems.size(), 2);
}

QTEST_GUILESS_MAIN(TestEvents)
#include "tst_events.moc"
