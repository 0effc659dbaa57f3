#include "alarms/alarmengine.h"

#include "alarms/alarmtext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace bilby {

namespace {

using alarmtext::duration;
using alarmtext::megabytes;
using alarmtext::number;
using alarmtext::tr;

struct Limit
{
    const char *name; ///< for the forecast's resource and text
    const char *count;
    const char *limit;
    const char *major;
    const char *minor;
};

const Limit Limits[] = {
    {QT_TRANSLATE_NOOP("bilby::AlarmEngine", "processes"), "limits.process_count", "limits.process_limit",
     "process_limit_major", "process_limit_minor"},
    {QT_TRANSLATE_NOOP("bilby::AlarmEngine", "atoms"), "limits.atom_count", "limits.atom_limit", "atom_limit_major",
     "atom_limit_minor"},
    {QT_TRANSLATE_NOOP("bilby::AlarmEngine", "ETS tables"), "limits.ets_count", "limits.ets_limit", "ets_limit_major",
     "ets_limit_minor"},
    {QT_TRANSLATE_NOOP("bilby::AlarmEngine", "ports"), "limits.port_count", "limits.port_limit", "port_limit_major",
     "port_limit_minor"},
};

} // namespace

AlarmEngine::AlarmEngine(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_silenceExpiry.setSingleShot(true);
    connect(&m_silenceExpiry, &QTimer::timeout, this, &AlarmEngine::dropExpiredSilences);
}

void AlarmEngine::setConfig(const AlarmConfig &config)
{
    m_config = config;
}

void AlarmEngine::setClock(std::function<qint64()> nowMs)
{
    m_clock = std::move(nowMs);
}

// Inputs -------------------------------------------------------------------------------------------

void AlarmEngine::nodeUp(const QString &node)
{
    setCondition(node, QStringLiteral("node_down"), {}, false, {});
    // Its stale alarms count again once seen; those not seen by then are cleared.
    m_nodes[node].revalidateByMs = now() + RevalidateMs;
}

void AlarmEngine::nodeDown(const QString &node, const QString &reason)
{
    setCondition(node, QStringLiteral("node_down"), {}, true, reason);
    m_nodes[node].revalidateByMs = 0;
    markStale(node);
}

void AlarmEngine::metricsSampled(const QString &node, const MetricSample &sample)
{
    NodeState &state = m_nodes[node];
    checkLimits(node, sample);
    checkQueues(node, state, sample);
    checkProcessMemory(node, state, sample);
    checkRunQueue(node, state, sample);
    checkBusyDist(node, state, sample);
    checkForecasts(node, state, sample);
    expireStale(node);
}

void AlarmEngine::healthChecked(const QString &node, const NodeHealth &health)
{
    NodeState &state = m_nodes[node];
    state.health = health;
    state.hasHealth = true;

    checkOldCode(node, health);

    // One alarm per damaged file; files that are fine again clear theirs.
    const QString corrupt = QStringLiteral("config_file_corrupt");
    QStringList damaged;
    for (const NodeHealth::FileProblem &p : health.configProblems) {
        damaged.append(p.file);
        setCondition(node, corrupt, p.file, true, tr("%1: %2").arg(p.file, p.problem));
    }
    for (const Alarm &a : QVector<Alarm>(m_alarms)) {
        if (a.isActive() && a.node == node && a.alarmId == corrupt && !damaged.contains(a.resource))
            setCondition(node, corrupt, a.resource, false, {});
    }

    // One line per group of modules shadowed together (an application shipped twice, say).
    QStringList clashes;
    for (const NodeHealth::Clash &c : health.clashes)
        clashes.append(c.describe());
    setCondition(node, QStringLiteral("code_path_clash"), {}, !health.clashes.isEmpty(),
                 clashes.join(QLatin1Char('\n')));

    const QString shellId = QStringLiteral("shell_memory_high");
    const double shellLimit = m_config.threshold(node, shellId) * 1024 * 1024;
    const auto biggest = std::max_element(health.shells.cbegin(), health.shells.cend(),
                                          [](const auto &a, const auto &b) { return a.memoryBytes < b.memoryBytes; });
    const bool shellHigh = biggest != health.shells.cend() && double(biggest->memoryBytes) > shellLimit;
    setCondition(node, shellId, {}, shellHigh,
                 shellHigh ? tr("The shell %1 holds %2.").arg(biggest->pid, megabytes(biggest->memoryBytes))
                           : QString());

    const QString systemId = QStringLiteral("system_memory_high_watermark");
    if (health.systemMemoryTotal > 0 && health.systemMemoryUsed >= 0) {
        const double percent = 100.0 * double(health.systemMemoryUsed) / double(health.systemMemoryTotal);
        setCondition(node, systemId, {}, percent > m_config.threshold(node, systemId),
                     tr("%1% of the machine's memory in use (%2 of %3).")
                         .arg(number(std::round(percent * 10) / 10), megabytes(health.systemMemoryUsed),
                              megabytes(health.systemMemoryTotal)));
    }
    expireStale(node);
}

