// The chart and the Metrics page offscreen: gaps drawn as gaps, decimation bounded by the plot width,
// zoom and pan as requests; the page over a real store file with two nodes, stacked graphs, every
// range, zoom, live and removal.
#include "metrics/chartdatasource.h"
#include "metrics/chartframe.h"
#include "metrics/metricbrowser.h"
#include "metrics/metricgraph.h"
#include "metrics/metricspage.h"
#include "metrics/timeserieschart.h"
#include "store/metricstore.h"
#include "support/storefixture.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QDateTime>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>
#include <array>
#include <cmath>

using namespace bilby;
using namespace bilby::test;

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
// 2026-01-01T00:00:00Z: charts that do not follow the clock.
constexpr qint64 T0 = qint64(1767225600) * 1000;

const QColor LineColour(0xe1, 0x57, 0x59);

// A week at one second with gaps at the given (start, length) pairs, value a slow wave with spikes.
SeriesPoints week(const QVector<QPair<qint64, qint64>> &gaps)
{
    SeriesPoints points;
    points.reserve(7 * 86400 + 8);
    int g = 0;
    for (qint64 t = T0; t < T0 + 7 * Day; t += Second) {
        if (g < gaps.size() && t >= gaps[g].first) {
            points.append(SeriesPoint::gap(t));
            t += gaps[g].second;
            ++g;
        }
        points.append(
            SeriesPoint::sample(t, 100 + 50 * std::sin(double(t - T0) / Hour) + ((t / Second) % 9973 == 0 ? 400 : 0)));
    }
    return points;
}

// A grabbed chart, read by time: how many pixels of a colour the plot holds at one instant.
struct ChartImage
{
    QImage image;
    QRect plot;
    qint64 fromMs;
    qint64 toMs;

    int pixelsAt(qint64 timeMs, const QColor &colour) const
    {
        const int x = plot.left() + int(double(timeMs - fromMs) / double(toMs - fromMs) * plot.width());
        // A one-pixel antialiased line that runs between two pixel rows covers each by half: a pixel
        // counts when it is at least 40% of the colour over the white background.
        const auto channels = [](const QColor &c) { return std::array<int, 3>{c.red(), c.green(), c.blue()}; };
        const std::array<int, 3> want = channels(colour);
        const size_t strongest = size_t(std::min_element(want.begin(), want.end()) - want.begin());
        int count = 0;
        for (int y = plot.top(); y <= plot.bottom(); ++y) {
            const std::array<int, 3> got = channels(image.pixelColor(x, y));
            const double coverage = double(255 - got[strongest]) / double(255 - want[strongest]);
            bool blend = coverage >= 0.4;
            for (size_t i = 0; i < 3; ++i)
                blend = blend && std::abs(got[i] - (coverage * want[i] + (1 - coverage) * 255)) < 40;
            count += blend;
        }
        return count;
    }
};

ChartImage grabbed(TimeSeriesChart &chart, qint64 fromMs, qint64 toMs)
{
    QCoreApplication::processEvents(); // the scene lays out axes and legend on its next pass
    return {chart.grab().toImage(), chart.plotRect(), fromMs, toMs};
}

// Time labels at both ends of the axis (the legend, centred, has none there) and value labels.
bool hasAxisLabels(TimeSeriesChart &chart)
{
    const ChartImage drawn = grabbed(chart, 0, 1);
    const auto darkPixels = [&drawn](const QRect &area) {
        int count = 0;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x)
                count += drawn.image.rect().contains(x, y) && qGray(drawn.image.pixel(x, y)) < 100;
        }
        return count;
    };
    const int quarter = drawn.plot.width() / 4;
    const QRect belowLeft(drawn.plot.left() - 20, drawn.plot.bottom() + 3, quarter, 16);
    const QRect belowRight(drawn.plot.right() - quarter + 20, drawn.plot.bottom() + 3, quarter, 16);
    const QRect left(0, drawn.plot.top(), drawn.plot.left() - 3, drawn.plot.height());
    return darkPixels(belowLeft) > 30 && darkPixels(belowRight) > 30 && darkPixels(left) > 30;
}

} // namespace

class TestViewMetricsPage : public QObject
{
    Q_OBJECT
private slots:
    void chartDrawsGapsAsGaps();
    void chartBridgesNarrowGapsBeyondTheCap();
    void chartStacksWithGaps();
    void chartDrawsALoneSample();
    void chartLayersStackedAreas();
    void stackFromCachedTotalsMatchesAScan();
    void chartRequestsRanges();
    void chartLabelsItsAxes();
    void pageOverStore();
    void defaultGraphsAndGroups();
    void staleAnswersAreDropped();
};

