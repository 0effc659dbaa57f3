#include "support/realapp.h"

#include "connection/distconnection.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <sys/stat.h>

namespace bilby::test {

namespace {

QString scriptPath(const char *name)
{
    return QStringLiteral(BILBY_SOURCE_DIR "/tests/realapps/") + QLatin1String(name);
}

} // namespace

RealApp::RealApp(Kind kind)
    : m_kind(kind)
{
    DistConnection::initialize();
    // ejabberd runs as its own user, which must reach the instance's folder.
    ::chmod(QFile::encodeName(m_root.path()).constData(), 0755);
    m_dir = m_root.filePath(kind == Kind::RabbitMq ? QStringLiteral("rabbitmq") : QStringLiteral("ejabberd"));
}

RealApp::~RealApp()
{
    if (isRunning())
        kill();
}

bool RealApp::runScript(const QString &script, const QStringList &args, QByteArray *out, QString *error) const
{
    QProcess p;
    p.start(QStringLiteral("bash"), QStringList{script} + args);
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished(5000);
        *error = QStringLiteral("%1 did not finish in 3 minutes").arg(script);
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 failed (%2): %3")
                     .arg(script)
                     .arg(p.exitCode())
                     .arg(QString::fromLocal8Bit(p.readAllStandardError()).right(3000));
        return false;
    }
    return true;
}

bool RealApp::start(QString *error)
{
    const bool rabbit = m_kind == Kind::RabbitMq;
    QElapsedTimer clock;
    clock.start();
    QByteArray out;
    if (!runScript(scriptPath(rabbit ? "start-rabbitmq.sh" : "start-ejabberd.sh"), {m_dir}, &out, error))
        return false;
    m_startS = double(clock.elapsed()) / 1000.0;
    const QString prefix = rabbit ? QStringLiteral("RMQ_") : QStringLiteral("EJR_");
    QHash<QString, QString> facts;
    for (const QByteArray &line : out.split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            facts.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    const auto name = NodeName::parse(facts.value(prefix + QStringLiteral("NODE")), error);
    if (!name)
        return false;
    m_name = *name;
    m_cookieFile = facts.value(prefix + QStringLiteral("COOKIE_FILE"));
    m_ctl = facts.value(prefix + QStringLiteral("CTL"));
    m_pid = facts.value(prefix + QStringLiteral("PID")).toLongLong();
    QFile cookie(m_cookieFile);
    if (!cookie.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(m_cookieFile);
        return false;
    }
    m_cookie = cookie.readAll().trimmed();
    return m_pid > 0;
}

bool RealApp::isRunning() const
{
    // Alive and not a zombie waiting for its parent (the container's init may reap late).
    QFile stat(QStringLiteral("/proc/%1/stat").arg(m_pid));
    if (m_pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const int close = line.lastIndexOf(')');
    return close > 0 && line.mid(close + 2, 1) != "Z";
}

bool RealApp::stop()
{
    QString error;
    const bool rabbit = m_kind == Kind::RabbitMq;
    return runScript(scriptPath(rabbit ? "stop-rabbitmq.sh" : "stop-ejabberd.sh"), {m_dir}, nullptr, &error);
}

bool RealApp::kill()
{
    QString error;
    const bool rabbit = m_kind == Kind::RabbitMq;
    return runScript(scriptPath(rabbit ? "stop-rabbitmq.sh" : "stop-ejabberd.sh"), {QStringLiteral("--kill"), m_dir},
                     nullptr, &error);
}

CliRun RealApp::ctl(const QStringList &args, int timeoutMs) const
{
    CliRun run;
    QProcess p;
    p.start(m_ctl, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace bilby::test
