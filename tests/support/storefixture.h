#pragma once

#include "alarms/alarmcenter.h"
#include "events/notification.h"
#include "store/metricstore.h"
#include "support/testenvironment.h"

#include <memory>

namespace bilby::test {

/// Opens @p store on @p path and waits until it says it is open (false: it failed, or took too long).
bool openStore(MetricStore &store, const QString &path, const StoreOptions &options = {}, int timeoutMs = 10000);
/// Waits until everything queued for the store's writer is committed.
bool flushStore(MetricStore &store, int timeoutMs = 5000);

/// An Environment with its history file open and the console's alarms and timeline over it, wired as
/// main() wires them; the writer flushes every 50 ms so that tests need not wait long.
struct ConsoleStore : Environment
{
    MetricStore store;
    std::unique_ptr<AlarmCenter> center;

    bool open();
    bool flush() { return flushStore(store); }
};

/// Runs @p sql on the file at @p path through SQLite itself, behind the store's back.
bool runSql(const QString &path, const char *sql);
/// Overwrites with garbage every @p step-th 4 KB page of the file from page @p first up to the one before
/// the last, where a database keeps its tables and indexes (the header and the last page stay).
bool damagePages(const QString &path, qint64 first, qint64 step);

Notification makeNotification(qint64 timeMs, const QString &node, Notification::Origin origin,
                              Notification::Severity severity, const QString &text, const QString &details = {});

} // namespace bilby::test
