#pragma once

#include "term/term.h"

#include <QJsonValue>
#include <QString>

/**
 * @brief Renders terms for people (Erlang syntax) and for machines (JSON).
 */
namespace bilby::TermFormat {

/// Erlang syntax, as the shell would print it (`{ok,<<"abc">>}`, `#{a => 1}`, `<0.12.0>`...).
/// Output longer than @p maxChars (when > 0) is cut and ends with "...".
QString toErlang(const Term &term, int maxChars = 0);

/// JSON: numbers as numbers, atoms/binaries/charlists as strings, true/false/null atoms as JSON literals,
/// proplists and maps with atom or string keys as objects, other lists and tuples as arrays,
/// pids/ports/refs/funs as their Erlang text.
QJsonValue toJson(const Term &term);

/// `m:f/a` for a {Module, Function, Arity} tuple (a current function, an initial call), else empty.
QString mfa(const Term &term);

} // namespace bilby::TermFormat
