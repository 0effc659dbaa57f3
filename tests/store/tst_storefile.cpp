// The history file as a shared, fallible thing: several programs creating one new file at the same
// instant, and a file damaged at several offsets, met at open and while running, by the console's store
// and by bilby-cli. Real SQLite files and real processes (this binary again, as a helper); no node.
#include "store/eventdb.h"
#include "store/metricdb.h"
#include "store/metricstore.h"
#include "store/storefilecheck.h"
#include "support/storefixture.h"
#include "support/testnode.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <memory>

using namespace bilby;
using namespace bilby::test;

namespace {

constexpr qint64 HourMs = qint64(3600) * 1000;
// Two hours ago, on the hour: within every retention, which each open of the store applies.
const qint64 T0 = (QDateTime::currentMSecsSinceEpoch() / HourMs - 2) * HourMs;
const QString Node = QStringLiteral("shop@db1.example.com");
const QString Metric = QStringLiteral("memory.total");

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The set-aside databases in @p dir (their -wal and -shm, renamed with them, left out).
QStringList setAsideFiles(const QString &dir)
{
    QStringList files = QDir(dir).entryList({QStringLiteral("*.damaged-*")}, QDir::Files, QDir::Name);
    files.removeIf([](const QString &name) {
        return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
    });
    return files;
}

/// The page size and the root page of @p table, read on a connection of its own.
std::pair<qint64, qint64> rootPage(const QString &path, const char *table)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT (SELECT page_size FROM pragma_page_size), rootpage FROM sqlite_master WHERE name = ?1",
                       -1, &st, nullptr);
    sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
    std::pair<qint64, qint64> result{0, 0};
    if (sqlite3_step(st) == SQLITE_ROW)
        result = {sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1)};
    sqlite3_finalize(st);
    sqlite3_close(db);
    return result;
}

Notification note(qint64 timeMs, const QString &text)
{
    Notification n;
    n.timeMs = timeMs;
    n.node = Node;
    n.origin = Notification::Origin::Log;
    n.severity = Notification::Severity::Warning;
    n.text = text;
    n.details = QStringLiteral("details of ") + text;
    return n;
}

/// A history file as a week of use leaves it: samples of 40 series, a timeline, an alarm; compacted,
/// so that every page belongs to a table or an index (no free pages, where garbage would harm nothing).
bool populate(const QString &path)
{
    {
        MetricDb db;
        if (!db.open(path))
            return false;
        for (int s = 0; s < 40; ++s)
            for (int i = 0; i < 1500; ++i)
                db.append(Node, Metric + QString::number(s), T0 + i * 1000, double(i * s % 977), 1000);
        if (!db.flush())
            return false;
        QVector<Notification> rows;
        for (int i = 0; i < 4000; ++i)
            rows.append(note(T0 + i * 100, QStringLiteral("entry %1 of the timeline, with words to search").arg(i)));
        Alarm alarm;
        alarm.alarmId = QStringLiteral("memory_high");
        alarm.node = Node;
        alarm.raisedMs = T0;
        alarm.cause = alarm.action = alarm.info = QStringLiteral("x");
        EventDb events(db);
        if (!events.insertNotifications(rows) || events.saveAlarm(alarm) == 0)
            return false;
    }
    return runSql(path, "VACUUM") && !QFileInfo::exists(path + QLatin1String("-wal"));
}

/// Writes 8 KB of garbage at @p where ("header", "middle", "end", or "chunks": from the root page of the
/// table of samples, which every read of samples passes) or cuts the file to two thirds ("truncated");
/// returns what the file holds then.
QByteArray damage(const QString &path, const QByteArray &where)
{
    const auto [pageSize, chunksRoot] = where == "chunks" ? rootPage(path, "chunks") : std::pair<qint64, qint64>();
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return {};
    const qint64 size = f.size();
    if (where == "truncated") {
        f.resize(size * 2 / 3);
    } else {
        QByteArray junk(8192, Qt::Uninitialized);
        QRandomGenerator rng(42);
        rng.fillRange(reinterpret_cast<quint32 *>(junk.data()), junk.size() / 4);
        f.seek(where == "header"   ? 0
               : where == "middle" ? size / 2 + 1234
               : where == "chunks" ? (chunksRoot - 1) * pageSize
                                   : size - 8192 - 512);
        f.write(junk);
    }
    f.close();
    return contents(path);
}

