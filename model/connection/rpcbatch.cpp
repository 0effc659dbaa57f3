#include "connection/rpcbatch.h"

#include <memory>

namespace bilby {

void runRpcBatch(NodeSession *session, const QList<RpcCall> &calls, int timeoutMs, QObject *context,
                 std::function<void(const QList<Term> &results, const ConnectionError &error)> done)
{
    struct State
    {
        QList<Term> results;
        ConnectionError error;
        int remaining = 0;
        std::function<void(const QList<Term> &, const ConnectionError &)> done;
    };
    auto state = std::make_shared<State>();
    state->results.resize(calls.size());
    state->remaining = int(calls.size());
    state->done = std::move(done);
    if (calls.isEmpty()) {
        state->done({}, {});
        return;
    }
    for (int i = 0; i < calls.size(); ++i) {
        const RpcCall &c = calls.at(i);
        session->call(c.module, c.function, c.args, timeoutMs, context,
                      [state, i](const Term &value, const ConnectionError &error) {
                          state->results[i] = value;
                          if (error.isError() && !state->error.isError())
                              state->error = error;
                          if (--state->remaining == 0)
                              state->done(state->results, state->error);
                      });
    }
}

} // namespace bilby
