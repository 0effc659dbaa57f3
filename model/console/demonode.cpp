#include "console/demonode.h"

#include "connection/distconnection.h"
#include "connection/epmdprobe.h"
#include "platform/privatefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QThreadPool>

namespace bilby {

namespace {

constexpr int ProbeIntervalMs = 250;
constexpr int ProbeTimeoutMs = 500;
constexpr int StartTimeoutMs = 30000;
constexpr int StopGraceMs = 5000;
constexpr int ExitGraceMs = 3000; ///< at exit the console waits less (the GUI thread waits)
constexpr int OutputTailBytes = 4096;

QByteArray randomToken(int length, const char *alphabet)
{
    const int size = int(qstrlen(alphabet));
    QByteArray token;
    for (int i = 0; i < length; ++i)
        token.append(alphabet[QRandomGenerator::global()->bounded(size)]);
    return token;
}

// The workload, one form per string. Compiled on the node: the same loop run by erl_eval costs
// several times more CPU. About 15 short-lived processes per 200 ms tick on a sine wave (each holds
// a list for a few seconds), an ETS table that gains and loses entries, and a list that swells and
// shrinks: every memory chart moves while the node stays at a few percent of one core.
// Once a minute an "order rush" sends a consumer twice what it handles for 20 s, with a warning in
// the log: its queue passes 1,000 messages (a minor alarm) and drains again (the alarm clears).
const char *const WorkloadForms[] = {
    "-module(bilby_demo_workload).",
    "-export([start/2, churn/1, worker/1, consume/0, rush/2, watch/2, stdin/1]).",
    "start(Console, Home) -> spawn(bilby_demo_workload, watch, [Console, Home]),"
    " spawn(fun() -> ets:new(bilby_demo, [named_table, public, set]), churn(0) end),"
    " Orders = spawn(bilby_demo_workload, consume, []), register(bilby_demo_orders, Orders),"
    " spawn(bilby_demo_workload, rush, [0, Orders]).",
    "consume() -> receive _ -> timer:sleep(10), consume() end.",
    "rush(N, Orders) -> Phase = N rem 600,"
    " _ = Phase =:= 50 andalso logger:warning(\"demo: order rush, the order consumer is falling behind\"),"
    " _ = Phase >= 50 andalso Phase < 250 andalso [Orders ! {order, I} || I <- lists:seq(1, 20)],"
    " timer:sleep(100),"
    " rush(N + 1, Orders).",
    "churn(N) ->"
    " [spawn(bilby_demo_workload, worker, [100 + rand:uniform(2900)])"
    "  || _ <- lists:seq(1, round(15 * (1 + math:sin(N / 20))))],"
    " [ets:insert(bilby_demo, {rand:uniform(3000), binary:copy(<<\"bilby\">>, 20 + rand:uniform(400))})"
    "  || _ <- lists:seq(1, 40)],"
    " [ets:delete(bilby_demo, rand:uniform(3000)) || _ <- lists:seq(1, 35)],"
    " Wave = lists:seq(1, round((1 + math:sin(N / 25)) * 40000)),"
    " timer:sleep(200),"
    " churn(N + 1 + 0 * length(Wave)).",
    "worker(Size) -> List = lists:seq(1, Size), timer:sleep(2000 + rand:uniform(6000)), length(List).",
    // The node stops by itself once its console is gone. Standard input is a pipe whose other end only the
    // console holds: the kernel closes it when the console ends in any way (quit, crash, SIGKILL), so the
    // end of file arrives at once and needs no timeout. The console's connections (hidden nodes named
    // Console*) cover a console that lives on but no longer talks to the node (frozen, hung): when none has
    // been there for 30 s, the node stops too. Seen = when one was last known to be there: from its nodeup
    // and nodedown (however short the connection) and a look every 2 s; the clock starts with the watch,
    // which may begin after the console's first connection came and went (compiling this takes a moment).
    "watch(Console, Home) -> spawn_link(bilby_demo_workload, stdin, [self()]),"
    " ok = net_kernel:monitor_nodes(true, [{node_type, hidden}]),"
    " watch(Console, Home, erlang:monotonic_time(millisecond)).",
    "watch(Console, Home, Seen) -> Now = erlang:monotonic_time(millisecond),"
    " IsConsole = fun(N) -> lists:prefix(Console, atom_to_list(N)) end,"
    " Last = case lists:any(IsConsole, nodes(hidden)) of true -> Now; false -> Seen end,"
    " case Now - Last >= 30000 of"
    "  true -> stop(Home, \"its console has not been connected for 30 s\");"
    "  false -> receive"
    "   stdin_closed -> stop(Home, \"its console ended (standard input closed)\");"
    "   {Event, N, _} when Event =:= nodeup; Event =:= nodedown ->"
    "    watch(Console, Home, case IsConsole(N) of true -> erlang:monotonic_time(millisecond); false -> Last end);"
    "   _ -> watch(Console, Home, Last)"
    "   after 2000 -> watch(Console, Home, Last) end"
    " end.",
    "stdin(Watcher) -> case io:get_line(user, \"\") of"
    " Line when is_list(Line); is_binary(Line) -> stdin(Watcher);"
    " _ -> Watcher ! stdin_closed end.",
    // The private folder goes first (the node read its cookie at start); init:stop then ends the node in
    // order, and a halt follows should an application not stop. Nothing here waits on the output pipes,
    // which a frozen console no longer reads.
    "stop(Home, Why) -> spawn(io, format, [standard_error, \"bilby demo node: stopping, ~s~n\", [Why]]),"
    " _ = file:delete(filename:join(Home, \".erlang.cookie\")), _ = file:del_dir(Home),"
    " spawn(fun() -> timer:sleep(10000), erlang:halt(1, [{flush, false}]) end),"
    " init:stop().",
};

// An Erlang string literal, "..." with backslashes and quotes escaped.
QString erlangString(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

DemoNode::DemoNode(QObject *parent)
    : QObject(parent)
{
    m_probeTimer.setInterval(ProbeIntervalMs);
    connect(&m_probeTimer, &QTimer::timeout, this, &DemoNode::probe);
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process)
            m_process->kill();
    });
}

