#include "support/testnode.h"

#include "connection/distconnection.h"
#include "connection/epmdprobe.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QThread>

#include <csignal>

namespace bilby::test {

QByteArray randomToken(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray token;
    for (int i = 0; i < length; ++i)
        token.append(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)]);
    return token;
}

CliRun runCli(const QStringList &args, const QProcessEnvironment &env, const QString &program)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program.isEmpty() ? QStringLiteral(BILBY_CLI_PATH) : program, args);
    CliRun r;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool writeJunkFile(const QString &path, int size, char fill)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QByteArray(size, fill)) == size;
}

bool stopSession(NodeSession &session, int timeoutMs)
{
    QSignalSpy stopped(&session, &NodeSession::stopped);
    session.stop();
    return stopped.count() > 0 || stopped.wait(timeoutMs);
}

bool waitUntil(const std::function<bool()> &predicate, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!predicate()) {
        if (clock.elapsed() > timeoutMs)
            return predicate();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

std::unique_ptr<NodeSession> connectSession(const TestNode &node, const NodeSession::Options &options)
{
    auto session = std::make_unique<NodeSession>(node.name(), node.cookie(), options);
    session->start();
    waitUntil([&] { return session->isConnected() || session->state() == NodeSession::State::Down; }, 15000);
    return session;
}

TestNode::Options TestNode::Options::withArgs(const QStringList &args)
{
    Options options;
    options.extraArgs = args;
    return options;
}

TestNode::Options TestNode::Options::withSasl(const QStringList &more)
{
    return withArgs(QStringList{QStringLiteral("-boot"), QStringLiteral("start_sasl")} + more);
}

TestNode::TestNode()
    : TestNode(Options{})
{}

TestNode::TestNode(const Options &options)
    : m_options(options)
{
    DistConnection::initialize();
}

TestNode::~TestNode()
{
    stop();
}

bool TestNode::start(QString *error)
{
    m_alive = "t_" + randomToken(10);
    m_cookie = randomToken(20);
    return launch(error);
}

bool TestNode::restart(QString *error)
{
    stop();
    return launch(error);
}

bool TestNode::launch(QString *error)
{
    const QByteArray alive = m_alive;
    QStringList args;
    if (m_options.longName) {
        args << QStringLiteral("-name") << QString::fromLatin1(alive + "@127.0.0.1");
    } else {
        args << QStringLiteral("-sname") << QString::fromLatin1(alive);
    }
    args << QStringLiteral("-setcookie") << QString::fromLatin1(m_cookie) << QStringLiteral("-noshell")
         << QStringLiteral("-noinput");
    if (m_options.netTickTimeS > 0)
        args << QStringLiteral("-kernel") << QStringLiteral("net_ticktime") << QString::number(m_options.netTickTimeS);
    args << m_options.extraArgs;

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    if (!m_options.captureOutput)
        m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->start(QStringLiteral(BILBY_ERL_PATH), args);
    if (!m_process->waitForStarted(10000)) {
        if (error)
            *error = QStringLiteral("erl did not start: ") + m_process->errorString();
        return false;
    }
    // The short host name is whatever erl derives; read it back through epmd's view of the node.
    QString host = QStringLiteral("127.0.0.1");
    if (!m_options.longName) {
        char buf[256] = {};
        gethostname(buf, sizeof buf - 1);
        host = QString::fromLatin1(buf).section(QLatin1Char('.'), 0, 0);
    }
    m_name = {QString::fromLatin1(alive), host};
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 20000) {
        if (m_process->state() != QProcess::Running)
            break;
        if (EpmdProbe::run(m_name, 1000).result == EpmdProbe::Result::Registered)
            return waitForBoot(clock, error);
        QThread::msleep(50);
    }
    if (error)
        *error = QStringLiteral("node %1 did not register with epmd").arg(m_name.toString());
    stop();
    return false;
}

bool TestNode::waitForBoot(const QElapsedTimer &clock, QString *error)
{
    // A node registers with epmd early in its boot, before a boot script's applications (-boot
    // start_sasl: alarm_handler) have started: wait for init to say the boot is done.
    if (!m_options.extraArgs.contains(QStringLiteral("-boot")))
        return true;
    TestRpc rpc(m_name, m_cookie);
    if (rpc.connect()) {
        while (clock.elapsed() < 30000) {
            if (rpc.eval(QStringLiteral("{started, started} = init:get_status(), ok.")))
                return true;
            QThread::msleep(50);
        }
    }
    if (error)
        *error = QStringLiteral("node %1 did not finish its boot").arg(m_name.toString());
    stop();
    return false;
}

qint64 TestNode::pid() const
{
    return m_process ? m_process->processId() : 0;
}

bool TestNode::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

