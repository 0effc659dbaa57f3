#pragma once

#include <QString>

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
    /// The lowest level of the node's log events that goes into the timeline: "warning" by default
    /// (problems only); "notice" or "info" to follow what an application does (vhost created, user added,
    /// configuration reloaded). Logger's level names.
    QString logLevel = defaultLogLevel();
    static QString defaultLogLevel() { return QStringLiteral("warning"); }
    /// The levels offered, from the least to the most.
    static bool isLogLevel(const QString &level)
    {
        return level == QLatin1String("error") || level == QLatin1String("warning") ||
               level == QLatin1String("notice") || level == QLatin1String("info") || level == QLatin1String("debug");
    }
    bool operator==(const NodeMarks &o) const
    {
        return production == o.production && readOnly == o.readOnly && logLevel == o.logLevel;
    }
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
