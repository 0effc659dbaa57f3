#include "tools/toolstate.h"

#include "tools/toolsource.h"
#include "topology/noderegistry.h"

namespace bilby {

NodeSession::State toolState(const ManagedNode *node, const ToolSource *source)
{
    if (node)
        return node->state();
    return source && source->isAvailable() ? NodeSession::State::Up : NodeSession::State::Idle;
}

} // namespace bilby
