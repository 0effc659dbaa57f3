#include "connection/sessionbootstrap.h"

#include "connection/agentbundle.h"
#include "term/termcodec.h"
#include "term/termformat.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace bilby {

namespace {

// Named so that lupdate files these strings under the context they are looked up in.
struct BootstrapText
{
    Q_DECLARE_TR_FUNCTIONS(bilby::SessionBootstrap)
};

constexpr int BootstrapTimeoutMs = 5000;

Term mfa(const char *module, const char *function, const QList<Term> &args)
{
    return Term::tuple({Term::atom(module), Term::atom(function), Term::list(args)});
}

// The node waits up to 15 s for another console's arrival or departure to finish (agents/lifecycle.exprs),
// then loads the code and gives the server 5 s to start: the console waits for all of that and more.
constexpr int LifecycleTimeoutMs = 30000;
// A server started later than this (by the node's clock, which starts after the console's) is stopped again
// on the node: the console may have given up on it, and it would run, scanner and all, for nobody.
constexpr int LifecycleGiveUpMs = LifecycleTimeoutMs - 3000;

/// The lifecycle's refusal in words.
QString lifecycleError(const Term &reason)
{
    const QString module = reason.isTuple() && reason.items().size() >= 2 ? reason.at(1).toQString() : QString();
    if (reason.isAtom("lifecycle_busy"))
        return BootstrapText::tr(
            "Another Bilby console kept the node's agent lock for 15 s while loading or removing its "
            "agent. Try again in a moment.");
    if (reason.isTuple() && reason.at(0).isAtom("other_version_in_use"))
        return BootstrapText::tr(
                   "Another Bilby console runs a different version of the agent on this node (%1). Use the "
                   "same Bilby version, or close the other console.")
            .arg(module);
    if (reason.isTuple() && reason.at(0).isAtom("old_code_in_use"))
        return BootstrapText::tr("An older Bilby agent (%1) is still in use on the node.").arg(module);
    if (reason.isTuple(3) && reason.at(0).isAtom("load_failed"))
        return BootstrapText::tr("The node refused the agent code (%1): %2")
            .arg(module, TermFormat::toErlang(reason.at(2), 500));
    return BootstrapText::tr("The agent did not start: %1").arg(TermFormat::toErlang(reason, 500));
}

QStringList names(const Term &list)
{
    QStringList out;
    for (const Term &item : list.items())
        out << item.toQString();
    return out;
}

/// Loads (what is not there yet) and starts the agent in one step under the node's lifecycle lock.
bool startAgent(SyncRpc &rpc, const Term &self, const Term &startOptions, SessionInfo *info, Term *agentPid)
{
    TermCodec::DecodeError decodeError;
    const auto form = TermCodec::decode(AgentBundle::lifecycle(), &decodeError);
    if (!form) {
        info->agentlessReason =
            BootstrapText::tr("This build's agent lifecycle is damaged: %1").arg(decodeError.message);
        return false;
    }
    QList<Term> beams;
    for (const AgentModule &module : AgentBundle::modules())
        beams << Term::tuple(
            {Term::atom(module.name), Term::binary(QByteArray::fromHex(module.md5Hex)), Term::binary(module.beam)});
    // erl_eval's bindings are an orddict: sorted by name.
    const Term bindings =
        Term::list({Term::tuple({Term::atom("Beams"), Term::list(beams)}), Term::tuple({Term::atom("Console"), self}),
                    Term::tuple({Term::atom("Opts"), startOptions})});
    ConnectionError error;
    const auto result =
        rpc.call("erl_eval", "expr", {*form, bindings, Term::atom("none"), Term::atom("none"), Term::atom("value")},
                 LifecycleTimeoutMs, &error);
    if (!result) {
        info->agentlessReason = BootstrapText::tr("The agent did not start: %1").arg(error.message);
        return false;
    }
    if (result->isTuple(2) && result->at(0).isAtom("error")) {
        info->agentlessReason = lifecycleError(result->at(1));
        return false;
    }
    if (!result->isTuple(4) || !result->at(0).isAtom("ok") || !result->at(1).isPid()) {
        info->agentlessReason =
            BootstrapText::tr("The agent did not start: %1").arg(TermFormat::toErlang(*result, 500));
        return false;
    }
    *agentPid = result->at(1);
    info->loadedModules = names(result->at(2));
    info->skippedModules = names(result->at(3));
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

std::optional<Term> SyncRpc::requestAcknowledged(const Term &pid, const Term &payload, const char *ack,
                                                 int ackTimeoutMs, int timeoutMs, bool *acknowledged,
                                                 ConnectionError *error)
{
    QElapsedTimer clock;
    clock.start();
    *acknowledged = false;
    const quint64 tag = m_nextTag--;
    if (!m_connection.sendToPid(pid, Term::tuple({Term::integer(qint64(tag)), payload}), error))
        return std::nullopt;
    const auto first = awaitReply(tag, ackTimeoutMs, "request", error);
    if (!first || !first->isTuple(2) || !first->at(0).isAtom("ok") || !first->at(1).isAtom(ack))
        return first;
    *acknowledged = true;
    return awaitReply(tag, int(qMax<qint64>(1, timeoutMs - clock.elapsed())), "request", error);
}

std::optional<Term> SyncRpc::awaitReply(quint64 tag, int timeoutMs, const char *what, ConnectionError *error)
{
    QElapsedTimer clock;
    clock.start();
    const Term expected = Term::integer(qint64(tag));
    for (;;) {
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0) {
            *error = {ConnectionError::Kind::Timeout, BootstrapText::tr("The node did not answer (%1) within %2 ms.")
                                                          .arg(QLatin1String(what))
                                                          .arg(timeoutMs)};
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
        info->agentlessReason = BootstrapText::tr("The agent was not requested for this session.");
        return true;
    }
    if (info->otpRelease < AgentBundle::minimumOtpRelease()) {
        info->agentlessReason = BootstrapText::tr("The node runs OTP %1; the agent needs OTP %2 or later.")
                                    .arg(info->otpRelease)
                                    .arg(AgentBundle::minimumOtpRelease());
        return true;
    }
    if (AgentBundle::modules().isEmpty()) {
        info->agentlessReason = BootstrapText::tr("This build has no agent modules.");
        return true;
    }
    const Term startOptions = Term::map({{Term::atom("read_only"), Term::boolean(options.readOnly)},
                                         {Term::atom("give_up_ms"), Term::integer(LifecycleGiveUpMs)}});
    if (!startAgent(rpc, self, startOptions, info, agentPid))
        return true;
    info->agentLoaded = true;
    info->readOnly = options.readOnly;
    return true;
}

NodeSession::Departure departureOf(const std::optional<Term> &reply, const ConnectionError &error, QString *why)
{
    const bool ok = reply && reply->isTuple(2) && reply->at(0).isAtom("ok");
    if (ok && reply->at(1).isAtom("removed"))
        return NodeSession::Departure::Removed;
    if (ok && reply->at(1).isAtom("kept"))
        return NodeSession::Departure::Kept;
    if (ok && reply->at(1).isAtom("busy")) {
        // Removing it without the lock could take the code from under an arriving console.
        *why = BootstrapText::tr("another Bilby console held the node's agent lock for 15 s, so the agent's code "
                                 "was left on the node; the next console to leave removes it");
        return NodeSession::Departure::Unconfirmed;
    }
    *why = reply ? TermFormat::toErlang(*reply, 200) : error.message; // an unexpected reply as the node put it
    return NodeSession::Departure::Unconfirmed;
}

} // namespace bilby
