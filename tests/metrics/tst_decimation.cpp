// Decimation::reduce: per pixel column the extremes of the input survive, with first, last, gaps and
// order kept and at most four points a column, on random series with random gaps.
#include "metrics/decimation.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace bilby;

namespace {

constexpr qint64 From = 1'700'000'000'000;
constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;

// The column of a time, as reduce() documents it: columns split [from, to] evenly, the end belongs
// to the last one.
int columnOf(qint64 timeMs, qint64 from, qint64 to, int columns)
{
    return int(std::clamp<qint64>((timeMs - from) * columns / (to - from), 0, columns - 1));
}

struct Extent
{
    double lo = qInf();
    double hi = -qInf();
    int points = 0;
    bool gap = false;
};

// Per column of [from, to]: the lowest lo, the highest hi and the number of points (gaps apart).
std::map<int, Extent> extents(const SeriesPoints &points, qint64 from, qint64 to, int columns, bool byValue)
{
    std::map<int, Extent> out;
    for (const SeriesPoint &p : points) {
        if (p.timeMs < from || p.timeMs > to)
            continue;
        Extent &e = out[columnOf(p.timeMs, from, to, columns)];
        if (p.isGap()) {
            e.gap = true;
            continue;
        }
        e.lo = qMin(e.lo, byValue ? p.value : p.lo);
        e.hi = qMax(e.hi, byValue ? p.value : p.hi);
        ++e.points;
    }
    return out;
}

// A series sampled every stepMs with jitter, some gaps, and with summary points when asked.
SeriesPoints randomSeries(QRandomGenerator &random, int count, qint64 stepMs, bool summaries)
{
    SeriesPoints points;
    qint64 t = From - 50 * stepMs;
    double level = 100;
    for (int i = 0; i < count; ++i) {
        t += 1 + qint64(random.bounded(int(stepMs)));
        if (random.bounded(200) == 0) {
            points.append(SeriesPoint::gap(t));
            if (random.bounded(2) == 0)
                points.append(SeriesPoint::gap(t + 1)); // two markers in a row happen too
            t += 2;
            continue;
        }
        level += random.bounded(20.0) - 10;
        if (random.bounded(500) == 0)
            level += 5000; // a spike that must survive
        SeriesPoint p = SeriesPoint::sample(t, level);
        if (summaries) {
            p.lo = level - random.bounded(50.0);
            p.hi = level + random.bounded(50.0);
        }
        points.append(p);
    }
    return points;
}

// The gap markers' positions relative to the non-gap points: for each non-gap point, whether a gap
// comes before it (since the previous non-gap point).
QVector<qint64> gapsBeforePoints(const SeriesPoints &points, qint64 from, qint64 to)
{
    QVector<qint64> out;
    bool pendingGap = false;
    for (const SeriesPoint &p : points) {
        if (p.timeMs < from || p.timeMs > to)
            continue;
        if (p.isGap()) {
            pendingGap = true;
        } else if (pendingGap) {
            out.append(p.timeMs);
            pendingGap = false;
        }
    }
    return out;
}

} // namespace

class TestDecimation : public QObject
{
    Q_OBJECT
private slots:
    void extremesPerColumn_data();
    void extremesPerColumn();
    void smallSeriesUnchanged();
    void neighboursReachTheEdges();
    void degenerateArguments();
    void summaryAgreesWithScan_data();
    void summaryAgreesWithScan();
    void summaryExtremes();
};

void TestDecimation::extremesPerColumn_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("columns");
    QTest::addColumn<bool>("summaries");
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 6; ++seed) {
        QTest::addRow("raw-%u", seed) << 20000 * int(seed) << 300 + 150 * int(seed) << false << seed;
        QTest::addRow("summaries-%u", seed) << 15000 << 97 * int(seed) << true << seed;
    }
    QTest::addRow("one-column") << 5000 << 1 << false << quint32(99);
}

