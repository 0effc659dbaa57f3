#include "sessionbootstrap.h"

#include "agentbundle.h"
#include "termformat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace bilby {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bilby::SessionBootstrap", text);
}

constexpr int BootstrapTimeoutMs = 5000;

Term mfa(const char *module, const char *function, const QList<Term> &args)
{
    return Term::tuple({Term::atom(module), Term::atom(function), Term::list(args)});
}

// A leaving agent removes its code within milliseconds; 2 s covers a loaded machine.
constexpr int PurgeRetries = 10;
constexpr int PurgeRetryMs = 200;
constexpr int StartAttempts = 3;

bool loadAgentModules(SyncRpc &rpc, SessionInfo *info)
{
    ConnectionError error;
    for (const AgentModule &module : AgentBundle::modules()) {
        const Term name = Term::atom(module.name);
        // get_module_info/2 raises for a module that is not loaded, and never loads one from the code path.
        const auto md5 = rpc.call("erlang", "get_module_info", {name, Term::atom("md5")}, BootstrapTimeoutMs, &error);
        if (md5 && md5->bytes().toHex() == module.md5Hex) {
            info->skippedModules << QString::fromLatin1(module.name);
            continue;
        }
        if (!md5 && error.kind != ConnectionError::Kind::Remote) {
            info->agentlessReason = error.message;
            return false;
        }
        // Another version is loaded (or none): make room without killing anything that still runs it.
        // An agent that is just leaving (its console reconnected at once) still runs its code for a
        // moment while it removes it: ask again for a little while before staying agentless.
        auto purged = rpc.call("code", "soft_purge", {name}, BootstrapTimeoutMs, &error);
        for (int retry = 0; retry < PurgeRetries && purged && !purged->isAtom("true"); ++retry) {
            QThread::msleep(PurgeRetryMs);
            purged = rpc.call("code", "soft_purge", {name}, BootstrapTimeoutMs, &error);
        }
        if (!purged || !purged->isAtom("true")) {
            info->agentlessReason =
                purged
                    ? tr("An older Bilby agent (%1) is still in use on the node.").arg(QString::fromLatin1(module.name))
                    : error.message;
            return false;
        }
        const auto loaded =
            rpc.call("code", "load_binary", {name, Term::charList(module.name + ".erl"), Term::binary(module.beam)},
                     BootstrapTimeoutMs, &error);
        if (!loaded || !loaded->isTuple(2) || !loaded->at(0).isAtom("module")) {
            info->agentlessReason = tr("The node refused the agent code: %1")
                                        .arg(loaded ? TermFormat::toErlang(*loaded, 500) : error.message);
            return false;
        }
        info->loadedModules << QString::fromLatin1(module.name);
    }
    return true;
}

} // namespace

Term rexCallMessage(const Term &self, quint64 tag, const Term &mfa)
{
    // rex serves gen_server calls: the reply comes back as {Tag, Result}, so several calls can be
    // in flight and a late reply can never be mistaken for another (unlike ei_rpc's untagged replies).
    QList<Term> call{Term::atom("call")};
    call << mfa.items() << Term::atom("user");
    return Term::tuple({Term::atom("$gen_call"), Term::tuple({self, Term::integer(qint64(tag))}), Term::tuple(call)});
}

std::optional<Term> SyncRpc::call(const char *module, const char *function, const QList<Term> &args, int timeoutMs,
                                  ConnectionError *error)
{
    const quint64 tag = m_nextTag--;
    if (!m_connection.sendToName("rex", rexCallMessage(m_connection.self(), tag, mfa(module, function, args)), error))
        return std::nullopt;
    auto reply = awaitReply(tag, timeoutMs, function, error);
    if (reply && reply->isTuple(2) && reply->at(0).isAtom("badrpc")) {
        *error = {ConnectionError::Kind::Remote, TermFormat::toErlang(reply->at(1), 2000)};
        return std::nullopt;
    }
    return reply;
}

