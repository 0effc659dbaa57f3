#include "processinspector.h"

#include "processtop.h"
#include "termformat.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bilby::ProcessInspector {

Term target(const QString &text)
{
    return Term::binary(text.trimmed().toUtf8());
}

Term infoRequest(const Term &target)
{
    return Term::tuple({Term::atom("proc_info"), target});
}

Term messagesRequest(const Term &target, int limit, bool confirmed)
{
    return Term::tuple({Term::atom("proc_messages"), target,
                        Term::map({{Term::atom("limit"), Term::integer(limit)},
                                   {Term::atom("confirmed"), Term::boolean(confirmed)}})});
}

Term dictionaryRequest(const Term &target)
{
    return Term::tuple({Term::atom("proc_dictionary"), target});
}

Term stateRequest(const Term &target, int timeoutMs)
{
    return Term::tuple({Term::atom("proc_state"), target, Term::integer(timeoutMs)});
}

Term stackRequest(const Term &target)
{
    return Term::tuple({Term::atom("proc_stack"), target});
}

Term terminateRequest(const Term &target, const QByteArray &reason)
{
    return Term::tuple({Term::atom("proc_terminate"), target, Term::atom(reason)});
}

Term gcRequest(const Term &target)
{
    return Term::tuple({Term::atom("proc_gc"), target});
}

QJsonValue toJson(const Term &reply)
{
    switch (reply.type()) {
    case Term::Type::Pid:
    case Term::Type::Port:
    case Term::Type::Reference:
        return localPidText(reply);
    case Term::Type::Map: {
        QJsonObject o;
        const QList<Term> &kv = reply.items();
        for (qsizetype i = 0; i + 1 < kv.size(); i += 2) {
            const Term &key = kv.at(i);
            o.insert(key.isAtom() || key.isBinary() ? key.toQString() : TermFormat::toErlang(key, 200),
                     toJson(kv.at(i + 1)));
        }
        return o;
    }
    case Term::Type::List:
        if (reply.isProperList() && (reply.isNil() || !reply.isCharList())) {
            QJsonArray a;
            for (const Term &t : reply.items())
                a.append(toJson(t));
            return a;
        }
        break;
    default:
        break;
    }
    return TermFormat::toJson(reply);
}

} // namespace bilby::ProcessInspector
