#include "tools/portlist.h"

#include "tools/processtop.h"

namespace bilby {

namespace {

QString optionalText(const Term &t)
{
    return t.isAtom("undefined") ? QString() : t.toQString();
}

} // namespace

Term PortList::request(int limit, bool includeOwn)
{
    return Term::tuple({Term::atom("ports"), Term::map({{Term::atom("limit"), Term::integer(limit)},
                                                        {Term::atom("own"), Term::boolean(includeOwn)}})});
}

std::optional<PortList> PortList::fromTerm(const Term &term, QString *error)
{
    if (term.type() != Term::Type::Map || !term.has("ports")) {
        if (error)
            *error = QStringLiteral("not a port list");
        return std::nullopt;
    }
    PortList list;
    list.total = term.get("total").toInt();
    list.ownLeftOut = term.get("own").toInt(0);
    for (const Term &p : term.get("ports").items()) {
        Row row;
        row.id = p.get("id");
        row.idText = localPidText(row.id);
        row.name = p.get("name").toQString();
        row.type = p.get("type").toQString();
        row.owner = p.get("owner");
        row.ownerText = row.owner.isPid() ? localPidText(row.owner) : QString();
        row.ownerLabel = optionalText(p.get("owner_label"));
        row.own = p.get("own").isAtom("true");
        row.input = p.get("input").toInt();
        row.output = p.get("output").toInt();
        row.osPid = p.get("os_pid").isInteger() ? p.get("os_pid").toInt() : -1;
        row.local = optionalText(p.get("local"));
        row.peer = optionalText(p.get("peer"));
        list.rows.append(row);
    }
    return list;
}

} // namespace bilby
