#include "nodehealth.h"

#include "termformat.h"

#include <QCoreApplication>

namespace bilby {

namespace {

QString text(const Term &t)
{
    if (t.isAtom("undefined"))
        return {};
    if (t.isBinary() || t.isAtom() || t.isCharList())
        return t.toQString();
    return TermFormat::toErlang(t, 200);
}

QStringList texts(const Term &list)
{
    QStringList out;
    if (list.isProperList()) {
        for (const Term &t : list.items())
            out.append(text(t));
    }
    return out;
}

std::optional<NodeHealth::Process> process(const Term &t)
{
    if (!t.isMap())
        return std::nullopt;
    NodeHealth::Process p;
    p.pid = TermFormat::toErlang(t.get("pid"));
    p.value = t.get("value").toInt();
    p.name = text(t.get("name"));
    p.currentFunction = text(t.get("current_function"));
    p.initialCall = text(t.get("initial_call"));
    return p;
}

} // namespace

QString NodeHealth::Process::describe() const
{
    QStringList parts;
    if (!name.isEmpty())
        parts.append(name);
    if (!currentFunction.isEmpty())
        parts.append(QCoreApplication::translate("bilby::NodeHealth", "in %1").arg(currentFunction));
    return parts.isEmpty() ? pid : QStringLiteral("%1 (%2)").arg(pid, parts.join(QStringLiteral(", ")));
}

std::optional<NodeHealth> NodeHealth::fromTerm(const Term &term, QString *error)
{
    if (!term.isMap() || !term.has("old_code") || !term.has("config_problems")) {
        if (error)
            *error = QCoreApplication::translate("bilby::NodeHealth", "The agent's health answer is not a map: %1")
                         .arg(TermFormat::toErlang(term, 200));
        return std::nullopt;
    }
    NodeHealth h;
    h.oldCode = texts(term.get("old_code"));
    h.oldCodeCount = int(term.get("old_code_count").toInt(h.oldCode.size()));
    h.configFiles = texts(term.get("config_files"));
    const Term problems = term.get("config_problems");
    if (problems.isProperList()) {
        for (const Term &p : problems.items())
            h.configProblems.append({text(p.get("file")), text(p.get("problem"))});
    }
    const Term clashes = term.get("clashes");
    if (clashes.isProperList()) {
        for (const Term &c : clashes.items())
            h.clashes.append({text(c.get("module")), texts(c.get("dirs"))});
    }
    const Term shells = term.get("shells");
    if (shells.isProperList()) {
        for (const Term &s : shells.items())
            h.shells.append({TermFormat::toErlang(s.get("pid")), s.get("memory").toInt()});
    }
    const Term memory = term.get("system_memory");
    if (memory.isMap()) {
        h.systemMemoryTotal = memory.get("total").toInt(-1);
        h.systemMemoryUsed = memory.get("used").toInt(-1);
    }
    h.schedulersOnline = int(term.get("schedulers_online").toInt());
    h.maxQueue = process(term.get("max_queue"));
    h.maxMemory = process(term.get("max_memory"));
    return h;
}

Term NodeHealth::request()
{
    return Term::atom("health");
}

} // namespace bilby
