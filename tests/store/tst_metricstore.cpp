// The metric store against real SQLite files: round trips, tiers, retention, restarts, migrations and
// every fault the store must survive. Times are made up (a fake clock), never slept for.
#include "store/metricdb.h"
#include "store/metricstore.h"
#include "store/pointcodec.h"
#include "store/timespec.h"
#include "support/storefixture.h"
#include "support/testnode.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cmath>

using namespace bilby;
using namespace bilby::test;

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
// A fixed origin on an hour boundary: 2026-01-01T00:00:00Z.
constexpr qint64 T0 = qint64(1767225600) * 1000;

const QString Node = QStringLiteral("shop@db1.example.com");
const QString Metric = QStringLiteral("memory.total");

SeriesQuery rangeQuery(qint64 from, qint64 to, Resolution resolution, const QString &metric = Metric)
{
    SeriesQuery q;
    q.key = {Node, metric};
    q.fromMs = from;
    q.toMs = to;
    q.resolution = resolution;
    return q;
}

SeriesPoints withoutGaps(const SeriesPoints &points)
{
    SeriesPoints out;
    for (const SeriesPoint &p : points) {
        if (!p.isGap())
            out.append(p);
    }
    return out;
}

int gapCount(const SeriesPoints &points)
{
    return int(std::count_if(points.cbegin(), points.cend(), [](const SeriesPoint &p) { return p.isGap(); }));
}

} // namespace

class TestMetricStore : public QObject
{
    Q_OBJECT

private slots:
    void codecRoundTrip();
    void codecRejectsDamage();
    void rawRoundTrip();
    void historyAndRollups();
    void retentionPerTier();
    void restartContinuesBuckets();
    void gapsAreMarked();
    void resolutionFollowsRange();
    void queryReducesToColumns();
    void migratesFromFirstSchema();
    void refusesNewerSchema();
    void corruptFileIsReported();
    void damagedPagesAreReported();
    void lockedFileIsReported();
    void fullDatabaseKeepsSamples();
    void asyncStoreRoundTrip();
    void asyncStoreReportsFailure();
    void timeSpecs();

private:
    QTemporaryDir m_dir;
    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
};

void TestMetricStore::codecRoundTrip()
{
    auto *rng = QRandomGenerator::global();
    std::vector<PointCodec::Row> rows;
    qint64 t = T0;
    for (int i = 0; i < 500; ++i) {
        t += 900 + rng->bounded(200);
        PointCodec::Row row;
        row.timeMs = t;
        row.v[0] = double(rng->bounded(1 << 30)) * 16;     // whole bytes
        row.v[1] = rng->generateDouble() * 1e6 - 5e5;      // a fractional rate, negative too
        row.v[2] = i % 7 == 0 ? 9.5e15 : -double(i);       // beyond exact deltas, and negatives
        row.v[3] = i % 2 ? 0.0 : 1e-300;                   // tiny
        row.v[4] = std::numeric_limits<double>::max() / 3; // huge
        rows.push_back(row);
    }
    const QByteArray blob = PointCodec::encode(rows, 5);
    std::vector<PointCodec::Row> back;
    QVERIFY(PointCodec::decode(blob, 5, back));
    QCOMPARE(back.size(), rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        QCOMPARE(back[i].timeMs, rows[i].timeMs);
        for (int c = 0; c < 5; ++c)
            QCOMPARE(back[i].v[c], rows[i].v[c]);
    }
    // A steady rate of whole numbers costs a few bytes a point.
    std::vector<PointCodec::Row> steady;
    for (int i = 0; i < 1000; ++i)
        steady.push_back({T0 + i * Second, {double(1000000 + i * 64)}});
    QVERIFY(PointCodec::encode(steady, 1).size() < 4 * 1000);
}

