#include "metrics/seriespoint.h"

namespace bilby {

QString resolutionName(Resolution resolution)
{
    switch (resolution) {
    case Resolution::Raw:
        return QStringLiteral("raw");
    case Resolution::History:
        return QStringLiteral("history");
    case Resolution::Rollup:
        return QStringLiteral("rollup");
    }
    return {};
}

SeriesPoints withGaps(const SeriesPoints &points, qint64 maxDeltaMs)
{
    SeriesPoints out;
    out.reserve(points.size() + 8);
    for (int i = 0; i < points.size(); ++i) {
        const SeriesPoint &p = points[i];
        if (i > 0 && !p.isGap() && !points[i - 1].isGap() && p.timeMs - points[i - 1].timeMs > maxDeltaMs)
            out.append(SeriesPoint::gap(points[i - 1].timeMs + (p.timeMs - points[i - 1].timeMs) / 2));
        out.append(p);
    }
    return out;
}

} // namespace bilby
