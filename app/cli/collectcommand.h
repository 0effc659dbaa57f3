#pragma once

#include "alarms/alarmengine.h"
#include "clioptions.h"
#include "connection/nodesession.h"
#include "store/metricstore.h"

#include <QObject>

#include <memory>
#include <vector>

namespace bilby {

class AlarmRecorder;
class MetricsSampler;
class QuitSignals;

/**
 * @brief `bilby-cli collect`: samples every --node into the history file until SIGINT or SIGTERM,
 * with the nodes' alarms and timeline (events, node and agent entries, alarm transitions).
 *
 * Nodes that are down are retried with backoff, so a collector left running rides out restarts. The
 * store flushes every second, so SIGKILL loses at most the last second or two. A database that cannot
 * be opened ends the command (exit 1); one that fails later (locked, full) is reported on stderr and
 * retried while the samples wait in memory.
 */
class CollectCommand : public QObject
{
    Q_OBJECT
public:
    explicit CollectCommand(CliOptions options, QObject *parent = nullptr);
    ~CollectCommand() override;
    /// Starts collecting; the event loop exits with the command's exit code when it is done.
    void start();

private:
    struct Node
    {
        std::unique_ptr<NodeSession> session;
        MetricsSampler *sampler = nullptr;
    };
    void adoptStoredAlarms();
    void startNodes();
    void shutDown(int code);
    void flushAndClose();
    void maybeExit();

    CliOptions m_options;
    MetricStore m_store;
    AlarmEngine m_engine;
    AlarmRecorder *m_recorder = nullptr;
    std::vector<Node> m_nodes;
    QuitSignals *m_signals = nullptr;
    qint64 m_samples = 0;
    int m_running = 0;
    int m_exitCode = 0;
    bool m_stopping = false;
    bool m_flushing = false;
    bool m_flushed = false;
};

} // namespace bilby