void TestViewMetricsPage::chartDrawsGapsAsGaps()
{
    TimeSeriesChart chart;
    chart.resize(900, 400);
    chart.addSeries(QStringLiteral("a"), QStringLiteral("a"), LineColour);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    // Two long gaps in a week at 1 s: 600k points, three runs.
    chart.setPoints(QStringLiteral("a"), week({{T0 + 2 * Day, 12 * Hour}, {T0 + 5 * Day, 8 * Hour}}));
    chart.setVisibleRange(T0, T0 + 7 * Day);
    chart.replotNow();
    QCOMPARE(chart.visibleFrom(), T0);
    QCOMPARE(chart.visibleTo(), T0 + 7 * Day);
    QCOMPARE(chart.runCount(QStringLiteral("a")), 3);
    QVERIFY(chart.pointCount(QStringLiteral("a")) > chart.plotColumns());
    QVERIFY(chart.pointCount(QStringLiteral("a")) <= 4 * chart.plotColumns() + 2);

    // On screen: the line is there on both sides of a gap and absent inside it.
    const ChartImage drawn = grabbed(chart, T0, T0 + 7 * Day);
    QVERIFY(drawn.pixelsAt(T0 + Day, LineColour) > 0);
    QCOMPARE(drawn.pixelsAt(T0 + 2 * Day + 6 * Hour, LineColour), 0);
    QVERIFY(drawn.pixelsAt(T0 + 3 * Day, LineColour) > 0);
    QCOMPARE(drawn.pixelsAt(T0 + 5 * Day + 4 * Hour, LineColour), 0);
    QVERIFY(drawn.pixelsAt(T0 + 6 * Day, LineColour) > 0);

    // Without the gaps it is one run again; an unknown id says so.
    chart.setPoints(QStringLiteral("a"), week({}));
    chart.replotNow();
    QCOMPARE(chart.runCount(QStringLiteral("a")), 1);
    QCOMPARE(chart.runCount(QStringLiteral("b")), -1);
    QCOMPARE(chart.pointCount(QStringLiteral("b")), -1);
    chart.removeSeries(QStringLiteral("a"));
    QVERIFY(chart.seriesIds().isEmpty());
    QCOMPARE(chart.pointCount(QStringLiteral("a")), -1);
}

void TestViewMetricsPage::chartBridgesNarrowGapsBeyondTheCap()
{
    TimeSeriesChart chart;
    chart.resize(900, 400);
    chart.addSeries(QStringLiteral("a"), QStringLiteral("a"), LineColour);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    // 100 gaps, the i-th i+1 minutes long: only the widest survive, as many as the cap allows.
    QVector<QPair<qint64, qint64>> gaps;
    for (int i = 0; i < 100; ++i)
        gaps.append({T0 + qint64(2 * i + 1) * 7 * Day / 200, (i + 1) * Minute});
    chart.setPoints(QStringLiteral("a"), week(gaps));
    chart.setVisibleRange(T0, T0 + 7 * Day);
    chart.replotNow();
    QCOMPARE(chart.runCount(QStringLiteral("a")), TimeSeriesChart::MaxRuns);
    const ChartImage drawn = grabbed(chart, T0, T0 + 7 * Day);
    QCOMPARE(drawn.pixelsAt(gaps.last().first + 50 * Minute, LineColour), 0);  // the widest gap stays a gap
    QVERIFY(drawn.pixelsAt(gaps.first().first + 30 * Second, LineColour) > 0); // the narrowest is bridged
}

void TestViewMetricsPage::chartDrawsALoneSample()
{
    // One sample between two gaps (the node answered once, then went away again) is a run of one
    // point: it shows as a dot, not as nothing.
    TimeSeriesChart chart;
    chart.resize(900, 400);
    chart.addSeries(QStringLiteral("a"), QStringLiteral("a"), LineColour);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const SeriesPoints points{SeriesPoint::sample(T0, 10),       SeriesPoint::sample(T0 + Minute, 10),
                              SeriesPoint::gap(T0 + 2 * Minute), SeriesPoint::sample(T0 + 12 * Hour, 20),
                              SeriesPoint::gap(T0 + 13 * Hour),  SeriesPoint::sample(T0 + Day, 10)};
    chart.setPoints(QStringLiteral("a"), points);
    chart.setVisibleRange(T0, T0 + Day);
    chart.replotNow();
    QCOMPARE(chart.runCount(QStringLiteral("a")), 3);
    const ChartImage drawn = grabbed(chart, T0, T0 + Day);
    QVERIFY(drawn.pixelsAt(T0 + 12 * Hour, LineColour) > 0);
    QCOMPARE(drawn.pixelsAt(T0 + 6 * Hour, LineColour), 0);
}

