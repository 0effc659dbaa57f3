#include "tools/evaluator.h"

#include <QJsonArray>

namespace bilby {

namespace {

Term languageAtom(Evaluator::Language language)
{
    return Term::atom(Evaluator::languageName(language).toUtf8());
}

} // namespace

std::optional<EvalResult> EvalResult::fromTerm(const Term &term, QString *error)
{
    if (term.type() != Term::Type::Map || !term.has("status") || !term.has("value")) {
        if (error)
            *error = QStringLiteral("not an evaluation result");
        return std::nullopt;
    }
    EvalResult r;
    const Term status = term.get("status");
    r.status = status.isAtom("ok") ? Status::Ok : status.isAtom("exception") ? Status::Exception : Status::ParseError;
    r.value = term.get("value").toQString();
    r.truncated = term.get("truncated").isAtom("true");
    r.valueMax = term.get("value_max").toInt();
    r.output = term.get("output").toQString();
    r.outputTruncated = term.get("output_truncated").isAtom("true");
    for (const Term &name : term.get("bindings").items())
        r.bindings.append(name.toQString());
    r.bindingsDropped = term.get("bindings_dropped").isAtom("true");
    r.elapsedUs = term.get("elapsed_us").toInt();
    return r;
}

QString EvalResult::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Exception:
        return QStringLiteral("exception");
    case Status::ParseError:
        return QStringLiteral("parse_error");
    }
    return {};
}

QJsonObject EvalResult::toJson() const
{
    return {{QStringLiteral("status"), statusName(status)},
            {QStringLiteral("value"), value},
            {QStringLiteral("truncated"), truncated},
            {QStringLiteral("output"), output},
            {QStringLiteral("output_truncated"), outputTruncated},
            {QStringLiteral("bindings"), QJsonArray::fromStringList(bindings)},
            {QStringLiteral("bindings_dropped"), bindingsDropped},
            {QStringLiteral("elapsed_us"), elapsedUs}};
}

namespace Evaluator {

Term request(Language language, const QString &text)
{
    return Term::tuple({Term::atom("eval"), languageAtom(language), Term::binary(text.toUtf8())});
}

Term forgetRequest(Language language)
{
    return Term::tuple({Term::atom("eval_forget"), languageAtom(language)});
}

Term languagesRequest()
{
    return Term::atom("eval_languages");
}

QString languageName(Language language)
{
    return language == Language::Elixir ? QStringLiteral("elixir") : QStringLiteral("erlang");
}

std::optional<Languages> Languages::fromTerm(const Term &reply)
{
    if (!reply.isList())
        return std::nullopt;
    Languages out;
    for (const Term &name : reply.items())
        if (const auto language = languageFromName(name.toQString()); language && !out.has(*language))
            out.languages.append(*language);
    return out;
}

std::optional<Language> languageFromName(const QString &name)
{
    if (name == QLatin1String("erlang"))
        return Language::Erlang;
    if (name == QLatin1String("elixir"))
        return Language::Elixir;
    return std::nullopt;
}

} // namespace Evaluator

void EvalHistory::add(const QString &expression)
{
    const QString text = expression.trimmed();
    m_position = -1;
    if (text.isEmpty())
        return;
    m_entries.removeAll(text);
    m_entries.append(text);
    while (m_entries.size() > MaxEntries)
        m_entries.removeFirst();
}

QString EvalHistory::previous(const QString &current)
{
    if (m_entries.isEmpty())
        return current;
    if (m_position < 0) {
        m_draft = current;
        m_position = int(m_entries.size()) - 1;
    } else if (m_position > 0) {
        --m_position;
    }
    return m_entries.at(m_position);
}

QString EvalHistory::next()
{
    if (m_position < 0)
        return m_draft;
    if (++m_position >= m_entries.size()) {
        m_position = -1;
        return m_draft;
    }
    return m_entries.at(m_position);
}

} // namespace bilby
