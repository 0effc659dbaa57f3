#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace bilby {

/**
 * @brief A prepared SQLite statement for the store's own code (MetricDb, EventDb): finalized, or reset
 * when borrowed from a cache, when it goes out of scope.
 */
class SqlStatement
{
public:
    SqlStatement(sqlite3 *db, const char *sql);
    /// Borrows a cached statement: resets it when done instead of finalizing it.
    explicit SqlStatement(sqlite3_stmt *cached);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    bool ok() const { return stmt != nullptr; }
    void bind(int i, qint64 v);
    void bind(int i, const QString &s);
    void bind(int i, const QByteArray &blob);
    int step();
    /// Back to the first row, bindings kept.
    void reset();
    qint64 integer(int col) const;
    QString text(int col) const;
    QByteArray blob(int col) const;

    sqlite3_stmt *stmt = nullptr;

private:
    bool m_owned = true;
};

} // namespace bilby
