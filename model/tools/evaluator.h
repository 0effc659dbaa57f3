#pragma once

#include "term/term.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bilby {

/**
 * @brief What one evaluation on the node gave (SPEC X5): the value or the error as the node rendered
 * it, and what the expression printed.
 *
 * The agent evaluates in a process of its own, killed at the request's timeout or heap limit, with a
 * group leader that captures the output; the value comes back as text, cut at 1 MB.
 */
struct EvalResult
{
    enum class Status { Ok, Exception, ParseError };

    Status status = Status::Ok;
    QString value;          ///< the value, the exception or the syntax error, rendered on the node
    bool truncated = false; ///< value was cut at valueMax characters
    qint64 valueMax = 0;    ///< the agent's cut, in characters
    QString output;         ///< what the expression printed (io:format, IO.puts)
    bool outputTruncated = false;
    QStringList bindings;         ///< the session's bound variables after this evaluation
    bool bindingsDropped = false; ///< the new bindings were too large to keep; the previous ones stay
    qint64 elapsedUs = 0;

    static std::optional<EvalResult> fromTerm(const Term &term, QString *error = nullptr);
    QJsonObject toJson() const;
    static QString statusName(Status status); ///< ok, exception, parse_error
};

/// The evaluator's requests. Each session keeps its own bindings on the node, per language.
namespace Evaluator {

enum class Language { Erlang, Elixir };

/// The default time an evaluation may take before the agent kills it.
constexpr int DefaultTimeoutMs = 5000;
/// The largest reply: a value of 1 M characters (up to 4 bytes each in UTF-8) and 256 KB of output.
constexpr qint64 ReplyMaxBytes = qint64(6) * 1024 * 1024;

/// Evaluates @p text; refused by a read-only agent (an expression can do anything).
Term request(Language language, const QString &text);
/// Forgets the session's bindings for @p language (like the shell's f()).
Term forgetRequest(Language language);
/// Which languages the node can evaluate: a list with erlang, and elixir when the node has it.
Term languagesRequest();

/// @brief The languages a node evaluates (an `eval_languages` reply), the node's own first.
struct Languages
{
    QList<Language> languages;

    bool has(Language language) const { return languages.contains(language); }
    /// The node's own language (Elixir on an Elixir node); Erlang when the list is empty.
    Language preferred() const { return languages.isEmpty() ? Language::Erlang : languages.constFirst(); }

    /// nullopt when the reply is not a list; names Bilby does not know are left out.
    static std::optional<Languages> fromTerm(const Term &reply);
};

QString languageName(Language language); ///< erlang, elixir
std::optional<Language> languageFromName(const QString &name);

} // namespace Evaluator

/**
 * @brief The expressions typed for one node, newest last, with shell-like navigation (up and down).
 *
 * Kept for the console's run; a repeated expression moves to the end rather than appearing twice.
 */
class EvalHistory
{
public:
    static constexpr int MaxEntries = 500;

    void add(const QString &expression);
    const QStringList &entries() const { return m_entries; }
    /// The entry before the current position (the newest first time); @p current is what the editor
    /// holds, given back when the user comes down past the newest entry.
    QString previous(const QString &current);
    QString next();
    void resetPosition() { m_position = -1; }

private:
    QStringList m_entries;
    int m_position = -1; ///< -1: at the editor's own text
    QString m_draft;
};

} // namespace bilby