void TestDecimation::extremesPerColumn()
{
    QFETCH(int, count);
    QFETCH(int, columns);
    QFETCH(bool, summaries);
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    const qint64 stepMs = 1000;
    const SeriesPoints input = randomSeries(random, count, stepMs, summaries);
    // A range strictly inside the data, so both neighbours exist.
    const qint64 from = From + 7 * stepMs + 333;
    const qint64 to = input.constLast().timeMs - 11 * stepMs - 77;
    const SeriesPoints output = Decimation::reduce(input, from, to, columns);

    // Order kept, and nothing made up: every output time exists in the input.
    QVERIFY(std::is_sorted(output.cbegin(), output.cend(),
                           [](const SeriesPoint &a, const SeriesPoint &b) { return a.timeMs < b.timeMs; }));
    for (const SeriesPoint &p : output) {
        const auto it = std::lower_bound(input.cbegin(), input.cend(), p.timeMs,
                                         [](const SeriesPoint &q, qint64 t) { return q.timeMs < t; });
        QVERIFY(it != input.cend() && it->timeMs == p.timeMs);
    }

    // Per column: lo/hi extremes equal, the drawn values span exactly [lowest lo, highest hi], at most
    // four points for each run between gaps.
    const auto in = extents(input, from, to, columns, false);
    const auto outByLoHi = extents(output, from, to, columns, false);
    const auto outByValue = extents(output, from, to, columns, true);
    QCOMPARE(outByLoHi.size(), in.size());
    for (const auto &[column, e] : in) {
        const Extent &o = outByLoHi.at(column);
        const Extent &v = outByValue.at(column);
        QCOMPARE(o.points > 0, e.points > 0);
        if (e.points == 0)
            continue;
        QCOMPARE(o.lo, e.lo);
        QCOMPARE(o.hi, e.hi);
        QCOMPARE(v.lo, e.lo);
        QCOMPARE(v.hi, e.hi);
        if (!e.gap)
            QVERIFY2(o.points <= 4, qPrintable(QStringLiteral("column %1: %2 points").arg(column).arg(o.points)));
    }
    QVERIFY(output.size() < input.size());
    QVERIFY(output.size() <=
            4 * columns + 2 + 5 * std::count_if(input.cbegin(), input.cend(), [](const auto &p) { return p.isGap(); }));

    // First and last in range kept as they are; gaps fall between the same points.
    const auto firstIn = std::lower_bound(input.cbegin(), input.cend(), from,
                                          [](const SeriesPoint &q, qint64 t) { return q.timeMs < t; });
    const auto lastIn = std::upper_bound(input.cbegin(), input.cend(), to,
                                         [](qint64 t, const SeriesPoint &q) { return t < q.timeMs; }) -
                        1;
    QCOMPARE(output.at(1).timeMs, firstIn->timeMs);
    QCOMPARE(output.at(output.size() - 2).timeMs, lastIn->timeMs);
    if (!firstIn->isGap())
        QCOMPARE(output.at(1).value, firstIn->value);
    if (!lastIn->isGap())
        QCOMPARE(output.at(output.size() - 2).value, lastIn->value);
    QCOMPARE(gapsBeforePoints(output, from, to), gapsBeforePoints(input, from, to));
    QVERIFY(!gapsBeforePoints(input, from, to).isEmpty()); // the data had gaps to keep
}

