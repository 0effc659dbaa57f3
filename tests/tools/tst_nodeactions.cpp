// Node actions (SPEC X6, X7) and the node's structure (X8) on real nodes: garbage collection of every
// process in batches with progress and cancel, soft purge listing what it purged and what it kept,
// shells found and ended, ports and sockets with their addresses and bytes, supervision trees (one of
// them with a supervisor that never answers), the read-only agent refusing each action, and the CLI.
#include "support/eventconsole.h"
#include "support/testnode.h"
#include "tools/nodeactions.h"
#include "tools/portlist.h"
#include "tools/processtop.h"
#include "tools/shelllist.h"
#include "tools/supervisiontree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace bilby;
using namespace bilby::test;

namespace {

QStringList cliBase(const TestNode &node)
{
    return {QStringLiteral("--node"), node.name().toString(), QStringLiteral("--cookie"),
            QString::fromLatin1(node.cookie())};
}

// 2,000 idle processes, each holding garbage (a list built and dropped) until it is collected.
bool spawnGarbageHolders(TestRpc &rpc, int count)
{
    return bool(rpc.eval(QStringLiteral("[spawn(fun() -> _ = length(lists:seq(1, 20000)), receive stop -> ok end end)"
                                        " || _ <- lists:seq(1, %1)], ok.")
                             .arg(count)));
}

const SupervisionTree::Node *childNamed(const SupervisionTree::Node &node, const QString &id)
{
    for (const SupervisionTree::Node &child : node.children) {
        if (child.id == id)
            return &child;
    }
    return nullptr;
}

} // namespace

class TestNodeActions : public QObject
{
    Q_OBJECT
private slots:
    void gcAllWithProgress();
    void gcAllCancelled();
    void purgeListsWhatItDid();
    void shellsFoundAndEnded();
    void portsAndSockets();
    void supervisionTrees();
    void readOnlyAgentRefusesActions();
    void cli();
};

void TestNodeActions::gcAllWithProgress()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    QVERIFY(spawnGarbageHolders(rpc, 2000));
    auto session = connectSession(node);

    QList<NodeActions::Progress> progress;
    connect(session.get(), &NodeSession::pushed, session.get(), [&](const Term &message) {
        if (const auto p = NodeActions::progress(message))
            progress.append(*p);
    });
    std::optional<NodeActions::GcSummary> summary;
    bool done = false;
    const quint64 tag = session->request(NodeActions::gcAllRequest(100, 20), NodeActions::GcAllTimeoutMs, session.get(),
                                         [&](const Term &value, const ConnectionError &e) {
                                             QVERIFY2(!e.isError(), qPrintable(e.message));
                                             summary = NodeActions::GcSummary::fromTerm(value);
                                             done = true;
                                         });
    QVERIFY(waitUntil([&] { return done; }, 60000));
    QVERIFY(summary);
    QVERIFY(!summary->cancelled);
    QVERIFY(summary->total >= 2000);
    QCOMPARE(summary->done, summary->total);
    QVERIFY2(summary->memoryAfter < summary->memoryBefore,
             qPrintable(QStringLiteral("%1 -> %2").arg(summary->memoryBefore).arg(summary->memoryAfter)));
    // 20+ batches 20 ms apart: progress came several times, for this request, rising to the total.
    QVERIFY2(progress.size() >= 2, qPrintable(QString::number(progress.size())));
    for (const NodeActions::Progress &p : progress)
        QCOMPARE(p.tag, tag);
    QVERIFY(progress.first().done < progress.last().done);
    QCOMPARE(progress.last().done, summary->total);
}

void TestNodeActions::gcAllCancelled()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    QVERIFY(spawnGarbageHolders(rpc, 2000));
    auto session = connectSession(node);

    int progressCount = 0;
    connect(session.get(), &NodeSession::pushed, session.get(),
            [&](const Term &message) { progressCount += NodeActions::progress(message) ? 1 : 0; });
    std::optional<NodeActions::GcSummary> summary;
    // 10 at a time, 100 ms apart: 20 s for the node, unless cancelled.
    const quint64 tag = session->request(
        NodeActions::gcAllRequest(10, 100), NodeActions::GcAllTimeoutMs, session.get(),
        [&](const Term &value, const ConnectionError &) { summary = NodeActions::GcSummary::fromTerm(value); });
    QVERIFY(waitUntil([&] { return progressCount > 0; }, 10000));
    const auto cancelled = askAgent(*session, NodeActions::cancelRequest(tag));
    QCOMPARE(cancelled.first, Term::boolean(true));
    QVERIFY(waitUntil([&] { return summary.has_value(); }, 5000));
    QVERIFY(summary->cancelled);
    QVERIFY(summary->done < summary->total);
    // Nothing left to cancel.
    QCOMPARE(askAgent(*session, NodeActions::cancelRequest(tag)).first, Term::boolean(false));
}