DemoNode::~DemoNode()
{
    if (isRunning()) {
        m_process->disconnect(this);
        m_process->terminate();
        if (!m_process->waitForFinished(ExitGraceMs)) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
    m_home.reset(); // the cookie goes with the node
}

QString DemoNode::workloadExpression(const QString &consolePrefix, const QString &home)
{
    QStringList forms;
    for (const char *form : WorkloadForms)
        forms.append(erlangString(QString::fromLatin1(form)));
    return QStringLiteral("Src = [%1],"
                          " Forms = [begin {ok, T, _} = erl_scan:string(S), {ok, F} = erl_parse:parse_form(T), F end"
                          " || S <- Src],"
                          " {ok, M, Bin} = compile:forms(Forms),"
                          " {module, M} = code:load_binary(M, \"bilby_demo_workload.erl\", Bin),"
                          " bilby_demo_workload:start(%2, %3)")
        .arg(forms.join(QLatin1String(", ")), erlangString(consolePrefix), erlangString(home));
}

bool DemoNode::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void DemoNode::start()
{
    if (isRunning())
        return;
    const QString erl = QStandardPaths::findExecutable(QStringLiteral("erl"));
    if (erl.isEmpty()) {
        // Queued, so callers connect to failed() after start() and still hear it.
        QMetaObject::invokeMethod(
            this, [this] { fail(tr("Erlang is not installed (no erl on the PATH): the demo node needs it.")); },
            Qt::QueuedConnection);
        return;
    }
    m_name = {QString::fromLatin1("bilby_demo_" + randomToken(8, "abcdefghijklmnopqrstuvwxyz0123456789")),
              QStringLiteral("127.0.0.1")};
    m_cookie = randomToken(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    m_ready = false;
    m_stopping = false;
    m_output.clear();
    QString error;
    if (!writePrivateHome(&error)) {
        QMetaObject::invokeMethod(
            this, [this, error] { fail(tr("The demo node could not be started: %1").arg(error)); },
            Qt::QueuedConnection);
        return;
    }

    m_process = std::make_unique<QProcess>();
    // erl reads the cookie from $HOME/.erlang.cookie, so it never shows on its command line (which every
    // user of the machine can read in /proc or ps). The rest of the environment is the user's.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home->path());
#ifdef Q_OS_WIN
    // erl takes its home from HOMEDRIVE and HOMEPATH there (untested).
    environment.insert(QStringLiteral("HOMEDRIVE"), QDir::toNativeSeparators(m_home->path()).left(2));
    environment.insert(QStringLiteral("HOMEPATH"), QDir::toNativeSeparators(m_home->path()).mid(2));
#endif
    m_process->setProcessEnvironment(environment);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process.get(), &QProcess::readyRead, this, [this] {
        m_output.append(m_process->readAll());
        if (m_output.size() > OutputTailBytes)
            m_output = m_output.right(OutputTailBytes);
    });
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The demo node could not be started: %1").arg(m_process->errorString()));
    });
    connect(m_process.get(), &QProcess::finished, this, &DemoNode::onFinished);
    // -noshell without -noinput: the node reads its standard input, the pipe that tells it when the
    // console is gone (see the workload's watch/2).
    m_process->start(erl,
                     {QStringLiteral("-name"), m_name.toString(), QStringLiteral("-noshell"), QStringLiteral("-eval"),
                      workloadExpression(QString::fromLatin1(DistConnection::consoleAlivePrefix()), m_home->path())});
    m_startClock.start();
    m_probeTimer.start();
}

