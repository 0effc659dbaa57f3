// What the console does when things go wrong: bad names and cookies, missing hosts and nodes, nodes
// that die or freeze mid-request, nodes that restart, replies it cannot read.
#include "connection/nodesession.h"
#include "support/testnode.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace bilby;
using namespace bilby::test;

namespace {

NodeSession::Options oneShot()
{
    NodeSession::Options options;
    options.reconnect = false;
    options.connectTimeoutMs = 3000;
    return options;
}

ConnectionError failToConnect(const NodeName &name, const QByteArray &cookie)
{
    NodeSession session(name, cookie, oneShot());
    session.start();
    waitUntil([&] { return session.state() == NodeSession::State::Down || session.isConnected(); }, 15000);
    return session.lastError();
}

} // namespace

class TestFailures : public QObject
{
    Q_OBJECT
private slots:
    void wrongCookie();
    void unknownNode();
    void unresolvableHost();
    void invalidNames_data();
    void invalidNames();
    void idleConnectionStaysUp();
    void requestsAfterGivingUpAreAnswered();
    void nodeKilledMidRequest();
    void frozenNode();
    void restartDetected();
    void reconnectBacksOff();
    void unreadableReply();
};

void TestFailures::wrongCookie()
{
    TestNode node;
    QVERIFY(node.start());
    const ConnectionError e = failToConnect(node.name(), "not-the-cookie");
    QCOMPARE(e.kind, ConnectionError::Kind::Cookie);
    QVERIFY2(e.message.contains(QLatin1String("cookie")), qPrintable(e.message));
}

void TestFailures::unknownNode()
{
    TestNode node; // makes sure epmd runs on the host
    QVERIFY(node.start());
    const ConnectionError e = failToConnect(
        {QStringLiteral("nobody_") + QString::fromLatin1(randomToken(6)), QStringLiteral("127.0.0.1")}, "x");
    QCOMPARE(e.kind, ConnectionError::Kind::NotRegistered);
    QVERIFY2(e.message.contains(QLatin1String("not registered")), qPrintable(e.message));
}

void TestFailures::unresolvableHost()
{
    const ConnectionError e = failToConnect({QStringLiteral("app"), QStringLiteral("no-such-host.invalid")}, "x");
    QCOMPARE(e.kind, ConnectionError::Kind::Unresolvable);
    QVERIFY2(e.message.contains(QLatin1String("resolve")), qPrintable(e.message));
}

void TestFailures::invalidNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("long") << QStringLiteral("app@127.0.0.1") << true;
    QTest::newRow("short") << QStringLiteral("app_1-x@myhost") << true;
    QTest::newRow("trimmed") << QStringLiteral("  app@host ") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no at") << QStringLiteral("app") << false;
    QTest::newRow("no alive") << QStringLiteral("@host") << false;
    QTest::newRow("no host") << QStringLiteral("app@") << false;
    QTest::newRow("space") << QStringLiteral("my app@host") << false;
    QTest::newRow("two ats") << QStringLiteral("a@b@c") << false;
}

void TestFailures::invalidNames()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QString error;
    const auto name = NodeName::parse(text, &error);
    QCOMPARE(name.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
}

void TestFailures::idleConnectionStaysUp()
{
    // With a 3 s tick time, an idle connection whose ticks went unanswered would drop within about 4 s.
    TestNode node(TestNode::Options{true, 3, {}});
    QVERIFY(node.start());
    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Up);
    QSignalSpy states(session.get(), &NodeSession::stateChanged);
    QTest::qWait(9000);
    QCOMPARE(states.count(), 0);
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    const auto hidden = rpc.call("erlang", "nodes", {Term::atom("hidden")});
    QVERIFY(hidden && hidden->items().contains(Term::atom(session->info().localNode.toUtf8())));
}

void TestFailures::requestsAfterGivingUpAreAnswered()
{
    // A one-shot session that failed to connect has no worker left; a request must still get its answer.
    NodeSession session({QStringLiteral("app"), QStringLiteral("no-such-host.invalid")}, "x", oneShot());
    session.start();
    QSignalSpy stopped(&session, &NodeSession::stopped);
    QVERIFY(stopped.wait(10000));
    bool done = false;
    session.request(Term::atom("ping"), 1000, this, [&](const Term &, const ConnectionError &e) {
        QCOMPARE(e.kind, ConnectionError::Kind::Stopped);
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 2000);
}

void TestFailures::nodeKilledMidRequest()
{
    TestNode node;
    QVERIFY(node.start());
    auto session = connectSession(node);
    QVERIFY(session->isConnected());
    bool done = false;
    ConnectionError failure;
    QElapsedTimer clock;
    session->call("timer", "sleep", {Term::integer(20000)}, 30000, this, [&](const Term &, const ConnectionError &e) {
        failure = e;
        done = true;
    });
    QTest::qWait(300);
    clock.start();
    node.kill();
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QCOMPARE(failure.kind, ConnectionError::Kind::ConnectionLost);
    QVERIFY(clock.elapsed() < 3000);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), NodeSession::State::Down, 3000);
    QVERIFY(!session->lastError().message.isEmpty());
}

