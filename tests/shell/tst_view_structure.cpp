// The node page's structure tools offscreen (SPEC X8): the Ports tab (the node's ports and sockets with
// owners, bytes and addresses; sorted as numbers, filtered, refreshed one request at a time, the owner
// opening in the inspector, the last rows kept when the node dies) and the Applications tab (the running
// applications, libraries marked, a supervision tree read on selection, a supervisor that never answers
// shown as such while the page stays usable, a process opening in the inspector). Real nodes throughout;
// the models are checked with QAbstractItemModelTester first.
#include "connection/distconnection.h"
#include "shell/nodepage.h"
#include "support/nodepageconsole.h"
#include "support/testnode.h"
#include "tools/applicationlistmodel.h"
#include "tools/applicationspage.h"
#include "tools/portspage.h"
#include "tools/porttablemodel.h"
#include "tools/processespage.h"
#include "tools/processinspectorview.h"
#include "tools/supervisiontreemodel.h"
#include "topology/noderegistry.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace bilby;
using namespace bilby::test;

namespace {

/// A real node managed like the console manages it, and its page shown offscreen.
struct Console : NodePageConsole
{
    PortsPage *ports() const { return page->portsPage(); }
    ApplicationsPage *apps() const { return page->applicationsPage(); }
    ProcessInspectorView *inspector() const { return page->processesPage()->inspector(); }
    /// A process holding a connected TCP pair (and its listener) that has sent 5,000 bytes one way.
    bool startSocketHolder()
    {
        return eval(QStringLiteral(
            "Parent = self(), register(t_socket_holder, spawn(fun() ->"
            "  {ok, L} = gen_tcp:listen(0, [binary, {active, false}, {ip, {127,0,0,1}}]), {ok, P} = inet:port(L),"
            "  {ok, C} = gen_tcp:connect({127,0,0,1}, P, [binary, {active, false}]), {ok, S} = gen_tcp:accept(L),"
            "  ok = gen_tcp:send(C, binary:copy(<<1>>, 5000)), {ok, _} = gen_tcp:recv(S, 5000),"
            "  Parent ! {ready, P}, receive stop -> ok end end)),"
            "receive {ready, Port} -> Port after 5000 -> timeout end."));
    }
};

/// The proxy rows (in view order) whose owner is @p pidText.
QList<int> rowsOwnedBy(const PortsPage *page, const QString &pidText)
{
    QList<int> rows;
    for (int i = 0; i < page->proxy()->rowCount(); ++i) {
        if (page->proxy()->index(i, 0).data(PortTableModel::OwnerTextRole).toString() == pidText)
            rows.append(i);
    }
    return rows;
}

qint64 sortValue(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data(PortTableModel::SortRole).toLongLong();
}

/// The child of @p parent whose id is @p id, invalid when there is none.
QModelIndex childWithId(const SupervisionTreeModel *model, const QModelIndex &parent, const QString &id)
{
    for (int i = 0; i < model->rowCount(parent); ++i) {
        const QModelIndex child = model->index(i, SupervisionTreeModel::IdColumn, parent);
        if (child.data().toString() == id &&
            child.data(SupervisionTreeModel::KindRole).toInt() == int(SupervisionTreeModel::Kind::Process))
            return child;
    }
    return {};
}

/// The first note of @p kind under @p parent, invalid when there is none.
QModelIndex noteUnder(const SupervisionTreeModel *model, const QModelIndex &parent, SupervisionTreeModel::Kind kind)
{
    for (int i = 0; i < model->rowCount(parent); ++i) {
        const QModelIndex child = model->index(i, 0, parent);
        if (child.data(SupervisionTreeModel::KindRole).toInt() == int(kind))
            return child;
    }
    return {};
}

void doubleClick(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
}

PortList::Row portRow(const char *id, const char *type, qint64 input, qint64 output, const char *local = "")
{
    PortList::Row row;
    row.idText = QLatin1String(id);
    row.type = QLatin1String(type);
    row.name = QStringLiteral("tcp_inet");
    row.ownerText = QStringLiteral("<0.90.0>");
    row.input = input;
    row.output = output;
    row.local = QLatin1String(local);
    return row;
}

Term treeNode(const char *id, const char *type, QList<Term> children, QList<QPair<Term, Term>> extra = {})
{
    QList<QPair<Term, Term>> pairs{{Term::atom("id"), Term::atom(id)},
                                   {Term::atom("pid"), Term::atom("undefined")},
                                   {Term::atom("name"), Term::atom("undefined")},
                                   {Term::atom("type"), Term::atom(type)},
                                   {Term::atom("modules"), Term::list({Term::atom(id)})},
                                   {Term::atom("children"), Term::list(children)}};
    return Term::map(pairs + extra);
}

} // namespace

