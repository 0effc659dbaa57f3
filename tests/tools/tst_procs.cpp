// The process manager's top list (SPEC X1) on real nodes: computed on the node, sorted by memory,
// message queue or reductions since the previous refresh, filtered, and printed by `bilby-cli procs`.
#include "support/testnode.h"
#include "tools/processinspector.h"
#include "tools/processtop.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace bilby;
using namespace bilby::test;

namespace {

std::optional<ProcessTop> topOf(NodeSession &session, ProcessTop::Sort sort, int top, const QString &filter = {})
{
    std::optional<ProcessTop> result;
    bool done = false;
    session.request(ProcessTop::request(sort, top, filter), 10000, &session,
                    [&](const Term &value, const ConnectionError &e) {
                        if (!e.isError())
                            result = ProcessTop::fromTerm(value);
                        else
                            qWarning("%s", qPrintable(e.message));
                        done = true;
                    });
    waitUntil([&] { return done; }, 15000);
    return result;
}

const ProcessTop::Row *named(const ProcessTop &top, const char *name)
{
    for (const ProcessTop::Row &row : top.rows) {
        if (row.name == QLatin1String(name))
            return &row;
    }
    return nullptr;
}

} // namespace

class TestProcs : public QObject
{
    Q_OBJECT
private slots:
    void sortsOnTheNode();
    void reductionsSincePreviousRefresh();
    void filterAndDeadProcesses();
    void cliPrintsJson();
    void inspectorReadsOneProcess();
    void stateNeverBlocks();
    void mailboxPreviewIsBounded();
    void readOnlyAgentRefusesChanges();
    void cliProc();
    void labelCacheIsBounded();
};

void TestProcs::sortsOnTheNode()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    // A process holding 40 MB, and one with 5,000 messages waiting, among a thousand idle ones.
    QVERIFY(rpc.eval(
        QStringLiteral("register(t_hog, spawn(fun() -> L = lists:seq(1, 2500000), receive stop -> length(L) end end)),"
                       "register(t_backlog, spawn(fun() -> receive stop -> ok end end)),"
                       "[t_backlog ! {msg, I} || I <- lists:seq(1, 5000)],"
                       "[spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, 1000)], ok.")));
    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Up);

    // The hog builds its list after the spawn returns.
    std::optional<ProcessTop> memory;
    QVERIFY(waitUntil(
        [&] {
            memory = topOf(*session, ProcessTop::Sort::Memory, 10);
            return memory && !memory->rows.isEmpty() && memory->rows.first().memory > 30'000'000;
        },
        10000));
    QCOMPARE(memory->rows.size(), 10);
    QVERIFY(memory->scanned > 1000);
    QCOMPARE(memory->rows.first().name, QStringLiteral("t_hog"));
    for (int i = 1; i < memory->rows.size(); ++i)
        QVERIFY(memory->rows.at(i - 1).memory >= memory->rows.at(i).memory);
    QVERIFY(memory->rows.first().pidText.startsWith(QLatin1String("<0.")));

    const auto queues = topOf(*session, ProcessTop::Sort::MessageQueue, 3);
    QVERIFY(queues);
    QCOMPARE(queues->rows.first().name, QStringLiteral("t_backlog"));
    QCOMPARE(queues->rows.first().messageQueueLen, 5000);

    // proc_lib processes show their real initial call, not proc_lib:init_p/5.
    const auto all = topOf(*session, ProcessTop::Sort::Memory, 500);
    QVERIFY(all);
    const ProcessTop::Row *controller = named(*all, "kernel_sup");
    QVERIFY(controller);
    QCOMPARE(controller->initialCall, QStringLiteral("supervisor:kernel/1"));
    QCOMPARE(controller->reductionsDelta, -1);
    QCOMPARE(all->rows.size(), 500); // capped at 500 rows, however many asked

    // Only N rows travel: the reply stays small with a thousand processes on the node.
    QVERIFY(memory->rows.size() <= 10);
}

