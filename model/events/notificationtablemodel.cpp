#include "events/notificationtablemodel.h"

#include <QDateTime>
#include <QRegularExpression>

namespace bilby {

NotificationTableModel::NotificationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int NotificationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NotificationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotificationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Notification &n = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(n.timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case NodeColumn:
            return n.node.isEmpty() ? tr("(console)") : n.node;
        case OriginColumn:
            return Notification::originTitle(n.origin);
        case SeverityColumn:
            return Notification::severityTitle(n.severity);
        case TextColumn:
            return n.text;
        }
        return {};
    case NotificationRole:
        return QVariant::fromValue(n);
    case IdRole:
        return n.id;
    case SeverityRole:
        return int(n.severity);
    case OriginRole:
        return int(n.origin);
    case TimeMsRole:
        return n.timeMs;
    }
    return {};
}

QVariant NotificationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case NodeColumn:
        return tr("Node");
    case OriginColumn:
        return tr("Origin");
    case SeverityColumn:
        return tr("Severity");
    case TextColumn:
        return tr("Text");
    }
    return {};
}

void NotificationTableModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void NotificationTableModel::appendOlder(const QVector<Notification> &older)
{
    if (older.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(older.size()) - 1);
    m_rows += older;
    endInsertRows();
}

void NotificationTableModel::prependNewer(const QVector<Notification> &newer)
{
    if (newer.isEmpty())
        return;
    beginInsertRows({}, 0, int(newer.size()) - 1);
    m_rows = newer + m_rows;
    endInsertRows();
}

QVector<Notification> NotificationTableModel::keepNewest(int rows)
{
    if (rows >= m_rows.size())
        return {};
    beginRemoveRows({}, rows, int(m_rows.size()) - 1);
    QVector<Notification> removed = m_rows.mid(rows);
    m_rows.resize(rows);
    endRemoveRows();
    return removed;
}

bool NotificationTableModel::matches(const Notification &n, const NotificationFilter &filter)
{
    if (!filter.nodes.isEmpty() && !filter.nodes.contains(n.node))
        return false;
    if (!filter.origins.isEmpty() && !filter.origins.contains(n.origin))
        return false;
    if (filter.minSeverity && int(n.severity) > int(*filter.minSeverity))
        return false;
    if ((filter.sinceMs > 0 && n.timeMs < filter.sinceMs) || (filter.untilMs > 0 && n.timeMs >= filter.untilMs))
        return false;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = filter.search.split(spaces, Qt::SkipEmptyParts);
    for (QString word : words) {
        if (word.endsWith(QLatin1Char('*')))
            word.chop(1);
        if (!word.isEmpty() && !n.text.contains(word, Qt::CaseInsensitive) &&
            !n.details.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace bilby
