#pragma once

#include "connection/nodesession.h"

namespace bilby {

class ManagedNode;
class ToolSource;

/// The state a tool page shows: @p node's when there is one, else Up while @p source answers (a source
/// with no node behind it, such as a snapshot, is never down).
NodeSession::State toolState(const ManagedNode *node, const ToolSource *source);

} // namespace bilby
