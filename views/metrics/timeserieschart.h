#pragma once

#include "metrics/chartframe.h"
#include "metrics/seriespoint.h"

#include <QColor>
#include <QTimer>
#include <QWidget>

#include <vector>

class QAbstractSeries;
class QChart;
class QChartView;
class QDateTimeAxis;
class QValueAxis;

namespace bilby {

class ChartInteraction;
class PlotItem;

/**
 * @brief A chart of time series, the only class that knows about Qt Charts.
 *
 * Qt Charts is deprecated from Qt 6.10, so pages talk to this interface only. Qt Charts draws the
 * frame (axes, grid, title, legend); the curves are a PlotItem of ours in the same scene. Callers hand
 * over whole series (gap markers included); at most every 40 ms the chart reduces lines to
 * first/min/max/last per pixel column of the visible range (Decimation::reduce) and hands the plot
 * item one set of polylines: a frame reads O(columns) points, from block summaries of the extremes
 * built once when the data changes (Decimation::Summary, ChartFrame::StackTotals). Each gap-free run
 * is a polyline of its own, so gaps show as gaps. Stacked series are drawn on a shared x grid that
 * keeps the lowest and highest total of each column (see ChartFrame::stack): each as areas from zero
 * up to the running sum of the stacked series up to it, the last one at the back and the first in
 * front, so each shows as the band between its total and the one before; lines are drawn over them.
 * The legend entries are empty Qt series of the same look, in the order of addSeries().
 *
 * The range is either a window ending at the latest point (setTimeWindow) or set from outside
 * (setVisibleRange), so that several charts share one time axis. When interactive, zooming and
 * panning do not move the chart: they emit rangeRequested() and the owner decides.
 */
class TimeSeriesChart : public QWidget
{
    Q_OBJECT
public:
    using Unit = ChartFrame::Unit;

    explicit TimeSeriesChart(QWidget *parent = nullptr);
    ~TimeSeriesChart() override;

    void setTitle(const QString &title);
    QString title() const;
    /// How the value axis is labelled: bytes as KB/MB/GB (powers of 1024), counts as k/M, seconds as min/h/d.
    void setUnit(Unit unit);
    /// A caption for the value axis ("bytes/s"); empty for none.
    void setValueCaption(const QString &caption);
    QString valueCaption() const;

    /// Stacked series stack in the order they are added; line series are drawn over them.
    void addSeries(const QString &id, const QString &label, const QColor &color, bool stacked = false);
    void removeSeries(const QString &id);
    void setLabel(const QString &id, const QString &label);
    QStringList seriesIds() const;
    /// The whole series in time order; NaN values are gap markers.
    void setPoints(const QString &id, const SeriesPoints &points);

    /// The longest span shown, ending at the latest point (less while there is less data, a minute at least).
    void setTimeWindow(qint64 spanMs);
    /// Shows exactly [fromMs, toMs] from now on, wherever the data ends.
    void setVisibleRange(qint64 fromMs, qint64 toMs);
    /// The range of the last frame drawn.
    qint64 visibleFrom() const { return m_drawnFrom; }
    qint64 visibleTo() const { return m_drawnTo; }
    /// Whether the mouse, wheel and keys emit rangeRequested(); off by default.
    void setInteractive(bool interactive);
    /// Pixel columns of the plot area: the most points a series is worth fetching at.
    int plotColumns() const;
    /// The plot area in this widget's coordinates.
    QRect plotRect() const;

    /// Points currently drawn for series @p id (after decimation, over all its runs), -1 for an unknown id.
    int pointCount(const QString &id) const;
    /// Gap-free runs currently drawn for series @p id, -1 for an unknown id.
    int runCount(const QString &id) const;
    /// Draws at once what the next coalesced replot would (for tests and benchmarks).
    void replotNow();

    /// "12.5 MB", "1,024": a value as the axis would label it.
    static QString formatValue(double value, Unit unit);
    /// The most gap-free runs one series is drawn with; beyond it the narrowest gaps are bridged.
    static constexpr int MaxRuns = 48;

signals:
    /// The user zoomed or panned to [fromMs, toMs] (only when interactive).
    void rangeRequested(qint64 fromMs, qint64 toMs);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Series
    {
        QString id;
        QString label;
        QColor color;
        bool stacked = false;
        SeriesPoints points;
        Decimation::Summary summary; ///< of points (lines only), built at the first frame after they change
        bool summarized = false;
        QAbstractSeries *legend = nullptr; ///< an empty series of the same look: the legend entry
        QVector<QPointF> drawn;            ///< the decimated points of the last frame, unscaled, for the tooltip
        QVector<QVector<QPointF>> pieces;  ///< what the last frame drew, in plot units (see PlotItem)
        int gapFreeRuns = 0;
        double penWidth = 2;
    };

    void scheduleReplot();
    void replot();
    void drawStacked(const ChartFrame::Stack &stack);
    /// Hands the pieces of every series to the plot item, back to front.
    void paintShapes();
    void setValueAxis(double minValue, double maxValue);
    void showTooltip(const QPoint &globalPos, qint64 timeMs);
    int plotWidth() const;
    Series *find(const QString &id);
    const Series *find(const QString &id) const;

    std::vector<Series> m_series;
    QChart *m_chart;
    QChartView *m_view;
    PlotItem *m_plot;    ///< owned by the chart
    QValueAxis *m_xAxis; ///< hidden, 0..1: what the series are attached to (see ChartFrame::Mapping)
    QValueAxis *m_yAxis;
    QDateTimeAxis *m_timeAxis; ///< visible, attached to nothing: labels and grid only
    QValueAxis *m_valueAxis;
    ChartInteraction *m_interaction;
    QTimer m_replotTimer;
    qint64 m_spanMs = qint64(10) * 60 * 1000;
    qint64 m_fixedFrom = 0;
    qint64 m_fixedTo = 0; ///< 0: follow the latest point
    qint64 m_drawnFrom = 0;
    qint64 m_drawnTo = 0;
    ChartFrame::StackTotals m_stackTotals; ///< cleared whenever a stacked series changes
    ChartFrame::Scale m_scale;
    ChartFrame::Mapping m_map;
    Unit m_unit = Unit::Count;
};

} // namespace bilby