void TestViewMetricsPage::chartStacksWithGaps()
{
    TimeSeriesChart chart;
    chart.resize(900, 400);
    chart.setUnit(TimeSeriesChart::Unit::Bytes);
    chart.addSeries(QStringLiteral("a"), QStringLiteral("a"), QColor(0x4e79a7), true);
    chart.addSeries(QStringLiteral("b"), QStringLiteral("b"), QColor(0xf28e2b), true);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const SeriesPoints a = week({{T0 + 3 * Day, Day}});
    chart.setPoints(QStringLiteral("a"), a);
    chart.setPoints(QStringLiteral("b"), a);
    chart.setVisibleRange(T0, T0 + 7 * Day);
    chart.replotNow();
    // Both areas break where the grid (the first stacked series) has its gap, on the same x.
    QCOMPARE(chart.runCount(QStringLiteral("a")), 2);
    QCOMPARE(chart.runCount(QStringLiteral("b")), 2);
    QCOMPARE(chart.pointCount(QStringLiteral("a")), chart.pointCount(QStringLiteral("b")));
    QVERIFY(chart.pointCount(QStringLiteral("a")) <= 4 * chart.plotColumns() + 2);
    const ChartImage drawn = grabbed(chart, T0, T0 + 7 * Day);
    QVERIFY(drawn.pixelsAt(T0 + Day, QColor(0xf28e2b)) > 3);
    QCOMPARE(drawn.pixelsAt(T0 + 3 * Day + 12 * Hour, QColor(0xf28e2b)), 0);
}

void TestViewMetricsPage::chartLayersStackedAreas()
{
    // Each area fills from zero to its running sum, the first stacked series in front: the bottom band
    // must show the first series and the band above it the second, at their heights; lines stay on top
    // even when added before the areas.
    const QColor first(0x4e79a7);
    const QColor second(0xf28e2b);
    TimeSeriesChart chart;
    chart.resize(900, 400);
    chart.addSeries(QStringLiteral("line"), QStringLiteral("line"), LineColour);
    chart.addSeries(QStringLiteral("a"), QStringLiteral("a"), first, true);
    chart.addSeries(QStringLiteral("b"), QStringLiteral("b"), second, true);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const auto flat = [](double value) {
        SeriesPoints points;
        for (qint64 t = T0; t <= T0 + Day; t += Minute)
            points.append(SeriesPoint::sample(t, value));
        return points;
    };
    chart.setPoints(QStringLiteral("a"), flat(100));
    chart.setPoints(QStringLiteral("b"), flat(50));
    chart.setPoints(QStringLiteral("line"), flat(60));
    chart.setVisibleRange(T0, T0 + Day);
    chart.replotNow();
    const ChartImage drawn = grabbed(chart, T0, T0 + Day);

    const auto near = [](const QColor &c, const QColor &colour) {
        return std::abs(c.red() - colour.red()) < 40 && std::abs(c.green() - colour.green()) < 40 &&
               std::abs(c.blue() - colour.blue()) < 40;
    };
    for (const qint64 t : {T0 + 3 * Hour, T0 + 12 * Hour, T0 + 20 * Hour}) {
        const int x = drawn.plot.left() + int(double(t - T0) / double(Day) * drawn.plot.width());
        int lowestFirst = -1, highestFirst = drawn.image.height(), firstCount = 0;
        int lowestSecond = -1, highestSecond = drawn.image.height(), secondCount = 0;
        for (int y = drawn.plot.top(); y <= drawn.plot.bottom(); ++y) {
            const QColor c = drawn.image.pixelColor(x, y);
            if (near(c, first)) {
                ++firstCount;
                lowestFirst = qMax(lowestFirst, y);
                highestFirst = qMin(highestFirst, y);
            } else if (near(c, second)) {
                ++secondCount;
                lowestSecond = qMax(lowestSecond, y);
                highestSecond = qMin(highestSecond, y);
            }
        }
        const QByteArray bands = QStringLiteral("first %1 px at %2..%3, second %4 px at %5..%6")
                                     .arg(firstCount)
                                     .arg(highestFirst)
                                     .arg(lowestFirst)
                                     .arg(secondCount)
                                     .arg(highestSecond)
                                     .arg(lowestSecond)
                                     .toUtf8();
        QVERIFY2(firstCount > 10 && secondCount > 5, bands.constData());
        // The first series' band starts at the bottom of the plot, the second's sits right above it.
        QVERIFY2(lowestFirst >= drawn.plot.bottom() - 3, bands.constData());
        QVERIFY2(lowestSecond < highestFirst + 3, bands.constData());
        // 100 below, 50 above: the lower band is twice as tall (the line crosses the first band).
        QVERIFY2(std::abs((lowestFirst - highestFirst + 1) - 2 * (lowestSecond - highestSecond + 1)) <= 4,
                 bands.constData());
        QVERIFY(drawn.pixelsAt(t, LineColour) > 0); // over the areas
    }
    QCOMPARE(chart.pointCount(QStringLiteral("a")), chart.pointCount(QStringLiteral("b")));
}

