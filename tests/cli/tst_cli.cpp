// bilby-cli's contract: JSON shapes, exit codes (0, 2, 64) and error messages that name the cause.
#include "metrics/metriccatalog.h"
#include "support/testnode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace bilby;
using namespace bilby::test;

namespace {

QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text.trimmed()).object();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void infoJson();
    void metricsJson();
    void cookieFromFileAndEnvironment();
    void wrongCookie();
    void unknownNode();
    void unresolvableHost();
    void noEpmd();
    void metricsDocIsCurrent();
    void usageErrors_data();
    void usageErrors();
    void usageErrorIsOneLine();
    void helpListsEveryCommand();
    void cookieFromHome();
    void readableText();
    void ownFootprintLeftOut();

private:
    TestNode m_node;
};

void TestCli::initTestCase()
{
    QString error;
    QVERIFY2(m_node.start(&error), qPrintable(error));
}

void TestCli::infoJson()
{
    // Options may come anywhere on the line.
    const CliRun r =
        runCli({QStringLiteral("--json"), QStringLiteral("info"), QStringLiteral("--node"), m_node.name().toString(),
                QStringLiteral("--cookie"), QString::fromLatin1(m_node.cookie())});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = json(r.out);
    for (const char *key : {"node", "otp_release", "erts_version", "schedulers", "uptime_s", "word_size"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QStringLiteral("node")).toString(), m_node.name().toString());
    QVERIFY(o.value(QStringLiteral("schedulers")).toInt() >= 1);
}

