#include "alarmscommand.h"

#include "cliio.h"
#include "clirunner.h"
#include "settings/settings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace bilby {

namespace {

// Two live samples (rates need two), a health check and the subscription. Half a second apart: a check
// reads conditions as they are now, and a Nagios poller runs it every minute on every node, so its time
// is worth halving (about one second a run on a healthy node; it was two at 1 s apart).
constexpr int SampleIntervalMs = 500;

QJsonObject toJson(const Alarm &a)
{
    return {{QStringLiteral("id"), a.alarmId},        {QStringLiteral("severity"), Alarm::severityName(a.severity)},
            {QStringLiteral("node"), a.node},         {QStringLiteral("raised_ms"), a.raisedMs},
            {QStringLiteral("resource"), a.resource}, {QStringLiteral("cause"), a.cause},
            {QStringLiteral("action"), a.action},     {QStringLiteral("info"), a.info}};
}

} // namespace

AlarmsCommand::AlarmsCommand(CliOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { fail(tr("%1 did not answer in time (%2 ms)").arg(m_options.node).arg(m_deadline.interval())); });
}

void AlarmsCommand::start()
{
    QString error;
    const auto name = NodeName::parse(m_options.node, &error);
    if (!name) {
        cliError(error);
        finish(isCheck() ? int(NagiosUnknown) : int(ExitUsage));
        return;
    }
    NodeSession::Options options;
    options.connectTimeoutMs = m_options.timeoutMs;
    options.readOnly = m_options.readOnly;
    options.reconnect = false; // a one-shot reports the first failure
    // The console's silences count here as in its tray: one decision, wherever it is read.
    {
        const auto settings = m_options.settingsDir.isEmpty()
                                  ? std::make_unique<Settings>()
                                  : std::make_unique<Settings>(Settings::iniPathIn(m_options.settingsDir));
        m_engine.setSilences(settings->silences());
    }
    m_session = std::make_unique<NodeSession>(*name, m_options.cookie, options);
    m_sampler = new MetricsSampler(m_session.get(), this);
    m_sampler->setInterval(SampleIntervalMs);
    m_sampler->setHistoryInterval(0);
    m_feed = new EventFeed(m_session.get(), this);
    // Before the connections below: the node's alarms are in the engine when the report is made.
    m_watch = (new NodeAlarmWatch(m_session.get(), m_sampler, m_feed, &m_engine, this))->nodeWatch();
    connect(m_session.get(), &NodeSession::stateChanged, this, &AlarmsCommand::onState);
    connect(m_session.get(), &NodeSession::stopped, this, [this] { QCoreApplication::exit(m_code); });
    // The first sample as soon as the node is there, not one interval later.
    connect(m_session.get(), &NodeSession::connected, m_sampler, [this] { m_sampler->sampleNow(); });
    connect(m_sampler, &MetricsSampler::sampled, this, [this] {
        ++m_samples;
        maybeReport();
    });
    connect(m_watch, &NodeWatch::healthChecked, this, [this] {
        m_healthy = true;
        maybeReport();
    });
    connect(m_feed, &EventFeed::subscribed, this,
            [this](const QStringList &, const QHash<QString, QString> &, const QVector<NodeAlarmEvent> &) {
                m_eventsKnown = true;
                maybeReport();
            });
    connect(m_feed, &EventFeed::failed, this, [this](const QString &reason) {
        cliErr() << "bilby-cli: " << tr("the node's own alarms are not read: %1").arg(reason) << Qt::endl;
        m_eventsKnown = true;
        maybeReport();
    });
    m_deadline.start(m_options.timeoutMs + 5 * SampleIntervalMs);
    m_session->start();
    m_sampler->start();
}

void AlarmsCommand::onState(NodeSession::State state)
{
    if (m_done || state != NodeSession::State::Down)
        return;
    fail(tr("cannot connect to %1: %2").arg(m_options.node, m_session->lastError().message));
}

void AlarmsCommand::maybeReport()
{
    if (m_done)
        return;
    // Without the agent there is no health check and no SASL alarm: the samples are all there is.
    const bool agentless = m_session->state() == NodeSession::State::Agentless;
    if (m_samples >= 2 && (agentless || (m_healthy && m_eventsKnown)))
        report();
}

