// Bilby against real applications nobody here wrote, as their operators run them: Debian's RabbitMQ
// and ejabberd, each started privately (its own node name, cookie, ports and data folder). A freshly
// started node is healthy; RabbitMQ's own resource alarms are critical within seconds and clear; a
// queue's long mailbox names the queue; every CLI run gets the agent while a console stays connected.
#include "store/metricstore.h"
#include "support/alarmwatch.h"
#include "support/realapp.h"
#include "support/testnode.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bilby;
using namespace bilby::test;

namespace {

QStringList nodeArgs(const RealApp &app)
{
    return {QStringLiteral("--node"), app.name().toString(), QStringLiteral("--cookie-file"), app.cookieFile()};
}

CliRun check(const RealApp &app)
{
    return runCli(nodeArgs(app) << QStringLiteral("check"));
}

// Erlang evaluated on the RabbitMQ node through its own rabbitmqctl eval.
CliRun rabbitEval(const RealApp &app, const QString &expression)
{
    return app.ctl({QStringLiteral("eval"), expression});
}

const QString QueuePid = QStringLiteral(
    "{ok, Q} = rabbit_amqqueue:lookup(rabbit_misc:r(<<\"/\">>, queue, <<\"q1\">>)), QPid = amqqueue:get_pid(Q), ");

} // namespace

class TestRealApps : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void freshNodesAreHealthy();
    void ejabberdConfigReloadStaysHealthy();
    void rabbitmqResourceAlarms();
    void queueAlarmNamesTheQueue();
    void everyCliRunGetsTheAgent();
    void controlToolRunsAddNoSeries();
    void stopAndKillInTheirOwnWords(); // last: it ends both nodes

private:
    std::unique_ptr<RealApp> m_rabbit;
    std::unique_ptr<RealApp> m_ejabberd;
};

void TestRealApps::initTestCase()
{
    m_rabbit = std::make_unique<RealApp>(RealApp::Kind::RabbitMq);
    m_ejabberd = std::make_unique<RealApp>(RealApp::Kind::Ejabberd);
    QString error;
    QVERIFY2(m_rabbit->start(&error), qPrintable(error));
    QVERIFY2(m_ejabberd->start(&error), qPrintable(error));
    qInfo("RabbitMQ %s started in %.1f s, ejabberd %s in %.1f s", qPrintable(m_rabbit->name().toString()),
          m_rabbit->startSeconds(), qPrintable(m_ejabberd->name().toString()), m_ejabberd->startSeconds());
}

void TestRealApps::freshNodesAreHealthy()
{
    // Regenerated modules (rabbit_ff_registry, ets_cache_options), ejabberd's folder reached through a
    // symbolic link and its own eldap before OTP's, RabbitMQ's bundled jose: none of them is an alarm.
    for (const RealApp *app : {m_rabbit.get(), m_ejabberd.get()}) {
        const CliRun run = check(*app);
        QVERIFY2(run.exitCode == 0, qPrintable(QString::fromUtf8(run.out + run.err)));
        QVERIFY(run.out.startsWith("BILBY OK"));
    }
}

void TestRealApps::ejabberdConfigReloadStaysHealthy()
{
    // A reload compiles xmpp_config again, leaving old code that nobody runs.
    const CliRun reload = m_ejabberd->ctl({QStringLiteral("reload_config")});
    QVERIFY2(reload.exitCode == 0, reload.out.constData());
    const CliRun run = check(*m_ejabberd);
    QVERIFY2(run.exitCode == 0, qPrintable(QString::fromUtf8(run.out + run.err)));
}