namespace {

// Stacked series with gaps (markers in runs too), held values below zero and ties, at uneven times.
std::vector<SeriesPoints> stackedSeries(QRandomGenerator &random)
{
    std::vector<SeriesPoints> out(size_t(random.bounded(1, 5)));
    for (SeriesPoints &points : out) {
        qint64 t = T0 + random.bounded(5000);
        double level = 50;
        for (int i = int(random.bounded(20000, 80000)); i > 0; --i) {
            t += 1 + random.bounded(2000);
            if (random.bounded(300) == 0) {
                for (int g = random.bounded(1, 3); g > 0; --g)
                    points.append(SeriesPoint::gap(t++));
                continue;
            }
            if (random.bounded(2) == 0)
                level = std::round(level + random.bounded(10.0) - 5);
            points.append(SeriesPoint::sample(t, level));
        }
    }
    return out;
}

// The stack as ChartFrame::stack documents it, by reading every grid point (no gaps bridged).
ChartFrame::Stack scannedStack(const std::vector<const SeriesPoints *> &series, qint64 from, qint64 to, int columns)
{
    const auto held = [](const SeriesPoints &s, qint64 t) {
        const auto it = std::upper_bound(s.cbegin(), s.cend(), t,
                                         [](qint64 time, const SeriesPoint &p) { return time < p.timeMs; });
        const double v = it == s.cbegin() ? 0.0 : std::prev(it)->value;
        return v > 0 ? v : 0.0;
    };
    const auto total = [&](qint64 t) {
        double sum = 0;
        for (const SeriesPoints *s : series)
            sum += held(*s, t);
        return sum;
    };
    ChartFrame::Stack out;
    out.tops.resize(series.size());
    const SeriesPoints *grid = nullptr;
    for (const SeriesPoints *s : series) {
        if (std::any_of(s->cbegin(), s->cend(),
                        [&](const SeriesPoint &p) { return p.timeMs >= from && p.timeMs <= to; })) {
            grid = s;
            break;
        }
    }
    if (!grid)
        return out;
    int first = 0;
    while (first + 1 < grid->size() && grid->at(first + 1).timeMs < from)
        ++first;
    int end = first;
    while (end < grid->size() && grid->at(end).timeMs <= to)
        ++end;
    end = qMin(int(grid->size()), end + 1);
    const double perMs = double(columns) / double(to - from);
    int groupColumn = -2;
    int lowest = -1;
    int highest = -1;
    double low = 0;
    double high = 0;
    bool newRun = true;
    const auto flush = [&] {
        if (lowest < 0)
            return;
        if (newRun)
            out.runStarts.append(int(out.times.size()));
        newRun = false;
        out.times.append(grid->at(qMin(lowest, highest)).timeMs);
        if (highest != lowest)
            out.times.append(grid->at(qMax(lowest, highest)).timeMs);
        lowest = highest = -1;
    };
    for (int i = first; i < end; ++i) {
        const SeriesPoint &p = grid->at(i);
        if (p.isGap()) {
            flush();
            newRun = true;
            continue;
        }
        const int column = std::clamp(int(std::floor(double(p.timeMs - from) * perMs)), -1, columns);
        if (column != groupColumn) {
            flush();
            groupColumn = column;
        }
        const double t = total(p.timeMs);
        if (lowest < 0 || t < low) {
            lowest = i;
            low = t;
        }
        if (highest < 0 || t > high) {
            highest = i;
            high = t;
        }
    }
    flush();
    for (size_t k = 0; k < series.size(); ++k) {
        for (qint64 t : qAsConst(out.times))
            out.tops[k].append(held(*series[k], t) + (k > 0 ? out.tops[k - 1][out.tops[k].size()] : 0.0));
    }
    return out;
}

} // namespace

