#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QPointF>
#include <QVector>

#include <vector>

namespace bilby {

/**
 * @brief The curves of a TimeSeriesChart, painted straight into the chart's scene.
 *
 * Qt Charts turns every replace() into a QPainterPath that it also strokes for hit tests, and fills
 * areas through general paths: with eight series that is most of a frame. The chart's data is already
 * reduced to a few points per pixel column, so this item keeps it as polylines in plot units (0..1 on
 * both axes, see ChartFrame::Mapping) and draws them with one QPainter call each, under the legend and
 * over the grid. Axes, grid, title and legend stay with Qt Charts.
 */
class PlotItem : public QGraphicsItem
{
public:
    /// One thing to draw: a line per piece, or each piece filled down to the bottom of the plot.
    struct Shape
    {
        QColor color;
        bool filled = false;
        double penWidth = 1;
        double zero = 0;                  ///< where value 0 sits, in plot units: the base of a filled piece
        QVector<QVector<QPointF>> pieces; ///< in plot units; a filled piece is closed along value 0
    };

    explicit PlotItem(QGraphicsItem *parent = nullptr);

    /// The plot area in the parent's coordinates (QChart::plotArea()).
    void setPlotArea(const QRectF &area);
    /// What to draw, back to front; repaints.
    void setShapes(std::vector<Shape> shapes);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF m_area;
    std::vector<Shape> m_shapes;
};

} // namespace bilby
