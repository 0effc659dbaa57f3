// `bilby-cli collect` and `query` against real nodes and real SQLite files: clean stops, SIGKILL,
// restarts of the collector, and the database faults a collector left on a server will meet.
#include "store/metricdb.h"
#include "support/testnode.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <csignal>
#include <unistd.h>

using namespace bilby;
using namespace bilby::test;

namespace {

const QString Metric = QStringLiteral("memory.total");

/// A collector running in the background, as an operator would leave it.
class Collector
{
public:
    Collector(const QString &db, const QStringList &nodes, const QByteArray &cookie)
    {
        QStringList args{QStringLiteral("collect"), QStringLiteral("--db"), db, QStringLiteral("--cookie"),
                         QString::fromLatin1(cookie)};
        for (const QString &node : nodes)
            args << QStringLiteral("--node") << node;
        m_process.start(QStringLiteral(BILBY_CLI_PATH), args);
    }
    ~Collector()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    bool started() { return m_process.waitForStarted(5000); }
    qint64 pid() const { return m_process.processId(); }
    QByteArray err()
    {
        m_err += m_process.readAllStandardError();
        return m_err;
    }
    bool stderrContains(const char *text, int timeoutMs)
    {
        return waitUntil([&] { return err().contains(text); }, timeoutMs);
    }
    /// SIGTERM and the exit code (-1 on a crash or a hang).
    int terminate()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(15000))
            return -1;
        err();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    void killHard()
    {
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(5000);
    }

private:
    QProcess m_process;
    QByteArray m_err;
};

/// Raw points of one series, read the way `query` reads them (read-only, beside a running writer).
SeriesPoints storedPoints(const QString &db, const QString &node, const QString &metric = Metric)
{
    MetricDb reader;
    if (!reader.open(db, {}, MetricDb::Mode::ReadOnly))
        return {};
    SeriesQuery q;
    q.key = {node, metric};
    q.fromMs = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
    q.toMs = QDateTime::currentMSecsSinceEpoch() + 1000;
    q.resolution = Resolution::Raw;
    SeriesPoints points;
    for (const SeriesPoint &p : reader.query(q).points) {
        if (!p.isGap())
            points.append(p);
    }
    return points;
}

} // namespace

class TestCollect : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sigtermFlushesAndQueryPrints();
    void sigkillLosesAtMostTwoSeconds();
    void twoNodesAndNodeRestart();
    void queryErrors();
    void damagedDatabaseIsSetAside();
    void readOnlyDatabaseIsRefused();
    void lockedDatabaseWaitsInMemory();

private:
    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    QTemporaryDir m_dir;
    TestNode m_node;
};

void TestCollect::initTestCase()
{
    QString error;
    QVERIFY2(m_node.start(&error), qPrintable(error));
}

