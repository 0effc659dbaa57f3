#include "tools/nodeactions.h"

#include "tools/processtop.h"

#include <QJsonArray>

namespace bilby::NodeActions {

namespace {

QStringList pidTexts(const Term &list)
{
    QStringList out;
    for (const Term &pid : list.items())
        out.append(localPidText(pid));
    return out;
}

} // namespace

Term gcAllRequest(int batch, int pauseMs)
{
    return Term::tuple({Term::atom("gc_all"), Term::map({{Term::atom("batch"), Term::integer(batch)},
                                                         {Term::atom("pause"), Term::integer(pauseMs)}})});
}

Term cancelRequest(quint64 tag)
{
    return Term::tuple({Term::atom("cancel"), Term::integer(qint64(tag))});
}

Term oldCodeRequest()
{
    return Term::atom("old_code");
}

Term purgeRequest()
{
    return Term::atom("purge_old_code");
}

Term shellsRequest()
{
    return Term::atom("shells");
}

Term killShellRequest(const Term &server)
{
    return Term::tuple({Term::atom("kill_shell"), server});
}

std::optional<Progress> progress(const Term &pushed)
{
    if (!pushed.isTuple(4) || !pushed.at(0).isAtom("bilby_progress") || !pushed.at(1).isInteger())
        return std::nullopt;
    return Progress{quint64(pushed.at(1).toInt()), pushed.at(2).toInt(), pushed.at(3).toInt()};
}

std::optional<GcSummary> GcSummary::fromTerm(const Term &term)
{
    if (term.type() != Term::Type::Map || !term.has("done"))
        return std::nullopt;
    GcSummary s;
    s.total = term.get("total").toInt();
    s.done = term.get("done").toInt();
    s.cancelled = term.get("cancelled").isAtom("true");
    s.memoryBefore = term.get("memory_before").toInt();
    s.memoryAfter = term.get("memory_after").toInt();
    s.elapsedMs = term.get("elapsed_ms").toInt();
    return s;
}

QJsonObject GcSummary::toJson() const
{
    return {{QStringLiteral("total"), total},
            {QStringLiteral("done"), done},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("memory_before"), memoryBefore},
            {QStringLiteral("memory_after"), memoryAfter},
            {QStringLiteral("elapsed_ms"), elapsedMs}};
}

std::optional<OldCodeList> OldCodeList::fromTerm(const Term &reply)
{
    if (!reply.isList())
        return std::nullopt;
    OldCodeList list;
    for (const Term &entry : reply.items()) {
        if (entry.type() != Term::Type::Map || !entry.has("module"))
            return std::nullopt;
        list.modules.append({entry.get("module").toQString(), pidTexts(entry.get("processes"))});
    }
    return list;
}

bool cancelAccepted(const Term &reply)
{
    return reply.isAtom("true");
}

std::optional<PurgeResult> PurgeResult::fromTerm(const Term &term)
{
    if (term.type() != Term::Type::Map || !term.has("purged"))
        return std::nullopt;
    PurgeResult r;
    for (const Term &module : term.get("purged").items())
        r.purged.append(module.toQString());
    for (const Term &entry : term.get("in_use").items())
        r.inUse.append({entry.get("module").toQString(), pidTexts(entry.get("processes"))});
    return r;
}

QJsonObject PurgeResult::toJson() const
{
    QJsonArray inUseJson;
    for (const auto &[module, pids] : inUse)
        inUseJson.append(QJsonObject{{QStringLiteral("module"), module},
                                     {QStringLiteral("processes"), QJsonArray::fromStringList(pids)}});
    return {{QStringLiteral("purged"), QJsonArray::fromStringList(purged)}, {QStringLiteral("in_use"), inUseJson}};
}

} // namespace bilby::NodeActions
