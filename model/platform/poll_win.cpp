#include "platform/poll.h"
#include "platform/winsock_win.h"

#include <ws2tcpip.h>

namespace bilby::platform {

int waitFor(PollItem *items, int count, int timeoutMs)
{
    WSAPOLLFD fds[8];
    if (count < 0 || count > int(sizeof fds / sizeof fds[0]))
        return -1;
    if (count == 0) {
        // WSAPoll refuses an empty set; what is asked for is a sleep.
        Sleep(DWORD(timeoutMs < 0 ? INFINITE : timeoutMs));
        return 0;
    }
    for (int i = 0; i < count; ++i) {
        // WSAPoll rejects the out-of-band flags that POLLIN includes; the normal-data ones are what counts.
        fds[i].fd = SOCKET(items[i].socket);
        fds[i].events =
            short(((items[i].wanted & Readable) ? POLLRDNORM : 0) | ((items[i].wanted & Writable) ? POLLWRNORM : 0));
        fds[i].revents = 0;
    }
    const int rc = WSAPoll(fds, ULONG(count), timeoutMs);
    for (int i = 0; i < count; ++i) {
        const short r = rc > 0 ? fds[i].revents : 0;
        items[i].happened = ((r & POLLRDNORM) ? Readable : 0u) | ((r & POLLWRNORM) ? Writable : 0u) |
                            ((r & POLLHUP) ? HungUp : 0u) | ((r & POLLERR) ? Failed : 0u) |
                            ((r & POLLNVAL) ? Invalid : 0u);
    }
    return rc == SOCKET_ERROR ? -1 : rc;
}

WakeUp::WakeUp()
{
    // A UDP socket connected to itself on the loopback: each datagram sent is one byte to read, and WSAPoll
    // (which waits on nothing but sockets) sees it.
    if (!startWinsock())
        return;
    const SOCKET s = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
    if (s == INVALID_SOCKET)
        return;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    int len = sizeof addr;
    u_long nonBlocking = 1;
    if (bind(s, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        getsockname(s, reinterpret_cast<sockaddr *>(&addr), &len) != 0 ||
        connect(s, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        ioctlsocket(s, FIONBIO, &nonBlocking) != 0) {
        closesocket(s);
        return;
    }
    SetHandleInformation(reinterpret_cast<HANDLE>(s), HANDLE_FLAG_INHERIT, 0); // not inherited by child processes
    m_read = SocketHandle(s);
    m_write = SocketHandle(s);
}

WakeUp::~WakeUp()
{
    if (m_read != InvalidSocket)
        closesocket(SOCKET(m_read));
}

void WakeUp::signal(unsigned char byte) const
{
    if (m_write == InvalidSocket)
        return;
    const int saved = WSAGetLastError();
    send(SOCKET(m_write), reinterpret_cast<const char *>(&byte), 1, 0);
    WSASetLastError(saved);
}

int WakeUp::take() const
{
    unsigned char byte = 0;
    return m_read != InvalidSocket && recv(SOCKET(m_read), reinterpret_cast<char *>(&byte), 1, 0) == 1 ? int(byte) : -1;
}

void WakeUp::drain() const
{
    char buf[64];
    while (m_read != InvalidSocket && recv(SOCKET(m_read), buf, sizeof buf, 0) > 0) {
    }
}

} // namespace bilby::platform
