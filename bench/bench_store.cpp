// The metric store's figures: insert throughput, a 30-day chart query, and the storage one metric takes
// for a year with the default retention. Real SQLite files in a temporary folder; made-up sample times.
//
//   build/bin/bench_store [insert] [query] [storage]     (or scripts/bilby.sh bench)
#include "store/metricdb.h"
#include "store/metricstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace bilby;

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
constexpr qint64 Origin = qint64(1767225600) * 1000; // 2026-01-01T00:00:00Z

/// Values shaped like a node's: whole-number gauges that wander (bytes, counts) and fractional rates.
class Workload
{
public:
    explicit Workload(int metrics)
        : m_values(size_t(metrics), 0.0)
    {
        for (int m = 0; m < metrics; ++m) {
            m_names.append(QStringLiteral("metric.%1").arg(m, 3, 10, QLatin1Char('0')));
            m_values[size_t(m)] = double(m_rng.bounded(1000000, 50000000));
        }
    }
    int size() const { return int(m_names.size()); }
    const QString &name(int m) const { return m_names[m]; }
    double next(int m)
    {
        double &v = m_values[size_t(m)];
        switch (m % 3) {
        case 0: // a byte gauge: moves by whole numbers
            v = std::max(0.0, v + double(int(m_rng.bounded(8192)) - 4096) * 8);
            return v;
        case 1: // a count gauge, mostly still
            return m_rng.bounded(10) == 0 ? v += double(int(m_rng.bounded(5)) - 2) : v;
        default: // a rate: fractional, noisy
            return 1000 + m_rng.generateDouble() * 5000;
        }
    }

private:
    QRandomGenerator m_rng{42};
    QStringList m_names;
    std::vector<double> m_values;
};

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

void benchInsert(const QString &dir)
{
    // Ten nodes of a hundred metrics, sampled each second; one transaction per second of samples, as
    // the writer does. An hour of samples, 3.6 million points.
    MetricDb db;
    if (!db.open(dir + QStringLiteral("/insert.db"))) {
        std::printf("insert: cannot open: %s\n", qPrintable(db.error().message));
        return;
    }
    const int nodes = 10;
    Workload work(100);
    QStringList nodeNames;
    for (int n = 0; n < nodes; ++n)
        nodeNames.append(QStringLiteral("node%1@host.example.com").arg(n));
    QElapsedTimer timer;
    timer.start();
    qint64 points = 0;
    std::vector<double> flushMs;
    for (int s = 0; s < 1800; ++s) {
        const qint64 t = Origin + s * Second;
        for (const QString &node : qAsConst(nodeNames)) {
            for (int m = 0; m < work.size(); ++m)
                db.append(node, work.name(m), t, work.next(m), 1000);
        }
        points += qint64(nodes) * work.size();
        QElapsedTimer f;
        f.start();
        db.flush();
        flushMs.push_back(double(f.nsecsElapsed()) / 1e6);
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("insert, 1,000 series, a commit after every second of samples (1,000 points each): %lld points "
                "in %.2f s = %.0f points/s; commit p50 %.2f ms, p99 %.2f ms (the writer's cost at 10 nodes: "
                "one such commit a second)\n",
                static_cast<long long>(points), seconds, double(points) / seconds, percentile(flushMs, 0.5),
                percentile(flushMs, 0.99));

    // Sustained, batched as the writer batches: samples arrive as fast as they can be made and one
    // transaction a second takes whatever came in; ten seconds of it.
    MetricDb sustained;
    sustained.open(dir + QStringLiteral("/sustained.db"));
    timer.restart();
    QElapsedTimer sinceFlush;
    sinceFlush.start();
    points = 0;
    int commits = 0;
    for (qint64 s = 0; timer.elapsed() < 10000; ++s) {
        const qint64 t = Origin + s * Second;
        for (const QString &node : qAsConst(nodeNames)) {
            for (int m = 0; m < work.size(); ++m)
                sustained.append(node, work.name(m), t, work.next(m), 1000);
        }
        points += qint64(nodes) * work.size();
        if (sinceFlush.elapsed() >= 1000) {
            sustained.flush();
            ++commits;
            sinceFlush.restart();
        }
    }
    sustained.flush();
    const double sustainedSeconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("insert, sustained for 10 s, one commit per second (%d commits): %.0f points/s (target >= 200,000; "
                "%.1fx the target)\n",
                commits + 1, double(points) / sustainedSeconds, double(points) / sustainedSeconds / 200000.0);
}

void benchQuery(const QString &dir)
{
    // Thirty days of 100 metrics at one sample a minute, then the chart's question: the whole month of
    // one metric for a 1,000-pixel plot.
    const QString path = dir + QStringLiteral("/query.db");
    const qint64 now = Origin + 30 * Day;
    {
        MetricDb db;
        db.open(path);
        Workload work(100);
        for (qint64 t = Origin; t < now; t += Minute) {
            for (int m = 0; m < work.size(); ++m)
                db.append(QStringLiteral("shop@db1"), work.name(m), t, work.next(m), 60000);
            if ((t - Origin) % Hour == 0)
                db.flush();
        }
        db.flush();
    }
    MetricDb reader;
    reader.open(path, {}, MetricDb::Mode::ReadOnly);
    SeriesQuery q;
    q.key = {QStringLiteral("shop@db1"), QStringLiteral("metric.042")};
    q.fromMs = now - 30 * Day;
    q.toMs = now;
    q.nowMs = now;
    q.columns = 1000;
    std::vector<double> ms;
    int points = 0;
    int rows = 0;
    const int repeat = qEnvironmentVariableIntValue("BENCH_REPEAT") > 0 ? qEnvironmentVariableIntValue("BENCH_REPEAT") : 50;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        const SeriesResult r = reader.query(q);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        points = int(r.points.size());
        rows = int(r.stepMs);
    }
    SeriesQuery full = q;
    full.columns = 0;
    const int all = int(reader.query(full).points.size());
    std::printf("query 30 days at %d s resolution, 1,000 columns: p50 %.2f ms, max %.2f ms (target <= 20 ms; "
                "p50 is %.3fx the target); %d stored points reduced to %d\n",
                rows / 1000, percentile(ms, 0.5), percentile(ms, 1.0), percentile(ms, 0.5) / 20.0, all, points);
}

