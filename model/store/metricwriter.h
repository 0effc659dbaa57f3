#pragma once

#include "store/metricstore.h"

#include <QHash>
#include <QString>

#include <deque>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace bilby {

/**
 * @brief MetricDb's write side: the open run and the bucket being filled of every series and tier, the
 * closed runs waiting to be written, and writing them inside the caller's transaction.
 */
class MetricWriter
{
public:
    MetricWriter();
    ~MetricWriter();
    MetricWriter(const MetricWriter &) = delete;
    MetricWriter &operator=(const MetricWriter &) = delete;

    /// Writes to @p db from now on (nullptr: none, and the cached statement goes).
    void attach(sqlite3 *db);
    void setOptions(const StoreOptions &options) { m_options = options; }
    /// Forgets every series and what waits (the dropped count stays).
    void clear();
    /// After the file was replaced by a new one: every series is new there, and nothing on disk continues.
    void restartInNewFile();

    void append(const QString &node, const QString &metric, qint64 timeMs, double value, int intervalMs);
    /// Writes what is pending; the caller holds the transaction. false on a SQLite failure.
    bool write();
    /// The transaction write() ran in was committed: what it wrote no longer waits.
    void committed();
    /// The transaction was rolled back: the series ids it created are gone with it.
    void rolledBack();

    qint64 pendingPoints() const { return m_pendingPoints; }
    qint64 droppedPoints() const { return m_droppedPoints; }

private:
    struct Series;
    struct Sealed;
    Series &series(const QString &node, const QString &metric, int intervalMs);
    bool ensureId(Series &s);
    void loadTail(Series &s);
    void addRow(Series &s, int tier, qint64 timeMs, const double *values);
    void seal(Series &s, int tier);
    bool writeChunk(qint64 seriesId, int tier, qint64 t0, const QByteArray &blob, qint64 t1, int rows);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_upsert = nullptr; ///< prepared once: it runs for every run of every flush
    StoreOptions m_options;
    QHash<SeriesKey, std::shared_ptr<Series>> m_series;
    std::deque<Sealed> m_sealed;
    std::vector<Series *> m_fresh; ///< the series that got their id in the running transaction
    qint64 m_sealedPoints = 0;
    qint64 m_pendingPoints = 0;
    qint64 m_droppedPoints = 0;
};

} // namespace bilby
