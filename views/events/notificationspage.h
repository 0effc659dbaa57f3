#pragma once

#include "events/notification.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace bilby {

class AlarmCenter;
class MetricStore;
class NodeRegistry;
class NotificationFilterBar;
class NotificationTableModel;
class SeverityIconProxyModel;
struct StoreError;

/**
 * @brief The Notifications page: the timeline, newest first, filtered and searched, paged into the past.
 *
 * With a working store every page is a keyset query on the store's reader (older pages load as the
 * reader scrolls down; never all rows). Newer entries never move the list under the reader: while the
 * list is scrolled away from the top, or more than fits arrive at once, a bar says "N new" (counting only
 * entries that pass the filter) and clicking it shows them; at the top they simply appear. Without a
 * store (none, or failed) the page shows AlarmCenter::recent() with the same filters applied in memory,
 * and says so.
 */
class NotificationsPage : public QWidget
{
    Q_OBJECT
public:
    /// @p registry (may be null) offers the managed nodes in the node filter.
    NotificationsPage(AlarmCenter *center, NodeRegistry *registry, QWidget *parent = nullptr);

    static constexpr int DefaultPageSize = 200;
    void setPageSize(int rows) { m_pageSize = rows; }
    /// The live tail keeps the list at most this long, dropping the oldest (scrolling loads them again).
    static constexpr int DefaultMaxRows = 5000;
    void setMaxRows(int rows) { m_maxRows = rows; }

    NotificationTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    NotificationFilterBar *filterBar() const { return m_filters; }
    QPushButton *newBar() const { return m_newBar; }
    QLabel *memoryNotice() const { return m_memoryNotice; }
    QPlainTextEdit *details() const { return m_details; }
    /// The list above the details (its state is saved with the window's).
    QSplitter *splitter() const { return m_splitter; }
    /// Entries that arrived and wait behind the "N new" bar.
    int pendingCount() const { return m_pendingCount; }
    /// Older entries match the filter and have not been loaded yet.
    bool hasMore() const { return m_more; }
    /// No store, or it failed: the timeline is the in-memory one.
    bool isMemoryOnly() const;
    bool isLoading() const { return m_loading; }

public slots:
    /// Runs the filter again from the newest entry.
    void reload();
    /// Loads the next page of older entries (what scrolling to the bottom does).
    void fetchOlder();
    /// Shows the entries behind the "N new" bar at the top and scrolls there.
    void showPending();

protected:
    void showEvent(QShowEvent *event) override;

signals:
    /// A page (first or older) was put in the list.
    void pageLoaded(int rows);
    /// The "N new" count changed.
    void pendingChanged(int count);

private:
    void onStoreAnswer(int generation, const NotificationPage &page, const StoreError &error);
    void onAdded(const Notification &n);
    void fetchNewer();
    void deliverNewer(const QVector<Notification> &newestFirst, bool incomplete);
    void prepend(const QVector<Notification> &newestFirst);
    bool isAtTop() const;
    void maybeFetchOlder();
    void showDetails();
    void updateStatus();

    QPointer<AlarmCenter> m_center;
    QPointer<MetricStore> m_store;
    NotificationFilterBar *m_filters;
    NotificationTableModel *m_model;
    SeverityIconProxyModel *m_proxy;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QSplitter *m_splitter = nullptr;
    QPushButton *m_newBar;
    QLabel *m_memoryNotice;
    QLabel *m_status;
    QTimer m_liveTimer;
    NotificationFilter m_filter;
    int m_pageSize = DefaultPageSize;
    int m_maxRows = DefaultMaxRows;
    int m_generation = 0; ///< answers of an older filter are dropped
    bool m_loading = false;
    bool m_more = false;
    QString m_error;
    bool m_fetchingNewer = false;
    bool m_newerAgain = false;
    qint64 m_newestId = 0;               ///< store mode: the newest id loaded or waiting
    QVector<Notification> m_pending;     ///< newest first, behind the bar (none once there is a gap)
    int m_pendingCount = 0;              ///< how many wait behind the bar
    bool m_pendingIncomplete = false;    ///< more arrived than one query returned: showing them reloads
    QVector<Notification> m_incoming;    ///< memory mode: added since the last live tick, oldest first
    QVector<Notification> m_memoryOlder; ///< memory mode: matching entries not loaded yet, oldest first
};

} // namespace bilby
