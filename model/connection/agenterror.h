#pragma once

#include "connection/connectionerror.h"

#include <QString>

namespace bilby {

/**
 * @brief Why a node tool's request failed, in terms a page can act on.
 *
 * The agent's `{error, Reason}` reaches the console as Reason's Erlang text in ConnectionError::reason
 * (Kind::Remote); this reads the reasons of the process and ETS tools back from that text, so that a
 * page can tell "the process has exited" from "the user must confirm" from "the session is read-only".
 */
struct AgentError
{
    enum class Kind {
        None,
        Connection,    ///< not the agent's answer: node down, timeout, agentless (see ConnectionError)
        ReadOnly,      ///< the agent runs read-only and refuses requests that change the node
        NoSuchProcess, ///< the process has exited
        NoSuchName,    ///< nothing is registered under the name
        BadPid,        ///< the text is not a pid
        NeedsConfirm,  ///< reading the mailbox needs the user's word (count, limit)
        NoAnswer,      ///< sys:get_state got no answer in time
        NotSysProcess, ///< sys:get_state failed: not a sys process (detail)
        PrivateTable,  ///< only the owner (pidText) can read the table
        NoSuchTable,
        BadKey, ///< the lookup key is not an Erlang term
        Other,  ///< any other agent error (detail)
    };

    Kind kind = Kind::None;
    qint64 count = 0;      ///< NeedsConfirm: messages waiting
    qint64 limit = 0;      ///< NeedsConfirm: the length above which the agent asks
    QString pidText;       ///< PrivateTable: the owner as the node prints it (<0.85.0>)
    QString detail;        ///< the agent's text, for Other and NotSysProcess
    ConnectionError error; ///< the original error

    bool isError() const { return kind != Kind::None; }
    /// One or two sentences for the user (translated).
    QString message() const;
    static AgentError from(const ConnectionError &error);
};

} // namespace bilby
