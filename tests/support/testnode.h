#pragma once

#include "connection/nodename.h"
#include "connection/nodesession.h"
#include "term/term.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

class QElapsedTimer;

namespace bilby::test {

/// A random lower-case token, for node names and cookies.
QByteArray randomToken(int length = 12);

/**
 * @brief A real Erlang node for a test: `erl -name t_<random>@127.0.0.1 -setcookie <random>`.
 *
 * Started by start(), which waits until epmd knows it; stopped in the destructor through its own pid
 * (SIGTERM, which makes the BEAM run init:stop; SIGKILL if it does not end), never by name.
 */
class TestNode
{
public:
    struct Options
    {
        bool longName = true;
        int netTickTimeS = 0;       ///< 0: the default (60 s)
        QStringList extraArgs;      ///< e.g. {"+P", "1024"}
        bool captureOutput = false; ///< keep the node's standard output for readOutput() (else discarded)

        /// A node started with these extra arguments to erl.
        static Options withArgs(const QStringList &args);
        /// A node booted with SASL (`-boot start_sasl`: alarm_handler and the SASL reports), plus @p more.
        static Options withSasl(const QStringList &more = {});
    };
    TestNode();
    explicit TestNode(const Options &options);
    ~TestNode();

    bool start(QString *error = nullptr);
    void stop();
    /// Stops the node and starts it again under the same name and cookie (a new creation).
    bool restart(QString *error = nullptr);
    NodeName name() const { return m_name; }
    QByteArray cookie() const { return m_cookie; }
    qint64 pid() const;
    bool isRunning() const;

    /// What the node printed on its standard output since the previous call (Options::captureOutput).
    QByteArray readOutput();

    void kill();     ///< SIGKILL
    void freeze();   ///< SIGSTOP
    void unfreeze(); ///< SIGCONT

private:
    bool waitForBoot(const QElapsedTimer &clock, QString *error);
    bool launch(QString *error);

    Options m_options;
    QByteArray m_alive;
    NodeName m_name;
    QByteArray m_cookie;
    std::unique_ptr<QProcess> m_process;
    bool m_frozen = false;
};

/**
 * @brief Blocking RPC from a test through a plain (agentless) NodeSession, with a nested event loop.
 */
class TestRpc
{
public:
    TestRpc(const NodeName &node, const QByteArray &cookie);
    ~TestRpc();
    bool connect(int timeoutMs = 10000);
    std::optional<Term> call(const char *module, const char *function, const QList<Term> &args = {},
                             int timeoutMs = 10000, ConnectionError *error = nullptr);
    /// Evaluates Erlang source ("lists:seq(1,3).") on the node: erl_scan, erl_parse and erl_eval over RPC.
    std::optional<Term> eval(const QString &expression, int timeoutMs = 10000);
    NodeSession *session() const { return m_session.get(); }

private:
    std::unique_ptr<NodeSession> m_session;
};

/// One agent request through @p session, waited for: the value, and the error's message (empty when none).
std::pair<Term, QString> askAgent(NodeSession &session, const Term &request, int timeoutMs = 10000);

/// Starts a session to @p node and waits (up to 15 s) until it is connected or down.
std::unique_ptr<NodeSession> connectSession(const TestNode &node, const NodeSession::Options &options = {});

/// Stops @p session (the agent leaves the node) and waits until it says it has stopped.
bool stopSession(NodeSession &session, int timeoutMs = 5000);

/// Runs the event loop until @p predicate holds or @p timeoutMs passes; returns the predicate's value.
bool waitUntil(const std::function<bool()> &predicate, int timeoutMs);

/// The outcome of a command-line run.
struct CliRun
{
    int exitCode = -1; ///< -1 when it crashed or did not finish in 30 s
    QByteArray out;
    QByteArray err;
};

/// Runs @p program (bilby-cli by default) to completion.
CliRun runCli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
              const QString &program = QString());

/// Compiles module @p name from @p body (the forms after its -module line) with erlc in @p dir; the beam's
/// bytes, or empty when it does not compile.
QByteArray compileErlang(const QTemporaryDir &dir, const QByteArray &name, const QByteArray &body);
/// Loads @p beam as module @p name on the node with code:load_binary/3.
bool loadBeam(TestRpc &rpc, const QByteArray &name, const QByteArray &beam);

/// Writes @p size bytes that are not a database (for the damaged-file tests); false if it cannot.
bool writeJunkFile(const QString &path, int size, char fill = 'j');

} // namespace bilby::test
