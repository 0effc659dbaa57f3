#include "store/storefilecheck.h"

#include "platform/filelock.h"
#include "store/metricschema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QThread>

#include <sqlite3.h>

namespace bilby {

namespace {

/// How long setAside() waits for another program that is setting the same file aside.
constexpr int SetAsideLockWaitMs = 60000;
constexpr int BusyTimeoutMs = 2000;
constexpr int InUseGraceMs = 2000;

using Verdict = StoreFileCheck::Verdict;

Verdict failedWith(sqlite3 *db, int rc)
{
    Verdict v;
    v.code = db ? sqlite3_extended_errcode(db) : rc;
    if ((v.code & 0xff) == SQLITE_OK)
        v.code = rc;
    v.detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    v.state = StoreError::kindOfSqlite(v.code) == StoreError::Kind::Corrupt ? Verdict::State::Damaged
                                                                            : Verdict::State::Failed;
    return v;
}

} // namespace

StoreFileCheck::Verdict StoreFileCheck::inspect(sqlite3 *db, Depth depth)
{
    // One statement, so one snapshot: another program creating the tables right now is seen either
    // before (no tables, version 0) or after (tables and their version), never half-way.
    sqlite3_stmt *st = nullptr;
    int rc = sqlite3_prepare_v2(db,
                                "SELECT (SELECT user_version FROM pragma_user_version), "
                                "(SELECT count(*) FROM sqlite_master), "
                                "(SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('series', "
                                "'chunks'))",
                                -1, &st, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    if (rc != SQLITE_ROW) {
        sqlite3_finalize(st);
        return failedWith(db, rc);
    }
    const int version = sqlite3_column_int(st, 0);
    const qint64 objects = sqlite3_column_int64(st, 1);
    const qint64 ours = sqlite3_column_int64(st, 2);
    sqlite3_finalize(st);
    if ((version == 0 && objects > 0) || (version >= 1 && version <= MetricSchema::Version && ours < 2)) {
        Verdict v;
        v.state = Verdict::State::Foreign;
        v.detail = QStringLiteral("user_version %1, %2 schema objects, %3 of Bilby's tables series and chunks")
                       .arg(version)
                       .arg(objects)
                       .arg(ours);
        return v;
    }
    // At most ten faults: the first one decides, the rest is for the log.
    const char *sql = depth == Depth::Quick ? "PRAGMA quick_check(10)" : "PRAGMA integrity_check(10)";
    rc = sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
    QStringList faults;
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW)
            faults.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))).simplified());
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return failedWith(db, rc);
    Verdict v;
    if (faults != QStringList{QStringLiteral("ok")}) {
        v.state = Verdict::State::Damaged;
        v.code = SQLITE_CORRUPT;
        v.detail = faults.join(QLatin1String("; "));
    }
    return v;
}

StoreFileCheck::Verdict StoreFileCheck::inspect(const QString &path, Depth depth)
{
    if (!QFileInfo::exists(path))
        return {};
    sqlite3 *db = nullptr;
    const QByteArray file = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    Verdict v;
    if (rc != SQLITE_OK) {
        v = failedWith(db, rc);
    } else {
        sqlite3_extended_result_codes(db, 1);
        sqlite3_busy_timeout(db, BusyTimeoutMs);
        v = inspect(db, depth);
    }
    sqlite3_close_v2(db);
    return v;
}

StoreError StoreFileCheck::damageError(const Verdict &verdict, const QString &path)
{
    if (verdict.state != Verdict::State::Foreign)
        return StoreError::of(StoreError::Kind::Corrupt, path);
    return {StoreError::Kind::Corrupt,
            tr("The file %1 is not a Bilby history file (it holds other data), and nothing is read from it. Choose "
               "another file, or move this one away: Bilby then starts a new history file there.")
                .arg(QDir::toNativeSeparators(path)),
            path};
}

QString StoreFileCheck::setAsideName(const QString &path, const QDateTime &when)
{
    const QFileInfo info(path);
    const QDir dir(info.path());
    // No colons: the name must be valid on every file system the file may be copied to.
    const QString stamp = when.toString(QStringLiteral("yyyy-MM-ddTHHmmss"));
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    for (int n = 1;; ++n) {
        const QString name = info.completeBaseName() + QLatin1String(".damaged-") + stamp +
                             (n > 1 ? QStringLiteral("-%1").arg(n) : QString()) + suffix;
        const QString candidate = dir.filePath(name);
        if (!QFileInfo::exists(candidate) && !QFileInfo::exists(candidate + QLatin1String("-wal")) &&
            !QFileInfo::exists(candidate + QLatin1String("-shm")))
            return candidate;
    }
}

