#include "topology/noderegistry.h"

#include "connection/cookievault.h"
#include "settings/settings.h"
#include "store/metricstore.h"
#include "term/termformat.h"

#include <QDateTime>

namespace bilby {

namespace {
constexpr int InfoTimeoutMs = 5000;
constexpr int LiveSampleMs = 1000;
constexpr int ReadOnlySwitchTimeoutMs = 5000;
} // namespace

ManagedNode::ManagedNode(NodeName name, bool persistent, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_persistent(persistent)
    , m_history(new MetricsHistory(3600, this))
{}

NodeSession::State ManagedNode::state() const
{
    if (!m_cookieError.isEmpty())
        return NodeSession::State::Down;
    return m_session ? m_session->state() : NodeSession::State::Idle;
}

QString ManagedNode::errorText() const
{
    if (!m_cookieError.isEmpty())
        return m_cookieError;
    return m_session ? m_session->lastError().message : QString();
}

qint64 ManagedNode::uptimeS() const
{
    if (!m_hasInfo)
        return 0;
    return m_info.uptimeS + m_infoAge.elapsed() / 1000;
}

void ManagedNode::recordAction(const QString &what, bool ok, const QString &outcome)
{
    Notification n;
    n.timeMs = QDateTime::currentMSecsSinceEpoch();
    n.node = key();
    n.origin = Notification::Origin::Action;
    n.severity = ok ? Notification::Severity::Notice : Notification::Severity::Warning;
    n.text = ok ? tr("%1 on %2: done").arg(what, key()) : tr("%1 on %2: failed").arg(what, key());
    n.details = outcome;
    n.truncate();
    emit actionRecorded(n);
}

void ManagedNode::setProduction(bool production)
{
    NodeMarks marks = m_marks;
    marks.production = production;
    setMarks(marks);
}

void ManagedNode::setReadOnlyOverride(ReadOnlyOverride readOnly)
{
    NodeMarks marks = m_marks;
    marks.readOnly = readOnly;
    setMarks(marks);
}

void ManagedNode::setMarks(const NodeMarks &marks)
{
    if (marks == m_marks)
        return;
    const bool wasReadOnly = isReadOnly();
    m_marks = marks;
    emit marksChanged();
    onReadOnlyInputsChanged(wasReadOnly);
}

void ManagedNode::setReadOnlyPolicy(const ReadOnlyPolicy &policy)
{
    if (policy == m_policy)
        return;
    const bool wasReadOnly = isReadOnly();
    m_policy = policy;
    onReadOnlyInputsChanged(wasReadOnly);
}

void ManagedNode::onReadOnlyInputsChanged(bool wasReadOnly)
{
    const bool readOnly = isReadOnly();
    if (readOnly == wasReadOnly)
        return;
    emit readOnlyChanged(readOnly);
    if (m_session)
        m_session->setReadOnly(readOnly); // before any reconnect can start an agent in the old mode
    const QString what = readOnly ? tr("Read-only turned on") : tr("Read-only turned off");
    if (!m_session || m_session->state() != NodeSession::State::Up) {
        // Nothing to switch now: the agent is started (or switched on connecting) with the new mode.
        recordAction(what, true, tr("Applies when the node is connected."));
        return;
    }
    switchAgentReadOnly(readOnly, what);
}

void ManagedNode::switchAgentReadOnly(bool readOnly, const QString &what)
{
    // The same connection, no reconnect: requests to the agent are answered in order, so after a quick
    // on-off-on the last reply is the agent's final mode.
    const Term request = Term::tuple({Term::atom("set_read_only"), Term::boolean(readOnly)});
    m_session->request(request, ReadOnlySwitchTimeoutMs, this,
                       [this, readOnly, what](const Term &value, const ConnectionError &error) {
                           const bool ok = !error.isError() && value.isAtom(readOnly ? "true" : "false");
                           QString outcome;
                           if (ok) {
                               m_session->noteReadOnly(readOnly);
                               emit agentReadOnlyChanged(readOnly);
                               outcome = readOnly ? tr("The agent refuses every request that changes the node.")
                                                  : tr("The agent accepts requests that change the node.");
                           } else {
                               outcome = error.isError()
                                             ? error.message
                                             : tr("Unexpected reply: %1").arg(TermFormat::toErlang(value, 200));
                           }
                           recordAction(what, ok, outcome);
                       });
}

void ManagedNode::startSession(const QByteArray &cookie)
{
    NodeSession::Options options;
    options.readOnly = isReadOnly();
    m_session = new NodeSession(m_name, cookie, options, this);
    m_sampler = new MetricsSampler(m_session, this);
    m_sampler->setInterval(LiveSampleMs);
    connect(m_sampler, &MetricsSampler::sampled, m_history, &MetricsHistory::append);
    connect(m_sampler, &MetricsSampler::sampled, this, &ManagedNode::sampled);
    // Every (re)connection may be to a restarted or upgraded node: read its information again.
    connect(m_session, &NodeSession::connected, this, &ManagedNode::fetchInfo);
    // A reconnection starts the agent in the mode the session was made with: bring it up to date.
    connect(m_session, &NodeSession::connected, this, [this](const SessionInfo &info) {
        if (info.agentLoaded && info.readOnly != isReadOnly())
            switchAgentReadOnly(isReadOnly(), isReadOnly() ? tr("Read-only turned on") : tr("Read-only turned off"));
    });
    connect(m_session, &NodeSession::stateChanged, this, &ManagedNode::stateChanged);
    emit sessionStarted();
    m_session->start();
    m_sampler->start();
}

void ManagedNode::failWithoutCookie(const QString &error)
{
    m_cookieError = tr("The cookie of this node could not be read (%1). Remove the node and add it again.").arg(error);
    emit stateChanged(NodeSession::State::Down);
}

void ManagedNode::fetchInfo()
{
    NodeInfo::fetch(m_session, InfoTimeoutMs, this, [this](const NodeInfo &info, const ConnectionError &error) {
        // On failure the previous information stays: it is still the best we know about the node.
        if (error.isError())
            return;
        m_info = info;
        m_hasInfo = true;
        m_infoAge.start();
        emit infoChanged();
    });
}

NodeRegistry::NodeRegistry(Settings *settings, CookieVault *vault, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_vault(vault)
{
    if (m_vault)
        connect(m_vault, &CookieVault::operationFailed, this,
                [this](const QString &, const QString &message) { emit persistenceFailed(message); });
    if (m_settings)
        connect(m_settings, &Settings::readOnlyPolicyChanged, this, [this] {
            const ReadOnlyPolicy policy = readOnlyPolicy();
            for (ManagedNode *node : qAsConst(m_nodes))
                node->setReadOnlyPolicy(policy);
        });
}

NodeRegistry::~NodeRegistry()
{
    // Ask every session to stop first, so their clean disconnects overlap instead of adding up
    // when the children are deleted (each NodeSession destructor joins its worker).
    for (ManagedNode *node : m_nodes + m_retiring) {
        disconnect(node, nullptr, this, nullptr);
        if (node->m_session)
            node->m_session->stop();
    }
}

QStringList NodeRegistry::names() const
{
    QStringList names;
    for (const ManagedNode *node : m_nodes)
        names.append(node->key());
    return names;
}

ManagedNode *NodeRegistry::entry(const QString &name) const
{
    for (ManagedNode *node : m_nodes) {
        if (node->key() == name)
            return node;
    }
    return nullptr;
}

void NodeRegistry::loadSaved()
{
    if (!m_settings || !m_vault)
        return;
    for (const Settings::NodeEntry &saved : m_settings->nodes()) {
        const auto name = NodeName::parse(saved.name);
        if (!name || entry(name->toString()))
            continue;
        ManagedNode *node = createEntry(*name, true, saved.marks);
        m_vault->load(saved.cookieKey, node, [this, node](const QByteArray &cookie, const QString &error) {
            if (!m_nodes.contains(node) || m_quitting)
                return; // removed while the vault was looking, or the console is quitting
            if (error.isEmpty())
                node->startSession(cookie);
            else
                node->failWithoutCookie(error);
        });
        emit nodeAdded(node->key());
    }
}

ManagedNode *NodeRegistry::addNode(const NodeName &name, const QByteArray &cookie, Persistence persistence,
                                   const NodeMarks &marks)
{
    if (entry(name.toString()))
        return nullptr;
    const bool persistent = persistence == Persistence::Persistent && m_settings && m_vault;
    ManagedNode *node = createEntry(name, persistent, marks);
    node->startSession(cookie);
    if (persistent) {
        m_vault->store(node->key(), cookie);
        saveList();
    }
    emit nodeAdded(node->key());
    return node;
}

bool NodeRegistry::removeNode(const QString &name)
{
    ManagedNode *node = entry(name);
    if (!node)
        return false;
    m_nodes.removeOne(node);
    if (node->isPersistent()) {
        m_vault->remove(node->key());
        saveList();
    }
    emit nodeRemoved(name);
    retire(node);
    return true;
}

QList<NodeSession *> NodeRegistry::stopAll()
{
    m_quitting = true;
    QList<NodeSession *> stopping;
    for (ManagedNode *node : m_nodes + m_retiring) {
        if (!node->m_session)
            continue;
        node->m_sampler->stop();
        node->m_session->stop();
        stopping.append(node->m_session);
    }
    return stopping;
}

void NodeRegistry::setStore(MetricStore *store)
{
    m_store = store;
}

ManagedNode *NodeRegistry::createEntry(const NodeName &name, bool persistent, const NodeMarks &marks)
{
    auto *node = new ManagedNode(name, persistent, this);
    // Before any session exists, so the first connection already has the right mode.
    node->m_marks = marks;
    node->m_policy = readOnlyPolicy();
    const QString key = node->key();
    connect(node, &ManagedNode::marksChanged, this, [this, node, key] {
        if (node->isPersistent())
            saveList();
        emit nodeMarksChanged(key);
    });
    connect(node, &ManagedNode::readOnlyChanged, this, [this, key] { emit nodeMarksChanged(key); });
    connect(node, &ManagedNode::stateChanged, this,
            [this, key](NodeSession::State state) { emit nodeStateChanged(key, state); });
    connect(node, &ManagedNode::infoChanged, this, [this, key] { emit nodeInfoChanged(key); });
    connect(node, &ManagedNode::sampled, this, [this, key](const MetricSample &sample) {
        if (m_store)
            m_store->append(key, sample, 0);
    });
    m_nodes.append(node);
    return node;
}

ReadOnlyPolicy NodeRegistry::readOnlyPolicy() const
{
    return m_settings ? m_settings->readOnlyPolicy() : ReadOnlyPolicy{};
}

void NodeRegistry::saveList()
{
    if (!m_settings)
        return;
    QList<Settings::NodeEntry> entries;
    for (const ManagedNode *node : qAsConst(m_nodes)) {
        if (node->isPersistent())
            entries.append({node->key(), node->key(), node->marks()});
    }
    m_settings->setNodes(entries);
}

void NodeRegistry::retire(ManagedNode *node)
{
    disconnect(node, nullptr, this, nullptr);
    if (!node->m_session) {
        node->deleteLater();
        return;
    }
    node->m_sampler->stop();
    m_retiring.append(node);
    connect(node->m_session, &NodeSession::stopped, this, [this, node] {
        m_retiring.removeOne(node);
        node->deleteLater();
    });
    node->m_session->stop();
}

} // namespace bilby
