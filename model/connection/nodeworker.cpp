#include "connection/nodeworker.h"

#include "connection/sessionbootstrap.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace bilby {

namespace {

// Named so that lupdate files these strings under the context they are looked up in.
struct WorkerText
{
    Q_DECLARE_TR_FUNCTIONS(bilby::NodeWorker)
};

// The agent acknowledges a stop at once and reports what became of its code once it is removed: waiting
// for the lock and purging each module take seconds on a node of 100,000 processes. Within the GUI's
// quit budget (QuitBudgetMs, 3 s, of which the history's flush keeps 0.5 s).
constexpr int StopAckTimeoutMs = 1000;
constexpr int StopTimeoutMs = 2500;
constexpr int AgentGraceMs = 1000;
constexpr qint64 SpinNs = 60000;

} // namespace

NodeWorker::NodeWorker(NodeSession *session, NodeName node, QByteArray cookie, const NodeSession::Options &options)
    : m_session(session)
    , m_node(std::move(node))
    , m_cookie(std::move(cookie))
    , m_options(options)
    , m_readOnly(options.readOnly)
    , m_requests([this](quint64 tag, const Term &value, const ConnectionError &error) { postReply(tag, value, error); })
    , m_sync(m_connection)
{}

NodeWorker::~NodeWorker()
{
    // Only reached once the thread has ended (it holds a reference while it runs).
    if (m_thread.joinable())
        m_thread.detach();
}

void NodeWorker::start()
{
    m_clock.start();
    // The thread holds the worker alive: a session that is destroyed while a connect attempt still blocks
    // lets go of the worker, which then ends on its own thread when that attempt returns.
    m_thread = std::thread([self = shared_from_this()] {
        self->run();
        std::lock_guard<std::mutex> lock(self->m_postMutex);
        self->m_finished = true;
        self->m_finishedCondition.notify_all();
    });
}

void NodeWorker::post(std::function<void(NodeSession *)> call)
{
    std::lock_guard<std::mutex> lock(m_postMutex);
    if (NodeSession *session = m_session) {
        // Qt drops the queued call if the session is deleted before it runs.
        QMetaObject::invokeMethod(
            session, [session, call = std::move(call)] { call(session); }, Qt::QueuedConnection);
    }
}

void NodeWorker::release(std::shared_ptr<NodeWorker> worker, int waitMs)
{
    {
        std::unique_lock<std::mutex> lock(worker->m_postMutex);
        worker->m_session = nullptr; // nothing may be posted to the session from now on
        worker->requestStopLocked();
        worker->m_finishedCondition.wait_for(lock, std::chrono::milliseconds(waitMs),
                                             [&] { return worker->m_finished || !worker->m_thread.joinable(); });
    }
    if (!worker->m_thread.joinable())
        return;
    if (worker->m_finished)
        worker->m_thread.join();
    else
        worker->m_thread.detach();
}

bool NodeWorker::enqueue(Outgoing request)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_acceptingRequests)
            return false;
        m_queue.push_back(std::move(request));
    }
    m_wake.signal();
    return true;
}

void NodeWorker::requestStop()
{
    std::lock_guard<std::mutex> lock(m_postMutex);
    requestStopLocked();
}

void NodeWorker::requestStopLocked()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopRequested = true;
    }
    m_wake.signal();
}

bool NodeWorker::waitForWakeOrStop(int ms)
{
    const qint64 until = now() + ms;
    for (;;) {
        std::deque<Outgoing> queued;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_stopRequested)
                return true;
            queued.swap(m_queue);
        }
        for (const Outgoing &request : queued)
            postReply(request.tag, {},
                      {ConnectionError::Kind::ConnectionLost, WorkerText::tr("Not connected to the node.")});
        const qint64 left = until - now();
        if (left <= 0)
            return false;
        platform::waitFor(m_wake.handle(), platform::Readable, int(left));
        m_wake.drain();
    }
}

