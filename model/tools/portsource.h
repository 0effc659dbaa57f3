#pragma once

#include "tools/livenodelink.h"
#include "tools/portlist.h"
#include "tools/toolsource.h"

namespace bilby {

/// @brief What the ports page asks (SPEC X8): the ports and sockets, ranked by bytes moved.
class PortSource : public ToolSource
{
    Q_OBJECT
public:
    using ToolSource::ToolSource;

    /// The first @p limit by bytes moved; Bilby's own connections only with @p includeOwn.
    virtual void ports(int limit, bool includeOwn, QObject *receiver, ToolCallback<PortList> done) = 0;
};

/// @brief The ports page's question put to a node's agent.
class LivePortSource : public PortSource
{
    Q_OBJECT
public:
    explicit LivePortSource(ManagedNode *node, QObject *parent = nullptr);

    bool isAvailable() const override;
    void ports(int limit, bool includeOwn, QObject *receiver, ToolCallback<PortList> done) override;

private:
    LiveNodeLink m_link;
};

} // namespace bilby
