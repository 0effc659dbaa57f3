// Agent request round trip and pipelined throughput on one connection, against ei_rpc(erlang, node, [])
// on the same node in the same run.
//
// Three ways are measured in interleaved rounds, so that a noisy machine slows each of them alike:
//  - ei_rpc on its own connection, blocking on the calling thread (the reference);
//  - the agent protocol on its own connection, blocking on the calling thread: {Tag, ping} -> {Tag, pong};
//  - the agent through NodeSession, as the application sees it: from request() on the calling thread,
//    through the worker thread and the node, back to the callback in the caller's event loop.
#include "connection/distconnection.h"
#include "connection/nodesession.h"
#include "connection/sessionbootstrap.h"
#include "support/testnode.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>
#include <cstdio>
#include <ei.h>
#include <vector>

using namespace bilby;
using namespace bilby::test;

namespace {

constexpr int Rounds = 10;
constexpr int PerRound = 2000;

struct Stats
{
    double p50 = 0;
    double p99 = 0;
};

Stats stats(std::vector<double> us)
{
    if (us.empty())
        return {};
    std::sort(us.begin(), us.end());
    return {us[us.size() / 2], us[us.size() * 99 / 100]};
}

class EiRpcClient
{
public:
    explicit EiRpcClient(const TestNode &node)
    {
        const QByteArray alive = "bench_rpc_" + randomToken(6);
        const QByteArray self = alive + "@127.0.0.1";
        ei_connect_xinit(&m_ec, "127.0.0.1", alive.constData(), self.constData(), nullptr, node.cookie().constData(),
                         1);
        QByteArray target = node.name().toString().toUtf8();
        m_fd = ei_connect_tmo(&m_ec, target.data(), 5000);
        ei_x_new(&m_args);
        ei_x_encode_empty_list(&m_args);
        ei_x_new(&m_reply);
    }
    ~EiRpcClient()
    {
        ei_x_free(&m_args);
        ei_x_free(&m_reply);
        if (m_fd >= 0)
            ei_close_connection(m_fd);
    }
    bool ok() const { return m_fd >= 0; }
    void run(int n, std::vector<double> *us)
    {
        QElapsedTimer clock;
        for (int i = 0; i < n; ++i) {
            clock.start();
            m_reply.index = 0;
            if (ei_rpc(&m_ec, m_fd, const_cast<char *>("erlang"), const_cast<char *>("node"), m_args.buff, m_args.index,
                       &m_reply) < 0)
                return;
            us->push_back(clock.nsecsElapsed() / 1000.0);
        }
    }

private:
    ei_cnode m_ec{};
    int m_fd = -1;
    ei_x_buff m_args{};
    ei_x_buff m_reply{};
};

class DirectAgentClient
{
public:
    explicit DirectAgentClient(const TestNode &node)
        : m_rpc(m_connection)
    {
        ConnectionError error;
        SessionInfo info;
        m_ok = m_connection.connect(node.name(), node.cookie(), 5000, &error) &&
               bootstrapSession(m_rpc, m_connection.self(), {}, &info, &m_agent, &error) && info.agentLoaded;
    }
    ~DirectAgentClient()
    {
        ConnectionError error;
        if (m_ok)
            m_rpc.request(m_agent, Term::atom("stop"), 1000, &error);
    }
    bool ok() const { return m_ok; }
    void run(int n, std::vector<double> *us)
    {
        ConnectionError error;
        QElapsedTimer clock;
        for (int i = 0; i < n; ++i) {
            clock.start();
            if (!m_rpc.request(m_agent, Term::atom("ping"), 5000, &error))
                return;
            us->push_back(clock.nsecsElapsed() / 1000.0);
        }
    }

private:
    DistConnection m_connection;
    SyncRpc m_rpc;
    Term m_agent;
    bool m_ok = false;
};

// One request at a time, each sent from the previous one's callback inside a running event loop.
void runSession(NodeSession &session, int n, std::vector<double> *us)
{
    QEventLoop loop;
    QElapsedTimer clock;
    int done = 0;
    std::function<void()> next = [&] {
        clock.start();
        session.request(Term::atom("ping"), 5000, &loop, [&](const Term &, const ConnectionError &) {
            us->push_back(clock.nsecsElapsed() / 1000.0);
            if (++done == n)
                loop.quit();
            else
                next();
        });
    };
    next();
    loop.exec();
}

double measurePipelined(NodeSession &session, int total, int window)
{
    int sent = 0;
    int done = 0;
    int failed = 0;
    QEventLoop loop;
    std::function<void()> sendOne = [&] {
        ++sent;
        session.request(Term::atom("ping"), 10000, &loop, [&](const Term &, const ConnectionError &e) {
            failed += e.isError() ? 1 : 0;
            if (++done == total)
                loop.quit();
            else if (sent < total)
                sendOne();
        });
    };
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < window && sent < total; ++i)
        sendOne();
    loop.exec();
    const double seconds = clock.nsecsElapsed() / 1e9;
    if (failed)
        std::printf("  (%d pipelined requests failed)\n", failed);
    return total / seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    DistConnection::initialize();
    QCoreApplication app(argc, argv);
    TestNode node;
    QString error;
    if (!node.start(&error)) {
        std::fprintf(stderr, "cannot start a node: %s\n", qPrintable(error));
        return 1;
    }
    NodeSession session(node.name(), node.cookie());
    session.start();
    if (!waitUntil([&] { return session.state() == NodeSession::State::Up; }, 15000)) {
        std::fprintf(stderr, "agent did not come up: %s\n", qPrintable(session.lastError().message));
        return 1;
    }
    EiRpcClient rpc(node);
    DirectAgentClient direct(node);
    if (!rpc.ok() || !direct.ok()) {
        std::fprintf(stderr, "cannot open the reference connections\n");
        return 1;
    }
    std::vector<double> rpcUs, directUs, sessionUs, warm;
    rpc.run(500, &warm);
    direct.run(500, &warm);
    runSession(session, 500, &warm);
    for (int round = 0; round < Rounds; ++round) {
        rpc.run(PerRound, &rpcUs);
        direct.run(PerRound, &directUs);
        runSession(session, PerRound, &sessionUs);
    }
    const Stats r = stats(rpcUs);
    const Stats d = stats(directUs);
    const Stats s = stats(sessionUs);
    const double pipelined = measurePipelined(session, 200000, 1000);

    std::printf("bench_roundtrip: %d round trips each, %d interleaved rounds, loopback, node %s\n", Rounds * PerRound,
                Rounds, qPrintable(node.name().toString()));
    std::printf("  %-40s p50 %7.1f us   p99 %7.1f us\n", "ei_rpc(erlang, node, []) (reference)", r.p50, r.p99);
    std::printf("  %-40s p50 %7.1f us   p99 %7.1f us   ratio p50 %.2f  p99 %.2f\n", "agent request, calling thread",
                d.p50, d.p99, d.p50 / r.p50, d.p99 / r.p99);
    std::printf("  %-40s p50 %7.1f us   p99 %7.1f us   ratio p50 %.2f  p99 %.2f\n",
                "agent request via NodeSession (threads)", s.p50, s.p99, s.p50 / r.p50, s.p99 / r.p99);
    std::printf("  %-40s %9.0f requests/s (window 1000, 200000 requests)\n", "pipelined agent requests, one connection",
                pipelined);
    return 0;
}
