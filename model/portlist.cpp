#include "portlist.h"

#include "processtop.h"

namespace bilby {

namespace {

QString optionalText(const Term &t)
{
    return t.isAtom("undefined") ? QString() : t.toQString();
}

} // namespace

Term PortList::request(int limit)
{
    return Term::tuple({Term::atom("ports"), Term::map({{Term::atom("limit"), Term::integer(limit)}})});
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
    for (const Term &p : term.get("ports").items()) {
        Row row;
        row.id = p.get("id");
        row.idText = localPidText(row.id);
        row.name = p.get("name").toQString();
        row.type = p.get("type").toQString();
        row.owner = p.get("owner");
        row.ownerText = row.owner.isPid() ? localPidText(row.owner) : QString();
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
