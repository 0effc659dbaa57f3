#include "metrics/metricssampler.h"

#include "connection/rpcbatch.h"
#include "metrics/metriccatalog.h"

#include <QDateTime>

#include <cmath>

namespace bilby {

namespace {

// Long enough for the first live sample and the agent's first mailbox scan to come first.
constexpr int FirstHistorySampleMs = 2000;

constexpr int MinRequestTimeoutMs = 2000;
// The agent gives its calls into os_mon and Mnesia 2 s together; allocators take milliseconds.
constexpr int HistoryRequestTimeoutMs = 10000;

const char *const SystemInfoMetrics[][2] = {
    {"limits.process_count", "process_count"}, {"limits.process_limit", "process_limit"},
    {"limits.port_count", "port_count"},       {"limits.port_limit", "port_limit"},
    {"limits.atom_count", "atom_count"},       {"limits.atom_limit", "atom_limit"},
    {"limits.ets_count", "ets_count"},         {"limits.ets_limit", "ets_limit"},
};

QHash<QString, double> parseMetrics(const Term &value)
{
    QHash<QString, double> raw;
    for (const Term &pair : value.items()) {
        if (pair.isTuple(2) && pair.at(1).isNumber())
            raw.insert(pair.at(0).toQString(), pair.at(1).toDouble());
    }
    return raw;
}

} // namespace

MetricsSampler::MetricsSampler(NodeSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    qRegisterMetaType<bilby::MetricSample>();
    m_clock.start();
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &MetricsSampler::sampleNow);
    m_historyTimer.setInterval(m_historyIntervalMs);
    connect(&m_historyTimer, &QTimer::timeout, this, &MetricsSampler::sampleHistoryNow);
    connect(session, &NodeSession::connected, this, &MetricsSampler::onConnected);
}

void MetricsSampler::setInterval(int ms)
{
    m_timer.setInterval(qMax(100, ms));
}

void MetricsSampler::setHistoryInterval(int ms)
{
    m_historyIntervalMs = ms > 0 ? qMax(1000, ms) : 0;
    if (m_historyIntervalMs == 0) {
        m_historyTimer.stop();
        return;
    }
    m_historyTimer.setInterval(m_historyIntervalMs);
    if (m_started)
        m_historyTimer.start();
}

void MetricsSampler::start()
{
    m_started = true;
    m_timer.start();
    if (m_historyIntervalMs > 0)
        m_historyTimer.start();
}

void MetricsSampler::stop()
{
    m_started = false;
    m_timer.stop();
    m_historyTimer.stop();
}

void MetricsSampler::onConnected()
{
    // A new connection may be to a restarted node: its counters start again from zero.
    resetRates();
    // The history rhythm starts again with the connection, with one sample soon after it, so the slow
    // metrics (allocators, os_mon, Mnesia) show up within seconds rather than after a whole interval.
    // Consumers of live samples only (`bilby-cli metrics`) tell the two apart by intervalMs.
    if (m_started && m_historyIntervalMs > 0) {
        m_historyTimer.start();
        QTimer::singleShot(FirstHistorySampleMs, this, &MetricsSampler::sampleHistoryNow);
    }
}

void MetricsSampler::resetRates()
{
    m_live = {};
    m_history = {};
}

MetricsSampler::Previous &MetricsSampler::previous(MetricDef::Speed speed)
{
    return speed == MetricDef::Speed::History ? m_history : m_live;
}

void MetricsSampler::sampleNow()
{
    if (!m_session || !m_session->isConnected() || m_inFlight)
        return;
    m_inFlight = true;
    if (m_session->state() == NodeSession::State::Agentless) {
        collectAgentless();
        return;
    }
    const int timeout = qMax(MinRequestTimeoutMs, m_timer.interval());
    m_session->request(Term::atom("metrics"), timeout, this, [this](const Term &value, const ConnectionError &error) {
        m_inFlight = false;
        if (error.isError()) {
            emit sampleFailed(error);
            return;
        }
        deliver(parseMetrics(value), MetricDef::Speed::Live);
    });
}

