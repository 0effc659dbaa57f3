#pragma once

#include "connection/nodesession.h"
#include "events/notification.h"
#include "metrics/metricshistory.h"
#include "metrics/metricssampler.h"
#include "settings/readonlypolicy.h"
#include "store/metricstore.h"
#include "topology/nodeinfo.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

namespace bilby {

class CookieVault;
class Settings;

/**
 * @brief One node the console manages: its session, live sampler, metric history and system information.
 *
 * The session exists once the cookie is known (a saved node waits for the vault), so code that shows a
 * node listens to this object's signals rather than to the session's.
 */
class ManagedNode : public QObject
{
    Q_OBJECT
public:
    NodeName name() const { return m_name; }
    QString key() const { return m_name.toString(); }
    /// nullptr until the cookie is known.
    NodeSession *session() const { return m_session; }
    MetricsSampler *sampler() const { return m_sampler; }
    MetricsHistory *history() const { return m_history; }
    bool isPersistent() const { return m_persistent; }

    /// Idle until the session exists; Down when the cookie could not be read.
    NodeSession::State state() const;
    /// Why the node is down (or empty).
    QString errorText() const;

    bool hasInfo() const { return m_hasInfo; }
    /// The latest system information, read on each connection.
    NodeInfo info() const { return m_info; }
    /// The uptime now: the node's uptime when the information was read, plus the time since.
    qint64 uptimeS() const;

    /// Audits something the user did to this node (terminate, GC, evaluate, purge...): @p what in a few
    /// words, whether it worked, and what came of it. Emits actionRecorded, which the alarm center puts in
    /// the timeline (origin "action").
    void recordAction(const QString &what, bool ok, const QString &outcome);

    /// The user's marks on this node (saved with it when it is persistent).
    NodeMarks marks() const { return m_marks; }
    bool isProduction() const { return m_marks.production; }
    ReadOnlyOverride readOnlyOverride() const { return m_marks.readOnly; }
    ReadOnlyPolicy readOnlyPolicy() const { return m_policy; }
    /// The effective read-only mode: the override if set, else the global preference (effectiveReadOnly()).
    /// The session starts the agent with it; a change while connected switches the agent at once.
    bool isReadOnly() const { return effectiveReadOnly(m_marks, m_policy); }
    void setProduction(bool production);
    void setReadOnlyOverride(ReadOnlyOverride readOnly);
    /// Both marks in one step (one change of mode, one audit).
    void setMarks(const NodeMarks &marks);
    /// The global preference; the registry passes it on from the Settings.
    void setReadOnlyPolicy(const ReadOnlyPolicy &policy);

signals:
    void stateChanged(bilby::NodeSession::State state);
    void infoChanged();
    /// The session and sampler exist now (they are not started yet): attach to them here.
    void sessionStarted();
    /// Every sample of the node's sampler (live and history rate), after the in-memory history has it.
    void sampled(const bilby::MetricSample &sample);
    /// An audited action of the user's on this node (see recordAction).
    void actionRecorded(const bilby::Notification &notification);
    /// The production mark or the read-only override changed.
    void marksChanged();
    /// The effective read-only mode changed (the agent follows when the node is connected).
    void readOnlyChanged(bool effective);
    /// The agent switched read-only at runtime, as asked: session()->info().readOnly says so now.
    void agentReadOnlyChanged(bool readOnly);

private:
    friend class NodeRegistry;
    ManagedNode(NodeName name, bool persistent, QObject *parent);
    void startSession(const QByteArray &cookie);
    void failWithoutCookie(const QString &error);
    void fetchInfo();
    void onReadOnlyInputsChanged(bool wasReadOnly);
    void switchAgentReadOnly(bool readOnly, const QString &what);

    NodeName m_name;
    bool m_persistent;
    NodeSession *m_session = nullptr;
    MetricsSampler *m_sampler = nullptr;
    MetricsHistory *m_history;
    QString m_cookieError;
    NodeInfo m_info;
    bool m_hasInfo = false;
    QElapsedTimer m_infoAge;
    NodeMarks m_marks;
    ReadOnlyPolicy m_policy;
};

/**
 * @brief The nodes the console manages, in the order the user added them.
 *
 * Adding a node starts its session and sampling at once. Removal is immediate for everyone watching,
 * while the session disconnects cleanly in the background; the entry is deleted when it has stopped.
 * With a Settings and a CookieVault the list and the cookies persist; without them nothing does.
 */
class NodeRegistry : public QObject
{
    Q_OBJECT
public:
    enum class Persistence { Persistent, Transient };

    /// @p settings and @p vault may be null: then no node is persisted.
    NodeRegistry(Settings *settings, CookieVault *vault, QObject *parent = nullptr);
    /// Stops every session in parallel, then waits for them (about a second at most).
    ~NodeRegistry() override;

    /// Re-creates the saved nodes; their sessions start as their cookies arrive from the vault.
    void loadSaved();
    /// nullptr when the node is already managed. Transient nodes (the demo node) are never saved.
    /// @p marks apply before the session starts (a production node connects read-only from the first request).
    ManagedNode *addNode(const NodeName &name, const QByteArray &cookie,
                         Persistence persistence = Persistence::Persistent, const NodeMarks &marks = {});
    /// false when @p name is not managed.
    bool removeNode(const QString &name);

    QList<ManagedNode *> nodes() const { return m_nodes; }
    QStringList names() const;
    ManagedNode *entry(const QString &name) const;
    /// Every node's samples also go to @p store (may be null: memory only). Not owned.
    void setStore(MetricStore *store);
    MetricStore *store() const { return m_store; }
    /// Removed entries whose sessions are still disconnecting.
    int retiringCount() const { return int(m_retiring.size()); }
    /**
     * Quitting: stops sampling and every session (each agent stops and removes its code) but keeps the
     * entries, so whoever watches a node sees its session stop and what became of the agent. Sessions
     * waiting for their cookie never start. Returns the sessions that will emit stopped().
     */
    QList<NodeSession *> stopAll();

signals:
    void nodeAdded(const QString &name);
    void nodeRemoved(const QString &name);
    void nodeStateChanged(const QString &name, bilby::NodeSession::State state);
    void nodeInfoChanged(const QString &name);
    /// A node's marks or its effective read-only mode changed.
    void nodeMarksChanged(const QString &name);
    /// Storing a cookie or the list failed; for the status bar.
    void persistenceFailed(const QString &message);

private:
    ManagedNode *createEntry(const NodeName &name, bool persistent, const NodeMarks &marks);
    ReadOnlyPolicy readOnlyPolicy() const;
    void saveList();
    void retire(ManagedNode *node);

    QPointer<Settings> m_settings;
    QPointer<CookieVault> m_vault;
    QPointer<MetricStore> m_store;
    QList<ManagedNode *> m_nodes;
    QList<ManagedNode *> m_retiring;
    bool m_quitting = false;
};

} // namespace bilby