qint64 tierBytes(const QString &path, int tier)
{
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "SELECT total(length(data)) FROM chunks WHERE tier = ?1", -1, &st, nullptr);
    sqlite3_bind_int(st, 1, tier);
    qint64 bytes = 0;
    if (sqlite3_step(st) == SQLITE_ROW)
        bytes = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return bytes;
}

void benchStorage(const QString &dir)
{
    // A year of 30 metrics with the default retention: samples every minute for the year (what the
    // rollups and history are made of), then the last six hours at one per second (the raw tier).
    // Retention runs at the end; the file is then compacted, so its size is what the data takes.
    const QString path = dir + QStringLiteral("/year.db");
    const int metrics = 30;
    const qint64 end = Origin + 365 * Day;
    {
        MetricDb db;
        db.open(path);
        Workload work(metrics);
        qint64 t = Origin;
        for (; t < end - 6 * Hour; t += Minute) {
            for (int m = 0; m < metrics; ++m)
                db.append(QStringLiteral("shop@db1"), work.name(m), t, work.next(m), 1000);
            if ((t - Origin) % Day == 0) {
                db.flush();
                db.applyRetention(t);
            }
        }
        for (; t < end; t += Second) {
            for (int m = 0; m < metrics; ++m)
                db.append(QStringLiteral("shop@db1"), work.name(m), t, work.next(m), 1000);
            if ((t - Origin) % Minute == 0)
                db.flush();
        }
        db.flush();
        db.applyRetention(end);
    }
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE); VACUUM;", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    const double perMetric = double(QFileInfo(path).size()) / metrics;
    std::printf("storage per metric-year (6 h raw at 1 s, 30 d of 1-min buckets, 1 y of hourly rollups): "
                "%.0f KB (target <= 2 MB; %.2fx the target); by tier: raw %.0f KB, history %.0f KB, rollup %.0f KB\n",
                perMetric / 1024, perMetric / (2 * 1024 * 1024), double(tierBytes(path, 0)) / metrics / 1024,
                double(tierBytes(path, 1)) / metrics / 1024, double(tierBytes(path, 2)) / metrics / 1024);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    std::printf("bench_store: SQLite %s, files in a temporary folder\n", sqlite3_libversion());
    // Arguments pick parts: insert, query, storage (all by default).
    const QStringList parts = app.arguments().mid(1);
    const auto wanted = [&parts](const char *part) { return parts.isEmpty() || parts.contains(QLatin1String(part)); };
    if (wanted("insert"))
        benchInsert(dir.path());
    if (wanted("query"))
        benchQuery(dir.path());
    if (wanted("storage"))
        benchStorage(dir.path());
    return 0;
}
