#pragma once

#include "tools/livenodelink.h"
#include "tools/supervisiontree.h"
#include "tools/toolsource.h"

namespace bilby {

/// @brief What the applications page asks (SPEC X8): the running applications, and one's supervision tree.
class ApplicationSource : public ToolSource
{
    Q_OBJECT
public:
    using ToolSource::ToolSource;

    virtual void applications(QObject *receiver, ToolCallback<QVector<SupervisionTree::Application>> done) = 0;
    virtual void tree(const QString &application, QObject *receiver, ToolCallback<SupervisionTree::Tree> done) = 0;
};

/// @brief The applications page's questions put to a node's agent.
class LiveApplicationSource : public ApplicationSource
{
    Q_OBJECT
public:
    explicit LiveApplicationSource(ManagedNode *node, QObject *parent = nullptr);

    bool isAvailable() const override;
    void applications(QObject *receiver, ToolCallback<QVector<SupervisionTree::Application>> done) override;
    void tree(const QString &application, QObject *receiver, ToolCallback<SupervisionTree::Tree> done) override;

private:
    LiveNodeLink m_link;
};

} // namespace bilby
