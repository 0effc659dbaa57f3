// The Notifications page offscreen over a real store file (and without one): pages of the timeline,
// older pages on scroll, an "N new" bar instead of a list that moves under the reader, search, filters,
// and the in-memory timeline when there is no store or it failed.
#include "alarms/alarmcenter.h"
#include "events/notificationfilterbar.h"
#include "events/notificationspage.h"
#include "events/notificationtablemodel.h"
#include "store/metricstore.h"
#include "support/storefixture.h"
#include "support/testnode.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace bilby;
using namespace bilby::test;

namespace {

using Origin = Notification::Origin;
using Severity = Notification::Severity;

const QString NodeA = QStringLiteral("shop@db1.example.com");
const QString NodeB = QStringLiteral("shop@db2.example.com");
const char *const Words[] = {"mailbox", "crash", "report", "supervisor", "badmatch", "timeout", "reload", "module"};
constexpr int Rows = 1000;


/// Rows up to now, a second apart: three nodes (one the console), every origin and severity, "row<i>"
/// in each text; row 123 alone has "zebra", in its details.
QVector<Notification> timeline(qint64 nowMs)
{
    QVector<Notification> rows;
    const QString nodes[] = {NodeA, NodeB, QString()};
    for (int i = 0; i < Rows; ++i) {
        rows.append(makeNotification(nowMs - qint64(Rows - i) * 1000, nodes[i % 3], Origin(i % 9), Severity(i % 6),
                         QStringLiteral("row%1 %2").arg(i).arg(QLatin1String(Words[i % 8])),
                         i == 123 ? QStringLiteral("the zebra crossing") : QString()));
    }
    return rows;
}

QSet<QString> rowWords(const NotificationTableModel &model)
{
    QSet<QString> words;
    for (int r = 0; r < model.rowCount(); ++r)
        words.insert(model.at(r).text.section(QLatin1Char(' '), 0, 0));
    return words;
}

QSet<QString> expected(const QVector<Notification> &rows, const std::function<bool(const Notification &)> &keep)
{
    QSet<QString> words;
    for (const Notification &n : rows) {
        if (keep(n))
            words.insert(n.text.section(QLatin1Char(' '), 0, 0));
    }
    return words;
}

bool settled(NotificationsPage &page)
{
    return waitUntil([&page] { return !page.isLoading(); }, 5000);
}

/// Loads every older page.
bool loadAll(NotificationsPage &page)
{
    for (int i = 0; i < 100 && page.hasMore(); ++i) {
        page.fetchOlder();
        if (!settled(page))
            return false;
    }
    return !page.hasMore();
}

/// The console's store, open, with a timeline of Rows entries in it.
struct Fixture : ConsoleStore
{
    QVector<Notification> rows;

    bool open()
    {
        if (!ConsoleStore::open())
            return false;
        rows = timeline(QDateTime::currentMSecsSinceEpoch());
        return append(rows);
    }
    bool append(const QVector<Notification> &more)
    {
        store.appendNotifications(more);
        return flush();
    }
};

} // namespace

class TestViewNotifications : public QObject
{
    Q_OBJECT
private slots:
    void modelAndMemoryFilter();
    void pagesLoadOnScroll();
    void newBarInsteadOfMovingTheList();
    void searchFindsAWord();
    void filtersFilter();
    void withoutStoreTheTimelineIsInMemory();
    void failedStoreFallsBackToMemory();
};