void NodeWorker::run()
{
    int backoff = m_options.initialBackoffMs;
    for (;;) {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_stopRequested)
                break;
        }
        postState(NodeSession::State::Connecting);
        ConnectionError error;
        if (connectOnce(&error)) {
            SessionInfo info;
            info.localNode = m_connection.localNodeName();
            m_agentRunning = false;
            m_nodeStopping = false;
            if (bootstrapSession(m_sync, m_connection.self(), {m_options.loadAgent, m_readOnly.load()}, &info,
                                 &m_agentPid, &error)) {
                m_agentRunning = info.agentLoaded;
                m_tickTimeoutMs =
                    m_options.tickTimeoutMs > 0 ? m_options.tickTimeoutMs : qint64(info.netTickTimeS) * 1000;
                const bool restarted = m_lastCreation != 0 && m_lastCreation != info.creation;
                m_lastCreation = info.creation;
                const auto state = m_agentRunning ? NodeSession::State::Up : NodeSession::State::Agentless;
                post([info, restarted, state](NodeSession *s) { s->onConnected(info, restarted, state); });
                backoff = m_options.initialBackoffMs;
                error = closedError(serve());
                if (!error.isError()) { // stop requested
                    disconnectCleanly();
                    m_requests.failAll({ConnectionError::Kind::Stopped, WorkerText::tr("The session was stopped.")});
                    break;
                }
            }
        }
        m_connection.close();
        m_agentRunning = false;
        m_requests.failAll(error);
        postState(NodeSession::State::Down, error);
        if (!m_options.reconnect || waitForWakeOrStop(backoff))
            break;
        backoff = qMin(backoff * 2, m_options.maxBackoffMs);
    }
    m_connection.close();
    // Requests that arrived after the last look at the queue are answered here; later ones are refused
    // by enqueue() and answered by the session.
    std::deque<Outgoing> leftovers;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_acceptingRequests = false;
        leftovers.swap(m_queue);
    }
    for (const Outgoing &request : leftovers)
        postReply(request.tag, {}, {ConnectionError::Kind::Stopped, WorkerText::tr("The session was stopped.")});
    post([](NodeSession *s) { s->onWorkerFinished(); });
}

bool NodeWorker::connectOnce(ConnectionError *error)
{
    return m_connection.connect(m_node, m_cookie, m_options.connectTimeoutMs, error);
}

ConnectionError NodeWorker::serve()
{
    m_lastReceived = now();
    for (;;) {
        std::deque<Outgoing> queued;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_stopRequested)
                return {};
            queued.swap(m_queue);
        }
        ConnectionError error;
        for (auto it = queued.cbegin(); it != queued.cend(); ++it) {
            if (it->target == Agent && !m_agentRunning) {
                postReply(it->tag, {},
                          {ConnectionError::Kind::Agentless, WorkerText::tr("The agent is not running on this node.")});
                continue;
            }
            if (!send(*it, &error)) {
                // Every request not sent gets its answer too: callers wait for exactly one.
                for (; it != queued.cend(); ++it)
                    postReply(it->tag, {}, error);
                return error;
            }
        }

        const qint64 wait =
            m_requests.timeToNextDeadline(now(), qMin<qint64>(1000, m_lastReceived + m_tickTimeoutMs - now()));
        platform::PollItem items[2] = {{m_connection.socket()}, {m_wake.handle()}};
        int rc = 0;
        if (!queued.empty() && !m_requests.isEmpty()) {
            // A reply to what was just sent usually comes within tens of microseconds: polling for a
            // short while saves the thread a sleep and a wake-up on the round trip.
            QElapsedTimer spin;
            spin.start();
            while (rc == 0 && spin.nsecsElapsed() < SpinNs)
                rc = platform::waitFor(items, 2, 0);
        }
        if (rc == 0)
            rc = platform::waitFor(items, 2, int(qMax<qint64>(0, wait)));
        if (items[1].happened)
            m_wake.drain();
        if (items[0].happened) {
            // Read everything that is waiting before sending more: replies free their slots first.
            for (int i = 0; i < 1000; ++i) {
                IncomingMessage message;
                const auto received = m_connection.receive(0, &message, &error);
                if (received == DistConnection::Received::Failed)
                    return error;
                if (received == DistConnection::Received::Nothing)
                    break;
                m_lastReceived = now();
                if (received == DistConnection::Received::Message)
                    handleMessage(message);
            }
        }
        m_requests.expire(now());
        if (now() - m_lastReceived > m_tickTimeoutMs) {
            // Ticks arrive every quarter of net_ticktime: this much silence means the node is frozen or gone.
            return {ConnectionError::Kind::ConnectionLost,
                    WorkerText::tr(
                        "The node stopped answering (nothing received for %1 s): it may be frozen or overloaded.")
                        .arg(m_tickTimeoutMs / 1000.0)};
        }
    }
}

