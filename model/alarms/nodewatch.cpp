#include "alarms/nodewatch.h"

#include "alarms/alarmengine.h"
#include "metrics/metricssampler.h"

#include <QDateTime>

namespace bilby {

namespace {

constexpr int HealthIntervalMs = 1000;
constexpr int HealthTimeoutMs = 2000;
constexpr qint64 HealthMaxBytes = qint64(256) * 1024;

} // namespace

NodeWatch::NodeWatch(NodeSession *session, MetricsSampler *sampler, AlarmEngine *engine, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_engine(engine)
{
    m_timer.setInterval(HealthIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &NodeWatch::checkHealth);
    connect(session, &NodeSession::stateChanged, this, &NodeWatch::onState);
    connect(session, &NodeSession::connected, this, &NodeWatch::onConnected);
    connect(session, &NodeSession::restarted, this, [this] {
        note(Notification::Origin::Node, Notification::Severity::Warning,
             tr("%1 restarted since the last connection").arg(node()));
    });
    connect(session, &NodeSession::stopped, this, &NodeWatch::onStopped);
    if (sampler && engine) {
        connect(sampler, &MetricsSampler::sampled, this, [this](const MetricSample &sample) {
            if (m_engine && m_session)
                m_engine->metricsSampled(node(), sample);
        });
    }
    if (session->isConnected())
        onConnected(session->info());
}

void NodeWatch::onState(NodeSession::State state)
{
    if (!m_session)
        return;
    if (state == NodeSession::State::Down) {
        m_timer.stop();
        const QString reason = m_session->lastError().message;
        if (m_engine)
            m_engine->nodeDown(node(), reason);
        // One entry per outage, not one per failed reconnection.
        if (!m_reportedDown)
            note(Notification::Origin::Node, Notification::Severity::Critical,
                 tr("%1 is down: %2").arg(node(), reason));
        m_reportedDown = true;
    }
}

void NodeWatch::onStopped()
{
    m_timer.stop();
    if (!m_session)
        return;
    // In the agent's own words: the stop request's answer says what is left on the node.
    switch (m_session->departure()) {
    case NodeSession::Departure::None:
        break;
    case NodeSession::Departure::Removed:
        note(Notification::Origin::Agent, Notification::Severity::Info,
             tr("Agent removed from %1: the console disconnected").arg(node()),
             tr("The agent stopped and its code was unloaded: nothing of Bilby's runs on the node."));
        break;
    case NodeSession::Departure::Kept:
        note(Notification::Origin::Agent, Notification::Severity::Info,
             tr("Agent stopped on %1: the console disconnected; its code stays for another Bilby console").arg(node()),
             tr("Another console's agent still runs on the node; the last one to leave removes the code."));
        break;
    case NodeSession::Departure::Unconfirmed:
        note(Notification::Origin::Agent, Notification::Severity::Warning,
             tr("The agent on %1 did not confirm its removal: %2").arg(node(), m_session->departureError()),
             tr("The agent removes itself when it sees the console's connection close; on the node, "
                "code:is_loaded(bilby_agent) tells whether its code is still there."));
        break;
    }
}

void NodeWatch::onConnected(const SessionInfo &info)
{
    m_reportedDown = false;
    m_notedShadowed.clear();
    if (m_engine)
        m_engine->nodeUp(node());
    note(Notification::Origin::Node, Notification::Severity::Notice,
         tr("Connected to %1 (OTP %2)").arg(node()).arg(info.otpRelease));
    if (info.agentLoaded) {
        const QString details =
            tr("Loaded: %1\nAlready there: %2")
                .arg(info.loadedModules.join(QStringLiteral(", ")), info.skippedModules.join(QStringLiteral(", ")));
        note(Notification::Origin::Agent, Notification::Severity::Info, tr("Agent loaded on %1").arg(node()), details);
        m_timer.start();
        checkHealth();
    } else {
        note(Notification::Origin::Agent, Notification::Severity::Warning,
             tr("No agent on %1: %2").arg(node(), info.agentlessReason));
    }
}

void NodeWatch::checkHealth()
{
    if (!m_session || m_checking || m_session->state() != NodeSession::State::Up)
        return;
    m_checking = true;
    m_session->request(NodeHealth::request(), HealthTimeoutMs, HealthMaxBytes, this,
                       [this](const Term &value, const ConnectionError &error) {
                           m_checking = false;
                           if (error.isError()) {
                               ++m_failures;
                               return;
                           }
                           QString why;
                           const std::optional<NodeHealth> health = NodeHealth::fromTerm(value, &why);
                           if (!health) {
                               ++m_failures;
                               qWarning("%s", qPrintable(why));
                               return;
                           }
                           m_health = *health;
                           m_hasHealth = true;
                           noteShadowedCopies();
                           if (m_engine && m_session)
                               m_engine->healthChecked(node(), m_health);
                           emit healthChecked(m_health);
                       });
}

void NodeWatch::noteShadowedCopies()
{
    // Not an alarm (the node runs one consistent version), but an operator should know which copy runs:
    // said once per connection, and again when it changes.
    QStringList lines;
    for (const NodeHealth::Clash &c : m_health.shadowed)
        lines.append(c.describe());
    if (lines == m_notedShadowed)
        return;
    m_notedShadowed = lines;
    if (!lines.isEmpty())
        note(Notification::Origin::Code, Notification::Severity::Notice,
             tr("%n group(s) of modules on %1 found twice in the code path, affecting nothing running", nullptr,
                int(lines.size()))
                 .arg(node()),
             lines.join(QLatin1Char('\n')));
}

void NodeWatch::note(Notification::Origin origin, Notification::Severity severity, const QString &text,
                     const QString &details)
{
    Notification n;
    n.timeMs = QDateTime::currentMSecsSinceEpoch();
    n.node = node();
    n.origin = origin;
    n.severity = severity;
    n.text = text;
    n.details = details;
    n.truncate();
    emit notification(n);
}

} // namespace bilby