void TestNodeActions::purgeListsWhatItDid()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    QTemporaryDir dir;
    const QByteArray busy =
        compileErlang(dir, "t_busy_mod", "-export([loop/0]).\nloop() -> receive _ -> loop() end.\n");
    const QByteArray idle = compileErlang(dir, "t_idle_mod", "-export([f/0]).\nf() -> ok.\n");
    QVERIFY(!busy.isEmpty() && !idle.isEmpty());
    // Loading each twice leaves old code; one process still runs the old t_busy_mod.
    QVERIFY(loadBeam(rpc, "t_busy_mod", busy));
    QVERIFY(rpc.eval(QStringLiteral("register(t_old_runner, spawn(fun t_busy_mod:loop/0)), ok.")));
    QVERIFY(loadBeam(rpc, "t_busy_mod", busy));
    QVERIFY(loadBeam(rpc, "t_idle_mod", idle));
    QVERIFY(loadBeam(rpc, "t_idle_mod", idle));
    const auto runner = rpc.eval(QStringLiteral("whereis(t_old_runner)."));
    QVERIFY(runner && runner->isPid());
    auto session = connectSession(node);

    const auto old = askAgent(*session, NodeActions::oldCodeRequest());
    QVERIFY2(old.second.isEmpty(), qPrintable(old.second));
    const auto oldCode = NodeActions::OldCodeList::fromTerm(old.first);
    QVERIFY(oldCode);
    QMap<QString, QStringList> withOldCode;
    for (const auto &[module, pids] : oldCode->modules)
        withOldCode.insert(module, pids);
    QVERIFY(withOldCode.contains(QStringLiteral("t_busy_mod")));
    QVERIFY(withOldCode.contains(QStringLiteral("t_idle_mod")));
    // The busy module's old code is still run by the runner, and the listing names it.
    QCOMPARE(withOldCode.value(QStringLiteral("t_busy_mod")), QStringList{localPidText(*runner)});
    QVERIFY(withOldCode.value(QStringLiteral("t_idle_mod")).isEmpty());
    QVERIFY(!NodeActions::OldCodeList::fromTerm(Term::atom("ok")));

    const auto purged = askAgent(*session, NodeActions::purgeRequest(), 60000);
    const auto result = NodeActions::PurgeResult::fromTerm(purged.first);
    QVERIFY2(result, qPrintable(purged.second));
    QVERIFY(result->purged.contains(QStringLiteral("t_idle_mod")));
    QVERIFY(!result->purged.contains(QStringLiteral("t_busy_mod")));
    bool keptBusy = false;
    for (const auto &[module, pids] : result->inUse)
        keptBusy |= module == QLatin1String("t_busy_mod") && pids == QStringList{localPidText(*runner)};
    QVERIFY(keptBusy);
    // Soft: the process running old code lives on.
    const auto alive = rpc.eval(QStringLiteral("is_process_alive(whereis(t_old_runner))."));
    QVERIFY(alive && alive->isAtom("true"));
}

void TestNodeActions::shellsFoundAndEnded()
{
    TestNode node;
    QVERIFY(node.start());
    RemoteShell shell(RemoteShell::Kind::Erlang, node);
    QString error;
    QVERIFY2(shell.start(&error), qPrintable(error));
    auto session = connectSession(node);

    const auto shells = askAgent(*session, NodeActions::shellsRequest());
    QVERIFY2(shells.second.isEmpty(), qPrintable(shells.second));
    QCOMPARE(shells.first.items().size(), 1);
    const Term found = shells.first.at(0);
    QVERIFY(found.get("remote").isAtom("true"));
    QVERIFY(found.get("server").isPid());
    QVERIFY(found.get("evaluator").isPid());
    // The typed list the shells box shows, decoded once.
    const auto list = NodeActions::ShellList::fromTerm(shells.first);
    QVERIFY(list && list->shells.size() == 1);
    QVERIFY(list->shells.at(0).remote);
    QCOMPARE(list->shells.at(0).server, found.get("server"));
    QCOMPARE(list->shells.at(0).evaluatorText, localPidText(found.get("evaluator")));
    QVERIFY(list->shells.at(0).currentFunction.contains(QLatin1Char(':')));

    const auto killed = askAgent(*session, NodeActions::killShellRequest(found.get("server")));
    QVERIFY2(killed.second.isEmpty(), qPrintable(killed.second));
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    const QString evaluator = localPidText(found.get("evaluator"));
    QVERIFY(waitUntil(
        [&] {
            const auto alive = rpc.eval(QStringLiteral("is_process_alive(list_to_pid(\"%1\")).").arg(evaluator));
            return alive && alive->isAtom("false");
        },
        5000));
    // Anything else is not a shell, and stays.
    const auto notShell = askAgent(*session, NodeActions::killShellRequest(Term::binary("init")));
    QVERIFY2(notShell.second.contains(QLatin1String("not_a_shell")), qPrintable(notShell.second));
}

