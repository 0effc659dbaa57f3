#pragma once

#include "alarms/alarm.h"
#include "events/notification.h"
#include "metrics/metricsample.h"
#include "metrics/seriespoint.h"
#include "store/eventdb.h"
#include "store/storeerror.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace bilby {

class MetricDb;

/// How long each tier is kept and how coarse it is; the defaults are those of the user guide.
struct StoreOptions
{
    qint64 rawRetentionMs = qint64(6) * 3600 * 1000;
    qint64 historyRetentionMs = qint64(30) * 24 * 3600 * 1000;
    qint64 rollupRetentionMs = qint64(730) * 24 * 3600 * 1000;
    qint64 historyStepMs = qint64(60) * 1000;
    int flushIntervalMs = 1000; ///< a crash loses at most this much (plus one write)
    qint64 maxSizeBytes = 0;    ///< 0: no limit; else the file stops growing there (and reports "full")
    qint64 notificationRetentionMs = qint64(90) * 24 * 3600 * 1000;
    qint64 maxNotifications = 5000000; ///< the oldest go beyond this many; 0: no cap
};

/// A range of one series. With columns > 0 the points come reduced to that many pixel columns.
struct SeriesQuery
{
    SeriesKey key;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int columns = 0;
    std::optional<Resolution> resolution; ///< chosen from the range when empty
    qint64 nowMs = 0;                     ///< the clock the choice uses; 0 for the current time
};

struct SeriesResult
{
    SeriesQuery query;
    Resolution resolution = Resolution::Raw;
    qint64 stepMs = 0;   ///< the nominal distance between points at that resolution
    SeriesPoints points; ///< in time order, with gap markers where the series was not sampled
    StoreError error;
};

/**
 * @brief The durable metric history: SQLite in WAL mode, written and read off the GUI thread.
 *
 * append() hands samples to a writer thread, which batches them into one transaction per flush
 * interval and keeps the history and rollup tiers up to date as it goes. Queries run on a reader
 * thread with a connection of their own (WAL lets it read while the writer writes) and answer through
 * a callback queued to the context object. When the database fails, failed() says why; appends are
 * then dropped (callers keep their in-memory copy) and queries answer with the error.
 *
 * A damaged file (PRAGMA quick_check at open; SQLITE_CORRUPT or SQLITE_NOTADB met later by a write or a
 * query) is renamed beside itself under a dated name and a new one is started at the same path
 * (fileSetAside() says where the old one went); nothing is answered from a damaged file in silence.
 * While another program has the damaged file open it stays in place: failed() says so, and the store
 * tries again every few seconds.
 */
class MetricStore : public QObject
{
    Q_OBJECT
public:
    explicit MetricStore(QObject *parent = nullptr);
    /// Flushes what is pending and closes the database (waits for the writer, a second at most).
    ~MetricStore() override;

    /// Opens or creates @p path, migrating an older schema. Returns at once; opened() or failed() follows.
    void open(const QString &path, const StoreOptions &options = {});
    /// Flushes and closes; blocks until the writer has finished (for shutdown and the CLI).
    void close();
    QString path() const { return m_path; }
    StoreOptions options() const { return m_options; }
    bool isFailed() const { return m_error.isError(); }
    StoreError lastError() const { return m_error; }
    /// The damaged file set aside since open(), if any (invalid when none).
    SetAsideFile lastSetAside() const { return m_setAside; }

    /// Queues one sample of @p node; @p intervalMs is the sampling interval (for gap detection).
    void append(const QString &node, const MetricSample &sample, int intervalMs);
    /// Writes everything queued so far and calls back (on @p context's thread) when it is on disk.
    void flush(QObject *context, const std::function<void(const StoreError &)> &done);

    void query(const SeriesQuery &query, QObject *context, const std::function<void(const SeriesResult &)> &done);
    /// Every stored (node, metric) pair.
    void listSeries(QObject *context, const std::function<void(const QList<SeriesKey> &)> &done);

    /// Notifications waiting for the writer at most; beyond, the oldest are dropped and counted.
    static constexpr int MaxPendingNotifications = 100000;
    /// Queues notifications; the writer stores them with the samples, once a flush interval, and then
    /// emits notificationsStored().
    void appendNotifications(const QVector<Notification> &notifications);
    /// Notifications dropped because too many waited (the file failing); any thread.
    qint64 droppedNotifications() const;
    /// One page, newest first (EventDb::queryNotifications), from the reader: sees every committed write.
    void queryNotifications(const NotificationFilter &filter, qint64 beforeId, int limit, QObject *context,
                            const std::function<void(const NotificationPage &, const StoreError &)> &done);
    /// How many match, up to EventDb::CountCap.
    void countNotifications(const NotificationFilter &filter, QObject *context,
                            const std::function<void(const NotificationCount &, const StoreError &)> &done);
    /// Inserts (id 0) or updates an alarm on the writer, at once; @p done gets its id (0 on error).
    void saveAlarm(const Alarm &alarm, QObject *context, const std::function<void(qint64, const StoreError &)> &done);
    void listAlarms(const AlarmFilter &filter, QObject *context,
                    const std::function<void(const QVector<Alarm> &, const StoreError &)> &done);

    /// The resolution a range is drawn at: raw while it is within the raw retention, then history, then rollup.
    static Resolution chooseResolution(qint64 fromMs, qint64 toMs, qint64 nowMs, const StoreOptions &options);
    /// The default database of the GUI, under QStandardPaths::AppDataLocation.
    static QString defaultPath();

signals:
    void opened();
    void failed(const bilby::StoreError &error);
    /// Writing works again after a failure (the lock was released, space was freed).
    void recovered();
    /// The history file was damaged: it was renamed to @p file.movedTo and a new one was started.
    void fileSetAside(const bilby::SetAsideFile &file);
    /// The writer committed a batch; @p points is how many points it held.
    void flushed(int points);
    /// The writer committed notifications; @p lastId is the newest one's id (for the timeline's "N new").
    void notificationsStored(qint64 lastId);

private:
    struct Threads;
    void setError(const StoreError &error);
    StoreError notOpenError() const;
    // The writer side (metricstorewriter.cpp), on the writer thread.
    void startWriter(Threads *t);
    void writerOpened(Threads *t);
    void writerFailed(Threads *t);
    void announceSetAside(Threads *t);
    void reportWriterState(Threads *t, const StoreError &error);
    /// Sets a damaged file aside and goes on in a new one; false when the file stays unusable.
    bool recoverFromDamage(Threads *t);
    /// On the reader thread: hands damage met by a read to the writer.
    void noteReaderDamage(Threads *t);
    StoreError writeOnce(Threads *t, bool force);
    StoreError writeQueued(Threads *t, bool force);
    void onOpenReader(const std::function<void()> &run);
    /// Calls @p done on this object's thread, unless @p context has gone meanwhile.
    template <typename F>
    void reply(const QPointer<QObject> &context, F &&done);

    QString m_path;
    StoreOptions m_options;
    StoreError m_error;
    SetAsideFile m_setAside;
    std::unique_ptr<Threads> m_threads;
};

} // namespace bilby
