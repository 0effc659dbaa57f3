#pragma once

#include "connection/connectionerror.h"
#include "term/term.h"

#include <QByteArray>
#include <QHash>

#include <functional>

namespace bilby {

/**
 * @brief The requests a NodeWorker has sent and not yet seen answered, by tag: each gets exactly one
 * answer, from its reply, its deadline or the end of the connection. Used on the worker's thread only.
 *
 * It also says what a reply means: the agent's {ok, Value} and {error, Why}, or an RPC's value and badrpc.
 */
class RequestTracker
{
public:
    enum Target { Agent = 0, Rpc = 1 };
    using Answer = std::function<void(quint64 tag, const Term &value, const ConnectionError &error)>;

    explicit RequestTracker(Answer answer);

    void add(quint64 tag, Target target, qint64 deadline);
    bool isEmpty() const { return m_pending.isEmpty(); }
    /// How long from @p now until the first deadline, but no more than @p cap.
    qint64 timeToNextDeadline(qint64 now, qint64 cap) const;

    /// Answers the request that @p term ({Tag, Reply}) replies to; false when it replies to none pending
    /// (a late reply to a request that timed out, or no reply at all).
    bool answer(const Term &term);
    /// A reply that cannot be read still fails its request at once rather than by timeout, when its tag
    /// (right after the {Tag, _} tuple header) can be read.
    void answerUnreadable(const QByteArray &raw, const QString &decodeError);
    /// Answers every request whose deadline is before @p now with a timeout.
    void expire(qint64 now);
    /// Answers every request with @p error: the connection ended.
    void failAll(const ConnectionError &error);

private:
    struct Pending
    {
        Target target;
        qint64 deadline;
    };

    void answerAgent(quint64 tag, const Term &reply);

    Answer m_answer;
    QHash<quint64, Pending> m_pending;
};

} // namespace bilby
