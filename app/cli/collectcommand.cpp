#include "collectcommand.h"

#include "alarms/alarmrecorder.h"
#include "alarms/nodealarmwatch.h"
#include "events/eventfeed.h"

#include "cliio.h"
#include "clirunner.h"
#include "metrics/metricssampler.h"

#include "console/quitsignals.h"

#include <QCoreApplication>
#include <QTimer>

namespace bilby {

namespace {

/// How long the last flush waits for the nodes to disconnect.
constexpr int StopGraceMs = 3000;

} // namespace

CollectCommand::CollectCommand(CliOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

CollectCommand::~CollectCommand() = default;

void CollectCommand::start()
{
    for (const QString &node : qAsConst(m_options.nodes)) {
        QString error;
        if (!NodeName::parse(node, &error)) {
            cliError(error);
            QTimer::singleShot(0, this, [] { QCoreApplication::exit(ExitUsage); });
            return;
        }
    }
    // SIGINT, SIGTERM and SIGHUP end the collection with the last flush (a second one ends it at once).
    m_signals = new QuitSignals(this);
    connect(m_signals, &QuitSignals::received, this, [this] { shutDown(ExitOk); });
    m_signals->install();
    connect(&m_store, &MetricStore::opened, this, &CollectCommand::adoptStoredAlarms);
    connect(&m_store, &MetricStore::failed, this, [this](const StoreError &error) {
        if (m_nodes.empty()) { // could not even open it: nothing to collect into
            cliError(error.message);
            shutDown(ExitFailure);
            return;
        }
        cliError(tr("cannot write samples (they wait in memory): %1").arg(error.message));
    });
    connect(&m_store, &MetricStore::recovered, this, [] { cliError(tr("writing samples again")); });
    connect(&m_store, &MetricStore::fileSetAside, this, [](const SetAsideFile &file) { cliError(file.message()); });
    m_recorder = new AlarmRecorder(&m_engine, &m_store, this);
    connect(&m_engine, &AlarmEngine::notification, m_recorder, &AlarmRecorder::record);
    connect(&m_engine, &AlarmEngine::alarmUpdated, this, [](const Alarm &alarm, AlarmEngine::Transition t) {
        if (t == AlarmEngine::Transition::Raised || t == AlarmEngine::Transition::Cleared)
            cliError(tr("%1 %2 on %3")
                         .arg(t == AlarmEngine::Transition::Raised ? tr("alarm") : tr("cleared"), alarm.alarmId,
                              alarm.node));
    });
    m_store.open(m_options.dbPath, m_options.storeOptions);
}

void CollectCommand::adoptStoredAlarms()
{
    // A collector started again continues the alarms its previous run left active instead of raising them
    // again. Those of other nodes are left alone: a console sharing the file owns them.
    AlarmFilter active;
    active.activeOnly = true;
    active.limit = 10000;
    m_store.listAlarms(active, this, [this](const QVector<Alarm> &alarms, const StoreError &) {
        QStringList collected;
        for (const QString &text : qAsConst(m_options.nodes))
            collected.append(NodeName::parse(text)->toString());
        QVector<Alarm> ours;
        for (const Alarm &a : alarms) {
            if (collected.contains(a.node))
                ours.append(a);
        }
        m_engine.adopt(ours);
        startNodes();
    });
}

void CollectCommand::startNodes()
{
    cliError(tr("collecting %1 node(s) into %2; stop with Ctrl-C").arg(m_options.nodes.size()).arg(m_options.dbPath));
    for (const QString &text : qAsConst(m_options.nodes)) {
        const NodeName name = *NodeName::parse(text);
        NodeSession::Options options;
        options.connectTimeoutMs = m_options.timeoutMs;
        options.readOnly = m_options.readOnly;
        Node node;
        node.session = std::make_unique<NodeSession>(name, m_options.cookie, options);
        node.sampler = new MetricsSampler(node.session.get(), this);
        node.sampler->setInterval(m_options.intervalMs);
        const QString key = name.toString();
        connect(node.sampler, &MetricsSampler::sampled, this, [this, key](const MetricSample &sample) {
            m_store.append(key, sample, 0);
            ++m_samples;
        });
        NodeSession *session = node.session.get();
        // Alarms and the timeline go to the same file: the console's node and agent entries, the
        // agent's events, and every alarm transition.
        EventFeed::Options feedOptions;
        feedOptions.sysmonDetails = m_options.sysmonDetails;
        feedOptions.logLevel = m_options.logLevel;
        auto *feed = new EventFeed(session, feedOptions, this);
        auto *watch = new NodeAlarmWatch(session, node.sampler, feed, &m_engine, this);
        connect(watch, &NodeAlarmWatch::notification, m_recorder, &AlarmRecorder::record);
        connect(session, &NodeSession::stateChanged, this, [key, session](NodeSession::State state) {
            if (state == NodeSession::State::Down)
                cliError(tr("%1 is down: %2").arg(key, session->lastError().message));
            else if (session->isConnected())
                cliError(tr("%1 is up").arg(key));
        });
        connect(session, &NodeSession::stopped, this, [this] {
            --m_running;
            if (m_stopping && m_running <= 0)
                flushAndClose();
            maybeExit();
        });
        node.session->start();
        node.sampler->start();
        ++m_running;
        m_nodes.push_back(std::move(node));
    }
}

void CollectCommand::shutDown(int code)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_exitCode = code;
    for (Node &node : m_nodes) {
        node.sampler->stop();
        node.session->stop(); // the agents remove themselves
    }
    // The last flush waits for the disconnections, whose "agent removed" entries belong in the file,
    // but not for long: a node that does not answer must not hold the collector.
    if (m_running <= 0)
        flushAndClose();
    else
        QTimer::singleShot(StopGraceMs, this, &CollectCommand::flushAndClose);
}

void CollectCommand::flushAndClose()
{
    if (m_flushing)
        return;
    m_flushing = true;
    m_store.flush(this, [this](const StoreError &error) {
        if (error.isError() && m_exitCode == ExitOk) {
            cliError(tr("the last samples could not be written: %1").arg(error.message));
            m_exitCode = ExitFailure;
        }
        m_store.close();
        if (m_exitCode == ExitOk)
            cliError(tr("stopped after %1 sample(s)").arg(m_samples));
        m_flushed = true;
        maybeExit();
    });
}

void CollectCommand::maybeExit()
{
    // Both the last write and every clean disconnect must be done before the process ends.
    if (m_flushed && m_running <= 0)
        QCoreApplication::exit(m_exitCode);
}

} // namespace bilby
