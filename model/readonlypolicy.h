#pragma once

namespace bilby {

/// A node's own read-only choice; Inherit follows the global preference.
enum class ReadOnlyOverride { Inherit, On, Off };

/// The global read-only preference (Settings): which nodes are read-only unless they say otherwise.
struct ReadOnlyPolicy
{
    bool productionNodes = true; ///< nodes marked production (on by default: a console must not cause an outage)
    bool allNodes = false;       ///< every node
    bool operator==(const ReadOnlyPolicy &o) const
    {
        return productionNodes == o.productionNodes && allNodes == o.allNodes;
    }
    bool operator!=(const ReadOnlyPolicy &o) const { return !(*this == o); }
};

/// What the user marked on one node; saved with the node.
struct NodeMarks
{
    bool production = false;
    ReadOnlyOverride readOnly = ReadOnlyOverride::Inherit;
    bool operator==(const NodeMarks &o) const { return production == o.production && readOnly == o.readOnly; }
    bool operator!=(const NodeMarks &o) const { return !(*this == o); }
};

/**
 * @brief Whether the console runs a node's agent read-only: the node's override when it has one, else the
 * global preference (all nodes, or production nodes when the node is marked production).
 */
inline bool effectiveReadOnly(const NodeMarks &marks, const ReadOnlyPolicy &policy)
{
    switch (marks.readOnly) {
    case ReadOnlyOverride::On:
        return true;
    case ReadOnlyOverride::Off:
        return false;
    case ReadOnlyOverride::Inherit:
        break;
    }
    return policy.allNodes || (policy.productionNodes && marks.production);
}

} // namespace bilby