bool waitFor(QSignalSpy &spy, int timeoutMs)
{
    return spy.count() > 0 || spy.wait(timeoutMs);
}

// ---- the helpers, run as processes of their own ----

/// --open-helper DB GO READY MODE: says it is ready, waits for GO to appear, then opens DB as the console
/// and bilby-cli collect do (MODE "store") or as bilby-cli's one-shot writes do (MODE "db"), writes a
/// sample and a notification and prints what happened ("failed: ...", "aside: ...", then "ok").
int openHelper(const QStringList &args)
{
    const QString path = args.value(2), go = args.value(3), ready = args.value(4), mode = args.value(5);
    QFile(ready).open(QIODevice::WriteOnly);
    QElapsedTimer clock;
    clock.start();
    while (!QFileInfo::exists(go)) {
        if (clock.elapsed() > 20000)
            return 3;
        QThread::usleep(200);
    }
    const QString who = QStringLiteral("helper-%1").arg(QCoreApplication::applicationPid());
    // Now, not T0: the next helper's retention would take entries older than 90 days.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QTextStream out(stdout);
    if (mode == QLatin1String("db")) {
        MetricDb db;
        bool ok = db.open(path);
        if (ok) {
            db.append(who, Metric, now, 1.0, 1000);
            QVector<Notification> batch{note(now, who)};
            ok = db.flush() && EventDb(db).insertNotifications(batch);
        }
        if (!ok) {
            out << "failed: " << db.error().message << Qt::endl;
            return 1;
        }
        out << "ok" << Qt::endl;
        return 0;
    }
    MetricStore store;
    bool opened = false;
    QObject::connect(&store, &MetricStore::opened, [&] { opened = true; });
    QObject::connect(&store, &MetricStore::failed,
                     [&](const StoreError &e) { out << "failed: " << e.message << Qt::endl; });
    QObject::connect(&store, &MetricStore::fileSetAside,
                     [&](const SetAsideFile &f) { out << "aside: " << f.movedTo << Qt::endl; });
    store.open(path);
    if (!waitUntil([&] { return opened; }, 20000))
        return 1;
    MetricSample sample;
    sample.timeMs = now;
    sample.values.insert(Metric, 1.0);
    store.append(who, sample, 1000);
    store.appendNotifications({note(now, who)});
    QObject context;
    std::optional<StoreError> flushed;
    store.flush(&context, [&](const StoreError &e) { flushed = e; });
    if (!waitUntil([&] { return flushed.has_value(); }, 20000) || flushed->isError())
        return 1;
    store.close();
    out << "ok" << Qt::endl;
    return 0;
}

/// --hold-helper DB: another program with the history file open (a reader), until its stdin closes.
int holdHelper(const QStringList &args)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(args.value(2)).constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
            SQLITE_OK ||
        sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) != SQLITE_OK)
        return 1;
    QTextStream(stdout) << "holding" << Qt::endl;
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    in.readAll();
    sqlite3_close(db);
    return 0;
}

/// --damage-helper DB WHERE: damage() from another process, as a file damaged behind a running store
/// would be (a descriptor of the store's own process closing on the file would drop its locks).
int damageHelper(const QStringList &args)
{
    const QByteArray damaged = damage(args.value(2), args.value(3).toLatin1());
    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    out.write(damaged);
    return damaged.isEmpty() ? 1 : 0;
}

struct Helper
{
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QString ready;
};

} // namespace

