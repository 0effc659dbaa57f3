#include "tools/etstablemodel.h"

#include "tools/processtop.h"

#include <QLocale>

namespace bilby {

EtsTableModel::EtsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int EtsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tables.size());
}

int EtsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EtsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EtsTableInfo &t = m_tables.at(index.row());
    if (role == IdTextRole)
        return t.idText;
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == SizeColumn || index.column() == MemoryColumn;
        return QVariant::fromValue(
            Qt::Alignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
    }
    if (role == SortRole) {
        if (index.column() == SizeColumn)
            return t.size;
        if (index.column() == MemoryColumn)
            return t.memory;
        role = Qt::DisplayRole; // text columns sort by their text
    }
    if (role == Qt::ToolTipRole && index.column() == OwnerColumn)
        return tr("Double-click to inspect the owner");
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case IdColumn:
        return t.idText;
    case NameColumn:
        return t.name;
    case TypeColumn:
        return t.type;
    case SizeColumn:
        return locale.toString(t.size);
    case MemoryColumn:
        return locale.formattedDataSize(t.memory, 1, QLocale::DataSizeTraditionalFormat);
    case OwnerColumn:
        return t.ownerLabel.isEmpty() ? t.ownerText : t.ownerText + QStringLiteral("  ") + t.ownerLabel;
    case ProtectionColumn:
        return t.protection;
    }
    return {};
}

QVariant EtsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case MemoryColumn:
        return tr("Memory");
    case OwnerColumn:
        return tr("Owner");
    case ProtectionColumn:
        return tr("Protection");
    }
    return {};
}

void EtsTableModel::setTables(const QVector<EtsTableInfo> &tables)
{
    // Tables come and go between two refreshes: a reset is simplest, and the page reselects by id.
    beginResetModel();
    m_tables = tables;
    endResetModel();
}

int EtsTableModel::rowOfId(const QString &idText) const
{
    for (int i = 0; i < m_tables.size(); ++i) {
        if (m_tables.at(i).idText == idText)
            return i;
    }
    return -1;
}

std::optional<QVector<EtsTableInfo>> EtsTableModel::fromTerm(const Term &reply, qint64 *total)
{
    const auto list = EtsTableList::fromTerm(reply);
    if (!list)
        return std::nullopt;
    if (total)
        *total = list->total;
    return list->tables;
}

} // namespace bilby
