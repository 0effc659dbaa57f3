// The demo node never outlives its console. The console (the real application, offscreen) quits cleanly
// on SIGTERM, SIGINT and SIGHUP: exit code 0, the demo node stopped, and its agent's removal in the
// history file. A console killed with SIGKILL or frozen leaves no node behind either: the node stops by
// itself. Its cookie is in a private file, never on its command line.
#include "connection/distconnection.h"
#include "connection/epmdprobe.h"
#include "support/consoleapp.h"
#include "support/testnode.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

using namespace bilby;
using namespace bilby::test;

namespace {

int modeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

bool nodeGone(const DemoChild &demo)
{
    return !processAlive(demo.pid) && EpmdProbe::run(demo.name, 1000).result != EpmdProbe::Result::Registered;
}

bool agentRuns(TestRpc &rpc)
{
    const auto running = rpc.eval(
        QStringLiteral("[N || N <- registered(), lists:prefix(\"bilby_agent_srv_\", atom_to_list(N))] =/= []."));
    return running && running->isAtom("true");
}

bool anyText(const QJsonArray &items, const QString &needle)
{
    for (const QJsonValue &v : items) {
        if (v.toObject().value(QStringLiteral("text")).toString().contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestDemoNode : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { DistConnection::initialize(); }
    void quitSignalStopsTheNode_data();
    void quitSignalStopsTheNode();
    void killedConsoleLeavesNoNode();
    void frozenConsoleLeavesNoNode();

private:
    /// Starts the application with --demo and waits until its agent runs on the demo node; checks the
    /// cookie's privacy on the way and returns an RPC connection made with it.
    std::unique_ptr<TestRpc> startDemo(ConsoleApp &app, DemoChild *demo);
};

std::unique_ptr<TestRpc> TestDemoNode::startDemo(ConsoleApp &app, DemoChild *demo)
{
    if (!app.start()) {
        qWarning("the application did not start");
        return nullptr;
    }
    const std::optional<DemoChild> found = app.waitForDemoNode(30000);
    if (!found) {
        qWarning("no demo node registered: %s", app.errorOutput().constData());
        return nullptr;
    }
    *demo = *found;
    // The cookie: in a file only this user can read, in a folder only this user can enter, and nowhere
    // in the command line that every user of the machine can read.
    // Only a folder of the console's own is read: never the user's ~/.erlang.cookie.
    const bool own = QFileInfo(demo->home).fileName().startsWith(QLatin1String("bilby-demo-"));
    const QString cookiePath = demo->home + QStringLiteral("/.erlang.cookie");
    QFile file(cookiePath);
    const bool readable = own && file.open(QIODevice::ReadOnly);
    const QByteArray cookie = readable ? file.readAll().trimmed() : QByteArray();
    const int dirMode = modeOf(demo->home);
    const int fileMode = modeOf(cookiePath);
    const bool onCommandLine =
        cookie.isEmpty() || demo->cmdline.contains(cookie) || demo->cmdline.contains("-setcookie");
    if (cookie.size() < 16 || dirMode != 0700 || (fileMode != 0400 && fileMode != 0600) || onCommandLine) {
        qWarning("cookie not private: home %s (%o), file %o, %d bytes, on the command line: %d", qPrintable(demo->home),
                 dirMode, fileMode, int(cookie.size()), onCommandLine);
        return nullptr;
    }
    auto rpc = std::make_unique<TestRpc>(demo->name, cookie);
    if (!rpc->connect() || !waitUntil([&] { return agentRuns(*rpc); }, 20000)) {
        qWarning("the console's agent never ran on the demo node");
        return nullptr;
    }
    return rpc;
}

void TestDemoNode::quitSignalStopsTheNode_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGHUP") << int(SIGHUP);
}

void TestDemoNode::quitSignalStopsTheNode()
{
    QFETCH(int, signalNumber);
    QTemporaryDir dir;
    ConsoleApp app(dir.path(), {QStringLiteral("--demo")});
    DemoChild demo;
    std::unique_ptr<TestRpc> rpc = startDemo(app, &demo);
    QVERIFY(rpc);
    rpc.reset();

    app.signal(signalNumber);
    QVERIFY2(app.waitForExit(10000), "the console did not quit within 10 s");
    QVERIFY2(app.exitedNormally(), app.errorOutput().constData());
    QCOMPARE(app.exitCode(), 0);
    QVERIFY2(waitUntil([&] { return nodeGone(demo); }, 10000), "the demo node outlived its console");
    QVERIFY(waitUntil([&] { return !QFile::exists(demo.home); }, 5000));
    // The quit disconnected cleanly first: the agent's removal is in the timeline of the history file.
    const QJsonArray agent =
        storedNotifications(app.historyPath(), {QStringLiteral("--origin"), QStringLiteral("agent")});
    QVERIFY2(anyText(agent, QStringLiteral("Agent removed from ") + demo.name.toString()),
             QJsonDocument(agent).toJson().constData());
}

void TestDemoNode::killedConsoleLeavesNoNode()
{
    QTemporaryDir dir;
    ConsoleApp app(dir.path(), {QStringLiteral("--demo")});
    DemoChild demo;
    std::unique_ptr<TestRpc> rpc = startDemo(app, &demo);
    QVERIFY(rpc);
    rpc.reset();

    // SIGKILL: no handler, no destructor; the kernel closes the console's end of the node's input.
    app.signal(SIGKILL);
    QVERIFY(app.waitForExit(5000));
    QVERIFY2(waitUntil([&] { return nodeGone(demo); }, 15000), "the demo node outlived its killed console");
    QVERIFY2(waitUntil([&] { return !QFile::exists(demo.home); }, 5000), "the node left its cookie behind");
}

void TestDemoNode::frozenConsoleLeavesNoNode()
{
    // A console that lives on but no longer talks to the node: frozen, its connection dropped by the node.
    QTemporaryDir dir;
    ConsoleApp app(dir.path(), {QStringLiteral("--demo")});
    DemoChild demo;
    std::unique_ptr<TestRpc> rpc = startDemo(app, &demo);
    QVERIFY(rpc);
    app.signal(SIGSTOP);
    const QString drop = QStringLiteral("[erlang:disconnect_node(N) || N <- nodes(hidden),"
                                        " lists:prefix(\"bilby_%1_\", atom_to_list(N))].")
                             .arg(app.pid());
    const auto dropped = rpc->eval(drop);
    QVERIFY(dropped && dropped->isList() && !dropped->items().isEmpty());
    // A short absence is ridden out (the console reconnects within a second or two when it can)...
    QTest::qWait(10000);
    QVERIFY2(processAlive(demo.pid), "the demo node stopped at once on a disconnection");
    // ...a long one is not: 30 s after the last connection went.
    QVERIFY2(waitUntil([&] { return nodeGone(demo); }, 40000), "the demo node outlived its frozen console");
    QVERIFY(waitUntil([&] { return !QFile::exists(demo.home); }, 5000));
    rpc.reset();
    app.signal(SIGCONT);
}

QTEST_GUILESS_MAIN(TestDemoNode)
#include "tst_demonode.moc"