class TestStoreFile : public QObject
{
    Q_OBJECT
private slots:
    void concurrentCreation();
    void concurrentOpenOfDamagedFile();
    void damagedAtOpenIsSetAside_data();
    void damagedAtOpenIsSetAside();
    void foreignFileIsLeftAlone();
    void damageMetWhileRunningIsSetAside();
    void damagedFileHeldElsewhereWaits();
    void cliRefusesDamagedFile_data();
    void cliRefusesDamagedFile();

private:
    /// Starts @p count open helpers on @p path (every third as a one-shot writer when @p oneShots),
    /// lets them go at once and returns what each printed; empty on a helper that failed or hung.
    QStringList openAtOnce(const QString &path, int count, bool oneShots);
};

QStringList TestStoreFile::openAtOnce(const QString &path, int count, bool oneShots)
{
    QTemporaryDir sync;
    const QString go = sync.filePath(QStringLiteral("go"));
    std::vector<Helper> helpers(count);
    for (int i = 0; i < count; ++i) {
        helpers[i].ready = sync.filePath(QStringLiteral("ready-%1").arg(i));
        helpers[i].process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        helpers[i].process->start(QCoreApplication::applicationFilePath(),
                                  {QStringLiteral("--open-helper"), path, go, helpers[i].ready,
                                   oneShots && i % 3 == 2 ? QStringLiteral("db") : QStringLiteral("store")});
    }
    // The barrier: every helper is up and polling before any of them may open the file.
    const bool allReady = waitUntil(
        [&] {
            return std::all_of(helpers.begin(), helpers.end(),
                               [](const Helper &h) { return QFileInfo::exists(h.ready); });
        },
        20000);
    QFile(go).open(QIODevice::WriteOnly);
    QStringList outputs;
    for (Helper &h : helpers) {
        const bool done = h.process->waitForFinished(30000);
        const QString out = QString::fromUtf8(h.process->readAllStandardOutput());
        outputs.append(allReady && done && h.process->exitStatus() == QProcess::NormalExit && h.process->exitCode() == 0
                           ? out
                           : QString());
        if (!done)
            h.process->kill();
        if (outputs.constLast().isEmpty())
            qWarning("helper failed (exit %d): %s", h.process->exitCode(), qPrintable(out));
    }
    return outputs;
}

void TestStoreFile::concurrentCreation()
{
    // Two consoles, or a console and bilby-cli collect, opening a new data folder at the same moment:
    // every one of them gets the file, with its tables made once, and nobody reads raw SQL.
    constexpr int Rounds = 6;
    constexpr int Helpers = 6;
    for (int round = 0; round < Rounds; ++round) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("data/history.sqlite"));
        const QStringList outputs = openAtOnce(path, Helpers, true);
        for (const QString &out : outputs) {
            QVERIFY2(out.endsWith(QLatin1String("ok\n")),
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(out)));
            QVERIFY2(!out.contains(QLatin1String("failed")), qPrintable(out));
        }
        MetricDb check;
        QVERIFY2(check.open(path, {}, MetricDb::Mode::ReadOnly), qPrintable(check.error().message));
        QCOMPARE(check.schemaVersion(), MetricDb::SchemaVersion);
        QString detail;
        QVERIFY2(check.integrityCheck(&detail), qPrintable(detail));
        QCOMPARE(check.listSeries().size(), Helpers);
        EventDb events(check);
        QCOMPARE(events.queryNotifications({}, 0, 100).items.size(), Helpers);
        QVERIFY(setAsideFiles(QFileInfo(path).path()).isEmpty()); // a busy new file is never taken for damage
    }
}

