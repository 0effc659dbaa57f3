#pragma once

#include "metrics/seriespoint.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QAction;
class QActionGroup;
class QLabel;
class QSplitter;
class QStackedWidget;

namespace bilby {

class ChartDataSource;
class MetricBrowser;
class MetricGraph;

/**
 * @brief The Metrics page: search metrics, put them on stacked graphs that share one time axis.
 *
 * The range is the page's: a preset (the last 5 minutes ... the last year), or what the user zoomed
 * or panned to on any graph, which every graph then shows. Live follows the present: each new sample
 * of a node on screen slides the range and the graphs fetch again, at most once per pixel column's
 * worth of time. Zooming or panning ends Live; Reset Zoom goes back to the preset. Fetches are
 * coalesced and answered asynchronously; the page never waits for the store.
 */
class MetricsPage : public QWidget
{
    Q_OBJECT
public:
    explicit MetricsPage(ChartDataSource *source, QWidget *parent = nullptr);
    ~MetricsPage() override;

    MetricBrowser *browser() const { return m_browser; }
    QList<MetricGraph *> graphs() const { return m_graphs; }
    MetricGraph *currentGraph() const { return m_current; }
    /// Draws @p keys on the current graph, or on a new one when @p newGraph or when there is none.
    MetricGraph *addLines(const QList<SeriesKey> &keys, bool newGraph);
    void removeGraph(MetricGraph *graph);

    qint64 rangeFrom() const { return m_from; }
    qint64 rangeTo() const { return m_to; }
    qint64 presetSpan() const { return m_presetSpan; }
    bool isLive() const { return m_live; }
    bool isZoomed() const { return m_zoomed; }
    /// The presets, shortest first: 5 min, 1 h, 24 h, 7 d, 30 d, 1 y.
    static QList<qint64> presetSpans();

    /// Opens with a graph of each of @p metrics (one line per node that has it; nodes that come later
    /// join), so that the page is never a blank canvas beside a list of a hundred names. A graph the user
    /// removes stays removed; a line the user removes does not come back.
    void setDefaultGraphs(const QStringList &metrics);
    /// Memory, processes and scheduler utilisation: the figures an operator looks at first.
    static QStringList defaultMetrics();

public slots:
    /// Shows the last @p spanMs (a preset; any zoom is forgotten).
    void showLast(qint64 spanMs);
    /// Shows [fromMs, toMs] on every graph; what zooming and panning ask for. Ends Live.
    void zoomTo(qint64 fromMs, qint64 toMs);
    void resetZoom();
    void setLive(bool live);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createToolBar();
    void applyRange(qint64 fromMs, qint64 toMs);
    void scheduleFetch();
    void fetchAll();
    void onSampled(const QString &node);
    void followLive();
    int liveIntervalMs() const;
    void setCurrent(MetricGraph *graph);
    void addDefaultLines();
    void updateControls();

    QPointer<ChartDataSource> m_source;
    MetricBrowser *m_browser;
    QStackedWidget *m_stack;
    QLabel *m_emptyHint;
    QSplitter *m_graphArea;
    QList<MetricGraph *> m_graphs;
    MetricGraph *m_current = nullptr;
    QStringList m_defaultMetrics;
    QHash<QString, QPointer<MetricGraph>> m_defaultGraphs; ///< by metric; null once the user removed it
    QSet<SeriesKey> m_offered;                             ///< default lines added once, never again
    QActionGroup *m_presets;
    QAction *m_liveAction = nullptr;
    QAction *m_resetAction = nullptr;
    QTimer m_fetchTimer;
    QTimer m_liveTimer;
    qint64 m_presetSpan;
    qint64 m_from = 0;
    qint64 m_to = 0;
    bool m_live = true;
    bool m_liveBeforeZoom = true;
    bool m_zoomed = false;
};

} // namespace bilby
