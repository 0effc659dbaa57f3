#include "store/metricstore.h"

#include "store/metricdb.h"
#include "store/metricstorethreads.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace bilby {

template <typename F>
void MetricStore::reply(const QPointer<QObject> &context, F &&done)
{
    QMetaObject::invokeMethod(this, [context, done = std::forward<F>(done)] {
        if (context)
            done();
    });
}

void MetricStore::onOpenReader(const std::function<void()> &run)
{
    Threads *t = m_threads.get();
    t->onReader([t, run] {
        if (t->readerState == Threads::ReaderState::Waiting)
            t->waitingQueries.push_back(run);
        else
            run();
    });
}

MetricStore::MetricStore(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<bilby::StoreError>();
    qRegisterMetaType<bilby::SetAsideFile>();
}

MetricStore::~MetricStore()
{
    close();
}

QString MetricStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("history.sqlite"));
}

Resolution MetricStore::chooseResolution(qint64 fromMs, qint64 toMs, qint64 nowMs, const StoreOptions &options)
{
    Q_UNUSED(toMs)
    // A minute of slack: a range picked as "the last 6 hours" a moment ago still reads raw points.
    constexpr qint64 SlackMs = qint64(60) * 1000;
    if (fromMs >= nowMs - options.rawRetentionMs - SlackMs)
        return Resolution::Raw;
    if (fromMs >= nowMs - options.historyRetentionMs - SlackMs)
        return Resolution::History;
    return Resolution::Rollup;
}

StoreError MetricStore::notOpenError() const
{
    return m_error.isError() ? m_error : StoreError{StoreError::Kind::Other, tr("No history file is open."), m_path};
}

void MetricStore::setError(const StoreError &error)
{
    m_error = error;
    emit failed(error);
}

void MetricStore::open(const QString &path, const StoreOptions &options)
{
    close();
    m_path = path;
    m_options = options;
    m_error = {};
    m_setAside = {};
    m_threads = std::make_unique<Threads>();
    Threads *t = m_threads.get();
    t->path = path;
    t->options = options;
    t->writerThread.setObjectName(QStringLiteral("bilby-store-writer"));
    t->readerThread.setObjectName(QStringLiteral("bilby-store-reader"));
    t->writerContext.moveToThread(&t->writerThread);
    t->readerContext.moveToThread(&t->readerThread);
    t->writerThread.start(QThread::LowPriority);
    t->readerThread.start();

    t->onWriter([this, t] { startWriter(t); });
}

void MetricStore::close()
{
    if (!m_threads)
        return;
    Threads *t = m_threads.get();
    t->closing = true;
    // The reader closes first: the last connection to close checkpoints the write-ahead log into the
    // file and deletes it, and a read-only connection cannot. Left behind, the log holds everything
    // written since the last checkpoint, and a copy of the file alone would miss it.
    QMetaObject::invokeMethod(
        &t->readerContext, [t] { t->reader.close(); }, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        &t->writerContext,
        [this, t] {
            delete t->flushTimer;
            delete t->retentionTimer;
            t->flushTimer = t->retentionTimer = nullptr;
            if (t->writer.isOpen())
                writeOnce(t, true);
            t->writer.close();
        },
        Qt::BlockingQueuedConnection);
    t->writerThread.quit();
    t->readerThread.quit();
    t->writerThread.wait();
    t->readerThread.wait();
    m_threads.reset();
}

void MetricStore::append(const QString &node, const MetricSample &sample, int intervalMs)
{
    if (!m_threads)
        return;
    Threads *t = m_threads.get();
    MetricSample copy = sample;
    if (intervalMs > 0)
        copy.intervalMs = intervalMs;
    t->onWriter([t, node, copy] { t->writer.append(node, copy); });
}

void MetricStore::flush(QObject *context, const std::function<void(const StoreError &)> &done)
{
    if (!m_threads) {
        QMetaObject::invokeMethod(
            context, [done, error = m_error] { done(error); }, Qt::QueuedConnection);
        return;
    }
    Threads *t = m_threads.get();
    QPointer<QObject> guard(context);
    t->onWriter([this, t, guard, done] { reply(guard, [done, error = writeQueued(t, true)] { done(error); }); });
}