void TestMetricStore::codecRejectsDamage()
{
    std::vector<PointCodec::Row> rows;
    for (int i = 0; i < 100; ++i)
        rows.push_back({T0 + i * Second, {i * 0.5}});
    const QByteArray blob = PointCodec::encode(rows, 1);
    std::vector<PointCodec::Row> out;
    QVERIFY(!PointCodec::decode(blob.left(blob.size() - 3), 1, out));
    QVERIFY(!PointCodec::decode(blob, 4, out)); // wrong column count
    QVERIFY(!PointCodec::decode(QByteArray(), 1, out));
    auto *rng = QRandomGenerator::global();
    for (int i = 0; i < 2000; ++i) {
        QByteArray junk = blob;
        for (int k = 0; k < 4; ++k)
            junk[int(rng->bounded(junk.size()))] = char(rng->bounded(256));
        out.clear();
        PointCodec::decode(junk, 1, out); // must not crash; may or may not decode
        QVERIFY(out.size() <= size_t(junk.size()));
    }
}

void TestMetricStore::rawRoundTrip()
{
    MetricDb db;
    QVERIFY2(db.open(file("raw.db")), qPrintable(db.error().message));
    QCOMPARE(db.schemaVersion(), MetricDb::SchemaVersion);
    for (int i = 0; i < 1000; ++i)
        db.append(Node, Metric, T0 + i * Second, 1000.0 + i * 3.25, 1000);
    QCOMPARE(db.pendingPoints(), qint64(1000));
    QVERIFY(db.flush());
    QCOMPARE(db.pendingPoints(), qint64(0));
    const SeriesResult r = db.query(rangeQuery(T0, T0 + 999 * Second, Resolution::Raw));
    QVERIFY(!r.error.isError());
    QCOMPARE(r.resolution, Resolution::Raw);
    QCOMPARE(r.stepMs, Second);
    QCOMPARE(r.points.size(), 1000);
    for (int i = 0; i < 1000; ++i) {
        QCOMPARE(r.points[i].timeMs, T0 + i * Second);
        QCOMPARE(r.points[i].value, 1000.0 + i * 3.25);
    }
    // A sub-range brings one neighbour on each side, so the line reaches both edges.
    const SeriesResult part = db.query(rangeQuery(T0 + 100 * Second, T0 + 199 * Second, Resolution::Raw));
    QCOMPARE(part.points.size(), 102);
    QCOMPARE(part.points.first().timeMs, T0 + 99 * Second);
    // Out-of-order and non-finite values are dropped, not stored.
    db.append(Node, Metric, T0 + 10 * Second, 1.0, 1000);
    db.append(Node, Metric, T0 + 2000 * Second, std::nan(""), 1000);
    QCOMPARE(db.pendingPoints(), qint64(0));
    const QList<SeriesKey> expected{SeriesKey{Node, Metric}};
    QCOMPARE(db.listSeries(), expected);
}

void TestMetricStore::historyAndRollups()
{
    MetricDb db;
    QVERIFY(db.open(file("tiers.db")));
    // Three hours at 1 s; value = seconds into the hour, so every bucket's figures are known.
    for (qint64 s = 0; s < 3 * 3600; ++s)
        db.append(Node, Metric, T0 + s * Second, double(s % 3600), 1000);
    QVERIFY(db.flush());
    // The minute and hour in progress are computed from raw points until they close.
    const SeriesResult partial = db.query(rangeQuery(T0, T0 + 3 * Hour - 1, Resolution::Rollup));
    QCOMPARE(partial.points.size(), 3);
    QCOMPARE(partial.points[2].hi, 3599.0);
    db.append(Node, Metric, T0 + 3 * Hour, 0.0, 1000); // closes the last minute and hour
    QVERIFY(db.flush());

    const SeriesResult history = db.query(rangeQuery(T0, T0 + 3 * Hour - 1, Resolution::History));
    QCOMPARE(history.stepMs, Minute);
    QCOMPARE(history.points.size(), 180);
    for (int m = 0; m < 180; ++m) {
        const SeriesPoint &p = history.points[m];
        const double first = double((m % 60) * 60);
        QCOMPARE(p.timeMs, T0 + m * Minute);
        QCOMPARE(p.lo, first);
        QCOMPARE(p.hi, first + 59);
        QCOMPARE(p.value, first + 29.5);
    }
    const SeriesResult rollup = db.query(rangeQuery(T0, T0 + 3 * Hour - 1, Resolution::Rollup));
    QCOMPARE(rollup.stepMs, Hour);
    QCOMPARE(rollup.points.size(), 3);
    for (int h = 0; h < 3; ++h) {
        QCOMPARE(rollup.points[h].timeMs, T0 + h * Hour);
        QCOMPARE(rollup.points[h].lo, 0.0);
        QCOMPARE(rollup.points[h].hi, 3599.0);
        QCOMPARE(rollup.points[h].value, 1799.5);
    }
}