void TestRealApps::rabbitmqResourceAlarms()
{
    AlarmWatch w;
    QVERIFY(w.attach(m_rabbit->name(), m_rabbit->cookie()));
    QVERIFY(waitUntil([&] { return w.watch->hasHealth(); }, 10000));
    QVERIFY(!w.activeAlarm(QStringLiteral("rabbitmq_memory_alarm")));

    // The memory alarm: raised critical within 5 s of the command that sets it, cleared after.
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(m_rabbit->ctl({QStringLiteral("set_vm_memory_high_watermark"), QStringLiteral("0.0001")}).exitCode, 0);
    QVERIFY(w.waitRaised(QStringLiteral("rabbitmq_memory_alarm"), 5000));
    qInfo("memory alarm raised %lld ms after the command started", clock.elapsed());
    const Alarm memory = *w.activeAlarm(QStringLiteral("rabbitmq_memory_alarm"));
    QCOMPARE(memory.severity, Alarm::Severity::Critical);
    QVERIFY2(memory.info.contains(QLatin1String("publishers are blocked")), qPrintable(memory.info));
    // An alarm set before Bilby came is found too: check connects afresh.
    const CliRun critical = check(*m_rabbit);
    QCOMPARE(critical.exitCode, 2);
    QVERIFY2(critical.out.contains("rabbitmq_memory_alarm (critical)"), critical.out.constData());
    QCOMPARE(m_rabbit->ctl({QStringLiteral("set_vm_memory_high_watermark"), QStringLiteral("0.4")}).exitCode, 0);
    QVERIFY(w.waitCleared(QStringLiteral("rabbitmq_memory_alarm"), 5000));

    // The disk alarm: a free-space limit above what any disk here has.
    clock.restart();
    QCOMPARE(m_rabbit->ctl({QStringLiteral("set_disk_free_limit"), QStringLiteral("100000GB")}).exitCode, 0);
    QVERIFY(w.waitRaised(QStringLiteral("rabbitmq_disk_alarm"), 5000));
    qInfo("disk alarm raised %lld ms after the command started", clock.elapsed());
    QCOMPARE(w.activeAlarm(QStringLiteral("rabbitmq_disk_alarm"))->severity, Alarm::Severity::Critical);
    QCOMPARE(m_rabbit->ctl({QStringLiteral("set_disk_free_limit"), QStringLiteral("50MB")}).exitCode, 0);
    QVERIFY(w.waitCleared(QStringLiteral("rabbitmq_disk_alarm"), 5000));
    QCOMPARE(check(*m_rabbit).exitCode, 0);

    // stop_app and start_app replace rabbit_alarm (it lives under rabbit_sup), our handler with it: the
    // watching console finds the new one at its next resync (10 s) and sees its alarms again.
    QCOMPARE(m_rabbit->ctl({QStringLiteral("stop_app")}).exitCode, 0);
    QCOMPARE(m_rabbit->ctl({QStringLiteral("start_app")}).exitCode, 0);
    QTest::qWait(11000);
    clock.restart();
    QCOMPARE(m_rabbit->ctl({QStringLiteral("set_vm_memory_high_watermark"), QStringLiteral("0.0001")}).exitCode, 0);
    QVERIFY(w.waitRaised(QStringLiteral("rabbitmq_memory_alarm"), 5000));
    qInfo("memory alarm after start_app raised %lld ms after the command started", clock.elapsed());
    QCOMPARE(m_rabbit->ctl({QStringLiteral("set_vm_memory_high_watermark"), QStringLiteral("0.4")}).exitCode, 0);
    QVERIFY(w.waitCleared(QStringLiteral("rabbitmq_memory_alarm"), 5000));
}

void TestRealApps::queueAlarmNamesTheQueue()
{
    AlarmWatch w;
    QVERIFY(w.attach(m_rabbit->name(), m_rabbit->cookie()));
    // A queue whose process cannot keep up: 20,000 deliveries wait in its mailbox.
    const CliRun declared =
        rabbitEval(*m_rabbit, QStringLiteral("rabbit_amqqueue:declare(rabbit_misc:r(<<\"/\">>, queue, <<\"q1\">>), "
                                             "false, false, [], none, <<\"t\">>), ok."));
    QVERIFY2(declared.exitCode == 0, declared.err.constData());
    const CliRun flooded = rabbitEval(
        *m_rabbit, QueuePid + QStringLiteral("sys:suspend(QPid), X = rabbit_misc:r(<<\"/\">>, exchange, <<\"\">>), "
                                             "[rabbit_basic:publish(X, <<\"q1\">>, [], <<\"m\">>) || _ <- "
                                             "lists:seq(1, 20000)], ok."));
    QVERIFY2(flooded.exitCode == 0, flooded.err.constData());
    QVERIFY(w.waitRaised(QStringLiteral("process_message_queue_major"), 15000));
    const QString info = w.activeAlarm(QStringLiteral("process_message_queue_major"))->info;
    QVERIFY2(info.contains(QLatin1String("queue 'q1' in vhost '/'")) && info.contains(QLatin1String("<0.")),
             qPrintable(info));
    QVERIFY(rabbitEval(*m_rabbit, QueuePid + QStringLiteral("sys:resume(QPid), ok.")).exitCode == 0);
    QVERIFY(w.waitCleared(QStringLiteral("process_message_queue_major"), 30000));
    QVERIFY(
        rabbitEval(*m_rabbit, QStringLiteral("{ok, Q} = rabbit_amqqueue:lookup(rabbit_misc:r(<<\"/\">>, queue, "
                                             "<<\"q1\">>)), rabbit_amqqueue:delete(Q, false, false, <<\"t\">>), ok."))
            .exitCode == 0);
}