void MetricsSampler::sampleHistoryNow()
{
    // The history metrics need the agent: plain RPC could not bound the calls into os_mon or Mnesia.
    if (!m_session || m_session->state() != NodeSession::State::Up || m_historyInFlight)
        return;
    m_historyInFlight = true;
    m_session->request(Term::atom("metrics_slow"), HistoryRequestTimeoutMs, this,
                       [this](const Term &value, const ConnectionError &error) {
                           m_historyInFlight = false;
                           if (error.isError()) {
                               emit sampleFailed(error);
                               return;
                           }
                           deliver(parseMetrics(value), MetricDef::Speed::History);
                       });
}

void MetricsSampler::collectAgentless()
{
    // The same figures the agent reads, one BIF per call; mailbox scans need the agent and are left out.
    QList<RpcCall> calls{{"erlang", "memory", {}}};
    for (const auto &entry : SystemInfoMetrics)
        calls.append({"erlang", "system_info", {Term::atom(entry[1])}});
    for (const char *stat :
         {"reductions", "total_run_queue_lengths", "context_switches", "garbage_collection", "io", "wall_clock"})
        calls.append({"erlang", "statistics", {Term::atom(stat)}});
    const int timeout = qMax(MinRequestTimeoutMs, m_timer.interval());
    runRpcBatch(m_session, calls, timeout, this, [this](const QList<Term> &r, const ConnectionError &error) {
        m_inFlight = false;
        if (error.isError()) {
            emit sampleFailed(error);
            return;
        }
        QHash<QString, double> raw;
        for (const Term &pair : r.at(0).items())
            raw.insert(QStringLiteral("memory.") + pair.at(0).toQString(), pair.at(1).toDouble());
        int i = 1;
        for (const auto &entry : SystemInfoMetrics)
            raw.insert(QLatin1String(entry[0]), r.at(i++).toDouble());
        raw.insert(QStringLiteral("runtime.reductions"), r.at(i++).at(0).toDouble());
        raw.insert(QStringLiteral("runtime.run_queue"), r.at(i++).toDouble());
        raw.insert(QStringLiteral("runtime.context_switches"), r.at(i++).at(0).toDouble());
        raw.insert(QStringLiteral("runtime.gc_count"), r.at(i++).at(0).toDouble());
        const Term &io = r.at(i++);
        raw.insert(QStringLiteral("runtime.io_in_bytes"), io.at(0).at(1).toDouble());
        raw.insert(QStringLiteral("runtime.io_out_bytes"), io.at(1).at(1).toDouble());
        raw.insert(QStringLiteral("runtime.uptime_s"), std::floor(double(r.at(i++).at(0).toInt()) / 1000.0));
        deliver(raw, MetricDef::Speed::Live);
    });
}

void MetricsSampler::deliver(const QHash<QString, double> &raw, MetricDef::Speed speed)
{
    emit sampled(convert(raw, m_clock.elapsed(), QDateTime::currentMSecsSinceEpoch(), speed));
}

MetricSample MetricsSampler::convert(const QHash<QString, double> &raw, qint64 monotonicMs, qint64 wallMs,
                                     MetricDef::Speed speed)
{
    Previous &prev = previous(speed);
    MetricSample sample;
    sample.timeMs = wallMs;
    sample.intervalMs = speed == MetricDef::Speed::History ? m_historyIntervalMs : m_timer.interval();
    const double seconds = prev.monotonicMs >= 0 ? (monotonicMs - prev.monotonicMs) / 1000.0 : 0.0;
    for (auto it = raw.cbegin(); it != raw.cend(); ++it) {
        const MetricDef *def = MetricCatalog::find(it.key());
        if (!def || !def->isCounter()) {
            sample.values.insert(it.key(), it.value());
            continue;
        }
        const auto before = prev.raw.constFind(it.key());
        // A counter that went backwards belongs to a restarted node: no rate for this interval.
        if (before != prev.raw.cend() && seconds > 0 && it.value() >= before.value())
            sample.values.insert(it.key(), (it.value() - before.value()) / seconds);
    }
    prev.raw = raw;
    prev.monotonicMs = monotonicMs;
    return sample;
}

} // namespace bilby
