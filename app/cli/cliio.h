#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QTextStream>
#include <QVector>

namespace bilby {

/// Standard output and error of bilby-cli, as Qt streams (UTF-8).
QTextStream &cliOut();
QTextStream &cliErr();
/// One compact JSON document on a line of its own.
void printJson(const QJsonObject &object);
/// "bilby-cli: <message>" on stderr.
void cliError(const QString &message);

/**
 * @brief A table for people: a header line, then the rows, each column as wide as its widest cell.
 *
 * Numbers are right-aligned in the columns marked so; the last column is never padded (it holds the
 * long text: a label, a row, a description).
 */
class CliTable
{
public:
    explicit CliTable(QStringList header, QVector<bool> rightAligned = {});
    void addRow(const QStringList &cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    /// To cliOut(), flushed.
    void print() const;

private:
    QStringList m_header;
    QVector<bool> m_right;
    QVector<QStringList> m_rows;
};

} // namespace bilby
