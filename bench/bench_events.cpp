// The timeline's figures at millions of entries: batched insert throughput, a page of 100 (newest, with
// filters, with a full-text search, deep in the table), a count, and the file size per million entries.
// Real SQLite files in a temporary folder; entries shaped like a busy node's (log lines with varied
// words, shell commands, code and alarm entries from ten nodes).
//
//   build/bin/bench_events [millions]      (default 2; figures at 1 M and at the end)
#include "store/eventdb.h"
#include "store/metricdb.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace bilby;

namespace {

constexpr qint64 Origin = qint64(1767225600) * 1000; // 2026-01-01T00:00:00Z
constexpr int Batch = 1000;
constexpr int Repeats = 21;

const char *const Words[] = {"timeout",  "connection", "refused", "session",    "worker", "pool",    "overload",
                             "database", "retry",      "crashed", "ranch",      "cowboy", "handler", "closed",
                             "badmatch", "noproc",     "killed",  "gen_server", "mnesia", "table"};

Notification make(QRandomGenerator &rng, qint64 i)
{
    Notification n;
    n.timeMs = Origin + i * 100; // ten a second
    n.node = QStringLiteral("app%1@host%1.example").arg(rng.bounded(10));
    const int kind = rng.bounded(100);
    n.origin = kind < 80   ? Notification::Origin::Log
               : kind < 90 ? Notification::Origin::Shell
               : kind < 97 ? Notification::Origin::Code
                           : Notification::Origin::Alarm;
    n.severity = rng.bounded(10) == 0 ? Notification::Severity::Error : Notification::Severity::Warning;
    QStringList words;
    for (int w = 0; w < 8; ++w)
        words.append(QLatin1String(Words[rng.bounded(int(std::size(Words)))]));
    words.append(QStringLiteral("req%1").arg(rng.bounded(100000)));
    n.text = words.join(QLatin1Char(' '));
    n.details = QStringLiteral("pid <0.%1.0> in %2:handle_call/3").arg(rng.bounded(100000)).arg(words.first());
    return n;
}

struct Stats
{
    double p50 = 0;
    double max = 0;
};

Stats timeIt(const std::function<void()> &run)
{
    std::vector<double> ms;
    for (int i = 0; i < Repeats; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back()};
}

void queries(EventDb &events, qint64 rows, const QString &path)
{
    // Much of the data may still sit in the write-ahead log: every file of the database counts.
    double mb = 0;
    const QFileInfo db(path);
    for (const QFileInfo &f : db.dir().entryInfoList({db.fileName() + QLatin1Char('*')}, QDir::Files))
        mb += double(f.size()) / 1e6;
    std::printf("\nat %lld entries (files %.0f MB, %.0f MB per million):\n", rows, mb, mb / (double(rows) / 1e6));
    for (const QFileInfo &f : db.dir().entryInfoList({db.fileName() + QLatin1Char('*')}, QDir::Files))
        std::printf("  %s: %.1f MB\n", qPrintable(f.fileName()), double(f.size()) / 1e6);
    const auto report = [&](const char *what, const NotificationFilter &filter, qint64 beforeId) {
        int got = 0;
        const Stats s = timeIt([&] { got = int(events.queryNotifications(filter, beforeId, 100).items.size()); });
        std::printf("  page of 100, %-44s p50 %7.2f ms  max %7.2f ms  (%d rows)\n", what, s.p50, s.max, got);
    };
    report("newest, no filter", {}, 0);
    report("deep (beforeId in the middle)", {}, rows / 2);
    NotificationFilter node;
    node.nodes = {QStringLiteral("app3@host3.example")};
    report("one node", node, 0);
    NotificationFilter shell;
    shell.origins = {Notification::Origin::Shell};
    shell.minSeverity = Notification::Severity::Error;
    report("shell, error and worse", shell, 0);
    NotificationFilter day;
    day.sinceMs = Origin + rows * 50;
    day.untilMs = day.sinceMs + 3600 * 1000;
    report("one hour in the middle", day, 0);
    NotificationFilter word;
    word.search = QStringLiteral("mnesia");
    report("search one word", word, 0);
    NotificationFilter rare;
    rare.search = QStringLiteral("req4242");
    report("search a rare word", rare, 0);
    NotificationFilter prefix;
    prefix.search = QStringLiteral("crash*");
    prefix.nodes = {QStringLiteral("app7@host7.example")};
    report("search a prefix on one node", prefix, 0);
    NotificationCount count;
    const Stats c = timeIt([&] { count = events.countNotifications(word); });
    std::printf("  count of a search (cap %lld)                          p50 %7.2f ms  max %7.2f ms  (%lld%s)\n",
                EventDb::CountCap, c.p50, c.max, count.count, count.more ? "+" : "");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qint64 millions = args.size() > 1 ? qMax(1, args.at(1).toInt()) : 2;
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("events.sqlite"));
    MetricDb db;
    StoreOptions options;
    options.maxNotifications = 0; // keep them all
    if (!db.open(path, options)) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    EventDb events(db);
    std::printf("Timeline: %lld million notifications in batches of %d, then pages of 100 (median of %d).\n", millions,
                Batch, Repeats);
    QRandomGenerator rng(42);
    qint64 inserted = 0;
    double insertMs = 0;
    for (qint64 m = 1; m <= millions; ++m) {
        while (inserted < m * 1000000) {
            QVector<Notification> batch;
            batch.reserve(Batch);
            for (int i = 0; i < Batch; ++i)
                batch.append(make(rng, inserted + i));
            QElapsedTimer t;
            t.start();
            if (!events.insertNotifications(batch)) {
                std::fprintf(stderr, "%s\n", qPrintable(events.error().message));
                return 1;
            }
            insertMs += double(t.nsecsElapsed()) / 1e6;
            inserted += Batch;
        }
        if (m == 1 || m == millions) {
            std::printf("\ninsert: %lld entries in %.1f s: %.0f entries/s (one transaction per %d)\n", inserted,
                        insertMs / 1000, double(inserted) / (insertMs / 1000), Batch);
            queries(events, inserted, path);
        }
        std::fflush(stdout);
    }
    return 0;
}
