#pragma once

#include "tools/etsdata.h"

#include <QAbstractTableModel>
#include <QVector>

#include <optional>

namespace bilby {

/**
 * @brief Every ETS table of a node (the agent's `ets_tables` reply) as table rows.
 *
 * Raw values travel in SortRole (numbers as qint64) so that a QSortFilterProxyModel sorts sizes and
 * memory as numbers; display roles format them.
 */
class EtsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        NameColumn,
        TypeColumn,
        SizeColumn,
        MemoryColumn,
        OwnerColumn,
        ProtectionColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value (qint64 or QString)
        IdTextRole,                  ///< QString: the row's EtsTableInfo::idText, whatever the column
    };

    explicit EtsTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setTables(const QVector<EtsTableInfo> &tables);
    const EtsTableInfo &tableAt(int row) const { return m_tables.at(row); }
    /// The row of the table with @p idText, -1 when there is none.
    int rowOfId(const QString &idText) const;

    /// The tables of EtsTableList::fromTerm (kept for the command line's callers).
    static std::optional<QVector<EtsTableInfo>> fromTerm(const Term &reply, qint64 *total = nullptr);

private:
    QVector<EtsTableInfo> m_tables;
};

} // namespace bilby
