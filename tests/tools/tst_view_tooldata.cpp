// Tool pages shown from typed values with no node behind them: each page asks a test implementation
// of its interface, as a saved snapshot or a crash dump would answer it.
#include "connection/agenterror.h"
#include "tools/applicationlistmodel.h"
#include "tools/applicationspage.h"
#include "tools/etsbrowser.h"
#include "tools/etspage.h"
#include "tools/etsrowmodel.h"
#include "tools/inspectorsection.h"
#include "tools/portspage.h"
#include "tools/porttablemodel.h"
#include "tools/processespage.h"
#include "tools/processinfoview.h"
#include "tools/processinspectorview.h"
#include "tools/processtopmodel.h"
#include "tools/supervisiontreemodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace bilby;

namespace {

/// Answers later, as any source does, and only while the receiver lives.
template <class T>
void answer(QObject *receiver, const ToolCallback<T> &done, const std::optional<T> &value, const AgentError &error = {})
{
    QTimer::singleShot(0, receiver, [done, value, error] { done(ToolReply<T>{value, error}); });
}

EtsTableInfo table(const QString &name, qint64 size, const QString &protection = QStringLiteral("public"))
{
    EtsTableInfo t;
    t.id = Term::atom(name.toUtf8());
    t.idText = name;
    t.name = name;
    t.named = true;
    t.type = QStringLiteral("set");
    t.size = size;
    t.memory = size * 100;
    t.ownerText = QStringLiteral("<0.90.0>");
    t.protection = protection;
    return t;
}

/// A fixed set of tables; a table's rows are {N, N * 2} for N from 1 to its size, in pages.
class SnapshotEts : public EtsBrowser
{
public:
    EtsTableList list;
    int asked = 0;

    bool isAvailable() const override { return true; }
    void tables(QObject *receiver, ToolCallback<EtsTableList> done) override
    {
        ++asked;
        answer<EtsTableList>(receiver, done, list);
    }
    void page(const EtsTableInfo &t, const std::optional<Term> &cursor, int size, QObject *receiver,
              ToolCallback<EtsRows> done) override
    {
        ++asked;
        if (t.isPrivate()) {
            AgentError error;
            error.kind = AgentError::Kind::PrivateTable;
            answer<EtsRows>(receiver, done, std::nullopt, error);
            return;
        }
        const qint64 from = cursor ? cursor->toInt() : 0;
        EtsRows rows;
        for (qint64 n = from + 1; n <= std::min(t.size, from + size); ++n)
            rows.rows.append(row(n));
        if (from + size < t.size)
            rows.next = Term::integer(from + size);
        answer<EtsRows>(receiver, done, rows);
    }
    void lookup(const EtsTableInfo &, const QString &keyText, QObject *receiver, ToolCallback<EtsRows> done) override
    {
        ++asked;
        EtsRows rows;
        rows.rows = {row(keyText.toLongLong())};
        rows.total = 1;
        answer<EtsRows>(receiver, done, rows);
    }

    static EtsRow row(qint64 n) { return {QString::number(n), QStringLiteral("{%1,%2}").arg(n).arg(n * 2), 24}; }
};

Term pid(quint32 id)
{
    return Term::pid({QByteArrayLiteral("snap@host"), 1, {id, 0}});
}

ProcessInfo::Item item(const QString &text, const Term &navigable = Term())
{
    return {text, navigable, QString(), std::nullopt};
}

/// Two processes, <0.90.0> (t_server) linked to <0.91.0>, as a saved snapshot would hold them.
class SnapshotProcesses : public ProcessSource
{
public:
    QStringList asked;

