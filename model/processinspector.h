#pragma once

#include "term.h"

#include <QJsonValue>
#include <QString>

/**
 * @brief Requests of the process inspector (SPEC X2, X3) and the reading of their replies.
 *
 * A target is a pid term, or text the node resolves: a pid as it prints its own (<0.85.0>) or a
 * registered name. Messages, dictionary and state are sensitive: whoever shows or exports them says so.
 */
namespace bilby::ProcessInspector {

/// Text (pid or registered name) as a target term.
Term target(const QString &text);

Term infoRequest(const Term &target);
/// The first @p limit (at most 100) messages; a queue over 100,000 needs @p confirmed.
Term messagesRequest(const Term &target, int limit, bool confirmed);
Term dictionaryRequest(const Term &target);
/// sys:get_state with @p timeoutMs (the agent never waits longer).
Term stateRequest(const Term &target, int timeoutMs);
Term stackRequest(const Term &target);
/// exit(Pid, @p reason): changes the node, refused by a read-only agent.
Term terminateRequest(const Term &target, const QByteArray &reason);
/// Garbage-collects the process: changes the node, refused by a read-only agent.
Term gcRequest(const Term &target);

/// A reply as JSON: maps with atom keys as objects, pids and ports as their node prints them.
QJsonValue toJson(const Term &reply);

} // namespace bilby::ProcessInspector