void TestNodeActions::portsAndSockets()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    // A process that holds a connected pair and has sent 5,000 bytes one way.
    QVERIFY(rpc.eval(QStringLiteral(
        "Parent = self(), register(t_socket_holder, spawn(fun() ->"
        "  {ok, L} = gen_tcp:listen(0, [binary, {active, false}, {ip, {127,0,0,1}}]), {ok, P} = inet:port(L),"
        "  {ok, C} = gen_tcp:connect({127,0,0,1}, P, [binary, {active, false}]), {ok, S} = gen_tcp:accept(L),"
        "  ok = gen_tcp:send(C, binary:copy(<<1>>, 5000)), {ok, _} = gen_tcp:recv(S, 5000),"
        "  Parent ! {ready, P}, receive stop -> ok end end)),"
        "receive {ready, Port} -> Port after 5000 -> timeout end.")));
    const auto holder = rpc.eval(QStringLiteral("whereis(t_socket_holder)."));
    QVERIFY(holder && holder->isPid());
    auto session = connectSession(node);

    const auto reply = askAgent(*session, PortList::request(100));
    const auto list = PortList::fromTerm(reply.first);
    QVERIFY2(list, qPrintable(reply.second));
    QVERIFY(list->total >= 3);
    const PortList::Row *sender = nullptr;
    int heldByHolder = 0;
    for (const PortList::Row &row : list->rows) {
        if (row.ownerText == localPidText(*holder)) {
            ++heldByHolder;
            QCOMPARE(row.type, QStringLiteral("tcp"));
            QVERIFY(row.local.startsWith(QLatin1String("127.0.0.1:")));
            if (row.output >= 5000)
                sender = &row;
        }
    }
    QCOMPARE(heldByHolder, 3); // the listener, and both ends of the connection
    QVERIFY(sender);
    QVERIFY(sender->peer.startsWith(QLatin1String("127.0.0.1:")));
    // Ranked by bytes moved: the two ends that moved 5,000 bytes come first.
    QVERIFY(list->rows.at(0).input + list->rows.at(0).output >= 5000);
}

void TestNodeActions::supervisionTrees()
{
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    // An application whose top "supervisor" never answers which_children.
    QTemporaryDir dir;
    const QByteArray callback = compileErlang(dir, "t_mute_app",
                                              "-behaviour(application).\n-export([start/2, stop/1]).\n"
                                              "start(_, _) -> {ok, spawn_link(fun() -> receive never -> ok end end)}.\n"
                                              "stop(_) -> ok.\n");
    QVERIFY(!callback.isEmpty());
    QVERIFY(loadBeam(rpc, "t_mute_app", callback));
    QVERIFY(rpc.eval(QStringLiteral(
        "ok = application:load({application, t_mute_app, [{description, \"mute\"}, {vsn, \"1\"}, {modules, []},"
        " {registered, []}, {applications, [kernel, stdlib]}, {mod, {t_mute_app, []}}]}),"
        "ok = application:start(t_mute_app).")));
    auto session = connectSession(node);

    const auto apps = askAgent(*session, SupervisionTree::applicationsRequest());
    QVERIFY2(apps.second.isEmpty(), qPrintable(apps.second));
    QHash<QString, SupervisionTree::Application> byName;
    for (const SupervisionTree::Application &app : SupervisionTree::applicationsFrom(apps.first))
        byName.insert(app.name, app);
    QVERIFY(byName.value(QStringLiteral("kernel")).top.isPid());
    QVERIFY(!byName.value(QStringLiteral("stdlib")).top.isPid()); // a library application

    const auto kernel =
        SupervisionTree::treeFrom(askAgent(*session, SupervisionTree::treeRequest(QStringLiteral("kernel"))).first);
    QVERIFY(kernel && kernel->root);
    QVERIFY(kernel->root->supervisor);
    QCOMPARE(kernel->root->pidText, byName.value(QStringLiteral("kernel")).topText);
    const SupervisionTree::Node *safe = childNamed(*kernel->root, QStringLiteral("kernel_safe_sup"));
    QVERIFY(safe && safe->supervisor && safe->pid.isPid());
    const SupervisionTree::Node *code = childNamed(*kernel->root, QStringLiteral("code_server"));
    QVERIFY(code && !code->supervisor && code->pid.isPid());

    const auto library =
        SupervisionTree::treeFrom(askAgent(*session, SupervisionTree::treeRequest(QStringLiteral("stdlib"))).first);
    QVERIFY(library && !library->root);

    // The mute supervisor costs its 2 s and is shown as not answering; the agent carries on.
    const auto mute =
        SupervisionTree::treeFrom(askAgent(*session, SupervisionTree::treeRequest(QStringLiteral("t_mute_app"))).first);
    QVERIFY(mute && mute->root);
    QCOMPARE(mute->root->error, QStringLiteral("timeout"));
    QVERIFY(askAgent(*session, Term::atom("ping")).second.isEmpty());
}

