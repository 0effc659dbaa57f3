#include "tools/processinspector.h"

#include "term/termformat.h"
#include "tools/processtop.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <iterator>

namespace bilby::ProcessInspector {

namespace {

const char *const KeyOrder[] = {"pid",
                                "label",
                                "registered_name",
                                "status",
                                "initial_call",
                                "current_function",
                                "current_location",
                                "message_queue_len",
                                "memory",
                                "reductions",
                                "links",
                                "monitors",
                                "monitored_by",
                                "group_leader",
                                "parent",
                                "trap_exit",
                                "priority",
                                "total_heap_size",
                                "heap_size",
                                "stack_size",
                                "min_heap_size",
                                "min_bin_vheap_size",
                                "max_heap_size",
                                "garbage_collection",
                                "message_queue_data",
                                "error_handler"};

} // namespace

QList<QByteArray> infoKeys(const Term &info)
{
    QList<QByteArray> keys;
    for (const char *key : KeyOrder) {
        if (info.has(key))
            keys.append(key);
    }
    QList<QByteArray> others;
    const QList<Term> &kv = info.items();
    for (qsizetype i = 0; i + 1 < kv.size(); i += 2) {
        const QByteArray key = kv.at(i).atomName();
        if (!key.isEmpty() && !keys.contains(key) && key != "links_total" && key != "monitors_total")
            others.append(key);
    }
    std::sort(others.begin(), others.end());
    return keys + others;
}

QString plainText(const Term &v)
{
    if (v.isPid() || v.type() == Term::Type::Port || v.type() == Term::Type::Reference)
        return localPidText(v);
    if (const QString text = TermFormat::mfa(v); !text.isEmpty())
        return text;
    // current_location: {M, F, A, [{file, F}, {line, L}]}
    if (v.isTuple(4) && v.at(0).isAtom() && v.at(1).isAtom() && v.at(2).isInteger()) {
        QString text = TermFormat::mfa(Term::tuple({v.at(0), v.at(1), v.at(2)}));
        QString file;
        qint64 line = -1;
        for (const Term &p : v.at(3).items()) {
            if (p.isTuple(2) && p.at(0).isAtom("file") && p.at(1).isCharList())
                file = p.at(1).toQString();
            else if (p.isTuple(2) && p.at(0).isAtom("line") && p.at(1).isInteger())
                line = p.at(1).toInt();
        }
        if (!file.isEmpty())
            text += line >= 0 ? QStringLiteral(" (%1:%2)").arg(file).arg(line) : QStringLiteral(" (%1)").arg(file);
        return text;
    }
    if (v.isAtom() || v.isBinary())
        return v.toQString();
    if (v.isNil())
        return QCoreApplication::translate("bilby::ProcessInspector", "none");
    if (v.isList() && v.isProperList() && !v.isCharList()) {
        QStringList parts;
        for (const Term &t : v.items())
            parts.append(plainText(t));
        return parts.join(QLatin1String(", "));
    }
    return TermFormat::toErlang(v, 2000);
}

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