ConnectionError NodeWorker::closedError(const ConnectionError &error) const
{
    if (!error.isError())
        return error; // a stop the console asked for
    if (m_nodeStopping)
        return {ConnectionError::Kind::NodeStopped,
                WorkerText::tr(
                    "The node stopped: it shut down in order (init:stop, or its own stop command). Bilby connects "
                    "again when it is started.")};
    if (error.kind == ConnectionError::Kind::ConnectionLost && error.reason == QLatin1String("closed"))
        return {ConnectionError::Kind::ConnectionLost,
                WorkerText::tr(
                    "The node closed the connection without shutting down in order: it was killed or crashed, or "
                    "its network failed. Bilby connects again when it is back.")};
    return error;
}

bool NodeWorker::send(const Outgoing &request, ConnectionError *error)
{
    bool ok;
    qint64 deadline = now() + request.timeoutMs;
    if (request.target == Agent) {
        // The agent enforces the same timeout on the node and kills the work; the console's own deadline
        // comes a little later and only matters when the node cannot answer at all.
        QList<QPair<Term, Term>> limits{{Term::atom("timeout"), Term::integer(request.timeoutMs)}};
        if (request.maxBytes > 0)
            limits.append({Term::atom("max_bytes"), Term::integer(request.maxBytes)});
        const Term options = Term::map(limits);
        ok = m_connection.sendToPid(m_agentPid,
                                    Term::tuple({Term::integer(qint64(request.tag)), request.payload, options}), error);
        deadline += AgentGraceMs;
    } else {
        ok = m_connection.sendToName("rex", rexCallMessage(m_connection.self(), request.tag, request.payload), error);
    }
    if (ok)
        m_requests.add(request.tag, request.target, deadline);
    return ok;
}

void NodeWorker::handleMessage(const IncomingMessage &message)
{
    if (!message.term) {
        m_requests.answerUnreadable(message.raw, message.decodeError);
        const QString description = WorkerText::tr("Unreadable message from the node: %1").arg(message.decodeError);
        post([description](NodeSession *s) { emit s->unreadableMessage(description); });
        return;
    }
    const Term &term = *message.term;
    if (term.isTuple() && !term.items().isEmpty() && term.at(0).isAtom("bilby_node_stopping")) {
        // The agent saw the node begin an orderly shutdown: the connection closing next is no loss.
        m_nodeStopping = true;
        return;
    }
    if (term.isTuple() && !term.items().isEmpty() &&
        (term.at(0).isAtom("bilby_events") || term.at(0).isAtom("bilby_progress"))) {
        post([term](NodeSession *s) { emit s->pushed(term); });
        return;
    }
    m_requests.answer(term); // false for a late reply to a request that already timed out
}

void NodeWorker::disconnectCleanly()
{
    if (m_agentRunning && m_connection.isOpen()) {
        // Ask the agent to stop and remove its code, and wait (a little) to hear what became of the code, for
        // the session; the connection does not close before the message is out.
        ConnectionError error;
        bool acknowledged = false;
        const std::optional<Term> reply = m_sync.requestAcknowledged(
            m_agentPid, Term::atom("stop"), "stopping", StopAckTimeoutMs, StopTimeoutMs, &acknowledged, &error);
        if (!reply && acknowledged)
            error.message = WorkerText::tr("it was still removing its code when the console left, and finishes on "
                                           "its own");
        QString why;
        const NodeSession::Departure departure = departureOf(reply, error, &why);
        post([departure, why](NodeSession *s) { s->onDeparted(departure, why); });
    }
    m_agentRunning = false;
    m_connection.close();
}

void NodeWorker::postState(NodeSession::State state, const ConnectionError &error)
{
    post([state, error](NodeSession *s) { s->onState(state, error); });
}

void NodeWorker::postReply(quint64 tag, const Term &value, const ConnectionError &error)
{
    post([tag, value, error](NodeSession *s) { s->onReply(tag, value, error); });
}

} // namespace bilby
