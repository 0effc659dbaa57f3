#pragma once

#include <QList>
#include <QString>

namespace bilby {

/**
 * @brief One built-in metric, or a template of metrics with a dynamic part.
 *
 * Names are dotted and lower-case. A template has one segment in angle brackets that stands for a
 * scheduler id, a node, an allocator type, a mount point or a table (`scheduler.<id>.utilisation`,
 * `dist.<node>.bytes_out`). In a concrete name that segment is the thing's own name, percent-encoded
 * (see MetricCatalog::encodeSegment), so it never contains a dot.
 */
struct MetricDef
{
    enum class Kind { Gauge, Counter }; ///< counters are sampled as totals and reported as rates per second
    enum class Unit { Bytes, Count, Seconds, Percent, Ratio };
    enum class Speed { Live, History }; ///< sampled at the live rate (every second) or the history rate
    QString name;
    Kind kind;
    Unit unit;
    QString meaning; ///< one line, for tooltips and docs/metrics.md
    Speed speed;
    QString presentWhen; ///< when the metric is there, for docs/metrics.md; empty: always

    bool isCounter() const { return kind == Kind::Counter; }
    bool isTemplate() const { return name.contains(QLatin1Char('<')); }
    bool isHistoryRate() const { return speed == Speed::History; }
};

class MetricCatalog
{
public:
    /// Every definition, fixed names and templates, in the order of docs/metrics.md.
    static const QList<MetricDef> &definitions();
    /// The fixed-name metrics that every live sample from the agent carries, on any node: no templates,
    /// nothing sampled at the history rate, nothing that depends on what runs on the node.
    static const QList<MetricDef> &coreLive();
    /// The definition of a concrete name: the metric itself, or the template it instantiates
    /// (`scheduler.3.utilisation` gives `scheduler.<id>.utilisation`); nullptr when unknown.
    /// Called for every value of every sample: resolved names are cached per thread.
    static const MetricDef *find(const QString &name);
    /// "bytes", "count/s"...: the unit of the reported value (a rate for counters).
    static QString unitLabel(const MetricDef &def);

    /// A dynamic segment as it appears in a name: '.', '%' and every byte of the UTF-8 form outside
    /// printable ASCII (space included) become %XX in lower-case hex; "a@b.c" gives "a@b%2ec".
    static QString encodeSegment(const QString &segment);
    /// The inverse of encodeSegment().
    static QString decodeSegment(const QString &encoded);
    /// The concrete name of @p templateName for @p segment (encoded here).
    static QString instantiate(const QString &templateName, const QString &segment);
};

} // namespace bilby
