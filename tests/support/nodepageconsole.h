#pragma once

#include "shell/nodepage.h"
#include "support/testnode.h"
#include "topology/noderegistry.h"

#include <QTest>

#include <memory>

namespace bilby::test {

/**
 * @brief A real node managed like the console manages it (a registry entry, its session up), and its
 * node page shown offscreen: the set-up of the node page's GUI tests.
 */
struct NodePageConsole
{
    explicit NodePageConsole(const TestNode::Options &options = {})
        : node(options)
    {}

    TestNode node;
    NodeRegistry registry{nullptr, nullptr};
    ManagedNode *managed = nullptr;
    std::unique_ptr<NodePage> page;
    std::unique_ptr<TestRpc> rpc; ///< a plain RPC session of the test's own

    bool start()
    {
        if (!node.start())
            return false;
        rpc = std::make_unique<TestRpc>(node.name(), node.cookie());
        if (!rpc->connect())
            return false;
        managed = registry.addNode(node.name(), node.cookie(), NodeRegistry::Persistence::Transient);
        if (!managed || !waitUntil([this] { return managed->state() == NodeSession::State::Up; }, 15000))
            return false;
        page = std::make_unique<NodePage>(managed);
        page->resize(1200, 900);
        page->show();
        return QTest::qWaitForWindowExposed(page.get());
    }
    bool eval(const QString &source, int timeoutMs = 10000) { return rpc->eval(source, timeoutMs).has_value(); }
    /// The pid of a registered process as the node prints it.
    QString pidOf(const char *name)
    {
        const auto pid = rpc->eval(QStringLiteral("pid_to_list(whereis(%1)).").arg(QLatin1String(name)));
        return pid ? pid->toQString() : QString();
    }
};

} // namespace bilby::test
