#pragma once

#include "tools/livenodelink.h"
#include "tools/processinfo.h"
#include "tools/processsection.h"
#include "tools/processtop.h"
#include "tools/toolsource.h"

namespace bilby {

/**
 * @brief What the process manager and inspector ask (SPEC X1-X3): the top list, one process's info, and
 * the sections read on request.
 *
 * A target is a pid term, or text the source resolves: a pid as its node prints it, or a registered name.
 */
class ProcessSource : public ToolSource
{
    Q_OBJECT
public:
    using ToolSource::ToolSource;

    /// The node's word size in bytes, for the heap sizes given in words.
    virtual int wordSize() const = 0;
    /// The top @p top by @p sort among processes matching @p filter (see ProcessTop::request).
    virtual void top(ProcessTop::Sort sort, int top, const QString &filter, bool includeBilby, QObject *receiver,
                     ToolCallback<ProcessTop> done) = 0;
    virtual void info(const Term &target, QObject *receiver, ToolCallback<ProcessInfo> done) = 0;
    /// @p confirmed: the user agreed to copy a mailbox too long to copy unasked.
    virtual void section(ProcessSection::Kind kind, const Term &target, bool confirmed, QObject *receiver,
                         ToolCallback<ProcessSection> done) = 0;
};

/// @brief The process tools' questions put to a node's agent.
class LiveProcessSource : public ProcessSource
{
    Q_OBJECT
public:
    /// The first messages a section reads: this many at most, each cut at 4 KB on the node.
    static constexpr int MessagesShown = 100;

    explicit LiveProcessSource(ManagedNode *node, QObject *parent = nullptr);

    /// Connected, with or without the agent (without, requests fail and say why).
    bool isAvailable() const override;
    int wordSize() const override;
    void top(ProcessTop::Sort sort, int top, const QString &filter, bool includeBilby, QObject *receiver,
             ToolCallback<ProcessTop> done) override;
    void info(const Term &target, QObject *receiver, ToolCallback<ProcessInfo> done) override;
    void section(ProcessSection::Kind kind, const Term &target, bool confirmed, QObject *receiver,
                 ToolCallback<ProcessSection> done) override;

private:
    LiveNodeLink m_link;
};

} // namespace bilby