void TestFailures::frozenNode()
{
    TestNode node(TestNode::Options{true, 4, {}});
    QVERIFY(node.start());
    auto session = connectSession(node);
    QCOMPARE(session->state(), NodeSession::State::Up);
    QSignalSpy restarted(session.get(), &NodeSession::restarted);

    // The event loop must keep turning while the node is frozen: measure its worst stall.
    qint64 worstGap = 0;
    QElapsedTimer gapClock;
    gapClock.start();
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] { worstGap = qMax(worstGap, gapClock.restart()); });
    ticker.start();

    node.freeze();
    QElapsedTimer clock;
    clock.start();
    bool done = false;
    ConnectionError failure;
    session->request(Term::atom("ping"), 500, this, [&](const Term &, const ConnectionError &e) {
        failure = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QCOMPARE(failure.kind, ConnectionError::Kind::Timeout);
    QVERIFY(clock.elapsed() < 3000);

    // Marked down after the node's tick time (4 s) of silence, not before 2 s.
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), NodeSession::State::Down, 8000);
    QVERIFY2(clock.elapsed() >= 2000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(session->lastError().kind, ConnectionError::Kind::ConnectionLost);
    QVERIFY(worstGap < 250);

    // Thawed, the same node comes back: reconnected, not restarted.
    node.unfreeze();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), NodeSession::State::Up, 20000);
    QCOMPARE(restarted.count(), 0);
}

void TestFailures::restartDetected()
{
    TestNode node;
    QVERIFY(node.start());
    auto session = connectSession(node);
    QVERIFY(session->isConnected());
    const quint32 firstCreation = session->info().creation;
    QSignalSpy restarted(session.get(), &NodeSession::restarted);
    QVERIFY(node.restart());
    QVERIFY(restarted.wait(30000));
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), NodeSession::State::Up, 5000);
    QVERIFY(session->info().creation != firstCreation);
}

void TestFailures::reconnectBacksOff()
{
    TestNode node;
    QVERIFY(node.start());
    auto session = connectSession(node);
    QVERIFY(session->isConnected());
    int attempts = 0;
    connect(session.get(), &NodeSession::stateChanged, this, [&](NodeSession::State state) {
        attempts += state == NodeSession::State::Connecting ? 1 : 0;
    });
    node.stop();
    // Waits of 0.5, 1, 2, 4 s between attempts: about five attempts in 8 s, where a fixed
    // half-second retry would make sixteen.
    QTest::qWait(8000);
    QVERIFY2(attempts >= 3 && attempts <= 6, qPrintable(QString::number(attempts)));
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), NodeSession::State::Down, 2000);
    QCOMPARE(session->lastError().kind, ConnectionError::Kind::NotRegistered);
}

void TestFailures::unreadableReply()
{
    TestNode node;
    QVERIFY(node.start());
    auto session = connectSession(node);
    QVERIFY(session->isConnected());
    QSignalSpy unreadable(session.get(), &NodeSession::unreadableMessage);
    // A list nested 2000 deep is a valid term for the node, but deeper than the console's decoder accepts.
    QByteArray deep("\x83");
    for (int i = 0; i < 2000; ++i)
        deep.append("\x6c\x00\x00\x00\x01", 5);
    deep.append(2001, '\x6a');
    bool done = false;
    ConnectionError failure;
    session->call("erlang", "binary_to_term", {Term::binary(deep)}, 5000, this,
                  [&](const Term &, const ConnectionError &e) {
                      failure = e;
                      done = true;
                  });
    QTRY_VERIFY_WITH_TIMEOUT(done, 3000);
    QCOMPARE(failure.kind, ConnectionError::Kind::Protocol);
    QCOMPARE(unreadable.count(), 1);
    // The connection survives and keeps serving.
    done = false;
    session->request(Term::atom("ping"), 2000, this, [&](const Term &v, const ConnectionError &e) {
        QVERIFY(!e.isError() && v.isAtom("pong"));
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 3000);
}

QTEST_GUILESS_MAIN(TestFailures)
#include "tst_failures.moc"
