#pragma once

#include "metricsample.h"
#include "nodesession.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace bilby {

/**
 * @brief Samples a node's metrics at a fixed interval (the live rate, 1 s by default).
 *
 * Through the agent when it runs (one request per sample), else through plain RPC with the metrics
 * that need no agent. Counters are turned into rates from consecutive samples, so the first sample
 * after a (re)connection carries gauges only. A sample is skipped while the previous one is in flight.
 */
class MetricsSampler : public QObject
{
    Q_OBJECT
public:
    explicit MetricsSampler(NodeSession *session, QObject *parent = nullptr);

    void setInterval(int ms);
    int interval() const { return m_timer.interval(); }
    void start();
    void stop();
    /// Takes a sample now (if none is in flight), outside the timer's rhythm.
    void sampleNow();

    /// Turns raw totals into a sample; exposed for tests. @p monotonicMs orders samples for rates.
    MetricSample convert(const QHash<QString, double> &raw, qint64 monotonicMs, qint64 wallMs);

signals:
    void sampled(const bilby::MetricSample &sample);
    void sampleFailed(const bilby::ConnectionError &error);

private:
    void collectAgentless();
    void deliver(const QHash<QString, double> &raw);
    void resetRates();

    QPointer<NodeSession> m_session;
    QTimer m_timer;
    QElapsedTimer m_clock;
    bool m_inFlight = false;
    QHash<QString, double> m_previousRaw;
    qint64 m_previousMs = -1;
};

} // namespace bilby