void TestDecimation::smallSeriesUnchanged()
{
    SeriesPoints input;
    for (int i = 0; i < 200; ++i)
        input.append(i == 50 ? SeriesPoint::gap(From + i * Second) : SeriesPoint::sample(From + i * Second, double(i)));
    // 200 raw points on 100 columns: two a column, nothing to reduce.
    const SeriesPoints output = Decimation::reduce(input, From, From + 199 * Second, 100);
    QCOMPARE(output.size(), input.size());
    for (int i = 0; i < input.size(); ++i) {
        QCOMPARE(output[i].timeMs, input[i].timeMs);
        QCOMPARE(output[i].isGap(), input[i].isGap());
        if (!input[i].isGap()) {
            QCOMPARE(output[i].value, input[i].value);
            QCOMPARE(output[i].lo, input[i].lo);
            QCOMPARE(output[i].hi, input[i].hi);
        }
    }
    // Ten a column are reduced.
    QVERIFY(Decimation::reduce(input, From, From + 199 * Second, 20).size() < input.size());

    // Sparse summaries (a day of one-minute buckets on a wide chart) are not left as means: each
    // bucket's low and high are drawn, so a spike inside one bucket shows.
    SeriesPoints buckets;
    for (int i = 0; i < 200; ++i)
        buckets.append({From + i * Minute, 10.0, 9.0, i == 77 ? 500.0 : 11.0});
    const SeriesPoints drawn = Decimation::reduce(buckets, From, From + 199 * Minute, 400);
    QVERIFY(drawn.size() > buckets.size());
    const auto top = std::max_element(drawn.cbegin(), drawn.cend(),
                                      [](const SeriesPoint &a, const SeriesPoint &b) { return a.value < b.value; });
    QCOMPARE(top->value, 500.0);
    QCOMPARE(top->timeMs, From + 77 * Minute);
    QVERIFY(std::any_of(drawn.cbegin(), drawn.cend(), [](const SeriesPoint &p) { return p.value == 9.0; }));
}

void TestDecimation::neighboursReachTheEdges()
{
    SeriesPoints input;
    for (int i = 0; i < 10000; ++i)
        input.append(SeriesPoint::sample(From + i * Second, i % 7));
    const qint64 from = From + 2500 * Second + 500;
    const qint64 to = From + 7500 * Second + 500;
    for (int columns : {10, 1000, 10000}) {
        const SeriesPoints output = Decimation::reduce(input, from, to, columns);
        QVERIFY(output.size() >= 3);
        QCOMPARE(output.constFirst().timeMs, From + 2500 * Second); // the last point before the range
        QCOMPARE(output.constLast().timeMs, From + 7501 * Second);  // the first point after it
        QCOMPARE(std::count_if(output.cbegin(), output.cend(),
                               [&](const SeriesPoint &p) { return p.timeMs < from || p.timeMs > to; }),
                 2);
    }
    // A range after the data keeps only the last point: a line can come in from the left edge.
    const SeriesPoints after = Decimation::reduce(input, From + 20000 * Second, From + 30000 * Second, 100);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.constFirst().timeMs, input.constLast().timeMs);
}

void TestDecimation::degenerateArguments()
{
    QVERIFY(Decimation::reduce({}, From, From + 1000, 100).isEmpty());
    SeriesPoints input;
    for (int i = 0; i < 1000; ++i)
        input.append(SeriesPoint::sample(From + i, i));
    QCOMPARE(Decimation::reduce(input, From, From + 999, 0).size(), 1000); // no columns: nothing reduced
    QCOMPARE(Decimation::reduce(input, From + 10, From + 10, 100).size(), 3);
    // A range of centuries stays in integer range.
    QVERIFY(Decimation::reduce(input, 0, std::numeric_limits<qint64>::max() / 2, 4).size() <= 4 + 2);
}

