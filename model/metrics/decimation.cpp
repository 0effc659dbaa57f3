#include "metrics/decimation.h"

#include <algorithm>
#include <array>
#include <limits>

namespace bilby::Decimation {

namespace {

// Maps a time inside [from, to] to its pixel column, exactly (integer arithmetic), so that tests and
// callers that group by column agree with this code to the millisecond.
class ColumnMap
{
public:
    ColumnMap(qint64 fromMs, qint64 toMs, int columns)
        : m_from(fromMs)
        , m_span(toMs - fromMs)
        , m_columns(columns)
        , m_exact(m_span <= std::numeric_limits<qint64>::max() / columns)
    {}

    int operator()(qint64 timeMs) const
    {
        const qint64 offset = timeMs - m_from;
        const qint64 column =
            m_exact ? offset * m_columns / m_span : qint64(double(offset) / double(m_span) * m_columns);
        return int(std::clamp<qint64>(column, 0, m_columns - 1));
    }

    /// The first time that belongs to a later column than @p column: the loop divides once a column.
    qint64 endOf(int column) const
    {
        if (column >= m_columns - 1)
            return std::numeric_limits<qint64>::max();
        const qint64 next = column + 1;
        if (m_exact)
            return m_from + (next * m_span + m_columns - 1) / m_columns;
        auto end = m_from + qint64(double(next) * double(m_span) / double(m_columns));
        while ((*this)(end - 1) > column)
            --end;
        while ((*this)(end) <= column)
            ++end;
        return end;
    }

private:
    qint64 m_from;
    qint64 m_span;
    qint64 m_columns;
    bool m_exact;
};

// One run of points in one column (a gap marker ends it early): the indexes of its four extremes.
struct Group
{
    int first = -1;
    int last = -1;
    int lowest = -1;
    int highest = -1;

    void add(const SeriesPoints &points, int i)
    {
        if (first < 0) {
            first = last = lowest = highest = i;
            return;
        }
        last = i;
        if (points[i].lo < points[lowest].lo)
            lowest = i;
        if (points[i].hi > points[highest].hi)
            highest = i;
    }

    // Appends the extremes in time order; the lowest carries its lo, the highest its hi as the value.
    void flush(const SeriesPoints &points, SeriesPoints &out)
    {
        if (first < 0)
            return;
        struct Pick
        {
            int index;
            int role; // 0 first, 1 lowest, 2 highest, 3 last: the order within one index
        };
        std::array<Pick, 4> picks{{{first, 0}, {lowest, 1}, {highest, 2}, {last, 3}}};
        std::stable_sort(picks.begin(), picks.end(), [](const Pick &a, const Pick &b) { return a.index < b.index; });
        int previousIndex = -1;
        double previousValue = 0;
        for (const Pick &pick : picks) {
            SeriesPoint p = points[pick.index];
            if (pick.role == 1)
                p.value = p.lo;
            else if (pick.role == 2)
                p.value = p.hi;
            if (pick.index == previousIndex && p.value == previousValue)
                continue; // the same point in two roles
            out.append(p);
            previousIndex = pick.index;
            previousValue = p.value;
        }
        *this = Group();
    }
};

// Whether any point summarises a bucket (lo or hi differ from the value). Sparse summaries still go
// through the columns, so each bucket's lowest and highest are drawn: a short spike inside a one-minute
// bucket must show on a day's chart, where there is about one bucket per column.
bool hasSummaries(const SeriesPoints &points, int first, int end)
{
    for (int i = first; i < end; ++i) {
        const SeriesPoint &p = points[i];
        if (!p.isGap() && (p.lo != p.value || p.hi != p.value))
            return true;
    }
    return false;
}

bool before(const SeriesPoint &p, qint64 timeMs)
{
    return p.timeMs < timeMs;
}

bool after(qint64 timeMs, const SeriesPoint &p)
{
    return timeMs < p.timeMs;
}

// The points of [from, to]: [inFirst, inEnd) is the range itself; one neighbour on each side lets the
// line reach the edges.
struct Slice
{
    int inFirst;
    int inEnd;
    int first; ///< with the neighbour before
    int end;   ///< with the neighbour after

