// Events from the logging and shell frameworks that are not OTP's own, on real nodes: Lager's sinks,
// Elixir's Logger, and expressions typed in a real IEx remote shell.
#include "support/eventconsole.h"
#include "support/testnode.h"

#include <QTest>

using namespace bilby;
using namespace bilby::test;

namespace {

using Origin = Notification::Origin;

/// A node with Elixir's libraries on its code path and the elixir and logger applications started.
bool startElixirNode(TestNode &node, QString *error)
{
    const QStringList paths = elixirCodePaths();
    if (paths.isEmpty()) {
        *error = QStringLiteral("Elixir is not installed (scripts/bilby.sh deps installs it)");
        return false;
    }
    if (!node.start(error))
        return false;
    TestRpc rpc(node.name(), node.cookie());
    if (!rpc.connect()) {
        *error = QStringLiteral("cannot connect to the node");
        return false;
    }
    const auto started = rpc.eval(QStringLiteral(
        "{ok, _} = application:ensure_all_started(elixir), {ok, _} = application:ensure_all_started(logger), ok."));
    if (!started || !started->isAtom("ok")) {
        *error = QStringLiteral("Elixir did not start on the node");
        return false;
    }
    return true;
}

TestNode::Options withCodePaths(const QStringList &paths)
{
    TestNode::Options options;
    options.extraArgs = QStringList{QStringLiteral("-pa")} + paths;
    return options;
}

} // namespace

class TestFrameworks : public QObject
{
    Q_OBJECT
private slots:
    void lagerMessagesOnceEach();
    void elixirLoggerMessages();
    void iexExpressionsThroughRemoteShell();
};

void TestFrameworks::lagerMessagesOnceEach()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    // Lager as an application would run it, writing only to the console (no log files in our directory).
    const auto lager = rpc.eval(QStringLiteral(
        "application:load(lager), application:set_env(lager, handlers, [{lager_console_backend, [{level, info}]}]),"
        "application:set_env(lager, crash_log, false), application:ensure_all_started(lager)."));
    QVERIFY2(lager && lager->isTuple(2) && lager->at(0).isAtom("ok"),
             "Lager did not start: install erlang-lager (scripts/bilby.sh deps)");

    auto c = attachEvents(node);
    QVERIFY2(c->subscribed, qPrintable(c->failure));
    QVERIFY2(c->sources.contains(QStringLiteral("lager")), qPrintable(c->sources.join(QLatin1Char(','))));

    // What the parse transform sends: module, function, line and pid in the metadata.
    QVERIFY(rpc.eval(QStringLiteral(
        "Md = [{module, t_lager_mod}, {function, run}, {line, 42}, {pid, self()}],"
        "lager:log(error, Md, \"t_lager_error ~p\", [7]), lager:log(warning, Md, \"t_lager_warning\", []),"
        "lager:log(info, Md, \"t_lager_info\", []).")));
    QVERIFY(c->waitFor(Origin::Log, QStringLiteral("t_lager_error 7")));
    QVERIFY(c->waitFor(Origin::Log, QStringLiteral("t_lager_warning")));
    const Notification *error = c->find(Origin::Log, QStringLiteral("t_lager_error"));
    QCOMPARE(error->severity, Notification::Severity::Error);
    QVERIFY2(error->details.contains(QLatin1String("t_lager_mod:run line 42")), qPrintable(error->details));

    // Lager also redirects error_logger into its sink; logger has that already: it arrives once.
    QVERIFY(rpc.eval(QStringLiteral("error_logger:error_msg(\"t_redirected ~p\", [3]).")));
    QVERIFY(c->waitFor(Origin::Log, QStringLiteral("t_redirected 3")));
    QTest::qWait(1000);
    QCOMPARE(c->count(Origin::Log, QStringLiteral("t_redirected 3")), 1);
    // info is below the default level (warning).
    QVERIFY(!c->find(Origin::Log, QStringLiteral("t_lager_info")));

    // Lager asks every handler for its level when a level changes: ours answers and changes nothing.
    const auto levels = rpc.eval(QStringLiteral(
        "ok = lager:set_loglevel(lager_console_backend, error), Mask = lager_config:get({lager_event, loglevel}),"
        "ok = lager:set_loglevel(lager_console_backend, info), Mask."));
    QVERIFY2(levels && levels->isTuple(2) && levels->at(0).isInteger(), "lager:set_loglevel failed");
    // Error and above only (emergency 1 .. error 8): our handler did not widen Lager's mask.
    QCOMPARE(levels->at(0).toInt(), 15);

    // Leaving removes our handler from every sink; Lager keeps working.
    c->stop();
    const auto left = rpc.eval(
        QStringLiteral("[H || H <- gen_event:which_handlers(lager_event), element(1, H) =:= bilby_agent_evhandlers]."));
    QVERIFY(left && left->isList() && left->items().isEmpty());
    const auto logged = rpc.eval(QStringLiteral("lager:log(error, self(), \"after\", [])."));
    QVERIFY(logged && logged->isAtom("ok"));
}

