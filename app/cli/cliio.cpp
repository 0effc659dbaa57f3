#include "cliio.h"

#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace bilby {

QTextStream &cliOut()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &cliErr()
{
    static QTextStream stream(stderr);
    return stream;
}

void printJson(const QJsonObject &object)
{
    cliOut() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

void cliError(const QString &message)
{
    cliErr() << "bilby-cli: " << message << Qt::endl;
}

CliTable::CliTable(QStringList header, QVector<bool> rightAligned)
    : m_header(std::move(header))
    , m_right(std::move(rightAligned))
{
    m_right.resize(m_header.size());
}

void CliTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

void CliTable::print() const
{
    QVector<int> widths(m_header.size());
    for (int c = 0; c < m_header.size(); ++c)
        widths[c] = int(m_header.at(c).size());
    for (const QStringList &row : m_rows) {
        for (int c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], int(row.at(c).size()));
    }
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (int c = 0; c < m_header.size(); ++c) {
            const QString cell = cells.value(c);
            const bool last = c == m_header.size() - 1;
            if (c > 0)
                text += QStringLiteral("  ");
            if (m_right.at(c))
                text += cell.rightJustified(widths.at(c));
            else
                text += last ? cell : cell.leftJustified(widths.at(c));
        }
        cliOut() << text << '\n';
    };
    line(m_header);
    for (const QStringList &row : m_rows)
        line(row);
    cliOut().flush();
}

} // namespace bilby
