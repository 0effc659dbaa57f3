#include "tools/processtop.h"

#include "term/termformat.h"

namespace bilby {

namespace {

QString mfaText(const Term &t)
{
    const QString text = TermFormat::mfa(t);
    return text.isEmpty() ? TermFormat::toErlang(t, 200) : text;
}

} // namespace

QString localPidText(const Term &pid)
{
    if (pid.type() == Term::Type::Port) {
        const Term::Identifier &id = pid.identifier();
        return QStringLiteral("#Port<0.%1>").arg(quint64(id.ids.value(1)) << 32 | id.ids.value(0));
    }
    if (pid.type() == Term::Type::Reference) {
        // Like the shell, the most significant word first.
        const Term::Identifier &id = pid.identifier();
        QString ref = QStringLiteral("#Ref<0");
        for (qsizetype i = id.ids.size(); i-- > 0;)
            ref += QLatin1Char('.') + QString::number(id.ids.at(i));
        return ref + QLatin1Char('>');
    }
    if (!pid.isPid())
        return TermFormat::toErlang(pid, 200);
    const Term::Identifier &id = pid.identifier();
    return QStringLiteral("<0.%1.%2>").arg(id.ids.value(0)).arg(id.ids.value(1));
}

QJsonObject ProcessTop::Row::toJson() const
{
    QJsonObject o{{QStringLiteral("pid"), pidText},
                  {QStringLiteral("name"), name.isEmpty() ? QJsonValue() : QJsonValue(name)},
                  {QStringLiteral("memory"), memory},
                  {QStringLiteral("message_queue_len"), messageQueueLen},
                  {QStringLiteral("reductions"), reductions},
                  {QStringLiteral("current_function"), currentFunction},
                  {QStringLiteral("initial_call"), initialCall}};
    if (reductionsDelta >= 0)
        o.insert(QStringLiteral("reductions_delta"), reductionsDelta);
    return o;
}

Term ProcessTop::request(Sort sort, int top, const QString &filter, bool includeBilby)
{
    return Term::tuple({Term::atom("procs"), Term::map({{Term::atom("sort"), Term::atom(sortName(sort).toUtf8())},
                                                        {Term::atom("top"), Term::integer(top)},
                                                        {Term::atom("filter"), Term::binary(filter.toUtf8())},
                                                        {Term::atom("own"), Term::boolean(includeBilby)}})});
}

std::optional<ProcessTop> ProcessTop::fromTerm(const Term &term, QString *error)
{
    const auto sort = sortFromName(term.get("sort").toQString());
    const Term processes = term.get("processes");
    if (!term.isMap() || !sort || !processes.isProperList()) {
        if (error)
            *error = QStringLiteral("not a process list: %1").arg(TermFormat::toErlang(term, 200));
        return std::nullopt;
    }
    ProcessTop top;
    top.sort = *sort;
    top.scanned = term.get("scanned").toInt();
    top.intervalMs = term.get("interval_ms").isInteger() ? term.get("interval_ms").toInt() : -1;
    for (const Term &r : processes.items()) {
        if (!r.isTuple(8) || !r.at(0).isPid())
            continue;
        Row row;
        row.pid = r.at(0);
        row.pidText = localPidText(row.pid);
        row.name =
            r.at(1).isAtom("undefined") || !(r.at(1).isBinary() || r.at(1).isAtom()) ? QString() : r.at(1).toQString();
        row.memory = r.at(2).toInt();
        row.messageQueueLen = r.at(3).toInt();
        row.reductions = r.at(4).toInt();
        row.reductionsDelta = r.at(5).isInteger() ? r.at(5).toInt() : -1;
        row.currentFunction = mfaText(r.at(6));
        row.initialCall = mfaText(r.at(7));
        top.rows.append(row);
    }
    return top;
}

QString ProcessTop::sortName(Sort sort)
{
    switch (sort) {
    case Sort::Memory:
        return QStringLiteral("memory");
    case Sort::MessageQueue:
        return QStringLiteral("message_queue_len");
    case Sort::Reductions:
        return QStringLiteral("reductions");
    }
    return {};
}

std::optional<ProcessTop::Sort> ProcessTop::sortFromName(const QString &name)
{
    if (name == QLatin1String("memory"))
        return Sort::Memory;
    if (name == QLatin1String("message_queue_len") || name == QLatin1String("mq"))
        return Sort::MessageQueue;
    if (name == QLatin1String("reductions"))
        return Sort::Reductions;
    return std::nullopt;
}

} // namespace bilby
