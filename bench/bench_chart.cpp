// Chart redraw with a week of 1 s samples: Bilby's path (decimate per pixel column, hand the polylines
// to the plot item, paint) against handing every point to QLineSeries::replace() and painting, in one run.
//
// Each frame moves the visible range by a second, as a live chart does, and ends with the chart
// painted into an image (the widgets are never shown, so each frame is painted exactly once). Two
// shapes: 8 series stacked as areas (the node page's memory chart) and 8 separate lines (a graph of
// the Metrics page). The data is memory-like: a random walk with a daily cycle and, every two hours
// or so, a burst of 10 to 60 s at one and a half times the level; how long painting takes depends
// on how spiky the data is.
#include "metrics/decimation.h"
#include "metrics/seriespoint.h"
#include "metrics/timeserieschart.h"

#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QRandomGenerator>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

using namespace bilby;

namespace {

constexpr int SeriesCount = 8;
constexpr int Points = 7 * 24 * 3600; // 7 days at 1 s
constexpr qint64 T0 = qint64(1767225600) * 1000;
constexpr qint64 Second = 1000;
constexpr qint64 Span = qint64(Points) * Second;
const QSize ChartSize(1100, 500); // a graph in a 1280 px wide window: about 1000 px of plot
constexpr int OurFrames = 20;
constexpr int NaiveLineFrames = 3;
constexpr int NaiveStackedFrames = 1; // tens of seconds each
constexpr int RebuildFrames = 5;
bool skipNaive = false; // --no-naive: Bilby's path only (for profiling)
const QRgb Colours[SeriesCount] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f, 0xedc948, 0xb07aa1, 0xff9da7};

struct Frame
{
    double data = 0;  ///< range, decimation, polylines: until the plot item holds its points
    double paint = 0; ///< layout and painting into the image
    double total() const { return data + paint; }
};

struct Stats
{
    double p50 = 0;
    double max = 0;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back()};
}

SeriesPoints makeSeries(quint32 seed)
{
    QRandomGenerator random(seed);
    SeriesPoints points;
    points.reserve(Points);
    double level = 50e6 + random.bounded(50e6);
    int burstLeft = 0;
    for (int i = 0; i < Points; ++i) {
        level = qMax(5e6, level + random.bounded(2e5) - 1e5);
        if (burstLeft == 0 && random.bounded(7200) == 0)
            burstLeft = 10 + random.bounded(51);
        const double daily = 1 + 0.1 * std::sin(2 * M_PI * i / 86400.0);
        const double burst = burstLeft > 0 ? 1.5 : 1.0;
        burstLeft = qMax(0, burstLeft - 1);
        points.append(SeriesPoint::sample(T0 + i * Second, level * daily * burst));
    }
    return points;
}

// Times @p frames frames; frame i shows the week shifted by i seconds.
std::vector<Frame> time(int frames, const std::function<void(qint64, qint64)> &update, QWidget *widget)
{
    QImage image(ChartSize, QImage::Format_ARGB32_Premultiplied);
    std::vector<Frame> out;
    for (int i = 0; i < frames; ++i) {
        QElapsedTimer timer;
        timer.start();
        update(T0 + i * Second, T0 + Span + i * Second);
        Frame frame;
        frame.data = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        QApplication::processEvents(); // the scene lays out axes and legend here
        QPainter painter(&image);
        widget->render(&painter);
        painter.end();
        frame.paint = double(timer.nsecsElapsed()) / 1e6;
        out.push_back(frame);
    }
    return out;
}

// The data part of a frame right after every series got new points (a live chart, once a second):
// what rebuilding the summaries and stack totals adds to a frame.
std::vector<double> rebuildFrames(TimeSeriesChart &chart, const std::vector<SeriesPoints> &data, int frames)
{
    std::vector<double> out;
    for (int i = 0; i < frames; ++i) {
        std::vector<SeriesPoints> fresh(data.begin(), data.end());
        for (SeriesPoints &points : fresh)
            points.detach(); // new data, as the store hands it over
        QElapsedTimer timer;
        timer.start();
        for (int k = 0; k < SeriesCount; ++k)
            chart.setPoints(QString::number(k), fresh[size_t(k)]);
        chart.setVisibleRange(T0 + i * Second, T0 + Span + i * Second);
        chart.replotNow();
        out.push_back(double(timer.nsecsElapsed()) / 1e6);
        QApplication::processEvents();
    }
    return out;
}

std::vector<Frame> bilbyFrames(const std::vector<SeriesPoints> &data, bool stacked, int *columns,
                               std::vector<double> *rebuild = nullptr)
{
    TimeSeriesChart chart;
    chart.resize(ChartSize);
    chart.setUnit(TimeSeriesChart::Unit::Bytes);
    for (int k = 0; k < SeriesCount; ++k) {
        const QString id = QString::number(k);
        chart.addSeries(id, id, QColor(Colours[k]), stacked);
        chart.setPoints(id, data[size_t(k)]);
    }
    const auto update = [&chart](qint64 from, qint64 to) {
        chart.setVisibleRange(from, to);
        chart.replotNow();
    };
    time(2, update, &chart); // warm up: layout, fonts
    *columns = chart.plotColumns();
    std::vector<Frame> frames = time(OurFrames, update, &chart);
    if (rebuild)
        *rebuild = rebuildFrames(chart, data, RebuildFrames);
    return frames;
}

