#pragma once

#include "connection/nodesession.h"
#include "term/term.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace bilby {

/**
 * @brief A node's system information (the System page, `bilby-cli info`).
 */
struct NodeInfo
{
    QString node;
    QString otpRelease;
    QString ertsVersion;
    int schedulers = 0;
    int schedulersOnline = 0;
    int logicalProcessors = 0;
    qint64 uptimeS = 0;
    int wordSize = 0;
    QString os;
    QString systemArchitecture;
    QString releaseName; ///< empty when the node does not run a release
    QString releaseVersion;
    quint32 creation = 0;
    qint64 startTimeMs = 0;
    int netTickTimeS = 0;
    bool agentless = false;

    /// From the agent's info map (or the same map built from plain RPC results).
    static NodeInfo fromTerm(const Term &map);
    QJsonObject toJson() const;

    /**
     * Reads the information through the agent, or through plain RPC when the node is agentless.
     * @p done runs on @p context's thread; error.kind is None on success.
     */
    static void fetch(NodeSession *session, int timeoutMs, QObject *context,
                      const std::function<void(const NodeInfo &info, const ConnectionError &error)> &done);
};

} // namespace bilby

Q_DECLARE_METATYPE(bilby::NodeInfo)
