#pragma once

#include <QHash>
#include <QMetaType>
#include <QString>

namespace bilby {

/// One sample of a node's metrics: gauges as read, counters as rates per second.
struct MetricSample
{
    qint64 timeMs = 0;  ///< wall clock, ms since the epoch
    int intervalMs = 0; ///< the sampling interval these values come at (0: unknown), for gap detection
    QHash<QString, double> values;

    bool has(const QString &name) const { return values.contains(name); }
    double value(const QString &name, double fallback = 0.0) const { return values.value(name, fallback); }
};

} // namespace bilby

Q_DECLARE_METATYPE(bilby::MetricSample)
