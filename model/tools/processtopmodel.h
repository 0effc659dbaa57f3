#pragma once

#include "tools/processtop.h"

#include <QAbstractTableModel>

namespace bilby {

/**
 * @brief The process manager's top list (ProcessTop) as table rows, in the node's order.
 *
 * Each refresh replaces the rows in place: rows are added or removed at the end and the rest change
 * with one dataChanged, so a view keeps its scroll position (selection is the page's business: rows
 * move, pids stay). Raw numbers travel in ValueRole; display roles format them. The reductions column
 * shows the reductions since the previous refresh when the list is sorted by reductions.
 */
class ProcessTopModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PidColumn,
        NameColumn,
        MemoryColumn,
        MessageQueueColumn,
        ReductionsColumn,
        CurrentFunctionColumn,
        InitialCallColumn,
        ColumnCount
    };
    enum Role {
        PidTextRole = Qt::UserRole + 1, ///< QString: <0.85.0>
        ValueRole,                      ///< the raw value: qint64 for numbers, QString otherwise
    };

    explicit ProcessTopModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces every row with @p top's.
    void setTop(const ProcessTop &top);
    const ProcessTop &top() const { return m_top; }
    const ProcessTop::Row &rowAt(int row) const { return m_top.rows.at(row); }
    /// The row of the process @p pidText, -1 when it is not in the list.
    int rowOfPid(const QString &pidText) const;

private:
    /// The reductions column counts since the previous refresh (not since each process started).
    bool showsDelta() const;

    ProcessTop m_top;
};

} // namespace bilby
