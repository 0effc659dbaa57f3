// Agent request round trip and pipelined throughput on one connection, against ei_rpc(erlang, node, [])
// on the same node in the same run.
//
// The agent path is measured as the application sees it: from NodeSession::request() on the calling
// thread, through the worker thread and the node, back to the callback on the calling thread.
#include "distconnection.h"
#include "nodesession.h"
#include "sessionbootstrap.h"
#include "testnode.h"

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

struct Stats {
    double p50 = 0;
    double p99 = 0;
};

Stats stats(std::vector<double> us)
{
    std::sort(us.begin(), us.end());
    return {us[us.size() / 2], us[us.size() * 99 / 100]};
}

std::vector<double> measureEiRpc(const TestNode &node, int n)
{
    ei_cnode ec;
    const QByteArray self = "bench_rpc_" + randomToken(6) + "@127.0.0.1";
    ei_connect_xinit(&ec, "127.0.0.1", self.left(self.indexOf('@')).constData(), self.constData(), nullptr,
                     node.cookie().constData(), 1);
    QByteArray target = node.name().toString().toUtf8();
    const int fd = ei_connect_tmo(&ec, target.data(), 5000);
    std::vector<double> us;
    if (fd < 0)
        return us;
    ei_x_buff args;
    ei_x_new(&args);
    ei_x_encode_empty_list(&args);
    ei_x_buff reply;
    ei_x_new(&reply);
    QElapsedTimer clock;
    for (int i = 0; i < n; ++i) {
        clock.start();
        reply.index = 0;
        if (ei_rpc(&ec, fd, const_cast<char *>("erlang"), const_cast<char *>("node"), args.buff, args.index, &reply) < 0)
            break;
        us.push_back(clock.nsecsElapsed() / 1000.0);
    }
    ei_x_free(&args);
    ei_x_free(&reply);
    ei_close_connection(fd);
    return us;
}

// The agent protocol on one thread, as ei_rpc is used: send {Tag, ping} and block for {Tag, Reply}.
std::vector<double> measureAgentDirect(const TestNode &node, int n)
{
    std::vector<double> us;
    DistConnection connection;
    ConnectionError error;
    if (!connection.connect(node.name(), node.cookie(), 5000, &error))
        return us;
    SyncRpc rpc(connection);
    SessionInfo info;
    Term agent;
    if (!bootstrapSession(rpc, connection.self(), true, &info, &agent, &error) || !info.agentLoaded)
        return us;
    QElapsedTimer clock;
    for (int i = 0; i < n; ++i) {
        clock.start();
        if (!rpc.request(agent, Term::atom("ping"), 5000, &error))
            break;
        us.push_back(clock.nsecsElapsed() / 1000.0);
    }
    rpc.request(agent, Term::atom("stop"), 1000, &error);
    return us;
}

std::vector<double> measureAgent(NodeSession &session, int n)
{
    std::vector<double> us;
    us.reserve(size_t(n));
    QEventLoop loop;
    QElapsedTimer clock;
    for (int i = 0; i < n; ++i) {
        clock.start();
        session.request(Term::atom("ping"), 5000, &loop, [&](const Term &, const ConnectionError &) { loop.quit(); });
        loop.exec();
        us.push_back(clock.nsecsElapsed() / 1000.0);
    }
    return us;
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
    const int n = 20000;
    measureAgent(session, 1000); // warm-up
    measureEiRpc(node, 1000);
    const Stats direct = stats(measureAgentDirect(node, n));
    const Stats agent = stats(measureAgent(session, n));
    const Stats rpc = stats(measureEiRpc(node, n));
    const double pipelined = measurePipelined(session, 200000, 1000);

    std::printf("bench_roundtrip: %d sequential requests each, loopback, OTP node %s\n", n,
                qPrintable(node.name().toString()));
    std::printf("  agent request, same thread    p50 %7.1f us   p99 %7.1f us\n", direct.p50, direct.p99);
    std::printf("  agent request via NodeSession p50 %7.1f us   p99 %7.1f us (caller -> worker thread -> caller)\n",
                agent.p50, agent.p99);
    std::printf("  ei_rpc(erlang, node, [])      p50 %7.1f us   p99 %7.1f us\n", rpc.p50, rpc.p99);
    std::printf("  ratio same-thread agent/ei_rpc p50 %6.2f      p99 %7.2f\n", direct.p50 / rpc.p50,
                direct.p99 / rpc.p99);
    std::printf("  ratio NodeSession/ei_rpc      p50 %7.2f      p99 %7.2f\n", agent.p50 / rpc.p50, agent.p99 / rpc.p99);
    std::printf("  pipelined agent requests      %9.0f req/s (window 1000, 200000 requests, one connection)\n",
                pipelined);
    return 0;
}