void TestCli::metricsJson()
{
    const CliRun r =
        runCli({QStringLiteral("--node"), m_node.name().toString(), QStringLiteral("--cookie"),
                QString::fromLatin1(m_node.cookie()), QStringLiteral("metrics"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = json(r.out);
    QCOMPARE(o.value(QStringLiteral("node")).toString(), m_node.name().toString());
    QVERIFY(o.value(QStringLiteral("time_ms")).toDouble() > 1.6e12);
    const QJsonObject metrics = o.value(QStringLiteral("metrics")).toObject();
    for (const MetricDef &def : MetricCatalog::coreLive()) {
        QVERIFY2(metrics.contains(def.name), qPrintable(def.name));
        QVERIFY(metrics.value(def.name).isDouble());
    }
}

void TestCli::cookieFromFileAndEnvironment()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cookie"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_node.cookie() + "\n");
    file.close();
    CliRun r = runCli({QStringLiteral("info"), QStringLiteral("--node"), m_node.name().toString(),
                       QStringLiteral("--cookie-file"), path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BILBY_COOKIE"), QString::fromLatin1(m_node.cookie()));
    r = runCli({QStringLiteral("info"), QStringLiteral("--node"), m_node.name().toString()}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestCli::wrongCookie()
{
    const CliRun r = runCli({QStringLiteral("info"), QStringLiteral("--node"), m_node.name().toString(),
                             QStringLiteral("--cookie"), QStringLiteral("wrong")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("cookie"), r.err.constData());
}

void TestCli::unknownNode()
{
    const CliRun r = runCli({QStringLiteral("info"), QStringLiteral("--node"), QStringLiteral("nobody_x1@127.0.0.1"),
                             QStringLiteral("--cookie"), QStringLiteral("c")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("not registered"), r.err.constData());
}

void TestCli::unresolvableHost()
{
    const CliRun r =
        runCli({QStringLiteral("info"), QStringLiteral("--node"), QStringLiteral("app@no-such-host.invalid"),
                QStringLiteral("--cookie"), QStringLiteral("c")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("resolve"), r.err.constData());
}

void TestCli::noEpmd()
{
    // Point the CLI at a port where nothing listens: that is what a host without epmd looks like.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ERL_EPMD_PORT"), QString::number(port));
    const CliRun r = runCli({QStringLiteral("info"), QStringLiteral("--node"), m_node.name().toString(),
                             QStringLiteral("--cookie"), QString::fromLatin1(m_node.cookie())},
                            env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("No epmd"), r.err.constData());
}

void TestCli::metricsDocIsCurrent()
{
    const CliRun r = runCli({QStringLiteral("list-metrics")});
    QCOMPARE(r.exitCode, 0);
    QFile doc(QStringLiteral(BILBY_SOURCE_DIR "/docs/metrics.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    // docs/metrics.md is this output: regenerate it with `bilby-cli list-metrics > docs/metrics.md`.
    QCOMPARE(QString::fromUtf8(doc.readAll()), QString::fromUtf8(r.out));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{QStringLiteral("--node"), QStringLiteral("a@b"),
                                               QStringLiteral("--cookie"), QStringLiteral("c")};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate"), QStringLiteral("--node"),
                                                    QStringLiteral("a@b"), QStringLiteral("--cookie"),
                                                    QStringLiteral("c")};
    QTest::newRow("no node") << QStringList{QStringLiteral("info"), QStringLiteral("--cookie"), QStringLiteral("c")};
    QTest::newRow("bad node") << QStringList{QStringLiteral("info"), QStringLiteral("--node"), QStringLiteral("nohost"),
                                             QStringLiteral("--cookie"), QStringLiteral("c")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("info"), QStringLiteral("--frob")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("BILBY_COOKIE"));
    const CliRun r = runCli(args, env);
    QCOMPARE(r.exitCode, 64);
    QVERIFY(!r.err.isEmpty());
}

void TestCli::usageErrorIsOneLine()
{
    // The error and a pointer to --help: not the whole help text.
    const CliRun r = runCli({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 64);
    QCOMPARE(r.err.trimmed().count('\n'), 1);
    QVERIFY2(r.err.contains("Unknown command 'frobnicate'") && r.err.contains("--help"), r.err.constData());
    QVERIFY(!r.err.contains("Options:"));
    QVERIFY(r.out.isEmpty());
}

void TestCli::helpListsEveryCommand()
{
    const CliRun r = runCli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *command :
         {"info", "metrics", "list-metrics", "list-alarms", "collect", "query", "alarms", "check", "notifications",
          "procs", "proc PID", "ets [TABLE]", "eval EXPR", "gc --all", "purge", "ports", "apps [APP]"}) {
        const QByteArray line = QByteArray("\n  ") + command;
        QVERIFY2(r.out.contains(line), command);
    }
    QVERIFY(r.out.contains("~/.erlang.cookie"));
}

void TestCli::cookieFromHome()
{
    // As erl and erl_call: with no cookie option, ~/.erlang.cookie.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("BILBY_COOKIE"));
    env.insert(QStringLiteral("HOME"), home.path());
    const QStringList info{QStringLiteral("info"), QStringLiteral("--node"), m_node.name().toString()};
    CliRun r = runCli(info, env);
    QCOMPARE(r.exitCode, 64);
    QCOMPARE(r.err.trimmed().count('\n'), 1); // one sentence and the pointer to --help
    QVERIFY2(r.err.contains(".erlang.cookie does not exist"), r.err.constData());
    // An empty file, and an empty BILBY_COOKIE, are named as empty.
    QFile file(home.filePath(QStringLiteral(".erlang.cookie")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    r = runCli(info, env);
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(".erlang.cookie is empty"), r.err.constData());
    QProcessEnvironment emptyVariable = env;
    emptyVariable.insert(QStringLiteral("BILBY_COOKIE"), QString());
    r = runCli(info, emptyVariable);
    QVERIFY2(r.exitCode == 64 && r.err.contains("No cookie: BILBY_COOKIE is empty"), r.err.constData());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_node.cookie());
    file.close();
    file.setPermissions(QFile::ReadOwner);
    r = runCli(info, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestCli::readableText()
{
    const QStringList base{QStringLiteral("--node"), m_node.name().toString(), QStringLiteral("--cookie"),
                           QString::fromLatin1(m_node.cookie())};
    // Functions as m:f/a, pids as the node prints them, locations with file and line.
    CliRun r = runCli(base + QStringList{QStringLiteral("proc"), QStringLiteral("code_server")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString proc = QString::fromUtf8(r.out);
    QVERIFY2(proc.contains(QRegularExpression(QStringLiteral("(?m)^current_function +code_server:loop/1$"))),
             r.out.constData());
    QVERIFY(proc.contains(QRegularExpression(QStringLiteral("(?m)^pid +<0\\.\\d+\\.0>$"))));
    QVERIFY(proc.contains(QRegularExpression(QStringLiteral("(?m)^current_location +code_server:loop/1 "
                                                            "\\(code_server\\.erl:\\d+\\)$"))));
    QVERIFY(!proc.contains(QLatin1String("#Pid")) && !proc.contains(QLatin1String("[\"code_server\"")));
    // ets prints a table for people unless --json.
    r = runCli(base + QStringList{QStringLiteral("ets")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> lines = r.out.split('\n');
    QVERIFY2(lines.size() > 10 && lines.at(1).startsWith("TABLE ") && lines.at(1).contains("OWNER"), r.out.constData());
    QVERIFY(r.out.contains("ac_tab") && !r.out.trimmed().startsWith('{'));
    QVERIFY(r.out.contains("code_server")); // owners by their labels
    r = runCli(base + QStringList{QStringLiteral("ets"), QStringLiteral("ac_tab")});
    QVERIFY2(r.exitCode == 0 && r.out.split('\n').value(1).startsWith("KEY "), r.out.constData());
    r = runCli(base + QStringList{QStringLiteral("ets"), QStringLiteral("--json")});
    QVERIFY(QJsonDocument::fromJson(r.out).isObject());
    // Headers on the tables of ports and apps.
    r = runCli(base + QStringList{QStringLiteral("ports")});
    QVERIFY2(r.exitCode == 0 && r.out.split('\n').value(1).startsWith("PORT "), r.out.constData());
    r = runCli(base + QStringList{QStringLiteral("apps")});
    QVERIFY2(r.exitCode == 0 && r.out.split('\n').value(1).startsWith("APPLICATION "), r.out.constData());
    // Errors are sentences.
    r = runCli(base + QStringList{QStringLiteral("ets"), QStringLiteral("no_such_table_x")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no longer exists") && !r.err.contains("{error"), r.err.constData());
}

void TestCli::ownFootprintLeftOut()
{
    // Bilby's agent tables and its connection are labelled and left out unless asked.
    const QStringList base{QStringLiteral("--node"), m_node.name().toString(), QStringLiteral("--cookie"),
                           QString::fromLatin1(m_node.cookie())};
    CliRun r = runCli(base + QStringList{QStringLiteral("ets")});
    QVERIFY2(r.out.contains("of Bilby's own left out") && !r.out.contains("Bilby agent"), r.out.constData());
    r = runCli(base + QStringList{QStringLiteral("ets"), QStringLiteral("--include-bilby")});
    QVERIFY2(r.out.contains("Bilby agent: server for"), r.out.constData());
    r = runCli(base + QStringList{QStringLiteral("ports")});
    QVERIFY2(r.out.contains("Bilby's own connection left out") && !r.out.contains("(Bilby's connection)"),
             r.out.constData());
    r = runCli(base + QStringList{QStringLiteral("ports"), QStringLiteral("--include-bilby")});
    QVERIFY2(r.out.contains("(Bilby's connection)"), r.out.constData());
    r = runCli(base + QStringList{QStringLiteral("procs"), QStringLiteral("--top"), QStringLiteral("500")});
    QVERIFY2(r.exitCode == 0 && !r.out.contains("Bilby agent"), r.out.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
