#pragma once

#include "metrics/metricsample.h"
#include "metrics/seriespoint.h"
#include "store/metricschema.h"
#include "store/metricstore.h"
#include "store/metricwriter.h"
#include "store/sqlstatement.h"
#include "store/storeerror.h"
#include "store/storefilecheck.h"

#include <QString>

struct sqlite3;

namespace bilby {

/**
 * @brief The metric database itself: synchronous, for one thread (the store's writer or reader, or the CLI).
 *
 * Points are kept in three tiers: raw (every sample), history (one bucket per history step, 1 min by
 * default, with mean, lowest and highest) and rollup (one bucket per hour, with the last value and the
 * count as well). Each tier stores runs of points ("chunks") packed by PointCodec, one row per run, so
 * a year of one metric is a few hundred rows and a range query reads a handful of them. The newest run
 * of each series and tier, and the bucket being filled, are kept in memory and rewritten by flush();
 * a crash loses what arrived since the last flush and nothing else.
 *
 * Times are the samples' own: nothing here reads a clock except query() when its nowMs is 0, so tests
 * drive retention and rollups with made-up times.
 */
class MetricDb
{
    Q_DECLARE_TR_FUNCTIONS(bilby::MetricDb)
public:
    enum class Mode { ReadWrite, ReadOnly };
    /// What open() does with a file that SQLite's check finds damaged (or that holds other data).
    enum class OnDamage {
        Report,   ///< refuses it with a Corrupt error and leaves it as it is (readers, bilby-cli's --db)
        SetAside, ///< renames it beside itself under a dated name and starts a new one (the file's writer)
        Ignore,   ///< no check (a second connection to a file its writer has just checked)
    };
    /// The schema this build writes; older files are migrated on open, newer ones refused.
    static constexpr int SchemaVersion = MetricSchema::Version;

    MetricDb();
    ~MetricDb();
    MetricDb(const MetricDb &) = delete;
    MetricDb &operator=(const MetricDb &) = delete;

    /// Opens or creates (ReadWrite) the database at @p path, first running PRAGMA quick_check on it
    /// (unless OnDamage::Ignore). false with error() set on failure.
    bool open(const QString &path, const StoreOptions &options = {}, Mode mode = Mode::ReadWrite,
              OnDamage onDamage = OnDamage::Report);
    void close();
    /// After damageSeen() while running: looks at the file again (integrity_check) under the same lock
    /// as open() and, when it is damaged, sets it aside and starts a new one at the same path; what was
    /// not written yet goes to the new file. A file found healthy is opened again as it is. false with
    /// error() set (and the database closed) when neither works, e.g. another program has the file open.
    bool replaceDamagedFile();
    /// The file that the last open() or replaceDamagedFile() set aside; invalid when none.
    SetAsideFile setAsideFile() const { return m_setAside; }
    /// SQLite reported damage (SQLITE_CORRUPT, SQLITE_NOTADB) since the file was opened.
    bool damageSeen() const { return m_damageSeen; }
    bool isOpen() const { return m_db != nullptr; }
    StoreError error() const { return m_error; }
    QString path() const { return m_path; }
    StoreOptions options() const { return m_options; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    /// The connection, for EventDb, which keeps notifications and alarms in the same file.
    sqlite3 *handle() const { return m_db; }
    /// Turns the connection's last SQLite error into error() (what the user can do about it) and returns it.
    StoreError sqliteError(const char *what);
    int schemaVersion();

    /// Adds a sample of each value; points older than the series' newest are dropped (the clock went back).
    void append(const QString &node, const MetricSample &sample);
    void append(const QString &node, const QString &metric, qint64 timeMs, double value, int intervalMs);
    /// Writes what is pending in one transaction. On failure nothing is lost from memory: the next
    /// flush tries again (what waits is bounded; the oldest runs go first).
    bool flush();
    /// Points appended and not yet flushed.
    qint64 pendingPoints() const { return m_writer.pendingPoints(); }
    /// Points dropped so far: out of order, or beyond the bound while the database failed.
    qint64 droppedPoints() const { return m_writer.droppedPoints(); }
    /// Deletes the runs that lie wholly before each tier's retention, counted back from @p nowMs, and
    /// the notifications beyond their retention (EventDb::applyRetention).
    bool applyRetention(qint64 nowMs);

    SeriesResult query(const SeriesQuery &query);
    QList<SeriesKey> listSeries();
    /// PRAGMA integrity_check; @p detail gets the first problem.
    bool integrityCheck(QString *detail = nullptr);

    /// The nominal point spacing of a tier, for a series sampled every @p intervalMs.
    static qint64 stepMs(Resolution resolution, const StoreOptions &options, int intervalMs);
    /// Creates an empty database at an old schema version (for migration tests).
    static bool createAtVersion(const QString &path, int version, QString *error = nullptr);

private:
    bool connect();
    bool openConnection(StoreFileCheck::Depth depth);
    /// Closes the connection only: what waits to be written stays.
    void closeConnection();
    bool exec(const char *sql);
    bool useWal();
    bool migrate();
    void fail(const char *what);
    void failWith(int code, const QString &detail, const char *what);

    sqlite3 *m_db = nullptr;
    QString m_path;
    StoreOptions m_options;
    StoreError m_error;
    Mode m_mode = Mode::ReadWrite;
    OnDamage m_onDamage = OnDamage::Report;
    SetAsideFile m_setAside;
    bool m_damageSeen = false;
    QString m_lastLogged; ///< the last failure written to the log, not repeated
    MetricWriter m_writer;
};

} // namespace bilby
