#pragma once

#include "connection/distconnection.h"
#include "connection/nodesession.h"
#include "connection/requesttracker.h"
#include "connection/sessionbootstrap.h"
#include "platform/poll.h"

#include <QElapsedTimer>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace bilby {

/**
 * @brief The thread behind a NodeSession: owns the connection and everything that blocks on it.
 *
 * The session enqueues requests from its thread; the worker sends them, matches replies by tag,
 * times them out (RequestTracker), and reports back with queued calls. A platform::WakeUp wakes it when work
 * arrives.
 */
class NodeWorker : public std::enable_shared_from_this<NodeWorker>
{
public:
    using Target = RequestTracker::Target;
    static constexpr Target Agent = RequestTracker::Agent;
    static constexpr Target Rpc = RequestTracker::Rpc;
    struct Outgoing
    {
        quint64 tag = 0;
        Target target = Agent;
        Term payload; ///< agent request, or {M, F, Args} for RPC
        int timeoutMs = 5000;
        qint64 maxBytes = 0; ///< agent requests: result size cap; 0 for the agent's default
    };

    NodeWorker(NodeSession *session, NodeName node, QByteArray cookie, const NodeSession::Options &options);
    ~NodeWorker();
    /// The mode the agent starts in on the next (re)connection; safe from any thread.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    void start();
    /// False once the thread has ended (or never started): the caller must answer the request itself.
    bool enqueue(Outgoing request);
    /// Asks the thread to disconnect cleanly (stopping the agent) and end.
    void requestStop();
    /**
     * Detaches @p worker from its session, asks it to stop, and waits up to @p waitMs for its thread.
     * A thread still blocked in a connect attempt is left to finish on its own, posting nothing.
     */
    static void release(std::shared_ptr<NodeWorker> worker, int waitMs);

private:
    void run();
    bool connectOnce(ConnectionError *error);
    /// Runs requests until the connection fails (returns why) or a stop is requested (returns no error).
    ConnectionError serve();
    void disconnectCleanly();

    bool send(const Outgoing &request, ConnectionError *error);
    void handleMessage(const IncomingMessage &message);
    /// The words for a connection that failed: stopped in order (the agent said so), killed, or lost.
    ConnectionError closedError(const ConnectionError &error) const;
    bool waitForWakeOrStop(int ms);

    void requestStopLocked();
    void post(std::function<void(NodeSession *)> call);
    void postState(NodeSession::State state, const ConnectionError &error = {});
    void postReply(quint64 tag, const Term &value, const ConnectionError &error);

    qint64 now() const { return m_clock.elapsed(); }

    NodeSession *m_session;
    NodeName m_node;
    QByteArray m_cookie;
    NodeSession::Options m_options;
    std::atomic<bool> m_readOnly; ///< Options::readOnly, changed at runtime by NodeSession::setReadOnly
    DistConnection m_connection;
    Term m_agentPid;
    bool m_agentRunning = false;
    bool m_nodeStopping = false; ///< the agent reported the node's orderly shutdown on this connection
    quint32 m_lastCreation = 0;
    qint64 m_tickTimeoutMs = 60000;
    qint64 m_lastReceived = 0;
    QElapsedTimer m_clock;
    RequestTracker m_requests;
    SyncRpc m_sync; ///< bootstrap and goodbye, while nothing else is in flight

    std::thread m_thread;
    std::mutex m_postMutex; ///< guards m_session against release() and m_finished
    std::condition_variable m_finishedCondition;
    bool m_finished = false;
    std::mutex m_mutex;
    std::deque<Outgoing> m_queue;
    bool m_stopRequested = false;
    bool m_acceptingRequests = true;
    platform::WakeUp m_wake;
};

} // namespace bilby
