#include "tools/processtopmodel.h"

#include <QLocale>

namespace bilby {

ProcessTopModel::ProcessTopModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ProcessTopModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_top.rows.size());
}

int ProcessTopModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ProcessTopModel::showsDelta() const
{
    return m_top.sort == ProcessTop::Sort::Reductions && m_top.intervalMs >= 0;
}

QVariant ProcessTopModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProcessTop::Row &row = m_top.rows.at(index.row());
    const qint64 reductions = showsDelta() && row.reductionsDelta >= 0 ? row.reductionsDelta : row.reductions;
    if (role == PidTextRole)
        return row.pidText;
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() >= MemoryColumn && index.column() <= ReductionsColumn;
        return QVariant::fromValue(
            Qt::Alignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
    }
    if (role == ValueRole) {
        switch (index.column()) {
        case PidColumn:
            return row.pidText;
        case NameColumn:
            return row.name;
        case MemoryColumn:
            return row.memory;
        case MessageQueueColumn:
            return row.messageQueueLen;
        case ReductionsColumn:
            return reductions;
        case CurrentFunctionColumn:
            return row.currentFunction;
        case InitialCallColumn:
            return row.initialCall;
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case PidColumn:
        return row.pidText;
    case NameColumn:
        return row.name;
    case MemoryColumn:
        return role == Qt::ToolTipRole ? tr("%1 bytes").arg(locale.toString(row.memory))
                                       : locale.formattedDataSize(row.memory, 1, QLocale::DataSizeTraditionalFormat);
    case MessageQueueColumn:
        return locale.toString(row.messageQueueLen);
    case ReductionsColumn:
        if (role == Qt::ToolTipRole && showsDelta())
            return tr("%1 since the previous refresh, %2 since the process started")
                .arg(locale.toString(reductions), locale.toString(row.reductions));
        return locale.toString(reductions);
    case CurrentFunctionColumn:
        return row.currentFunction;
    case InitialCallColumn:
        return row.initialCall;
    }
    return {};
}

QVariant ProcessTopModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == NameColumn)
        return tr("The registered name, else the best label the node has: a proc_lib label, a name the "
                  "application keeps (RabbitMQ's queues), a supervisor's child id");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PidColumn:
        return tr("Pid");
    case NameColumn:
        return tr("Name");
    case MemoryColumn:
        return tr("Memory");
    case MessageQueueColumn:
        return tr("Message queue");
    case ReductionsColumn:
        return showsDelta() ? tr("Reductions in %1 s").arg(double(m_top.intervalMs) / 1000.0, 0, 'f', 1)
                            : tr("Reductions");
    case CurrentFunctionColumn:
        return tr("Current function");
    case InitialCallColumn:
        return tr("Initial call");
    }
    return {};
}

void ProcessTopModel::setTop(const ProcessTop &top)
{
    const int before = int(m_top.rows.size());
    const int after = int(top.rows.size());
    const bool headerChanged = showsDelta() != (top.sort == ProcessTop::Sort::Reductions && top.intervalMs >= 0) ||
                               m_top.intervalMs != top.intervalMs;
    // Rows in place: removed or added at the end, the rest changed in one range.
    if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_top.rows.resize(after);
        endRemoveRows();
    }
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_top.rows.append(top.rows.mid(before));
        endInsertRows();
    }
    m_top = top;
    if (qMin(before, after) > 0)
        emit dataChanged(index(0, 0), index(qMin(before, after) - 1, ColumnCount - 1));
    if (headerChanged)
        emit headerDataChanged(Qt::Horizontal, ReductionsColumn, ReductionsColumn);
}

int ProcessTopModel::rowOfPid(const QString &pidText) const
{
    for (int i = 0; i < m_top.rows.size(); ++i) {
        if (m_top.rows.at(i).pidText == pidText)
            return i;
    }
    return -1;
}

} // namespace bilby