void TestProcs::reductionsSincePreviousRefresh()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    // A process that did a lot long ago and is idle now, and one that is busy now.
    QVERIFY(rpc.eval(QStringLiteral(
        "register(t_was_busy, spawn(fun() -> _ = lists:sum(lists:seq(1, 3000000)), receive stop -> ok end end)),"
        "ok.")));
    // Its work done (on a loaded machine that takes a while): from now on it only waits.
    QVERIFY(waitUntil(
        [&] {
            const auto status = rpc.eval(QStringLiteral("erlang:process_info(whereis(t_was_busy), status)."));
            return status && status->isTuple(2) && status->at(1).isAtom("waiting");
        },
        10000));
    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Up);
    const auto first = topOf(*session, ProcessTop::Sort::Reductions, 5);
    QVERIFY(first);
    QCOMPARE(first->intervalMs, -1); // the first refresh counts since each process started
    QVERIFY(named(*first, "t_was_busy"));

    QVERIFY(rpc.eval(
        QStringLiteral("register(t_busy, spawn(fun() -> Loop = fun L(N) -> L(N + 1) end, Loop(0) end)), ok.")));
    QTest::qWait(500);
    const auto second = topOf(*session, ProcessTop::Sort::Reductions, 5);
    QVERIFY(second);
    QVERIFY(second->intervalMs >= 500);
    QCOMPARE(second->rows.first().name, QStringLiteral("t_busy"));
    QVERIFY(second->rows.first().reductionsDelta > 0);
    // Idle since: its total is large but it did nothing in the interval.
    const ProcessTop::Row *idle = named(*second, "t_was_busy");
    QVERIFY(!idle || idle->reductionsDelta < 100);
    QVERIFY(rpc.eval(QStringLiteral("exit(whereis(t_busy), kill), ok.")));
}

void TestProcs::filterAndDeadProcesses()
{
    TestNode node;
    QVERIFY(node.start());
    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Up);
    const auto code = topOf(*session, ProcessTop::Sort::Memory, 50, QStringLiteral("CODE_server"));
    QVERIFY(code);
    QVERIFY(!code->rows.isEmpty());
    for (const ProcessTop::Row &row : code->rows) {
        QVERIFY2(row.name.contains(QLatin1String("code_server")) ||
                     row.initialCall.contains(QLatin1String("code_server")) ||
                     row.currentFunction.startsWith(QLatin1String("code_server")),
                 qPrintable(row.name + QLatin1Char(' ') + row.initialCall + QLatin1Char(' ') + row.currentFunction));
    }
    const auto none = topOf(*session, ProcessTop::Sort::Memory, 50, QStringLiteral("no_such_module_anywhere"));
    QVERIFY(none && none->rows.isEmpty());

    // Processes that die during the walk are skipped: 20,000 short-lived ones churn while we refresh.
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    QVERIFY(rpc.eval(QStringLiteral(
        "register(t_churn, spawn(fun() -> C = fun L() -> [spawn(fun() -> ok end) || _ <- lists:seq(1, 20000)],"
        " receive stop -> ok after 0 -> L() end end, C() end)), ok.")));
    for (int i = 0; i < 5; ++i) {
        const auto top = topOf(*session, ProcessTop::Sort::Reductions, 20);
        QVERIFY(top);
    }
    QVERIFY(rpc.eval(QStringLiteral("t_churn ! stop, ok.")));
}