void TestFrameworks::elixirLoggerMessages()
{
    TestNode node(withCodePaths(elixirCodePaths()));
    QString why;
    QVERIFY2(startElixirNode(node, &why), qPrintable(why));
    auto c = attachEvents(node);
    QVERIFY2(c->subscribed, qPrintable(c->failure));

    // Elixir's Logger runs on logger: Logger.error/1 is a macro over bare_log/3.
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    QVERIFY(rpc.eval(QStringLiteral("'Elixir.Logger':bare_log(error, <<\"t_elixir_error\">>, []),"
                                    "'Elixir.Logger':bare_log(warning, <<\"t_elixir_warning\">>, []),"
                                    "'Elixir.Logger':bare_log(info, <<\"t_elixir_info\">>, []).")));
    QVERIFY(c->waitFor(Origin::Log, QStringLiteral("t_elixir_error")));
    QVERIFY(c->waitFor(Origin::Log, QStringLiteral("t_elixir_warning")));
    QCOMPARE(c->find(Origin::Log, QStringLiteral("t_elixir_error"))->severity, Notification::Severity::Error);
    QVERIFY(!c->find(Origin::Log, QStringLiteral("t_elixir_info")));

    // An Elixir process crash comes as a crash report.
    QVERIFY(rpc.eval(QStringLiteral("proc_lib:spawn(fun() -> 'Elixir.Kernel':raise(<<\"t_elixir_crash\">>) end).")));
    QVERIFY(c->waitFor(Origin::Log, QStringLiteral("t_elixir_crash")));
    QVERIFY2(c->malformed.isEmpty(), qPrintable(c->malformed.join(QLatin1Char('\n'))));
}

void TestFrameworks::iexExpressionsThroughRemoteShell()
{
    TestNode node(withCodePaths(elixirCodePaths()));
    QString why;
    QVERIFY2(startElixirNode(node, &why), qPrintable(why));
    auto c = attachEvents(node);
    QVERIFY2(c->subscribed, qPrintable(c->failure));
    QVERIFY2(c->sources.contains(QStringLiteral("iex")), qPrintable(c->sources.join(QLatin1Char(','))));

    RemoteShell iex(RemoteShell::Kind::Elixir, node);
    QVERIFY2(iex.start(&why), qPrintable(why));
    // An expression over two lines is one entry, once complete.
    iex.type("t_iex = Enum.sum([1, 2,\n");
    QTest::qWait(300);
    iex.type("3])\n");
    QVERIFY2(c->waitFor(Origin::Shell, QStringLiteral("t_iex = Enum.sum([1, 2,"), 10000), iex.screen().constData());
    const Notification *n = c->find(Origin::Shell, QStringLiteral("t_iex"));
    QVERIFY2(n->text.contains(QLatin1String("3])")), qPrintable(n->text));
    QVERIFY2(n->details.contains(QLatin1String("shell: #Pid<")), qPrintable(n->details));
    QTest::qWait(500);
    QCOMPARE(c->count(Origin::Shell, QStringLiteral("Enum.sum")), 1);

    // The evaluator holds the bindings: the hub knows it, for the shell memory alarm.
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    const auto shells = rpc.call("bilby_agent_events", "shell_pids");
    QVERIFY(shells && shells->isList() && shells->items().size() == 1 && shells->at(0).isPid());
    QVERIFY2(c->malformed.isEmpty(), qPrintable(c->malformed.join(QLatin1Char('\n'))));

    // Leaving clears the meta trace on IEx's parser; the shell goes on working.
    c->stop();
    const auto traced = rpc.eval(QStringLiteral("erlang:trace_info({'Elixir.IEx.Evaluator', parse, 3}, meta)."));
    QVERIFY(traced && traced->isTuple(2) && traced->at(1).isAtom("false"));
    iex.type("Enum.join([\"t_after\", \"_ok\"])\n");
    QVERIFY(iex.waitForOutput("t_after_ok", 5000)); // only in the answer: the input has it in two
}

QTEST_GUILESS_MAIN(TestFrameworks)
#include "tst_frameworks.moc"
