// Notifications and alarms in the history store, against real SQLite files: round trips, every filter
// alone and combined checked against a brute-force answer, keyset paging, full-text search with hostile
// input, a large table, alarms with comments, retention, migrations, the async facade and the faults.
#include "store/eventdb.h"
#include "store/metricdb.h"
#include "store/metricstore.h"
#include "support/storefixture.h"
#include "support/testnode.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <set>

using namespace bilby;
using namespace bilby::test;

namespace {

using Origin = Notification::Origin;
using Severity = Notification::Severity;

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Day = 24 * 60 * Minute;
// 2026-01-01T00:00:00Z
constexpr qint64 T0 = qint64(1767225600) * 1000;

const QString NodeA = QStringLiteral("shop@db1.example.com");
const QString NodeB = QStringLiteral("shop@db2.example.com");
// Its clock is ten minutes behind: every entry of it arrives "late".
const QString NodeSkewed = QStringLiteral("pay@api.example.com");

const char *const Words[] = {"mailbox", "crash",  "report", "supervisor", "badmatch", "timeout",
                             "reload",  "module", "config", "eval",       "near",     "memory"};

/// A mixed timeline: three nodes (one skewed), every origin and severity, some entries arriving up to
/// half an hour late, text from a small vocabulary plus a word unique to each row ("rowN").
QVector<Notification> timeline(int count, quint32 seed = 7)
{
    QRandomGenerator rng(seed);
    const QString nodes[] = {NodeA, NodeB, NodeSkewed};
    QVector<Notification> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString &node = nodes[rng.bounded(3)];
        qint64 t = T0 + qint64(i) * Second;
        if (node == NodeSkewed)
            t -= 10 * Minute;
        if (i % 50 == 7)
            t -= qint64(rng.bounded(30 * 60)) * Second;
        const auto origin = Origin(rng.bounded(9));
        const auto severity = Severity(std::min(5, int(rng.bounded(8))));
        QString text = QStringLiteral("row%1 %2 %3")
                           .arg(i)
                           .arg(QLatin1String(Words[rng.bounded(12)]), QLatin1String(Words[rng.bounded(12)]));
        const QString details = i % 3 == 0 ? QStringLiteral("details %1").arg(QLatin1String(Words[i % 12])) : QString();
        rows.append(makeNotification(t, node, origin, severity, text, details));
    }
    return rows;
}

QStringList tokens(const QString &s)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return s.toLower().split(separators, Qt::SkipEmptyParts);
}

/// Whether @p want occurs as consecutive tokens of @p have, the last one maybe as a prefix.
bool hasPhrase(const QStringList &have, const QStringList &want, bool prefix)
{
    for (qsizetype start = 0; start + want.size() <= have.size(); ++start) {
        bool all = true;
        for (qsizetype k = 0; all && k < want.size(); ++k) {
            const bool last = k == want.size() - 1;
            all = prefix && last ? have[start + k].startsWith(want[k]) : have[start + k] == want[k];
        }
        if (all)
            return true;
    }
    return false;
}

/// The search as the user means it, worked out without SQLite: every word (its letters and digits, in
/// order) occurs in text or in details; a trailing * matches a prefix; a word with no letters is ignored.
bool searchMatches(const QString &search, const Notification &n)
{
    const QStringList text = tokens(n.text);
    const QStringList details = tokens(n.details);
    for (const QString &word : search.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const QStringList want = tokens(word);
        const bool prefix = word.endsWith(QLatin1Char('*'));
        if (!want.isEmpty() && !hasPhrase(text, want, prefix) && !hasPhrase(details, want, prefix))
            return false;
    }
    return true;
}

bool matches(const NotificationFilter &f, const Notification &n)
{
    return (f.nodes.isEmpty() || f.nodes.contains(n.node)) && (f.origins.isEmpty() || f.origins.contains(n.origin)) &&
           (!f.minSeverity || n.severity <= *f.minSeverity) && (f.sinceMs == 0 || n.timeMs >= f.sinceMs) &&
           (f.untilMs == 0 || n.timeMs < f.untilMs) && (f.search.isEmpty() || searchMatches(f.search, n));
}

/// Every page until the last, checking each page's order and the more flag.
QVector<Notification> pageAll(EventDb &events, const NotificationFilter &f, int pageSize, int *pages = nullptr)
{
    QVector<Notification> all;
    qint64 before = 0;
    for (int page = 0;; ++page) {
        const NotificationPage p = events.queryNotifications(f, before, pageSize);
        if (events.error().isError()) {
            qWarning() << events.error().message;
            return {};
        }
        all += p.items;
        if (pages)
            *pages = page + 1;
        if (!p.more || p.items.isEmpty())
            return all;
        if (p.items.size() != pageSize)
            return {}; // a short page that says "more" is a bug; the caller sees an empty answer
        before = p.items.constLast().id;
    }
}

Alarm makeAlarm(const QString &alarmId, const QString &node, qint64 raisedMs)
{
    Alarm a;
    a.alarmId = alarmId;
    a.node = node;
    a.severity = Alarm::Severity::Major;
    a.raisedMs = raisedMs;
    a.cause = QStringLiteral("A process receives messages faster than it handles them.");
    a.action = QStringLiteral("Find the sender; let the receiver drop or batch.");
    a.info = QStringLiteral("<0.4242.0> holds 120000 messages");
    return a;
}

} // namespace

class TestEventStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ftsQueries_data();
    void ftsQueries();
    void roundTrip();
    void filters_data();
    void filters();
    void hostileSearch_data();
    void hostileSearch();
    void countStopsAtCap();
    void largeTable();
    void alarmLifecycle();
    void retention();
    void migrates_data();
    void migrates();
    void asyncFacade();
    void asyncQueueIsBounded();
    void lockedFileIsReported();
    void readOnlyConnectionIsReported();
    void corruptFileIsReported();
    void damagedPagesAreReported();

private:
    QTemporaryDir m_dir;
    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    MetricDb m_timelineDb; ///< the shared timeline of filters() and hostileSearch()
    QVector<Notification> m_timeline;
};

void TestEventStore::initTestCase()
{
    QVERIFY2(sqlite3_compileoption_used("ENABLE_FTS5") == 1, "this SQLite lacks FTS5");
    QVERIFY2(m_timelineDb.open(file("timeline.db")), qPrintable(m_timelineDb.error().message));
    m_timeline = timeline(6000);
    EventDb events(m_timelineDb);
    // Stored in batches, as the writer does; ids follow the insertion order.
    for (int i = 0; i < m_timeline.size(); i += 500) {
        QVector<Notification> batch = m_timeline.mid(i, 500);
        QVERIFY2(events.insertNotifications(batch), qPrintable(events.error().message));
        for (int k = 0; k < batch.size(); ++k)
            m_timeline[i + k].id = batch[k].id;
    }
    for (int i = 1; i < m_timeline.size(); ++i)
        QVERIFY(m_timeline[i].id > m_timeline[i - 1].id);
}

void TestEventStore::ftsQueries_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("query");
    QTest::newRow("one word") << "crash"
                              << R"("crash")";
    QTest::newRow("words") << "  crash   report "
                           << R"("crash" "report")";
    QTest::newRow("prefix") << "superv*"
                            << R"("superv"*)";
    QTest::newRow("quote") << R"(say"hi)"
                           << R"("say""hi")";
    QTest::newRow("lone quote") << R"(")"
                                << "";
    QTest::newRow("parenthesis") << "(crash"
                                 << R"("(crash")";
    QTest::newRow("operator") << "crash NEAR report"
                              << R"("crash" "NEAR" "report")";
    QTest::newRow("minus") << "-crash - x"
                           << R"("-crash" "x")";
    QTest::newRow("column filter") << "text:crash"
                                   << R"("text:crash")";
    QTest::newRow("star alone") << "*"
                                << "";
    QTest::newRow("only punctuation") << R"(( ) " - ^ :)"
                                      << "";
}

void TestEventStore::ftsQueries()
{
    QFETCH(QString, search);
    QFETCH(QString, query);
    QCOMPARE(EventDb::ftsQuery(search), query);
}

void TestEventStore::roundTrip()
{
    MetricDb db;
    QVERIFY(db.open(file("roundtrip.db")));
    EventDb events(db);
    QCOMPARE(events.lastNotificationId(), qint64(0));
    QVector<Notification> batch{
        makeNotification(T0, NodeA, Origin::Log, Severity::Error, QStringLiteral("crash report"),
             QStringLiteral("{badmatch,{error,enoent}}\nline two")),
        makeNotification(T0 + 5, QString(), Origin::Action, Severity::Info, QStringLiteral("user cleared an alarm")),
        makeNotification(T0 + 9, NodeB, Origin::Shell, Severity::Notice,
             QStringLiteral("ets:tab2list(orders). \u00e9t\u00e9 \U0001F600")),
        makeNotification(T0 + 7, NodeB, Origin::SystemMonitor, Severity::Warning,
             QString(4 * Notification::MaxTextChars, QLatin1Char('x'))),
    };
    QVERIFY(events.insertNotifications(batch));
    QVERIFY(batch[0].id > 0);
    for (int i = 1; i < batch.size(); ++i)
        QCOMPARE(batch[i].id, batch[i - 1].id + 1);
    QCOMPARE(events.lastNotificationId(), batch.last().id);
    // Stored as given, but cut to the limits.
    QCOMPARE(batch[3].text.size(), Notification::MaxTextChars);
    const NotificationPage page = events.queryNotifications({}, 0, 100);
    QVERIFY(!events.error().isError());
    QVERIFY(!page.more);
    QCOMPARE(page.items.size(), batch.size());
    for (int i = 0; i < batch.size(); ++i)
        QCOMPARE(page.items[i], batch[batch.size() - 1 - i]); // newest first
    // An empty batch is no error, and stores nothing.
    QVector<Notification> none;
    QVERIFY(events.insertNotifications(none));
    QCOMPARE(events.lastNotificationId(), batch.last().id);
    QVERIFY(db.integrityCheck());
}

