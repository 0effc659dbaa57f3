#pragma once

#include "tools/portlist.h"

#include <QAbstractTableModel>

namespace bilby {

/**
 * @brief A node's ports and sockets (PortList) as table rows, in the node's order (by bytes moved).
 *
 * Raw values travel in SortRole (numbers as qint64) so that a QSortFilterProxyModel sorts bytes and OS
 * pids as numbers; FilterRole holds the text columns only (id, type, name, owner, addresses), so a filter
 * never matches digits of a byte count. A new list updates the rows in place, as the process list does.
 */
class PortTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        TypeColumn,
        NameColumn,
        OwnerColumn,
        InputColumn,
        OutputColumn,
        LocalColumn,
        PeerColumn,
        OsPidColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value (qint64 or QString)
        FilterRole,                  ///< QString: the cell's text for text columns, empty for numbers
        IdTextRole,                  ///< QString: the row's id text, whatever the column
        OwnerTextRole,               ///< QString: the row's owner pid text (<0.85.0>), whatever the column
    };

    explicit PortTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Shows @p list: rows removed or added at the end, one dataChanged per range of changed rows.
    void setList(const PortList &list);
    const PortList &list() const { return m_list; }
    const PortList::Row &rowAt(int row) const { return m_list.rows.at(row); }
    /// The row of the port or socket with @p idText, -1 when it is not listed.
    int rowOfId(const QString &idText) const;

private:
    PortList m_list;
};

} // namespace bilby
