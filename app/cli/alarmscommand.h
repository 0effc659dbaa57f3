#pragma once

#include "alarms/alarmengine.h"
#include "alarms/nodealarmwatch.h"
#include "alarms/nodewatch.h"
#include "clioptions.h"
#include "connection/nodesession.h"
#include "events/eventfeed.h"
#include "metrics/metricssampler.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace bilby {

/**
 * @brief `bilby-cli --node N alarms` and `check`: connect, sample, evaluate once, report.
 *
 * The node is read the way the console reads it (two live samples, one health check, the SASL alarms
 * it has set) and the alarm engine decides. Alarms that need time to build up (run_queue_high,
 * busy_dist_port_high, limit_forecast) are left to the console and `collect`.
 *
 * `check` follows the Nagios plugin conventions: one status line, exit 0 OK, 1 WARNING (a minor or
 * warning alarm), 2 CRITICAL (a major or critical one), 3 UNKNOWN (the node cannot be read).
 */
class AlarmsCommand : public QObject
{
    Q_OBJECT
public:
    explicit AlarmsCommand(CliOptions options, QObject *parent = nullptr);
    /// Starts; the event loop exits with the command's exit code.
    void start();

    enum NagiosExit { NagiosOk = 0, NagiosWarning = 1, NagiosCritical = 2, NagiosUnknown = 3 };

private:
    void onState(NodeSession::State state);
    void maybeReport();
    void report();
    void fail(const QString &message);
    /// "until lifted: known clash, ticket OPS-12"
    QString silenceReason(qint64 silenceId) const;
    void finish(int code);
    bool isCheck() const { return m_options.command == QLatin1String("check"); }

    CliOptions m_options;
    AlarmEngine m_engine;
    std::unique_ptr<NodeSession> m_session;
    MetricsSampler *m_sampler = nullptr;
    NodeWatch *m_watch = nullptr;
    EventFeed *m_feed = nullptr;
    QTimer m_deadline;
    int m_samples = 0;
    bool m_healthy = false;
    bool m_eventsKnown = false;
    bool m_done = false;
    int m_code = 0;
};

} // namespace bilby