void TestCollect::sigtermFlushesAndQueryPrints()
{
    const QString db = file("term.db");
    const QString node = m_node.name().toString();
    Collector collector(db, {node}, m_node.cookie());
    QVERIFY(collector.started());
    QVERIFY2(collector.stderrContains("is up", 15000), collector.err().constData());
    QVERIFY(waitUntil([&] { return storedPoints(db, node).size() >= 3; }, 15000));
    const qint64 stopAt = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(collector.terminate(), 0);
    QVERIFY(collector.err().contains("stopped after"));
    // The stop flushed: the newest sample is no older than one interval (plus scheduling slack).
    const SeriesPoints points = storedPoints(db, node);
    QVERIFY(!points.isEmpty());
    QVERIFY2(points.last().timeMs >= stopAt - 1500,
             qPrintable(QStringLiteral("last sample %1 ms before the stop").arg(stopAt - points.last().timeMs)));

    const CliRun json = runCli({QStringLiteral("query"), QStringLiteral("--db"), db, QStringLiteral("--node"), node,
                                QStringLiteral("--metric"), Metric, QStringLiteral("--from"), QStringLiteral("-10m"),
                                QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(QLatin1String("node")).toString(), node);
    QCOMPARE(o.value(QLatin1String("metric")).toString(), Metric);
    QCOMPARE(o.value(QLatin1String("resolution")).toString(), QStringLiteral("raw"));
    const QJsonArray list = o.value(QLatin1String("points")).toArray();
    QCOMPARE(list.size(), points.size());
    QCOMPARE(qint64(list.last().toArray().at(0).toDouble()), points.last().timeMs);
    QVERIFY(list.last().toArray().at(1).toDouble() > 1e6); // a node uses megabytes

    // A week back is read from the history tier: one bucket per minute.
    const CliRun week = runCli({QStringLiteral("query"), QStringLiteral("--db"), db, QStringLiteral("--node"), node,
                                QStringLiteral("--metric"), Metric, QStringLiteral("--from"), QStringLiteral("-7d"),
                                QStringLiteral("--json")});
    QVERIFY2(week.exitCode == 0, week.err.constData());
    const QJsonObject w = QJsonDocument::fromJson(week.out).object();
    QCOMPARE(w.value(QLatin1String("resolution")).toString(), QStringLiteral("history"));
    QVERIFY(!w.value(QLatin1String("points")).toArray().isEmpty());
    // ISO-8601 ranges and the text form.
    const QString from = QDateTime::fromMSecsSinceEpoch(points.first().timeMs - 1000).toUTC().toString(Qt::ISODate);
    const CliRun text = runCli({QStringLiteral("query"), QStringLiteral("--db"), db, QStringLiteral("--node"), node,
                                QStringLiteral("--metric"), Metric, QStringLiteral("--from"), from});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QCOMPARE(text.out.count('\n'), points.size() + 1);
}

void TestCollect::sigkillLosesAtMostTwoSeconds()
{
    const QString db = file("kill.db");
    const QString node = m_node.name().toString();
    qint64 killedAt = 0;
    int before = 0;
    {
        Collector collector(db, {node}, m_node.cookie());
        QVERIFY(collector.started());
        QVERIFY(waitUntil([&] { return storedPoints(db, node).size() >= 5; }, 20000));
        QTest::qWait(400); // not right after a flush
        killedAt = QDateTime::currentMSecsSinceEpoch();
        collector.killHard();
    }
    {
        MetricDb check;
        QVERIFY2(check.open(db), qPrintable(check.error().message));
        QString detail;
        QVERIFY2(check.integrityCheck(&detail), qPrintable(detail));
    }
    const SeriesPoints afterKill = storedPoints(db, node);
    QVERIFY(!afterKill.isEmpty());
    QVERIFY2(afterKill.last().timeMs >= killedAt - 2000,
             qPrintable(QStringLiteral("lost %1 ms of samples").arg(killedAt - afterKill.last().timeMs)));
    before = int(afterKill.size());

    // A new collector continues the same file: the history survives the console's restarts.
    Collector again(db, {node}, m_node.cookie());
    QVERIFY(again.started());
    QVERIFY(waitUntil([&] { return storedPoints(db, node).size() >= before + 3; }, 20000));
    QCOMPARE(again.terminate(), 0);
    const SeriesPoints all = storedPoints(db, node);
    for (int i = 1; i < all.size(); ++i)
        QVERIFY(all[i].timeMs > all[i - 1].timeMs);
}

void TestCollect::twoNodesAndNodeRestart()
{
    TestNode second;
    QString error;
    QVERIFY2(second.start(&error), qPrintable(error));
    const QString db = file("two.db");
    const QString first = m_node.name().toString();
    // The second node has its own cookie: it shows up as down with the reason, and collect keeps going.
    Collector collector(db, {first, second.name().toString()}, m_node.cookie());
    QVERIFY(collector.started());
    QVERIFY(waitUntil([&] { return storedPoints(db, first).size() >= 2; }, 20000));
    QVERIFY2(collector.stderrContains("is down", 20000), collector.err().constData());
    QVERIFY(collector.err().contains("cookie"));
    QCOMPARE(collector.terminate(), 0);

    // A node restarted under the collector: samples before and after, with a gap between.
    const QString db2 = file("restart.db");
    const QString name = second.name().toString();
    Collector follow(db2, {name}, second.cookie());
    QVERIFY(follow.started());
    QVERIFY(waitUntil([&] { return storedPoints(db2, name).size() >= 2; }, 20000));
    const int beforeRestart = int(storedPoints(db2, name).size());
    second.stop();
    QTest::qWait(4000);
    QVERIFY2(second.restart(&error), qPrintable(error));
    QVERIFY(waitUntil([&] { return storedPoints(db2, name).size() >= beforeRestart + 3; }, 40000));
    QCOMPARE(follow.terminate(), 0);
    MetricDb reader;
    QVERIFY(reader.open(db2, {}, MetricDb::Mode::ReadOnly));
    SeriesQuery q;
    q.key = {name, Metric};
    q.fromMs = QDateTime::currentMSecsSinceEpoch() - 600000;
    q.toMs = QDateTime::currentMSecsSinceEpoch();
    q.resolution = Resolution::Raw;
    const SeriesPoints points = reader.query(q).points;
    QVERIFY(std::any_of(points.cbegin(), points.cend(), [](const SeriesPoint &p) { return p.isGap(); }));
}

void TestCollect::queryErrors()
{
    const QString db = file("term.db"); // written by the first test
    const QString node = m_node.name().toString();
    const CliRun missingFile = runCli({QStringLiteral("query"), QStringLiteral("--db"), file("nothing.db"),
                                       QStringLiteral("--node"), node, QStringLiteral("--metric"), Metric});
    QCOMPARE(missingFile.exitCode, 1);
    QVERIFY(missingFile.err.contains("no history file"));
    QVERIFY(!QFile::exists(file("nothing.db"))); // a query never creates one
    const CliRun badTime =
        runCli({QStringLiteral("query"), QStringLiteral("--db"), db, QStringLiteral("--node"), node,
                QStringLiteral("--metric"), Metric, QStringLiteral("--from"), QStringLiteral("yesterday")});
    QCOMPARE(badTime.exitCode, 64);
    QVERIFY(badTime.err.contains("-2h"));
    const CliRun unknownNode = runCli({QStringLiteral("query"), QStringLiteral("--db"), db, QStringLiteral("--node"),
                                       QStringLiteral("nobody@nowhere"), QStringLiteral("--metric"), Metric});
    QCOMPARE(unknownNode.exitCode, 1);
    QVERIFY(unknownNode.err.contains(node.toUtf8())); // names the nodes it does hold
    const CliRun unknownMetric = runCli({QStringLiteral("query"), QStringLiteral("--db"), db, QStringLiteral("--node"),
                                         node, QStringLiteral("--metric"), QStringLiteral("no.such.metric")});
    QCOMPARE(unknownMetric.exitCode, 1);
    QVERIFY(unknownMetric.err.contains("list-metrics"));
    const CliRun noDb = runCli({QStringLiteral("collect"), QStringLiteral("--node"), node});
    QCOMPARE(noDb.exitCode, 64);
}

void TestCollect::damagedDatabaseIsSetAside()
{
    const QString db = file("corrupt.db");
    QVERIFY(writeJunkFile(db, 16384));
    const QString node = m_node.name().toString();
    // A reader says so and leaves the file as it is.
    const CliRun q = runCli({QStringLiteral("query"), QStringLiteral("--db"), db, QStringLiteral("--node"), node,
                             QStringLiteral("--metric"), Metric});
    QCOMPARE(q.exitCode, 1);
    QVERIFY2(q.err.contains("damaged"), q.err.constData());
    QCOMPARE(QFile(db).size(), qint64(16384));
    // collect, a writer of the file, sets it aside in one sentence and collects into a new one.
    Collector collector(db, {node}, m_node.cookie());
    QVERIFY(collector.started());
    QVERIFY2(collector.stderrContains("set aside as", 15000), collector.err().constData());
    const QStringList aside = QDir(m_dir.path()).entryList({QStringLiteral("corrupt.damaged-*.db")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QCOMPARE(QFile(m_dir.filePath(aside.first())).size(), qint64(16384));
    QVERIFY(collector.err().contains(m_dir.filePath(aside.first()).toUtf8()));
    QVERIFY(waitUntil([&] { return storedPoints(db, node).size() >= 2; }, 15000));
    QCOMPARE(collector.terminate(), 0);
    QVERIFY2(!collector.err().contains("SQLite") && !collector.err().contains("malformed"),
             collector.err().constData());
}

void TestCollect::readOnlyDatabaseIsRefused()
{
    // Root writes through any permission, so as root the collector runs as "nobody" (setpriv), from a
    // copy of itself that nobody can read.
    QTemporaryDir shared;
    QVERIFY(QFile::setPermissions(shared.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                     QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                                     QFileDevice::ExeGroup));
    const QString db = shared.filePath(QStringLiteral("ro.db"));
    {
        MetricDb create;
        QVERIFY(create.open(db));
        create.append(QStringLiteral("a@b"), Metric, 1000, 1.0, 1000);
        QVERIFY(create.flush());
    }
    QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QStringList args{QStringLiteral("collect"),
                     QStringLiteral("--db"),
                     db,
                     QStringLiteral("--node"),
                     m_node.name().toString(),
                     QStringLiteral("--cookie"),
                     QString::fromLatin1(m_node.cookie())};
    CliRun r;
    if (::geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        QVERIFY2(!setpriv.isEmpty(), "setpriv (util-linux) is needed to drop root for this test");
        const QString cli = shared.filePath(QStringLiteral("bilby-cli"));
        QVERIFY(QFile::copy(QStringLiteral(BILBY_CLI_PATH), cli));
        QVERIFY(QFile::setPermissions(cli, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                               QFileDevice::ExeOther));
        args.prepend(cli);
        args = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                           QStringLiteral("--clear-groups"), QStringLiteral("--")} +
               args;
        r = runCli(args, QProcessEnvironment::systemEnvironment(), setpriv);
    } else {
        r = runCli(args);
    }
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("cannot be written") || r.err.contains("cannot be created or opened"), r.err.constData());
    QVERIFY(r.err.contains(db.toUtf8()));
}

void TestCollect::lockedDatabaseWaitsInMemory()
{
    const QString db = file("held.db");
    const QString node = m_node.name().toString();
    {
        MetricDb create;
        QVERIFY(create.open(db));
    }
    // Another program (a backup, sqlite3 in a terminal) holds the write lock for a while.
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(db).constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    Collector collector(db, {node}, m_node.cookie());
    QVERIFY(collector.started());
    QVERIFY2(collector.stderrContains("cannot write samples", 20000), collector.err().constData());
    QVERIFY(collector.err().contains("locked by another program"));
    const qint64 lockedSince = QDateTime::currentMSecsSinceEpoch();
    QTest::qWait(2000);
    QCOMPARE(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(other);
    QVERIFY2(collector.stderrContains("writing samples again", 15000), collector.err().constData());
    QCOMPARE(collector.terminate(), 0);
    // What was sampled while the file was locked waited in memory and is there now.
    const SeriesPoints points = storedPoints(db, node);
    QVERIFY(!points.isEmpty());
    QVERIFY(points.first().timeMs <= lockedSince);
    QVERIFY(std::none_of(points.cbegin(), points.cend(), [](const SeriesPoint &p) { return p.isGap(); }));
}

QTEST_GUILESS_MAIN(TestCollect)
#include "tst_collect.moc"
