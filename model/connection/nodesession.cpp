#include "connection/nodesession.h"

#include "connection/nodeworker.h"

#include <QCoreApplication>

namespace bilby {

NodeSession::NodeSession(const NodeName &node, const QByteArray &cookie, const Options &options, QObject *parent)
    : QObject(parent)
    , m_node(node)
    , m_worker(std::make_shared<NodeWorker>(this, node, cookie, options))
{
    qRegisterMetaType<bilby::SessionInfo>();
    qRegisterMetaType<bilby::ConnectionError>();
}

NodeSession::NodeSession(const NodeName &node, const QByteArray &cookie, QObject *parent)
    : NodeSession(node, cookie, Options{}, parent)
{}

NodeSession::~NodeSession()
{
    // The worker disconnects cleanly (about a second at most); a connect attempt still under way is
    // left to time out on its own thread rather than hold up the caller.
    NodeWorker::release(std::move(m_worker), 1500);
}

void NodeSession::start()
{
    if (m_started) // a session runs once; make a new one to connect again
        return;
    m_started = true;
    m_running = true;
    m_worker->start();
}

void NodeSession::setReadOnly(bool readOnly)
{
    if (m_worker)
        m_worker->setReadOnly(readOnly);
}

void NodeSession::stop()
{
    if (!m_running) {
        // Nothing runs (never started, or the worker gave up on its own): stopped() still comes, as promised.
        QMetaObject::invokeMethod(this, &NodeSession::stopped, Qt::QueuedConnection);
        return;
    }
    m_worker->requestStop();
}

QString NodeSession::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return tr("idle");
    case State::Connecting:
        return tr("connecting");
    case State::Up:
        return tr("up");
    case State::Agentless:
        return tr("agentless");
    case State::Down:
        return tr("down");
    }
    return {};
}

quint64 NodeSession::request(const Term &request, int timeoutMs, QObject *context, Callback callback)
{
    return enqueue(NodeWorker::Agent, request, timeoutMs, 0, context, std::move(callback));
}

quint64 NodeSession::request(const Term &request, int timeoutMs, qint64 maxBytes, QObject *context, Callback callback)
{
    return enqueue(NodeWorker::Agent, request, timeoutMs, maxBytes, context, std::move(callback));
}

quint64 NodeSession::call(const QByteArray &module, const QByteArray &function, const QList<Term> &args, int timeoutMs,
                          QObject *context, Callback callback)
{
    const Term mfa = Term::tuple({Term::atom(module), Term::atom(function), Term::list(args)});
    return enqueue(NodeWorker::Rpc, mfa, timeoutMs, 0, context, std::move(callback));
}

quint64 NodeSession::enqueue(int target, const Term &payload, int timeoutMs, qint64 maxBytes, QObject *context,
                             Callback callback)
{
    const quint64 tag = m_nextTag++;
    m_callbacks.insert(tag, {context, context != nullptr, std::move(callback)});
    if (!m_running || !m_worker->enqueue({tag, NodeWorker::Target(target), payload, timeoutMs, maxBytes})) {
        // No worker will ever read the queue: answer now (queued, like every other answer).
        const ConnectionError error{ConnectionError::Kind::Stopped, tr("The session is not running.")};
        QMetaObject::invokeMethod(
            this, [this, tag, error] { onReply(tag, {}, error); }, Qt::QueuedConnection);
    }
    return tag;
}

void NodeSession::onState(State state, const ConnectionError &error)
{
    if (state == State::Down || error.isError())
        m_lastError = error;
    else if (state == State::Up || state == State::Agentless)
        m_lastError = {};
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void NodeSession::onConnected(const SessionInfo &info, bool restartedNode, State state)
{
    // Info first, then the state: whoever reacts to either sees both up to date.
    m_info = info;
    onState(state, {});
    emit connected(info);
    if (restartedNode)
        emit restarted();
}

void NodeSession::onReply(quint64 tag, const Term &value, const ConnectionError &error)
{
    const auto it = m_callbacks.find(tag);
    if (it == m_callbacks.end())
        return;
    const Pending pending = it.value();
    m_callbacks.erase(it);
    // A callback whose context object is gone must not run: it would touch freed memory.
    if (pending.hasContext && !pending.context)
        return;
    if (pending.callback)
        pending.callback(value, error);
}

void NodeSession::onDeparted(Departure departure, const QString &error)
{
    m_departure = departure;
    m_departureError = error;
}

void NodeSession::onWorkerFinished()
{
    m_running = false;
    // A session that gave up after a failure stays Down (with its error); a stopped one is Idle.
    if (m_state != State::Down) {
        m_state = State::Idle;
        emit stateChanged(m_state);
    }
    emit stopped();
}

} // namespace bilby