void TestStoreFile::concurrentOpenOfDamagedFile()
{
    // Several consoles or collectors meeting one damaged file at once set it aside once, and all go on in
    // the new one. (A one-shot writer such as bilby-cli's audit entry refuses a damaged file instead.)
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QVERIFY(populate(path));
    const QByteArray damaged = damage(path, "middle");
    const QStringList outputs = openAtOnce(path, 4, false);
    int asides = 0;
    for (const QString &out : outputs) {
        QVERIFY2(out.endsWith(QLatin1String("ok\n")), qPrintable(out));
        QVERIFY2(!out.contains(QLatin1String("failed")), qPrintable(out));
        asides += int(out.count(QLatin1String("aside: ")));
    }
    const QStringList aside = setAsideFiles(dir.path());
    QCOMPARE(aside.size(), 1);
    QCOMPARE(asides, 1);
    QCOMPARE(contents(dir.filePath(aside.first())), damaged);
    MetricDb check;
    QVERIFY(check.open(path, {}, MetricDb::Mode::ReadOnly));
    QCOMPARE(EventDb(check).queryNotifications({}, 0, 100).items.size(), 4);
}

void TestStoreFile::damagedAtOpenIsSetAside_data()
{
    QTest::addColumn<QByteArray>("where");
    for (const char *where : {"header", "middle", "end", "truncated"})
        QTest::newRow(where) << QByteArray(where);
}

