#pragma once

#include <QList>
#include <QString>

namespace bilby {

/**
 * @brief The built-in metrics: stable dotted names used by the CLI, the charts and the store.
 */
struct MetricDef
{
    enum class Kind { Gauge, Counter }; ///< counters are sampled as totals and reported as rates per second
    enum class Unit { Bytes, Count, Seconds };
    QString name;
    Kind kind;
    Unit unit;
    QString meaning; ///< one line, for tooltips and docs/metrics.md

    bool isCounter() const { return kind == Kind::Counter; }
};

class MetricCatalog
{
public:
    static const QList<MetricDef> &all();
    /// nullptr when @p name is not a built-in metric.
    static const MetricDef *find(const QString &name);
    /// "bytes", "count/s"...: the unit of the reported value (a rate for counters).
    static QString unitLabel(const MetricDef &def);
};

} // namespace bilby