void TestViewMetricsPage::stackFromCachedTotalsMatchesAScan()
{
    // One cache over many frames of the same data, as the chart keeps it; then new data and a cleared cache.
    for (quint32 seed = 1; seed <= 6; ++seed) {
        QRandomGenerator random(seed);
        std::vector<SeriesPoints> data = stackedSeries(random);
        ChartFrame::StackTotals cache;
        for (int round = 0; round < 30; ++round) {
            if (round == 15) {
                data = stackedSeries(random);
                cache = {};
            }
            std::vector<const SeriesPoints *> series;
            for (const SeriesPoints &s : data)
                series.push_back(&s);
            const qint64 first = data.front().constFirst().timeMs;
            const qint64 span = data.front().constLast().timeMs - first;
            const qint64 from = first - span / 10 + qint64(random.bounded(double(span)));
            const qint64 to = from + 1 + qint64(random.bounded(double(span) / (round % 3 == 0 ? 1 : 20)));
            const int columns = int(random.bounded(1, 1500));
            const ChartFrame::Stack expected = scannedStack(series, from, to, columns);
            const ChartFrame::Stack actual = ChartFrame::stack(series, cache, from, to, columns, 1 << 30);
            QCOMPARE(actual.times, expected.times);
            QCOMPARE(actual.runStarts, expected.runStarts);
            for (size_t k = 0; k < series.size(); ++k)
                QCOMPARE(actual.tops[k], expected.tops[k]);
        }
    }
}

void TestViewMetricsPage::chartRequestsRanges()
{
    TimeSeriesChart chart;
    chart.resize(900, 400);
    chart.addSeries(QStringLiteral("a"), QStringLiteral("a"), LineColour);
    chart.setPoints(QStringLiteral("a"), week({}));
    chart.setVisibleRange(T0, T0 + 7 * Day);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.replotNow();
    QSignalSpy requests(&chart, &TimeSeriesChart::rangeRequested);
    auto *view = chart.findChild<QAbstractScrollArea *>(QStringLiteral("chartView"));
    QVERIFY(view);
    QWidget *viewport = view->viewport();
    const QRect plot = chart.plotRect();
    const auto at = [&](double fraction) {
        return viewport->mapFrom(&chart, QPoint(plot.left() + int(fraction * plot.width()), plot.center().y()));
    };
    const qint64 span = 7 * Day;
    const qint64 pixel = span / plot.width() + 1;
    const auto near = [pixel](qint64 a, qint64 b) { return std::abs(a - b) <= 2 * pixel; };

    // Not interactive (the node page): dragging does nothing.
    QTest::mousePress(viewport, Qt::LeftButton, {}, at(0.25));
    QTest::mouseMove(viewport, at(0.75));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, at(0.75));
    QCOMPARE(requests.size(), 0);

    chart.setInteractive(true);
    // A rubber band asks for its range and leaves the chart as it was.
    QTest::mousePress(viewport, Qt::LeftButton, {}, at(0.25));
    QTest::mouseMove(viewport, at(0.5));
    auto *band = chart.findChild<QWidget *>(QStringLiteral("zoomBand"));
    QVERIFY(band && band->isVisible());
    QTest::mouseMove(viewport, at(0.75));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, at(0.75));
    QVERIFY(!band->isVisible());
    QCOMPARE(requests.size(), 1);
    QVERIFY(near(requests.at(0).at(0).toLongLong(), T0 + span / 4));
    QVERIFY(near(requests.at(0).at(1).toLongLong(), T0 + 3 * span / 4));
    chart.replotNow();
    QCOMPARE(chart.visibleFrom(), T0);
    // A click is not a zoom.
    QTest::mouseClick(viewport, Qt::LeftButton, {}, at(0.5));
    QCOMPARE(requests.size(), 1);

    // Shift+drag pans: the range follows the pointer.
    requests.clear();
    QTest::mousePress(viewport, Qt::LeftButton, Qt::ShiftModifier, at(0.5));
    QTest::mouseMove(viewport, at(0.6));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::ShiftModifier, at(0.6));
    QVERIFY(!requests.isEmpty());
    QVERIFY(near(requests.last().at(0).toLongLong(), T0 - span / 10));
    QVERIFY(near(requests.last().at(1).toLongLong(), T0 + span - span / 10));

    // Keys pan and zoom around the middle.
    requests.clear();
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(requests.size(), 1);
    QVERIFY(near(requests.at(0).at(0).toLongLong(), T0 + span / 10));
    QTest::keyClick(view, Qt::Key_Minus);
    QCOMPARE(requests.size(), 2);
    const qint64 wider = requests.at(1).at(1).toLongLong() - requests.at(1).at(0).toLongLong();
    QVERIFY(wider > span &&
            near((requests.at(1).at(0).toLongLong() + requests.at(1).at(1).toLongLong()) / 2, T0 + span / 2));
}