void TestNode::stop()
{
    if (!m_process)
        return;
    if (m_frozen)
        unfreeze();
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM: the BEAM calls init:stop()
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

QByteArray TestNode::readOutput()
{
    return m_process ? m_process->readAllStandardOutput() : QByteArray();
}

void TestNode::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

void TestNode::freeze()
{
    if (pid() > 0) {
        ::kill(pid_t(pid()), SIGSTOP);
        m_frozen = true;
        // SIGSTOP lands asynchronously: wait until the kernel shows the process stopped ('T').
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid()));
        waitUntil(
            [&] {
                if (!stat.open(QIODevice::ReadOnly))
                    return true; // no procfs: nothing to wait on
                const QByteArray line = stat.readAll();
                stat.close();
                return line.mid(line.lastIndexOf(')') + 2, 1) == "T";
            },
            2000);
    }
}

void TestNode::unfreeze()
{
    if (pid() > 0) {
        ::kill(pid_t(pid()), SIGCONT);
        m_frozen = false;
    }
}

TestRpc::TestRpc(const NodeName &node, const QByteArray &cookie)
{
    NodeSession::Options options;
    options.loadAgent = false;
    options.reconnect = false;
    m_session = std::make_unique<NodeSession>(node, cookie, options);
}

TestRpc::~TestRpc() = default;

bool TestRpc::connect(int timeoutMs)
{
    m_session->start();
    return waitUntil([this] { return m_session->isConnected() || m_session->state() == NodeSession::State::Down; },
                     timeoutMs) &&
           m_session->isConnected();
}

std::optional<Term> TestRpc::call(const char *module, const char *function, const QList<Term> &args, int timeoutMs,
                                  ConnectionError *error)
{
    bool done = false;
    std::optional<Term> result;
    ConnectionError failure;
    QObject context;
    m_session->call(module, function, args, timeoutMs, &context, [&](const Term &value, const ConnectionError &e) {
        done = true;
        failure = e;
        if (!e.isError())
            result = value;
    });
    waitUntil([&] { return done; }, timeoutMs + 5000);
    if (error)
        *error = done ? failure : ConnectionError{ConnectionError::Kind::Timeout, QStringLiteral("no reply")};
    return result;
}

std::optional<Term> TestRpc::eval(const QString &expression, int timeoutMs)
{
    const auto scanned = call("erl_scan", "string", {Term::charList(expression.toUtf8())}, timeoutMs);
    if (!scanned || !scanned->isTuple(3) || !scanned->at(0).isAtom("ok"))
        return std::nullopt;
    const auto parsed = call("erl_parse", "parse_exprs", {scanned->at(1)}, timeoutMs);
    if (!parsed || !parsed->isTuple(2) || !parsed->at(0).isAtom("ok"))
        return std::nullopt;
    const auto bindings = call("erl_eval", "new_bindings", {}, timeoutMs);
    if (!bindings)
        return std::nullopt;
    const auto value = call("erl_eval", "exprs", {parsed->at(1), *bindings}, timeoutMs);
    if (!value || !value->isTuple(3) || !value->at(0).isAtom("value"))
        return std::nullopt;
    return value->at(1);
}

QByteArray compileErlang(const QTemporaryDir &dir, const QByteArray &name, const QByteArray &body)
{
    QFile src(dir.filePath(QString::fromLatin1(name + ".erl")));
    if (!src.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    src.write("-module(" + name + ").\n" + body);
    src.close();
    if (QProcess::execute(QStringLiteral(BILBY_ERLC_PATH), {QStringLiteral("-o"), dir.path(), src.fileName()}) != 0)
        return {};
    QFile beam(dir.filePath(QString::fromLatin1(name + ".beam")));
    return beam.open(QIODevice::ReadOnly) ? beam.readAll() : QByteArray();
}

bool loadBeam(TestRpc &rpc, const QByteArray &name, const QByteArray &beam)
{
    const auto r =
        rpc.call("code", "load_binary", {Term::atom(name), Term::charList(name + ".erl"), Term::binary(beam)});
    return r && r->isTuple(2) && r->at(0).isAtom("module");
}

std::pair<Term, QString> askAgent(NodeSession &session, const Term &request, int timeoutMs)
{
    std::pair<Term, QString> out{Term(), QStringLiteral("no answer")};
    bool done = false;
    session.request(request, timeoutMs, &session, [&](const Term &value, const ConnectionError &e) {
        // The message for people, then the node's own reason (read_only, no_such_process...) for checks.
        out = {value, !e.isError() ? QString()
                      : e.reason.isEmpty() || e.reason == e.message
                          ? e.message
                          : e.message + QLatin1String(" [") + e.reason + QLatin1Char(']')};
        done = true;
    });
    waitUntil([&] { return done; }, timeoutMs + 5000);
    return out;
}

} // namespace bilby::test