bool DemoNode::writePrivateHome(QString *error)
{
    // A folder only this user can enter (QTemporaryDir makes it 0700 already; on Windows its ACL is set here),
    // holding the cookie file 0400.
    m_home = std::make_unique<QTemporaryDir>(QDir(QDir::tempPath()).filePath(QStringLiteral("bilby-demo-XXXXXX")));
    if (m_home->isValid() && !platform::makePrivate(QFileInfo(m_home->path()).filesystemFilePath())) {
        *error = tr("Cannot make %1 private to you.").arg(QDir::toNativeSeparators(m_home->path()));
        m_home.reset();
        return false;
    }
    if (!m_home->isValid()) {
        *error = m_home->errorString();
        m_home.reset();
        return false;
    }
    QFile file(QDir(m_home->path()).filePath(QStringLiteral(".erlang.cookie")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(m_cookie) != m_cookie.size() || !file.flush() ||
        !platform::makePrivate(QFileInfo(file).filesystemFilePath(), platform::OwnerAccess::ReadOnly)) {
        *error = file.errorString();
        m_home.reset();
        return false;
    }
    return true;
}

void DemoNode::stopAndDelete()
{
    if (isRunning()) {
        connect(this, &DemoNode::stopped, this, &QObject::deleteLater);
        stop();
    } else {
        deleteLater();
    }
}

void DemoNode::stop()
{
    if (!isRunning())
        return;
    m_probeTimer.stop();
    m_stopping = true;
    m_process->terminate();
    m_killTimer.start(StopGraceMs);
}

void DemoNode::probe()
{
    if (m_probing)
        return;
    if (m_startClock.elapsed() > StartTimeoutMs) {
        fail(tr("The demo node did not register with epmd within %1 s.").arg(StartTimeoutMs / 1000));
        stop();
        return;
    }
    m_probing = true;
    // EpmdProbe blocks on a socket: run it on the pool and come back through the application object,
    // which outlives this one; the QPointer is only read back on this thread.
    QPointer<DemoNode> self(this);
    const NodeName name = m_name;
    QThreadPool::globalInstance()->start([self, name] {
        const bool registered = EpmdProbe::run(name, ProbeTimeoutMs).result == EpmdProbe::Result::Registered;
        if (QCoreApplication *app = QCoreApplication::instance())
            QMetaObject::invokeMethod(
                app,
                [self, name, registered] {
                    if (self)
                        self->onProbed(name, registered);
                },
                Qt::QueuedConnection);
    });
}

void DemoNode::onProbed(const NodeName &name, bool registered)
{
    m_probing = false;
    // A late answer about a node started earlier by this object says nothing about this one.
    if (!registered || !(name == m_name) || m_ready || !isRunning())
        return;
    m_ready = true;
    m_probeTimer.stop();
    emit ready(m_name, m_cookie);
}

void DemoNode::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_probeTimer.stop();
    m_killTimer.stop();
    if (!m_ready && !m_stopping) {
        fail(tr("The demo node exited during start-up (%1): %2")
                 .arg(status == QProcess::CrashExit ? tr("crashed") : tr("exit code %1").arg(exitCode),
                      QString::fromLocal8Bit(m_output).trimmed()));
    }
    m_ready = false;
    m_stopping = false;
    m_home.reset();
    emit stopped();
}

void DemoNode::fail(const QString &message)
{
    m_probeTimer.stop();
    emit failed(message);
}

} // namespace bilby
