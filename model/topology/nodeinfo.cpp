#include "topology/nodeinfo.h"

#include "connection/rpcbatch.h"

namespace bilby {

namespace {

QString text(const Term &t)
{
    return t.isAtom("undefined") ? QString() : t.toQString();
}

// The agent's info map, assembled from plain RPC results for a node without the agent.
void fetchAgentless(NodeSession *session, int timeoutMs, QObject *context,
                    const std::function<void(const NodeInfo &, const ConnectionError &)> &done)
{
    const auto info = [](const char *key) { return RpcCall{"erlang", "system_info", {Term::atom(key)}}; };
    const QList<RpcCall> calls{info("otp_release"),
                               info("version"),
                               info("schedulers"),
                               info("schedulers_online"),
                               info("logical_processors"),
                               info("wordsize"),
                               info("system_architecture"),
                               info("creation"),
                               {"erlang", "statistics", {Term::atom("wall_clock")}},
                               {"os", "type", {}},
                               {"os", "version", {}},
                               {"init", "script_id", {}},
                               {"net_kernel", "get_net_ticktime", {}},
                               {"erlang", "node", {}}};
    runRpcBatch(session, calls, timeoutMs, context, [done](const QList<Term> &r, const ConnectionError &error) {
        if (error.isError()) {
            done({}, error);
            return;
        }
        NodeInfo i;
        i.otpRelease = r.at(0).toQString();
        i.ertsVersion = r.at(1).toQString();
        i.schedulers = int(r.at(2).toInt());
        i.schedulersOnline = int(r.at(3).toInt());
        i.logicalProcessors = int(r.at(4).toInt());
        i.wordSize = int(r.at(5).toInt());
        i.systemArchitecture = r.at(6).toQString();
        i.creation = quint32(r.at(7).toInt());
        i.uptimeS = r.at(8).at(0).toInt() / 1000;
        const Term &version = r.at(10);
        i.os = r.at(9).at(0).toQString() + QLatin1Char('/') + r.at(9).at(1).toQString() + QLatin1Char(' ') +
               (version.isTuple(3) ? QStringLiteral("%1.%2.%3")
                                         .arg(version.at(0).toInt())
                                         .arg(version.at(1).toInt())
                                         .arg(version.at(2).toInt())
                                   : version.toQString());
        const QString scriptName = r.at(11).at(0).toQString();
        if (!scriptName.startsWith(QLatin1String("Erlang/OTP")) && !scriptName.startsWith(QLatin1String("OTP "))) {
            i.releaseName = scriptName;
            i.releaseVersion = r.at(11).at(1).toQString();
        }
        i.netTickTimeS = int(r.at(12).isTuple(2) ? r.at(12).at(1).toInt() : r.at(12).toInt());
        i.node = r.at(13).toQString();
        i.agentless = true;
        done(i, {});
    });
}

} // namespace

NodeInfo NodeInfo::fromTerm(const Term &map)
{
    NodeInfo i;
    i.node = map.get("node").toQString();
    i.otpRelease = text(map.get("otp_release"));
    i.ertsVersion = text(map.get("erts_version"));
    i.schedulers = int(map.get("schedulers").toInt());
    i.schedulersOnline = int(map.get("schedulers_online").toInt());
    i.logicalProcessors = int(map.get("logical_processors").toInt());
    i.uptimeS = map.get("uptime_s").toInt();
    i.wordSize = int(map.get("word_size").toInt());
    i.os = text(map.get("os"));
    i.systemArchitecture = text(map.get("system_architecture"));
    i.releaseName = text(map.get("release_name"));
    i.releaseVersion = text(map.get("release_version"));
    i.creation = quint32(map.get("creation").toInt());
    i.startTimeMs = map.get("start_time_ms").toInt();
    i.netTickTimeS = int(map.get("net_ticktime").toInt());
    return i;
}

QJsonObject NodeInfo::toJson() const
{
    QJsonObject o{{QStringLiteral("node"), node},
                  {QStringLiteral("otp_release"), otpRelease},
                  {QStringLiteral("erts_version"), ertsVersion},
                  {QStringLiteral("schedulers"), schedulers},
                  {QStringLiteral("schedulers_online"), schedulersOnline},
                  {QStringLiteral("logical_processors"), logicalProcessors},
                  {QStringLiteral("uptime_s"), uptimeS},
                  {QStringLiteral("word_size"), wordSize},
                  {QStringLiteral("os"), os},
                  {QStringLiteral("system_architecture"), systemArchitecture},
                  {QStringLiteral("creation"), qint64(creation)},
                  {QStringLiteral("net_ticktime_s"), netTickTimeS},
                  {QStringLiteral("agentless"), agentless}};
    o.insert(QStringLiteral("release_name"), releaseName.isEmpty() ? QJsonValue() : QJsonValue(releaseName));
    o.insert(QStringLiteral("release_version"), releaseVersion.isEmpty() ? QJsonValue() : QJsonValue(releaseVersion));
    return o;
}

void NodeInfo::fetch(NodeSession *session, int timeoutMs, QObject *context,
                     const std::function<void(const NodeInfo &, const ConnectionError &)> &done)
{
    if (session->state() == NodeSession::State::Agentless) {
        fetchAgentless(session, timeoutMs, context, done);
        return;
    }
    session->request(Term::atom("info"), timeoutMs, context, [done](const Term &value, const ConnectionError &error) {
        done(error.isError() ? NodeInfo() : NodeInfo::fromTerm(value), error);
    });
}

} // namespace bilby