std::vector<Frame> naiveFrames(const std::vector<SeriesPoints> &data, bool stacked)
{
    // The naive path gets its points ready-made, stacked already: only handing them over is timed.
    std::vector<QList<QPointF>> uppers(SeriesCount), lowers(SeriesCount);
    for (int k = 0; k < SeriesCount; ++k) {
        uppers[size_t(k)].reserve(Points);
        lowers[size_t(k)].reserve(Points);
        for (int i = 0; i < Points; ++i) {
            const double below = stacked && k > 0 ? uppers[size_t(k - 1)][i].y() : 0.0;
            const SeriesPoint &p = data[size_t(k)][i];
            uppers[size_t(k)].append(QPointF(double(p.timeMs), below + p.value / 1e6));
            lowers[size_t(k)].append(QPointF(double(p.timeMs), below));
        }
    }
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *timeAxis = new QDateTimeAxis;
    auto *valueAxis = new QValueAxis;
    chart->addAxis(timeAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    valueAxis->setRange(0, stacked ? 1600 : 300);
    std::vector<QLineSeries *> lines, bases;
    for (const QRgb colour : Colours) {
        auto *line = new QLineSeries;
        QAbstractSeries *drawn = line;
        if (stacked) {
            auto *lower = new QLineSeries;
            auto *area = new QAreaSeries(line, lower);
            area->setColor(QColor(colour));
            bases.push_back(lower);
            drawn = area;
        } else {
            line->setPen(QPen(QColor(colour), 1));
        }
        lines.push_back(line);
        chart->addSeries(drawn);
        drawn->attachAxis(timeAxis);
        drawn->attachAxis(valueAxis);
    }
    QChartView view(chart);
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(ChartSize);
    return time(
        stacked ? NaiveStackedFrames : NaiveLineFrames,
        [&](qint64 from, qint64 to) {
            timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
            for (int k = 0; k < SeriesCount; ++k) {
                lines[size_t(k)]->replace(uppers[size_t(k)]);
                if (stacked)
                    bases[size_t(k)]->replace(lowers[size_t(k)]);
            }
        },
        &view);
}

void print(const char *path, const std::vector<Frame> &frames)
{
    std::vector<double> total, data, paint;
    for (const Frame &f : frames) {
        total.push_back(f.total());
        data.push_back(f.data);
        paint.push_back(f.paint);
    }
    const Stats t = stats(total);
    std::printf("  %-44s %3zu frame(s)  p50 %9.1f ms  max %9.1f ms   (p50: data %.1f + paint %.1f)\n", path,
                frames.size(), t.p50, t.max, stats(data).p50, stats(paint).p50);
}

void report(const char *shape, const std::vector<SeriesPoints> &data, bool stacked)
{
    int columns = 0;
    std::vector<double> rebuild;
    const std::vector<Frame> ours = bilbyFrames(data, stacked, &columns, &rebuild);
    std::printf("%s, plot %d px wide\n", shape, columns);
    print("Bilby: decimate per column, plot item", ours);
    const Stats r = stats(rebuild);
    std::printf("  %-44s %3zu frame(s)  p50 %9.1f ms  max %9.1f ms   (data only: summaries rebuilt)\n",
                "Bilby, first frame after new data", rebuild.size(), r.p50, r.max);
    if (skipNaive) {
        std::printf("\n");
        return;
    }
    const std::vector<Frame> naive = naiveFrames(data, stacked);
    print("naive: QLineSeries::replace(every point)", naive);
    const auto p50 = [](const std::vector<Frame> &frames) {
        std::vector<double> total;
        total.reserve(frames.size());
        for (const Frame &f : frames)
            total.push_back(f.total());
        return stats(total).p50;
    };
    std::printf("  naive / Bilby at p50: %.0fx; Bilby's target, 30 ms a frame: %s\n", p50(naive) / p50(ours),
                p50(ours) <= 30 ? "met" : "not met");
    if (!stacked) {
        // What a Metrics graph gets in the application: the store's answer, reduced to the plot's columns.
        std::vector<SeriesPoints> reduced;
        reduced.reserve(data.size());
        for (const SeriesPoints &series : data)
            reduced.push_back(Decimation::reduce(series, T0, T0 + Span, columns));
        int unused = 0;
        print("Bilby, data as the store hands it (reduced)", bilbyFrames(reduced, stacked, &unused));
    }
    std::printf("\n");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    skipNaive = QCoreApplication::arguments().contains(QStringLiteral("--no-naive"));
    std::printf("Chart redraw: %d series x %d points (7 days at 1 s), chart %dx%d px, antialiased, offscreen.\n"
                "A frame moves the range by 1 s: data = the range set and the polylines built, paint = the chart\n"
                "laid out and painted into an image. %d frames of Bilby's path, fewer of the naive one.\n\n",
                SeriesCount, Points, ChartSize.width(), ChartSize.height(), OurFrames);
    std::fflush(stdout);
    std::vector<SeriesPoints> data;
    data.reserve(SeriesCount);
    for (int k = 0; k < SeriesCount; ++k)
        data.push_back(makeSeries(quint32(k + 1)));
    report("8 series stacked as areas (like the node page's memory chart)", data, true);
    report("8 separate lines on one graph (like a Metrics graph)", data, false);
    return 0;
}
