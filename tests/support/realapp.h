#pragma once

#include "connection/nodename.h"
#include "support/testnode.h"

#include <QTemporaryDir>

#include <memory>

namespace bilby::test {

/**
 * @brief A real BEAM application nobody here wrote, installed from Debian's packages, started privately
 * for a test: its own node name, cookie, ports and data under a temporary folder, never a system instance
 * (tests/realapps/start-*.sh). Stopped in the destructor by its own pid.
 */
class RealApp
{
public:
    enum class Kind { RabbitMq, Ejabberd };
    explicit RealApp(Kind kind);
    ~RealApp();
    RealApp(const RealApp &) = delete;
    RealApp &operator=(const RealApp &) = delete;

    bool start(QString *error);
    /// A clean stop through the application's own tool (rabbitmqctl stop, ejabberdctl stop).
    bool stop();
    /// SIGKILL of its own pid.
    bool kill();

    Kind kind() const { return m_kind; }
    NodeName name() const { return m_name; }
    QByteArray cookie() const { return m_cookie; }
    QString cookieFile() const { return m_cookieFile; }
    qint64 pid() const { return m_pid; }
    bool isRunning() const;
    /// Runs the application's own control tool (rabbitmqctl, ejabberdctl) against this instance.
    CliRun ctl(const QStringList &args, int timeoutMs = 60000) const;
    /// The control tool's path (a wrapper bound to this instance).
    QString ctlPath() const { return m_ctl; }
    /// Seconds the start took.
    double startSeconds() const { return m_startS; }

private:
    bool runScript(const QString &script, const QStringList &args, QByteArray *out, QString *error) const;

    Kind m_kind;
    QTemporaryDir m_root;
    QString m_dir;
    NodeName m_name;
    QByteArray m_cookie;
    QString m_cookieFile;
    QString m_ctl;
    qint64 m_pid = 0;
    double m_startS = 0;
};

} // namespace bilby::test