    bool isAvailable() const override { return true; }
    int wordSize() const override { return 8; }
    void top(ProcessTop::Sort sort, int, const QString &, bool, QObject *receiver,
             ToolCallback<ProcessTop> done) override
    {
        asked.append(QStringLiteral("top"));
        ProcessTop top;
        top.sort = sort;
        top.scanned = 2;
        for (quint32 id : {90u, 91u}) {
            ProcessTop::Row row;
            row.pid = pid(id);
            row.pidText = QStringLiteral("<0.%1.0>").arg(id);
            row.name = id == 90 ? QStringLiteral("t_server") : QString();
            row.memory = id * 1000;
            top.rows.append(row);
        }
        answer<ProcessTop>(receiver, done, top);
    }
    void info(const Term &target, QObject *receiver, ToolCallback<ProcessInfo> done) override
    {
        const bool server = target == pid(90) || target.toQString() == QLatin1String("t_server");
        asked.append(server ? QStringLiteral("info 90") : QStringLiteral("info 91"));
        ProcessInfo info;
        info.pid = pid(server ? 90 : 91);
        info.pidText = server ? QStringLiteral("<0.90.0>") : QStringLiteral("<0.91.0>");
        info.registeredName = server ? QStringLiteral("t_server") : QString();
        info.label = info.registeredName;
        info.fields.append({"pid", {item(info.pidText)}, false, -1});
        ProcessInfo::Item memory = item(QStringLiteral("2048"));
        memory.integer = 2048;
        info.fields.append({"memory", {memory}, false, -1});
        ProcessInfo::Field links{"links", {}, true, -1};
        if (server)
            links.items = {item(QStringLiteral("<0.91.0>"), pid(91))};
        info.fields.append(links);
        answer<ProcessInfo>(receiver, done, info);
    }
    void section(ProcessSection::Kind kind, const Term &, bool, QObject *receiver,
                 ToolCallback<ProcessSection> done) override
    {
        asked.append(QStringLiteral("section"));
        ProcessSection section;
        section.kind = kind;
        section.entries = {{QString(), QStringLiteral("gen_server:loop/7"), 0}};
        answer<ProcessSection>(receiver, done, section);
    }
};

/// One TCP socket of t_server's.
class SnapshotPorts : public PortSource
{
public:
    bool isAvailable() const override { return true; }
    void ports(int, bool, QObject *receiver, ToolCallback<PortList> done) override
    {
        PortList list;
        list.total = 1;
        PortList::Row row;
        row.idText = QStringLiteral("#Port<0.7>");
        row.name = QStringLiteral("tcp_inet");
        row.type = QStringLiteral("tcp");
        row.owner = pid(90);
        row.ownerText = QStringLiteral("<0.90.0>");
        row.input = 1000;
        row.output = 2000;
        row.local = QStringLiteral("127.0.0.1:4369");
        list.rows = {row};
        answer<PortList>(receiver, done, list);
    }
};

/// t_app, whose top supervisor has one worker; and stdlib, a library.
class SnapshotApplications : public ApplicationSource
{
public:
    bool isAvailable() const override { return true; }
    void applications(QObject *receiver, ToolCallback<QVector<SupervisionTree::Application>> done) override
    {
        SupervisionTree::Application app{QStringLiteral("t_app"), QStringLiteral("a test"), QStringLiteral("1.0"),
                                         pid(80), QStringLiteral("<0.80.0>")};
        SupervisionTree::Application lib{QStringLiteral("stdlib"), QStringLiteral("library"), QStringLiteral("4.0"),
                                         Term::atom("undefined"), QString()};
        answer<QVector<SupervisionTree::Application>>(receiver, done, QVector<SupervisionTree::Application>{app, lib});
    }
    void tree(const QString &application, QObject *receiver, ToolCallback<SupervisionTree::Tree> done) override
    {
        SupervisionTree::Node worker;
        worker.id = QStringLiteral("t_server");
        worker.pid = pid(90);
        worker.pidText = QStringLiteral("<0.90.0>");
        worker.name = QStringLiteral("t_server");
        SupervisionTree::Node root;
        root.id = QStringLiteral("t_sup");
        root.pid = pid(80);
        root.pidText = QStringLiteral("<0.80.0>");
        root.supervisor = true;
        root.children = {worker};
        SupervisionTree::Tree tree;
        tree.application = application;
        tree.root = root;
        answer<SupervisionTree::Tree>(receiver, done, tree);
    }
};

} // namespace

