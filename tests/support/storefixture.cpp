#include "support/storefixture.h"

#include "support/testnode.h"

#include <QFile>
#include <QSignalSpy>

#include <sqlite3.h>

namespace bilby::test {

bool openStore(MetricStore &store, const QString &path, const StoreOptions &options, int timeoutMs)
{
    QSignalSpy opened(&store, &MetricStore::opened);
    store.open(path, options);
    return opened.count() > 0 || opened.wait(timeoutMs);
}

bool flushStore(MetricStore &store, int timeoutMs)
{
    bool done = false;
    store.flush(&store, [&done](const StoreError &) { done = true; });
    return waitUntil([&done] { return done; }, timeoutMs);
}

bool ConsoleStore::open()
{
    StoreOptions options;
    options.flushIntervalMs = 50;
    if (!openStore(store, dir.filePath(QStringLiteral("history.sqlite")), options, 5000))
        return false;
    center = std::make_unique<AlarmCenter>(&registry, &store);
    return true;
}

bool runSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    const bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK &&
                    sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

bool damagePages(const QString &path, qint64 first, qint64 step)
{
    constexpr qint64 PageSize = 4096;
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    const qint64 pages = f.size() / PageSize;
    for (qint64 page = first; page < pages - 1; page += step) {
        if (!f.seek(page * PageSize) || f.write(QByteArray(PageSize, char(0xA5))) != PageSize)
            return false;
    }
    return true;
}

Notification makeNotification(qint64 timeMs, const QString &node, Notification::Origin origin,
                              Notification::Severity severity, const QString &text, const QString &details)
{
    Notification n;
    n.timeMs = timeMs;
    n.node = node;
    n.origin = origin;
    n.severity = severity;
    n.text = text;
    n.details = details;
    return n;
}

} // namespace bilby::test