bool StoreFileCheck::openElsewhere(const QString &path)
{
    // SQLite's own locks (os_unix.c, and the same ranges in os_win.c): on the database, the pending, reserved
    // and shared bytes from 1 GiB, of which a connection in WAL mode holds a shared one as long as it is open;
    // on the -shm file, the lock bytes from 120, of which every connection holds the last (128) while it has
    // the log mapped. This process's connections are closed by now.
    struct Probe
    {
        QString file;
        qint64 start;
        qint64 length;
    };
    const Probe probes[] = {{path, 0x40000000, 512}, {path + QLatin1String("-shm"), 120, 9}};
    for (const Probe &probe : probes) {
        if (platform::rangeLockedElsewhere(QFileInfo(probe.file).filesystemFilePath(), probe.start, probe.length))
            return true;
    }
    return false;
}

StoreFileCheck::SetAsideResult StoreFileCheck::setAside(const QString &path, Depth depth)
{
    SetAsideResult result;
    const QString file = QDir::toNativeSeparators(path);
    const auto cannot = [&](StoreError::Kind kind, const QString &message) {
        result.outcome = SetAsideResult::Outcome::Failed;
        result.error = {kind, message, path};
        return result;
    };
    QLockFile lock(path + QLatin1String(".lock"));
    lock.setStaleLockTime(0); // a check of a large file may take long; a holder that died is still seen
    if (!lock.tryLock(SetAsideLockWaitMs)) {
        qCWarning(lcStore, "cannot take the lock file %s: error %d", qPrintable(lock.fileName()), int(lock.error()));
        return cannot(lock.error() == QLockFile::LockFailedError ? StoreError::Kind::Locked
                                                                 : StoreError::Kind::ReadOnly,
                      tr("The history file %1 is damaged and could not be set aside (its folder is not writable, or "
                         "another program kept it busy). Move the file away by hand; "
                         "Bilby then starts a new one.")
                          .arg(file));
    }
    const Verdict v = inspect(path, depth);
    if (v.state == Verdict::State::Healthy) {
        result.outcome = SetAsideResult::Outcome::Healthy;
        return result;
    }
    if (v.state == Verdict::State::Failed) {
        qCWarning(lcStore, "cannot check %s: %s", qPrintable(file), qPrintable(v.detail));
        const StoreError::Kind kind = StoreError::kindOfSqlite(v.code);
        return cannot(kind, StoreError::advice(kind, path));
    }
    if (v.state == Verdict::State::Foreign) {
        // Another program's database, named by mistake: moving it away would break that program.
        qCWarning(lcStore, "%s is not a Bilby history file: %s", qPrintable(file), qPrintable(v.detail));
        return cannot(StoreError::Kind::Corrupt,
                      tr("%1 is not a Bilby history file (it holds another program's tables), so Bilby leaves it as "
                         "it is and keeps no history in it. Name another file: --db for bilby-cli, the key "
                         "history/file in the console's settings.")
                          .arg(file));
    }
    qCWarning(lcStore, "%s is damaged: %s", qPrintable(file), qPrintable(v.detail));
    // A program opening the file at this moment holds it only while it checks it; one that works in it
    // holds it on.
    QElapsedTimer held;
    held.start();
    while (openElsewhere(path) && held.elapsed() < InUseGraceMs)
        QThread::msleep(50);
    if (openElsewhere(path))
        return cannot(StoreError::Kind::Corrupt,
                      tr("The history file %1 is damaged, but another program (another Bilby or a bilby-cli "
                         "collect) has it open, so it stays where it is. Close that "
                         "program: Bilby then sets the file aside and starts a new one by itself.")
                          .arg(file));
    const QDateTime now = QDateTime::currentDateTime();
    const QString target = setAsideName(path, now);
    // The logs first, the database last: interrupted half-way, no old log is left beside a new file
    // (SQLite would replay it into the new one); a failure puts back what was moved.
    const QLatin1String suffixes[] = {QLatin1String("-wal"), QLatin1String("-shm"), QLatin1String("")};
    QStringList moved;
    for (const QLatin1String &suffix : suffixes) {
        QFile from(path + suffix);
        if (!from.exists())
            continue;
        if (!from.rename(target + suffix)) {
            qCWarning(lcStore, "cannot rename %s to %s: %s", qPrintable(path + suffix), qPrintable(target + suffix),
                      qPrintable(from.errorString()));
            for (const QString &back : qAsConst(moved))
                QFile::rename(target + back, path + back);
            return cannot(StoreError::Kind::ReadOnly,
                          tr("The history file %1 is damaged and could not be renamed. "
                             "Check that its folder is writable, or move the file away by hand; Bilby then starts a "
                             "new one.")
                              .arg(file));
        }
        moved.append(suffix);
    }
    result.outcome = SetAsideResult::Outcome::Moved;
    result.file.path = path;
    result.file.movedTo = target;
    result.file.timeMs = now.toMSecsSinceEpoch();
    qCWarning(lcStore, "%s", qPrintable(result.file.message()));
    return result;
}

} // namespace bilby