namespace {

bool same(const SeriesPoint &a, const SeriesPoint &b)
{
    const auto eq = [](double x, double y) { return x == y || (std::isnan(x) && std::isnan(y)); };
    return a.timeMs == b.timeMs && eq(a.value, b.value) && eq(a.lo, b.lo) && eq(a.hi, b.hi);
}

// Like randomSeries, with denser gaps, runs of markers, a leading or trailing marker and flat stretches
// (equal extremes, where the earliest must win).
SeriesPoints gappySeries(QRandomGenerator &random, int count, bool summaries)
{
    SeriesPoints points;
    qint64 t = From;
    double level = 100;
    const int gapOdds = 20 + random.bounded(400);
    if (random.bounded(3) == 0)
        points.append(SeriesPoint::gap(t++));
    for (int i = 0; i < count; ++i) {
        t += 1 + random.bounded(1000);
        if (random.bounded(gapOdds) == 0) {
            for (int g = random.bounded(1, 4); g > 0; --g)
                points.append(SeriesPoint::gap(t++));
            continue;
        }
        if (random.bounded(3) != 0) // a third of the time the level stays: ties
            level = std::round(level + random.bounded(20.0) - 10);
        SeriesPoint p = SeriesPoint::sample(t, level);
        if (summaries) {
            p.lo = level - double(random.bounded(3));
            p.hi = level + double(random.bounded(3));
        }
        points.append(p);
    }
    if (random.bounded(3) == 0)
        points.append(SeriesPoint::gap(t + 1));
    return points;
}

} // namespace

void TestDecimation::summaryAgreesWithScan_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 24; ++seed)
        QTest::addRow("seed-%u", seed) << seed;
}

void TestDecimation::summaryAgreesWithScan()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    const int count = int(random.bounded(1, 200000));
    const SeriesPoints input = gappySeries(random, count, seed % 2 == 0);
    const Decimation::Summary summary(input);
    QCOMPARE(summary.size(), input.size());
    const qint64 first = input.constFirst().timeMs;
    const qint64 span = input.constLast().timeMs - first;
    for (int round = 0; round < 40; ++round) {
        // Ranges inside, across either end or beyond the data; widths from one column to many points a column.
        const qint64 from = first - span / 10 + qint64(random.bounded(double(span) * 1.1));
        const qint64 to = round % 10 == 0 ? from + 1 + qint64(random.bounded(double(span) * 1.2))
                                          : from + 1 + qint64(random.bounded(double(span) / 4 + 1));
        const int columns = round % 7 == 0 ? 1 : int(random.bounded(1, round % 2 == 0 ? 300 : 3000));
        const SeriesPoints expected = Decimation::reduce(input, from, to, columns);
        const SeriesPoints actual = Decimation::reduce(input, summary, from, to, columns);
        QCOMPARE(actual.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            if (!same(actual[i], expected[i]))
                QFAIL(qPrintable(QStringLiteral("range %1..%2, %3 columns: point %4 differs")
                                     .arg(from)
                                     .arg(to)
                                     .arg(columns)
                                     .arg(i)));
        }
    }
    // A summary of other data is not trusted: the plain scan answers.
    const SeriesPoints other = input.mid(1);
    QCOMPARE(Decimation::reduce(other, summary, first, first + span, 100).size(),
             Decimation::reduce(other, first, first + span, 100).size());
}

void TestDecimation::summaryExtremes()
{
    // Against a plain scan, over few distinct values (many ties) and every kind of range.
    QRandomGenerator random(7);
    SeriesPoints grid;
    QVector<double> values;
    for (int i = 0; i < 40000; ++i) {
        grid.append(SeriesPoint::sample(From + i, 0));
        values.append(double(random.bounded(50)));
    }
    const Decimation::Summary summary(grid, values.constData());
    for (int round = 0; round < 3000; ++round) {
        const int a = int(random.bounded(int(values.size())));
        const int b =
            a + 1 + int(random.bounded(round % 3 == 0 ? int(values.size()) - a : qMin(200, int(values.size()) - a)));
        int lowest = a;
        int highest = a;
        for (int i = a; i < b; ++i) {
            if (values[i] < values[lowest])
                lowest = i;
            if (values[i] > values[highest])
                highest = i;
        }
        const QPair<int, int> got = summary.extremes(values.constData(), a, b);
        QCOMPARE(got.first, lowest);
        QCOMPARE(got.second, highest);
    }
}

QTEST_APPLESS_MAIN(TestDecimation)
#include "tst_decimation.moc"