void TestEventStore::filters_data()
{
    QTest::addColumn<QStringList>("nodes");
    QTest::addColumn<QList<int>>("origins");
    QTest::addColumn<int>("minSeverity"); // -1: none
    QTest::addColumn<qint64>("since");    // seconds after T0, 0: none
    QTest::addColumn<qint64>("until");
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("pageSize");

    const QStringList none;
    const QList<int> all;
    QTest::newRow("everything") << none << all << -1 << qint64(0) << qint64(0) << QString() << 250;
    QTest::newRow("one node") << QStringList{NodeA} << all << -1 << qint64(0) << qint64(0) << QString() << 97;
    QTest::newRow("two nodes") << QStringList{NodeB, NodeSkewed} << all << -1 << qint64(0) << qint64(0) << QString()
                               << 97;
    QTest::newRow("unknown node") << QStringList{QStringLiteral("x@y")} << all << -1 << qint64(0) << qint64(0)
                                  << QString() << 10;
    QTest::newRow("one origin") << none << QList<int>{int(Origin::Shell)} << -1 << qint64(0) << qint64(0) << QString()
                                << 61;
    QTest::newRow("three origins") << none << QList<int>{int(Origin::Log), int(Origin::Alarm), int(Origin::Code)} << -1
                                   << qint64(0) << qint64(0) << QString() << 61;
    QTest::newRow("every origin") << none << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8} << -1 << qint64(0) << qint64(0)
                                  << QString() << 500;
    QTest::newRow("critical") << none << all << int(Severity::Critical) << qint64(0) << qint64(0) << QString() << 40;
    QTest::newRow("warning and worse") << none << all << int(Severity::Warning) << qint64(0) << qint64(0) << QString()
                                       << 100;
    QTest::newRow("debug and worse") << none << all << int(Severity::Debug) << qint64(0) << qint64(0) << QString()
                                     << 500;
    QTest::newRow("since") << none << all << -1 << qint64(4000) << qint64(0) << QString() << 100;
    QTest::newRow("until") << none << all << -1 << qint64(0) << qint64(1500) << QString() << 100;
    QTest::newRow("window") << none << all << -1 << qint64(2000) << qint64(2600) << QString() << 33;
    QTest::newRow("before everything") << none << all << -1 << qint64(0) << qint64(-3600) << QString() << 10;
    QTest::newRow("search word") << none << all << -1 << qint64(0) << qint64(0) << QStringLiteral("badmatch") << 100;
    QTest::newRow("search two words") << none << all << -1 << qint64(0) << qint64(0) << QStringLiteral("Crash TIMEOUT")
                                      << 20;
    QTest::newRow("search details") << none << all << -1 << qint64(0) << qint64(0) << QStringLiteral("details eval")
                                    << 50;
    QTest::newRow("search prefix") << none << all << -1 << qint64(0) << qint64(0) << QStringLiteral("superv*") << 100;
    QTest::newRow("search unique row") << none << all << -1 << qint64(0) << qint64(0) << QStringLiteral("row4321")
                                       << 10;
    QTest::newRow("search prefix of rows")
        << none << all << -1 << qint64(0) << qint64(0) << QStringLiteral("row59*") << 7;
    QTest::newRow("node and origin") << QStringList{NodeA} << QList<int>{int(Origin::Log), int(Origin::Shell)} << -1
                                     << qint64(0) << qint64(0) << QString() << 50;
    QTest::newRow("origin and severity") << none << QList<int>{int(Origin::Config)} << int(Severity::Error) << qint64(0)
                                         << qint64(0) << QString() << 25;
    QTest::newRow("node, severity, window")
        << QStringList{NodeSkewed} << all << int(Severity::Warning) << qint64(1000) << qint64(5000) << QString() << 45;
    QTest::newRow("all filters") << QStringList{NodeA, NodeB} << QList<int>{1, 2, 3, 4, 5} << int(Severity::Notice)
                                 << qint64(500) << qint64(5500) << QStringLiteral("mem*") << 9;
    QTest::newRow("search and node") << QStringList{NodeB} << all << -1 << qint64(0) << qint64(0)
                                     << QStringLiteral("reload module") << 5;
}

void TestEventStore::filters()
{
    QFETCH(QStringList, nodes);
    QFETCH(QList<int>, origins);
    QFETCH(int, minSeverity);
    QFETCH(qint64, since);
    QFETCH(qint64, until);
    QFETCH(QString, search);
    QFETCH(int, pageSize);
    NotificationFilter f;
    f.nodes = nodes;
    for (int o : origins)
        f.origins.append(Origin(o));
    if (minSeverity >= 0)
        f.minSeverity = Severity(minSeverity);
    f.sinceMs = since == 0 ? 0 : T0 + since * Second;
    f.untilMs = until == 0 ? 0 : T0 + until * Second;
    f.search = search;

    QVector<qint64> expected;
    for (auto it = m_timeline.crbegin(); it != m_timeline.crend(); ++it) {
        if (matches(f, *it))
            expected.append(it->id);
    }
    EventDb events(m_timelineDb);
    int pages = 0;
    const QVector<Notification> got = pageAll(events, f, pageSize, &pages);
    QVector<qint64> ids;
    for (const Notification &n : got)
        ids.append(n.id);
    // Each matching row exactly once, newest first, whole.
    QCOMPARE(ids, expected);
    QCOMPARE(pages, std::max(1, int((expected.size() + pageSize - 1) / pageSize)));
    for (const Notification &n : got)
        QCOMPARE(n, m_timeline[int(n.id - m_timeline.first().id)]);
    const NotificationCount count = events.countNotifications(f);
    QCOMPARE(count.count, qint64(expected.size()));
    QVERIFY(!count.more);
    // A filter that leaves nothing out is not mistaken for one that selects nothing.
    if (QByteArray(QTest::currentDataTag()) == "every origin")
        QCOMPARE(expected.size(), m_timeline.size());
}

