#include "tools/processsource.h"

#include "tools/processinspector.h"
#include "topology/noderegistry.h"

namespace bilby {

namespace {

constexpr int RequestTimeoutMs = 10000;
// The top list walks every process on the node.
constexpr int TopTimeoutMs = 15000;
// Reading a long mailbox the user agreed to copy can take a while on a busy node.
constexpr int ConfirmedTimeoutMs = 30000;
// What sys:get_state may wait on the node; the request itself waits RequestTimeoutMs.
constexpr int StateTimeoutMs = 2000;

Term sectionRequest(ProcessSection::Kind kind, const Term &target, bool confirmed)
{
    switch (kind) {
    case ProcessSection::Kind::Messages:
        return ProcessInspector::messagesRequest(target, LiveProcessSource::MessagesShown, confirmed);
    case ProcessSection::Kind::Dictionary:
        return ProcessInspector::dictionaryRequest(target);
    case ProcessSection::Kind::State:
        return ProcessInspector::stateRequest(target, StateTimeoutMs);
    case ProcessSection::Kind::Stack:
        return ProcessInspector::stackRequest(target);
    }
    return {};
}

} // namespace

LiveProcessSource::LiveProcessSource(ManagedNode *node, QObject *parent)
    : ProcessSource(parent)
    , m_link(node, this)
{}

bool LiveProcessSource::isAvailable() const
{
    return m_link.isConnected();
}

int LiveProcessSource::wordSize() const
{
    const ManagedNode *node = m_link.node();
    return node && node->hasInfo() ? node->info().wordSize : 8;
}

void LiveProcessSource::top(ProcessTop::Sort sort, int top, const QString &filter, bool includeBilby, QObject *receiver,
                            ToolCallback<ProcessTop> done)
{
    m_link.ask<ProcessTop>(
        ProcessTop::request(sort, top, filter, includeBilby), RequestTimeoutMs, receiver,
        [](const Term &t) { return ProcessTop::fromTerm(t); }, std::move(done));
}

void LiveProcessSource::info(const Term &target, QObject *receiver, ToolCallback<ProcessInfo> done)
{
    m_link.ask<ProcessInfo>(ProcessInspector::infoRequest(target), RequestTimeoutMs, receiver, &ProcessInfo::fromTerm,
                            std::move(done));
}

void LiveProcessSource::section(ProcessSection::Kind kind, const Term &target, bool confirmed, QObject *receiver,
                                ToolCallback<ProcessSection> done)
{
    const int timeoutMs = kind == ProcessSection::Kind::Messages && confirmed ? ConfirmedTimeoutMs : RequestTimeoutMs;
    m_link.ask<ProcessSection>(
        sectionRequest(kind, target, confirmed), timeoutMs, receiver,
        [kind](const Term &t) { return ProcessSection::fromTerm(kind, t); }, std::move(done));
}

} // namespace bilby
