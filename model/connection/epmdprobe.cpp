#include "connection/epmdprobe.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace bilby {

namespace {

constexpr unsigned char PortPlease2Req = 122;
constexpr unsigned char Port2Resp = 119;

struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

bool waitFor(int fd, short events, int timeoutMs)
{
    pollfd p{fd, events, 0};
    int rc;
    do {
        rc = ::poll(&p, 1, timeoutMs);
    } while (rc < 0 && errno == EINTR);
    return rc > 0;
}

bool readExactly(int fd, char *buf, int len, const QElapsedTimer &clock, int timeoutMs)
{
    int got = 0;
    while (got < len) {
        const int left = timeoutMs - int(clock.elapsed());
        if (left <= 0 || !waitFor(fd, POLLIN, left))
            return false;
        const ssize_t n = ::recv(fd, buf + got, size_t(len - got), 0);
        if (n <= 0)
            return false;
        got += int(n);
    }
    return true;
}

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
    QElapsedTimer clock;
    clock.start();

    addrinfo hints{};
    hints.ai_family = AF_INET; // ei speaks IPv4 to epmd
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *addrs = nullptr;
    const QByteArray host = node.host.toUtf8();
    const int gai = ::getaddrinfo(host.constData(), nullptr, &hints, &addrs);
    if (gai != 0 || !addrs) {
        probe.result = Result::Unresolvable;
        probe.detail = QString::fromUtf8(::gai_strerror(gai));
        return probe;
    }
    sockaddr_in addr{};
    std::memcpy(&addr, addrs->ai_addr, sizeof addr);
    ::freeaddrinfo(addrs);
    addr.sin_port = htons(quint16(epmdPort()));

    Fd sock{::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)};
    if (sock.fd < 0) {
        probe.result = Result::Unreachable;
        probe.detail = qt_error_string(errno);
        return probe;
    }
    ::fcntl(sock.fd, F_SETFL, ::fcntl(sock.fd, F_GETFL) | O_NONBLOCK);
    int err = 0;
    if (::connect(sock.fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) < 0) {
        err = errno;
        if (err == EINPROGRESS) {
            if (!waitFor(sock.fd, POLLOUT, timeoutMs)) {
                probe.result = Result::Timeout;
                return probe;
            }
            socklen_t len = sizeof err;
            ::getsockopt(sock.fd, SOL_SOCKET, SO_ERROR, &err, &len);
        }
    }
    if (err != 0) {
        probe.result = err == ECONNREFUSED ? Result::NoEpmd : Result::Unreachable;
        probe.detail = qt_error_string(err);
        return probe;
    }

    const QByteArray alive = node.alive.toUtf8();
    QByteArray req;
    const int len = int(alive.size()) + 1;
    req.append(char(len >> 8)).append(char(len & 0xff)).append(char(PortPlease2Req)).append(alive);
    if (::send(sock.fd, req.constData(), size_t(req.size()), MSG_NOSIGNAL) != req.size()) {
        probe.result = Result::NoEpmd;
        return probe;
    }
    char head[2];
    if (!readExactly(sock.fd, head, 2, clock, timeoutMs) || static_cast<unsigned char>(head[0]) != Port2Resp) {
        probe.result = Result::Timeout;
        return probe;
    }
    if (head[1] != 0) {
        probe.result = Result::NotRegistered;
        return probe;
    }
    unsigned char port[2];
    if (!readExactly(sock.fd, reinterpret_cast<char *>(port), 2, clock, timeoutMs)) {
        probe.result = Result::Timeout;
        return probe;
    }
    probe.result = Result::Registered;
    probe.port = (port[0] << 8) | port[1];
    return probe;
}

} // namespace bilby