void TestEventStore::hostileSearch_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("findsSome");      // so that "no error, nothing found" cannot pass for a working search
    QTest::newRow("quote") << R"(")" << true; // no word yet: no search, everything
    QTest::newRow("punctuation") << R"(( ) " - ^ : *)" << true;
    QTest::newRow("unbalanced quote") << R"("crash)" << true;
    QTest::newRow("parentheses") << "(crash" << true;
    QTest::newRow("NEAR as a word") << "NEAR" << true;
    QTest::newRow("NEAR syntax") << "NEAR(report" << true;
    QTest::newRow("minus") << "-crash" << true;
    QTest::newRow("OR is a word") << "crash OR timeout" << false; // no row holds the word "or"
    QTest::newRow("AND NOT") << "crash AND NOT report" << false;
    QTest::newRow("column") << "text:crash" << false;
    QTest::newRow("column of a real word") << "details:eval" << true;
    QTest::newRow("caret") << "^crash" << true;
    QTest::newRow("stars") << "** *crash*" << true;
    QTest::newRow("plus") << "crash + report" << true;
    QTest::newRow("braces") << "{badmatch," << true;
    QTest::newRow("sql") << "'; DROP TABLE notifications; --" << false;
}

void TestEventStore::hostileSearch()
{
    QFETCH(QString, search);
    QFETCH(bool, findsSome);
    NotificationFilter f;
    f.search = search;
    EventDb events(m_timelineDb);
    const NotificationPage page = events.queryNotifications(f, 0, 50);
    QVERIFY2(!events.error().isError(), qPrintable(events.error().message));
    const NotificationCount count = events.countNotifications(f);
    QVERIFY2(!events.error().isError(), qPrintable(events.error().message));
    const auto expected =
        std::count_if(m_timeline.cbegin(), m_timeline.cend(), [&f](const Notification &n) { return matches(f, n); });
    QCOMPARE(count.count, qint64(expected));
    QCOMPARE(page.items.size(), std::min<qsizetype>(50, expected));
    QCOMPARE(expected > 0, findsSome);
    QCOMPARE(events.lastNotificationId(), m_timeline.last().id); // the table is still there
}

void TestEventStore::countStopsAtCap()
{
    EventDb events(m_timelineDb);
    const NotificationCount capped = events.countNotifications({}, 1000);
    QCOMPARE(capped.count, qint64(1000));
    QVERIFY(capped.more);
    const NotificationCount exact = events.countNotifications({}, m_timeline.size());
    QCOMPARE(exact.count, qint64(m_timeline.size()));
    QVERIFY(!exact.more);
    NotificationFilter f;
    f.search = QStringLiteral("crash");
    const NotificationCount search = events.countNotifications(f, 10);
    QCOMPARE(search.count, qint64(10));
    QVERIFY(search.more);
}

void TestEventStore::largeTable()
{
    // BILBY_TEST_EVENTS=1000000 for the full million (bench_events measures it; this checks answers).
    const int total = qEnvironmentVariableIntValue("BILBY_TEST_EVENTS") > 0
                          ? qEnvironmentVariableIntValue("BILBY_TEST_EVENTS")
                          : 200000;
    MetricDb db;
    QVERIFY(db.open(file("large.db")));
    EventDb events(db);
    const QString rareNode = QStringLiteral("rare@host");
    qint64 firstId = 0;
    for (int i = 0; i < total; i += 10000) {
        QVector<Notification> batch;
        for (int k = i; k < std::min(total, i + 10000); ++k) {
            const bool rare = k % 20011 == 0;
            batch.append(makeNotification(T0 + k * 100, rare ? rareNode : NodeA, rare ? Origin::Shell : Origin::Log,
                              k % 101 == 0 ? Severity::Error : Severity::Info,
                              QStringLiteral("event %1 %2").arg(k).arg(rare ? QStringLiteral("needle") : QString())));
        }
        QVERIFY2(events.insertNotifications(batch), qPrintable(events.error().message));
        if (i == 0)
            firstId = batch.first().id;
    }
    const auto idOf = [firstId](int k) { return firstId + k; };
    const int rareCount = (total - 1) / 20011 + 1;
    // SQLite's automatic checkpoint keeps moving the rows into the file: the write-ahead log stays a
    // few megabytes instead of growing with the table (it did while a statement outlived COMMIT).
    const qint64 wal = QFileInfo(file("large.db") + QStringLiteral("-wal")).size();
    QVERIFY2(wal < 64 * 1024 * 1024, qPrintable(QString::number(wal)));
    QVERIFY(QFileInfo(file("large.db")).size() > 8 * 1024 * 1024);

    // The first page, a page from the middle, the last page.
    NotificationPage page = events.queryNotifications({}, 0, 100);
    QCOMPARE(page.items.size(), 100);
    QCOMPARE(page.items.first().id, idOf(total - 1));
    QVERIFY(page.more);
    page = events.queryNotifications({}, idOf(total / 2), 100);
    QCOMPARE(page.items.first().id, idOf(total / 2 - 1));
    QCOMPARE(page.items.last().id, idOf(total / 2 - 100));
    page = events.queryNotifications({}, idOf(50), 100);
    QCOMPARE(page.items.size(), 50);
    QVERIFY(!page.more);

    // A rare node, a rare word, a rare word among the errors, a time window deep in the past.
    NotificationFilter rare;
    rare.nodes = {rareNode};
    QCOMPARE(pageAll(events, rare, 100).size(), rareCount);
    NotificationFilter needle;
    needle.search = QStringLiteral("needle");
    const QVector<Notification> found = pageAll(events, needle, 3);
    QCOMPARE(found.size(), rareCount);
    QCOMPARE(found.last().id, idOf(0));
    NotificationFilter errors;
    errors.minSeverity = Severity::Error;
    errors.search = QStringLiteral("event");
    page = events.queryNotifications(errors, 0, 100);
    QCOMPARE(page.items.size(), 100);
    QCOMPARE(page.items.first().id, idOf((total - 1) / 101 * 101));
    NotificationFilter window;
    window.sinceMs = T0 + 1000 * 100;
    window.untilMs = T0 + 1100 * 100;
    const QVector<Notification> inWindow = pageAll(events, window, 30);
    QCOMPARE(inWindow.size(), 100);
    QCOMPARE(inWindow.first().id, idOf(1099));
    QCOMPARE(events.countNotifications({}).count, std::min<qint64>(total, EventDb::CountCap));
    QCOMPARE(events.countNotifications({}).more, total > EventDb::CountCap);
}

