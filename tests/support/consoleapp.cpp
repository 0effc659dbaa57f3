#include "support/consoleapp.h"

#include "connection/epmdprobe.h"
#include "support/testnode.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <csignal>

namespace bilby::test {

namespace {

QByteArray readProcFile(qint64 pid, const char *what)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(what)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<qint64> childrenOf(qint64 pid)
{
    QList<qint64> children;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(tasks.filePath(task + QStringLiteral("/children")));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &id : file.readAll().simplified().split(' ')) {
            if (!id.isEmpty())
                children.append(id.toLongLong());
        }
    }
    return children;
}

std::optional<DemoChild> demoChild(qint64 pid)
{
    DemoChild child;
    child.pid = pid;
    child.cmdline = readProcFile(pid, "cmdline");
    const QList<QByteArray> args = child.cmdline.split('\0');
    for (int i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == "-name" && args[i + 1].startsWith("bilby_demo_")) {
            if (const auto name = NodeName::parse(QString::fromLatin1(args[i + 1])))
                child.name = *name;
        } else if (args[i] == "-home") {
            child.home = QString::fromLocal8Bit(args[i + 1]);
        }
    }
    if (child.name.alive.isEmpty())
        return std::nullopt;
    return child;
}

} // namespace

bool processAlive(qint64 pid)
{
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    const QByteArray stat = readProcFile(pid, "stat");
    const int close = int(stat.lastIndexOf(')'));
    return close < 0 || stat.mid(close + 2, 1) != "Z";
}

QJsonArray storedNotifications(const QString &db, const QStringList &args)
{
    const CliRun run = runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("notifications"),
                                          QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1000")} +
                              args);
    if (run.exitCode != 0)
        qWarning("bilby-cli: %s", run.err.constData());
    return QJsonDocument::fromJson(run.out).object().value(QLatin1String("notifications")).toArray();
}

ConsoleApp::ConsoleApp(const QString &settingsDir, const QStringList &extraArgs)
    : m_settingsDir(settingsDir)
    , m_args(extraArgs)
{}

ConsoleApp::~ConsoleApp()
{
    if (m_process.state() != QProcess::NotRunning) {
        ::kill(pid_t(m_pid), SIGCONT);
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    // A demo node that outlived its console (the very failure the tests look for) goes by its pid.
    for (qint64 pid : qAsConst(m_demoPids)) {
        if (processAlive(pid))
            ::kill(pid_t(pid), SIGKILL);
    }
}

bool ConsoleApp::start()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_process.setProcessEnvironment(environment);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.start(QStringLiteral(BILBY_APP_PATH),
                    QStringList{QStringLiteral("--settings-dir"), m_settingsDir} + m_args);
    if (!m_process.waitForStarted(10000))
        return false;
    m_pid = m_process.processId();
    return true;
}

void ConsoleApp::signal(int number)
{
    if (m_pid > 0)
        ::kill(pid_t(m_pid), number);
}

bool ConsoleApp::waitForExit(int timeoutMs)
{
    const bool ended = m_process.state() == QProcess::NotRunning || m_process.waitForFinished(timeoutMs);
    m_stderr += m_process.readAllStandardError();
    return ended;
}

bool ConsoleApp::exitedNormally() const
{
    return m_process.state() == QProcess::NotRunning && m_process.exitStatus() == QProcess::NormalExit;
}

QByteArray ConsoleApp::errorOutput()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

QString ConsoleApp::historyPath() const
{
    return QDir(m_settingsDir).filePath(QStringLiteral("history.sqlite"));
}

std::optional<DemoChild> ConsoleApp::waitForDemoNode(int timeoutMs)
{
    std::optional<DemoChild> found;
    waitUntil(
        [&] {
            for (qint64 child : childrenOf(m_pid)) {
                if (const auto demo = demoChild(child)) {
                    if (!m_demoPids.contains(demo->pid))
                        m_demoPids.append(demo->pid);
                    if (EpmdProbe::run(demo->name, 1000).result == EpmdProbe::Result::Registered) {
                        found = demo;
                        return true;
                    }
                }
            }
            QThread::msleep(100);
            return false;
        },
        timeoutMs);
    return found;
}

} // namespace bilby::test
