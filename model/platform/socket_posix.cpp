#include "platform/socket.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

namespace bilby::platform {

std::string hostName()
{
    char buf[256] = {};
    if (::gethostname(buf, sizeof buf - 1) != 0)
        return {};
    return buf;
}

void setIoTimeouts(SocketHandle socket, int timeoutMs)
{
    const timeval bound{timeoutMs / 1000, suseconds_t(timeoutMs % 1000) * 1000};
    ::setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &bound, sizeof bound);
    ::setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &bound, sizeof bound);
}

bool peerClosed(SocketHandle socket)
{
    char byte;
    return ::recv(socket, &byte, 1, MSG_PEEK | MSG_DONTWAIT) == 0;
}

TcpClient::~TcpClient()
{
    if (m_socket >= 0)
        ::close(m_socket);
}

ConnectResult TcpClient::connect(const std::string &host, int port, int timeoutMs)
{
    using Outcome = ConnectResult::Outcome;
    ConnectResult result;
    addrinfo hints{};
    hints.ai_family = AF_INET; // ei speaks IPv4 to epmd
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *addrs = nullptr;
    const int gai = ::getaddrinfo(host.c_str(), nullptr, &hints, &addrs);
    if (gai != 0 || !addrs) {
        result.outcome = Outcome::Unresolvable;
        result.detail = ::gai_strerror(gai);
        return result;
    }
    sockaddr_in addr{};
    std::memcpy(&addr, addrs->ai_addr, sizeof addr);
    ::freeaddrinfo(addrs);
    addr.sin_port = htons(uint16_t(port));

    m_socket = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_socket < 0) {
        result.systemError = errno;
        return result;
    }
    ::fcntl(m_socket, F_SETFL, ::fcntl(m_socket, F_GETFL) | O_NONBLOCK);
    int err = 0;
    if (::connect(m_socket, reinterpret_cast<sockaddr *>(&addr), sizeof addr) < 0) {
        err = errno;
        if (err == EINPROGRESS) {
            if (!waitFor(m_socket, Writable, timeoutMs)) {
                result.outcome = Outcome::Timeout;
                return result;
            }
            socklen_t len = sizeof err;
            ::getsockopt(m_socket, SOL_SOCKET, SO_ERROR, &err, &len);
        }
    }
    result.systemError = err;
    result.outcome = err == 0 ? Outcome::Connected : err == ECONNREFUSED ? Outcome::Refused : Outcome::Unreachable;
    return result;
}

bool TcpClient::send(const char *data, std::size_t size)
{
    return ::send(m_socket, data, size, MSG_NOSIGNAL) == ssize_t(size);
}

long TcpClient::receiveSome(char *data, std::size_t size)
{
    return long(::recv(m_socket, data, size, 0));
}

} // namespace bilby::platform
