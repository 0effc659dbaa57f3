// Tool pages shown from typed values with no node behind them: each page asks a test implementation
// of its interface, as a saved snapshot or a crash dump would answer it.
#include "connection/agenterror.h"
#include "tools/etsbrowser.h"
#include "tools/etspage.h"
#include "tools/etsrowmodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
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

} // namespace

class TestViewToolData : public QObject
{
    Q_OBJECT
private slots:
    void etsPageFromASnapshot();
    void etsPrivateTableFromASnapshot();
    void etsReplyAfterThePageIsGone();
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

QTEST_MAIN(TestViewToolData)
#include "tst_view_tooldata.moc"