void TestProcs::cliPrintsJson()
{
    TestNode node;
    QVERIFY(node.start());
    const QStringList base{QStringLiteral("--node"), node.name().toString(), QStringLiteral("--cookie"),
                           QString::fromLatin1(node.cookie())};
    const CliRun run =
        runCli(base + QStringList{QStringLiteral("procs"), QStringLiteral("--sort"), QStringLiteral("memory"),
                                  QStringLiteral("--top"), QStringLiteral("5"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(o.value(QStringLiteral("node")).toString(), node.name().toString());
    QCOMPARE(o.value(QStringLiteral("sort")).toString(), QStringLiteral("memory"));
    const QJsonArray rows = o.value(QStringLiteral("processes")).toArray();
    QCOMPARE(rows.size(), 5);
    for (const char *key :
         {"pid", "name", "memory", "message_queue_len", "reductions", "current_function", "initial_call"})
        QVERIFY2(rows.first().toObject().contains(QLatin1String(key)), key);

    // Reductions over one second: two walks, the second one printed.
    const CliRun reds = runCli(base + QStringList{QStringLiteral("procs"), QStringLiteral("--sort"),
                                                  QStringLiteral("reductions"), QStringLiteral("--json")});
    QVERIFY2(reds.exitCode == 0, reds.err.constData());
    QVERIFY(QJsonDocument::fromJson(reds.out).object().value(QStringLiteral("interval_ms")).toInt() >= 1000);

    const CliRun bad =
        runCli(base + QStringList{QStringLiteral("procs"), QStringLiteral("--sort"), QStringLiteral("colour")});
    QCOMPARE(bad.exitCode, 64);
}

void TestProcs::inspectorReadsOneProcess()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    // A gen_server-like process: linked to a helper, with a dictionary entry and three messages waiting.
    QVERIFY(rpc.eval(QStringLiteral("Helper = spawn(fun() -> receive stop -> ok end end),"
                                    "register(t_inspected, spawn(fun() -> link(Helper), put(t_key, <<\"t_value\">>),"
                                    " receive go -> ok end end)),"
                                    "[t_inspected ! {t_msg, I, lists:duplicate(10000, $x)} || I <- [1, 2, 3]], ok.")));
    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Up);
    const Term target = ProcessInspector::target(QStringLiteral("t_inspected"));

    const auto [info, infoError] = askAgent(*session, ProcessInspector::infoRequest(target));
    QVERIFY2(infoError.isEmpty(), qPrintable(infoError));
    QCOMPARE(info.get("registered_name").atomName(), QByteArray("t_inspected"));
    QCOMPARE(info.get("message_queue_len").toInt(), 3);
    QVERIFY(info.get("links").isList() && info.get("links").items().size() == 1 && info.get("links").at(0).isPid());
    QVERIFY(!info.has("messages") && !info.has("dictionary")); // never read by the information request
    // The linked pid navigates: it is a target too.
    const auto [linked, linkedError] = askAgent(*session, ProcessInspector::infoRequest(info.get("links").at(0)));
    QVERIFY2(linkedError.isEmpty(), qPrintable(linkedError));
    // And the pid as the node prints it.
    const QString text = localPidText(info.get("pid"));
    const auto [byText, byTextError] =
        askAgent(*session, ProcessInspector::infoRequest(ProcessInspector::target(text)));
    QVERIFY2(byTextError.isEmpty(), qPrintable(byTextError));
    QCOMPARE(byText.get("registered_name").atomName(), QByteArray("t_inspected"));

    // Messages: each rendered and cut at 4 KB, with its full size.
    const auto [messages, messagesError] = askAgent(*session, ProcessInspector::messagesRequest(target, 100, false));
    QVERIFY2(messagesError.isEmpty(), qPrintable(messagesError));
    QCOMPARE(messages.get("total").toInt(), 3);
    const Term first = messages.get("messages").at(0);
    QVERIFY(first.get("text").bytes().size() <= 4096);
    QVERIFY(first.get("bytes").toInt() > 10000);
    QVERIFY(first.get("text").bytes().startsWith("{t_msg,1,"));

    const auto [dict, dictError] = askAgent(*session, ProcessInspector::dictionaryRequest(target));
    QVERIFY2(dictError.isEmpty(), qPrintable(dictError));
    QVERIFY(ProcessInspector::toJson(dict)
                .toObject()
                .value(QStringLiteral("entries"))
                .toArray()
                .contains(QJsonObject{{QStringLiteral("key"), QStringLiteral("t_key")},
                                      {QStringLiteral("value"), QStringLiteral("t_value")}}));

    const auto [stack, stackError] = askAgent(*session, ProcessInspector::stackRequest(target));
    QVERIFY2(stackError.isEmpty(), qPrintable(stackError));
    QVERIFY(stack.isList() && !stack.items().isEmpty());

    // Garbage collection, then termination with a reason; then the process is gone and says so.
    const auto [gc, gcError] = askAgent(*session, ProcessInspector::gcRequest(target));
    QVERIFY2(gcError.isEmpty(), qPrintable(gcError));
    QVERIFY(gc.get("before").toInt() > 0);
    const auto [ended, endError] = askAgent(*session, ProcessInspector::terminateRequest(target, "t_reason"));
    QVERIFY2(endError.isEmpty(), qPrintable(endError));
    QVERIFY(ended.get("ended").isAtom("true"));
    QCOMPARE(ended.get("reason").toQString(), QStringLiteral("t_reason"));
    const auto [gone, goneError] = askAgent(*session, ProcessInspector::infoRequest(info.get("pid")));
    QVERIFY2(goneError.contains(QLatin1String("no_such_process")), qPrintable(goneError));
}

void TestProcs::stateNeverBlocks()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    // A process that never answers system messages, and a real gen_server (the code server is not one:
    // use the kernel's global name server).
    QVERIFY(rpc.eval(QStringLiteral("register(t_deaf, spawn(fun() -> receive never -> ok end end)), ok.")));
    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Up);
    QElapsedTimer clock;
    clock.start();
    const auto [deaf, deafError] =
        askAgent(*session, ProcessInspector::stateRequest(ProcessInspector::target(QStringLiteral("t_deaf")), 2000));
    QVERIFY2(deafError.contains(QLatin1String("no_answer")), qPrintable(deafError));
    QVERIFY(clock.elapsed() < 4000);
    // Meanwhile and after, the agent answers.
    const auto [pong, pongError] = askAgent(*session, Term::atom("ping"));
    QVERIFY(pongError.isEmpty() && pong.isAtom("pong"));
    const auto [state, stateError] = askAgent(
        *session, ProcessInspector::stateRequest(ProcessInspector::target(QStringLiteral("global_name_server")), 2000));
    QVERIFY2(stateError.isEmpty(), qPrintable(stateError));
    QVERIFY(!state.get("text").bytes().isEmpty());
}

