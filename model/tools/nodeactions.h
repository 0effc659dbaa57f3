#pragma once

#include "term/term.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * @brief Requests of the node actions (SPEC X6, X7): garbage-collect every process in batches, soft
 * purge of old code, shells. All but the listings change the node and are refused by a read-only agent.
 */
namespace bilby::NodeActions {

constexpr int DefaultBatch = 500;
constexpr int DefaultPauseMs = 50;
/// The longest a whole-node GC may run; the agent stops it there (progress tells how far it came).
constexpr int GcAllTimeoutMs = 600000;

/// Every process, @p batch at a time with @p pauseMs between batches. Progress comes as pushed
/// {bilby_progress, Tag, Done, Total} messages (see progress()); cancelRequest(Tag) stops it.
Term gcAllRequest(int batch, int pauseMs);
/// Stops the long request sent with session tag @p tag (between two batches); answers whether it ran.
Term cancelRequest(quint64 tag);
/// The modules with old code, and which processes still run it.
Term oldCodeRequest();
/// Soft-purges every module with old code; code still in use stays and is listed.
Term purgeRequest();
/// The shells on the node (local and remote), each server with its evaluator.
Term shellsRequest();
/// Ends the shell whose server is @p server (a pid, or its text).
Term killShellRequest(const Term &server);

struct Progress
{
    quint64 tag = 0;
    qint64 done = 0;
    qint64 total = 0;
};
/// Reads a pushed progress message; nullopt for anything else.
std::optional<Progress> progress(const Term &pushed);

struct GcSummary
{
    qint64 total = 0; ///< processes when it started
    qint64 done = 0;  ///< processes collected
    bool cancelled = false;
    qint64 memoryBefore = 0; ///< erlang:memory(processes), bytes
    qint64 memoryAfter = 0;
    qint64 elapsedMs = 0;

    static std::optional<GcSummary> fromTerm(const Term &term);
    QJsonObject toJson() const;
};

/// @brief The modules with old code (an `old_code` reply), each with the processes that still run it.
struct OldCodeList
{
    struct Module
    {
        QString module;
        QStringList processes; ///< pids as the node prints them, up to the agent's cut
    };
    QList<Module> modules;

    /// nullopt when the reply is not a list of modules.
    static std::optional<OldCodeList> fromTerm(const Term &reply);
};

/// Whether a `cancel` reply says there was a long request to stop.
bool cancelAccepted(const Term &reply);

struct PurgeResult
{
    QStringList purged;
    /// Modules whose old code some process still runs, with (up to 20 of) those processes.
    QList<QPair<QString, QStringList>> inUse;

    static std::optional<PurgeResult> fromTerm(const Term &term);
    QJsonObject toJson() const;
};

} // namespace bilby::NodeActions