void TestViewMetricsPage::chartLabelsItsAxes()
{
    // The first frame drawn once the chart is on screen (as on the Metrics page) has labels too.
    TimeSeriesChart chart;
    chart.resize(900, 300);
    chart.addSeries(QStringLiteral("a"), QStringLiteral("a"), LineColour);
    chart.setPoints(QStringLiteral("a"), week({}));
    chart.setVisibleRange(T0, T0 + 7 * Day);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTRY_COMPARE(chart.visibleTo(), T0 + 7 * Day);
    QVERIFY(hasAxisLabels(chart));
}

namespace {

const QString NodeA = QStringLiteral("shop@db1.example.com");
const QString NodeB = QStringLiteral("shop@db2.example.com");
const QString Memory = QStringLiteral("memory.total");
const QString Processes = QStringLiteral("limits.process_count");

// Three hours of both nodes every 10 s up to now; node A was down from 40 to 20 minutes ago.
bool fillStore(MetricStore &store, qint64 nowMs)
{
    constexpr int Interval = 10 * 1000;
    for (qint64 t = nowMs - 3 * Hour; t <= nowMs; t += Interval) {
        const double wave = std::sin(double(t) / double(10 * Minute));
        for (const QString &node : {NodeA, NodeB}) {
            if (node == NodeA && t > nowMs - 40 * Minute && t < nowMs - 20 * Minute)
                continue;
            MetricSample sample;
            sample.timeMs = t;
            sample.intervalMs = Interval;
            sample.values.insert(Memory, 50e6 + 10e6 * wave + (node == NodeB ? 20e6 : 0));
            sample.values.insert(Processes, 300 + 50 * wave);
            store.append(node, sample, Interval);
        }
    }
    bool done = false;
    bool ok = false;
    QObject context;
    store.flush(&context, [&](const StoreError &error) {
        ok = !error.isError();
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 10000) && ok;
}

QString idOf(MetricGraph *graph, const SeriesKey &key)
{
    const int index = int(graph->lines().indexOf(key));
    return index >= 0 ? graph->chart()->seriesIds().value(index) : QString();
}

QAction *action(QWidget *page, const QString &name)
{
    return page->findChild<QAction *>(name);
}

} // namespace

void TestViewMetricsPage::pageOverStore()
{
    QTemporaryDir dir;
    MetricStore store;
    QVERIFY(openStore(store, dir.filePath(QStringLiteral("history.sqlite"))));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(fillStore(store, now));
    ChartDataSource source(nullptr, &store);
    source.refreshSeries();
    QTRY_COMPARE(source.series().size(), 4);

    MetricsPage page(&source);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *hint = page.findChild<QLabel *>(QStringLiteral("emptyHint"));
    QVERIFY(hint && hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("Add to Graph")));
    QCOMPARE(page.presetSpan(), Hour);
    QVERIFY(page.isLive());

