#include "alarms/alarmcenter.h"

#include "alarms/alarmrecorder.h"
#include "alarms/nodealarmwatch.h"
#include "settings/settings.h"
#include "store/metricstore.h"
#include "topology/noderegistry.h"

#include <QDateTime>

namespace bilby {

namespace {

/// What the timeline lacks while the agent's event source @p source is not available, in words.
QString missingEvents(const QString &source)
{
    static const struct
    {
        const char *source;
        const char *missing;
    } Sources[] = {
        {"log", QT_TRANSLATE_NOOP("bilby::AlarmCenter", "the node's log events are not shown")},
        {"alarm", QT_TRANSLATE_NOOP("bilby::AlarmCenter",
                                    "the node's own alarms (SASL's alarm_handler, RabbitMQ's) are not read")},
        {"lager", QT_TRANSLATE_NOOP("bilby::AlarmCenter", "lager's log events are not shown")},
        {"system_monitor",
         QT_TRANSLATE_NOOP("bilby::AlarmCenter", "long garbage collections, long schedules and busy ports are not "
                                                 "reported; Bilby leaves the node's own system monitor in place")},
        {"shell", QT_TRANSLATE_NOOP("bilby::AlarmCenter", "shell commands are not shown")},
        {"iex", QT_TRANSLATE_NOOP("bilby::AlarmCenter", "IEx commands are not shown")},
        {"code", QT_TRANSLATE_NOOP("bilby::AlarmCenter", "code loads are not shown")},
        {"code_purge", QT_TRANSLATE_NOOP("bilby::AlarmCenter", "code purges are not shown")},
        {"config", QT_TRANSLATE_NOOP("bilby::AlarmCenter", "configuration changes are not shown")},
    };
    for (const auto &s : Sources) {
        if (source == QLatin1String(s.source))
            return AlarmCenter::tr(s.missing);
    }
    return QString();
}

constexpr qint64 DropReportMs = 10000;

} // namespace

AlarmCenter::AlarmCenter(NodeRegistry *registry, MetricStore *store, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_store(store)
{
    // The recorder saves alarms; notifications, the engine's among them, go through add().
    m_recorder = new AlarmRecorder(&m_engine, store, this);
    connect(&m_engine, &AlarmEngine::notification, this, &AlarmCenter::add);
    connect(&m_engine, &AlarmEngine::alarmUpdated, this, &AlarmCenter::alarmUpdated);
    connect(registry, &NodeRegistry::nodeAdded, this, [this](const QString &name) {
        if (ManagedNode *node = m_registry->entry(name))
            watchNode(node);
    });
    connect(registry, &NodeRegistry::nodeRemoved, this, &AlarmCenter::unwatchNode);
    if (!store) {
        adopted({});
        return;
    }
    AlarmFilter active;
    active.activeOnly = true;
    active.limit = 10000;
    store->listAlarms(active, this, [this](const QVector<Alarm> &alarms, const StoreError &) { adopted(alarms); });
}

void AlarmCenter::adopted(const QVector<Alarm> &stored)
{
    // Only the alarms of nodes this console manages: a collector (or another console) writing into the
    // same history file keeps its own, which it alone updates and ends. A node removed from Bilby has its
    // alarms ended when it is removed (unwatchNode).
    QVector<Alarm> ours;
    for (const Alarm &a : stored) {
        if (m_registry && m_registry->entry(a.node))
            ours.append(a);
    }
    m_engine.adopt(ours);
    m_adopted = true;
    if (m_registry) {
        for (ManagedNode *node : m_registry->nodes())
            watchNode(node);
    }
}

AlarmCenter::~AlarmCenter() = default;

MetricStore *AlarmCenter::store() const
{
    return m_store;
}

void AlarmCenter::setConfig(const AlarmConfig &config)
{
    m_engine.setConfig(config);
}

void AlarmCenter::setSysmonDetails(bool on)
{
    m_feedOptions.sysmonDetails = on;
    for (const Watched &w : qAsConst(m_watched)) {
        if (w.feed)
            w.feed->setSysmonDetails(on);
    }
}

qint64 AlarmCenter::droppedEvents(const QString &node) const
{
    return m_watched.value(node).dropped;
}

void AlarmCenter::watchNode(ManagedNode *node)
{
    // The user's actions on the node are audited whether or not its session runs.
    if (!m_adopted)
        return; // adopted() watches every node once the stored alarms are in
    connect(node, &ManagedNode::actionRecorded, this, &AlarmCenter::add, Qt::UniqueConnection);
    // The session exists once the cookie is known, which for saved nodes comes later from the vault.
    const auto attach = [this, node] {
        const QString name = node->key();
        if (!node->session() || m_watched.value(name).watch)
            return;
        Watched &w = m_watched[name];
        EventFeed::Options options = m_feedOptions;
        options.logLevel = node->marks().logLevel; // the node's own choice
        w.feed = new EventFeed(node->session(), options, node);
        connect(node, &ManagedNode::marksChanged, w.feed,
                [feed = w.feed, node] { feed->setLogLevel(node->marks().logLevel); });
        w.watch = new NodeAlarmWatch(node->session(), node->sampler(), w.feed, &m_engine, node);
        connect(w.watch, &NodeAlarmWatch::notification, this, &AlarmCenter::add);
        connect(w.feed, &EventFeed::events, this, [this, name](const AgentEvents &events) {
            qint64 total = 0;
            for (auto it = events.droppedTotals.cbegin(); it != events.droppedTotals.cend(); ++it)
                total += it.value();
            Watched &entry = m_watched[name];
            if (total > entry.dropped) {
                entry.dropped = total;
                emit eventsDropped(name, total);
                reportDrops(name);
            }
        });
        connect(w.feed, &EventFeed::subscribed, this,
                [this, name](const QStringList &, const QHash<QString, QString> &unavailable,
                             const QVector<NodeAlarmEvent> &) {
                    // A new subscription counts drops from zero again.
                    m_watched[name].dropped = 0;
                    m_watched[name].reportedDropped = 0;
                    if (!unavailable.isEmpty()) {
                        QStringList why;
                        for (auto it = unavailable.cbegin(); it != unavailable.cend(); ++it) {
                            const QString missing = missingEvents(it.key());
                            why.append(missing.isEmpty()
                                           ? QStringLiteral("%1: %2").arg(it.key(), it.value())
                                           : QStringLiteral("%1: %2 (%3)").arg(it.key(), it.value(), missing));
                        }
                        Notification n;
                        n.timeMs = QDateTime::currentMSecsSinceEpoch();
                        n.node = name;
                        n.origin = Notification::Origin::Agent;
                        n.severity = Notification::Severity::Notice;
                        n.text = tr("Some event sources are not available on %1").arg(name);
                        n.details = why.join(QLatin1Char('\n'));
                        add(n);
                    }
                });
    };
    attach();
    connect(node, &ManagedNode::sessionStarted, this, attach);
}

void AlarmCenter::unwatchNode(const QString &name)
{
    const Watched w = m_watched.take(name);
    delete w.feed;
    delete w.watch;
    m_engine.forgetNode(name);
}

void AlarmCenter::reportDrops(const QString &node)
{
    // The timeline says so, at most once every DropReportMs per node: a flood must not flood it.
    Watched &w = m_watched[node];
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (w.dropped <= w.reportedDropped || now - w.lastDropReportMs < DropReportMs)
        return;
    Notification n;
    n.timeMs = now;
    n.node = node;
    n.origin = Notification::Origin::Agent;
    n.severity = Notification::Severity::Warning;
    n.text = tr("The agent on %1 dropped %2 event(s) under load (%3 since it connected)")
                 .arg(node)
                 .arg(w.dropped - w.reportedDropped)
                 .arg(w.dropped);
    n.details = tr("Each event source is rate-limited on the node so that watching it never makes things worse; "
                   "what is over the limit is counted, not kept. Look at the node's logs for the full story.");
    w.reportedDropped = w.dropped;
    w.lastDropReportMs = now;
    add(n);
}

void AlarmCenter::add(const Notification &notification)
{
    m_recent.push_back(notification);
    while (m_recent.size() > size_t(MaxRecent))
        m_recent.pop_front();
    m_recorder->record(notification);
    emit notificationAdded(notification);
}

bool AlarmCenter::acknowledge(qint64 serial)
{
    if (!m_engine.acknowledge(serial))
        return false;
    audit(*m_engine.alarm(serial), tr("acknowledged"));
    return true;
}

bool AlarmCenter::comment(qint64 serial, const QString &text)
{
    if (!m_engine.comment(serial, text))
        return false;
    audit(*m_engine.alarm(serial), tr("commented on"));
    return true;
}

bool AlarmCenter::clear(qint64 serial)
{
    if (!m_engine.clear(serial))
        return false;
    audit(*m_engine.alarm(serial), tr("cleared"));
    return true;
}

qint64 AlarmCenter::silence(const AlarmSilence &silence)
{
    const qint64 id = m_engine.addSilence(silence);
    if (id > 0)
        auditText(silence.node, tr("The user silenced %1").arg(m_engine.silences().constLast().describe()));
    return id;
}

bool AlarmCenter::liftSilence(qint64 id)
{
    const QVector<AlarmSilence> before = m_engine.silences();
    const auto it = std::find_if(before.cbegin(), before.cend(), [id](const AlarmSilence &s) { return s.id == id; });
    if (it == before.cend() || !m_engine.liftSilence(id))
        return false;
    auditText(it->node, tr("The user lifted the silence of %1").arg(it->describe()));
    return true;
}

void AlarmCenter::persistSilencesIn(Settings *settings)
{
    m_engine.setSilences(settings->silences());
    connect(&m_engine, &AlarmEngine::silencesChanged, settings,
            [this, settings] { settings->setSilences(m_engine.silences()); });
}

void AlarmCenter::auditText(const QString &node, const QString &text)
{
    Notification n;
    n.timeMs = QDateTime::currentMSecsSinceEpoch();
    n.node = node;
    n.origin = Notification::Origin::Action;
    n.severity = Notification::Severity::Notice;
    n.text = text;
    n.truncate();
    add(n);
}

void AlarmCenter::audit(const Alarm &alarm, const QString &what)
{
    Notification n;
    n.timeMs = QDateTime::currentMSecsSinceEpoch();
    n.node = alarm.node;
    n.origin = Notification::Origin::Action;
    n.severity = Notification::Severity::Notice;
    n.text = tr("The user %1 the alarm %2 on %3").arg(what, alarm.alarmId, alarm.node);
    add(n);
}

} // namespace bilby
