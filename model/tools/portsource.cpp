#include "tools/portsource.h"

namespace bilby {

namespace {

constexpr int RequestTimeoutMs = 10000;

} // namespace

LivePortSource::LivePortSource(ManagedNode *node, QObject *parent)
    : PortSource(parent)
    , m_link(node, this)
{}

bool LivePortSource::isAvailable() const
{
    return m_link.isUp();
}

void LivePortSource::ports(int limit, bool includeOwn, QObject *receiver, ToolCallback<PortList> done)
{
    m_link.ask<PortList>(
        PortList::request(limit, includeOwn), RequestTimeoutMs, receiver,
        [](const Term &t) { return PortList::fromTerm(t); }, std::move(done));
}

} // namespace bilby
