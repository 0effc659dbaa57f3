#pragma once

#include "term/term.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
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

/// The keys of an info reply in a reading order: who it is, what it does, its links, its memory, its
/// settings; then any other key (a newer agent may send more) by name. The *_total counts are left out
/// (they qualify links and monitors).
QList<QByteArray> infoKeys(const Term &info);
/// A value of an info reply as one line of plain text: pids as their node prints them (<0.85.0>, with
/// the node when it is another's), functions as gen_server:loop/7 (with the file and line of a
/// location), lists comma-separated, anything else in Erlang syntax.
QString plainText(const Term &value);

} // namespace bilby::ProcessInspector
