#include "events/eventfeed.h"

#include "connection/nodesession.h"
#include "term/termformat.h"

#include <QCoreApplication>

namespace bilby {

namespace {

constexpr int SubscribeTimeoutMs = 10000;

QString text(const Term &term)
{
    if (term.isBinary() || term.isAtom() || term.isCharList())
        return term.toQString();
    return TermFormat::toErlang(term, 200);
}

/// "key: value" lines for the meta fields a notification has no column for.
QString metaLines(const Term &meta, const QList<const char *> &keys)
{
    QStringList lines;
    for (const char *key : keys) {
        const Term value = meta.get(key);
        if (meta.has(key) && !value.isAtom("undefined"))
            lines << QLatin1String(key) + QLatin1String(": ") + text(value);
    }
    return lines.join(QLatin1Char('\n'));
}

QString joinDetails(const QString &head, const QString &details)
{
    if (head.isEmpty())
        return details;
    return details.isEmpty() ? head : head + QLatin1Char('\n') + details;
}

std::optional<Notification> toNotification(const Term &event, Notification::Origin origin, const QString &node)
{
    const Term time = event.get("time_us");
    const Term severity = event.get("severity");
    if (!time.isInteger() || !severity.isAtom() || !event.get("text").isBinary())
        return std::nullopt;
    Notification n;
    n.timeMs = time.toInt() / 1000;
    n.node = node;
    n.origin = origin;
    n.severity = Notification::severityFromName(severity.toQString()).value_or(Notification::Severity::Info);
    n.text = event.get("text").toQString();
    const Term meta = event.get("meta");
    QString head;
    switch (origin) {
    case Notification::Origin::Log:
        head = metaLines(meta, {"kind", "pid", "mfa"});
        break;
    case Notification::Origin::Shell:
        head = metaLines(meta, {"shell"});
        break;
    case Notification::Origin::Code:
        head = metaLines(meta, {"op", "module", "md5"});
        break;
    case Notification::Origin::SystemMonitor:
        head = metaLines(meta, {"event", "pid"});
        break;
    default:
        break;
    }
    // Configuration details already hold the old and new values.
    n.details = joinDetails(head, event.get("details").toQString());
    n.truncate();
    return n;
}

std::optional<NodeAlarmEvent> toNodeAlarm(const Term &event)
{
    const Term meta = event.get("meta");
    const Term op = meta.get("op");
    if (!event.get("time_us").isInteger() || !(op.isAtom("set") || op.isAtom("clear")))
        return std::nullopt;
    NodeAlarmEvent alarm;
    alarm.set = op.isAtom("set");
    alarm.alarmId = text(meta.get("alarm_id"));
    alarm.description = text(meta.get("description"));
    if (meta.get("manager").isAtom())
        alarm.manager = meta.get("manager").toQString();
    alarm.timeMs = event.get("time_us").toInt() / 1000;
    return alarm;
}

} // namespace

EventFeed::EventFeed(NodeSession *session, Options options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_options(std::move(options))
{
    qRegisterMetaType<bilby::AgentEvents>();
    qRegisterMetaType<bilby::NodeAlarmEvent>();
    connect(session, &NodeSession::connected, this, &EventFeed::onConnected);
    connect(session, &NodeSession::pushed, this, &EventFeed::onPushed);
    connect(session, &NodeSession::stateChanged, this, [this](NodeSession::State state) {
        if (state != NodeSession::State::Up)
            m_subscribed = false;
    });
    if (session->isConnected()) {
        // Already connected: handled like a fresh connection, once the caller has connected its slots.
        QMetaObject::invokeMethod(
            this, [this] { onConnected(m_session->info()); }, Qt::QueuedConnection);
    }
}

EventFeed::EventFeed(NodeSession *session, QObject *parent)
    : EventFeed(session, Options{}, parent)
{}

Term EventFeed::optionsTerm() const
{
    return Term::map({{Term::atom("log_level"), Term::atom(m_options.logLevel.toUtf8())},
                      {Term::atom("sysmon_details"), Term::boolean(m_options.sysmonDetails)}});
}

void EventFeed::onConnected(const SessionInfo &info)
{
    m_subscribed = false;
    if (!info.agentLoaded) {
        emit failed(tr("No events from %1: the agent is not running there (%2).")
                        .arg(m_session->node().toString(), info.agentlessReason));
        return;
    }
    subscribe();
}

void EventFeed::subscribe()
{
    const Term request = Term::tuple({Term::atom("subscribe_events"), optionsTerm()});
    m_session->request(request, SubscribeTimeoutMs, this, [this](const Term &value, const ConnectionError &error) {
        if (error.isError())
            emit failed(tr("The agent refused to send events: %1").arg(error.message));
        else
            onSubscribeReply(value);
    });
}

void EventFeed::onSubscribeReply(const Term &value)
{
    if (!value.isMap()) {
        emit failed(tr("The agent answered the subscription with something unexpected."));
        return;
    }
    m_subscribed = true;
    m_sources.clear();
    for (const Term &source : value.get("sources").items())
        m_sources << source.toQString();
    QHash<QString, QString> unavailable;
    const QList<Term> &pairs = value.get("unavailable").items();
    for (int i = 0; i + 1 < pairs.size(); i += 2)
        unavailable.insert(pairs.at(i).toQString(), text(pairs.at(i + 1)));
    QVector<NodeAlarmEvent> alarms;
    for (const Term &alarm : value.get("alarms").items())
        alarms.append(
            {true, text(alarm.get("alarm_id")), text(alarm.get("description")),
             alarm.get("manager").isAtom() ? alarm.get("manager").toQString() : QStringLiteral("alarm_handler"), 0});
    emit subscribed(m_sources, unavailable, alarms);
}

void EventFeed::setSysmonDetails(bool on)
{
    m_options.sysmonDetails = on;
    changeOptions(Term::map({{Term::atom("sysmon_details"), Term::boolean(on)}}));
}

void EventFeed::setLogLevel(const QString &level)
{
    if (level == m_options.logLevel)
        return;
    m_options.logLevel = level;
    changeOptions(Term::map({{Term::atom("log_level"), Term::atom(level.toUtf8())}}));
}

void EventFeed::changeOptions(const Term &options)
{
    // Not subscribed: the next subscription carries the options.
    if (!m_subscribed || !m_session)
        return;
    m_session->request(Term::tuple({Term::atom("set_event_options"), options}), SubscribeTimeoutMs, this,
                       [this](const Term &, const ConnectionError &error) {
                           if (error.isError())
                               emit malformed(tr("Could not change the event options: %1").arg(error.message));
                       });
}

void EventFeed::onPushed(const Term &message)
{
    QStringList problems;
    const auto batch = decode(message, m_session ? m_session->node().toString() : QString(), &problems);
    for (const QString &problem : qAsConst(problems))
        emit malformed(problem);
    if (batch)
        emit events(*batch);
}

std::optional<AgentEvents> EventFeed::decode(const Term &message, const QString &node, QStringList *problems)
{
    if (!message.isTuple(3) || !message.at(0).isAtom("bilby_events") || !message.at(1).isProperList() ||
        !message.at(2).isMap()) {
        problems->append(tr("An event batch from %1 cannot be read: %2").arg(node, TermFormat::toErlang(message, 200)));
        return std::nullopt;
    }
    AgentEvents batch;
    const QList<Term> &dropped = message.at(2).items();
    for (int i = 0; i + 1 < dropped.size(); i += 2)
        batch.droppedTotals.insert(dropped.at(i).toQString(), dropped.at(i + 1).toInt());
    for (const Term &event : message.at(1).items()) {
        const auto origin = event.isMap() ? Notification::originFromName(event.get("origin").toQString())
                                          : std::optional<Notification::Origin>();
        if (origin == Notification::Origin::Alarm) {
            if (const auto alarm = toNodeAlarm(event)) {
                batch.nodeAlarms.append(*alarm);
                continue;
            }
        } else if (origin) {
            if (const auto n = toNotification(event, *origin, node)) {
                batch.notifications.append(*n);
                continue;
            }
        }
        problems->append(tr("An event from %1 cannot be read: %2").arg(node, TermFormat::toErlang(event, 200)));
    }
    return batch;
}

} // namespace bilby