    Slice(const SeriesPoints &points, qint64 fromMs, qint64 toMs)
    {
        const auto b = std::lower_bound(points.cbegin(), points.cend(), fromMs, before);
        const auto e = std::upper_bound(b, points.cend(), toMs, after);
        inFirst = int(b - points.cbegin());
        inEnd = int(e - points.cbegin());
        first = qMax(0, inFirst - 1);
        end = qMin(int(points.size()), inEnd + 1);
    }
    /// Raw series with at most two points a column are drawn as they are; summaries never are.
    bool needsReduction(const SeriesPoints &points, qint64 fromMs, qint64 toMs, int columns) const
    {
        if (columns <= 0 || toMs <= fromMs)
            return false;
        return inEnd - inFirst > 2 * qsizetype(columns) || hasSummaries(points, inFirst, inEnd);
    }
    SeriesPoints unchanged(const SeriesPoints &points) const { return points.mid(first, end - first); }
    /// The output, reserved, holding the neighbour before the range.
    SeriesPoints start(const SeriesPoints &points, int columns) const
    {
        SeriesPoints out;
        out.reserve(qMin<qsizetype>(inEnd - inFirst, 4 * qsizetype(columns)) + 2 + 16);
        if (first < inFirst)
            out.append(points[first]);
        return out;
    }
};

} // namespace

SeriesPoints reduce(const SeriesPoints &points, qint64 fromMs, qint64 toMs, int columns)
{
    const Slice slice(points, fromMs, toMs);
    if (!slice.needsReduction(points, fromMs, toMs, columns))
        return slice.unchanged(points);
    const int inFirst = slice.inFirst;
    const int inEnd = slice.inEnd;
    SeriesPoints out = slice.start(points, columns);
    const ColumnMap columnOf(fromMs, toMs, columns);
    Group group;
    qint64 columnEnd = std::numeric_limits<qint64>::min(); // where the current column ends
    for (int i = inFirst; i < inEnd; ++i) {
        const SeriesPoint &p = points[i];
        if (p.isGap()) {
            group.flush(points, out);
            if (out.isEmpty() || !out.constLast().isGap())
                out.append(p); // consecutive markers say no more than one
            continue;
        }
        if (p.timeMs >= columnEnd) {
            group.flush(points, out);
            columnEnd = columnOf.endOf(columnOf(p.timeMs));
        }
        group.add(points, i);
    }
    group.flush(points, out);
    if (inEnd < slice.end)
        out.append(points[inEnd]);
    return out;
}

} // namespace bilby::Decimation

