#pragma once

#include "metrics/metricsample.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QVector>

namespace bilby {

/// Fixed-capacity ring of (time, value) points; the oldest point is overwritten when full.
class RingSeries
{
public:
    explicit RingSeries(int capacity = 3600);
    void append(qint64 timeMs, double value);
    int size() const { return m_size; }
    int capacity() const { return int(m_times.size()); }
    /// i-th oldest point.
    qint64 timeAt(int i) const { return m_times[index(i)]; }
    double valueAt(int i) const { return m_values[index(i)]; }
    /// Points with time >= @p sinceMs, oldest first; x is the time in ms since the epoch.
    QVector<QPointF> points(qint64 sinceMs = 0) const;

private:
    int index(int i) const { return (m_head + i) % int(m_times.size()); }
    QVector<qint64> m_times;
    QVector<double> m_values;
    int m_head = 0; ///< index of the oldest point
    int m_size = 0;
};

/**
 * @brief In-memory history of one node's metrics (the durable store comes later).
 *
 * One ring per metric, one hour at the live rate by default.
 */
class MetricsHistory : public QObject
{
    Q_OBJECT
public:
    explicit MetricsHistory(int capacity = 3600, QObject *parent = nullptr);

    void append(const MetricSample &sample);
    void clear();
    QStringList names() const;
    /// How many metrics have a series: grows when a metric is seen for the first time.
    int seriesCount() const { return int(m_series.size()); }
    const RingSeries *series(const QString &name) const;
    QVector<QPointF> points(const QString &name, qint64 sinceMs = 0) const;
    /// The latest value of @p name, or @p fallback.
    double latest(const QString &name, double fallback = 0.0) const;
    qint64 latestTime() const { return m_latestTime; }
    int sampleCount() const { return m_samples; }

signals:
    void appended(qint64 timeMs);

private:
    int m_capacity;
    QHash<QString, RingSeries> m_series;
    qint64 m_latestTime = 0;
    int m_samples = 0;
};

} // namespace bilby