void TestEventStore::alarmLifecycle()
{
    MetricDb db;
    QVERIFY(db.open(file("alarms.db")));
    EventDb events(db);
    Alarm a = makeAlarm(QStringLiteral("long_message_queue"), NodeA, T0);
    a.comments.append({T0 + Second, QStringLiteral("looking at it")});
    const qint64 id = events.saveAlarm(a);
    QVERIFY2(id > 0, qPrintable(events.error().message));
    QCOMPARE(a.id, id);
    Alarm other = makeAlarm(QStringLiteral("sasl:disk_almost_full"), NodeB, T0 + Minute);
    other.resource = QStringLiteral("/var");
    other.severity = Alarm::Severity::Warning;
    QVERIFY(events.saveAlarm(other) > id);

    QVector<Alarm> listed = events.listAlarms({});
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed[0], other); // newest raised first
    QCOMPARE(listed[1], a);

    // Acknowledged with a second comment, then cleared by hand with a third.
    a.state = Alarm::State::Acknowledged;
    a.acknowledgedMs = T0 + 2 * Minute;
    a.comments.append({T0 + 2 * Minute, QStringLiteral("the sender is the importer")});
    QCOMPARE(events.saveAlarm(a), id);
    QVERIFY(events.addAlarmComment(id, {T0 + 3 * Minute, QStringLiteral("restarted the importer")}));
    a.comments.append({T0 + 3 * Minute, QStringLiteral("restarted the importer")});
    a.state = Alarm::State::Cleared;
    a.clearedMs = T0 + 4 * Minute;
    a.clearedByUser = true;
    a.info = QStringLiteral("drained to 0 messages");
    QCOMPARE(events.saveAlarm(a), id);
    listed = events.listAlarms({});
    QCOMPARE(listed[1], a);
    QCOMPARE(listed[1].comments.size(), 3);

    AlarmFilter active;
    active.activeOnly = true;
    listed = events.listAlarms(active);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed[0].id, other.id);
    AlarmFilter byNode;
    byNode.node = NodeA;
    QCOMPARE(events.listAlarms(byNode).size(), 1);
    AlarmFilter since;
    since.sinceMs = T0 + 30 * Second;
    QCOMPARE(events.listAlarms(since).size(), 1);
    AlarmFilter limited;
    limited.limit = 1;
    QCOMPARE(events.listAlarms(limited).constFirst().id, other.id);

    // Updating an alarm that is not there is an error, and changes nothing.
    Alarm ghost = a;
    ghost.id = 999;
    QCOMPARE(events.saveAlarm(ghost), qint64(0));
    QVERIFY(events.error().isError());
    QVERIFY(events.error().message.contains(QLatin1String("999")));
    QCOMPARE(events.listAlarms({}).size(), 2);
}

