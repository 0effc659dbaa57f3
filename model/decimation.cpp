#include "decimation.h"

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

bool before(const SeriesPoint &p, qint64 timeMs)
{
    return p.timeMs < timeMs;
}

bool after(qint64 timeMs, const SeriesPoint &p)
{
    return timeMs < p.timeMs;
}

} // namespace

SeriesPoints reduce(const SeriesPoints &points, qint64 fromMs, qint64 toMs, int columns)
{
    // [begin, end) is the range itself; one neighbour on each side lets the line reach the edges.
    const auto begin = std::lower_bound(points.cbegin(), points.cend(), fromMs, before);
    const auto end = std::upper_bound(begin, points.cend(), toMs, after);
    const int inFirst = int(begin - points.cbegin());
    const int inEnd = int(end - points.cbegin());
    const int sliceFirst = qMax(0, inFirst - 1);
    const int sliceEnd = qMin(int(points.size()), inEnd + 1);

    if (columns <= 0 || toMs <= fromMs || inEnd - inFirst <= 2 * qsizetype(columns))
        return points.mid(sliceFirst, sliceEnd - sliceFirst);

    SeriesPoints out;
    out.reserve(qMin<qsizetype>(inEnd - inFirst, 4 * qsizetype(columns)) + 2 + 16);
    if (sliceFirst < inFirst)
        out.append(points[sliceFirst]);
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
    if (inEnd < sliceEnd)
        out.append(points[inEnd]);
    return out;
}

} // namespace bilby::Decimation
