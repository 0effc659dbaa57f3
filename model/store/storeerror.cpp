#include "store/storeerror.h"

#include <QDir>

#include <sqlite3.h>

namespace bilby {

Q_LOGGING_CATEGORY(lcStore, "bilby.store")

QString StoreError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::CannotOpen:
        return QStringLiteral("cannot_open");
    case Kind::Locked:
        return QStringLiteral("locked");
    case Kind::ReadOnly:
        return QStringLiteral("read_only");
    case Kind::Corrupt:
        return QStringLiteral("corrupt");
    case Kind::Full:
        return QStringLiteral("full");
    case Kind::TooNew:
        return QStringLiteral("too_new");
    case Kind::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

StoreError::Kind StoreError::kindOfSqlite(int code)
{
    switch (code & 0xff) {
    case SQLITE_OK:
        return Kind::None;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Kind::Locked;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Kind::ReadOnly;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Kind::Corrupt;
    case SQLITE_FULL:
        return Kind::Full;
    case SQLITE_CANTOPEN:
        return Kind::CannotOpen;
    default:
        return Kind::Other;
    }
}

QString StoreError::advice(Kind kind, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Locked:
        return tr("The history file %1 is locked by another program (another Bilby or a bilby-cli collect writing "
                  "to it?). Close that program, or use another file.")
            .arg(file);
    case Kind::ReadOnly:
        return tr("The history file %1 cannot be written: check the permissions of the file and its folder, or use "
                  "another file.")
            .arg(file);
    case Kind::Corrupt:
        return tr("The history file %1 is damaged and nothing is read from it; Bilby and bilby-cli collect set such "
                  "a file aside under a dated name and start a new one when they next open it.")
            .arg(file);
    case Kind::Full:
        return tr("The disk holding %1 is full (or the file reached its size limit). Free some space; Bilby retries "
                  "by itself.")
            .arg(file);
    case Kind::CannotOpen:
        return tr("The history file %1 cannot be created or opened: check that its folder exists and is writable.")
            .arg(file);
    case Kind::TooNew:
        return tr("The history file %1 was written by a newer version of Bilby. Update Bilby, or use another file.")
            .arg(file);
    case Kind::Other:
        break;
    }
    return tr("The history file %1 cannot be used; the technical details are in the log.").arg(file);
}

QString SetAsideFile::message() const
{
    const QString file = QDir::toNativeSeparators(path);
    const QString old = QDir::toNativeSeparators(movedTo);
    return tr("The history file %1 was damaged; it was set aside as %2 and a new one was started.").arg(file, old);
}

} // namespace bilby
