#pragma once

#include "connection/nodename.h"

#include <QJsonArray>
#include <QProcess>
#include <QStringList>

#include <optional>

namespace bilby::test {

/// Whether process @p pid exists and has not ended (a zombie counts as ended).
bool processAlive(qint64 pid);

/// The notifications stored in the history file @p db (`bilby-cli --db DB notifications --json ARGS`).
QJsonArray storedNotifications(const QString &db, const QStringList &args = {});

/// The erl child of a console: the demo node, as its command line shows it.
struct DemoChild
{
    qint64 pid = 0;
    NodeName name;
    QString home;       ///< the folder erl was given as its home (-home)
    QByteArray cmdline; ///< /proc/PID/cmdline, NUL-separated
};

/**
 * @brief The bilby application run by a test, offscreen, with a settings folder of its own.
 *
 * Every process it ends is ended by its pid: the console in the destructor (SIGKILL if it still runs), and
 * the demo nodes it was seen to start, should one outlive the test.
 */
class ConsoleApp
{
public:
    explicit ConsoleApp(const QString &settingsDir, const QStringList &extraArgs = {});
    ~ConsoleApp();

    bool start();
    qint64 pid() const { return m_pid; }
    void signal(int number);
    /// true when it ended within @p timeoutMs.
    bool waitForExit(int timeoutMs);
    bool exitedNormally() const;
    int exitCode() const { return m_process.exitCode(); }
    QByteArray errorOutput();

    /// Waits until the console has an erl child registered in epmd as bilby_demo_*.
    std::optional<DemoChild> waitForDemoNode(int timeoutMs);
    QString historyPath() const;

private:
    QString m_settingsDir;
    QStringList m_args;
    QProcess m_process;
    qint64 m_pid = 0;
    QList<qint64> m_demoPids;
    QByteArray m_stderr;
};

} // namespace bilby::test