void TestMetricStore::retentionPerTier()
{
    StoreOptions options;
    options.rawRetentionMs = 2 * Hour;
    options.historyRetentionMs = 2 * Day;
    options.rollupRetentionMs = 10 * Day;
    MetricDb db;
    QVERIFY(db.open(file("retention.db"), options));
    // Fifteen days at one sample a minute.
    const qint64 end = T0 + 15 * Day;
    for (qint64 t = T0; t < end; t += Minute)
        db.append(Node, Metric, t, 42.0, 60000);
    QVERIFY(db.flush());
    QVERIFY(db.query(rangeQuery(T0, T0 + Hour, Resolution::Raw)).points.size() > 0);
    QVERIFY(db.applyRetention(end));

    const auto count = [&db](qint64 from, Resolution res) {
        return withoutGaps(db.query(rangeQuery(from, T0 + 15 * Day, res)).points).size();
    };
    // Raw: only the newest runs (2 h plus the run in progress); none from the first days.
    QCOMPARE(withoutGaps(db.query(rangeQuery(T0, end - 4 * Hour, Resolution::Raw)).points).size(), 0);
    QVERIFY(count(end - 2 * Hour, Resolution::Raw) >= 119);
    // History: two days kept, day one gone.
    QCOMPARE(withoutGaps(db.query(rangeQuery(T0, T0 + 5 * Day, Resolution::History)).points).size(), 0);
    QVERIFY(count(end - 2 * Day, Resolution::History) >= 2 * 24 * 60 - 1);
    // Rollups: ten days kept.
    QCOMPARE(withoutGaps(db.query(rangeQuery(T0, T0 + 4 * Day, Resolution::Rollup)).points).size(), 0);
    const auto rollups = count(end - 10 * Day, Resolution::Rollup);
    QVERIFY2(rollups >= 10 * 24 - 24 && rollups <= 10 * 24 + 1, qPrintable(QString::number(rollups)));
}

void TestMetricStore::restartContinuesBuckets()
{
    const QString path = file("restart.db");
    {
        MetricDb db;
        QVERIFY(db.open(path));
        for (int s = 0; s < 30; ++s)
            db.append(Node, Metric, T0 + s * Second, 10.0, 1000);
        QVERIFY(db.flush());
    }
    {
        MetricDb db;
        QVERIFY(db.open(path));
        for (int s = 30; s < 90; ++s)
            db.append(Node, Metric, T0 + s * Second, s < 60 ? 20.0 : 30.0, 1000);
        QVERIFY(db.flush());
        const SeriesResult history = db.query(rangeQuery(T0, T0 + 2 * Minute, Resolution::History));
        // One point for the first minute (both runs merged), one for the minute in progress.
        QCOMPARE(history.points.size(), 2);
        QCOMPARE(history.points[0].value, 15.0);
    }
    {
        // Killed before the minute closed: the next run rebuilds the bucket from the raw points.
        MetricDb db;
        QVERIFY(db.open(path));
        db.append(Node, Metric, T0 + Hour, 30.0, 1000); // closes minute 1 and hour 0
        QVERIFY(db.flush());
        const SeriesResult history = db.query(rangeQuery(T0, T0 + 2 * Minute, Resolution::History));
        QCOMPARE(history.points.size(), 2);
        QCOMPARE(history.points[0].value, 15.0);
        QCOMPARE(history.points[0].lo, 10.0);
        QCOMPARE(history.points[0].hi, 20.0);
        QCOMPARE(history.points[1].value, 30.0);
        const SeriesResult rollup = db.query(rangeQuery(T0, T0 + Hour - 1, Resolution::Rollup));
        QCOMPARE(rollup.points.size(), 1);
        QCOMPARE(rollup.points[0].value, (30 * 10.0 + 30 * 20.0 + 30 * 30.0) / 90);
        QCOMPARE(db.query(rangeQuery(T0, T0 + 2 * Minute, Resolution::Raw)).points.size(), 90);
    }
}