void TestProcs::mailboxPreviewIsBounded()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    QVERIFY(rpc.eval(QStringLiteral("register(t_flooded, spawn(fun() -> receive never -> ok end end)),"
                                    "[t_flooded ! {m, I} || I <- lists:seq(1, 150000)], ok."),
                     30000));
    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Up);
    const Term target = ProcessInspector::target(QStringLiteral("t_flooded"));
    // Over 100,000 messages the copy needs the user's word.
    const auto [refused, refusedError] = askAgent(*session, ProcessInspector::messagesRequest(target, 100, false));
    QVERIFY2(refusedError.contains(QLatin1String("confirm")), qPrintable(refusedError));
    const auto [preview, previewError] =
        askAgent(*session, ProcessInspector::messagesRequest(target, 100, true), 30000);
    QVERIFY2(previewError.isEmpty(), qPrintable(previewError));
    QCOMPARE(preview.get("total").toInt(), 150000);
    QCOMPARE(preview.get("messages").items().size(), 100);
}

void TestProcs::readOnlyAgentRefusesChanges()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    QVERIFY(rpc.eval(QStringLiteral("register(t_victim, spawn(fun() -> receive never -> ok end end)), ok.")));
    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Up);
    // Sent straight to the agent, as a faulty UI would: the agent itself refuses.
    const auto [on, onError] = askAgent(*session, Term::tuple({Term::atom("set_read_only"), Term::boolean(true)}));
    QVERIFY2(onError.isEmpty(), qPrintable(onError));
    const Term target = ProcessInspector::target(QStringLiteral("t_victim"));
    const auto [killed, killError] = askAgent(*session, ProcessInspector::terminateRequest(target, "kill"));
    QVERIFY2(killError.contains(QLatin1String("read_only")), qPrintable(killError));
    const auto [gced, gcError] = askAgent(*session, ProcessInspector::gcRequest(target));
    QVERIFY2(gcError.contains(QLatin1String("read_only")), qPrintable(gcError));
    const auto alive = rpc.eval(QStringLiteral("is_pid(whereis(t_victim))."));
    QVERIFY(alive && alive->isAtom("true"));
    // Reading is allowed.
    const auto [info, infoError] = askAgent(*session, ProcessInspector::infoRequest(target));
    QVERIFY2(infoError.isEmpty(), qPrintable(infoError));

    // A session started read-only (bilby-cli --read-only, a production node) is refused from the start.
    NodeSession::Options options;
    options.readOnly = true;
    auto readOnly = connectSession(node, options);
    QCOMPARE(readOnly->state(), NodeSession::State::Up);
    QVERIFY(readOnly->info().readOnly);
    const auto [refused, refusedError] = askAgent(*readOnly, ProcessInspector::gcRequest(target));
    QVERIFY2(refusedError.contains(QLatin1String("read_only")), qPrintable(refusedError));
}

