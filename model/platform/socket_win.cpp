#include "platform/socket.h"
#include "platform/winsock_win.h"

#include <ws2tcpip.h>

#include <cstring>

namespace bilby::platform {

bool startWinsock()
{
    static const bool started = [] {
        WSADATA data;
        return WSAStartup(MAKEWORD(2, 2), &data) == 0;
    }();
    return started;
}

std::string hostName()
{
    char buf[256] = {};
    if (!startWinsock() || gethostname(buf, sizeof buf - 1) != 0)
        return {};
    return buf;
}

void setIoTimeouts(SocketHandle socket, int timeoutMs)
{
    // Winsock takes the bound as a DWORD of milliseconds where POSIX takes a timeval.
    const DWORD bound = DWORD(timeoutMs);
    setsockopt(SOCKET(socket), SOL_SOCKET, SO_RCVTIMEO, reinterpret_cast<const char *>(&bound), sizeof bound);
    setsockopt(SOCKET(socket), SOL_SOCKET, SO_SNDTIMEO, reinterpret_cast<const char *>(&bound), sizeof bound);
}

bool peerClosed(SocketHandle socket)
{
    // Winsock has no MSG_DONTWAIT: look first, so that the peek cannot block on a socket with nothing to read.
    char byte;
    return waitFor(socket, Readable, 0) && recv(SOCKET(socket), &byte, 1, MSG_PEEK) == 0;
}

TcpClient::~TcpClient()
{
    if (m_socket != InvalidSocket)
        closesocket(SOCKET(m_socket));
}

ConnectResult TcpClient::connect(const std::string &host, int port, int timeoutMs)
{
    using Outcome = ConnectResult::Outcome;
    ConnectResult result;
    if (!startWinsock()) {
        result.systemError = WSAGetLastError();
        return result;
    }
    addrinfo hints{};
    hints.ai_family = AF_INET; // ei speaks IPv4 to epmd
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *addrs = nullptr;
    const int gai = getaddrinfo(host.c_str(), nullptr, &hints, &addrs);
    if (gai != 0 || !addrs) {
        result.outcome = Outcome::Unresolvable;
        result.detail = gai_strerrorA(gai);
        return result;
    }
    sockaddr_in addr{};
    std::memcpy(&addr, addrs->ai_addr, sizeof addr);
    freeaddrinfo(addrs);
    addr.sin_port = htons(u_short(port));

    const SOCKET s = WSASocketW(AF_INET, SOCK_STREAM, IPPROTO_TCP, nullptr, 0, WSA_FLAG_NO_HANDLE_INHERIT);
    if (s == INVALID_SOCKET) {
        result.systemError = WSAGetLastError();
        return result;
    }
    m_socket = SocketHandle(s);
    u_long nonBlocking = 1;
    ioctlsocket(s, FIONBIO, &nonBlocking);
    int err = 0;
    if (::connect(s, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == SOCKET_ERROR) {
        err = WSAGetLastError();
        if (err == WSAEWOULDBLOCK) {
            // A refused connection shows as an error event rather than as writable; either ends the wait.
            if (!waitFor(m_socket, Writable, timeoutMs)) {
                result.outcome = Outcome::Timeout;
                return result;
            }
            int len = sizeof err;
            err = 0;
            getsockopt(s, SOL_SOCKET, SO_ERROR, reinterpret_cast<char *>(&err), &len);
        }
    }
    result.systemError = err;
    result.outcome = err == 0 ? Outcome::Connected : err == WSAECONNREFUSED ? Outcome::Refused : Outcome::Unreachable;
    return result;
}

bool TcpClient::send(const char *data, std::size_t size)
{
    return ::send(SOCKET(m_socket), data, int(size), 0) == int(size);
}

long TcpClient::receiveSome(char *data, std::size_t size)
{
    return recv(SOCKET(m_socket), data, int(size), 0);
}

} // namespace bilby::platform