std::optional<Term> SyncRpc::request(const Term &pid, const Term &payload, int timeoutMs, ConnectionError *error)
{
    const quint64 tag = m_nextTag--;
    if (!m_connection.sendToPid(pid, Term::tuple({Term::integer(qint64(tag)), payload}), error))
        return std::nullopt;
    return awaitReply(tag, timeoutMs, "request", error);
}

std::optional<Term> SyncRpc::awaitReply(quint64 tag, int timeoutMs, const char *what, ConnectionError *error)
{
    QElapsedTimer clock;
    clock.start();
    const Term expected = Term::integer(qint64(tag));
    for (;;) {
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0) {
            *error = {ConnectionError::Kind::Timeout,
                      tr("The node did not answer (%1) within %2 ms.").arg(QLatin1String(what)).arg(timeoutMs)};
            return std::nullopt;
        }
        IncomingMessage message;
        const auto received = m_connection.receive(int(left), &message, error);
        if (received == DistConnection::Received::Failed)
            return std::nullopt;
        if (received == DistConnection::Received::Message && message.term && message.term->isTuple(2) &&
            message.term->at(0) == expected)
            return message.term->at(1);
    }
}

bool bootstrapSession(SyncRpc &rpc, const Term &self, const BootstrapOptions &options, SessionInfo *info,
                      Term *agentPid, ConnectionError *error)
{
    const auto creation = rpc.call("erlang", "system_info", {Term::atom("creation")}, BootstrapTimeoutMs, error);
    if (!creation)
        return false;
    info->creation = quint32(creation->toInt());
    const auto release = rpc.call("erlang", "system_info", {Term::atom("otp_release")}, BootstrapTimeoutMs, error);
    if (!release)
        return false;
    info->otpRelease = release->toQString().toInt();
    const auto tick = rpc.call("net_kernel", "get_net_ticktime", {}, BootstrapTimeoutMs, error);
    if (!tick)
        return false;
    // get_net_ticktime answers {ongoing_change_to, T} while the tick time is being changed.
    info->netTickTimeS = int(tick->isTuple(2) ? tick->at(1).toInt(60) : tick->toInt(60));

    info->agentLoaded = false;
    if (!options.loadAgent) {
        info->agentlessReason = tr("The agent was not requested for this session.");
        return true;
    }
    if (info->otpRelease < AgentBundle::minimumOtpRelease()) {
        info->agentlessReason = tr("The node runs OTP %1; the agent needs OTP %2 or later.")
                                    .arg(info->otpRelease)
                                    .arg(AgentBundle::minimumOtpRelease());
        return true;
    }
    if (AgentBundle::modules().isEmpty()) {
        info->agentlessReason = tr("This build has no agent modules.");
        return true;
    }
    const Term startOptions = Term::map({{Term::atom("read_only"), Term::boolean(options.readOnly)}});
    ConnectionError startError;
    std::optional<Term> started;
    // The last agent of another console that is just leaving removes the agent code; if it did so
    // between our check of the code and the start (the code was the same, so we did not load it),
    // the start finds no code: load it again.
    for (int attempt = 0; attempt < StartAttempts; ++attempt) {
        info->loadedModules.clear();
        info->skippedModules.clear();
        if (!loadAgentModules(rpc, info))
            return true;
        started = rpc.call("bilby_agent", "start", {self, startOptions}, BootstrapTimeoutMs, &startError);
        const bool codeGone = started && started->isTuple(2) && started->at(0).isAtom("EXIT") &&
                              started->at(1).isTuple() && started->at(1).at(0).isAtom("undef");
        if (!codeGone)
            break;
        QThread::msleep(PurgeRetryMs);
    }
    if (!started || !started->isTuple(2) || !started->at(0).isAtom("ok") || !started->at(1).isPid()) {
        info->agentlessReason =
            tr("The agent did not start: %1").arg(started ? TermFormat::toErlang(*started, 500) : startError.message);
        return true;
    }
    *agentPid = started->at(1);
    info->agentLoaded = true;
    info->readOnly = options.readOnly;
    return true;
}

} // namespace bilby