void TestEventStore::retention()
{
    StoreOptions options;
    options.notificationRetentionMs = 10 * Day;
    options.maxNotifications = 0;
    MetricDb db;
    QVERIFY(db.open(file("retention.db"), options));
    EventDb events(db);
    // Thirty days, one entry an hour, plus one late entry stamped day 2 arriving on day 25.
    QVector<Notification> batch;
    for (qint64 h = 0; h < 30 * 24; ++h) {
        batch.append(makeNotification(T0 + h * 60 * Minute, NodeA, Origin::Log, Severity::Info, QStringLiteral("tick %1").arg(h)));
        if (h == 25 * 24)
            batch.append(makeNotification(T0 + 2 * Day, NodeA, Origin::Log, Severity::Info, QStringLiteral("late tick")));
    }
    QVERIFY(events.insertNotifications(batch));
    Alarm oldCleared = makeAlarm(QStringLiteral("old"), NodeA, T0);
    oldCleared.state = Alarm::State::Cleared;
    oldCleared.clearedMs = T0 + Day;
    oldCleared.comments.append({T0, QStringLiteral("gone")});
    Alarm oldActive = makeAlarm(QStringLiteral("still_there"), NodeA, T0);
    QVERIFY(events.saveAlarm(oldCleared) > 0);
    QVERIFY(events.saveAlarm(oldActive) > 0);

    const qint64 now = T0 + 30 * Day;
    QVERIFY2(db.applyRetention(now), qPrintable(db.error().message));
    NotificationFilter old;
    old.untilMs = now - 10 * Day;
    // What is left from before the cut is only the late entry (it goes when its neighbours go).
    const QVector<Notification> left = pageAll(events, old, 100);
    QVERIFY(left.size() <= 1);
    NotificationFilter recent;
    recent.sinceMs = now - 10 * Day;
    QCOMPARE(pageAll(events, recent, 100).size(), 10 * 24);
    // The full-text index followed the deletes.
    NotificationFilter search;
    search.search = QStringLiteral("tick");
    QCOMPARE(pageAll(events, search, 500).size(), 10 * 24 + int(left.size()));
    QVERIFY(runSql(db.path(), "INSERT INTO notifications_fts (notifications_fts) VALUES ('integrity-check')"));
    // A cleared alarm older than the retention goes with its comments; an active one stays.
    const QVector<Alarm> alarms = events.listAlarms({});
    QCOMPARE(alarms.size(), 1);
    QCOMPARE(alarms[0].alarmId, QStringLiteral("still_there"));

    // The cap keeps the newest rows; ids keep growing after everything is gone.
    const qint64 lastId = events.lastNotificationId();
    MetricDb capped;
    StoreOptions cap = options;
    cap.maxNotifications = 100;
    QVERIFY(capped.open(db.path(), cap));
    QVERIFY(capped.applyRetention(now));
    EventDb cappedEvents(capped);
    const QVector<Notification> kept = pageAll(cappedEvents, {}, 1000);
    QCOMPARE(kept.size(), 100);
    QCOMPARE(kept.first().id, lastId);
    QVERIFY(capped.applyRetention(now + 100 * Day));
    QCOMPARE(cappedEvents.countNotifications({}).count, qint64(0));
    QVector<Notification> more{makeNotification(now + 100 * Day, NodeA, Origin::Node, Severity::Notice, QStringLiteral("up"))};
    QVERIFY(cappedEvents.insertNotifications(more));
    QVERIFY(more[0].id > lastId);
}

void TestEventStore::migrates_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("from 1") << 1;
    QTest::newRow("from 2") << 2;
}

void TestEventStore::migrates()
{
    QFETCH(int, version);
    const QString path = m_dir.filePath(QStringLiteral("v%1.db").arg(version));
    QString error;
    QVERIFY2(MetricDb::createAtVersion(path, version, &error), qPrintable(error));
    QVERIFY(runSql(path, "INSERT INTO series (id, node, metric) VALUES (3, 'a@b', 'memory.total')"));
    {
        // A reader cannot upgrade: it says so instead of failing later.
        MetricDb reader;
        QVERIFY(!reader.open(path, {}, MetricDb::Mode::ReadOnly));
        QVERIFY(reader.error().message.contains(QLatin1String("older format")));
    }
    MetricDb db;
    QVERIFY2(db.open(path), qPrintable(db.error().message));
    QCOMPARE(db.schemaVersion(), 3);
    QCOMPARE(db.listSeries().size(), 1);
    EventDb events(db);
    QVector<Notification> batch{makeNotification(T0, NodeA, Origin::Config, Severity::Warning, QStringLiteral("kernel changed"))};
    QVERIFY(events.insertNotifications(batch));
    Alarm a = makeAlarm(QStringLiteral("config_invisible_char"), NodeA, T0);
    QVERIFY(events.saveAlarm(a) > 0);
    NotificationFilter f;
    f.search = QStringLiteral("kernel");
    QCOMPARE(events.queryNotifications(f).items.size(), 1);
    QCOMPARE(events.listAlarms({}).size(), 1);
    QVERIFY(db.integrityCheck());
    // Opening again migrates nothing twice.
    db.close();
    QVERIFY(db.open(path));
    QCOMPARE(EventDb(db).lastNotificationId(), batch[0].id);
}

