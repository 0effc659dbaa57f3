#pragma once

#include <QByteArray>
#include <QList>

namespace bilby {

/**
 * @brief The agent modules embedded in the build (":/agents"), in load order, with their md5.
 */
struct AgentModule
{
    QByteArray name;
    QByteArray md5Hex; ///< lower-case hex, as beam_lib:md5/1 and module_info(md5) give it
    QByteArray beam;
};

class AgentBundle
{
public:
    /// The bundle compiled into this build; empty when the resources are missing.
    static const QList<AgentModule> &modules();
    /// The lifecycle expression (agents/lifecycle.exprs) as an abstract form for erl_eval; empty when missing.
    static const QByteArray &lifecycle();
    /// Oldest OTP release whose nodes can load the embedded beams (the one that compiled them).
    static int minimumOtpRelease();
};

} // namespace bilby
