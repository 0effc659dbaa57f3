#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

#include <cmath>
#include <limits>

namespace bilby {

/**
 * @brief One point of a metric series, live or stored.
 *
 * A raw sample has lo == hi == value. A history or rollup point summarises a bucket: value is the
 * mean, lo and hi the extremes, so a short spike survives at any zoom. A point whose value is NaN is a
 * gap marker: the line breaks there (the node was down, or nothing was sampling).
 */
struct SeriesPoint
{
    qint64 timeMs = 0; ///< ms since the epoch; for a bucket, the start of the bucket
    double value = 0;
    double lo = 0;
    double hi = 0;

    bool isGap() const { return std::isnan(value); }
    static SeriesPoint sample(qint64 timeMs, double v) { return {timeMs, v, v, v}; }
    static SeriesPoint gap(qint64 timeMs)
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        return {timeMs, nan, nan, nan};
    }
};

using SeriesPoints = QVector<SeriesPoint>;

/// The three tiers of the store: raw (the live rate), history (one bucket a minute), rollup (an hour).
enum class Resolution { Raw, History, Rollup };

/// "raw", "history", "rollup": for JSON and the UI.
QString resolutionName(Resolution resolution);

/// A gap marker between any two neighbours more than @p maxDeltaMs apart; existing gaps are kept.
SeriesPoints withGaps(const SeriesPoints &points, qint64 maxDeltaMs);

/// The series a chart line shows: one metric of one node.
struct SeriesKey
{
    QString node;
    QString metric;

    bool operator==(const SeriesKey &o) const { return node == o.node && metric == o.metric; }
    bool operator!=(const SeriesKey &o) const { return !(*this == o); }
    bool operator<(const SeriesKey &o) const { return node != o.node ? node < o.node : metric < o.metric; }
};

inline size_t qHash(const SeriesKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.node, key.metric);
}

} // namespace bilby

Q_DECLARE_METATYPE(bilby::SeriesPoints)
