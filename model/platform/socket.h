#pragma once

// Plain C++, no Qt: the socket calls the distribution client and the epmd probe make besides ei's own.

#include "platform/poll.h"

#include <chrono>
#include <cstddef>
#include <string>

namespace bilby::platform {

/// @brief This machine's host name as the system reports it; empty when it cannot say.
std::string hostName();

/// @brief Bounds every blocking read and write on @p socket to @p timeoutMs.
void setIoTimeouts(SocketHandle socket, int timeoutMs);

/// @brief True when the peer has closed @p socket: it is readable and a peek reads end of file. Never blocks.
bool peerClosed(SocketHandle socket);

/// @brief What TcpClient::connect() found.
struct ConnectResult
{
    enum class Outcome { Connected, Unresolvable, Refused, Unreachable, Timeout };
    Outcome outcome = Outcome::Unreachable;
    int systemError = 0; ///< errno on POSIX, the WSA error on Windows; 0 when there is none
    std::string detail;  ///< the resolver's words for Unresolvable
};

/**
 * @brief A short-lived IPv4 TCP connection with a deadline on everything, for probes (epmd's port query):
 * connecting, sending and reading never block longer than asked. Closed when destroyed.
 */
class TcpClient
{
public:
    TcpClient() = default;
    ~TcpClient();
    TcpClient(const TcpClient &) = delete;
    TcpClient &operator=(const TcpClient &) = delete;

    /// Resolves @p host (IPv4) and connects to @p port, waiting up to @p timeoutMs for the connection.
    ConnectResult connect(const std::string &host, int port, int timeoutMs);
    /// Sends all of @p data at once; false if the socket took less (a probe's request is a few bytes).
    bool send(const char *data, std::size_t size);
    /// Reads exactly @p size bytes unless @p deadline passes or the peer closes first.
    bool readExactly(char *data, std::size_t size, std::chrono::steady_clock::time_point deadline);

private:
    /// One recv(): the bytes read, 0 when the peer closed, negative on an error.
    long receiveSome(char *data, std::size_t size);

    SocketHandle m_socket = InvalidSocket;
};

} // namespace bilby::platform
