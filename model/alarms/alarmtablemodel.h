#pragma once

#include "alarms/alarm.h"

#include <QAbstractTableModel>
#include <QVector>

namespace bilby {

/**
 * @brief Alarms as table rows: active ones first, then the newest raised first.
 *
 * Rows come from the engine of this run (with a serial, so the user can act on them) and from the
 * store's history of earlier runs (serial 0, shown only). The same alarm from both sources is one row:
 * rows are matched by serial, then by node, alarm id, resource and raise time. Raw values travel in
 * custom roles (views draw icons from SeverityRole: this library has no QtGui).
 */
class AlarmTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StateColumn, SeverityColumn, RaisedColumn, NodeColumn, AlarmIdColumn, InfoColumn, ColumnCount };
    enum Role {
        AlarmRole = Qt::UserRole + 1, ///< the whole Alarm
        SerialRole,                   ///< qint64; 0 for alarms of earlier runs
        SeverityRole,                 ///< int(Alarm::Severity)
        StateRole,                    ///< int(Alarm::State)
        ActiveRole,                   ///< bool
        RaisedMsRole,                 ///< qint64
        CountedRole,                  ///< bool: active, neither stale nor silenced (Alarm::isCounted)
    };

    explicit AlarmTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces every row.
    void setAlarms(const QVector<Alarm> &alarms);
    /// Adds alarms of earlier runs (from the store) that no row holds yet; rows of this run are kept.
    void mergeStored(const QVector<Alarm> &stored);
    /// Inserts @p alarm or updates its row (found by serial), moving it where its state now sorts.
    void updateAlarm(const Alarm &alarm);
    /// Drops the rows of earlier runs.
    void removeStored();

    const Alarm &alarmAt(int row) const { return m_rows.at(row); }
    /// The row of the alarm with @p serial, -1 when there is none.
    int rowOfSerial(qint64 serial) const;

    /// Active first, then newest raised first (by serial at equal times: the order they were raised).
    static bool sortsBefore(const Alarm &a, const Alarm &b);

private:
    int insertionRow(const Alarm &alarm) const;
    int rowOfStored(const Alarm &alarm) const;

    QVector<Alarm> m_rows;
};

} // namespace bilby
