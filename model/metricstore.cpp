#include "metricstore.h"

#include "metricdb.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

namespace bilby {

namespace {
constexpr int RetentionEveryMs = 10 * 60 * 1000;
}

/**
 * The writer and the reader each own a MetricDb on a thread of their own; everything reaches them as
 * functions queued to an object living on that thread, so neither database is touched by two threads.
 */
struct MetricStore::Threads
{
    enum class ReaderState { Waiting, Open, Failed };

    QThread writerThread;
    QThread readerThread;
    QObject writerContext;
    QObject readerContext;
    MetricDb writer;                   ///< writer thread only
    MetricDb reader;                   ///< reader thread only
    QTimer *flushTimer = nullptr;      ///< writer thread only
    QTimer *retentionTimer = nullptr;  ///< writer thread only
    bool writeFailing = false;         ///< writer thread only
    ReaderState readerState = ReaderState::Waiting;    ///< reader thread only
    StoreError readerError;                            ///< reader thread only
    std::vector<std::function<void()>> waitingQueries; ///< reader thread only

    template<typename F> void onWriter(F &&f) { QMetaObject::invokeMethod(&writerContext, std::forward<F>(f)); }
    template<typename F> void onReader(F &&f) { QMetaObject::invokeMethod(&readerContext, std::forward<F>(f)); }
};

MetricStore::MetricStore(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<bilby::StoreError>();
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
    m_threads = std::make_unique<Threads>();
    Threads *t = m_threads.get();
    t->writerThread.setObjectName(QStringLiteral("bilby-store-writer"));
    t->readerThread.setObjectName(QStringLiteral("bilby-store-reader"));
    t->writerContext.moveToThread(&t->writerThread);
    t->readerContext.moveToThread(&t->readerThread);
    t->writerThread.start(QThread::LowPriority);
    t->readerThread.start();

    t->onWriter([this, t, path, options] {
        if (!t->writer.open(path, options)) {
            const StoreError error = t->writer.error();
            t->onReader([t, error] {
                t->readerState = Threads::ReaderState::Failed;
                t->readerError = error;
                for (auto &run : std::exchange(t->waitingQueries, {}))
                    run();
            });
            QMetaObject::invokeMethod(this, [this, error] { setError(error); });
            return;
        }
        t->writer.applyRetention(QDateTime::currentMSecsSinceEpoch());
        t->flushTimer = new QTimer(&t->writerContext);
        t->flushTimer->setInterval(options.flushIntervalMs);
        QObject::connect(t->flushTimer, &QTimer::timeout, &t->writerContext, [this, t] {
            if (t->writer.pendingPoints() == 0 && !t->writeFailing)
                return;
            const qint64 points = t->writer.pendingPoints();
            const bool ok = t->writer.flush();
            if (ok == !t->writeFailing) {
                if (ok)
                    QMetaObject::invokeMethod(this, [this, points] { emit flushed(int(points)); });
                return;
            }
            // Only the changes are reported: a failing disk does not flood the GUI once a second.
            t->writeFailing = !ok;
            const StoreError error = t->writer.error();
            QMetaObject::invokeMethod(this, [this, ok, error] {
                if (ok) {
                    m_error = {};
                    emit recovered();
                } else {
                    setError(error);
                }
            });
        });
        t->flushTimer->start();
        t->retentionTimer = new QTimer(&t->writerContext);
        t->retentionTimer->setInterval(RetentionEveryMs);
        QObject::connect(t->retentionTimer, &QTimer::timeout, &t->writerContext,
                         [t] { t->writer.applyRetention(QDateTime::currentMSecsSinceEpoch()); });
        t->retentionTimer->start();
        t->onReader([t, path, options] {
            if (t->reader.open(path, options, MetricDb::Mode::ReadOnly)) {
                t->readerState = Threads::ReaderState::Open;
            } else {
                t->readerState = Threads::ReaderState::Failed;
                t->readerError = t->reader.error();
            }
            for (auto &run : std::exchange(t->waitingQueries, {}))
                run();
        });
        QMetaObject::invokeMethod(this, [this] { emit opened(); });
    });
}

void MetricStore::close()
{
    if (!m_threads)
        return;
    Threads *t = m_threads.get();
    QMetaObject::invokeMethod(
        &t->writerContext,
        [t] {
            delete t->flushTimer;
            delete t->retentionTimer;
            t->flushTimer = t->retentionTimer = nullptr;
            if (t->writer.isOpen())
                t->writer.flush();
            t->writer.close();
        },
        Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(&t->readerContext, [t] { t->reader.close(); }, Qt::BlockingQueuedConnection);
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
        QMetaObject::invokeMethod(context, [done, error = m_error] { done(error); }, Qt::QueuedConnection);
        return;
    }
    Threads *t = m_threads.get();
    QPointer<QObject> guard(context);
    t->onWriter([this, t, guard, done] {
        StoreError error = t->writer.error();
        if (t->writer.isOpen() && !t->writer.flush())
            error = t->writer.error();
        // Back on the store's thread, where the context lives and may have gone meanwhile.
            QMetaObject::invokeMethod(this, [guard, done, error] {
                if (guard)
                    done(error);
            });
    });
}

void MetricStore::query(const SeriesQuery &query, QObject *context, const std::function<void(const SeriesResult &)> &done)
{
    if (!m_threads) {
        SeriesResult result;
        result.query = query;
        result.error = m_error.isError() ? m_error : StoreError{StoreError::Kind::Other, tr("No history file is open."), m_path};
        QMetaObject::invokeMethod(context, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    Threads *t = m_threads.get();
    QPointer<QObject> guard(context);
    auto run = [this, t, query, guard, done] {
        SeriesResult result;
        if (t->readerState == Threads::ReaderState::Open) {
            result = t->reader.query(query);
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
        QMetaObject::invokeMethod(context, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    Threads *t = m_threads.get();
    QPointer<QObject> guard(context);
    auto run = [this, t, guard, done] {
        const QList<SeriesKey> keys = t->reader.listSeries();
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

} // namespace bilby
