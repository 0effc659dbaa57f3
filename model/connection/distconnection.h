#pragma once

#include "connection/connectionerror.h"
#include "connection/nodename.h"
#include "platform/poll.h"
#include "term/term.h"

#include <QByteArray>

#include <memory>
#include <optional>

namespace bilby {

/// One message received from the node.
struct IncomingMessage
{
    QByteArray toName;        ///< registered name it was sent to, empty when sent to our pid
    std::optional<Term> term; ///< empty when the payload could not be decoded
    QString decodeError;
    QByteArray raw; ///< the undecodable payload (with version byte), kept to find its tag
};

/**
 * @brief A blocking distribution connection to one node, as a hidden node through ei.
 *
 * Owned and used by one thread (NodeWorker); nothing here may run on the GUI thread.
 * Each connection uses its own unique console node name, so several can be open at once.
 */
class DistConnection
{
public:
    DistConnection();
    ~DistConnection();
    DistConnection(const DistConnection &) = delete;
    DistConnection &operator=(const DistConnection &) = delete;

    /// Initialises ei; call once from main() before starting threads (later calls do nothing).
    static void initialize();
    /// How the names of this process's console nodes begin ("bilby_<pid>_"): a node can tell its own
    /// console's connections from other consoles' by it.
    static QByteArray consoleAlivePrefix();

    bool connect(const NodeName &node, const QByteArray &cookie, int timeoutMs, ConnectionError *error);
    bool isOpen() const { return m_fd >= 0; }
    /// The connection's socket, for waiting on it (platform::waitFor()).
    platform::SocketHandle socket() const { return platform::SocketHandle(m_fd); }
    void close();

    /// Our own pid on the connection: the node replies to it.
    Term self() const;
    QString localNodeName() const;

    /// Sends are bounded by the socket's send timeout (5 s): a node that stops reading fails them.
    bool sendToPid(const Term &pid, const Term &message, ConnectionError *error);
    bool sendToName(const QByteArray &name, const Term &message, ConnectionError *error);

    enum class Received { Message, Tick, Nothing, Failed };
    /// Waits up to @p timeoutMs for data; ticks are answered by ei and reported as Tick.
    Received receive(int timeoutMs, IncomingMessage *message, ConnectionError *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
    int m_fd = -1;
};

} // namespace bilby