void TestMetricStore::gapsAreMarked()
{
    MetricDb db;
    QVERIFY(db.open(file("gaps.db")));
    for (int s = 0; s < 100; ++s)
        db.append(Node, Metric, T0 + s * Second, 1.0, 1000);
    // The node was down (or the console closed) for ten minutes.
    for (int s = 700; s < 800; ++s)
        db.append(Node, Metric, T0 + s * Second, 2.0, 1000);
    QVERIFY(db.flush());
    const SeriesResult raw = db.query(rangeQuery(T0, T0 + 800 * Second, Resolution::Raw));
    QCOMPARE(gapCount(raw.points), 1);
    QCOMPARE(raw.points.size(), 201);
    QVERIFY(raw.points[100].isGap());
    const SeriesResult history = db.query(rangeQuery(T0, T0 + 800 * Second, Resolution::History));
    QCOMPARE(gapCount(history.points), 1);
    // A slow series (one sample a minute) is not mistaken for one full of gaps.
    for (int m = 0; m < 30; ++m)
        db.append(Node, QStringLiteral("allocator.total.carriers_bytes"), T0 + m * Minute, 1e6, 60000);
    QVERIFY(db.flush());
    const SeriesResult slow =
        db.query(rangeQuery(T0, T0 + 30 * Minute, Resolution::Raw, QStringLiteral("allocator.total.carriers_bytes")));
    QCOMPARE(slow.points.size(), 30);
    QCOMPARE(gapCount(slow.points), 0);
}

void TestMetricStore::resolutionFollowsRange()
{
    const StoreOptions options;
    const qint64 now = T0 + 400 * Day;
    const auto at = [&](qint64 span) { return MetricStore::chooseResolution(now - span, now, now, options); };
    QCOMPARE(at(5 * Minute), Resolution::Raw);
    QCOMPARE(at(Hour), Resolution::Raw);
    QCOMPARE(at(6 * Hour), Resolution::Raw);
    QCOMPARE(at(24 * Hour), Resolution::History);
    QCOMPARE(at(7 * Day), Resolution::History);
    QCOMPARE(at(30 * Day), Resolution::History);
    QCOMPARE(at(365 * Day), Resolution::Rollup);
    // A short range far in the past can only be read from the coarser tiers.
    QCOMPARE(MetricStore::chooseResolution(now - 3 * Day, now - 3 * Day + Hour, now, options), Resolution::History);
}

void TestMetricStore::queryReducesToColumns()
{
    MetricDb db;
    QVERIFY(db.open(file("columns.db")));
    // A day at one second, with one spike a column could hide.
    for (qint64 s = 0; s < 6 * 3600; ++s)
        db.append(Node, Metric, T0 + s * Second, s == 12345 ? 1e9 : double(s % 100), 1000);
    QVERIFY(db.flush());
    SeriesQuery q = rangeQuery(T0, T0 + 6 * Hour, Resolution::Raw);
    q.columns = 500;
    const SeriesResult r = db.query(q);
    QVERIFY(r.points.size() <= 4 * 500 + 2);
    QVERIFY(r.points.size() > 500);
    const auto max = std::max_element(r.points.cbegin(), r.points.cend(),
                                      [](const SeriesPoint &a, const SeriesPoint &b) { return a.value < b.value; });
    QCOMPARE(max->value, 1e9);
    QCOMPARE(max->timeMs, T0 + 12345 * Second);
}