void TestViewNotifications::modelAndMemoryFilter()
{
    NotificationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QVector<Notification> rows = timeline(QDateTime::currentMSecsSinceEpoch());
    QVector<Notification> newestFirst(rows.crbegin(), rows.crend());
    model.appendOlder(newestFirst.mid(10, 20));
    model.appendOlder(newestFirst.mid(30, 20));
    model.prependNewer(newestFirst.mid(0, 10));
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.at(0).text, newestFirst.at(0).text);
    QCOMPARE(model.at(49).text, newestFirst.at(49).text);
    QCOMPARE(model.index(0, NotificationTableModel::TextColumn).data().toString(), newestFirst.at(0).text);
    QCOMPARE(model.index(0, 0).data(NotificationTableModel::SeverityRole).toInt(), int(newestFirst.at(0).severity));
    QCOMPARE(model.index(1, NotificationTableModel::NodeColumn).data().toString(), QStringLiteral("(console)"));
    const QVector<Notification> dropped = model.keepNewest(45);
    QCOMPARE(dropped.size(), 5);
    QCOMPARE(dropped.constFirst().text, newestFirst.at(45).text);
    QCOMPARE(model.rowCount(), 45);
    QVERIFY(model.keepNewest(100).isEmpty());
    model.clear();
    QCOMPARE(model.rowCount(), 0);

    NotificationFilter filter;
    const Notification n = makeNotification(1000, NodeA, Origin::Shell, Severity::Warning, QStringLiteral("Zebra seen"),
                                QStringLiteral("near the crossing"));
    QVERIFY(NotificationTableModel::matches(n, filter));
    filter.search = QStringLiteral("zebra cross*");
    QVERIFY(NotificationTableModel::matches(n, filter));
    filter.search = QStringLiteral("zebra lion");
    QVERIFY(!NotificationTableModel::matches(n, filter));
    filter = {};
    filter.minSeverity = Severity::Error;
    QVERIFY(!NotificationTableModel::matches(n, filter));
    filter.minSeverity = Severity::Warning;
    filter.origins = {Origin::Shell};
    filter.nodes = {NodeA};
    filter.sinceMs = 1000;
    QVERIFY(NotificationTableModel::matches(n, filter));
    filter.sinceMs = 1001;
    QVERIFY(!NotificationTableModel::matches(n, filter));
}