void TestRealApps::everyCliRunGetsTheAgent()
{
    // A console stays connected meanwhile, as the GUI would.
    AlarmWatch console;
    QVERIFY(console.attach(m_rabbit->name(), m_rabbit->cookie()));
    const QStringList info = nodeArgs(*m_rabbit) << QStringLiteral("info") << QStringLiteral("--json");
    const auto gotAgent = [](const CliRun &run) {
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        return run.exitCode == 0 && o.value(QStringLiteral("agentless")) == QJsonValue(false);
    };
    for (int i = 0; i < 100; ++i) {
        const CliRun run = runCli(info);
        QVERIFY2(gotAgent(run),
                 qPrintable(QStringLiteral("run %1: %2").arg(i).arg(QString::fromUtf8(run.out + run.err))));
    }
    // 20 at once.
    std::vector<std::unique_ptr<QProcess>> runs;
    for (int i = 0; i < 20; ++i) {
        runs.push_back(std::make_unique<QProcess>());
        runs.back()->start(QStringLiteral(BILBY_CLI_PATH), info);
    }
    for (auto &p : runs) {
        QVERIFY(p->waitForFinished(60000));
        CliRun run;
        run.exitCode = p->exitCode();
        run.out = p->readAllStandardOutput();
        run.err = p->readAllStandardError();
        QVERIFY2(gotAgent(run), qPrintable(QString::fromUtf8(run.out + run.err)));
    }
    // The console's own agent was never disturbed.
    const auto [pong, error] = askAgent(*console.session, Term::atom("ping"));
    QVERIFY2(pong.isAtom("pong"), qPrintable(error));
}

void TestRealApps::controlToolRunsAddNoSeries()
{
    // Every rabbitmqctl run is a short-lived hidden node: collected for a while, none becomes a series.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("history.sqlite"));
    QProcess collect;
    collect.start(QStringLiteral(BILBY_CLI_PATH), nodeArgs(*m_rabbit)
                                                      << QStringLiteral("collect") << QStringLiteral("--db") << db
                                                      << QStringLiteral("--interval") << QStringLiteral("250"));
    QVERIFY(collect.waitForStarted());
    QTest::qWait(1500);
    int runs = 0;
    for (int batch = 0; batch < 10; ++batch) {
        std::vector<std::unique_ptr<QProcess>> ctl;
        for (int i = 0; i < 5; ++i) {
            ctl.push_back(std::make_unique<QProcess>());
            ctl.back()->start(QStringLiteral("bash"),
                              {QStringLiteral("-c"), m_rabbit->ctlPath() + QStringLiteral(" list_queues")});
        }
        for (auto &p : ctl)
            runs += p->waitForFinished(60000) && p->exitCode() == 0;
    }
    QCOMPARE(runs, 50);
    QTest::qWait(1000);
    collect.terminate();
    QVERIFY(collect.waitForFinished(15000));
    QCOMPARE(collect.exitCode(), 0);

    MetricStore store;
    store.open(db);
    QList<SeriesKey> series;
    bool listed = false;
    store.listSeries(&store, [&](const QList<SeriesKey> &keys) {
        series = keys;
        listed = true;
    });
    QVERIFY(waitUntil([&] { return listed; }, 10000));
    QStringList names;
    for (const SeriesKey &k : series)
        names.append(k.metric);
    QVERIFY2(names.contains(QStringLiteral("dist.hidden.bytes_in")), qPrintable(names.join(QLatin1Char(' '))));
    QVERIFY(names.contains(QStringLiteral("os.process.resident_bytes")));
    for (const QString &name : names)
        QVERIFY2(!name.contains(QLatin1String("rabbitmqcli")), qPrintable(name));
}

void TestRealApps::stopAndKillInTheirOwnWords()
{
    // A clean stop through RabbitMQ's own tool, told apart from ejabberd killed.
    AlarmWatch rabbit;
    QVERIFY(rabbit.attach(m_rabbit->name(), m_rabbit->cookie()));
    AlarmWatch ejabberd;
    QVERIFY(ejabberd.attach(m_ejabberd->name(), m_ejabberd->cookie()));
    // What the user reads: the node_down alarm's information and the timeline's entry, written at the outage.
    const auto downWords = [](const AlarmWatch &w) {
        const auto alarm = w.activeAlarm(QStringLiteral("node_down"));
        return alarm ? alarm->info : QString();
    };
    QVERIFY(m_rabbit->stop());
    QVERIFY(waitUntil([&] { return !downWords(rabbit).isEmpty(); }, 20000));
    QVERIFY2(downWords(rabbit).contains(QLatin1String("shut down in order")), qPrintable(downWords(rabbit)));

    QVERIFY(m_ejabberd->kill());
    QVERIFY(waitUntil([&] { return !downWords(ejabberd).isEmpty(); }, 20000));
    QVERIFY2(downWords(ejabberd).contains(QLatin1String("killed or crashed")), qPrintable(downWords(ejabberd)));
    for (const AlarmWatch *w : {&rabbit, &ejabberd}) {
        const bool noted = std::any_of(w->notifications.begin(), w->notifications.end(), [&](const Notification &n) {
            return n.text.contains(QLatin1String("node_down")) && n.text.contains(downWords(*w));
        });
        QVERIFY(noted);
    }
}

QTEST_GUILESS_MAIN(TestRealApps)
#include "tst_realapps.moc"