void TestNodeActions::readOnlyAgentRefusesActions()
{
    TestNode node;
    QVERIFY(node.start());
    NodeSession::Options options;
    options.readOnly = true;
    auto session = connectSession(node, options);
    for (const Term &request : {NodeActions::gcAllRequest(100, 0), NodeActions::purgeRequest(),
                                NodeActions::killShellRequest(Term::binary("init"))}) {
        const auto reply = askAgent(*session, request);
        QVERIFY2(reply.second.contains(QLatin1String("[read_only]")), qPrintable(reply.second));
    }
    // Looking is allowed.
    QVERIFY(askAgent(*session, NodeActions::oldCodeRequest()).second.isEmpty());
    QVERIFY(askAgent(*session, PortList::request(10)).second.isEmpty());
    QVERIFY(askAgent(*session, SupervisionTree::applicationsRequest()).second.isEmpty());
}

void TestNodeActions::cli()
{
    TestNode node;
    QVERIFY(node.start());
    const QStringList base = cliBase(node);

    const CliRun gc =
        runCli(base + QStringList{QStringLiteral("gc"), QStringLiteral("--all"), QStringLiteral("--batch"),
                                  QStringLiteral("10"), QStringLiteral("--pause"), QStringLiteral("0"),
                                  QStringLiteral("--json")});
    QCOMPARE(gc.exitCode, 0);
    const QJsonObject summary = QJsonDocument::fromJson(gc.out).object();
    QVERIFY(summary.value(QStringLiteral("done")).toInt() > 10);
    QCOMPARE(summary.value(QStringLiteral("done")), summary.value(QStringLiteral("total")));
    QVERIFY(gc.err.contains("gc: ")); // progress on standard error

    QCOMPARE(runCli(base + QStringList{QStringLiteral("gc")}).exitCode, 64); // only --all

    // With --db the action is recorded in that history file's timeline, as the console records its own.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("history.sqlite"));
    const CliRun purge = runCli(base + QStringList{QStringLiteral("purge"), QStringLiteral("--json"),
                                                   QStringLiteral("--db"), db});
    QCOMPARE(purge.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(purge.out).object().value(QStringLiteral("purged")).isArray());
    const CliRun audited = runCli({QStringLiteral("notifications"), QStringLiteral("--db"), db,
                                   QStringLiteral("--origin"), QStringLiteral("action")});
    QCOMPARE(audited.exitCode, 0);
    QVERIFY2(audited.out.contains("Soft purge of old code on " + node.name().toString().toUtf8()),
             audited.out.constData());

    const CliRun ports = runCli(base + QStringList{QStringLiteral("ports"), QStringLiteral("--json")});
    QCOMPARE(ports.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(ports.out).object().value(QStringLiteral("total")).toInt() > 0);

    const CliRun apps = runCli(base + QStringList{QStringLiteral("apps"), QStringLiteral("--json")});
    QCOMPARE(apps.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(apps.out).object().value(QStringLiteral("applications")).toArray().size() >= 2);
    const CliRun tree = runCli(base + QStringList{QStringLiteral("apps"), QStringLiteral("kernel")});
    QCOMPARE(tree.exitCode, 0);
    QVERIFY2(tree.out.contains("code_server"), tree.out.constData());

    const CliRun refused = runCli(base + QStringList{QStringLiteral("purge"), QStringLiteral("--read-only")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("read-only"), refused.err.constData());
}

QTEST_GUILESS_MAIN(TestNodeActions)
#include "tst_nodeactions.moc"
