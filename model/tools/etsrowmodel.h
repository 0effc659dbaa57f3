#pragma once

#include "tools/etsdata.h"

#include <QAbstractTableModel>
#include <QVector>

namespace bilby {

/**
 * @brief Rows of one ETS table (a page, or the rows of a lookup) as the agent rendered them on the node:
 * the key, the whole row cut at 4 KB, and the row's full size. Table contents are sensitive.
 */
class EtsRowModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, RowColumn, BytesColumn, ColumnCount };

    using Row = EtsRow;

    explicit EtsRowModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces the rows with those of a page or a lookup.
    void setRows(const QVector<EtsRow> &rows);
    void clear();
    const Row &rowAt(int row) const { return m_rows.at(row); }

private:
    QVector<Row> m_rows;
};

} // namespace bilby
