#pragma once

// Private to MetricStore (metricstore.cpp and metricstorewriter.cpp).

#include "store/metricdb.h"
#include "store/metricstore.h"

#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <vector>

namespace bilby {

/**
 * The writer and the reader each own a MetricDb on a thread of their own; everything reaches them as
 * functions queued to an object living on that thread, so neither database is touched by two threads.
 */
struct MetricStore::Threads
{
    enum class ReaderState { Waiting, Open, Failed };

    QString path;
    StoreOptions options;
    QThread writerThread;
    QThread readerThread;
    QObject writerContext;
    QObject readerContext;
    MetricDb writer;                                   ///< writer thread only
    MetricDb reader;                                   ///< reader thread only
    QTimer *flushTimer = nullptr;                      ///< writer thread only
    QTimer *retentionTimer = nullptr;                  ///< writer thread only
    bool writeFailing = false;                         ///< writer thread only
    bool announcedOpen = false;                        ///< writer thread only: opened() was emitted
    StoreError reportedError;                          ///< writer thread only: the last one sent to failed()
    QElapsedTimer lastDamageCheck;                     ///< writer thread only
    QString announcedSetAside;                         ///< writer thread only: the last movedTo reported
    ReaderState readerState = ReaderState::Waiting;    ///< reader thread only
    StoreError readerError;                            ///< reader thread only
    std::vector<std::function<void()>> waitingQueries; ///< reader thread only
    QVector<Notification> pendingNotifications;        ///< writer thread only
    std::atomic<qint64> droppedNotifications{0};
    std::atomic<bool> closing{false};

    template <typename F>
    void onWriter(F &&f)
    {
        QMetaObject::invokeMethod(&writerContext, std::forward<F>(f));
    }
    template <typename F>
    void onReader(F &&f)
    {
        QMetaObject::invokeMethod(&readerContext, std::forward<F>(f));
    }
};

} // namespace bilby