void TestEventStore::asyncFacade()
{
    MetricStore store;
    QSignalSpy opened(&store, &MetricStore::opened);
    QSignalSpy stored(&store, &MetricStore::notificationsStored);
    StoreOptions options;
    options.flushIntervalMs = 50;
    store.open(file("async.db"), options);
    QVERIFY(opened.wait(5000));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVector<Notification> first;
    for (int i = 0; i < 30; ++i)
        first.append(
            makeNotification(now - (30 - i) * Second, NodeA, Origin::Log, Severity::Error, QStringLiteral("err %1").arg(i)));
    store.appendNotifications(first);
    QVERIFY(stored.wait(5000));
    const qint64 lastId = stored.constLast().at(0).toLongLong();
    QVERIFY(lastId > 0);

    // The reader sees what the writer committed.
    std::optional<NotificationPage> page;
    StoreError pageError{StoreError::Kind::Other, {}, {}};
    store.queryNotifications({}, 0, 10, this, [&](const NotificationPage &p, const StoreError &e) {
        page = p;
        pageError = e;
    });
    QVERIFY(!page); // later, through the event loop
    QTRY_VERIFY_WITH_TIMEOUT(page.has_value(), 5000);
    QVERIFY(!pageError.isError());
    QCOMPARE(page->items.size(), 10);
    QVERIFY(page->more);
    QCOMPARE(page->items.first().id, lastId);
    QCOMPARE(page->items.first().text, QStringLiteral("err 29"));

    // "N new": what arrives later has ids above the last one seen.
    store.appendNotifications({makeNotification(now, NodeB, Origin::Shell, Severity::Info, QStringLiteral("q()."))});
    QVERIFY(stored.wait(5000));
    QCOMPARE(stored.constLast().at(0).toLongLong(), lastId + 1);
    std::optional<NotificationCount> count;
    NotificationFilter errors;
    errors.minSeverity = Severity::Error;
    store.countNotifications(errors, this, [&](const NotificationCount &c, const StoreError &) { count = c; });
    QTRY_VERIFY_WITH_TIMEOUT(count.has_value(), 5000);
    QCOMPARE(count->count, qint64(30));

    // Alarms: insert, then update with a comment, then list.
    Alarm a = makeAlarm(QStringLiteral("process_limit_major"), NodeA, now);
    qint64 alarmId = 0;
    store.saveAlarm(a, this, [&](qint64 id, const StoreError &) { alarmId = id; });
    QTRY_VERIFY_WITH_TIMEOUT(alarmId > 0, 5000);
    a.id = alarmId;
    a.state = Alarm::State::Acknowledged;
    a.acknowledgedMs = now + Second;
    a.comments.append({now + Second, QStringLiteral("mine")});
    std::optional<qint64> updated;
    store.saveAlarm(a, this, [&](qint64 id, const StoreError &) { updated = id; });
    QTRY_VERIFY_WITH_TIMEOUT(updated.has_value(), 5000);
    QCOMPARE(*updated, alarmId);
    std::optional<QVector<Alarm>> alarms;
    store.listAlarms({}, this, [&](const QVector<Alarm> &list, const StoreError &) { alarms = list; });
    QTRY_VERIFY_WITH_TIMEOUT(alarms.has_value(), 5000);
    QCOMPARE(alarms->size(), 1);
    QCOMPARE(alarms->first(), a);

    // A callback whose context is gone is dropped.
    auto *context = new QObject;
    bool called = false;
    store.queryNotifications({}, 0, 10, context, [&](const NotificationPage &, const StoreError &) { called = true; });
    delete context;
    bool later = false;
    store.listAlarms({}, this, [&](const QVector<Alarm> &, const StoreError &) { later = true; });
    QTRY_VERIFY_WITH_TIMEOUT(later, 5000);
    QVERIFY(!called);

    // Closing writes what is still queued.
    options.flushIntervalMs = 60 * 60 * 1000;
    store.open(file("async-close.db"), options);
    QVERIFY(opened.wait(5000));
    store.appendNotifications({makeNotification(now, NodeA, Origin::Agent, Severity::Notice, QStringLiteral("agent loaded"))});
    store.close();
    MetricDb check;
    QVERIFY(check.open(file("async-close.db")));
    QCOMPARE(EventDb(check).countNotifications({}).count, qint64(1));
}

