#pragma once

#include "connection/nodename.h"

#include <QString>

namespace bilby {

/**
 * @brief Asks a host's epmd where a node listens, to explain a failed connection.
 *
 * ei reports most connection failures alike; this lookup tells "no such host", "no epmd" and "node not
 * registered" apart so the user reads the real cause. Blocking: call it from a worker thread only.
 */
struct EpmdProbe
{
    enum class Result { Registered, NotRegistered, NoEpmd, Unresolvable, Unreachable, Timeout };
    Result result = Result::Timeout;
    int port = 0;   ///< distribution port when Registered
    QString detail; ///< system error text, when there is one

    static EpmdProbe run(const NodeName &node, int timeoutMs);
    /// The epmd port in use: ERL_EPMD_PORT from the environment, else 4369 (as ei does).
    static int epmdPort();
};

} // namespace bilby