class TestViewToolData : public QObject
{
    Q_OBJECT
private slots:
    void etsPageFromASnapshot();
    void etsPrivateTableFromASnapshot();
    void etsReplyAfterThePageIsGone();
    void processesFromASnapshot();
    void inspectorFromASnapshot();
    void portsFromASnapshot();
    void applicationsFromASnapshot();
};

void TestViewToolData::etsPageFromASnapshot()
{
    auto *source = new SnapshotEts;
    source->list.total = 3;
    source->list.tables = {table(QStringLiteral("t_big"), 250), table(QStringLiteral("t_small"), 1)};
    EtsPage page(source);
    QCOMPARE(source->parent(), &page);
    QAbstractItemModelTester tables(page.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester rows(page.rowModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy listed(&page, &EtsPage::tablesLoaded);
    QSignalSpy loaded(&page, &EtsPage::contentsLoaded);
    page.show();
    QVERIFY(listed.wait());
    QCOMPARE(page.tableModel()->rowCount(), 2);
    QCOMPARE(page.listStatus()->text(), QStringLiteral("2 of 3 tables"));

    QVERIFY(page.selectTable(QStringLiteral("t_big")));
    QVERIFY(loaded.wait());
    QCOMPARE(page.pageNumber(), 1);
    QCOMPARE(page.rowModel()->rowCount(), 100);
    QCOMPARE(page.rowModel()->rowAt(1).text, QStringLiteral("{2,4}"));
    QVERIFY(page.nextButton()->isEnabled());
    QVERIFY(!page.previousButton()->isEnabled());
    page.nextPage();
    QVERIFY(loaded.wait());
    page.nextPage();
    QVERIFY(loaded.wait());
    QCOMPARE(page.pageNumber(), 3);
    QCOMPARE(page.rowModel()->rowCount(), 50);
    QCOMPARE(page.contentsStatus()->text(), QStringLiteral("Page 3: rows 201 to 250, the last page"));
    QVERIFY(!page.nextButton()->isEnabled());
    page.previousPage();
    QVERIFY(loaded.wait());
    QCOMPARE(page.rowModel()->rowAt(0).key, QStringLiteral("101"));

    page.lookup(QStringLiteral("42"));
    QVERIFY(loaded.wait());
    QCOMPARE(page.pageNumber(), 0);
    QCOMPARE(page.rowModel()->rowAt(0).text, QStringLiteral("{42,84}"));
    QCOMPARE(page.contentsStatus()->text(), QStringLiteral("1 row(s) with the key 42."));
}

void TestViewToolData::etsPrivateTableFromASnapshot()
{
    auto *source = new SnapshotEts;
    source->list.total = 1;
    source->list.tables = {table(QStringLiteral("t_secret"), 5, QStringLiteral("private"))};
    EtsPage page(source);
    QSignalSpy listed(&page, &EtsPage::tablesLoaded);
    QSignalSpy loaded(&page, &EtsPage::contentsLoaded);
    QSignalSpy inspect(&page, &EtsPage::inspectProcessRequested);
    page.show();
    QVERIFY(listed.wait());
    QVERIFY(page.selectTable(QStringLiteral("t_secret")));
    QVERIFY(loaded.wait());
    QCOMPARE(page.rowModel()->rowCount(), 0);
    QVERIFY2(page.contentsStatus()->text().contains(QLatin1String("<0.90.0>")),
             qPrintable(page.contentsStatus()->text())); // who owns it, from the list
    emit page.titleLabel()->linkActivated(QStringLiteral("owner"));
    QCOMPARE(inspect.size(), 1);
    QCOMPARE(inspect.at(0).at(0).toString(), QStringLiteral("<0.90.0>"));
}

void TestViewToolData::etsReplyAfterThePageIsGone()
{
    QObject owner; // the source outlives the page
    auto *source = new SnapshotEts;
    source->setParent(&owner);
    source->list.tables = {table(QStringLiteral("t_small"), 1)};
    {
        EtsPage page(source);
        page.refreshTables();
        QCOMPARE(source->asked, 1);
    } // the answer is on its way to a page that no longer exists
    QTest::qWait(20);
    QCOMPARE(source->asked, 1);
}

void TestViewToolData::processesFromASnapshot()
{
    auto *source = new SnapshotProcesses;
    ProcessesPage page(source, nullptr);
    QAbstractItemModelTester model(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(&page, &ProcessesPage::refreshed);
    page.show();
    QVERIFY(refreshed.wait());
    QCOMPARE(page.model()->rowCount(), 2);
    QCOMPARE(page.model()->rowAt(0).name, QStringLiteral("t_server"));
    QVERIFY(source->asked.contains(QStringLiteral("top")));
}

void TestViewToolData::inspectorFromASnapshot()
{
    auto *source = new SnapshotProcesses;
    source->setParent(this);
    ProcessInspectorView inspector(source, nullptr);
    QSignalSpy updated(&inspector, &ProcessInspectorView::infoUpdated);
    inspector.show();
    inspector.inspect(QStringLiteral("t_server"));
    QVERIFY(updated.wait());
    QCOMPARE(inspector.titleLabel()->text(), QStringLiteral("<0.90.0> t_server"));
    QCOMPARE(inspector.currentPid(), QStringLiteral("<0.90.0>"));
    const QString html = inspector.infoView()->toHtml();
    QVERIFY2(html.contains(QLatin1String("2,048 bytes")) || html.contains(QLatin1String("2048 bytes")),
             qPrintable(html));
    QVERIFY(!inspector.terminateButton()->isEnabled()); // a snapshot is only read
    QVERIFY(!inspector.gcButton()->isEnabled());

    // The link is a pid to navigate to, and Back returns.
    emit inspector.infoView()->anchorClicked(QUrl(QStringLiteral("pid:0")));
    QVERIFY(updated.wait());
    QCOMPARE(inspector.currentPid(), QStringLiteral("<0.91.0>"));
    QVERIFY(inspector.infoView()->toPlainText().contains(QLatin1String("none"))); // no links
    QVERIFY(inspector.backButton()->isEnabled());

    QSignalSpy sections(&inspector, &ProcessInspectorView::sectionUpdated);
    inspector.sections()->setCurrentIndex(ProcessInspectorView::StackSection);
    QVERIFY(sections.wait());
    QCOMPARE(inspector.section(ProcessInspectorView::StackSection)->textView()->toPlainText(),
             QStringLiteral("gen_server:loop/7"));
    inspector.back();
    QVERIFY(updated.wait());
    QCOMPARE(inspector.currentPid(), QStringLiteral("<0.90.0>"));
}

void TestViewToolData::portsFromASnapshot()
{
    PortsPage page(new SnapshotPorts, nullptr);
    QAbstractItemModelTester model(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(&page, &PortsPage::refreshed);
    page.show();
    QVERIFY(refreshed.wait());
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->index(0, PortTableModel::LocalColumn).data().toString(), QStringLiteral("127.0.0.1:4369"));
}

void TestViewToolData::applicationsFromASnapshot()
{
    ApplicationsPage page(new SnapshotApplications, nullptr);
    QAbstractItemModelTester tree(page.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy listed(&page, &ApplicationsPage::applicationsLoaded);
    QSignalSpy loaded(&page, &ApplicationsPage::treeLoaded);
    page.show();
    QVERIFY(listed.wait());
    QVERIFY(page.selectApplication(QStringLiteral("t_app")));
    QVERIFY(loaded.wait());
    QVERIFY(page.treeModel()->indexOfPid(QStringLiteral("<0.90.0>")).isValid());
}

QTEST_MAIN(TestViewToolData)
#include "tst_view_tooldata.moc"
