#pragma once

// Plain C++, no Qt: the one place that waits on sockets, so the rest of the model never includes
// <poll.h> or <winsock2.h>.

#include <cstdint>

namespace bilby::platform {

/// A socket as the system names it: a file descriptor on POSIX, a SOCKET (an unsigned pointer-sized
/// integer) on Windows. ei hands out its sockets as int on both; they convert without loss.
#ifdef _WIN32
using SocketHandle = std::uintptr_t;
constexpr SocketHandle InvalidSocket = ~SocketHandle(0);
#else
using SocketHandle = int;
constexpr SocketHandle InvalidSocket = -1;
#endif

/// What to wait for on a socket, and what happened (PollItem::happened).
enum PollEvent : unsigned {
    Readable = 1, ///< data waiting, or the peer closed (a read then returns 0)
    Writable = 2,
    HungUp = 4,  ///< the peer closed or the connection ended
    Failed = 8,  ///< an error on the socket, such as a reset
    Invalid = 16 ///< not an open socket
};

/// @brief One socket handed to waitFor(): the events wanted, and on return the events that happened.
struct PollItem
{
    SocketHandle socket = InvalidSocket;
    unsigned wanted = Readable;
    unsigned happened = 0;
};

/**
 * @brief Waits up to @p timeoutMs (0: just look) until one of @p items has an event it wants or an error.
 * @return the number of items with events, 0 on timeout, -1 when the wait itself failed. An interrupted
 * wait (a signal) is resumed.
 */
int waitFor(PollItem *items, int count, int timeoutMs);

/// @brief Waits for one socket; true when it became ready for @p wanted (or failed) within @p timeoutMs.
bool waitFor(SocketHandle socket, unsigned wanted, int timeoutMs);

/**
 * @brief Wakes a thread that waits in waitFor(): a pipe on POSIX, a loopback UDP socket on Windows (WSAPoll
 * waits on sockets only). Each signal() carries one byte, so it also passes small numbers (signal numbers).
 */
class WakeUp
{
public:
    WakeUp();
    ~WakeUp();
    WakeUp(const WakeUp &) = delete;
    WakeUp &operator=(const WakeUp &) = delete;

    /// False when the system refused the pipe or socket; then signal() does nothing.
    bool isValid() const { return m_read != InvalidSocket; }
    /// What to wait for readability on.
    SocketHandle handle() const { return m_read; }
    /// Never blocks (a full buffer drops the byte: the waiter wakes anyway). Async-signal-safe on POSIX,
    /// errno included.
    void signal(unsigned char byte = 1) const;
    /// The next byte sent, or -1 when none is waiting.
    int take() const;
    /// Reads every byte waiting, so the next wait sleeps again.
    void drain() const;

private:
    SocketHandle m_read = InvalidSocket;
    SocketHandle m_write = InvalidSocket;
};

} // namespace bilby::platform