    // The search narrows the list; a metric row means both nodes.
    MetricBrowser *browser = page.browser();
    QTest::keyClicks(browser->searchEdit(), QStringLiteral("mem tot"));
    QVERIFY(!browser->select(Processes)); // filtered out
    QVERIFY(browser->select(Memory));
    QCOMPARE(browser->selectedKeys(), (QList<SeriesKey>{{NodeA, Memory}, {NodeB, Memory}}));
    auto *add = browser->findChild<QPushButton *>(QStringLiteral("addToGraphButton"));
    auto *addNew = browser->findChild<QPushButton *>(QStringLiteral("addAsNewGraphButton"));
    QVERIFY(add && addNew && add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(page.graphs().size(), 1);
    MetricGraph *first = page.graphs().constFirst();
    QTRY_VERIFY(!hint->isVisible());
    QCOMPARE(first->lines().size(), 2);
    QCOMPARE(first->findChild<QLabel *>(QStringLiteral("graphTitle"))->text(), QStringLiteral("Memory: total (bytes)"));
    QCOMPARE(first->chart()->valueCaption(), QStringLiteral("bytes"));
    const QString a = idOf(first, {NodeA, Memory});
    const QString b = idOf(first, {NodeB, Memory});
    QTRY_VERIFY(first->chart()->pointCount(a) > 10 && first->chart()->pointCount(b) > 10);
    QVERIFY(hasAxisLabels(*first->chart()));
    QVERIFY(first->chart()->pointCount(a) <= 4 * first->chart()->plotColumns() + 2);
    // Node A's outage is a gap: two runs; node B has none.
    QTRY_COMPARE(first->chart()->runCount(a), 2);
    QCOMPARE(first->chart()->runCount(b), 1);
    QCOMPARE(first->resolutionText(), QStringLiteral("raw"));

    // One node's process count on the same graph: mixed units, labelled by metric and node.
    browser->searchEdit()->clear();
    QVERIFY(browser->select(Processes, NodeB));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(page.graphs().size(), 1);
    QCOMPARE(first->lines().size(), 3);
    QCOMPARE(first->chart()->valueCaption(), QStringLiteral("mixed units"));
    // The process count of both nodes as a graph of its own, under the first.
    QVERIFY(browser->select(Processes));
    QTest::mouseClick(addNew, Qt::LeftButton);
    QCOMPARE(page.graphs().size(), 2);
    MetricGraph *second = page.graphs().constLast();
    QCOMPARE(page.currentGraph(), second);
    QCOMPARE(second->chart()->valueCaption(), QStringLiteral("count"));
    QTRY_VERIFY(second->chart()->pointCount(idOf(second, {NodeA, Processes})) > 10);

    // Every range, on both graphs at once, with the resolution the store chose for it.
    const QStringList resolutions{QStringLiteral("raw"),   QStringLiteral("raw"),   QStringLiteral("1 min"),
                                  QStringLiteral("1 min"), QStringLiteral("1 min"), QStringLiteral("1 h")};
    for (int i = 0; i < MetricsPage::presetSpans().size(); ++i) {
        QAction *preset = action(&page, QStringLiteral("range%1").arg(i));
        QVERIFY(preset);
        preset->trigger();
        QVERIFY(preset->isChecked());
        const qint64 span = MetricsPage::presetSpans()[i];
        QCOMPARE(page.rangeTo() - page.rangeFrom(), span);
        for (MetricGraph *graph : page.graphs()) {
            QTRY_COMPARE(graph->chart()->visibleTo() - graph->chart()->visibleFrom(), span);
            QTRY_COMPARE_WITH_TIMEOUT(graph->resolutionText(), resolutions[i], 10000);
            QCOMPARE(graph->chart()->visibleFrom(), page.rangeFrom());
        }
        QTRY_VERIFY(first->chart()->pointCount(b) > 2);
        if (i >= 1 && i <= 3) // the outage is wider than a pixel column up to a week
            QTRY_COMPARE(first->chart()->runCount(a), 2);
    }

    // A rubber band on the first graph zooms every graph and ends Live; Reset Zoom brings both back.
    action(&page, QStringLiteral("range1"))->trigger();
    QTRY_COMPARE(first->chart()->visibleTo() - first->chart()->visibleFrom(), Hour);
    auto *view = first->chart()->findChild<QAbstractScrollArea *>(QStringLiteral("chartView"));
    QWidget *viewport = view->viewport();
    const QRect plot = first->chart()->plotRect();
    const auto at = [&](double f) {
        return viewport->mapFrom(first->chart(), QPoint(plot.left() + int(f * plot.width()), plot.center().y()));
    };
    QTest::mousePress(viewport, Qt::LeftButton, {}, at(0.2));
    QTest::mouseMove(viewport, at(0.5));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, at(0.5));
    QVERIFY(page.isZoomed());
    QVERIFY(!page.isLive());
    QVERIFY(!action(&page, QStringLiteral("liveAction"))->isChecked());
    QVERIFY(!action(&page, QStringLiteral("range1"))->isChecked());
    QVERIFY(action(&page, QStringLiteral("resetZoomAction"))->isEnabled());
    QVERIFY(std::abs(page.rangeTo() - page.rangeFrom() - 18 * Minute) < 2 * Minute);
    QTRY_COMPARE(second->chart()->visibleFrom(), page.rangeFrom());
    QTRY_COMPARE(second->chart()->visibleTo(), page.rangeTo());
    QTRY_VERIFY(second->chart()->pointCount(idOf(second, {NodeB, Processes})) > 10);
    action(&page, QStringLiteral("resetZoomAction"))->trigger();
    QVERIFY(!page.isZoomed());
    QVERIFY(page.isLive());
    QCOMPARE(page.rangeTo() - page.rangeFrom(), Hour);
    QVERIFY(action(&page, QStringLiteral("range1"))->isChecked());

    // Live: a new sample of a node on screen slides the range to the present.
    const qint64 before = page.rangeTo();
    QTest::qWait(300);
    emit source.sampled(NodeA, QDateTime::currentMSecsSinceEpoch());
    QTRY_VERIFY(page.rangeTo() > before);
    QTRY_COMPARE(second->chart()->visibleTo(), page.rangeTo());

