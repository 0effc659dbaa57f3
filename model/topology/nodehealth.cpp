#include "topology/nodehealth.h"

#include "term/termformat.h"
#include "tools/processtop.h"

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
    p.pid = localPidText(t.get("pid"));
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
    else if (!initialCall.isEmpty())
        parts.append(initialCall);
    if (!currentFunction.isEmpty())
        parts.append(QCoreApplication::translate("bilby::NodeHealth", "in %1").arg(currentFunction));
    return parts.isEmpty() ? pid : QStringLiteral("%1 (%2)").arg(pid, parts.join(QStringLiteral(", ")));
}

QString NodeHealth::Clash::describe() const
{
    // An application's directory is named after it and its version: ".../jose-1.11.1/ebin".
    const auto label = [](const QString &dir) {
        const QStringList parts = dir.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const QString app =
            parts.size() >= 2 && parts.last() == QLatin1String("ebin") ? parts.at(parts.size() - 2) : QString();
        return app.isEmpty() ? dir : QStringLiteral("%1 (%2)").arg(app, dir);
    };
    QStringList where;
    for (const QString &dir : dirs)
        where.append(label(dir));
    QString shown = modules.join(QStringLiteral(", "));
    if (count > modules.size())
        shown += QStringLiteral(", …");
    const char *text =
        kind == Kind::Latent
            ? QT_TRANSLATE_N_NOOP("bilby::NodeHealth", "%1 is loaded before %2, an application that is not loaded: %n "
                                                       "module(s) (%3)")
            : QT_TRANSLATE_N_NOOP("bilby::NodeHealth", "%1 is loaded before %2: %n module(s) (%3)");
    return QCoreApplication::translate("bilby::NodeHealth", text, nullptr, count)
        .arg(where.value(0), where.mid(1).join(QStringLiteral(", ")), shown);
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
    const Term old = term.get("old_code");
    if (old.isProperList()) {
        for (const Term &m : old.items()) {
            const Term inUse = m.get("in_use");
            h.oldCode.append({text(m.get("module")), inUse.isInteger() ? int(inUse.toInt()) : -1,
                              m.get("age_s").toInt(), m.get("generated").isAtom("true")});
        }
    }
    h.oldCodeCount = int(term.get("old_code_count").toInt(h.oldCode.size()));
    h.configFiles = texts(term.get("config_files"));
    const Term problems = term.get("config_problems");
    if (problems.isProperList()) {
        for (const Term &p : problems.items())
            h.configProblems.append({text(p.get("file")), text(p.get("problem"))});
    }
    const Term clashes = term.get("clashes");
    if (clashes.isProperList()) {
        for (const Term &c : clashes.items()) {
            const Term kind = c.get("kind");
            const Clash clash{texts(c.get("dirs")), texts(c.get("modules")), int(c.get("count").toInt()),
                              kind.isAtom("shadowed") ? Clash::Kind::Shadowed
                              : kind.isAtom("latent") ? Clash::Kind::Latent
                                                      : Clash::Kind::Clash};
            (clash.kind == Clash::Kind::Clash ? h.clashes : h.shadowed).append(clash);
        }
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
