#include "connection/auditedrequest.h"

#include "topology/noderegistry.h"

#include <QPointer>

namespace bilby::AuditedRequest {

quint64 send(ManagedNode *node, const Request &request, const Reader &read, QObject *receiver, const Done &done)
{
    if (!node || !node->session())
        return 0;
    QPointer<ManagedNode> audit(node);
    QPointer<QObject> asker(receiver);
    const QString what = request.what;
    return node->session()->request(request.term, request.timeoutMs, request.maxBytes, node,
                                    [audit, asker, what, read, done](const Term &value, const ConnectionError &e) {
                                        const AgentError error = AgentError::from(e);
                                        Outcome outcome = read(error.isError() ? Term() : value, error);
                                        outcome.error = error;
                                        if (!error.isError())
                                            outcome.value = value;
                                        if (audit)
                                            audit->recordAction(what, outcome.ok, outcome.text);
                                        if (asker && done)
                                            done(outcome);
                                    });
}

Outcome failed(const AgentError &error)
{
    Outcome outcome;
    outcome.text = error.message();
    outcome.error = error;
    return outcome;
}

Reader doneWith(const QString &text)
{
    return [text](const Term &, const AgentError &error) {
        if (error.isError())
            return failed(error);
        Outcome outcome;
        outcome.ok = true;
        outcome.text = text;
        return outcome;
    };
}

} // namespace bilby::AuditedRequest
