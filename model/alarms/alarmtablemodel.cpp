#include "alarms/alarmtablemodel.h"

#include <QDateTime>

#include <algorithm>

namespace bilby {

namespace {

bool sameAlarm(const Alarm &a, const Alarm &b)
{
    return a.node == b.node && a.alarmId == b.alarmId && a.resource == b.resource && a.raisedMs == b.raisedMs;
}

QString timeText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

} // namespace

AlarmTableModel::AlarmTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int AlarmTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlarmTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlarmTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alarm &alarm = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn:
            // Shown but not counted: say why.
            if (alarm.isActive() && alarm.silenceId > 0)
                return tr("%1, silenced").arg(Alarm::stateTitle(alarm.state));
            if (alarm.isActive() && alarm.stale)
                return tr("%1, stale").arg(Alarm::stateTitle(alarm.state));
            return Alarm::stateTitle(alarm.state);
        case SeverityColumn:
            return Alarm::severityTitle(alarm.severity);
        case RaisedColumn:
            return timeText(alarm.raisedMs);
        case NodeColumn:
            return alarm.node;
        case AlarmIdColumn:
            return alarm.resource.isEmpty() ? alarm.alarmId : tr("%1 (%2)").arg(alarm.alarmId, alarm.resource);
        case InfoColumn:
            return alarm.info.section(QLatin1Char('\n'), 0, 0); // one line in the table, all of it in the details
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && alarm.isActive() && alarm.silenceId > 0)
            return tr("Silenced: shown, but counted by neither the tray nor check.");
        if (index.column() == StateColumn && alarm.isActive() && alarm.stale)
            return tr("Stale: the node is down, or the alarm was not seen again since it came back. Not counted.");
        return index.column() == InfoColumn ? alarm.info : QVariant();
    case CountedRole:
        return alarm.isCounted();
    case AlarmRole:
        return QVariant::fromValue(alarm);
    case SerialRole:
        return alarm.serial;
    case SeverityRole:
        return int(alarm.severity);
    case StateRole:
        return int(alarm.state);
    case ActiveRole:
        return alarm.isActive();
    case RaisedMsRole:
        return alarm.raisedMs;
    }
    return {};
}

QVariant AlarmTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case SeverityColumn:
        return tr("Severity");
    case RaisedColumn:
        return tr("Raised");
    case NodeColumn:
        return tr("Node");
    case AlarmIdColumn:
        return tr("Alarm");
    case InfoColumn:
        return tr("Information");
    }
    return {};
}

bool AlarmTableModel::sortsBefore(const Alarm &a, const Alarm &b)
{
    if (a.isActive() != b.isActive())
        return a.isActive();
    if (a.raisedMs != b.raisedMs)
        return a.raisedMs > b.raisedMs;
    return a.serial > b.serial;
}

void AlarmTableModel::setAlarms(const QVector<Alarm> &alarms)
{
    beginResetModel();
    m_rows = alarms;
    std::stable_sort(m_rows.begin(), m_rows.end(), &AlarmTableModel::sortsBefore);
    endResetModel();
}

void AlarmTableModel::mergeStored(const QVector<Alarm> &stored)
{
    for (const Alarm &alarm : stored) {
        if (rowOfStored(alarm) >= 0)
            continue;
        Alarm row = alarm;
        row.serial = 0;
        const int at = insertionRow(row);
        beginInsertRows({}, at, at);
        m_rows.insert(at, row);
        endInsertRows();
    }
}

void AlarmTableModel::removeStored()
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).serial != 0)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.remove(row);
        endRemoveRows();
    }
}

void AlarmTableModel::updateAlarm(const Alarm &alarm)
{
    int row = rowOfSerial(alarm.serial);
    if (row < 0)
        row = rowOfStored(alarm); // its history row, read while the first save was under way
    if (row < 0) {
        const int at = insertionRow(alarm);
        beginInsertRows({}, at, at);
        m_rows.insert(at, alarm);
        endInsertRows();
        return;
    }
    // A move rather than a removal and an insertion: the view keeps the row selected.
    QVector<Alarm> others = m_rows;
    others.remove(row);
    const int at =
        int(std::upper_bound(others.begin(), others.end(), alarm, &AlarmTableModel::sortsBefore) - others.begin());
    m_rows[row] = alarm;
    if (at != row) {
        beginMoveRows({}, row, row, {}, at > row ? at + 1 : at);
        m_rows.move(row, at);
        endMoveRows();
    }
    emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
}

int AlarmTableModel::insertionRow(const Alarm &alarm) const
{
    return int(std::upper_bound(m_rows.begin(), m_rows.end(), alarm, &AlarmTableModel::sortsBefore) - m_rows.begin());
}

int AlarmTableModel::rowOfSerial(qint64 serial) const
{
    if (serial == 0)
        return -1;
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [serial](const Alarm &a) { return a.serial == serial; });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

int AlarmTableModel::rowOfStored(const Alarm &alarm) const
{
    const auto it =
        std::find_if(m_rows.begin(), m_rows.end(), [&alarm](const Alarm &a) { return sameAlarm(a, alarm); });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

} // namespace bilby
