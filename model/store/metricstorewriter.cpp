// MetricStore's writer side: opening the file, writing what is queued, and replacing a damaged file.
#include "store/metricstore.h"
#include "store/metricstorethreads.h"

#include <QDateTime>

#include <algorithm>

namespace bilby {

namespace {
constexpr int RetentionEveryMs = 10 * 60 * 1000;
// A damaged file that another program holds is looked at again this often (a cheap look at its locks
// first); a file found healthy after a damage error is not checked again within a minute.
constexpr int DamageRetryMs = 2000;
constexpr int DamageRecheckMs = 60 * 1000;
} // namespace

void MetricStore::startWriter(Threads *t)
{
    const bool ok = t->writer.open(t->path, t->options, MetricDb::Mode::ReadWrite, MetricDb::OnDamage::SetAside);
    // The timers run even when the file failed: they retry a damaged file that another program held.
    t->flushTimer = new QTimer(&t->writerContext);
    t->flushTimer->setInterval(t->options.flushIntervalMs);
    QObject::connect(t->flushTimer, &QTimer::timeout, &t->writerContext, [this, t] { writeQueued(t, false); });
    t->flushTimer->start();
    t->retentionTimer = new QTimer(&t->writerContext);
    t->retentionTimer->setInterval(RetentionEveryMs);
    QObject::connect(t->retentionTimer, &QTimer::timeout, &t->writerContext, [this, t] {
        if (!t->writer.applyRetention(QDateTime::currentMSecsSinceEpoch()) && t->writer.damageSeen())
            recoverFromDamage(t);
    });
    t->retentionTimer->start();
    if (ok)
        writerOpened(t);
    else
        writerFailed(t);
}

void MetricStore::writerOpened(Threads *t)
{
    // recovered() first: it hides the warning bar, which then shows where the damaged file went.
    reportWriterState(t, {});
    announceSetAside(t);
    t->writer.applyRetention(QDateTime::currentMSecsSinceEpoch());
    t->onReader([t] {
        if (t->closing)
            return;
        // The writer has just checked the file: the reader's connection does not check it again.
        if (t->reader.open(t->path, t->options, MetricDb::Mode::ReadOnly, MetricDb::OnDamage::Ignore)) {
            t->readerState = Threads::ReaderState::Open;
        } else {
            t->readerState = Threads::ReaderState::Failed;
            t->readerError = t->reader.error();
        }
        for (auto &run : std::exchange(t->waitingQueries, {}))
            run();
    });
    if (!t->announcedOpen) {
        t->announcedOpen = true;
        QMetaObject::invokeMethod(this, [this] { emit opened(); });
    }
}

void MetricStore::writerFailed(Threads *t)
{
    const StoreError error = t->writer.error();
    announceSetAside(t);
    if (error.kind == StoreError::Kind::Corrupt)
        t->lastDamageCheck.start(); // the first retry waits like the others
    t->onReader([t, error] {
        t->reader.close();
        t->readerState = Threads::ReaderState::Failed;
        t->readerError = error;
        for (auto &run : std::exchange(t->waitingQueries, {}))
            run();
    });
    reportWriterState(t, error);
}

void MetricStore::announceSetAside(Threads *t)
{
    const SetAsideFile file = t->writer.setAsideFile();
    if (!file.isValid() || file.movedTo == t->announcedSetAside)
        return;
    t->announcedSetAside = file.movedTo;
    QMetaObject::invokeMethod(this, [this, file] {
        m_setAside = file;
        emit fileSetAside(file);
    });
}

void MetricStore::reportWriterState(Threads *t, const StoreError &error)
{
    // Only changes are reported, so a failing disk does not flood the GUI once a second.
    const bool ok = !error.isError();
    if (ok ? !t->writeFailing : t->writeFailing && error.message == t->reportedError.message)
        return;
    t->writeFailing = !ok;
    t->reportedError = error;
    QMetaObject::invokeMethod(this, [this, ok, error] {
        if (ok) {
            m_error = {};
            emit recovered();
        } else {
            setError(error);
        }
    });
}

bool MetricStore::recoverFromDamage(Threads *t)
{
    const bool waiting = !t->writer.isOpen(); // for another program to let go of the damaged file
    if (t->lastDamageCheck.isValid() && t->lastDamageCheck.elapsed() < (waiting ? DamageRetryMs : DamageRecheckMs))
        return false;
    t->lastDamageCheck.start();
    // Our connections are closed while waiting, so the look at the other programs' locks is safe.
    if (waiting && StoreFileCheck::openElsewhere(t->path))
        return false;
    // The reader lets go first: a file that one of our connections holds is never set aside, and the
    // look for other programs must not drop our reader's locks.
    QMetaObject::invokeMethod(
        &t->readerContext,
        [t] {
            t->reader.close();
            t->readerState = Threads::ReaderState::Waiting;
        },
        Qt::BlockingQueuedConnection);
    const bool ok = t->writer.replaceDamagedFile();
    if (ok)
        writerOpened(t);
    else
        writerFailed(t);
    return ok;
}

void MetricStore::noteReaderDamage(Threads *t)
{
    // On the reader thread, after a read: damage met there is handled by the writer, who owns the file.
    if (t->reader.damageSeen())
        t->onWriter([this, t] {
            if (t->writer.isOpen())
                recoverFromDamage(t);
        });
}

StoreError MetricStore::writeOnce(Threads *t, bool force)
{
    if (!t->writer.isOpen())
        return t->writer.error();
    const qint64 points = t->writer.pendingPoints();
    if (!force && points == 0 && t->pendingNotifications.isEmpty() && !t->writeFailing)
        return {};
    bool ok = points == 0 && !force && !t->writeFailing ? true : t->writer.flush();
    StoreError error = ok ? StoreError() : t->writer.error();
    qint64 lastId = 0;
    if (ok && !t->pendingNotifications.isEmpty()) {
        // The queue holds what several producers sent (the agent's batches, the console's own node and
        // alarm entries), each in its own order: the timeline reads by id, so one write goes in event time.
        std::stable_sort(t->pendingNotifications.begin(), t->pendingNotifications.end(),
                         [](const Notification &x, const Notification &y) { return x.timeMs < y.timeMs; });
        EventDb events(t->writer);
        ok = events.insertNotifications(t->pendingNotifications);
        if (ok)
            lastId = t->pendingNotifications.constLast().id;
        else
            error = events.error();
    }
    if (ok) {
        t->pendingNotifications.clear();
        QMetaObject::invokeMethod(this, [this, points, lastId] {
            if (points > 0)
                emit flushed(int(points));
            if (lastId > 0)
                emit notificationsStored(lastId);
        });
    }
    return error;
}

/**
 * On the writer thread: writes the queued samples and notifications (each in a transaction of its own).
 * Damage met on the way sets the file aside and writes into the new one. @p force writes even with
 * nothing queued, which tells whether a failed file works again.
 */
StoreError MetricStore::writeQueued(Threads *t, bool force)
{
    if (!t->writer.isOpen() && t->writer.error().kind == StoreError::Kind::Corrupt)
        recoverFromDamage(t); // a damaged file that another program held: it may have let go
    StoreError error = writeOnce(t, force);
    if (error.isError() && t->writer.damageSeen() && recoverFromDamage(t))
        error = writeOnce(t, true);
    reportWriterState(t, error);
    return error;
}

} // namespace bilby
