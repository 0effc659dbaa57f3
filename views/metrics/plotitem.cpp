#include "metrics/plotitem.h"

#include <QPainter>
#include <QPen>

namespace bilby {

PlotItem::PlotItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    // Qt Charts puts its series at z 4 and the legend above them: the same place here.
    setZValue(4);
    setAcceptedMouseButtons(Qt::NoButton); // the chart's interaction reads the view, not items
}

void PlotItem::setPlotArea(const QRectF &area)
{
    if (area == m_area)
        return;
    prepareGeometryChange();
    m_area = area;
}

void PlotItem::setShapes(std::vector<Shape> shapes)
{
    m_shapes = std::move(shapes);
    update();
}

QRectF PlotItem::boundingRect() const
{
    return m_area;
}

void PlotItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_area.isEmpty())
        return;
    painter->save();
    painter->setClipRect(m_area);
    const double left = m_area.left();
    const double bottom = m_area.bottom();
    const double width = m_area.width();
    const double height = m_area.height();
    QPolygonF polygon;
    for (const Shape &shape : m_shapes) {
        if (shape.filled) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(shape.color);
        } else {
            QPen pen(shape.color);
            pen.setWidthF(shape.penWidth);
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
        }
        for (const QVector<QPointF> &piece : shape.pieces) {
            if (piece.isEmpty())
                continue;
            polygon.resize(0);
            polygon.reserve(piece.size() + 2);
            for (const QPointF &p : piece)
                polygon.append(QPointF(left + p.x() * width, bottom - p.y() * height));
            if (shape.filled) {
                // Down to zero, not to the frame: a value axis below zero keeps zero inside the plot.
                polygon.append(QPointF(polygon.constLast().x(), bottom - shape.zero * height));
                polygon.append(QPointF(polygon.constFirst().x(), bottom - shape.zero * height));
                painter->drawPolygon(polygon);
            } else if (piece.size() == 1) {
                painter->drawPoint(polygon.constFirst()); // a lone sample between gaps
            } else {
                painter->drawPolyline(polygon);
            }
        }
    }
    painter->restore();
}

} // namespace bilby
