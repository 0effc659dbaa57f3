#pragma once

#include <QMetaType>
#include <QString>

namespace bilby {

/**
 * @brief Why a connection or a request failed, in a form the user can act on.
 */
struct ConnectionError
{
    enum class Kind {
        None,
        InvalidName,    ///< the node name is malformed
        Unresolvable,   ///< the host name does not resolve
        NoEpmd,         ///< nothing answers on the host's epmd port
        NotRegistered,  ///< epmd answers but does not know the node
        Unreachable,    ///< no route to the host
        Cookie,         ///< the node refused the handshake: the cookie does not match
        Timeout,        ///< no answer in time (connect or request)
        ConnectionLost, ///< the connection closed, or the node stopped answering ticks
        NodeStopped,    ///< the node shut down in order (init:stop) and closed the connection
        Remote,         ///< the node answered with an error
        Protocol,       ///< the node sent something we could not read
        Agentless,      ///< the request needs the agent, which is not loaded
        Stopped,        ///< the session was stopped before the request completed
    };
    ConnectionError() = default;
    ConnectionError(Kind kind, QString message, QString reason = QString())
        : kind(kind)
        , message(std::move(message))
        , reason(std::move(reason))
    {}

    Kind kind = Kind::None;
    QString message; ///< one or two sentences: what happened and what to do
    QString reason;  ///< Kind::Remote: the node's own reason, as Erlang text ("read_only", "{badarg, ...}");
                     ///< Kind::ConnectionLost: "closed" when the node closed the connection

    bool isError() const { return kind != Kind::None; }
    /// A stable identifier of the kind for scripts and JSON ("cookie", "no_epmd"...).
    static QString kindName(Kind kind);
};

} // namespace bilby

Q_DECLARE_METATYPE(bilby::ConnectionError)
