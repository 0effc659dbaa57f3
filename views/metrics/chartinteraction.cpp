#include "metrics/chartinteraction.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QRubberBand>
#include <QWheelEvent>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <utility>

namespace bilby {

namespace {
constexpr int MinBandPx = 4; // narrower drags are clicks
constexpr double KeyPanFraction = 0.1;
constexpr double ZoomStep = 1.25;    // per wheel notch or key press
constexpr double WheelNotch = 120.0; // QWheelEvent's angle units per notch
} // namespace

ChartInteraction::ChartInteraction(QWidget *view, QWidget *viewport, std::function<Frame()> frame, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_viewport(viewport)
    , m_frame(std::move(frame))
    , m_band(new QRubberBand(QRubberBand::Rectangle, viewport))
{
    m_band->setObjectName(QStringLiteral("zoomBand"));
    m_band->hide();
    viewport->setMouseTracking(true); // hover without a button pressed
    viewport->installEventFilter(this);
    view->installEventFilter(this);
}

void ChartInteraction::setEnabled(bool enabled)
{
    m_enabled = enabled;
    m_drag = Drag::None;
    m_band->hide();
    if (m_view)
        m_view->setFocusPolicy(enabled ? Qt::StrongFocus : Qt::NoFocus);
}

bool ChartInteraction::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport) {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::MouseButtonRelease:
            return mouseEvent(event);
        case QEvent::Wheel:
            return m_enabled && wheelEvent(event);
        case QEvent::Leave:
            emit left();
            return false;
        default:
            return false;
        }
    }
    if (watched == m_view && event->type() == QEvent::KeyPress)
        return m_enabled && keyEvent(event);
    return false;
}

qint64 ChartInteraction::timeAt(const Frame &frame, double x) const
{
    const double fraction = std::clamp((x - frame.plot.left()) / qMax(1.0, frame.plot.width()), 0.0, 1.0);
    return frame.fromMs + qint64(std::llround(fraction * double(frame.toMs - frame.fromMs)));
}

bool ChartInteraction::mouseEvent(QEvent *event)
{
    const auto *mouse = static_cast<QMouseEvent *>(event);
    const QPoint pos = mouse->position().toPoint();
    const Frame frame = m_frame();
    if (event->type() == QEvent::MouseMove && m_drag == Drag::None) {
        if (frame.plot.contains(pos) && frame.toMs > frame.fromMs)
            emit hovered(mouse->globalPosition().toPoint(), timeAt(frame, pos.x()));
        else
            emit left();
        return false;
    }
    if (!m_enabled)
        return false;

    if (event->type() == QEvent::MouseButtonPress) {
        if (!frame.plot.contains(pos) || frame.toMs <= frame.fromMs)
            return false;
        const bool panning = mouse->button() == Qt::MiddleButton ||
                             (mouse->button() == Qt::LeftButton && mouse->modifiers() & Qt::ShiftModifier);
        if (!panning && mouse->button() != Qt::LeftButton)
            return false;
        m_drag = panning ? Drag::Pan : Drag::Zoom;
        m_pressPos = pos;
        m_pressFrame = frame;
        if (m_view)
            m_view->setFocus(Qt::MouseFocusReason);
        emit left();
        return true;
    }
    if (m_drag == Drag::None)
        return false;

    const int dx = pos.x() - m_pressPos.x();
    if (m_drag == Drag::Pan) {
        // The range moves with the pointer, measured from where the drag began.
        const auto span = double(m_pressFrame.toMs - m_pressFrame.fromMs);
        const auto shift = qint64(std::llround(-dx / qMax(1.0, m_pressFrame.plot.width()) * span));
        if (shift != 0)
            emit rangeRequested(m_pressFrame.fromMs + shift, m_pressFrame.toMs + shift);
        if (event->type() == QEvent::MouseButtonRelease)
            m_drag = Drag::None;
        return true;
    }

    const QRectF plot = m_pressFrame.plot;
    const double x0 = std::clamp(double(m_pressPos.x()), plot.left(), plot.right());
    const double x1 = std::clamp(double(pos.x()), plot.left(), plot.right());
    if (event->type() == QEvent::MouseMove) {
        m_band->setGeometry(
            QRectF(QPointF(qMin(x0, x1), plot.top()), QPointF(qMax(x0, x1), plot.bottom())).toAlignedRect());
        m_band->setVisible(std::abs(dx) >= MinBandPx);
        return true;
    }
    m_drag = Drag::None;
    m_band->hide();
    if (std::abs(x1 - x0) >= MinBandPx)
        emit rangeRequested(timeAt(m_pressFrame, qMin(x0, x1)), timeAt(m_pressFrame, qMax(x0, x1)));
    return true;
}

bool ChartInteraction::wheelEvent(QEvent *event)
{
    const auto *wheel = static_cast<QWheelEvent *>(event);
    const QPoint angle = wheel->angleDelta();
    const Frame frame = m_frame();
    if (wheel->modifiers() & Qt::ControlModifier && angle.y() != 0) {
        const double fraction = (wheel->position().x() - frame.plot.left()) / qMax(1.0, frame.plot.width());
        zoomAround(std::clamp(fraction, 0.0, 1.0), std::pow(ZoomStep, -angle.y() / WheelNotch));
        return true;
    }
    // A horizontal wheel pans; so does Shift with a vertical one. A plain vertical wheel scrolls the page.
    const int horizontal = angle.x() != 0 ? angle.x() : (wheel->modifiers() & Qt::ShiftModifier ? angle.y() : 0);
    if (horizontal == 0)
        return false;
    pan(-horizontal / WheelNotch * KeyPanFraction);
    return true;
}

bool ChartInteraction::keyEvent(QEvent *event)
{
    switch (static_cast<QKeyEvent *>(event)->key()) {
    case Qt::Key_Left:
        pan(-KeyPanFraction);
        return true;
    case Qt::Key_Right:
        pan(KeyPanFraction);
        return true;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAround(0.5, 1 / ZoomStep);
        return true;
    case Qt::Key_Minus:
        zoomAround(0.5, ZoomStep);
        return true;
    case Qt::Key_Escape:
        if (m_drag == Drag::None)
            return false;
        m_drag = Drag::None;
        m_band->hide();
        return true;
    default:
        return false;
    }
}

void ChartInteraction::zoomAround(double fraction, double factor)
{
    const Frame frame = m_frame();
    if (frame.toMs <= frame.fromMs)
        return;
    const auto span = double(frame.toMs - frame.fromMs);
    const double pivot = double(frame.fromMs) + fraction * span;
    const double from = pivot - (pivot - double(frame.fromMs)) * factor;
    emit rangeRequested(qint64(std::llround(from)), qint64(std::llround(from + span * factor)));
}

void ChartInteraction::pan(double fractionOfSpan)
{
    const Frame frame = m_frame();
    const auto shift = qint64(std::llround(fractionOfSpan * double(frame.toMs - frame.fromMs)));
    if (frame.toMs > frame.fromMs && shift != 0)
        emit rangeRequested(frame.fromMs + shift, frame.toMs + shift);
}

} // namespace bilby