void TestViewNotifications::pagesLoadOnScroll()
{
    Fixture f;
    QVERIFY(f.open());
    NotificationsPage page(f.center.get(), &f.registry);
    page.resize(900, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(settled(page));
    QVERIFY(!page.isMemoryOnly());
    QVERIFY(!page.memoryNotice()->isVisible());
    QCOMPARE(page.model()->rowCount(), NotificationsPage::DefaultPageSize); // a page, never all of it
    QVERIFY(page.hasMore());
    QCOMPARE(page.model()->at(0).text, f.rows.constLast().text);

    // Scrolling to the bottom loads the next page, and so on to the oldest.
    int pages = 1;
    while (page.hasMore()) {
        QScrollBar *bar = page.table()->verticalScrollBar();
        bar->setValue(bar->maximum());
        QVERIFY(settled(page));
        QVERIFY(++pages <= Rows / NotificationsPage::DefaultPageSize);
    }
    QCOMPARE(page.model()->rowCount(), Rows);
    for (int r = 1; r < Rows; ++r)
        QVERIFY(page.model()->at(r).id < page.model()->at(r - 1).id);
    QCOMPARE(page.model()->at(Rows - 1).text, f.rows.constFirst().text);

    // The selected row's details.
    page.table()->selectRow(Rows - 1 - 123);
    QVERIFY(page.details()->toPlainText().contains(QLatin1String("the zebra crossing")));
}

void TestViewNotifications::newBarInsteadOfMovingTheList()
{
    Fixture f;
    QVERIFY(f.open());
    NotificationsPage page(f.center.get(), &f.registry);
    page.resize(900, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(settled(page));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    // The reader has scrolled down a little: new entries wait behind the bar.
    QScrollBar *bar = page.table()->verticalScrollBar();
    bar->setValue(30);
    const int rowsBefore = page.model()->rowCount();
    const qint64 firstBefore = page.model()->at(0).id;
    QVERIFY(f.append({makeNotification(now, NodeA, Origin::Log, Severity::Error, QStringLiteral("new one")),
                      makeNotification(now, NodeA, Origin::Log, Severity::Error, QStringLiteral("new two")),
                      makeNotification(now, NodeB, Origin::Shell, Severity::Info, QStringLiteral("new three"))}));
    QVERIFY(waitUntil([&] { return page.pendingCount() == 3; }, 5000));
    QVERIFY(page.newBar()->isVisible());
    QVERIFY(page.newBar()->text().contains(QLatin1String("3 new")));
    QCOMPARE(bar->value(), 30);
    QCOMPARE(page.model()->rowCount(), rowsBefore);
    QCOMPARE(page.model()->at(0).id, firstBefore);

    // Clicking shows them at the top.
    QTest::mouseClick(page.newBar(), Qt::LeftButton);
    QCOMPARE(page.pendingCount(), 0);
    QVERIFY(!page.newBar()->isVisible());
    QCOMPARE(bar->value(), 0);
    QCOMPARE(page.model()->rowCount(), rowsBefore + 3);
    QCOMPARE(page.model()->at(0).text, QStringLiteral("new three"));
    QCOMPARE(page.model()->at(3).id, firstBefore);

    // At the top they simply appear.
    QVERIFY(f.append({makeNotification(now, NodeA, Origin::Code, Severity::Notice, QStringLiteral("new four"))}));
    QVERIFY(waitUntil([&] { return page.model()->rowCount() == rowsBefore + 4; }, 5000));
    QCOMPARE(page.model()->at(0).text, QStringLiteral("new four"));
    QVERIFY(!page.newBar()->isVisible());

    // With a filter, only entries that pass it are counted.
    page.filterBar()->originBox()->setCurrentIndex(page.filterBar()->originBox()->findData(int(Origin::Shell)));
    QVERIFY(settled(page));
    QVERIFY(bar->maximum() > 10);
    bar->setValue(10);
    QVERIFY(f.append({makeNotification(now, NodeA, Origin::Log, Severity::Error, QStringLiteral("not a shell"))}));
    QTest::qWait(400); // a live tick and its query
    QCOMPARE(page.pendingCount(), 0);
    QVERIFY(!page.newBar()->isVisible());
    QVERIFY(f.append({makeNotification(now, NodeB, Origin::Shell, Severity::Info, QStringLiteral("a shell"))}));
    QVERIFY(waitUntil([&] { return page.pendingCount() == 1; }, 5000));
    QVERIFY(page.newBar()->text().contains(QLatin1String("1 new")));
    // Back at the top, what waited is shown.
    bar->setValue(0);
    QCOMPARE(page.pendingCount(), 0);
    QCOMPARE(page.model()->at(0).text, QStringLiteral("a shell"));

    // More than a query returns: the bar says so, and showing them starts again from the newest.
    page.setPageSize(20);
    bar->setValue(10);
    QVector<Notification> burst;
    for (int i = 0; i < 30; ++i)
        burst.append(makeNotification(now, NodeB, Origin::Shell, Severity::Info, QStringLiteral("burst%1").arg(i)));
    QVERIFY(f.append(burst));
    QVERIFY(waitUntil([&] { return page.pendingCount() > 0; }, 5000));
    QVERIFY(page.newBar()->text().startsWith(QLatin1String("More than")));
    QCOMPARE(bar->value(), 10);
    const int waiting = page.pendingCount();
    QVERIFY(f.append({makeNotification(now, NodeB, Origin::Shell, Severity::Info, QStringLiteral("burst30"))}));
    QVERIFY(waitUntil([&] { return page.pendingCount() == waiting + 1; }, 5000));
    QCOMPARE(bar->value(), 10);
    page.showPending();
    QVERIFY(settled(page));
    QCOMPARE(page.model()->at(0).text, QStringLiteral("burst30"));
    QCOMPARE(page.model()->at(30).text, QStringLiteral("burst0"));
    QCOMPARE(page.pendingCount(), 0);

    // A long-running tail keeps the list bounded; the rows it dropped come back as an older page.
    page.setMaxRows(page.model()->rowCount());
    const qint64 oldestKept = page.model()->at(page.model()->rowCount() - 2).id;
    QVERIFY(f.append({makeNotification(now, NodeB, Origin::Shell, Severity::Info, QStringLiteral("after the burst"))}));
    QVERIFY(waitUntil([&] { return page.model()->at(0).text == QLatin1String("after the burst"); }, 5000));
    QVERIFY(settled(page));
    QVERIFY(page.hasMore());
    QCOMPARE(page.model()->at(page.model()->rowCount() - 1).id, oldestKept);
    page.setMaxRows(NotificationsPage::DefaultMaxRows);
    page.fetchOlder();
    QVERIFY(settled(page));
    for (int r = 1; r < page.model()->rowCount(); ++r)
        QVERIFY(page.model()->at(r).id < page.model()->at(r - 1).id);
}

void TestViewNotifications::searchFindsAWord()
{
    Fixture f;
    QVERIFY(f.open());
    NotificationsPage page(f.center.get(), &f.registry);
    page.resize(900, 600);
    page.show();
    QVERIFY(settled(page));
    QLineEdit *search = page.filterBar()->searchEdit();
    QSignalSpy loaded(&page, &NotificationsPage::pageLoaded);
    QTest::keyClicks(search, QStringLiteral("zebra"));
    QVERIFY(loaded.wait(3000)); // after a pause in typing, one query
    QVERIFY(settled(page));
    QCOMPARE(page.model()->rowCount(), 1);
    QVERIFY(page.model()->at(0).text.startsWith(QLatin1String("row123 ")));

    search->setText(QStringLiteral("supervisor"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(settled(page));
    QVERIFY(loadAll(page));
    QCOMPARE(rowWords(*page.model()),
             expected(f.rows, [](const Notification &n) { return n.text.contains(QLatin1String("supervisor")); }));

    // Input that is FTS5 syntax is taken as words, not as an error.
    search->setText(QStringLiteral("\"crash ( *"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(settled(page));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("notificationStatus"))->text().indexOf(QLatin1String("cannot")) <
            0);
    QVERIFY(loadAll(page));
    QCOMPARE(page.model()->rowCount(), Rows / 8);
}

void TestViewNotifications::filtersFilter()
{
    Fixture f;
    QVERIFY(f.open());
    NotificationsPage page(f.center.get(), &f.registry);
    page.resize(900, 600);
    page.show();
    QVERIFY(settled(page));
    NotificationFilterBar *bar = page.filterBar();

    // The nodes seen in the timeline are offered.
    QVERIFY(bar->nodeBox()->findText(NodeA) > 0);
    QVERIFY(bar->nodeBox()->findText(NodeB) > 0);
    bar->nodeBox()->setCurrentIndex(bar->nodeBox()->findText(NodeB));
    QVERIFY(settled(page));
    QVERIFY(loadAll(page));
    QCOMPARE(rowWords(*page.model()), expected(f.rows, [](const Notification &n) { return n.node == NodeB; }));

    bar->originBox()->setCurrentIndex(bar->originBox()->findData(int(Origin::Config)));
    QVERIFY(settled(page));
    QVERIFY(loadAll(page));
    QCOMPARE(rowWords(*page.model()),
             expected(f.rows, [](const Notification &n) { return n.node == NodeB && n.origin == Origin::Config; }));

    bar->nodeBox()->setCurrentIndex(0);
    bar->originBox()->setCurrentIndex(0);
    bar->severityBox()->setCurrentIndex(bar->severityBox()->findData(int(Severity::Error)));
    QVERIFY(settled(page));
    QVERIFY(loadAll(page));
    QCOMPARE(rowWords(*page.model()),
             expected(f.rows, [](const Notification &n) { return int(n.severity) <= int(Severity::Error); }));

    // The last 15 minutes of rows a second apart up to now: the newest 900 or so.
    bar->severityBox()->setCurrentIndex(0);
    bar->rangeBox()->setCurrentIndex(1);
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - qint64(15) * 60 * 1000;
    QVERIFY(settled(page));
    QVERIFY(loadAll(page));
    const QSet<QString> recent = expected(f.rows, [since](const Notification &n) { return n.timeMs >= since; });
    QVERIFY(page.model()->rowCount() < Rows);
    QVERIFY(qAbs(page.model()->rowCount() - int(recent.size())) <= 2); // the clock moved between the two
    for (int r = 0; r < page.model()->rowCount(); ++r)
        QVERIFY(page.model()->at(r).timeMs >= since - 2000);
}

void TestViewNotifications::withoutStoreTheTimelineIsInMemory()
{
    Environment env;
    AlarmCenter center(&env.registry, nullptr);
    center.engine()->nodeDown(NodeA, QStringLiteral("connection refused"));
    center.engine()->nodeDown(NodeB, QStringLiteral("connection refused"));
    center.acknowledge(center.engine()->active().constFirst().serial);
    const int before = int(center.recent().size());
    QVERIFY(before >= 3);

    NotificationsPage page(&center, &env.registry);
    page.resize(900, 600);
    page.show();
    QVERIFY(page.isMemoryOnly());
    QVERIFY(page.memoryNotice()->isVisible());
    QVERIFY(page.memoryNotice()->text().contains(QLatin1String("in memory only")));
    QCOMPARE(page.model()->rowCount(), before);
    QCOMPARE(page.model()->at(0).origin, Origin::Action); // newest first

    // The same filters, in memory.
    NotificationFilterBar *bar = page.filterBar();
    bar->originBox()->setCurrentIndex(bar->originBox()->findData(int(Origin::Action)));
    QCOMPARE(page.model()->rowCount(), 1);
    bar->originBox()->setCurrentIndex(0);
    bar->searchEdit()->setText(NodeB.section(QLatin1Char('@'), 1));
    QTest::keyClick(bar->searchEdit(), Qt::Key_Return);
    QVERIFY(page.model()->rowCount() >= 1);
    for (int r = 0; r < page.model()->rowCount(); ++r)
        QVERIFY(page.model()->at(r).text.contains(QLatin1String("db2")) ||
                page.model()->at(r).details.contains(QLatin1String("db2")));

    // Live: at the top new entries appear; scrolled away they would wait behind the bar.
    bar->searchEdit()->clear();
    QTest::keyClick(bar->searchEdit(), Qt::Key_Return);
    const int shown = page.model()->rowCount();
    center.engine()->nodeDown(QStringLiteral("pay@api.example.com"), QStringLiteral("timeout"));
    QVERIFY(waitUntil([&] { return page.model()->rowCount() > shown; }, 3000));
    QVERIFY(page.model()->at(0).text.contains(QLatin1String("pay@api.example.com")));

    for (int i = 0; i < 80; ++i)
        center.engine()->nodeDown(QStringLiteral("n%1@host.example.com").arg(i), QStringLiteral("timeout"));
    QVERIFY(waitUntil([&] { return page.model()->rowCount() >= shown + 81; }, 3000));
    QScrollBar *scroll = page.table()->verticalScrollBar();
    QVERIFY(scroll->maximum() > 10);
    scroll->setValue(10);
    const QString first = page.model()->at(0).text;
    center.engine()->nodeDown(QStringLiteral("late@host.example.com"), QStringLiteral("timeout"));
    QVERIFY(waitUntil([&] { return page.pendingCount() == 1; }, 3000));
    QVERIFY(page.newBar()->isVisible());
    QCOMPARE(page.model()->at(0).text, first);
    QCOMPARE(scroll->value(), 10);
    QTest::mouseClick(page.newBar(), Qt::LeftButton);
    QVERIFY(page.model()->at(0).text.contains(QLatin1String("late@host.example.com")));
}

void TestViewNotifications::failedStoreFallsBackToMemory()
{
    Environment env;
    // A history folder that cannot be created (its parent is a file): the store fails to open. (A damaged
    // file would be set aside and a new one started.)
    const QString blocker = env.dir.filePath(QStringLiteral("blocker"));
    QVERIFY(writeJunkFile(blocker, 16));
    const QString path = blocker + QStringLiteral("/history.sqlite");
    MetricStore store;
    QSignalSpy failed(&store, &MetricStore::failed);
    store.open(path);
    AlarmCenter center(&env.registry, &store);
    NotificationsPage page(&center, &env.registry);
    page.show();
    QVERIFY(failed.count() > 0 || failed.wait(5000));
    QVERIFY(page.isMemoryOnly());
    QVERIFY(page.memoryNotice()->isVisible());
    center.engine()->nodeDown(NodeA, QStringLiteral("connection refused"));
    QVERIFY(waitUntil([&] { return page.model()->rowCount() == int(center.recent().size()); }, 3000));
    QVERIFY(page.model()->rowCount() > 0);
}

QTEST_MAIN(TestViewNotifications)
#include "tst_view_notifications.moc"