void AlarmEngine::checkOldCode(const QString &node, const NodeHealth &health)
{
    // Old code hurts when a process still runs it (the next reload kills that process), or when a module
    // loaded from a file was left unpurged for long. Modules an application compiles at run time leave
    // old code that nobody runs, by design: those count only while in use.
    const QString id = QStringLiteral("old_code");
    const double maxAgeS = m_config.threshold(node, id) * 60;
    QStringList inUse;
    QStringList stale;
    for (const NodeHealth::OldModule &m : health.oldCode) {
        if (m.inUse > 0)
            inUse.append(tr("%1 (%n process(es))", nullptr, m.inUse).arg(m.module));
        else if (!m.generated && double(m.ageS) >= maxAgeS)
            stale.append(m.module);
    }
    QStringList info;
    if (!inUse.isEmpty())
        info.append(tr("Old code still running: %1.").arg(inUse.join(QStringLiteral(", "))));
    if (!stale.isEmpty())
        info.append(tr("Old code left unpurged for more than %1: %2.")
                        .arg(duration(maxAgeS * 1000), stale.join(QStringLiteral(", "))));
    setCondition(node, id, {}, !info.isEmpty(), info.join(QLatin1Char(' ')));
}

// Conditions ---------------------------------------------------------------------------------------

void AlarmEngine::checkLimits(const QString &node, const MetricSample &sample)
{
    for (const Limit &l : Limits) {
        const QString countName = QLatin1String(l.count);
        const QString limitName = QLatin1String(l.limit);
        if (!sample.has(countName) || sample.value(limitName) <= 0)
            continue;
        const double count = sample.value(countName);
        const double limit = sample.value(limitName);
        const double percent = 100.0 * count / limit;
        const QString major = QLatin1String(l.major);
        const QString minor = QLatin1String(l.minor);
        const QString info = tr("%1% of the limit: %2 of %3 %4.")
                                 .arg(number(std::round(percent * 10) / 10), number(count), number(limit), tr(l.name));
        const bool majorHolds = enabled(node, major) && percent >= m_config.threshold(node, major);
        setCondition(node, major, {}, majorHolds, info);
        // The major alarm supersedes the minor one: one alarm per limit at a time.
        setCondition(node, minor, {}, !majorHolds && percent >= m_config.threshold(node, minor), info);
    }
}

void AlarmEngine::checkQueues(const QString &node, NodeState &state, const MetricSample &sample)
{
    const QString metric = QStringLiteral("processes.message_queue_max");
    if (!sample.has(metric))
        return;
    // The alarm names its process: the health check (every second) says which one and how long its
    // queue is now; until it has, nothing is raised (a raised alarm already shown keeps its text).
    const std::optional<NodeHealth::Process> &process = state.health.maxQueue;
    const double longest = process && state.hasHealth ? double(process->value) : sample.value(metric);
    const bool known = state.hasHealth && process.has_value();
    const QString info = known ? tr("%1 messages queued in %2.").arg(number(longest), process->describe()) : QString();
    const QString major = QStringLiteral("process_message_queue_major");
    const QString minor = QStringLiteral("process_message_queue_minor");
    const bool majorOver = enabled(node, major) && longest >= m_config.threshold(node, major);
    const bool minorOver = !majorOver && longest >= m_config.threshold(node, minor);
    if ((majorOver && findActive(node, major, {}) < 0) || (minorOver && findActive(node, minor, {}) < 0)) {
        if (!known)
            return;
    }
    setCondition(node, major, {}, majorOver, info);
    setCondition(node, minor, {}, minorOver, info);
}

void AlarmEngine::checkProcessMemory(const QString &node, const NodeState &state, const MetricSample &sample)
{
    const QString metric = QStringLiteral("processes.memory_max");
    if (!sample.has(metric) || !state.hasHealth || state.health.systemMemoryTotal <= 0)
        return;
    const QString id = QStringLiteral("process_memory_high_watermark");
    const double largest = sample.value(metric);
    const double percent = 100.0 * largest / double(state.health.systemMemoryTotal);
    QString info =
        tr("%1 (%2% of the machine's memory)").arg(megabytes(qint64(largest)), number(std::round(percent * 100) / 100));
    if (state.health.maxMemory)
        info = tr("%1 holds %2").arg(state.health.maxMemory->describe(), info);
    setCondition(node, id, {}, percent > m_config.threshold(node, id), info + QLatin1Char('.'));
}

