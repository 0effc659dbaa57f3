#pragma once

#include <QString>

struct sqlite3;

namespace bilby {

/**
 * @brief The history file's tables and their migrations, shared by MetricDb and EventDb (one file).
 *
 * Several programs may open one new file at once (two consoles, a console and bilby-cli collect):
 * migrate() takes the write lock first and reads the version under it, so exactly one of them creates
 * the tables and the others find them made.
 */
class MetricSchema
{
public:
    /// The schema this build writes; older files are migrated on open, newer ones refused.
    static constexpr int Version = 3;

    struct Result
    {
        bool ok = true;
        int code = 0;       ///< SQLite's result code on failure
        QString detail;     ///< what SQLite said, for the log
        bool noFts = false; ///< the SQLite library lacks FTS5, which the timeline needs
    };

    /// The schema version stored in the file; -1 with @p result set when it cannot be read.
    static int version(sqlite3 *db, Result *result = nullptr);
    /// Puts the file in WAL mode (if it is not already), retrying for @p timeoutMs while another program
    /// holds it: SQLite refuses this change at once, without its busy handler, when the file is in use.
    static Result useWal(sqlite3 *db, int timeoutMs);
    /// Brings the file on @p db to Version in one transaction (a crash leaves the old version intact),
    /// waiting for the write lock as long as the connection's busy timeout.
    static Result migrate(sqlite3 *db);
    /// Creates an empty database at an old schema version (for migration tests).
    static bool createAtVersion(const QString &path, int version, QString *error = nullptr);
};

} // namespace bilby
