// Chart redraw with a week of 1 s samples: Bilby's path (decimate per pixel column, one replace() per
// Qt series, render) against handing every point to QLineSeries::replace() and rendering, in one run.
//
// Each frame moves the visible range by a second, as a live chart does, and ends with the chart
// painted into an image, so drawing counts as much as the data work. Two shapes are measured:
// 8 series stacked as areas (the node page's memory chart) and 8 separate lines (a Metrics graph).
#include "seriespoint.h"
#include "timeserieschart.h"

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
const QSize WindowSize(1400, 800);
constexpr int OurFrames = 30;
constexpr int NaiveFrames = 3;
const QRgb Colours[SeriesCount] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f, 0xedc948, 0xb07aa1, 0xff9da7};

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

// A memory-like series: a random walk with occasional spikes, never negative.
SeriesPoints makeSeries(quint32 seed)
{
    QRandomGenerator random(seed);
    SeriesPoints points;
    points.reserve(Points);
    double level = 50e6 + random.bounded(50e6);
    for (int i = 0; i < Points; ++i) {
        level = qMax(1e6, level + random.bounded(2e5) - 1e5);
        const double spike = random.bounded(5000) == 0 ? level : 0;
        points.append(SeriesPoint::sample(T0 + i * Second, level + spike));
    }
    return points;
}

void render(QWidget *widget, QImage &image)
{
    QApplication::processEvents(); // the scene lays out axes and legend here
    QPainter painter(&image);
    widget->render(&painter);
}

// Times @p frames frames; frame i shows the week shifted by i seconds.
std::vector<double> time(int frames, const std::function<void(qint64 from, qint64 to)> &frame)
{
    std::vector<double> ms;
    for (int i = 0; i < frames; ++i) {
        QElapsedTimer timer;
        timer.start();
        frame(T0 + i * Second, T0 + Span + i * Second);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return ms;
}

std::vector<double> bilbyFrames(const std::vector<SeriesPoints> &data, bool stacked, int *columns)
{
    TimeSeriesChart chart;
    chart.resize(WindowSize);
    chart.setUnit(TimeSeriesChart::Unit::Bytes);
    for (int k = 0; k < SeriesCount; ++k) {
        const QString id = QString::number(k);
        chart.addSeries(id, id, QColor(Colours[k]), stacked);
        chart.setPoints(id, data[size_t(k)]);
    }
    chart.show();
    QImage image(WindowSize, QImage::Format_ARGB32_Premultiplied);
    const auto frame = [&](qint64 from, qint64 to) {
        chart.setVisibleRange(from, to);
        chart.replotNow();
        render(&chart, image);
    };
    time(2, frame); // warm up: layout, fonts, the runs' pools
    *columns = chart.plotColumns();
    return time(OurFrames, frame);
}

std::vector<double> naiveFrames(const std::vector<SeriesPoints> &data, bool stacked)
{
    // Everything the chart is given outside the timed frames: the naive path gets its points ready-made.
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
    valueAxis->setRange(0, stacked ? 1600 : 200);
    std::vector<QLineSeries *> lines, bases;
    for (int k = 0; k < SeriesCount; ++k) {
        auto *line = new QLineSeries;
        QAbstractSeries *drawn = line;
        if (stacked) {
            auto *lower = new QLineSeries;
            auto *area = new QAreaSeries(line, lower);
            area->setColor(QColor(Colours[k]));
            bases.push_back(lower);
            drawn = area;
        } else {
            line->setPen(QPen(QColor(Colours[k]), 2));
        }
        lines.push_back(line);
        chart->addSeries(drawn);
        drawn->attachAxis(timeAxis);
        drawn->attachAxis(valueAxis);
    }
    QChartView view(chart);
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(WindowSize);
    view.show();
    QImage image(WindowSize, QImage::Format_ARGB32_Premultiplied);
    return time(NaiveFrames, [&](qint64 from, qint64 to) {
        timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
        for (int k = 0; k < SeriesCount; ++k) {
            lines[size_t(k)]->replace(uppers[size_t(k)]);
            if (stacked)
                bases[size_t(k)]->replace(lowers[size_t(k)]);
        }
        render(&view, image);
    });
}

void report(const char *shape, const std::vector<SeriesPoints> &data, bool stacked)
{
    int columns = 0;
    const Stats ours = stats(bilbyFrames(data, stacked, &columns));
    const Stats naive = stats(naiveFrames(data, stacked));
    std::printf("%s (plot %d px wide)\n", shape, columns);
    std::printf("  %-52s %6d frames  p50 %8.1f ms  max %8.1f ms\n", "Bilby: decimate + one replace per run + render",
                OurFrames, ours.p50, ours.max);
    std::printf("  %-52s %6d frames  p50 %8.1f ms  max %8.1f ms\n", "naive: QLineSeries::replace(all points) + render",
                NaiveFrames, naive.p50, naive.max);
    std::printf("  naive / Bilby (p50): %.0fx   target for Bilby: <= 30 ms a frame: %s\n\n", naive.p50 / ours.p50,
                ours.p50 <= 30 ? "met" : "NOT met");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::printf("Chart redraw: %d series x %d points (7 days at 1 s), window %dx%d, antialiased, offscreen.\n"
                "A frame shifts the range by 1 s and ends with the chart painted into an image.\n\n",
                SeriesCount, Points, WindowSize.width(), WindowSize.height());
    std::fflush(stdout);
    std::vector<SeriesPoints> data;
    for (int k = 0; k < SeriesCount; ++k)
        data.push_back(makeSeries(quint32(k + 1)));
    report("8 series stacked as areas (like the memory chart)", data, true);
    report("8 separate lines on one graph", data, false);
    return 0;
}
