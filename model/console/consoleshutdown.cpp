#include "console/consoleshutdown.h"

#include "store/metricstore.h"
#include "topology/noderegistry.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace bilby {

namespace {

// The flush gets at least this long, even when the sessions used the whole budget: the records of those
// that did stop are worth a moment more.
constexpr int MinFlushMs = 500;

} // namespace

ConsoleShutdown::Outcome ConsoleShutdown::run(NodeRegistry *registry, MetricStore *store, int budgetMs)
{
    Outcome outcome;
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);

    // Connected after the node watches, which write the timeline's entry when a session stops: by the
    // time the last one is counted here, every entry is queued for the store.
    const QList<NodeSession *> sessions = registry ? registry->stopAll() : QList<NodeSession *>();
    outcome.sessions = int(sessions.size());
    outcome.unfinished = outcome.sessions;
    for (NodeSession *session : sessions) {
        QObject::connect(session, &NodeSession::stopped, &loop, [&outcome, &loop] {
            if (--outcome.unfinished == 0)
                loop.quit();
        });
    }
    if (outcome.unfinished > 0) {
        deadline.start(budgetMs);
        loop.exec();
    }

    if (store) {
        bool done = false;
        store->flush(&loop, [&done, &outcome, &loop](const StoreError &error) {
            done = true;
            outcome.flushed = !error.isError();
            loop.quit();
        });
        deadline.start(qMax<qint64>(MinFlushMs, budgetMs - clock.elapsed()));
        if (!done)
            loop.exec();
    }
    outcome.elapsedMs = clock.elapsed();
    return outcome;
}

} // namespace bilby
