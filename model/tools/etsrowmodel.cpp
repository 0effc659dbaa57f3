#include "tools/etsrowmodel.h"

#include <QLocale>

namespace bilby {

EtsRowModel::EtsRowModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int EtsRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EtsRowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EtsRowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == BytesColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case KeyColumn:
        return row.key;
    case RowColumn:
        // The tooltip shows the whole (cut) row; the cell only its start.
        return role == Qt::ToolTipRole ? row.text : row.text.left(500);
    case BytesColumn:
        return QLocale().toString(row.bytes);
    }
    return {};
}

QVariant EtsRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case RowColumn:
        return tr("Row");
    case BytesColumn:
        return tr("Bytes");
    }
    return {};
}

void EtsRowModel::setRows(const QVector<EtsRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void EtsRowModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

} // namespace bilby
