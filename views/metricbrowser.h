#pragma once

#include "seriespoint.h"

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace bilby {

class ChartDataSource;

/**
 * @brief The Metrics page's left side: every series there is data for, by metric, searchable.
 *
 * A metric row stands for every node that has it (one metric across a family: one line per node);
 * its node rows pick single nodes. Selecting rows and pressing a button (or double-clicking) asks for
 * them to be drawn. The list follows ChartDataSource::seriesChanged without losing the selection.
 */
class MetricBrowser : public QWidget
{
    Q_OBJECT
public:
    enum Role { MetricRole = Qt::UserRole + 1, NodeRole };

    explicit MetricBrowser(ChartDataSource *source, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QTreeView *view() const { return m_view; }
    /// The series the selected rows stand for, sorted and without duplicates.
    QList<SeriesKey> selectedKeys() const;
    /// Selects @p metric (every node) or one of its nodes, among the rows the search shows.
    bool select(const QString &metric, const QString &node = QString());

signals:
    void addRequested(const QList<bilby::SeriesKey> &keys, bool newGraph);

private:
    void sync();
    void applySearch(const QString &text);
    void updateButtons();
    QList<SeriesKey> keysOf(const QModelIndex &proxyIndex) const;
    QStandardItem *metricItem(const QString &metric);

    QPointer<ChartDataSource> m_source;
    QLineEdit *m_search;
    QTreeView *m_view;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPushButton *m_add;
    QPushButton *m_addNew;
};

} // namespace bilby
