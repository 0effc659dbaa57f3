#include "store/sqlstatement.h"

#include <sqlite3.h>

namespace bilby {

SqlStatement::SqlStatement(sqlite3 *db, const char *sql)
{
    sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
}

SqlStatement::SqlStatement(sqlite3_stmt *cached)
    : stmt(cached)
    , m_owned(false)
{}

SqlStatement::~SqlStatement()
{
    if (m_owned) {
        sqlite3_finalize(stmt);
    } else {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
    }
}

void SqlStatement::bind(int i, qint64 v)
{
    sqlite3_bind_int64(stmt, i, v);
}

void SqlStatement::bind(int i, const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    sqlite3_bind_text(stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqlStatement::bind(int i, const QByteArray &blob)
{
    sqlite3_bind_blob(stmt, i, blob.constData(), int(blob.size()), SQLITE_STATIC);
}

int SqlStatement::step()
{
    return sqlite3_step(stmt);
}

void SqlStatement::reset()
{
    sqlite3_reset(stmt);
}

qint64 SqlStatement::integer(int col) const
{
    return sqlite3_column_int64(stmt, col);
}

QString SqlStatement::text(int col) const
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, col)),
                             sqlite3_column_bytes(stmt, col));
}

QByteArray SqlStatement::blob(int col) const
{
    return {static_cast<const char *>(sqlite3_column_blob(stmt, col)), sqlite3_column_bytes(stmt, col)};
}

} // namespace bilby