void TestMetricStore::migratesFromFirstSchema()
{
    const QString path = file("v1.db");
    QString error;
    QVERIFY2(MetricDb::createAtVersion(path, 1, &error), qPrintable(error));
    // Data written by the first schema: a series and one raw run of three points.
    std::vector<PointCodec::Row> rows{{T0, {1}}, {T0 + Second, {2}}, {T0 + 2 * Second, {3}}};
    const QByteArray blob = PointCodec::encode(rows, 1).toHex();
    const QByteArray sql = "INSERT INTO series (id, node, metric) VALUES (7, 'shop@db1.example.com', 'memory.total');"
                           "INSERT INTO chunks VALUES (7, 0, " +
                           QByteArray::number(T0) + ", " + QByteArray::number(T0 + 2 * Second) + ", 3, x'" + blob +
                           "');";
    QVERIFY(runSql(path, sql.constData()));

    MetricDb db;
    QVERIFY2(db.open(path), qPrintable(db.error().message));
    QCOMPARE(db.schemaVersion(), MetricDb::SchemaVersion);
    const SeriesResult r = db.query(rangeQuery(T0, T0 + 10 * Second, Resolution::Raw));
    QVERIFY(!r.error.isError());
    QCOMPARE(r.points.size(), 3);
    QCOMPARE(r.points[2].value, 3.0);
    // The old series keeps growing, now with its interval recorded.
    db.append(Node, Metric, T0 + 3 * Second, 4.0, 1000);
    QVERIFY(db.flush());
    QCOMPARE(db.query(rangeQuery(T0, T0 + 10 * Second, Resolution::Raw)).points.size(), 4);
    QVERIFY(db.integrityCheck());
}

void TestMetricStore::refusesNewerSchema()
{
    const QString path = file("future.db");
    QVERIFY(MetricDb::createAtVersion(path, MetricDb::SchemaVersion));
    QVERIFY(runSql(path, "PRAGMA user_version = 99"));
    MetricDb db;
    QVERIFY(!db.open(path));
    QCOMPARE(db.error().kind, StoreError::Kind::TooNew);
    QVERIFY(db.error().message.contains(QLatin1String("newer")));
}

void TestMetricStore::corruptFileIsReported()
{
    const QString path = file("junk.db");
    QVERIFY(test::writeJunkFile(path, 8192));
    MetricDb db;
    QVERIFY(!db.open(path));
    QCOMPARE(db.error().kind, StoreError::Kind::Corrupt);
    QVERIFY(db.error().message.contains(QLatin1String("damaged")));
    // Nothing was overwritten: the user can still look at the file.
    QCOMPARE(QFile(path).size(), qint64(8192));
}

void TestMetricStore::damagedPagesAreReported()
{
    const QString path = file("damaged.db");
    {
        MetricDb db;
        QVERIFY(db.open(path));
        for (int s = 0; s < 20000; ++s)
            db.append(Node, Metric, T0 + s * Second, double(s) * 1.5, 1000);
        QVERIFY(db.flush());
        QVERIFY(db.integrityCheck());
    }
    QVERIFY(runSql(path, "PRAGMA wal_checkpoint(TRUNCATE)"));
    // Overwrite pages in the middle of the file, where the runs live.
    QVERIFY(QFileInfo(path).size() > 16 * 4096);
    QVERIFY(damagePages(path, 3, 2));
    MetricDb db;
    const bool opened = db.open(path);
    if (opened) {
        QString detail;
        QVERIFY(!db.integrityCheck(&detail));
        const SeriesResult r = db.query(rangeQuery(T0, T0 + 20000 * Second, Resolution::Raw));
        QVERIFY(r.error.isError());
        QCOMPARE(r.error.kind, StoreError::Kind::Corrupt);
    } else {
        QCOMPARE(db.error().kind, StoreError::Kind::Corrupt);
    }
}

