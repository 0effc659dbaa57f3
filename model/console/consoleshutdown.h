#pragma once

#include <QtGlobal>

namespace bilby {

class MetricStore;
class NodeRegistry;

/**
 * @brief What quitting the console does before its objects go, whichever way it quits (window closed,
 * Quit, SIGTERM): every session disconnects cleanly, so each agent stops and removes its code and the
 * timeline records what became of it, then the history file is written.
 *
 * The one place where the GUI thread waits, and only at exit: an event loop runs until every session has
 * stopped and the store has flushed, or the budget is spent; a node that does not answer never keeps the
 * console from quitting (its agent removes itself when it sees the connection close).
 */
class ConsoleShutdown
{
public:
    struct Outcome
    {
        int sessions = 0;   ///< sessions asked to stop
        int unfinished = 0; ///< still disconnecting when the budget ran out
        bool flushed = false;
        qint64 elapsedMs = 0;
    };

    /// @p store may be null. Returns after at most about @p budgetMs.
    static Outcome run(NodeRegistry *registry, MetricStore *store, int budgetMs);
};

} // namespace bilby
