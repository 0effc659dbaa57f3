#include "connection/requesttracker.h"

#include "term/termcodec.h"
#include "term/termformat.h"

#include <QCoreApplication>

namespace bilby {

namespace {

// The worker's strings, under the worker's context (they were its own before this class took them).
struct WorkerText
{
    Q_DECLARE_TR_FUNCTIONS(bilby::NodeWorker)
};

ConnectionError remoteError(const Term &reason)
{
    // The agent's own refusals, said in words; anything else as the node put it.
    QString message;
    if (reason.isAtom("read_only"))
        message =
            WorkerText::tr("Refused: this node is read-only, and the agent does not change it. Turn read-only off for "
                           "this node if the change is intended.");
    else if (reason.isAtom("heap_limit"))
        message =
            WorkerText::tr("Stopped on the node: the request needed more memory than the agent allows one request "
                           "(64 MB of heap; 256 MB for an evaluation). Nothing else was affected.");
    else if (reason.isAtom("busy"))
        message = WorkerText::tr("The agent is running as many requests as it allows; try again in a moment.");
    const QString text = TermFormat::toErlang(reason, 2000);
    return {ConnectionError::Kind::Remote, message.isEmpty() ? text : message, text};
}

} // namespace

RequestTracker::RequestTracker(Answer answer)
    : m_answer(std::move(answer))
{}

void RequestTracker::add(quint64 tag, Target target, qint64 deadline)
{
    m_pending.insert(tag, {target, deadline});
}

qint64 RequestTracker::timeToNextDeadline(qint64 now, qint64 cap) const
{
    qint64 wait = cap;
    for (const Pending &p : m_pending)
        wait = qMin(wait, p.deadline - now);
    return wait;
}

bool RequestTracker::answer(const Term &term)
{
    const auto it =
        term.isTuple(2) && term.at(0).isInteger() ? m_pending.find(quint64(term.at(0).toInt())) : m_pending.end();
    if (it == m_pending.end())
        return false;
    const quint64 tag = it.key();
    const Target target = it->target;
    m_pending.erase(it);
    const Term reply = term.at(1);
    if (target == Agent)
        answerAgent(tag, reply);
    else if (reply.isTuple(2) && reply.at(0).isAtom("badrpc"))
        m_answer(tag, {}, remoteError(reply.at(1)));
    else
        m_answer(tag, reply, {});
    return true;
}

void RequestTracker::answerAgent(quint64 tag, const Term &reply)
{
    if (reply.isTuple(2) && reply.at(0).isAtom("ok"))
        m_answer(tag, reply.at(1), {});
    else if (reply.isTuple(2) && reply.at(0).isAtom("error") && reply.at(1).isAtom("timeout"))
        m_answer(tag, {},
                 {ConnectionError::Kind::Timeout,
                  WorkerText::tr("The request took too long; the agent stopped it on the node.")});
    else if (reply.isTuple(2) && reply.at(0).isAtom("error") && reply.at(1).isTuple(3) &&
             reply.at(1).at(0).isAtom("too_large"))
        m_answer(tag, {},
                 {ConnectionError::Kind::Remote,
                  WorkerText::tr("The result is too large to send (%1 bytes; the limit is %2). Nothing was sent.")
                      .arg(reply.at(1).at(1).toInt())
                      .arg(reply.at(1).at(2).toInt())});
    else if (reply.isTuple(2) && reply.at(0).isAtom("error"))
        m_answer(tag, {}, remoteError(reply.at(1)));
    else
        m_answer(tag, {}, {ConnectionError::Kind::Protocol, WorkerText::tr("Unexpected reply from the agent.")});
}

void RequestTracker::answerUnreadable(const QByteArray &raw, const QString &decodeError)
{
    qsizetype used = 0;
    if (raw.size() <= 3 || quint8(raw[0]) != TermCodec::VersionMagic || raw[1] != 104 || raw[2] != 2)
        return;
    const auto tag = TermCodec::decode(raw.constData() + 3, raw.size() - 3, nullptr, false, &used);
    const auto it = tag && tag->isInteger() ? m_pending.find(quint64(tag->toInt())) : m_pending.end();
    if (it == m_pending.end())
        return;
    const quint64 key = it.key();
    m_pending.erase(it);
    m_answer(key, {},
             {ConnectionError::Kind::Protocol,
              WorkerText::tr("The node sent a reply that cannot be read: %1").arg(decodeError)});
}

void RequestTracker::expire(qint64 now)
{
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->deadline <= now) {
            m_answer(it.key(), {},
                     {ConnectionError::Kind::Timeout, WorkerText::tr("The node did not answer in time.")});
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
}

void RequestTracker::failAll(const ConnectionError &error)
{
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        m_answer(it.key(), {}, error);
    m_pending.clear();
}

} // namespace bilby
