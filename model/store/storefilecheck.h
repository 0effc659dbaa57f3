#pragma once

#include "store/storeerror.h"

#include <QDateTime>
#include <QString>

struct sqlite3;

namespace bilby {

/**
 * @brief Looks at a history file before it is used, and sets a damaged one aside.
 *
 * Damage is only what SQLite reports as damage (its check finds a fault, SQLITE_CORRUPT, SQLITE_NOTADB)
 * or a SQLite database that holds other data than Bilby's: a lock, a full disk or a permission is never
 * taken for damage, so a busy file is never moved. Setting aside is a rename beside the file, never a
 * delete, and only while no other program has the file open (that program would go on writing into the
 * renamed file, and on closing would remove the new file's write-ahead log).
 */
class StoreFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(bilby::StoreFileCheck)
public:
    /// PRAGMA quick_check at open (reads every page once); integrity_check after damage met while running.
    enum class Depth { Quick, Full };

    struct Verdict
    {
        enum class State {
            Healthy, ///< or empty, or missing; also a newer schema (refused later, never moved)
            Damaged,
            Foreign,
            Failed, ///< the check itself could not run (locked, unreadable): nothing is known
        };
        State state = State::Healthy;
        int code = 0;   ///< SQLite's result code when it failed
        QString detail; ///< what SQLite said, for the log

        bool isDamage() const { return state == State::Damaged || state == State::Foreign; }
    };

    /// Checks the database open on @p db.
    static Verdict inspect(sqlite3 *db, Depth depth);
    /// The same on a read-only connection of its own; a missing file is Healthy.
    static Verdict inspect(const QString &path, Depth depth);
    /// The error of a reader that found damage (@p verdict) and leaves the file as it is.
    static StoreError damageError(const Verdict &verdict, const QString &path);

    struct SetAsideResult
    {
        enum class Outcome {
            Moved,   ///< file is where the old one went; a new one can be started at the path
            Healthy, ///< looked at again, the file is fine (another program may have replaced it already)
            Failed,  ///< error says why (in use elsewhere, cannot be renamed, cannot be checked)
        };
        Outcome outcome = Outcome::Failed;
        SetAsideFile file;
        StoreError error;
    };
    /**
     * Looks at @p path again and, if it is damaged, renames it (and its -wal and -shm) to setAsideName().
     * Programs doing this at once are serialized by a lock file beside it (path + ".lock"), and the look
     * under the lock sees what the first one did. The caller has closed its own connections to the file.
     */
    static SetAsideResult setAside(const QString &path, Depth depth);
    /// history.sqlite -> history.damaged-2026-12-07T091500.sqlite, beside it; -2, -3... if that is taken.
    static QString setAsideName(const QString &path, const QDateTime &when);
    /// Whether another process holds one of SQLite's locks on @p path or its -shm (has the file open).
    static bool openElsewhere(const QString &path);
};

} // namespace bilby
