#include "tools/shelllist.h"

#include "term/termformat.h"
#include "tools/processtop.h"

namespace bilby::NodeActions {

namespace {

QString functionText(const Term &mfa)
{
    if (mfa.isTuple(3))
        return QStringLiteral("%1:%2/%3").arg(mfa.at(0).toQString(), mfa.at(1).toQString()).arg(mfa.at(2).toInt());
    return TermFormat::toErlang(mfa, 200);
}

} // namespace

std::optional<ShellList> ShellList::fromTerm(const Term &reply)
{
    if (!reply.isList())
        return std::nullopt;
    ShellList list;
    for (const Term &entry : reply.items()) {
        Shell shell;
        shell.server = entry.get("server");
        shell.serverText = localPidText(shell.server);
        shell.evaluatorText = localPidText(entry.get("evaluator"));
        shell.from = entry.get("from").toQString();
        shell.remote = entry.get("remote").isAtom("true");
        const Term info = entry.get("evaluator_info");
        shell.currentFunction = functionText(info.get("current_function"));
        shell.memory = info.get("memory").toInt();
        list.shells.append(shell);
    }
    return list;
}

} // namespace bilby::NodeActions