void TestEventStore::asyncQueueIsBounded()
{
    const QString path = file("bounded.db");
    {
        MetricDb create;
        QVERIFY(create.open(path));
    }
    // Another program holds the write lock: notifications wait, up to the bound, then the oldest go.
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &other), SQLITE_OK);
    MetricStore store;
    QSignalSpy opened(&store, &MetricStore::opened);
    QSignalSpy failed(&store, &MetricStore::failed);
    QSignalSpy recovered(&store, &MetricStore::recovered);
    QSignalSpy stored(&store, &MetricStore::notificationsStored);
    StoreOptions options;
    options.flushIntervalMs = 100;
    store.open(path, options);
    QVERIFY(opened.wait(5000));
    QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    QVector<Notification> flood;
    for (int i = 0; i < MetricStore::MaxPendingNotifications / 4; ++i)
        flood.append(makeNotification(T0 + i, NodeA, Origin::Log, Severity::Error, QStringLiteral("flood %1").arg(i)));
    for (int round = 0; round < 5; ++round)
        store.appendNotifications(flood);
    QVERIFY(failed.wait(10000));
    QCOMPARE(store.lastError().kind, StoreError::Kind::Locked);
    QTRY_COMPARE_WITH_TIMEOUT(store.droppedNotifications(), qint64(MetricStore::MaxPendingNotifications / 4), 10000);
    QCOMPARE(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(other);
    // The next flush writes the 100,000 that waited, full-text index and all: seconds under
    // AddressSanitizer on a loaded machine (CI once needed more than 10).
    QVERIFY(recovered.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(!stored.isEmpty(), 30000);
    std::optional<NotificationCount> count;
    store.countNotifications({}, this, [&](const NotificationCount &c, const StoreError &) { count = c; });
    QTRY_VERIFY_WITH_TIMEOUT(count.has_value(), 5000);
    QCOMPARE(count->count, qint64(MetricStore::MaxPendingNotifications));
}

void TestEventStore::lockedFileIsReported()
{
    const QString path = file("locked.db");
    MetricDb db;
    QVERIFY(db.open(path));
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    EventDb events(db);
    QVector<Notification> batch{makeNotification(T0, NodeA, Origin::Log, Severity::Error, QStringLiteral("held"))};
    QVERIFY(!events.insertNotifications(batch));
    QCOMPARE(events.error().kind, StoreError::Kind::Locked);
    QVERIFY(events.error().message.contains(QLatin1String("locked")));
    QCOMPARE(batch[0].id, qint64(0));
    Alarm a = makeAlarm(QStringLiteral("x"), NodeA, T0);
    QCOMPARE(events.saveAlarm(a), qint64(0));
    QCOMPARE(events.error().kind, StoreError::Kind::Locked);
    QCOMPARE(a.id, qint64(0));
    QCOMPARE(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(other);
    QVERIFY(events.insertNotifications(batch));
    QVERIFY(batch[0].id > 0);
}

void TestEventStore::readOnlyConnectionIsReported()
{
    const QString path = file("ro.db");
    {
        MetricDb create;
        QVERIFY(create.open(path));
        QVector<Notification> batch{makeNotification(T0, NodeA, Origin::Log, Severity::Error, QStringLiteral("kept"))};
        QVERIFY(EventDb(create).insertNotifications(batch));
    }
    MetricDb db;
    QVERIFY(db.open(path, {}, MetricDb::Mode::ReadOnly));
    EventDb events(db);
    QVector<Notification> batch{makeNotification(T0, NodeA, Origin::Log, Severity::Error, QStringLiteral("refused"))};
    QVERIFY(!events.insertNotifications(batch));
    QCOMPARE(events.error().kind, StoreError::Kind::ReadOnly);
    QVERIFY(events.error().message.contains(QLatin1String("cannot be written")));
    Alarm a = makeAlarm(QStringLiteral("x"), NodeA, T0);
    QCOMPARE(events.saveAlarm(a), qint64(0));
    QCOMPARE(events.error().kind, StoreError::Kind::ReadOnly);
    // Reading still works.
    QCOMPARE(events.queryNotifications({}).items.size(), 1);
    QVERIFY(!events.error().isError());
}

void TestEventStore::corruptFileIsReported()
{
    const QString path = file("junk.db");
    QVERIFY(test::writeJunkFile(path, 8192));
    MetricDb db;
    QVERIFY(!db.open(path));
    EventDb events(db);
    events.queryNotifications({});
    QCOMPARE(events.error().kind, StoreError::Kind::Corrupt);
    QVERIFY(events.error().message.contains(QLatin1String("damaged")));
    QVector<Notification> batch{makeNotification(T0, NodeA, Origin::Log, Severity::Error, QStringLiteral("x"))};
    QVERIFY(!events.insertNotifications(batch));
    QCOMPARE(events.error().kind, StoreError::Kind::Corrupt);

    QCOMPARE(QFile(path).size(), qint64(8192)); // a reader leaves it as it is

    // The store, its writer, sets it aside (renamed, not overwritten) and keeps the timeline in a new file.
    MetricStore store;
    QSignalSpy aside(&store, &MetricStore::fileSetAside);
    store.open(path);
    QVERIFY(aside.wait(5000));
    const QString movedTo = aside.first().first().value<SetAsideFile>().movedTo;
    QCOMPARE(QFile(movedTo).size(), qint64(8192));
    std::optional<qint64> alarmId;
    store.saveAlarm(makeAlarm(QStringLiteral("x"), NodeA, T0), this,
                    [&](qint64 id, const StoreError &) { alarmId = id; });
    QTRY_VERIFY_WITH_TIMEOUT(alarmId.has_value(), 5000);
    QVERIFY(*alarmId > 0);
    std::optional<StoreError> error;
    store.queryNotifications({}, 0, 10, this, [&](const NotificationPage &, const StoreError &e) { error = e; });
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 5000);
    QVERIFY(!error->isError());
}

void TestEventStore::damagedPagesAreReported()
{
    const QString path = file("damaged.db");
    {
        MetricDb db;
        QVERIFY(db.open(path));
        QVector<Notification> rows = timeline(20000, 3);
        QVERIFY(EventDb(db).insertNotifications(rows));
    }
    QVERIFY(runSql(path, "PRAGMA wal_checkpoint(TRUNCATE)"));
    QVERIFY(QFileInfo(path).size() > 64 * 4096);
    QVERIFY(damagePages(path, 5, 3));
    MetricDb db;
    if (!db.open(path)) {
        QCOMPARE(db.error().kind, StoreError::Kind::Corrupt);
        return;
    }
    // Somewhere in reading every row, or in searching, the damage shows as "damaged", never as a crash.
    EventDb events(db);
    pageAll(events, {}, 1000);
    StoreError error = events.error();
    if (!error.isError()) {
        NotificationFilter f2;
        f2.search = QStringLiteral("crash");
        events.countNotifications(f2, 1000000);
        error = events.error();
    }
    QCOMPARE(error.kind, StoreError::Kind::Corrupt);
    QVERIFY(error.message.contains(QLatin1String("damaged")));
}

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