class TestViewStructure : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        DistConnection::initialize();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void portModelUpdatesInPlace();
    void treeModelNotes_data();
    void treeModelNotes();
    void portsShowConnectionPair();
    void portsRefreshOneAtATime();
    void portsSummaryBeyondLimit();
    void applicationsAndKernelTree();
    void muteSupervisorKeepsPageUsable();
    void nodeKilledKeepsLastRows();
    void applicationsReadAgainAfterRestart();
};

void TestViewStructure::portModelUpdatesInPlace()
{
    PortTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(PortTableModel::SortRole);
    proxy.setFilterRole(PortTableModel::FilterRole);
    proxy.setFilterKeyColumn(-1);

    PortList list;
    list.total = 3;
    list.rows = {portRow("#Port<0.1>", "tcp", 10, 9000, "127.0.0.1:4000"), portRow("#Port<0.2>", "udp", 900, 20),
                 portRow("#Port<0.3>", "file", 0, 100)};
    model.setList(list);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, PortTableModel::OutputColumn).data().toString(), QStringLiteral("8.8 kB"));

    // Numbers sort as numbers: 9000 > 100 > 20 (as text, "20" > "100").
    proxy.sort(PortTableModel::OutputColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(PortTableModel::IdTextRole).toString(), QStringLiteral("#Port<0.1>"));
    QCOMPARE(proxy.index(2, 0).data(PortTableModel::IdTextRole).toString(), QStringLiteral("#Port<0.2>"));
    // The filter reads text columns only: "900" is a byte count, not an address.
    proxy.setFilterFixedString(QStringLiteral("900"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterFixedString(QStringLiteral("4000"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterFixedString(QString());

    // One row changed: one dataChanged for it alone, no reset.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    list.rows[1].output = 25;
    model.setList(list);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
    QCOMPARE(reset.size(), 0);

    // Fewer rows, then more: removed and inserted at the end.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    list.rows.removeLast();
    model.setList(list);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    list.rows.append(portRow("#Port<0.4>", "tcp", 1, 1));
    list.rows.append(portRow("#Port<0.5>", "tcp", 1, 1));
    model.setList(list);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOfId(QStringLiteral("#Port<0.5>")), 3);
}

void TestViewStructure::treeModelNotes_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("expected");
    QTest::newRow("timeout") << QStringLiteral("timeout") << QStringLiteral("did not answer in 2 s");
    QTest::newRow("exited") << QStringLiteral("noproc") << QStringLiteral("exited while it was read");
    QTest::newRow("deep") << QStringLiteral("depth_limit") << QStringLiteral("deeper than the agent reads");
    QTest::newRow("other") << QStringLiteral("{unexpected,foo}")
                           << QStringLiteral("could not be read ({unexpected,foo})");
}

void TestViewStructure::treeModelNotes()
{
    QFETCH(QString, reason);
    QFETCH(QString, expected);
    QVERIFY2(SupervisionTreeModel::problemText(reason).contains(expected),
             qPrintable(SupervisionTreeModel::problemText(reason)));

    const Term reasonTerm = reason.startsWith(QLatin1Char('{'))
                                ? Term::tuple({Term::atom("unexpected"), Term::atom("foo")})
                                : Term::atom(reason.toUtf8());
    // A top supervisor with a worker, a supervisor that did not answer, and 3 children beyond the limit.
    const Term root = treeNode("t_top", "supervisor",
                               {treeNode("t_worker", "worker", {}),
                                treeNode("t_stuck", "supervisor", {}, {{Term::atom("error"), reasonTerm}})},
                               {{Term::atom("more"), Term::integer(3)}});
    const auto tree = SupervisionTree::treeFrom(Term::map({{Term::atom("application"), Term::atom("t_app")},
                                                           {Term::atom("root"), root},
                                                           {Term::atom("nodes_cut"), Term::atom("false")}}));
    QVERIFY(tree && tree->root);
    SupervisionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTree(*tree);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.processCount(), 3);
    QCOMPARE(model.problemCount(), 1);
    const QModelIndex top = model.index(0, 0);
    QCOMPARE(top.data().toString(), QStringLiteral("t_top"));
    QCOMPARE(model.rowCount(top), 3); // worker, stuck supervisor, the "more" note
    const QModelIndex worker = childWithId(&model, top, QStringLiteral("t_worker"));
    QCOMPARE(worker.siblingAtColumn(SupervisionTreeModel::TypeColumn).data().toString(), QStringLiteral("worker"));
    QVERIFY(worker.data(SupervisionTreeModel::PidTextRole).toString().isEmpty()); // no pid: nothing to inspect
    const QModelIndex more = noteUnder(&model, top, SupervisionTreeModel::Kind::MoreNote);
    QCOMPARE(more.data().toString(), QStringLiteral("… 3 more children not listed"));
    const QModelIndex stuck = childWithId(&model, top, QStringLiteral("t_stuck"));
    const QModelIndex problem = noteUnder(&model, stuck, SupervisionTreeModel::Kind::ProblemNote);
    QVERIFY2(problem.data().toString().contains(expected), qPrintable(problem.data().toString()));
    QVERIFY(stuck.data(Qt::ToolTipRole).toString().contains(expected));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestViewStructure::portsShowConnectionPair()
{
    Console c;
    QVERIFY(c.start());
    QVERIFY(c.startSocketHolder());
    const QString holder = c.pidOf("t_socket_holder");
    QVERIFY(!holder.isEmpty());
    PortsPage *ports = c.ports();
    QAbstractItemModelTester tester(ports->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(ports, &PortsPage::refreshed);
    c.page->tabs()->setCurrentWidget(ports);
    QVERIFY(waitUntil([&] { return refreshed.size() >= 1; }, 10000));
    QVERIFY(ports->statusLabel()->isHidden());

    // The listener and both ends of the connection, with their addresses; the sender sent 5,000 bytes.
    const QList<int> held = rowsOwnedBy(ports, holder);
    QCOMPARE(held.size(), 3);
    const QAbstractItemModel *view = ports->proxy();
    int senderRow = -1;
    for (int row : held) {
        QCOMPARE(view->index(row, PortTableModel::TypeColumn).data().toString(), QStringLiteral("tcp"));
        QVERIFY(
            view->index(row, PortTableModel::LocalColumn).data().toString().startsWith(QLatin1String("127.0.0.1:")));
        if (sortValue(view, row, PortTableModel::OutputColumn) >= 5000)
            senderRow = row;
    }
    QVERIFY(senderRow >= 0);
    const QString peer = view->index(senderRow, PortTableModel::PeerColumn).data().toString();
    QVERIFY2(peer.startsWith(QLatin1String("127.0.0.1:")), qPrintable(peer));
    const QString senderId = view->index(senderRow, PortTableModel::IdColumn).data().toString();
    QVERIFY(senderId.startsWith(QLatin1String("#Port<")));

    // Sorted by bytes out as numbers, both ways.
    // (The node's distribution connections may have sent more than the sender: it leads its owner's rows.)
    ports->table()->sortByColumn(PortTableModel::OutputColumn, Qt::DescendingOrder);
    QCOMPARE(view->index(rowsOwnedBy(ports, holder).first(), PortTableModel::IdColumn).data().toString(), senderId);
    for (int i = 1; i < view->rowCount(); ++i)
        QVERIFY(sortValue(view, i - 1, PortTableModel::OutputColumn) >=
                sortValue(view, i, PortTableModel::OutputColumn));
    ports->table()->sortByColumn(PortTableModel::InputColumn, Qt::AscendingOrder);
    for (int i = 1; i < view->rowCount(); ++i)
        QVERIFY(sortValue(view, i - 1, PortTableModel::InputColumn) <= sortValue(view, i, PortTableModel::InputColumn));

    // Filtered by owner, by the peer's address, by type.
    ports->filterEdit()->setText(holder);
    QCOMPARE(view->rowCount(), 3);
    ports->filterEdit()->setText(peer);
    QCOMPARE(view->rowCount(), 3); // the listener and the accepted end there, the sender's peer
    QCOMPARE(rowsOwnedBy(ports, holder).size(), 3);
    ports->filterEdit()->setText(QStringLiteral("TCP"));
    for (int i = 0; i < view->rowCount(); ++i)
        QCOMPARE(view->index(i, PortTableModel::TypeColumn).data().toString(), QStringLiteral("tcp"));
    ports->filterEdit()->setText(QStringLiteral("no such thing"));
    QCOMPARE(view->rowCount(), 0);
    ports->filterEdit()->setText(holder);

    // A double-click on the owner inspects it, in the Processes tab.
    QSignalSpy inspect(ports, &PortsPage::inspectProcessRequested);
    doubleClick(ports->table(), view->index(0, PortTableModel::OwnerColumn));
    QCOMPARE(inspect.size(), 1);
    QCOMPARE(inspect.at(0).at(0).toString(), holder);
    QCOMPARE(c.page->tabs()->currentWidget(), c.page->processesPage());
    QVERIFY(waitUntil([&] { return c.inspector()->currentPid() == holder; }, 10000));
    // The hidden page stops refreshing.
    QVERIFY(!ports->isRefreshScheduled());
}

void TestViewStructure::portsRefreshOneAtATime()
{
    Console c;
    QVERIFY(c.start());
    PortsPage *ports = c.ports();
    QSignalSpy refreshed(ports, &PortsPage::refreshed);
    c.page->tabs()->setCurrentWidget(ports);
    QVERIFY(waitUntil([&] { return refreshed.size() >= 1; }, 10000));
    const int sent = ports->requestCount();
    QVERIFY(ports->isRefreshScheduled());
    // Refresh clicked three times while a request is out: one goes now, one more when it is answered.
    ports->refreshButton()->click();
    QVERIFY(ports->isRequestPending());
    ports->refreshButton()->click();
    ports->refreshButton()->click();
    QCOMPARE(ports->requestCount(), sent + 1);
    QVERIFY(waitUntil([&] { return refreshed.size() >= 3; }, 10000));
    QCOMPARE(ports->requestCount(), sent + 2);
    // Then every 5 s on its own, while visible.
    QVERIFY(ports->isRefreshScheduled());
    QVERIFY(waitUntil([&] { return refreshed.size() >= 4; }, PortsPage::IntervalMs + 5000));
    QCOMPARE(ports->requestCount(), sent + 3);
    c.page->tabs()->setCurrentIndex(0);
    QVERIFY(!ports->isRefreshScheduled());
}

void TestViewStructure::portsSummaryBeyondLimit()
{
    Console c;
    QVERIFY(c.start());
    // More ports than the page asks for: 520 UDP sockets held by one process.
    QVERIFY(c.eval(QStringLiteral("Parent = self(), register(t_udp_holder, spawn(fun() ->"
                                  " _ = [gen_udp:open(0, [{ip, {127,0,0,1}}]) || _ <- lists:seq(1, 520)],"
                                  " Parent ! ready, receive stop -> ok end end)),"
                                  "receive ready -> ok after 10000 -> timeout end.")));
    PortsPage *ports = c.ports();
    QSignalSpy refreshed(ports, &PortsPage::refreshed);
    c.page->tabs()->setCurrentWidget(ports);
    QVERIFY(waitUntil([&] { return refreshed.size() >= 1; }, 10000));
    QCOMPARE(ports->model()->rowCount(), PortsPage::Limit);
    // Bilby's own connection is left out of the count shown (and says so).
    const qint64 total = ports->model()->list().total - ports->model()->list().ownLeftOut;
    QVERIFY(total > 520);
    QCOMPARE(ports->model()->list().ownLeftOut, 1);
    const QString summary = ports->summaryLabel()->text();
    QVERIFY2(
        summary.startsWith(QStringLiteral("showing 500 of %1 (ranked by bytes moved)").arg(QLocale().toString(total))),
        qPrintable(summary));
}

void TestViewStructure::applicationsAndKernelTree()
{
    Console c;
    QVERIFY(c.start());
    ApplicationsPage *apps = c.apps();
    QAbstractItemModelTester listTester(apps->applicationModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester treeTester(apps->treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy listed(apps, &ApplicationsPage::applicationsLoaded);
    QSignalSpy trees(apps, &ApplicationsPage::treeLoaded);
    c.page->tabs()->setCurrentWidget(apps);
    QVERIFY(waitUntil([&] { return listed.size() == 1; }, 10000));

    ApplicationListModel *list = apps->applicationModel();
    const int kernel = list->rowOfName(QStringLiteral("kernel"));
    const int stdlib = list->rowOfName(QStringLiteral("stdlib"));
    QVERIFY(kernel >= 0 && stdlib >= 0);
    QCOMPARE(list->index(stdlib, ApplicationListModel::SupervisorColumn).data().toString(),
             QStringLiteral("library: no processes"));
    QVERIFY(!list->index(kernel, ApplicationListModel::VersionColumn).data().toString().isEmpty());
    QVERIFY(!list->index(kernel, ApplicationListModel::DescriptionColumn).data().toString().isEmpty());
    QCOMPARE(list->index(kernel, ApplicationListModel::SupervisorColumn).data().toString(), c.pidOf("kernel_sup"));

    // A library has no tree: nothing is asked of the node.
    QVERIFY(apps->selectApplication(QStringLiteral("stdlib")));
    QVERIFY(!apps->isTreePending());
    QVERIFY(apps->titleLabel()->text().contains(QLatin1String("library application")));
    QCOMPARE(apps->treeModel()->rowCount(), 0);

    // kernel: its top supervisor, open, with code_server (a worker) and kernel_safe_sup (a supervisor).
    QVERIFY(apps->selectApplication(QStringLiteral("kernel")));
    QVERIFY(waitUntil([&] { return trees.size() == 1; }, 15000));
    SupervisionTreeModel *tree = apps->treeModel();
    QCOMPARE(tree->rowCount(), 1);
    const QModelIndex top = tree->index(0, 0);
    QCOMPARE(top.siblingAtColumn(SupervisionTreeModel::NameColumn).data().toString(), QStringLiteral("kernel_sup"));
    QCOMPARE(top.siblingAtColumn(SupervisionTreeModel::PidColumn).data().toString(), c.pidOf("kernel_sup"));
    QVERIFY(apps->treeView()->isExpanded(top));
    const QModelIndex code = childWithId(tree, top, QStringLiteral("code_server"));
    QVERIFY(code.isValid());
    QCOMPARE(code.siblingAtColumn(SupervisionTreeModel::TypeColumn).data().toString(), QStringLiteral("worker"));
    QCOMPARE(code.data(SupervisionTreeModel::PidTextRole).toString(), c.pidOf("code_server"));
    const QModelIndex safe = childWithId(tree, top, QStringLiteral("kernel_safe_sup"));
    QVERIFY(safe.isValid());
    QCOMPARE(safe.siblingAtColumn(SupervisionTreeModel::TypeColumn).data().toString(), QStringLiteral("supervisor"));
    QVERIFY(apps->titleLabel()->text().startsWith(QLatin1String("kernel: ")));
    QVERIFY(apps->treeStatus()->isHidden());

    // Double-click on code_server opens it in the inspector; so does Enter on kernel_safe_sup.
    QSignalSpy inspect(apps, &ApplicationsPage::inspectProcessRequested);
    doubleClick(apps->treeView(), code);
    QCOMPARE(inspect.size(), 1);
    QCOMPARE(inspect.at(0).at(0).toString(), c.pidOf("code_server"));
    QCOMPARE(c.page->tabs()->currentWidget(), c.page->processesPage());
    QVERIFY(waitUntil([&] { return c.inspector()->currentPid() == c.pidOf("code_server"); }, 10000));
    c.page->tabs()->setCurrentWidget(apps);
    apps->treeView()->setFocus();
    apps->treeView()->setCurrentIndex(safe);
    QTest::keyClick(apps->treeView(), Qt::Key_Return);
    QCOMPARE(inspect.size(), 2);
    QCOMPARE(inspect.at(1).at(0).toString(), c.pidOf("kernel_safe_sup"));

    // Refresh reads the list and the tree shown again; the tree stays open where it was.
    c.page->tabs()->setCurrentWidget(apps);
    apps->refreshButton()->click();
    QVERIFY(waitUntil([&] { return listed.size() == 2 && trees.size() == 2; }, 15000));
    QVERIFY(apps->treeView()->isExpanded(tree->index(0, 0)));
    QCOMPARE(apps->treeView()->currentIndex().data(SupervisionTreeModel::PidTextRole).toString(),
             c.pidOf("kernel_safe_sup"));
}

void TestViewStructure::muteSupervisorKeepsPageUsable()
{
    Console c;
    QVERIFY(c.start());
    // An application whose top "supervisor" never answers which_children.
    QTemporaryDir dir;
    const QByteArray callback = compileErlang(dir, "t_mute_app",
                                              "-behaviour(application).\n-export([start/2, stop/1]).\n"
                                              "start(_, _) -> {ok, spawn_link(fun() -> receive never -> ok end end)}.\n"
                                              "stop(_) -> ok.\n");
    QVERIFY(!callback.isEmpty());
    QVERIFY(loadBeam(*c.rpc, "t_mute_app", callback));
    QVERIFY(c.eval(QStringLiteral(
        "ok = application:load({application, t_mute_app, [{description, \"mute\"}, {vsn, \"1\"}, {modules, []},"
        " {registered, []}, {applications, [kernel, stdlib]}, {mod, {t_mute_app, []}}]}),"
        "ok = application:start(t_mute_app).")));
    ApplicationsPage *apps = c.apps();
    QSignalSpy listed(apps, &ApplicationsPage::applicationsLoaded);
    QSignalSpy trees(apps, &ApplicationsPage::treeLoaded);
    c.page->tabs()->setCurrentWidget(apps);
    QVERIFY(waitUntil([&] { return listed.size() == 1; }, 10000));

    // While the agent waits its 2 s on the mute supervisor, the list refreshes all the same.
    QVERIFY(apps->selectApplication(QStringLiteral("t_mute_app")));
    QVERIFY(apps->isTreePending());
    apps->refreshButton()->click();
    QVERIFY(waitUntil([&] { return listed.size() == 2; }, 10000));
    QVERIFY(apps->isTreePending());
    QVERIFY(apps->listStatus()->text().contains(QLatin1String("application")));

    QVERIFY(waitUntil([&] { return trees.size() == 1; }, 15000));
    SupervisionTreeModel *tree = apps->treeModel();
    QCOMPARE(tree->application(), QStringLiteral("t_mute_app"));
    QCOMPARE(tree->rowCount(), 1);
    const QModelIndex top = tree->index(0, 0);
    const QModelIndex problem = noteUnder(tree, top, SupervisionTreeModel::Kind::ProblemNote);
    QVERIFY(problem.isValid());
    QVERIFY2(problem.data().toString().contains(QLatin1String("did not answer in 2 s")),
             qPrintable(problem.data().toString()));
    QVERIFY(apps->treeView()->isExpanded(top));
    QVERIFY(apps->treeStatus()->isVisible());
    QVERIFY(apps->treeStatus()->text().contains(QLatin1String("could not be read")));
    // The mute process itself can still be inspected.
    QVERIFY(!top.data(SupervisionTreeModel::PidTextRole).toString().isEmpty());

    // Selected in a row, the mute one then kernel: the first reply is dropped, kernel is shown.
    QVERIFY(apps->selectApplication(QStringLiteral("t_mute_app")));
    QVERIFY(apps->selectApplication(QStringLiteral("kernel")));
    QVERIFY(waitUntil([&] { return tree->application() == QLatin1String("kernel"); }, 15000));
    QVERIFY(childWithId(tree, tree->index(0, 0), QStringLiteral("code_server")).isValid());
    QVERIFY(!apps->isTreePending());
}

void TestViewStructure::nodeKilledKeepsLastRows()
{
    Console c;
    QVERIFY(c.start());
    QVERIFY(c.startSocketHolder());
    PortsPage *ports = c.ports();
    ApplicationsPage *apps = c.apps();
    QSignalSpy treesLoaded(apps, &ApplicationsPage::treeLoaded);
    QSignalSpy listed(apps, &ApplicationsPage::applicationsLoaded);
    c.page->tabs()->setCurrentWidget(apps);
    QVERIFY(waitUntil([&] { return listed.size() == 1; }, 10000));
    QVERIFY(apps->selectApplication(QStringLiteral("kernel")));
    QVERIFY(waitUntil([&] { return treesLoaded.size() == 1; }, 15000));
    const int treeRows = apps->treeModel()->rowCount(apps->treeModel()->index(0, 0));

    QSignalSpy refreshed(ports, &PortsPage::refreshed);
    QSignalSpy failed(ports, &PortsPage::refreshFailed);
    c.page->tabs()->setCurrentWidget(ports);
    QVERIFY(waitUntil([&] { return refreshed.size() >= 1; }, 10000));
    const int rows = ports->model()->rowCount();
    QVERIFY(rows >= 3);

    // A refresh goes out to a frozen node, which dies before it can answer.
    c.node.freeze();
    ports->refresh();
    QVERIFY(ports->isRequestPending());
    c.node.kill();
    QVERIFY(waitUntil([&] { return !ports->isRequestPending(); }, 20000));
    QCOMPARE(failed.size(), 1);
    QVERIFY(ports->statusLabel()->isVisible());
    QVERIFY2(ports->statusLabel()->text().contains(QLatin1String("The list is from")),
             qPrintable(ports->statusLabel()->text()));
    QCOMPARE(ports->model()->rowCount(), rows);
    QVERIFY(waitUntil([&] { return c.managed->state() == NodeSession::State::Down; }, 20000));
    QVERIFY2(ports->statusLabel()->text().contains(QLatin1String("The node is down")),
             qPrintable(ports->statusLabel()->text()));
    QVERIFY(ports->statusLabel()->text().contains(QLatin1String("The list is from")));
    QVERIFY(!ports->isRefreshScheduled());

    // The applications page keeps its tree and says why it cannot read another.
    c.page->tabs()->setCurrentWidget(apps);
    apps->refreshButton()->click();
    QVERIFY(!apps->listStatus()->text().isEmpty());
    QVERIFY(apps->listStatus()->text().contains(QLatin1String("Not connected")));
    QCOMPARE(apps->treeModel()->rowCount(apps->treeModel()->index(0, 0)), treeRows);
    QVERIFY(apps->applicationModel()->rowOfName(QStringLiteral("kernel")) >= 0);
}

void TestViewStructure::applicationsReadAgainAfterRestart()
{
    Console c;
    QVERIFY(c.start());
    ApplicationsPage *apps = c.apps();
    QSignalSpy listed(apps, &ApplicationsPage::applicationsLoaded);
    QSignalSpy trees(apps, &ApplicationsPage::treeLoaded);
    c.page->tabs()->setCurrentWidget(apps);
    QVERIFY(waitUntil([&] { return listed.size() == 1; }, 10000));
    QVERIFY(apps->selectApplication(QStringLiteral("kernel")));
    QVERIFY(waitUntil([&] { return trees.size() == 1; }, 15000));

    // The node restarts: once reconnected, the page reads the list and the tree shown again, once.
    QVERIFY(c.node.restart());
    QVERIFY(waitUntil([&] { return trees.size() == 2; }, 30000));
    QCOMPARE(listed.size(), 2);
    QCOMPARE(apps->treeModel()->application(), QStringLiteral("kernel"));
    QVERIFY(apps->treeStatus()->isHidden());
    QVERIFY(apps->listStatus()->text().contains(QLatin1String("application")));
    c.rpc = std::make_unique<TestRpc>(c.node.name(), c.node.cookie());
    QVERIFY(c.rpc->connect());
    QCOMPARE(apps->treeModel()->index(0, SupervisionTreeModel::PidColumn).data().toString(), c.pidOf("kernel_sup"));
}

QTEST_MAIN(TestViewStructure)
#include "tst_view_structure.moc"