void TestMetricStore::lockedFileIsReported()
{
    const QString path = file("locked.db");
    {
        MetricDb db;
        QVERIFY(db.open(path));
    }
    // Another program holds the write lock for longer than the store waits.
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);

    MetricDb db;
    if (db.open(path)) {
        db.append(Node, Metric, T0, 1.0, 1000);
        QVERIFY(!db.flush());
    }
    QCOMPARE(db.error().kind, StoreError::Kind::Locked);
    QVERIFY(db.error().message.contains(QLatin1String("locked")));
    QCOMPARE(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(other);
    // Once the lock is gone the samples that waited are written.
    if (!db.isOpen())
        QVERIFY(db.open(path));
    db.append(Node, Metric, T0 + Second, 2.0, 1000);
    QVERIFY(db.flush());
    QCOMPARE(withoutGaps(db.query(rangeQuery(T0, T0 + 10 * Second, Resolution::Raw)).points).size(), 2);
}

void TestMetricStore::fullDatabaseKeepsSamples()
{
    StoreOptions options;
    options.maxSizeBytes = 64 * 1024; // a "disk" of 64 KB
    MetricDb db;
    QVERIFY(db.open(file("full.db"), options));
    bool failed = false;
    qint64 t = T0;
    for (int round = 0; round < 200 && !failed; ++round) {
        for (int m = 0; m < 50; ++m) {
            for (int s = 0; s < 60; ++s)
                db.append(Node, QStringLiteral("metric.%1").arg(m), t + s * Second, double(std::rand()), 1000);
        }
        t += Minute;
        failed = !db.flush();
    }
    QVERIFY(failed);
    QCOMPARE(db.error().kind, StoreError::Kind::Full);
    QVERIFY(db.error().message.contains(QLatin1String("full")));
    QVERIFY(db.pendingPoints() > 0); // kept in memory for the next try
    QVERIFY(db.integrityCheck());
    // What waits is bounded: past a million points the oldest runs are dropped and counted.
    QCOMPARE(db.droppedPoints(), qint64(0));
    for (int s = 0; s < 30000; ++s) {
        for (int m = 0; m < 50; ++m)
            db.append(Node, QStringLiteral("metric.%1").arg(m), t + s * Second, 1.0, 1000);
    }
    QVERIFY(db.droppedPoints() > 0);
    QVERIFY(db.droppedPoints() < 30000 * 50);
}

void TestMetricStore::asyncStoreRoundTrip()
{
    MetricStore store;
    QVERIFY(openStore(store, file("async.db")));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 120; ++i) {
        MetricSample sample;
        sample.timeMs = now - (120 - i) * Second;
        sample.intervalMs = 1000;
        sample.values.insert(Metric, double(i));
        sample.values.insert(QStringLiteral("limits.process_count"), 50.0 + i);
        store.append(Node, sample, 0);
    }
    bool flushed = false;
    store.flush(this, [&flushed](const StoreError &error) { flushed = !error.isError(); });
    QTRY_VERIFY_WITH_TIMEOUT(flushed, 5000);

    std::optional<SeriesResult> result;
    SeriesQuery q;
    q.key = {Node, Metric};
    q.fromMs = now - 5 * Minute;
    q.toMs = now;
    store.query(q, this, [&result](const SeriesResult &r) { result = r; });
    QVERIFY(!result); // the answer comes later, through the event loop
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
    QCOMPARE(result->resolution, Resolution::Raw);
    QCOMPARE(result->points.size(), 120);
    QCOMPARE(result->points.last().value, 119.0);

    QList<SeriesKey> keys;
    store.listSeries(this, [&keys](const QList<SeriesKey> &k) { keys = k; });
    QTRY_COMPARE_WITH_TIMEOUT(keys.size(), 2, 5000);

    // A callback whose context is gone is dropped, not called.
    auto *context = new QObject;
    bool called = false;
    store.query(q, context, [&called](const SeriesResult &) { called = true; });
    delete context;
    bool later = false;
    store.query(q, this, [&later](const SeriesResult &) { later = true; });
    QTRY_VERIFY_WITH_TIMEOUT(later, 5000);
    QVERIFY(!called);

    // Closed, everything is in the file itself: the write-ahead log was checkpointed and removed (it is
    // not when the read-only reader is the last connection to close), so a copy of the file is whole.
    store.close();
    QVERIFY(!QFileInfo::exists(file("async.db") + QStringLiteral("-wal")));
    QVERIFY(QFileInfo(file("async.db")).size() > 4096);
}