void TestProcs::cliProc()
{
    TestNode node;
    QVERIFY(node.start());
    const QStringList base{QStringLiteral("--node"), node.name().toString(), QStringLiteral("--cookie"),
                           QString::fromLatin1(node.cookie())};
    const CliRun run = runCli(base + QStringList{QStringLiteral("proc"), QStringLiteral("code_server"),
                                                 QStringLiteral("--dictionary"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(o.value(QStringLiteral("info")).toObject().value(QStringLiteral("registered_name")).toString(),
             QStringLiteral("code_server"));
    QVERIFY(o.value(QStringLiteral("info"))
                .toObject()
                .value(QStringLiteral("pid"))
                .toString()
                .startsWith(QLatin1String("<0.")));
    QVERIFY(!o.value(QStringLiteral("stack")).toArray().isEmpty());
    QCOMPARE(o.value(QStringLiteral("sensitive")).toArray(), QJsonArray{QStringLiteral("dictionary")});
    QVERIFY(!o.contains(QStringLiteral("messages")));

    // For people: the sensitive parts as the shell prints terms, never as JSON.
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    QVERIFY(rpc.eval(
        QStringLiteral("P = spawn(fun() -> put(t_key, {some, value}), receive stop -> ok end end), register(t_text, P),"
                       "[P ! {hello, N} || N <- [1, 2, 3]], ok.")));
    const CliRun text =
        runCli(base + QStringList{QStringLiteral("proc"), QStringLiteral("t_text"), QStringLiteral("--messages"),
                                  QStringLiteral("--dictionary"), QStringLiteral("--state")});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    for (const char *part : {"messages (sensitive):\n  3 in the queue, the first 3:\n  1. {hello,1}",
                             "dictionary (sensitive):\n  t_key => {some,value}", "state (sensitive):\n  "})
        QVERIFY2(text.out.contains(part), text.out.constData());
    QVERIFY2(!text.out.contains("\"messages\"") && !text.out.contains("\"entries\""), text.out.constData());

    const CliRun missing = runCli(base + QStringList{QStringLiteral("proc"), QStringLiteral("<0.9999.0>")});
    QCOMPARE(missing.exitCode, 1);
    // In words, not as the agent's {error,no_such_process}.
    QVERIFY2(missing.err.contains("has exited") && !missing.err.contains("{error"), missing.err.constData());
}

// The labels every list shows are cached per console, at most 2,000 of them, and ended processes leave.
void TestProcs::labelCacheIsBounded()
{
    TestNode node;
    QVERIFY(node.start());
    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Up);
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    // Through the agent's own code, loaded by the session: 5,000 processes labelled, then 10 more after
    // the first 5,000 ended and the prune period (10 s) passed.
    const auto sizes =
        rpc.eval(QStringLiteral("C = bilby_agent_labels:new_cache(),"
                                "Ps = [spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, 5000)],"
                                "[bilby_agent_labels:describe(P, #{}, C) || P <- Ps], Full = ets:info(C, size),"
                                "[P ! stop || P <- Ps], timer:sleep(10100),"
                                "[bilby_agent_labels:describe(spawn(fun() -> receive stop -> ok end end), #{}, C) || _ "
                                "<- lists:seq(1, 10)],"
                                "{Full, ets:info(C, size)}."),
                 20000);
    QVERIFY(sizes && sizes->isTuple(2));
    QVERIFY2(sizes->at(0).toInt() <= 2001, qPrintable(QString::number(sizes->at(0).toInt())));
    QVERIFY2(sizes->at(1).toInt() <= 12, qPrintable(QString::number(sizes->at(1).toInt())));
}

QTEST_GUILESS_MAIN(TestProcs)
#include "tst_procs.moc"
