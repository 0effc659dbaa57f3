#include "tools/applicationsource.h"

namespace bilby {

namespace {

constexpr int ListTimeoutMs = 10000;
// Each supervisor may take the agent's 2 s to answer; past this the agent stops reading and says so.
constexpr int TreeTimeoutMs = 60000;

} // namespace

LiveApplicationSource::LiveApplicationSource(ManagedNode *node, QObject *parent)
    : ApplicationSource(parent)
    , m_link(node, this)
{}

bool LiveApplicationSource::isAvailable() const
{
    return m_link.isUp();
}

void LiveApplicationSource::applications(QObject *receiver, ToolCallback<QVector<SupervisionTree::Application>> done)
{
    m_link.ask<QVector<SupervisionTree::Application>>(SupervisionTree::applicationsRequest(), ListTimeoutMs, receiver,
                                                      &SupervisionTree::applicationListFrom, std::move(done));
}

void LiveApplicationSource::tree(const QString &application, QObject *receiver,
                                 ToolCallback<SupervisionTree::Tree> done)
{
    m_link.ask<SupervisionTree::Tree>(SupervisionTree::treeRequest(application), TreeTimeoutMs, receiver,
                                      &SupervisionTree::treeFrom, std::move(done));
}

} // namespace bilby
