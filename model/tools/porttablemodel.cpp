#include "tools/porttablemodel.h"

#include <QLocale>

#include <utility>

namespace bilby {

namespace {

bool sameRow(const PortList::Row &a, const PortList::Row &b)
{
    return a.idText == b.idText && a.name == b.name && a.type == b.type && a.ownerText == b.ownerText &&
           a.ownerLabel == b.ownerLabel && a.own == b.own && a.input == b.input && a.output == b.output &&
           a.osPid == b.osPid && a.local == b.local && a.peer == b.peer;
}

bool isNumberColumn(int column)
{
    return column == PortTableModel::InputColumn || column == PortTableModel::OutputColumn ||
           column == PortTableModel::OsPidColumn;
}

} // namespace

PortTableModel::PortTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int PortTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.rows.size());
}

int PortTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PortTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PortList::Row &r = m_list.rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case IdTextRole:
        return r.idText;
    case OwnerTextRole:
        return r.ownerText;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(isNumberColumn(column) ? Qt::AlignRight | Qt::AlignVCenter
                                                                        : Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        if (column == OwnerColumn && !r.ownerText.isEmpty())
            return tr("Double-click to inspect the owner");
        if (column == InputColumn || column == OutputColumn)
            return tr("%1 bytes").arg(QLocale().toString(column == InputColumn ? r.input : r.output));
        return {};
    case FilterRole:
        if (isNumberColumn(column))
            return QString();
        role = Qt::DisplayRole;
        break;
    case SortRole:
        if (column == InputColumn)
            return r.input;
        if (column == OutputColumn)
            return r.output;
        if (column == OsPidColumn)
            return r.osPid;
        role = Qt::DisplayRole; // text columns sort by their text
        break;
    default:
        break;
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (column) {
    case IdColumn:
        return r.idText;
    case TypeColumn:
        return r.type;
    case NameColumn:
        return r.name;
    case OwnerColumn:
        if (r.own)
            return tr("%1  Bilby's connection").arg(r.ownerText);
        return r.ownerLabel.isEmpty() ? r.ownerText : r.ownerText + QStringLiteral("  ") + r.ownerLabel;
    case InputColumn:
        return locale.formattedDataSize(r.input, 1, QLocale::DataSizeTraditionalFormat);
    case OutputColumn:
        return locale.formattedDataSize(r.output, 1, QLocale::DataSizeTraditionalFormat);
    case LocalColumn:
        return r.local;
    case PeerColumn:
        return r.peer;
    case OsPidColumn:
        return r.osPid >= 0 ? QString::number(r.osPid) : QString();
    }
    return {};
}

QVariant PortTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case TypeColumn:
        return tr("Type");
    case NameColumn:
        return tr("Name");
    case OwnerColumn:
        return tr("Owner");
    case InputColumn:
        return tr("Bytes in");
    case OutputColumn:
        return tr("Bytes out");
    case LocalColumn:
        return tr("Local address");
    case PeerColumn:
        return tr("Peer address");
    case OsPidColumn:
        return tr("OS pid");
    }
    return {};
}

void PortTableModel::setList(const PortList &list)
{
    const int before = int(m_list.rows.size());
    const int after = int(list.rows.size());
    // Rows in place (the node's rank): removed or added at the end, the rest compared row by row.
    if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_list.rows.resize(after);
        endRemoveRows();
    }
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_list.rows.append(list.rows.mid(before));
        endInsertRows();
    }
    const PortList old = std::exchange(m_list, list);
    int first = -1;
    const int common = qMin(before, after);
    for (int row = 0; row <= common; ++row) {
        const bool changed = row < common && !sameRow(old.rows.at(row), m_list.rows.at(row));
        if (changed && first < 0)
            first = row;
        if (!changed && first >= 0) {
            emit dataChanged(index(first, 0), index(row - 1, ColumnCount - 1));
            first = -1;
        }
    }
}

int PortTableModel::rowOfId(const QString &idText) const
{
    for (int i = 0; i < m_list.rows.size(); ++i) {
        if (m_list.rows.at(i).idText == idText)
            return i;
    }
    return -1;
}

} // namespace bilby
