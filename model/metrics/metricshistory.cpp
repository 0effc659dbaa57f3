#include "metrics/metricshistory.h"

#include <algorithm>

namespace bilby {

RingSeries::RingSeries(int capacity)
    : m_times(qMax(1, capacity))
    , m_values(qMax(1, capacity))
{}

void RingSeries::append(qint64 timeMs, double value)
{
    const int cap = capacity();
    if (m_size < cap) {
        m_times[index(m_size)] = timeMs;
        m_values[index(m_size)] = value;
        ++m_size;
        return;
    }
    m_times[m_head] = timeMs;
    m_values[m_head] = value;
    m_head = (m_head + 1) % cap;
}

QVector<QPointF> RingSeries::points(qint64 sinceMs) const
{
    // Times only grow, so the first point to keep is found by binary search over the ring.
    int lo = 0;
    int hi = m_size;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (timeAt(mid) < sinceMs)
            lo = mid + 1;
        else
            hi = mid;
    }
    QVector<QPointF> out;
    out.reserve(m_size - lo);
    for (int i = lo; i < m_size; ++i)
        out.append(QPointF(double(timeAt(i)), valueAt(i)));
    return out;
}

MetricsHistory::MetricsHistory(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(capacity)
{}

void MetricsHistory::append(const MetricSample &sample)
{
    for (auto it = sample.values.cbegin(); it != sample.values.cend(); ++it) {
        auto series = m_series.find(it.key());
        if (series == m_series.end())
            series = m_series.insert(it.key(), RingSeries(m_capacity));
        series->append(sample.timeMs, it.value());
    }
    m_latestTime = sample.timeMs;
    ++m_samples;
    emit appended(sample.timeMs);
}

void MetricsHistory::clear()
{
    m_series.clear();
    m_latestTime = 0;
    m_samples = 0;
}

QStringList MetricsHistory::names() const
{
    QStringList names = m_series.keys();
    std::sort(names.begin(), names.end());
    return names;
}

const RingSeries *MetricsHistory::series(const QString &name) const
{
    const auto it = m_series.constFind(name);
    return it == m_series.cend() ? nullptr : &it.value();
}

QVector<QPointF> MetricsHistory::points(const QString &name, qint64 sinceMs) const
{
    const RingSeries *s = series(name);
    return s ? s->points(sinceMs) : QVector<QPointF>();
}

double MetricsHistory::latest(const QString &name, double fallback) const
{
    const RingSeries *s = series(name);
    return s && s->size() > 0 ? s->valueAt(s->size() - 1) : fallback;
}

} // namespace bilby
