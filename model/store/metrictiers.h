#pragma once

#include "store/pointcodec.h"

#include <QtGlobal>

#include <algorithm>

namespace bilby::MetricTiers {

/// @brief The layout of the three tiers that MetricWriter writes and MetricReader reads.
enum Tier { RawTier = 0, HistoryTier = 1, RollupTier = 2, TierCount = 3 };

constexpr qint64 HourMs = qint64(3600) * 1000;
constexpr qint64 DayMs = 24 * HourMs;
// Values per point: raw: value; history: mean, lo, hi, count; rollup: mean, lo, hi, last, count.
constexpr int Columns[TierCount] = {1, 4, 5};
// A run is closed at this many points or this span. Small runs keep each flush's rewrite small
// (the open run of every series is rewritten once a second); the span bounds what a query must
// look back for the run that holds its first point.
constexpr int MaxRows[TierCount] = {120, 60, 24};
constexpr qint64 MaxSpanMs[TierCount] = {HourMs, DayMs, 30 * DayMs};

inline qint64 floorTo(qint64 t, qint64 step)
{
    const qint64 q = t / step;
    return (t % step < 0 ? q - 1 : q) * step;
}

/// The span of one bucket of @p tier (History or Rollup).
inline qint64 bucketMs(int tier, qint64 historyStepMs)
{
    return tier == HistoryTier ? historyStepMs : HourMs;
}

/// @brief A history or rollup bucket being filled from raw points.
struct Bucket
{
    qint64 start = -1;
    double sum = 0, lo = 0, hi = 0, last = 0, count = 0;
    void add(double v)
    {
        lo = count == 0 ? v : std::min(lo, v);
        hi = count == 0 ? v : std::max(hi, v);
        sum += v;
        last = v;
        ++count;
    }
    /// The bucket as stored: history keeps mean, lo, hi, count; rollups add the last value.
    PointCodec::Row row(int tier) const
    {
        return tier == HistoryTier ? PointCodec::Row{start, {sum / count, lo, hi, count}}
                                   : PointCodec::Row{start, {sum / count, lo, hi, last, count}};
    }
};

} // namespace bilby::MetricTiers
