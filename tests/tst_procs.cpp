// The process manager's top list (SPEC X1) on real nodes: computed on the node, sorted by memory,
// message queue or reductions since the previous refresh, filtered, and printed by `bilby-cli procs`.
#include "processtop.h"
#include "testnode.h"

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
    QTest::qWait(500);
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

QTEST_GUILESS_MAIN(TestProcs)
#include "tst_procs.moc"
