#pragma once

#include "metrics/seriespoint.h"

#include <QFrame>
#include <QPointer>

#include <optional>
#include <vector>

class QLabel;
class QMenu;
class QToolButton;

namespace bilby {

class ChartDataSource;
class TimeSeriesChart;
struct SeriesResult;

/**
 * @brief One graph of the Metrics page: a chart of any number of series and the header above it.
 *
 * The graph fetches its lines for the range the page gives it, at the chart's pixel width, with at
 * most one fetch in flight per line: an answer that a newer request superseded is dropped and the
 * newest one is asked for instead. The header names the resolution the store chose for the range and
 * offers to remove lines or the whole graph.
 */
class MetricGraph : public QFrame
{
    Q_OBJECT
public:
    explicit MetricGraph(ChartDataSource *source, QWidget *parent = nullptr);
    ~MetricGraph() override;

    /// false when the graph shows @p key already.
    bool addLine(const SeriesKey &key);
    void removeLine(const SeriesKey &key);
    QList<SeriesKey> lines() const;
    bool showsNode(const QString &node) const;
    /// Shows [fromMs, toMs] at once (with the data there is) and fetches it.
    void setRange(qint64 fromMs, qint64 toMs);
    /// Fetches every line again for the current range.
    void refresh();
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }

    TimeSeriesChart *chart() const { return m_chart; }
    /// "raw", "1 min", "1 h": what the last answers were drawn from; empty before any answer.
    QString resolutionText() const;
    /// Fetches sent and answers dropped as superseded, since the graph was made (for tests).
    int fetchesSent() const { return m_sent; }
    int answersDropped() const { return m_dropped; }

signals:
    /// The user clicked into the graph: it becomes the one new lines go to.
    void activated();
    void removeRequested();
    void rangeRequested(qint64 fromMs, qint64 toMs);
    void linesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Line
    {
        SeriesKey key;
        QString id; ///< unique for the graph's life: an answer for a removed line never lands on a new one
        quint64 wanted = 0;
        bool inFlight = false;
        std::optional<Resolution> resolution;
        qint64 stepMs = 0;
        QString error;
    };

    void request(Line &line);
    void send(Line &line);
    void answer(const QString &id, quint64 serial, const SeriesResult &result);
    Line *find(const QString &id);
    void relabel();
    void updateUnit();
    void updateResolution();
    void rebuildLinesMenu();

    QPointer<ChartDataSource> m_source;
    TimeSeriesChart *m_chart;
    QLabel *m_title;
    QLabel *m_resolution;
    QToolButton *m_linesButton;
    QMenu *m_linesMenu;
    QToolButton *m_removeButton;
    std::vector<Line> m_lines;
    qint64 m_from = 0;
    qint64 m_to = 0;
    quint64 m_nextId = 0;
    int m_sent = 0;
    int m_dropped = 0;
    bool m_current = false;
};

} // namespace bilby