    // Removing a line through the graph's menu, then graphs; the hint comes back.
    auto *lines = first->findChild<QToolButton *>(QStringLiteral("linesButton"));
    QVERIFY(lines && lines->menu());
    const QList<QAction *> removals = lines->menu()->actions();
    QCOMPARE(removals.size(), 3);
    removals.constFirst()->trigger();
    QCOMPARE(first->lines().size(), 2);
    QCOMPARE(first->chart()->seriesIds().size(), 2);
    QTest::mouseClick(second->findChild<QToolButton *>(QStringLiteral("removeGraphButton")), Qt::LeftButton);
    QCOMPARE(page.graphs().size(), 1);
    QCOMPARE(page.currentGraph(), first);
    page.removeGraph(first);
    QVERIFY(page.graphs().isEmpty());
    QTRY_VERIFY(hint->isVisible());
}

void TestViewMetricsPage::staleAnswersAreDropped()
{
    QTemporaryDir dir;
    MetricStore store;
    QVERIFY(openStore(store, dir.filePath(QStringLiteral("history.sqlite"))));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(fillStore(store, now));
    ChartDataSource source(nullptr, &store);
    MetricGraph graph(&source);
    graph.resize(800, 300);
    graph.show();
    QVERIFY(QTest::qWaitForWindowExposed(&graph));
    graph.setRange(now - 2 * Hour, now);
    QVERIFY(graph.addLine({NodeA, Memory}));
    QVERIFY(!graph.addLine({NodeA, Memory}));
    // Three ranges while the first answer is on its way: only the last is drawn.
    graph.setRange(now - Hour, now);
    graph.refresh();
    graph.setRange(now - 30 * Minute, now);
    graph.refresh();
    QCOMPARE(graph.fetchesSent(), 1);
    QTRY_COMPARE(graph.answersDropped(), 1);
    QTRY_VERIFY(graph.chart()->pointCount(graph.chart()->seriesIds().constFirst()) > 0);
    QTRY_COMPARE(graph.fetchesSent(), 2);
    QTest::qWait(100);
    QCOMPARE(graph.answersDropped(), 1);
    graph.chart()->replotNow();
    QCOMPARE(graph.chart()->visibleFrom(), now - 30 * Minute);
}

void TestViewMetricsPage::defaultGraphsAndGroups()
{
    QTemporaryDir dir;
    MetricStore store;
    QVERIFY(openStore(store, dir.filePath(QStringLiteral("history.sqlite"))));
    QVERIFY(fillStore(store, QDateTime::currentMSecsSinceEpoch()));
    ChartDataSource source(nullptr, &store);
    source.refreshSeries();
    QTRY_COMPARE(source.series().size(), 4);

    MetricsPage page(&source);
    page.setDefaultGraphs({Memory, Processes, QStringLiteral("scheduler.utilisation")});
    // One graph per default metric the store has, one line per node; none for what it lacks.
    QCOMPARE(page.graphs().size(), 2);
    QCOMPARE(page.graphs().at(0)->lines(), (QList<SeriesKey>{{NodeA, Memory}, {NodeB, Memory}}));
    QCOMPARE(page.graphs().at(1)->lines(), (QList<SeriesKey>{{NodeA, Processes}, {NodeB, Processes}}));
    QCOMPARE(page.currentGraph(), page.graphs().at(0));
    // A graph the user removes does not come back when the series change.
    page.removeGraph(page.graphs().at(1));
    source.refreshSeries();
    QTest::qWait(500);
    QCOMPARE(page.graphs().size(), 1);

    // The list groups metrics by kind, in words with their units; the raw name still finds them.
    QTreeView *tree = page.browser()->view();
    QStringList kinds;
    for (int r = 0; r < tree->model()->rowCount(); ++r)
        kinds.append(tree->model()->index(r, 0).data().toString());
    QCOMPARE(kinds, (QStringList{QStringLiteral("Memory"), QStringLiteral("Limits: processes, ports, atoms, ETS")}));
    QCOMPARE(MetricBrowser::label(QStringLiteral("dist.app@db1%2eexample.bytes_in")),
             QStringLiteral("app@db1.example \u00b7 bytes in (bytes/s)"));
    QTest::keyClicks(page.browser()->searchEdit(), QStringLiteral("limits.process_count"));
    QVERIFY(page.browser()->select(Processes));
    QVERIFY(!page.browser()->select(Memory));
}

QTEST_MAIN(TestViewMetricsPage)
#include "tst_view_metricspage.moc"
