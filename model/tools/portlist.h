#pragma once

#include "term/term.h"

#include <QString>
#include <QVector>

#include <optional>

namespace bilby {

/**
 * @brief The node's ports and sockets (SPEC X8), ranked on the node by bytes moved and cut at a limit.
 *
 * Sockets of the `socket` module are listed with the ports; for TCP, UDP and SCTP the bytes are the
 * socket's own counters, and the local and peer addresses are given.
 */
struct PortList
{
    struct Row
    {
        Term id;            ///< the port (or socket) term
        QString idText;     ///< #Port<0.7>, or the socket as the node prints it
        QString name;       ///< the driver or program name
        QString type;       ///< tcp, udp, sctp, file, external, driver (or the socket's protocol)
        Term owner;         ///< the connected process
        QString ownerText;  ///< <0.85.0>
        QString ownerLabel; ///< the owner's best label (registered name, application's name...), may be empty
        bool own = false;   ///< Bilby's own connection to the node
        qint64 input = 0;   ///< bytes read
        qint64 output = 0;  ///< bytes written
        qint64 osPid = -1;  ///< external programs
        QString local;      ///< sockets: address:port
        QString peer;       ///< connected sockets
    };

    qint64 total = 0;      ///< ports and sockets on the node, listed or not
    qint64 ownLeftOut = 0; ///< Bilby's own connections, not listed (asked without @p includeOwn)
    QVector<Row> rows;

    /// The first @p limit (1..5000) by bytes moved; Bilby's own connections only with @p includeOwn.
    static Term request(int limit = 500, bool includeOwn = false);
    static std::optional<PortList> fromTerm(const Term &term, QString *error = nullptr);
};

} // namespace bilby
