#include "tools/nodelistings.h"

namespace bilby {

namespace {

// The old-code listing walks every process once per module with old code (check_process_code).
constexpr int OldCodeTimeoutMs = 60000;
constexpr int ListingTimeoutMs = 10000;
// The shells listing reads each shell's group leader and evaluator.
constexpr int ShellsTimeoutMs = 15000;

} // namespace

LiveNodeListings::LiveNodeListings(ManagedNode *node, QObject *parent)
    : NodeListings(parent)
    , m_link(node, this)
{}

bool LiveNodeListings::isAvailable() const
{
    return m_link.isConnected();
}

void LiveNodeListings::oldCode(QObject *receiver, ToolCallback<NodeActions::OldCodeList> done)
{
    m_link.ask<NodeActions::OldCodeList>(NodeActions::oldCodeRequest(), OldCodeTimeoutMs, receiver,
                                         &NodeActions::OldCodeList::fromTerm, std::move(done));
}

void LiveNodeListings::shells(QObject *receiver, ToolCallback<NodeActions::ShellList> done)
{
    m_link.ask<NodeActions::ShellList>(NodeActions::shellsRequest(), ShellsTimeoutMs, receiver,
                                       &NodeActions::ShellList::fromTerm, std::move(done));
}

void LiveNodeListings::languages(QObject *receiver, ToolCallback<Evaluator::Languages> done)
{
    m_link.ask<Evaluator::Languages>(Evaluator::languagesRequest(), ListingTimeoutMs, receiver,
                                     &Evaluator::Languages::fromTerm, std::move(done));
}

} // namespace bilby