void TestStoreFile::damagedAtOpenIsSetAside()
{
    QFETCH(QByteArray, where);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QVERIFY(populate(path));
    const QByteArray damaged = damage(path, where);
    QVERIFY(!damaged.isEmpty());

    MetricStore store;
    QSignalSpy opened(&store, &MetricStore::opened);
    QSignalSpy failed(&store, &MetricStore::failed);
    QSignalSpy aside(&store, &MetricStore::fileSetAside);
    store.open(path);
    QVERIFY(waitFor(opened, 10000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(aside.count(), 1);
    const SetAsideFile file = aside.first().first().value<SetAsideFile>();
    QCOMPARE(file.path, path);
    QCOMPARE(store.lastSetAside().movedTo, file.movedTo);
    // Beside the old path, under a dated name, with every byte as it was: renamed, never rewritten.
    QCOMPARE(QFileInfo(file.movedTo).path(), dir.path());
    const QRegularExpression dated(QStringLiteral("^history\\.damaged-\\d{4}-\\d\\d-\\d\\dT\\d{6}\\.sqlite$"));
    QVERIFY2(dated.match(QFileInfo(file.movedTo).fileName()).hasMatch(), qPrintable(file.movedTo));
    QCOMPARE(contents(file.movedTo), damaged);
    QVERIFY2(file.message().contains(file.movedTo) && file.message().contains(QLatin1String("damaged")),
             qPrintable(file.message()));

    // The new file works, and holds nothing of the damaged one.
    MetricSample sample;
    sample.timeMs = T0 + HourMs;
    sample.values.insert(Metric, 7.0);
    store.append(Node, sample, 1000);
    store.appendNotifications({note(sample.timeMs, QStringLiteral("after"))});
    std::optional<StoreError> flushed;
    store.flush(this, [&](const StoreError &e) { flushed = e; });
    QTRY_VERIFY_WITH_TIMEOUT(flushed.has_value(), 5000);
    QVERIFY2(!flushed->isError(), qPrintable(flushed->message));
    std::optional<NotificationPage> page;
    store.queryNotifications({}, 0, 100, this, [&](const NotificationPage &p, const StoreError &) { page = p; });
    QTRY_VERIFY_WITH_TIMEOUT(page.has_value(), 5000);
    QCOMPARE(page->items.size(), 1);
    QCOMPARE(page->items.first().text, QStringLiteral("after"));
    store.close();
    QCOMPARE(failed.count(), 0);
    MetricDb check;
    QVERIFY2(check.open(path), qPrintable(check.error().message));
    QVERIFY(check.integrityCheck());
    QCOMPARE(setAsideFiles(dir.path()).size(), 1);
}

void TestStoreFile::foreignFileIsLeftAlone()
{
    // Another program's database named by mistake (--db, history/file): refused in words, never moved or
    // written to, since that program still needs it where it is.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QVERIFY(runSql(path, "CREATE TABLE customers (name TEXT); INSERT INTO customers VALUES ('ada')"));
    const QByteArray before = contents(path);
    MetricDb reader;
    QVERIFY(!reader.open(path, {}, MetricDb::Mode::ReadOnly));
    QCOMPARE(reader.error().kind, StoreError::Kind::Corrupt);
    QVERIFY2(reader.error().message.contains(QLatin1String("not a Bilby history file")),
             qPrintable(reader.error().message));
    MetricStore store;
    QSignalSpy aside(&store, &MetricStore::fileSetAside);
    QSignalSpy failed(&store, &MetricStore::failed);
    store.open(path);
    QVERIFY(waitFor(failed, 10000));
    const StoreError error = failed.first().first().value<StoreError>();
    QVERIFY2(error.message.contains(QLatin1String("not a Bilby history file")) &&
                 error.message.contains(QLatin1String("leaves it as it is")),
             qPrintable(error.message));
    QCOMPARE(aside.count(), 0);
    QCOMPARE(contents(path), before);
    QCOMPARE(setAsideFiles(dir.path()).size(), 0);
    // bilby-cli says the same and leaves it too.
    const CliRun run = runCli({QStringLiteral("notifications"), QStringLiteral("--db"), path});
    QVERIFY2(run.exitCode != 0 && run.err.contains("not a Bilby history file"), run.err.constData());
    QCOMPARE(contents(path), before);
}

void TestStoreFile::damageMetWhileRunningIsSetAside()
{
    // The file passed its check at open, and is damaged behind the store's back: the first read that
    // meets the damage answers with an error in words, and the store moves on to a new file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QVERIFY(populate(path));
    MetricStore store;
    QSignalSpy opened(&store, &MetricStore::opened);
    QSignalSpy aside(&store, &MetricStore::fileSetAside);
    store.open(path);
    QVERIFY(waitFor(opened, 10000));
    QCOMPARE(aside.count(), 0);
    QProcess damager;
    damager.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--damage-helper"), path, QStringLiteral("chunks")});
    QVERIFY(damager.waitForFinished(10000));
    QCOMPARE(damager.exitCode(), 0);
    const QByteArray damaged = damager.readAllStandardOutput();
    QCOMPARE(contents(path), damaged);

    QList<StoreError> errors;
    int answers = 0;
    for (int s = 0; s < 40; ++s) {
        SeriesQuery q;
        q.key = {Node, Metric + QString::number(s)};
        q.fromMs = T0;
        q.toMs = T0 + 1500 * 1000;
        q.resolution = Resolution::Raw;
        store.query(q, this, [&](const SeriesResult &r) {
            ++answers;
            if (r.error.isError())
                errors.append(r.error);
        });
    }
    NotificationFilter search;
    search.search = QStringLiteral("words");
    store.countNotifications(search, this, [&](const NotificationCount &, const StoreError &e) {
        ++answers;
        if (e.isError())
            errors.append(e);
    });
    QTRY_COMPARE_WITH_TIMEOUT(answers, 41, 10000);
    QVERIFY(!errors.isEmpty()); // never answered from the damaged file in silence
    for (const StoreError &e : qAsConst(errors)) {
        QCOMPARE(e.kind, StoreError::Kind::Corrupt);
        QVERIFY2(e.message.contains(QLatin1String("damaged")) && !e.message.contains(QLatin1String("malformed")),
                 qPrintable(e.message));
    }
    QVERIFY(waitFor(aside, 10000));
    const SetAsideFile file = aside.first().first().value<SetAsideFile>();
    QCOMPARE(file.path, path);
    QCOMPARE(contents(file.movedTo), damaged);
    QVERIFY(!store.isFailed());
    // Reads and writes go on in the new file.
    MetricSample sample;
    sample.timeMs = T0 + 2 * HourMs - 1000;
    sample.values.insert(Metric, 3.0);
    store.append(Node, sample, 1000);
    std::optional<StoreError> flushed;
    store.flush(this, [&](const StoreError &e) { flushed = e; });
    QTRY_VERIFY_WITH_TIMEOUT(flushed.has_value(), 5000);
    QVERIFY2(!flushed->isError(), qPrintable(flushed->message));
    std::optional<QList<SeriesKey>> keys;
    store.listSeries(this, [&](const QList<SeriesKey> &k) { keys = k; });
    QTRY_VERIFY_WITH_TIMEOUT(keys.has_value(), 5000);
    const QList<SeriesKey> onlyNew{{Node, Metric}};
    QCOMPARE(*keys, onlyNew);
}

void TestStoreFile::damagedFileHeldElsewhereWaits()
{
    // Another program reading the damaged file would go on in the renamed one and, on closing, remove
    // the new file's log: the file stays until it lets go, and the user reads why.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QVERIFY(populate(path));
    const QByteArray damaged = damage(path, "middle");
    QProcess holder;
    holder.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold-helper"), path});
    QVERIFY(holder.waitForReadyRead(10000));
    QCOMPARE(holder.readAllStandardOutput(), QByteArray("holding\n"));

    MetricStore store;
    QSignalSpy failed(&store, &MetricStore::failed);
    QSignalSpy recovered(&store, &MetricStore::recovered);
    QSignalSpy aside(&store, &MetricStore::fileSetAside);
    store.open(path);
    QVERIFY(waitFor(failed, 10000));
    const StoreError error = failed.first().first().value<StoreError>();
    QCOMPARE(error.kind, StoreError::Kind::Corrupt);
    QVERIFY2(error.message.contains(QLatin1String("another program")) && error.message.contains(path),
             qPrintable(error.message));
    QTest::qWait(3000); // retried meanwhile, and still held
    QCOMPARE(aside.count(), 0);
    QCOMPARE(contents(path), damaged);
    QVERIFY(setAsideFiles(dir.path()).isEmpty());

    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(5000));
    QVERIFY(waitFor(aside, 10000));
    QVERIFY(waitFor(recovered, 5000));
    QVERIFY(!store.isFailed());
    QCOMPARE(contents(aside.first().first().value<SetAsideFile>().movedTo), damaged);
}

void TestStoreFile::cliRefusesDamagedFile_data()
{
    QTest::addColumn<QByteArray>("where");
    QTest::newRow("header") << QByteArray("header");
    QTest::newRow("middle") << QByteArray("middle");
    QTest::newRow("end") << QByteArray("end");
}

void TestStoreFile::cliRefusesDamagedFile()
{
    // bilby-cli reading with --db answers nothing from a damaged file: one sentence, a failure exit, and
    // the user's file left where it is (the console or collect, its writers, set it aside).
    QFETCH(QByteArray, where);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QVERIFY(populate(path));
    const QByteArray damaged = damage(path, where);
    const QList<QStringList> commands{
        {QStringLiteral("notifications"), QStringLiteral("--db"), path},
        {QStringLiteral("query"), QStringLiteral("--db"), path, QStringLiteral("--node"), Node,
         QStringLiteral("--metric"), Metric + QStringLiteral("1"), QStringLiteral("--from"), QStringLiteral("-3h"),
         QStringLiteral("--to"), QStringLiteral("now")},
        {QStringLiteral("alarms"), QStringLiteral("--db"), path},
    };
    for (const QStringList &args : commands) {
        const CliRun r = runCli(args);
        QVERIFY2(r.exitCode == 1, qPrintable(args.first() + QLatin1String(": ") + QString::fromUtf8(r.err)));
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains("damaged") && lines.first().contains(path.toUtf8()), r.err.constData());
        QVERIFY2(!r.err.contains("malformed") && !r.err.contains("SQLite"), r.err.constData());
    }
    QCOMPARE(contents(path), damaged);
    QVERIFY(setAsideFiles(dir.path()).isEmpty());
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == QLatin1String("--open-helper"))
        return openHelper(args);
    if (args.value(1) == QLatin1String("--hold-helper"))
        return holdHelper(args);
    if (args.value(1) == QLatin1String("--damage-helper"))
        return damageHelper(args);
    TestStoreFile test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storefile.moc"
