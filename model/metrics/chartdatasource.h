#pragma once

#include "metrics/seriespoint.h"
#include "store/metricstore.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace bilby {

class NodeRegistry;

/**
 * @brief What the charts draw: the stored history merged with the samples held in memory.
 *
 * The in-memory rings (the last hour of each managed node) cover the newest part of a range, so a live
 * chart never waits for the writer, and charts still work when the store has failed or is absent. The
 * store covers the rest, at the resolution the range calls for. Either the registry or the store may be
 * null. Every fetch answers once, through a callback queued to the context object.
 */
class ChartDataSource : public QObject
{
    Q_OBJECT
public:
    ChartDataSource(NodeRegistry *registry, MetricStore *store, QObject *parent = nullptr);

    /// Every series there is data for: the managed nodes' live metrics and the stored series, sorted.
    QList<SeriesKey> series() const;
    /// Nodes with data, managed or only stored, sorted.
    QStringList nodes() const;
    /// Fetches a range; the resolution follows MetricStore::chooseResolution unless the query sets one.
    void fetch(const SeriesQuery &query, QObject *context, const std::function<void(const SeriesResult &)> &done);
    /// Asks the store for its series again (the list also grows by itself as nodes sample).
    void refreshSeries();

signals:
    /// series() changed: a node sampled a metric for the first time, or the store listed new series.
    void seriesChanged();
    /// @p node has a new live sample: charts that follow live fetch their newest part again.
    void sampled(const QString &node, qint64 timeMs);

private:
    void watchNode(const QString &name);

    QPointer<NodeRegistry> m_registry;
    QPointer<MetricStore> m_store;
    QSet<SeriesKey> m_stored;
    QSet<SeriesKey> m_live;
};

} // namespace bilby
