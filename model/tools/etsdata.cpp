#include "tools/etsdata.h"

#include "tools/processtop.h"

namespace bilby {

namespace {

std::optional<QVector<EtsRow>> rowsFrom(const Term &reply)
{
    const Term rows = reply.get("rows");
    if (!reply.isMap() || !rows.isProperList())
        return std::nullopt;
    QVector<EtsRow> result;
    for (const Term &r : rows.items()) {
        if (r.isMap())
            result.append({r.get("key").toQString(), r.get("text").toQString(), r.get("bytes").toInt()});
    }
    return result;
}

} // namespace

std::optional<EtsTableList> EtsTableList::fromTerm(const Term &reply)
{
    const Term tables = reply.get("tables");
    if (!reply.isMap() || !tables.isProperList())
        return std::nullopt;
    EtsTableList list;
    list.tables.reserve(tables.items().size());
    for (const Term &t : tables.items()) {
        if (!t.isMap())
            continue;
        EtsTableInfo info;
        info.id = t.get("id");
        info.idText = info.id.isAtom() ? info.id.toQString() : localPidText(info.id);
        info.name = t.get("name").toQString();
        info.named = t.get("named").isAtom("true");
        info.type = t.get("type").toQString();
        info.size = t.get("size").toInt();
        info.memory = t.get("memory").toInt();
        info.owner = t.get("owner");
        info.ownerText = localPidText(info.owner);
        if (const Term label = t.get("owner_label"); label.isBinary() || (label.isAtom() && !label.isAtom("undefined")))
            info.ownerLabel = label.toQString();
        info.own = t.get("own").isAtom("true");
        info.protection = t.get("protection").toQString();
        list.tables.append(info);
    }
    list.total = reply.get("total").toInt(list.tables.size());
    return list;
}

std::optional<EtsRows> EtsRows::fromPage(const Term &reply)
{
    auto rows = rowsFrom(reply);
    if (!rows)
        return std::nullopt;
    EtsRows page;
    page.rows = std::move(*rows);
    page.total = page.rows.size();
    if (const Term next = reply.get("continuation"); !next.isAtom("undefined") && !next.isNil())
        page.next = next;
    return page;
}

std::optional<EtsRows> EtsRows::fromLookup(const Term &reply)
{
    auto rows = rowsFrom(reply);
    if (!rows)
        return std::nullopt;
    EtsRows found;
    found.rows = std::move(*rows);
    found.total = reply.get("total").toInt(found.rows.size());
    return found;
}

} // namespace bilby