void MetricStore::query(const SeriesQuery &query, QObject *context,
                        const std::function<void(const SeriesResult &)> &done)
{
    if (!m_threads) {
        SeriesResult result;
        result.query = query;
        result.error =
            m_error.isError() ? m_error : StoreError{StoreError::Kind::Other, tr("No history file is open."), m_path};
        QMetaObject::invokeMethod(
            context, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    Threads *t = m_threads.get();
    QPointer<QObject> guard(context);
    auto run = [this, t, query, guard, done] {
        SeriesResult result;
        if (t->readerState == Threads::ReaderState::Open) {
            result = t->reader.query(query);
            noteReaderDamage(t);
        } else {
            result.query = query;
            result.error = t->readerError;
        }
        // Back on the store's thread, where the context lives and may have gone meanwhile.
        QMetaObject::invokeMethod(this, [guard, done, result] {
            if (guard)
                done(result);
        });
    };
    t->onReader([t, run] {
        if (t->readerState == Threads::ReaderState::Waiting)
            t->waitingQueries.emplace_back(run);
        else
            run();
    });
}

void MetricStore::listSeries(QObject *context, const std::function<void(const QList<SeriesKey> &)> &done)
{
    if (!m_threads) {
        QMetaObject::invokeMethod(
            context, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    Threads *t = m_threads.get();
    QPointer<QObject> guard(context);
    auto run = [this, t, guard, done] {
        const QList<SeriesKey> keys = t->reader.listSeries();
        noteReaderDamage(t);
        // Back on the store's thread, where the context lives and may have gone meanwhile.
        QMetaObject::invokeMethod(this, [guard, done, keys] {
            if (guard)
                done(keys);
        });
    };
    t->onReader([t, run] {
        if (t->readerState == Threads::ReaderState::Waiting)
            t->waitingQueries.emplace_back(run);
        else
            run();
    });
}

void MetricStore::appendNotifications(const QVector<Notification> &notifications)
{
    if (!m_threads || notifications.isEmpty())
        return;
    Threads *t = m_threads.get();
    t->onWriter([t, notifications] {
        if (!t->writer.isOpen())
            return; // the file failed to open: failed() said so, and nothing would ever write them
        t->pendingNotifications += notifications;
        const qsizetype excess = t->pendingNotifications.size() - MaxPendingNotifications;
        if (excess > 0) {
            t->pendingNotifications.remove(0, excess);
            t->droppedNotifications += excess;
        }
    });
}

qint64 MetricStore::droppedNotifications() const
{
    return m_threads ? m_threads->droppedNotifications.load() : 0;
}

void MetricStore::queryNotifications(const NotificationFilter &filter, qint64 beforeId, int limit, QObject *context,
                                     const std::function<void(const NotificationPage &, const StoreError &)> &done)
{
    if (!m_threads) {
        QMetaObject::invokeMethod(
            context, [done, error = notOpenError()] { done({}, error); }, Qt::QueuedConnection);
        return;
    }
    Threads *t = m_threads.get();
    QPointer<QObject> guard(context);
    onOpenReader([this, t, filter, beforeId, limit, guard, done] {
        NotificationPage page;
        StoreError error = t->readerError;
        if (t->readerState == Threads::ReaderState::Open) {
            EventDb events(t->reader);
            page = events.queryNotifications(filter, beforeId, limit);
            error = events.error();
            noteReaderDamage(t);
        }
        reply(guard, [done, page, error] { done(page, error); });
    });
}

void MetricStore::countNotifications(const NotificationFilter &filter, QObject *context,
                                     const std::function<void(const NotificationCount &, const StoreError &)> &done)
{
    if (!m_threads) {
        QMetaObject::invokeMethod(
            context, [done, error = notOpenError()] { done({}, error); }, Qt::QueuedConnection);
        return;
    }
    Threads *t = m_threads.get();
    QPointer<QObject> guard(context);
    onOpenReader([this, t, filter, guard, done] {
        NotificationCount count;
        StoreError error = t->readerError;
        if (t->readerState == Threads::ReaderState::Open) {
            EventDb events(t->reader);
            count = events.countNotifications(filter);
            error = events.error();
            noteReaderDamage(t);
        }
        reply(guard, [done, count, error] { done(count, error); });
    });
}

void MetricStore::saveAlarm(const Alarm &alarm, QObject *context,
                            const std::function<void(qint64, const StoreError &)> &done)
{
    if (!m_threads) {
        QMetaObject::invokeMethod(
            context, [done, error = notOpenError()] { done(0, error); }, Qt::QueuedConnection);
        return;
    }
    Threads *t = m_threads.get();
    QPointer<QObject> guard(context);
    t->onWriter([this, t, alarm, guard, done] {
        Alarm copy = alarm;
        EventDb events(t->writer);
        qint64 id = events.saveAlarm(copy);
        StoreError error = events.error();
        // A new alarm met damage: it goes into the new file once the damaged one is set aside.
        if (id == 0 && t->writer.damageSeen() && recoverFromDamage(t) && alarm.id == 0) {
            copy = alarm;
            id = events.saveAlarm(copy);
            error = events.error();
        }
        reply(guard, [done, id, error] { done(id, error); });
    });
}

void MetricStore::listAlarms(const AlarmFilter &filter, QObject *context,
                             const std::function<void(const QVector<Alarm> &, const StoreError &)> &done)
{
    if (!m_threads) {
        QMetaObject::invokeMethod(
            context, [done, error = notOpenError()] { done({}, error); }, Qt::QueuedConnection);
        return;
    }
    Threads *t = m_threads.get();
    QPointer<QObject> guard(context);
    onOpenReader([this, t, filter, guard, done] {
        QVector<Alarm> alarms;
        StoreError error = t->readerError;
        if (t->readerState == Threads::ReaderState::Open) {
            EventDb events(t->reader);
            alarms = events.listAlarms(filter);
            error = events.error();
            noteReaderDamage(t);
        }
        reply(guard, [done, alarms, error] { done(alarms, error); });
    });
}

} // namespace bilby