void TestMetricStore::asyncStoreReportsFailure()
{
    // A file where the folder should be: nothing can be created there. (A damaged file would be set
    // aside and replaced: tst_storefile.)
    QVERIFY(test::writeJunkFile(file("async-blocked"), 4096));
    const QString path = file("async-blocked") + QLatin1String("/history.sqlite");
    MetricStore store;
    QSignalSpy failed(&store, &MetricStore::failed);
    store.open(path);
    QVERIFY(failed.wait(5000));
    QVERIFY(store.isFailed());
    QCOMPARE(store.lastError().kind, StoreError::Kind::CannotOpen);
    MetricSample sample;
    sample.timeMs = QDateTime::currentMSecsSinceEpoch();
    sample.values.insert(Metric, 1.0);
    store.append(Node, sample, 1000); // dropped, harmlessly
    std::optional<SeriesResult> result;
    SeriesQuery q;
    q.key = {Node, Metric};
    q.fromMs = sample.timeMs - Minute;
    q.toMs = sample.timeMs;
    store.query(q, this, [&result](const SeriesResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
    QCOMPARE(result->error.kind, StoreError::Kind::CannotOpen);
}

void TestMetricStore::timeSpecs()
{
    const qint64 now = T0 + 5 * Day;
    QCOMPARE(parseTimeSpec(QStringLiteral("now"), now), now);
    QCOMPARE(parseTimeSpec(QStringLiteral("-2h"), now), now - 2 * Hour);
    QCOMPARE(parseTimeSpec(QStringLiteral("-90s"), now), now - 90 * Second);
    QCOMPARE(parseTimeSpec(QStringLiteral("-30m"), now), now - 30 * Minute);
    QCOMPARE(parseTimeSpec(QStringLiteral("-7d"), now), now - 7 * Day);
    QCOMPARE(parseTimeSpec(QStringLiteral("-1w"), now), now - 7 * Day);
    QCOMPARE(parseTimeSpec(QStringLiteral("-1y"), now), now - 365 * Day);
    QCOMPARE(parseTimeSpec(QStringLiteral("-1.5h"), now), now - 90 * Minute);
    QCOMPARE(parseTimeSpec(QStringLiteral("2026-01-01T00:00:00Z"), now), T0);
    QCOMPARE(parseTimeSpec(QStringLiteral("2026-01-01T01:00:00.250+01:00"), now), T0 + 250);
    QCOMPARE(parseTimeSpec(QString::number(T0 + 7), now), T0 + 7);
    QString error;
    QVERIFY(!parseTimeSpec(QStringLiteral("yesterday"), now, &error));
    QVERIFY(error.contains(QLatin1String("ISO-8601")));
    QVERIFY(!parseTimeSpec(QStringLiteral("-2x"), now));
    QVERIFY(!parseTimeSpec(QStringLiteral("+2h"), now));
}

QTEST_GUILESS_MAIN(TestMetricStore)
#include "tst_metricstore.moc"
