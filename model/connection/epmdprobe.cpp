#include "connection/epmdprobe.h"

#include "platform/socket.h"

#include <QByteArray>

namespace bilby {

namespace {

constexpr unsigned char PortPlease2Req = 122;
constexpr unsigned char Port2Resp = 119;

} // namespace

int EpmdProbe::epmdPort()
{
    bool ok = false;
    const int port = qEnvironmentVariableIntValue("ERL_EPMD_PORT", &ok);
    return ok && port > 0 && port < 65536 ? port : 4369;
}

EpmdProbe EpmdProbe::run(const NodeName &node, int timeoutMs)
{
    EpmdProbe probe;
    // One deadline for the whole answer, as the connection attempt has one of its own.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    platform::TcpClient client;
    const platform::ConnectResult connected = client.connect(node.host.toStdString(), epmdPort(), timeoutMs);
    switch (connected.outcome) {
    case platform::ConnectResult::Outcome::Connected:
        break;
    case platform::ConnectResult::Outcome::Unresolvable:
        probe.result = Result::Unresolvable;
        probe.detail = QString::fromStdString(connected.detail);
        return probe;
    case platform::ConnectResult::Outcome::Timeout:
        probe.result = Result::Timeout;
        return probe;
    case platform::ConnectResult::Outcome::Refused:
    case platform::ConnectResult::Outcome::Unreachable:
        probe.result =
            connected.outcome == platform::ConnectResult::Outcome::Refused ? Result::NoEpmd : Result::Unreachable;
        probe.detail = qt_error_string(connected.systemError);
        return probe;
    }

    const QByteArray alive = node.alive.toUtf8();
    QByteArray req;
    const int len = int(alive.size()) + 1;
    req.append(char(len >> 8)).append(char(len & 0xff)).append(char(PortPlease2Req)).append(alive);
    if (!client.send(req.constData(), size_t(req.size()))) {
        probe.result = Result::NoEpmd;
        return probe;
    }
    char head[2];
    if (!client.readExactly(head, 2, deadline) || static_cast<unsigned char>(head[0]) != Port2Resp) {
        probe.result = Result::Timeout;
        return probe;
    }
    if (head[1] != 0) {
        probe.result = Result::NotRegistered;
        return probe;
    }
    unsigned char port[2];
    if (!client.readExactly(reinterpret_cast<char *>(port), 2, deadline)) {
        probe.result = Result::Timeout;
        return probe;
    }
    probe.result = Result::Registered;
    probe.port = (port[0] << 8) | port[1];
    return probe;
}

} // namespace bilby
