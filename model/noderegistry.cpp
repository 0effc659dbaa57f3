#include "noderegistry.h"

#include "cookievault.h"
#include "metricstore.h"
#include "settings.h"

#include <QDateTime>

namespace bilby {

namespace {
constexpr int InfoTimeoutMs = 5000;
constexpr int LiveSampleMs = 1000;
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

void ManagedNode::startSession(const QByteArray &cookie)
{
    m_session = new NodeSession(m_name, cookie, this);
    m_sampler = new MetricsSampler(m_session, this);
    m_sampler->setInterval(LiveSampleMs);
    connect(m_sampler, &MetricsSampler::sampled, m_history, &MetricsHistory::append);
    connect(m_sampler, &MetricsSampler::sampled, this, &ManagedNode::sampled);
    // Every (re)connection may be to a restarted or upgraded node: read its information again.
    connect(m_session, &NodeSession::connected, this, &ManagedNode::fetchInfo);
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
        ManagedNode *node = createEntry(*name, true);
        m_vault->load(saved.cookieKey, node, [this, node](const QByteArray &cookie, const QString &error) {
            if (!m_nodes.contains(node))
                return; // removed while the vault was looking
            if (error.isEmpty())
                node->startSession(cookie);
            else
                node->failWithoutCookie(error);
        });
        emit nodeAdded(node->key());
    }
}

ManagedNode *NodeRegistry::addNode(const NodeName &name, const QByteArray &cookie, Persistence persistence)
{
    if (entry(name.toString()))
        return nullptr;
    const bool persistent = persistence == Persistence::Persistent && m_settings && m_vault;
    ManagedNode *node = createEntry(name, persistent);
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

void NodeRegistry::setStore(MetricStore *store)
{
    m_store = store;
}

ManagedNode *NodeRegistry::createEntry(const NodeName &name, bool persistent)
{
    auto *node = new ManagedNode(name, persistent, this);
    const QString key = node->key();
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

void NodeRegistry::saveList()
{
    if (!m_settings)
        return;
    QList<Settings::NodeEntry> entries;
    for (const ManagedNode *node : qAsConst(m_nodes)) {
        if (node->isPersistent())
            entries.append({node->key(), node->key()});
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
