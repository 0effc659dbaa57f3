#include "metrics/chartdatasource.h"

#include "metrics/decimation.h"
#include "topology/noderegistry.h"

#include <QDateTime>

#include <algorithm>
#include <memory>

namespace bilby {

namespace {

// The live rings hold samples at the sampler's own rate (1 s live, 1 min for the slow metrics):
// a gap is a jump well beyond the smallest spacing seen.
SeriesPoints ringPoints(const RingSeries *ring, qint64 fromMs, qint64 toMs)
{
    SeriesPoints points;
    if (!ring)
        return points;
    qint64 minDelta = std::numeric_limits<qint64>::max();
    for (int i = 0; i < ring->size(); ++i) {
        const qint64 t = ring->timeAt(i);
        if (i > 0)
            minDelta = std::min(minDelta, t - ring->timeAt(i - 1));
        if (t < fromMs || t > toMs)
            continue;
        points.append(SeriesPoint::sample(t, ring->valueAt(i)));
    }
    if (minDelta == std::numeric_limits<qint64>::max() || minDelta <= 0)
        return points;
    return withGaps(points, std::max(minDelta * 5 / 2, minDelta + 1500));
}

} // namespace

ChartDataSource::ChartDataSource(NodeRegistry *registry, MetricStore *store, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_store(store)
{
    if (registry) {
        for (ManagedNode *node : registry->nodes())
            watchNode(node->key());
        connect(registry, &NodeRegistry::nodeAdded, this, &ChartDataSource::watchNode);
        connect(registry, &NodeRegistry::nodeRemoved, this, [this](const QString &name) {
            const auto before = m_live.size();
            m_live.removeIf([&name](const SeriesKey &key) { return key.node == name; });
            if (m_live.size() != before)
                emit seriesChanged();
        });
    }
    if (store) {
        connect(store, &MetricStore::opened, this, &ChartDataSource::refreshSeries);
        refreshSeries();
    }
}

void ChartDataSource::watchNode(const QString &name)
{
    ManagedNode *node = m_registry ? m_registry->entry(name) : nullptr;
    if (!node)
        return;
    // The list of metrics is read again only when it grew, not on every sample of every node.
    auto known = std::make_shared<int>(0);
    connect(node->history(), &MetricsHistory::appended, this, [this, name, node, known](qint64 timeMs) {
        if (node->history()->seriesCount() != *known) {
            *known = node->history()->seriesCount();
            for (const QString &metric : node->history()->names())
                m_live.insert({name, metric});
            emit seriesChanged();
        }
        emit sampled(name, timeMs);
    });
}

void ChartDataSource::refreshSeries()
{
    if (!m_store)
        return;
    m_store->listSeries(this, [this](const QList<SeriesKey> &keys) {
        const auto before = m_stored.size();
        for (const SeriesKey &key : keys)
            m_stored.insert(key);
        if (m_stored.size() != before)
            emit seriesChanged();
    });
}

QList<SeriesKey> ChartDataSource::series() const
{
    QSet<SeriesKey> all = m_stored;
    all.unite(m_live);
    QList<SeriesKey> list(all.cbegin(), all.cend());
    std::sort(list.begin(), list.end());
    return list;
}

QStringList ChartDataSource::nodes() const
{
    QSet<QString> names;
    for (const SeriesKey &key : m_stored)
        names.insert(key.node);
    for (const SeriesKey &key : m_live)
        names.insert(key.node);
    QStringList list(names.cbegin(), names.cend());
    std::sort(list.begin(), list.end());
    return list;
}

void ChartDataSource::fetch(const SeriesQuery &query, QObject *context,
                            const std::function<void(const SeriesResult &)> &done)
{
    const ManagedNode *node = m_registry ? m_registry->entry(query.key.node) : nullptr;
    const RingSeries *ring = node ? node->history()->series(query.key.metric) : nullptr;
    SeriesPoints live = ringPoints(ring, query.fromMs, query.toMs);
    // The ring is complete from its first sample on: the store only has to cover what lies before.
    const qint64 ringStart = ring && ring->size() > 0 ? ring->timeAt(0) : std::numeric_limits<qint64>::max();

    const auto finish = [query](SeriesResult result, const SeriesPoints &live) {
        result.query = query;
        if (!live.isEmpty()) {
            SeriesPoints merged = result.points;
            const qint64 storedUntil = merged.isEmpty() ? std::numeric_limits<qint64>::min() : merged.last().timeMs;
            const qint64 maxDelta = std::max<qint64>(result.stepMs * 5 / 2, 2500);
            for (const SeriesPoint &p : live) {
                if (p.timeMs <= storedUntil)
                    continue;
                // Nothing was sampled between the stored part and the live one (the console was closed).
                if (!merged.isEmpty() && !merged.last().isGap() && p.timeMs - merged.last().timeMs > maxDelta)
                    merged.append(SeriesPoint::gap((merged.last().timeMs + p.timeMs) / 2));
                merged.append(p);
            }
            result.points = merged;
        }
        if (query.columns > 0)
            result.points = Decimation::reduce(result.points, query.fromMs, query.toMs, query.columns);
        return result;
    };

    if (!m_store || m_store->isFailed() || m_store->path().isEmpty() || ringStart <= query.fromMs) {
        SeriesResult result;
        result.resolution = Resolution::Raw;
        result.stepMs = 1000;
        if (m_store && m_store->isFailed() && ringStart > query.fromMs)
            result.error = m_store->lastError();
        QMetaObject::invokeMethod(
            context, [done, result = finish(result, live)] { done(result); }, Qt::QueuedConnection);
        return;
    }
    SeriesQuery stored = query;
    stored.toMs = std::min(query.toMs, ringStart - 1);
    stored.columns = 0; // reduced once, after the merge
    if (!stored.resolution)
        stored.resolution = MetricStore::chooseResolution(query.fromMs, query.toMs,
                                                          query.nowMs > 0 ? query.nowMs
                                                                          : QDateTime::currentMSecsSinceEpoch(),
                                                          m_store->options());
    m_store->query(stored, context, [done, live, finish](const SeriesResult &result) {
        SeriesResult merged = result;
        if (result.error.isError())
            merged.points.clear(); // the live part is still worth showing
        done(finish(merged, live));
    });
}

} // namespace bilby