void AlarmEngine::checkRunQueue(const QString &node, NodeState &state, const MetricSample &sample)
{
    const QString metric = QStringLiteral("runtime.run_queue");
    if (!sample.has(metric))
        return;
    int schedulers = state.hasHealth ? state.health.schedulersOnline : 0;
    if (schedulers <= 0) {
        for (auto it = sample.values.cbegin(); it != sample.values.cend(); ++it)
            schedulers += it.key().startsWith(QLatin1String("scheduler.")) &&
                          it.key().endsWith(QLatin1String(".run_queue")) && !it.key().contains(QLatin1String("dirty"));
    }
    if (schedulers <= 0)
        return;
    const QString id = QStringLiteral("run_queue_high");
    const double queue = sample.value(metric);
    const bool above = queue > m_config.threshold(node, id) * schedulers;
    if (!above)
        state.runQueueHighSinceMs = 0;
    else if (state.runQueueHighSinceMs == 0)
        state.runQueueHighSinceMs = sample.timeMs;
    const double windowMs = m_config.windowS(node, id) * 1000;
    const bool holds = above && double(sample.timeMs - state.runQueueHighSinceMs) >= windowMs;
    setCondition(node, id, {}, holds,
                 tr("The run queue is %1 with %2 schedulers, above the threshold for %3.")
                     .arg(number(queue))
                     .arg(schedulers)
                     .arg(duration(double(sample.timeMs - state.runQueueHighSinceMs))));
}

void AlarmEngine::checkBusyDist(const QString &node, NodeState &state, const MetricSample &sample)
{
    const QString metric = QStringLiteral("sysmon.busy_dist_port");
    if (!sample.has(metric))
        return;
    const QString id = QStringLiteral("busy_dist_port_high");
    const double windowMs = m_config.windowS(node, id) * 1000;
    // The sampler turns the counter into events per second over the sample's interval.
    const double events = sample.value(metric) * (sample.intervalMs > 0 ? sample.intervalMs : 1000) / 1000.0;
    state.busyDist.push_back({sample.timeMs, events});
    while (!state.busyDist.empty() && double(sample.timeMs - state.busyDist.front().timeMs) > windowMs)
        state.busyDist.pop_front();
    double total = 0;
    for (const Sample &s : state.busyDist)
        total += s.value;
    setCondition(
        node, id, {}, total >= m_config.threshold(node, id),
        tr("%1 busy distribution port events in the last %2.").arg(number(std::round(total)), duration(windowMs)));
}

void AlarmEngine::checkForecasts(const QString &node, NodeState &state, const MetricSample &sample)
{
    const QString id = QStringLiteral("limit_forecast");
    if (!enabled(node, id))
        return;
    const double windowMs = m_config.windowS(node, id) * 1000;
    const double horizonMs = m_config.threshold(node, id) * 24 * 3600 * 1000;
    // A few hundred points per window are plenty for a trend and keep the memory small.
    const double spacingMs = std::max(1000.0, windowMs / 240);

    struct Input
    {
        QString name;
        double value;
        double limit;
    };
    QVector<Input> inputs;
    for (const Limit &l : Limits) {
        if (sample.has(QLatin1String(l.count)) && sample.value(QLatin1String(l.limit)) > 0)
            inputs.append({tr(l.name), sample.value(QLatin1String(l.count)), sample.value(QLatin1String(l.limit))});
    }
    if (sample.has(QStringLiteral("memory.total")) && state.hasHealth && state.health.systemMemoryTotal > 0)
        inputs.append(
            {tr("memory"), sample.value(QStringLiteral("memory.total")), double(state.health.systemMemoryTotal)});

    for (const Input &in : inputs) {
        std::deque<Sample> &trend = state.trends[in.name];
        if (trend.empty() || double(sample.timeMs - trend.back().timeMs) >= spacingMs)
            trend.push_back({sample.timeMs, in.value});
        while (!trend.empty() && double(sample.timeMs - trend.front().timeMs) > windowMs)
            trend.pop_front();
        bool holds = false;
        double etaMs = 0;
        double perHour = 0;
        // Only a trend over most of the window counts: a minute of growth says little about a week.
        if (trend.size() >= 3 && double(trend.back().timeMs - trend.front().timeMs) >= windowMs * 0.75) {
            double mt = 0, mv = 0;
            for (const Sample &s : trend) {
                mt += double(s.timeMs - trend.front().timeMs);
                mv += s.value;
            }
            mt /= double(trend.size());
            mv /= double(trend.size());
            double num = 0, den = 0;
            for (const Sample &s : trend) {
                const double dt = double(s.timeMs - trend.front().timeMs) - mt;
                num += dt * (s.value - mv);
                den += dt * dt;
            }
            const double slope = den > 0 ? num / den : 0; // per ms
            perHour = slope * 3600000;
            if (slope > 0) {
                etaMs = std::max(0.0, in.limit - in.value) / slope;
                holds = etaMs <= horizonMs;
            }
        }
        setCondition(
            node, id, in.name, holds,
            tr("%1: %2 of %3, growing by %4 an hour; the limit is reached in about %5 at this rate.")
                .arg(in.name, number(in.value), number(in.limit), number(std::round(perHour)), duration(etaMs)));
    }
}

} // namespace bilby
