#pragma once

#include "events/notification.h"

#include <QAbstractTableModel>
#include <QVector>

namespace bilby {

/**
 * @brief A window on the timeline: the notifications loaded so far, newest first.
 *
 * Pages are appended at the bottom as the reader scrolls into the past, newer entries prepended at the
 * top when the reader asks for them; the model never holds more than what was loaded. Raw values travel
 * in custom roles (views draw icons from SeverityRole: this library has no QtGui).
 */
class NotificationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, NodeColumn, OriginColumn, SeverityColumn, TextColumn, ColumnCount };
    enum Role {
        NotificationRole = Qt::UserRole + 1, ///< the whole Notification
        IdRole,                              ///< qint64, the store's row id (0 for entries in memory only)
        SeverityRole,                        ///< int(Notification::Severity)
        OriginRole,                          ///< int(Notification::Origin)
        TimeMsRole,                          ///< qint64
    };

    explicit NotificationTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    /// Adds @p older (newest first, all older than the last row) at the bottom.
    void appendOlder(const QVector<Notification> &older);
    /// Adds @p newer (newest first, all newer than the first row) at the top.
    void prependNewer(const QVector<Notification> &newer);
    /// Keeps the newest @p rows rows; returns the rows it removed, newest first.
    QVector<Notification> keepNewest(int rows);

    const Notification &at(int row) const { return m_rows.at(row); }
    /// The first row's store id, 0 when empty.
    qint64 newestId() const { return m_rows.isEmpty() ? 0 : m_rows.constFirst().id; }
    /// The last row's store id, 0 when empty.
    qint64 oldestId() const { return m_rows.isEmpty() ? 0 : m_rows.constLast().id; }

    /// Whether @p n passes @p filter, for the timeline kept in memory when there is no store. Search
    /// words must all occur in text or details, ignoring case (a trailing * is the prefix it already is).
    static bool matches(const Notification &n, const NotificationFilter &filter);

private:
    QVector<Notification> m_rows;
};

} // namespace bilby
