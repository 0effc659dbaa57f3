#include "connection/agenterror.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace bilby {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bilby::AgentError", text);
}

} // namespace

AgentError AgentError::from(const ConnectionError &error)
{
    AgentError e;
    e.error = error;
    if (!error.isError())
        return e;
    if (error.kind != ConnectionError::Kind::Remote) {
        e.kind = Kind::Connection;
        return e;
    }
    // The agent wraps what its handlers raise as {error, Reason}; the guard answers read_only bare. The
    // session keeps that reason as Erlang text apart from its words for the user (older: in the message).
    const QString &text = error.reason.isEmpty() ? error.message : error.reason;
    e.detail = text;
    static const QRegularExpression confirm(QStringLiteral("\\{confirm,(\\d+),(\\d+)\\}"));
    // TermFormat prints a pid as #Pid<Node.Id.Serial>; on its own node it is <0.Id.Serial>.
    static const QRegularExpression privateTable(QStringLiteral("private_table,#Pid<[^>]*\\.(\\d+)\\.(\\d+)>"));
    static const QRegularExpression notSys(QStringLiteral("^\\{error,\\{not_a_sys_process,(.*)\\}\\}$"));
    if (text == QLatin1String("read_only")) {
        e.kind = Kind::ReadOnly;
    } else if (const auto m = confirm.match(text); m.hasMatch()) {
        e.kind = Kind::NeedsConfirm;
        e.count = m.captured(1).toLongLong();
        e.limit = m.captured(2).toLongLong();
    } else if (const auto m = privateTable.match(text); m.hasMatch()) {
        e.kind = Kind::PrivateTable;
        e.pidText = QStringLiteral("<0.%1.%2>").arg(m.captured(1), m.captured(2));
    } else if (text.contains(QLatin1String("private_table"))) {
        e.kind = Kind::PrivateTable;
    } else if (text == QLatin1String("{error,no_such_process}")) {
        e.kind = Kind::NoSuchProcess;
    } else if (text.startsWith(QLatin1String("{error,{no_such_name,"))) {
        e.kind = Kind::NoSuchName;
    } else if (text.startsWith(QLatin1String("{error,{bad_pid,"))) {
        e.kind = Kind::BadPid;
    } else if (text.startsWith(QLatin1String("{error,{no_answer,"))) {
        e.kind = Kind::NoAnswer;
    } else if (const auto m = notSys.match(text); m.hasMatch()) {
        e.kind = Kind::NotSysProcess;
        e.detail = m.captured(1);
    } else if (text == QLatin1String("{error,no_such_table}")) {
        e.kind = Kind::NoSuchTable;
    } else if (text.startsWith(QLatin1String("{error,{bad_key,"))) {
        e.kind = Kind::BadKey;
    } else {
        e.kind = Kind::Other;
    }
    return e;
}

QString AgentError::message() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Connection:
        return error.message;
    case Kind::ReadOnly:
        return tr("This node is read-only: the agent refuses every request that changes the node.");
    case Kind::NoSuchProcess:
        return tr("The process has exited.");
    case Kind::NoSuchName:
        return tr("No process is registered under that name.");
    case Kind::BadPid:
        return tr("That is not a pid of this node (a pid reads like <0.85.0>).");
    case Kind::NeedsConfirm:
        return tr("The process has %1 messages waiting: reading them needs your confirmation.")
            .arg(QLocale().toString(count));
    case Kind::NoAnswer:
        return tr("The process did not answer sys:get_state in time: it is busy, or it is not an OTP process.");
    case Kind::NotSysProcess:
        return tr("The state cannot be read with sys:get_state (not an OTP process?): %1").arg(detail);
    case Kind::PrivateTable:
        return pidText.isEmpty() ? tr("private: only its owner can read it")
                                 : tr("private: only its owner %1 can read it").arg(pidText);
    case Kind::NoSuchTable:
        return tr("The table no longer exists.");
    case Kind::BadKey:
        return tr("The key is not an Erlang term (the node parses it, it never evaluates it).");
    case Kind::Other:
        // The session's own words when it has some (busy, heap_limit...), else the agent's reason.
        if (!error.reason.isEmpty() && error.message != error.reason)
            return error.message;
        return tr("The agent answered with an error: %1").arg(detail);
    }
    return {};
}

} // namespace bilby
