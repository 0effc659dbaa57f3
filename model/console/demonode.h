#pragma once

#include "connection/nodename.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace bilby {

/**
 * @brief A local Erlang node with a light synthetic workload, so a newcomer sees live data at once.
 *
 * Runs `erl -name bilby_demo_<random>@127.0.0.1` with a random cookie and a small compiled module that
 * keeps processes, memory and an ETS table moving (a few percent of one core). ready() comes once epmd
 * knows the node; the epmd lookups run on the thread pool, never on the caller's thread. The node is
 * stopped through its own pid (SIGTERM makes the BEAM run init:stop), killed if it lingers.
 *
 * The node never outlives its console: it stops by itself when its standard input, a pipe from this
 * process, reaches its end (this process ended in any way, SIGKILL included), and when no connection of
 * this process's has come back for 30 s after the last one went. Its cookie is in a private folder
 * (0700, the file 0400) given to erl as its home, never on its command line; the folder is removed when
 * the node stops.
 */
class DemoNode : public QObject
{
    Q_OBJECT
public:
    explicit DemoNode(QObject *parent = nullptr);
    /// Stops the node, waiting a bounded time: this runs at exit.
    ~DemoNode() override;

    void start();
    void stop();
    /// Stops the node, if it runs, and deletes this object once it has stopped (which takes a few seconds).
    void stopAndDelete();
    bool isRunning() const;
    bool isReady() const { return m_ready; }
    NodeName name() const { return m_name; }
    QByteArray cookie() const { return m_cookie; }

    /// The folder given to erl as its home, holding the cookie file; empty when no node runs.
    QString homePath() const { return m_home ? m_home->path() : QString(); }

    /// The -eval expression that loads and starts the workload, watching for the console whose connections'
    /// names begin with @p consolePrefix; @p home is removed when the node stops on its own.
    static QString workloadExpression(const QString &consolePrefix, const QString &home);

signals:
    void ready(const bilby::NodeName &name, const QByteArray &cookie);
    void failed(const QString &message);
    /// The node has exited after stop() (or on its own after ready()).
    void stopped();

private:
    void probe();
    void onProbed(const NodeName &name, bool registered);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void fail(const QString &message);
    bool writePrivateHome(QString *error);

    NodeName m_name;
    QByteArray m_cookie;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_home; ///< the node's home, holding its cookie file
    QByteArray m_output;                   ///< the tail of the node's output, to explain a failed start
    QTimer m_probeTimer;
    QTimer m_killTimer;
    QElapsedTimer m_startClock;
    bool m_probing = false;
    bool m_ready = false;
    bool m_stopping = false;
};

} // namespace bilby
