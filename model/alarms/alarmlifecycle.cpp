// The alarm engine's lifecycle half: raising, updating and clearing alarms, the user's actions on them,
// the node's own alarms, silences, and the stale alarms of nodes that are down or not seen again yet.
#include "alarms/alarmengine.h"

#include "alarms/alarmcatalog.h"
#include "alarms/alarmtext.h"

#include <QTimer>

#include <algorithm>

namespace bilby {

namespace {

using alarmtext::tr;

constexpr int MaxKept = 2000;

QString key(const QString &id, const QString &resource)
{
    return id + QChar(0x1f) + resource;
}

Notification::Severity notificationSeverity(Alarm::Severity severity)
{
    switch (severity) {
    case Alarm::Severity::Critical:
        return Notification::Severity::Critical;
    case Alarm::Severity::Major:
        return Notification::Severity::Error;
    case Alarm::Severity::Minor:
    case Alarm::Severity::Warning:
        return Notification::Severity::Warning;
    }
    return Notification::Severity::Warning;
}

bool windowed(const QString &id)
{
    const AlarmDefinition *d = AlarmCatalog::find(id);
    return d && d->windowS > 0;
}

} // namespace

void AlarmEngine::nodeAlarm(const QString &node, const NodeAlarmEvent &event)
{
    const QString id = AlarmCatalog::nodeAlarmId(event.manager, event.alarmId);
    if (event.set) {
        // Many alarms carry no description ([]): say what the alarm means instead.
        QString info = event.description == QLatin1String("[]") ? QString() : event.description;
        if (info.isEmpty() && id == QLatin1String("rabbitmq_memory_alarm"))
            info = tr("Memory is above RabbitMQ's high watermark: publishers are blocked (%1).").arg(event.alarmId);
        else if (info.isEmpty() && id == QLatin1String("rabbitmq_disk_alarm"))
            info = tr("Free disk space is below RabbitMQ's limit: publishers are blocked (%1).").arg(event.alarmId);
        const int index = findActive(node, id, event.alarmId);
        if (index < 0)
            raise(node, id, event.alarmId, info);
        else if (m_alarms[index].stale)
            seen(index);
    } else {
        const int index = findActive(node, id, event.alarmId);
        if (index >= 0)
            clearActive(index, false, tr("the node cleared it"));
    }
}

void AlarmEngine::nodeAlarmsPresent(const QString &node, const QVector<NodeAlarmEvent> &present)
{
    QStringList ids;
    for (const NodeAlarmEvent &event : present) {
        ids.append(event.alarmId);
        nodeAlarm(node, event);
    }
    for (int i = 0; i < m_alarms.size(); ++i) {
        const Alarm &a = m_alarms[i];
        if (a.isActive() && a.node == node && AlarmCatalog::isNodeAlarm(a.alarmId) && !ids.contains(a.resource))
            clearActive(i, false, tr("the node no longer has it"));
    }
}

void AlarmEngine::forgetNode(const QString &node)
{
    for (int i = 0; i < m_alarms.size(); ++i) {
        if (m_alarms[i].isActive() && m_alarms[i].node == node)
            clearActive(i, false, tr("the node was removed from Bilby"));
    }
    m_nodes.remove(node);
}

// The user -----------------------------------------------------------------------------------------

bool AlarmEngine::acknowledge(qint64 serial)
{
    for (Alarm &a : m_alarms) {
        if (a.serial == serial && a.state == Alarm::State::New) {
            a.state = Alarm::State::Acknowledged;
            a.acknowledgedMs = now();
            emitTransition(a, Transition::Acknowledged, tr("Acknowledged %1 on %2").arg(a.alarmId, a.node));
            return true;
        }
    }
    return false;
}

bool AlarmEngine::comment(qint64 serial, const QString &text)
{
    if (text.trimmed().isEmpty())
        return false;
    for (Alarm &a : m_alarms) {
        if (a.serial == serial) {
            a.comments.append({now(), text.trimmed()});
            emitTransition(a, Transition::Commented,
                           tr("Comment on %1 on %2: %3").arg(a.alarmId, a.node, text.trimmed()));
            return true;
        }
    }
    return false;
}

bool AlarmEngine::clear(qint64 serial)
{
    for (int i = 0; i < m_alarms.size(); ++i) {
        if (m_alarms[i].serial == serial && m_alarms[i].isActive()) {
            clearActive(i, true, tr("cleared by hand"));
            return true;
        }
    }
    return false;
}

QVector<Alarm> AlarmEngine::active() const
{
    QVector<Alarm> out;
    for (const Alarm &a : m_alarms) {
        if (a.isActive())
            out.append(a);
    }
    std::stable_sort(out.begin(), out.end(), [](const Alarm &a, const Alarm &b) {
        return a.severity != b.severity ? a.severity < b.severity : a.raisedMs > b.raisedMs;
    });
    return out;
}

std::optional<Alarm> AlarmEngine::alarm(qint64 serial) const
{
    for (const Alarm &a : m_alarms) {
        if (a.serial == serial)
            return a;
    }
    return std::nullopt;
}

std::optional<Alarm::Severity> AlarmEngine::worstActive() const
{
    std::optional<Alarm::Severity> worst;
    for (const Alarm &a : m_alarms) {
        if (a.isCounted() && (!worst || a.severity < *worst))
            worst = a.severity;
    }
    return worst;
}

int AlarmEngine::countedActive() const
{
    return int(std::count_if(m_alarms.cbegin(), m_alarms.cend(), [](const Alarm &a) { return a.isCounted(); }));
}

// Stale alarms -------------------------------------------------------------------------------------

void AlarmEngine::markStale(const QString &node)
{
    for (Alarm &a : m_alarms) {
        if (a.isActive() && a.node == node && !a.stale && a.alarmId != QLatin1String("node_down")) {
            a.stale = true;
            emit alarmUpdated(a, Transition::Updated);
        }
    }
}

void AlarmEngine::seen(int index)
{
    Alarm &a = m_alarms[index];
    a.stale = false;
    emit alarmUpdated(a, Transition::Updated);
}

void AlarmEngine::expireStale(const QString &node)
{
    NodeState &state = m_nodes[node];
    if (state.revalidateByMs <= 0 || now() < state.revalidateByMs)
        return;
    state.revalidateByMs = 0;
    for (int i = 0; i < m_alarms.size(); ++i) {
        if (m_alarms[i].isActive() && m_alarms[i].node == node && m_alarms[i].stale)
            clearActive(i, false, tr("not seen again since the node came back"));
    }
}

void AlarmEngine::adopt(const QVector<Alarm> &stored)
{
    for (Alarm a : stored) {
        if (!a.isActive() || findActive(a.node, a.alarmId, a.resource) >= 0)
            continue;
        a.serial = m_nextSerial++;
        a.stale = true;
        m_alarms.append(a);
        applySilences();
        emit alarmUpdated(m_alarms.last(), Transition::Updated);
    }
}

// Silences -----------------------------------------------------------------------------------------

qint64 AlarmEngine::addSilence(AlarmSilence silence)
{
    const qint64 id = m_silences.add(std::move(silence), now());
    if (id == 0)
        return 0;
    applySilences();
    emit silencesChanged();
    return id;
}

bool AlarmEngine::liftSilence(qint64 id)
{
    if (!m_silences.lift(id))
        return false;
    applySilences();
    emit silencesChanged();
    return true;
}

void AlarmEngine::setSilences(const QVector<AlarmSilence> &silences)
{
    m_silences.replace(silences, now());
    applySilences();
    emit silencesChanged();
}

void AlarmEngine::dropExpiredSilences()
{
    const bool dropped = m_silences.dropEnded(now());
    applySilences();
    if (dropped)
        emit silencesChanged();
}

void AlarmEngine::applySilences()
{
    for (Alarm &a : m_alarms) {
        if (!a.isActive())
            continue;
        const qint64 silenceId = m_silences.covering(a);
        if (silenceId != a.silenceId) {
            a.silenceId = silenceId;
            if (a.serial > 0 && a.raisedMs > 0)
                emit alarmUpdated(a, Transition::Updated);
        }
    }
    // The next silence to end lifts itself then, on the engine's thread.
    const qint64 nextEnd = m_silences.nextEndMs();
    if (nextEnd > 0)
        m_silenceExpiry.start(int(std::clamp<qint64>(nextEnd - now() + 10, 0, 24 * 3600 * 1000)));
    else
        m_silenceExpiry.stop();
}

// Lifecycle ----------------------------------------------------------------------------------------

void AlarmEngine::setCondition(const QString &node, const QString &id, const QString &resource, bool holds,
                               const QString &info)
{
    NodeState &state = m_nodes[node];
    const QString k = key(id, resource);
    const int index = findActive(node, id, resource);
    if (!holds || !enabled(node, id)) {
        state.suppressed.remove(k); // the condition ended: the next time it holds is a new alarm
        // A stale alarm whose condition needs a window to hold again (a run queue high for a minute) waits
        // for it until its time runs out, not counted meanwhile; the others end at once.
        if (index >= 0 && !(m_alarms[index].stale && state.revalidateByMs > now() && windowed(id)))
            clearActive(index, false, tr("the condition ended"));
        return;
    }
    if (index >= 0) {
        if (m_alarms[index].stale)
            seen(index);
        updateInfo(index, info);
        return;
    }
    if (state.suppressed.value(k))
        return;
    raise(node, id, resource, info);
}

void AlarmEngine::raise(const QString &node, const QString &id, const QString &resource, const QString &info)
{
    Alarm a;
    a.serial = m_nextSerial++;
    a.alarmId = id;
    a.node = node;
    a.resource = resource;
    a.state = Alarm::State::New;
    a.raisedMs = now();
    a.info = info;
    if (const AlarmDefinition *d = AlarmCatalog::find(id)) {
        a.severity = d->severity;
        a.cause = d->cause;
        a.action = d->action;
        if (a.info.isEmpty())
            a.info = resource;
    } else {
        // The node's own alarm: its description is the best cause there is.
        a.severity = Alarm::Severity::Major;
        a.cause = info.isEmpty() ? tr("Set on the node through its alarm handler.") : info;
        a.action = tr("This alarm was set on the node by an application (os_mon, or the node's own code); it "
                      "clears when that application clears it. Look at the node's notifications for its "
                      "reason.");
        a.info = resource;
    }
    a.silenceId = m_silences.covering(a);
    m_alarms.append(a);
    // Cleared alarms stay for the session's views, the oldest going first beyond a bound (the store
    // keeps them all).
    if (m_alarms.size() > MaxKept) {
        const auto oldest =
            std::find_if(m_alarms.begin(), m_alarms.end(), [](const Alarm &x) { return !x.isActive(); });
        if (oldest != m_alarms.end())
            m_alarms.erase(oldest);
    }
    QString text = tr("Raised %1 on %2").arg(id, node);
    if (!a.info.isEmpty())
        text += QStringLiteral(": ") + a.info;
    if (a.silenceId > 0)
        text += tr(" (silenced)");
    emitTransition(a, Transition::Raised, text);
}

void AlarmEngine::updateInfo(int index, const QString &info)
{
    // What is measured moves (a queue grows and shrinks): the alarm shows it as it is now, without a
    // notification and without rewriting the stored alarm every second.
    Alarm &a = m_alarms[index];
    if (info.isEmpty() || a.info == info)
        return;
    const qint64 at = now();
    if (at - m_infoUpdatedMs.value(a.serial, a.raisedMs) < InfoUpdateMs)
        return;
    m_infoUpdatedMs.insert(a.serial, at);
    a.info = info;
    emit alarmUpdated(a, Transition::Updated);
}

void AlarmEngine::clearActive(int index, bool byUser, const QString &why)
{
    Alarm &a = m_alarms[index];
    m_infoUpdatedMs.remove(a.serial);
    a.state = Alarm::State::Cleared;
    a.clearedMs = now();
    a.clearedByUser = byUser;
    if (byUser)
        m_nodes[a.node].suppressed.insert(key(a.alarmId, a.resource), true);
    emitTransition(a, Transition::Cleared, tr("Cleared %1 on %2 (%3)").arg(a.alarmId, a.node, why));
}

int AlarmEngine::findActive(const QString &node, const QString &id, const QString &resource) const
{
    for (int i = 0; i < m_alarms.size(); ++i) {
        const Alarm &a = m_alarms[i];
        if (a.isActive() && a.node == node && a.alarmId == id && a.resource == resource)
            return i;
    }
    return -1;
}

void AlarmEngine::emitTransition(const Alarm &alarm, Transition transition, const QString &text)
{
    Notification n;
    n.timeMs = now();
    n.node = alarm.node;
    n.origin = Notification::Origin::Alarm;
    n.severity = transition == Transition::Raised ? notificationSeverity(alarm.severity) : Notification::Severity::Info;
    n.text = text;
    n.details = QStringList{tr("Alarm: %1 (%2)").arg(alarm.alarmId, Alarm::severityName(alarm.severity)),
                            tr("State: %1").arg(Alarm::stateName(alarm.state)), tr("Information: %1").arg(alarm.info),
                            tr("Probable cause: %1").arg(alarm.cause), tr("What to do: %1").arg(alarm.action)}
                    .join(QLatin1Char('\n'));
    n.truncate();
    emit alarmUpdated(alarm, transition);
    emit notification(n);
}

} // namespace bilby
