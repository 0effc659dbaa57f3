#pragma once

#include "connection/nodesession.h"
#include "metrics/metriccatalog.h"
#include "metrics/metricsample.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace bilby {

/**
 * @brief Samples a node's metrics at two speeds: the live rate (1 s by default) and the history rate
 * (60 s by default).
 *
 * Live samples carry the cheap metrics; history samples, separate samples on the same signal, carry
 * only the expensive ones (allocators, os_mon, Mnesia: MetricDef::Speed::History), and only through
 * the agent: the first one a history interval after start() or a reconnection, or at once through
 * sampleHistoryNow(). Without the agent, live samples come through plain RPC with the metrics that need
 * no agent. Counters are turned into rates from consecutive samples of the same speed, so the first
 * sample of each speed after a (re)connection carries gauges only. A sample is skipped while the
 * previous one of its speed is in flight.
 */
class MetricsSampler : public QObject
{
    Q_OBJECT
public:
    explicit MetricsSampler(NodeSession *session, QObject *parent = nullptr);

    void setInterval(int ms);
    int interval() const { return m_timer.interval(); }
    /// The history rate; 0 turns history samples off.
    void setHistoryInterval(int ms);
    int historyInterval() const { return m_historyIntervalMs; }
    void start();
    void stop();
    /// Takes a live sample now (if none is in flight), outside the timer's rhythm.
    void sampleNow();
    /// Takes a history sample now (if none is in flight and the agent runs), outside the timer's rhythm.
    void sampleHistoryNow();

    /// Turns raw totals into a sample of @p speed; exposed for tests. @p monotonicMs orders samples
    /// for rates; each speed keeps its own previous totals.
    MetricSample convert(const QHash<QString, double> &raw, qint64 monotonicMs, qint64 wallMs,
                         MetricDef::Speed speed = MetricDef::Speed::Live);

signals:
    void sampled(const bilby::MetricSample &sample);
    void sampleFailed(const bilby::ConnectionError &error);

private:
    struct Previous
    {
        QHash<QString, double> raw;
        qint64 monotonicMs = -1;
    };

    void collectAgentless();
    void deliver(const QHash<QString, double> &raw, MetricDef::Speed speed);
    void onConnected();
    void resetRates();
    Previous &previous(MetricDef::Speed speed);

    QPointer<NodeSession> m_session;
    QTimer m_timer;
    QTimer m_historyTimer;
    QElapsedTimer m_clock;
    int m_historyIntervalMs = 60000;
    bool m_started = false;
    bool m_inFlight = false;
    bool m_historyInFlight = false;
    Previous m_live;
    Previous m_history;
};

} // namespace bilby