void AlarmsCommand::report()
{
    // What the user asked to leave out is left out; everything else counts.
    // Silenced ones are named apart, with the silence's reason: never hidden without a word.
    QVector<Alarm> active;
    QVector<Alarm> silenced;
    for (const Alarm &a : m_engine.active()) {
        if (m_options.ignore.contains(a.alarmId))
            continue;
        if (a.isCounted())
            active.append(a);
        else if (a.isActive() && a.silenceId != 0)
            silenced.append(a);
    }
    QStringList silencedParts;
    for (const Alarm &a : std::as_const(silenced))
        silencedParts.append(QStringLiteral("%1 (%2)").arg(a.alarmId, silenceReason(a.silenceId)));
    const QString node = m_session->node().toString();
    if (isCheck()) {
        int code = NagiosOk;
        QStringList parts;
        for (const Alarm &a : active) {
            const bool critical = a.severity == Alarm::Severity::Critical || a.severity == Alarm::Severity::Major;
            code = qMax(code, critical ? int(NagiosCritical) : int(NagiosWarning));
            parts.append(QStringLiteral("%1 (%2)").arg(a.alarmId, Alarm::severityName(a.severity)));
        }
        static const char *const Status[] = {"OK", "WARNING", "CRITICAL", "UNKNOWN"};
        cliOut()
            << "BILBY " << Status[code] << " - " << node << ": "
            << (active.isEmpty()
                    ? tr("no active alarm")
                    : tr("%n active alarm(s): %1", nullptr, int(active.size())).arg(parts.join(QStringLiteral(", "))))
            << (silenced.isEmpty() ? QString()
                                   : tr("; %n silenced: %1", nullptr, int(silenced.size()))
                                         .arg(silencedParts.join(QStringLiteral(", "))))
            << " | alarms=" << active.size() << '\n';
        cliOut().flush();
        finish(code);
        return;
    }
    QStringList shadowed;
    for (const NodeHealth::Clash &c : m_watch->health().shadowed)
        shadowed.append(c.describe());
    if (m_options.json) {
        QJsonArray alarms;
        for (const Alarm &a : active)
            alarms.append(toJson(a));
        QJsonArray silencedJson;
        for (const Alarm &a : std::as_const(silenced)) {
            QJsonObject o = toJson(a);
            o.insert(QStringLiteral("silence_reason"), silenceReason(a.silenceId));
            silencedJson.append(o);
        }
        printJson({{QStringLiteral("alarms"), alarms},
                   {QStringLiteral("silenced"), silencedJson},
                   {QStringLiteral("shadowed"), QJsonArray::fromStringList(shadowed)}});
    } else if (active.isEmpty()) {
        cliOut() << tr("%1: no active alarm").arg(node) << '\n';
    } else {
        for (const Alarm &a : active) {
            cliOut() << Alarm::severityName(a.severity).leftJustified(9) << a.alarmId << "  " << a.info << '\n'
                     << "    " << tr("cause: %1").arg(a.cause) << '\n'
                     << "    " << tr("action: %1").arg(a.action) << '\n';
        }
    }
    if (!m_options.json) {
        for (const Alarm &a : std::as_const(silenced))
            cliOut() << tr("silenced ") << a.alarmId << "  " << a.info << "  (" << silenceReason(a.silenceId) << ")\n";
    }
    if (!m_options.json && !shadowed.isEmpty()) {
        cliOut() << tr("Modules found twice in the code path that affect nothing running (not alarms):") << '\n';
        for (const QString &line : shadowed)
            cliOut() << "    " << line << '\n';
    }
    cliOut().flush();
    finish(ExitOk);
}

QString AlarmsCommand::silenceReason(qint64 silenceId) const
{
    for (const AlarmSilence &s : m_engine.silences()) {
        if (s.id == silenceId)
            return QStringLiteral("%1: %2").arg(s.untilText(), s.reason);
    }
    return QString();
}

void AlarmsCommand::fail(const QString &message)
{
    if (m_done)
        return;
    if (isCheck()) {
        cliOut() << "BILBY UNKNOWN - " << message << '\n';
        cliOut().flush();
        finish(NagiosUnknown);
        return;
    }
    cliError(message);
    finish(ExitCannotConnect);
}

void AlarmsCommand::finish(int code)
{
    m_done = true;
    m_code = code;
    m_deadline.stop();
    if (m_sampler)
        m_sampler->stop();
    if (m_session) {
        m_session->stop(); // stopped() exits the loop once the agent has gone
        return;
    }
    // Possibly before the event loop runs: exit from within it.
    QMetaObject::invokeMethod(
        qApp, [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
}

} // namespace bilby
