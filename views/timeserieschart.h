#pragma once

#include <QColor>
#include <QPointF>
#include <QTimer>
#include <QVector>
#include <QWidget>

#include <vector>

class QAreaSeries;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace bilby {

/**
 * @brief A live chart of time series, the only class that knows about Qt Charts.
 *
 * Qt Charts is deprecated from Qt 6.10, so pages talk to this interface only. Callers hand over whole
 * series (x in ms since the epoch); the chart keeps them, and at most every 40 ms it cuts them to the
 * time window, reduces dense stretches to first/min/max/last per pixel column, and gives each Qt series
 * one replace(). Stacked series are drawn as areas over the running sum of the stacked series before them.
 */
class TimeSeriesChart : public QWidget
{
    Q_OBJECT
public:
    enum class Unit { Bytes, Count };

    explicit TimeSeriesChart(QWidget *parent = nullptr);
    ~TimeSeriesChart() override;

    void setTitle(const QString &title);
    QString title() const;
    /// How the value axis is labelled: bytes as KB/MB/GB (powers of 1024), counts as k/M.
    void setUnit(Unit unit);
    /// Stacked series stack in the order they are added; line series are drawn over them.
    void addSeries(const QString &id, const QString &label, const QColor &color, bool stacked = false);
    void setPoints(const QString &id, const QVector<QPointF> &points);
    /// The longest span shown, ending at the latest point (less while there is less data, a minute at least).
    void setTimeWindow(qint64 spanMs);
    /// Points currently drawn for series @p id (after decimation), -1 for an unknown id.
    int pointCount(const QString &id) const;
    /// "12.5 MB", "1,024": a value as the axis would label it.
    static QString formatValue(double value, Unit unit);

private:
    struct Series
    {
        QString id;
        QString label;
        QColor color;
        bool stacked = false;
        QVector<QPointF> points;
        QLineSeries *line = nullptr;  ///< the drawn line, or the upper edge of an area
        QLineSeries *lower = nullptr; ///< the lower edge of an area (the sum of the series below)
        QAreaSeries *area = nullptr;
    };

    void scheduleReplot();
    void replot();
    int plotWidth() const;
    Series *find(const QString &id);
    const Series *find(const QString &id) const;

    std::vector<Series> m_series;
    QChart *m_chart;
    QChartView *m_view;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    QTimer m_replotTimer;
    qint64 m_spanMs = qint64(10) * 60 * 1000;
    Unit m_unit = Unit::Count;
};

} // namespace bilby
