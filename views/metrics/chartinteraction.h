#pragma once

#include <QObject>
#include <QPoint>
#include <QPointer>
#include <QRectF>

#include <functional>

class QRubberBand;
class QWidget;

namespace bilby {

/**
 * @brief Turns mouse, wheel and keys on a chart into requests for a new time range.
 *
 * Dragging with the left button draws a band and asks for its range; dragging with the middle
 * button (or Shift and the left one), the horizontal wheel, Shift+wheel and the arrow keys pan;
 * Ctrl+wheel and +/- zoom around the cursor or the middle. The chart never changes its own range:
 * whoever shows it decides, so several charts can share one time axis.
 */
class ChartInteraction : public QObject
{
    Q_OBJECT
public:
    struct Frame
    {
        QRectF plot; ///< the plot area in @p viewport coordinates
        qint64 fromMs = 0;
        qint64 toMs = 0;
    };

    /// Mouse and wheel come from @p viewport, keys from @p view; @p frame tells where the plot is now.
    ChartInteraction(QWidget *view, QWidget *viewport, std::function<Frame()> frame, QObject *parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

signals:
    void rangeRequested(qint64 fromMs, qint64 toMs);
    /// The pointer rests over the plot at @p timeMs (for a tooltip); left() when it goes.
    void hovered(const QPoint &globalPos, qint64 timeMs);
    void left();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Drag { None, Zoom, Pan };

    bool mouseEvent(QEvent *event);
    bool wheelEvent(QEvent *event);
    bool keyEvent(QEvent *event);
    qint64 timeAt(const Frame &frame, double x) const;
    void zoomAround(double fraction, double factor);
    void pan(double fractionOfSpan);

    QPointer<QWidget> m_view;
    QPointer<QWidget> m_viewport;
    std::function<Frame()> m_frame;
    QRubberBand *m_band = nullptr;
    bool m_enabled = false;
    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    Frame m_pressFrame;
};

} // namespace bilby
