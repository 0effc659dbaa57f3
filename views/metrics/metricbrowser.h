#pragma once

#include "metrics/seriespoint.h"

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
 * @brief The Metrics page's left side: every series there is data for, by kind and metric, searchable.
 *
 * Kinds (Memory, Schedulers, Distribution...) hold their metrics under readable labels with units; the
 * raw names are in the tooltips and found by the search too.
 * A metric row stands for every node that has it (one metric across a family: one line per node);
 * its node rows pick single nodes. Selecting rows and pressing a button (or double-clicking) asks for
 * them to be drawn. The list follows ChartDataSource::seriesChanged without losing the selection.
 */
class MetricBrowser : public QWidget
{
    Q_OBJECT
public:
    enum Role {
        MetricRole = Qt::UserRole + 1,
        NodeRole,
        SortRole,   ///< kinds in reading order, metrics by label, nodes by name
        SearchRole, ///< the words a search matches: label, raw name, kind (and node)
    };
    /// A metric's name for people: without its kind, in words, with its unit ("ets (bytes)").
    static QString label(const QString &metric);
    /// The kind a metric is listed under ("Memory", "Schedulers"...).
    static QString kind(const QString &metric);

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
    QStandardItem *groupItem(const QString &metric);
    QStandardItem *metricItem(const QString &metric);
    QStandardItem *findMetric(const QString &metric) const;

    QPointer<ChartDataSource> m_source;
    QLineEdit *m_search;
    QTreeView *m_view;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPushButton *m_add;
    QPushButton *m_addNew;
};

} // namespace bilby
