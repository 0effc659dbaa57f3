#pragma once

#include "tools/evaluator.h"
#include "tools/livenodelink.h"
#include "tools/nodeactions.h"
#include "tools/shelllist.h"
#include "tools/toolsource.h"

namespace bilby {

/**
 * @brief What the node-actions page and the evaluator read before they act (SPEC X5 to X7): the modules
 * with old code, the shells, and the languages the node evaluates.
 *
 * Only the listings: the actions themselves (collect, purge, end a shell, evaluate) change the node, are
 * audited on it, and exist only for a live node (AuditedRequest).
 */
class NodeListings : public ToolSource
{
    Q_OBJECT
public:
    using ToolSource::ToolSource;

    virtual void oldCode(QObject *receiver, ToolCallback<NodeActions::OldCodeList> done) = 0;
    virtual void shells(QObject *receiver, ToolCallback<NodeActions::ShellList> done) = 0;
    virtual void languages(QObject *receiver, ToolCallback<Evaluator::Languages> done) = 0;
};

/// @brief The listings asked of a node's agent.
class LiveNodeListings : public NodeListings
{
    Q_OBJECT
public:
    explicit LiveNodeListings(ManagedNode *node, QObject *parent = nullptr);

    bool isAvailable() const override;
    void oldCode(QObject *receiver, ToolCallback<NodeActions::OldCodeList> done) override;
    void shells(QObject *receiver, ToolCallback<NodeActions::ShellList> done) override;
    void languages(QObject *receiver, ToolCallback<Evaluator::Languages> done) override;

private:
    LiveNodeLink m_link;
};

} // namespace bilby
