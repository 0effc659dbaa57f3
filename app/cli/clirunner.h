#pragma once

#include "clioptions.h"
#include "connection/nodesession.h"
#include "metrics/metricsample.h"
#include "tools/processtop.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

namespace bilby {

class MetricsSampler;

/// Exit codes of bilby-cli: scripts rely on them.
enum CliExit { ExitOk = 0, ExitFailure = 1, ExitCannotConnect = 2, ExitUsage = 64 };

/**
 * @brief Runs one bilby-cli command: connect, do the work, disconnect cleanly, quit with an exit code.
 */
class CliRunner : public QObject
{
    Q_OBJECT
public:
    explicit CliRunner(CliOptions options, QObject *parent = nullptr);
    ~CliRunner() override;
    void start();

private:
    void onStateChanged(NodeSession::State state);
    void runCommand();
    void runInfo();
    void runMetrics();
    void runProcs();
    void requestProcs(int primingWalks);
    // cliinspect.cpp
    void runProc();
    void nextProcStep();
    void printProc();
    void runEts();
    void requestEtsPage(const Term &table, const Term &continuation, int page);
    void printEtsTables(const Term &reply);
    void printEtsRows(const Term &rows);
    // clitools.cpp
    /// Records an action in the --db history file's timeline (nothing without --db).
    void audit(const QString &what, bool ok, const QString &outcome);
    void runEval();
    void runGc();
    void runPurge();
    void runPorts();
    void runApps();
    /// Prints @p reply as JSON (--json) with the node and @p extra fields, then exits.
    void printJsonReply(const QJsonValue &reply, const QJsonObject &extra);
    void listMetrics();
    void printSample(const MetricSample &sample);
    void printProcs(const ProcessTop &top);
    void finish(int code);
    void fail(int code, const QString &message);

    CliOptions m_options;
    std::unique_ptr<NodeSession> m_session;
    MetricsSampler *m_sampler = nullptr;
    bool m_commandStarted = false;
    int m_samples = 0;
    int m_historySamples = 0;
    MetricSample m_liveSample;
    MetricSample m_historySample;
    int m_exitCode = ExitOk;
    QList<QPair<QString, Term>> m_procSteps; ///< proc: the requests still to send, by their key
    QJsonObject m_procResult;
    Term m_procInfo;       ///< proc: the info reply, printed in the inspector's order
    quint64 m_longTag = 0; ///< gc --all: the request whose progress is printed
    bool m_finishing = false;
};

} // namespace bilby