namespace bilby::Decimation {

template <typename Lo, typename Hi, typename Gap>
void Summary::build(qsizetype size, const Lo &lo, const Hi &hi, const Gap &gap)
{
    m_size = size;
    for (int i = 0; i < int(size); ++i) {
        if (gap(i))
            m_gaps.append(i);
    }
    // Entry e of a level covers Block entries of the level below (points for the first level). A level
    // is only worth it while a query can skip two of its entries.
    const auto combine = [](Entry &into, double loValue, double hiValue, int lowest, int highest) {
        if (lowest >= 0 && (into.lowest < 0 || loValue < into.lo)) {
            into.lo = loValue;
            into.lowest = lowest;
        }
        if (highest >= 0 && (into.highest < 0 || hiValue > into.hi)) {
            into.hi = hiValue;
            into.highest = highest;
        }
    };
    const Entry empty{std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(), -1, -1};
    qsizetype below = size;
    while (below >= qsizetype(2) * Block) {
        std::vector<Entry> level(size_t((below + Block - 1) / Block), empty);
        for (qsizetype i = 0; i < below; ++i) {
            Entry &into = level[size_t(i / Block)];
            if (m_levels.empty()) {
                if (!gap(int(i)))
                    combine(into, lo(int(i)), hi(int(i)), int(i), int(i));
            } else {
                const Entry &e = m_levels.back()[size_t(i)];
                combine(into, e.lo, e.hi, e.lowest, e.highest);
            }
        }
        below = qsizetype(level.size());
        m_levels.push_back(std::move(level));
    }
}

template <typename Lo, typename Hi>
QPair<int, int> Summary::query(const Lo &lo, const Hi &hi, int first, int end) const
{
    // In time order (left parts going up, the whole blocks at the top, right parts coming down), so a
    // strict comparison keeps the earliest of equal extremes, as reduce() does.
    int lowest = first;
    int highest = first;
    double low = lo(first);
    double high = hi(first);
    const auto visit = [&](int level, int a, int b) {
        for (int i = a; i < b; ++i) {
            if (level == 0) {
                if (lo(i) < low) {
                    low = lo(i);
                    lowest = i;
                }
                if (hi(i) > high) {
                    high = hi(i);
                    highest = i;
                }
                continue;
            }
            const Entry &e = m_levels[size_t(level - 1)][size_t(i)];
            if (e.lowest >= 0 && e.lo < low) {
                low = e.lo;
                lowest = e.lowest;
            }
            if (e.highest >= 0 && e.hi > high) {
                high = e.hi;
                highest = e.highest;
            }
        }
    };
    std::array<QPair<int, int>, 16> rights{};
    int level = 0;
    int a = first;
    int b = end;
    while (true) {
        if (level >= int(m_levels.size()) || b - a < 2 * Block) {
            visit(level, a, b);
            break;
        }
        const int wholeFirst = (a + Block - 1) / Block;
        const int wholeEnd = b / Block;
        visit(level, a, wholeFirst * Block);
        rights[size_t(level)] = {wholeEnd * Block, b};
        a = wholeFirst;
        b = wholeEnd;
        ++level;
    }
    while (level-- > 0)
        visit(level, rights[size_t(level)].first, rights[size_t(level)].second);
    return {lowest, highest};
}

Summary::Summary(const SeriesPoints &points)
{
    const SeriesPoint *p = points.constData();
    build(
        points.size(), [p](int i) { return p[i].lo; }, [p](int i) { return p[i].hi; },
        [p](int i) { return p[i].isGap(); });
}

Summary::Summary(const SeriesPoints &grid, const double *values)
{
    const SeriesPoint *p = grid.constData();
    const auto value = [values](int i) { return values[i]; };
    build(grid.size(), value, value, [p](int i) { return p[i].isGap(); });
}

QPair<int, int> Summary::extremes(const SeriesPoints &points, int first, int end) const
{
    const SeriesPoint *p = points.constData();
    return query([p](int i) { return p[i].lo; }, [p](int i) { return p[i].hi; }, first, end);
}

QPair<int, int> Summary::extremes(const double *values, int first, int end) const
{
    const auto value = [values](int i) { return values[i]; };
    return query(value, value, first, end);
}

SeriesPoints reduce(const SeriesPoints &points, const Summary &summary, qint64 fromMs, qint64 toMs, int columns)
{
    if (summary.size() != points.size())
        return reduce(points, fromMs, toMs, columns);
    const Slice slice(points, fromMs, toMs);
    if (!slice.needsReduction(points, fromMs, toMs, columns))
        return slice.unchanged(points);
    const int inFirst = slice.inFirst;
    const int inEnd = slice.inEnd;
    SeriesPoints out = slice.start(points, columns);
    const ColumnMap columnOf(fromMs, toMs, columns);
    const SeriesPoint *data = points.constData();
    const QVector<int> &gaps = summary.gaps();
    auto gap = std::lower_bound(gaps.cbegin(), gaps.cend(), inFirst);
    // Column by column: its points [i, columnEnd) split at gap markers into groups, as reduce() groups them.
    // Where a column ends is guessed from the mean step of the range, then searched from there.
    const double pointsPerMs =
        double(inEnd - inFirst) / double(qMax<qint64>(1, data[inEnd - 1].timeMs - data[inFirst].timeMs));
    for (int i = inFirst; i < inEnd;) {
        const qint64 endTime = columnOf.endOf(columnOf(data[i].timeMs));
        const int columnEnd =
            endTime > data[inEnd - 1].timeMs
                ? inEnd
                : partitionFrom(data, i, inEnd, i + int(double(endTime - data[i].timeMs) * pointsPerMs),
                                [endTime](const SeriesPoint &p) { return p.timeMs < endTime; });
        int start = i;
        while (true) {
            const int stop = gap != gaps.cend() && *gap < columnEnd ? *gap : columnEnd;
            if (start < stop) {
                Group group;
                group.first = start;
                group.last = stop - 1;
                const QPair<int, int> extremes = summary.extremes(points, start, stop);
                group.lowest = extremes.first;
                group.highest = extremes.second;
                group.flush(points, out);
            }
            if (stop == columnEnd)
                break;
            if (out.isEmpty() || !out.constLast().isGap())
                out.append(data[stop]);
            ++gap;
            start = stop + 1;
        }
        i = columnEnd;
    }
    if (inEnd < slice.end)
        out.append(points[inEnd]);
    return out;
}

} // namespace bilby::Decimation
