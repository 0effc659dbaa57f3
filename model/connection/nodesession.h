#pragma once

#include "connection/connectionerror.h"
#include "connection/nodename.h"
#include "term/term.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

namespace bilby {

class NodeWorker;

/// What the console found and did when it (re)connected to a node.
struct SessionInfo
{
    QString localNode;    ///< the console's own (hidden) node name on this connection
    quint32 creation = 0; ///< the node's creation: changes when the node restarts
    int otpRelease = 0;
    int netTickTimeS = 60;
    bool agentLoaded = false;
    QStringList loadedModules;  ///< agent modules pushed on this connection
    QStringList skippedModules; ///< already there with the same md5
    QString agentlessReason;    ///< why the agent is not running, when it is not
    bool readOnly = false;      ///< the agent refuses every request that changes the node
};

/**
 * @brief A live connection to one node, used from the GUI (or CLI) thread without ever blocking it.
 *
 * A worker thread owns the ei connection: it connects, loads the agent, answers ticks, reconnects with
 * backoff, and runs requests with timeouts. Results come back as queued calls to callbacks, which are
 * dropped if their context object is gone.
 */
class NodeSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Up, Agentless, Down };
    Q_ENUM(State)
    /// What became of the agent when the session stopped, as the agent answered the stop request.
    enum class Departure {
        None,       ///< no agent was running (agentless, or not connected)
        Removed,    ///< the agent stopped and its code was removed from the node
        Kept,       ///< the agent stopped; its code stays for another console's agent
        Unconfirmed ///< no answer in time (departureError() says why); the agent removes itself on nodedown
    };
    Q_ENUM(Departure)

    struct Options
    {
        int connectTimeoutMs = 5000;
        bool reconnect = true; ///< retry with backoff after a failure or a disconnect
        int initialBackoffMs = 500;
        int maxBackoffMs = 30000;
        bool loadAgent = true; ///< false: stay agentless (plain RPC)
        bool readOnly = false; ///< the agent itself refuses every request that changes the node
        int tickTimeoutMs = 0; ///< silence after which the node counts as down; 0: the node's net_ticktime
    };

    /// value is the request's result; error.kind is None on success.
    using Callback = std::function<void(const Term &value, const ConnectionError &error)>;

    NodeSession(const NodeName &node, const QByteArray &cookie, const Options &options, QObject *parent = nullptr);
    NodeSession(const NodeName &node, const QByteArray &cookie, QObject *parent = nullptr);
    /// Disconnects cleanly (the agent removes itself), waiting at most 1.5 s for the worker.
    ~NodeSession() override;

    void start();
    /// Asynchronous clean disconnect; emits stopped() when done (also when nothing was running).
    void stop();

    NodeName node() const { return m_node; }
    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Up || m_state == State::Agentless; }
    ConnectionError lastError() const { return m_lastError; }
    SessionInfo info() const { return m_info; }
    /// Set when the worker has stopped, before stopped() is emitted.
    Departure departure() const { return m_departure; }
    QString departureError() const { return m_departureError; }
    /// Records that the agent switched read-only at runtime (it answered {set_read_only, Bool}), so info()
    /// stays true to the agent until the next connection reports its own.
    void noteReadOnly(bool readOnly) { m_info.readOnly = readOnly; }
    /// The mode the agent starts in from the next (re)connection on: a reconnect never brings back a
    /// writable agent after read-only was turned on. (The running agent is switched by {set_read_only}.)
    void setReadOnly(bool readOnly);
    static QString stateName(State state);

    /// Sends @p request to the agent; the reply value is the agent's {ok, Value} payload.
    quint64 request(const Term &request, int timeoutMs, QObject *context, Callback callback);
    /// The same with a cap on the size of the result, checked on the node before it is sent
    /// (@p maxBytes of external term format; the agent's default is 1 MiB).
    quint64 request(const Term &request, int timeoutMs, qint64 maxBytes, QObject *context, Callback callback);
    /// Plain RPC through the node's rex server (works without the agent).
    quint64 call(const QByteArray &module, const QByteArray &function, const QList<Term> &args, int timeoutMs,
                 QObject *context, Callback callback);
    int pendingCount() const { return int(m_callbacks.size()); }

signals:
    void stateChanged(bilby::NodeSession::State state);
    /// Bootstrap finished on a new connection (agent loaded or not); state() is already Up or Agentless.
    void connected(const bilby::SessionInfo &info);
    /// The node's creation differs from the previous connection's: it restarted meanwhile.
    void restarted();
    /// The worker has finished after stop().
    void stopped();
    /// A message the console could not use (undecodable, unknown); for logs, never fatal.
    void unreadableMessage(const QString &description);
    /// A message the agent sent on its own, not a reply: a tuple whose first element is the atom
    /// `bilby_events` (see EventFeed) or `bilby_progress` ({bilby_progress, Tag, Done, Total}: how far a
    /// long request, such as garbage-collecting every process, has come; Tag is request()'s return).
    void pushed(const bilby::Term &message);

private:
    friend class NodeWorker;
    // Called on this object's thread by queued calls from the worker.
    void onState(State state, const ConnectionError &error);
    void onConnected(const SessionInfo &info, bool restartedNode, State state);
    void onReply(quint64 tag, const Term &value, const ConnectionError &error);
    void onDeparted(Departure departure, const QString &error);
    void onWorkerFinished();

    struct Pending
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Callback callback;
    };
    quint64 enqueue(int target, const Term &payload, int timeoutMs, qint64 maxBytes, QObject *context,
                    Callback callback);

    NodeName m_node;
    State m_state = State::Idle;
    ConnectionError m_lastError;
    SessionInfo m_info;
    Departure m_departure = Departure::None;
    QString m_departureError;
    QHash<quint64, Pending> m_callbacks;
    std::shared_ptr<NodeWorker> m_worker;
    quint64 m_nextTag = 1;
    bool m_started = false;
    bool m_running = false;
};

} // namespace bilby

Q_DECLARE_METATYPE(bilby::SessionInfo)
