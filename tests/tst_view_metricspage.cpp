// The chart and the Metrics page offscreen: gaps drawn as gaps, decimation bounded by the plot width,
// zoom and pan as requests; the page over a real store file with two nodes, stacked graphs, every
// range, zoom, live and removal.
#include "timeserieschart.h"

#include <QAbstractScrollArea>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace bilby;

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
        int count = 0;
        for (int y = plot.top(); y <= plot.bottom(); ++y) {
            const QColor c = image.pixelColor(x, y);
            count += std::abs(c.red() - colour.red()) < 40 && std::abs(c.green() - colour.green()) < 40 &&
                     std::abs(c.blue() - colour.blue()) < 40;
        }
        return count;
    }
};

ChartImage grabbed(TimeSeriesChart &chart, qint64 fromMs, qint64 toMs)
{
    QCoreApplication::processEvents(); // the scene lays out axes and legend on its next pass
    return {chart.grab().toImage(), chart.plotRect(), fromMs, toMs};
}

} // namespace

class TestViewMetricsPage : public QObject
{
    Q_OBJECT
private slots:
    void chartDrawsGapsAsGaps();
    void chartBridgesNarrowGapsBeyondTheCap();
    void chartStacksWithGaps();
    void chartRequestsRanges();
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

QTEST_MAIN(TestViewMetricsPage)
#include "tst_view_metricspage.moc"
