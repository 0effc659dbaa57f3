// What decides whether an alarm counts, on real nodes: silences (by id, node, subject; for a time or
// until lifted; saved), alarms that go stale while their node is down and count again when seen, and a
// console (or a collector) restarted on the same history file continuing its alarms instead of raising
// them again.
#include "alarms/alarmcenter.h"
#include "settings/settings.h"
#include "store/metricstore.h"
#include "support/alarmwatch.h"
#include "support/testnode.h"
#include "topology/noderegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bilby;
using namespace bilby::test;

namespace {

const QString AlwaysId = QStringLiteral("process_limit_minor");

/// A node whose process_limit_minor alarm always holds (a threshold of 0.0001 %).
struct HeldAlarm : AlarmWatch
{
    bool start()
    {
        QString error;
        if (!node.start(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        if (!attach(node.name(), node.cookie()))
            return false;
        setThreshold(AlwaysId, 0.0001);
        return waitRaised(AlwaysId);
    }
    TestNode node;
};

int raisedCount(const AlarmWatch &w, const QString &id)
{
    int n = 0;
    for (const auto &[alarm, transition] : w.transitions)
        n += alarm.alarmId == id && transition == AlarmEngine::Transition::Raised;
    return n;
}

QStringList dbArgs(const QString &db)
{
    return {QStringLiteral("--db"), db};
}

/// Runs bilby-cli collect of @p node into @p db for @p ms, then stops it as a service manager would.
bool collectFor(const TestNode &node, const QString &db, int ms)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BILBY_COOKIE"), QString::fromLatin1(node.cookie()));
    QProcess collect;
    collect.setProcessEnvironment(env);
    collect.start(QStringLiteral(BILBY_CLI_PATH),
                  {QStringLiteral("collect"), QStringLiteral("--db"), db, QStringLiteral("--node"),
                   node.name().toString(), QStringLiteral("--interval"), QStringLiteral("500")});
    QTest::qWait(ms);
    collect.terminate();
    return collect.waitForFinished(15000) && collect.exitCode() == 0;
}

} // namespace

class TestAlarmLifecycle : public QObject
{
    Q_OBJECT
private slots:
    void silencesAreShownButNotCounted();
    void silenceEndsByItselfAndIsSaved();
    void staleWhileTheNodeIsDown();
    void collectorRestartContinuesAlarms();
    void consoleRestartContinuesAlarms();
    void sharedFileKeepsEachOthersAlarms();
    void unavailableSourceSaysWhatIsMissing();
};

void TestAlarmLifecycle::silencesAreShownButNotCounted()
{
    HeldAlarm w;
    QVERIFY(w.start());
    QVERIFY(w.activeAlarm(AlwaysId)->isCounted());
    QCOMPARE(w.engine.worstActive(), Alarm::Severity::Minor);

    // Without a reason nothing is silenced; one for another node covers nothing here.
    AlarmSilence none;
    none.alarmId = AlwaysId;
    QCOMPARE(w.engine.addSilence(none), 0);
    AlarmSilence elsewhere;
    elsewhere.alarmId = AlwaysId;
    elsewhere.node = QStringLiteral("other@127.0.0.1");
    elsewhere.reason = QStringLiteral("not this node");
    QVERIFY(w.engine.addSilence(elsewhere) > 0);
    QVERIFY(w.activeAlarm(AlwaysId)->isCounted());

    AlarmSilence here;
    here.alarmId = AlwaysId;
    here.node = w.nodeName();
    here.reason = QStringLiteral("load test tonight");
    const qint64 id = w.engine.addSilence(here);
    QVERIFY(id > 0);
    const Alarm silenced = *w.activeAlarm(AlwaysId);
    QCOMPARE(silenced.silenceId, id);
    QVERIFY(!silenced.isCounted());
    QCOMPARE(w.engine.worstActive(), std::nullopt);
    QCOMPARE(w.engine.countedActive(), 0);
    // Still shown: active() lists it.
    QVERIFY(w.activeAlarm(AlwaysId).has_value());

    // The CLI's check counts what it sees; --ignore leaves the alarm out (its threshold is the default there,
    // so make it hold: nothing else does on a fresh node).
    QVERIFY(w.engine.liftSilence(id));
    QVERIFY(w.activeAlarm(AlwaysId)->isCounted());
    QCOMPARE(w.engine.worstActive(), Alarm::Severity::Minor);
    QVERIFY(!w.engine.liftSilence(id));
}

void TestAlarmLifecycle::silenceEndsByItselfAndIsSaved()
{
    HeldAlarm w;
    QVERIFY(w.start());
    QSignalSpy changed(&w.engine, &AlarmEngine::silencesChanged);
    AlarmSilence brief;
    brief.alarmId = AlwaysId;
    brief.reason = QStringLiteral("a short one");
    brief.untilMs = QDateTime::currentMSecsSinceEpoch() + 1500;
    QVERIFY(w.engine.addSilence(brief) > 0);
    QVERIFY(!w.activeAlarm(AlwaysId)->isCounted());
    QVERIFY(waitUntil([&] { return w.activeAlarm(AlwaysId)->isCounted(); }, 5000));
    QVERIFY(w.engine.silences().isEmpty());
    QCOMPARE(changed.count(), 2); // added, expired

    // Saved in the settings, expired ones dropped on reading.
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("bilby.ini")));
    AlarmSilence kept;
    kept.id = 7;
    kept.alarmId = QStringLiteral("old_code");
    kept.node = QStringLiteral("a@h");
    kept.resource = QStringLiteral("r");
    kept.reason = QStringLiteral("known, fixed in the next release");
    kept.createdBy = QStringLiteral("ops");
    kept.createdMs = 1000;
    AlarmSilence gone = kept;
    gone.id = 8;
    gone.untilMs = 2000;
    settings.setSilences({kept, gone});
    Settings again(dir.filePath(QStringLiteral("bilby.ini")));
    QCOMPARE(again.silences(), QVector<AlarmSilence>{kept});
}

void TestAlarmLifecycle::staleWhileTheNodeIsDown()
{
    HeldAlarm w;
    QVERIFY(w.start());
    const qint64 serial = w.activeAlarm(AlwaysId)->serial;
    w.node.kill();
    QVERIFY(w.waitRaised(QStringLiteral("node_down"), 5000));
    // The node's other alarms are shown stale and not counted: only node_down is.
    const Alarm stale = *w.activeAlarm(AlwaysId);
    QVERIFY(stale.stale);
    QVERIFY(!stale.isCounted());
    QCOMPARE(w.engine.worstActive(), Alarm::Severity::Critical);
    QCOMPARE(w.engine.countedActive(), 1);

    // Back: the alarm is seen to hold again and counts, the same alarm (no second raise).
    QVERIFY(w.node.restart());
    QVERIFY(w.waitCleared(QStringLiteral("node_down"), 20000));
    QVERIFY(waitUntil([&] { return w.activeAlarm(AlwaysId) && w.activeAlarm(AlwaysId)->isCounted(); }, 10000));
    QCOMPARE(w.activeAlarm(AlwaysId)->serial, serial);
    QCOMPARE(raisedCount(w, AlwaysId), 1);

    // Down again, and back with the condition gone: cleared at its first evaluation.
    w.node.kill();
    QVERIFY(w.waitRaised(QStringLiteral("node_down"), 5000));
    w.setThreshold(AlwaysId, -1);
    QVERIFY(w.node.restart());
    QVERIFY(w.waitCleared(AlwaysId, 20000));
    QCOMPARE(raisedCount(w, AlwaysId), 1);
}

void TestAlarmLifecycle::collectorRestartContinuesAlarms()
{
    // A condition of the node's own that holds across both runs: an alarm set in SASL's alarm_handler.
    TestNode node(TestNode::Options::withSasl());
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    QVERIFY(rpc.eval(QStringLiteral("alarm_handler:set_alarm({t_held, \"held across runs\"}), ok.")));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("history.sqlite"));
    QVERIFY(collectFor(node, db, 4000));
    QVERIFY(collectFor(node, db, 4000));
    QVERIFY(collectFor(node, db, 4000));
    // One alarm row, still active, raised once in the timeline.
    CliRun run = runCli(dbArgs(db) << QStringLiteral("alarms") << QStringLiteral("--json"));
    QCOMPARE(run.exitCode, 0);
    QJsonArray alarms;
    for (const QJsonValue &v : QJsonDocument::fromJson(run.out).object().value(QStringLiteral("alarms")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("sasl:t_held"))
            alarms.append(v);
    }
    QCOMPARE(alarms.size(), 1);
    run = runCli(dbArgs(db) << QStringLiteral("notifications") << QStringLiteral("--origin") << QStringLiteral("alarm")
                            << QStringLiteral("--json"));
    QCOMPARE(run.exitCode, 0);
    int raised = 0;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(run.out).object().value(QStringLiteral("notifications")).toArray())
        raised += v.toObject().value(QStringLiteral("text")).toString().startsWith(QLatin1String("Raised sasl:t_held"));
    QCOMPARE(raised, 1);
}

void TestAlarmLifecycle::consoleRestartContinuesAlarms()
{
    TestNode node(TestNode::Options::withSasl());
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    QVERIFY(rpc.eval(QStringLiteral("alarm_handler:set_alarm({t_held, \"held across runs\"}), ok.")));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("history.sqlite"));
    const auto console = [&] {
        MetricStore store;
        store.open(db);
        // As the GUI does: the saved nodes are there before the alarm center starts.
        NodeRegistry registry(nullptr, nullptr);
        registry.addNode(node.name(), node.cookie(), NodeRegistry::Persistence::Transient);
        AlarmCenter center(&registry, &store);
        int raised = 0;
        QObject::connect(&center, &AlarmCenter::alarmUpdated, &center, [&](const Alarm &a, AlarmEngine::Transition t) {
            raised += a.alarmId == QLatin1String("sasl:t_held") && t == AlarmEngine::Transition::Raised;
        });
        if (!waitUntil([&] { return center.hasAdopted(); }, 10000))
            return -1;
        const auto counted = [&] {
            const QVector<Alarm> active = center.engine()->active();
            return std::any_of(active.begin(), active.end(), [](const Alarm &a) {
                return a.alarmId == QLatin1String("sasl:t_held") && a.isCounted();
            });
        };
        if (!waitUntil(counted, 20000))
            return -1;
        QTest::qWait(500); // the store writes the transition
        return raised;
    };
    QCOMPARE(console(), 1);
    // The second console finds it in the store and continues it: no new raise, no second row.
    QCOMPARE(console(), 0);
    const CliRun stored = runCli(dbArgs(db) << QStringLiteral("alarms") << QStringLiteral("--json"));
    int rows = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(stored.out).object().value(QStringLiteral("alarms")).toArray())
        rows += v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("sasl:t_held");
    QCOMPARE(rows, 1);
}

void TestAlarmLifecycle::sharedFileKeepsEachOthersAlarms()
{
    // A collector and a console share one history file, each with nodes of its own: neither ends the
    // other's alarms ("removed from Bilby") when it starts.
    TestNode watched(TestNode::Options::withSasl());
    TestNode other;
    QVERIFY(watched.start());
    QVERIFY(other.start());
    TestRpc rpc(watched.name(), watched.cookie());
    QVERIFY(rpc.connect());
    QVERIFY(rpc.eval(QStringLiteral("alarm_handler:set_alarm({t_shared, \"kept by its collector\"}), ok.")));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("history.sqlite"));
    const auto storedActive = [&] {
        const CliRun run = runCli(dbArgs(db) << QStringLiteral("alarms") << QStringLiteral("--json"));
        for (const QJsonValue &v :
             QJsonDocument::fromJson(run.out).object().value(QStringLiteral("alarms")).toArray()) {
            const QJsonObject a = v.toObject();
            if (a.value(QStringLiteral("id")).toString() == QLatin1String("sasl:t_shared"))
                return a.value(QStringLiteral("state")).toString();
        }
        return QStringLiteral("absent");
    };
    QVERIFY(collectFor(watched, db, 4000));
    const QString before = storedActive();
    QVERIFY2(before != QLatin1String("absent") && before != QLatin1String("cleared"), qPrintable(before));
    {
        // A console that manages another node only.
        MetricStore store;
        store.open(db);
        NodeRegistry registry(nullptr, nullptr);
        registry.addNode(other.name(), other.cookie(), NodeRegistry::Persistence::Transient);
        AlarmCenter center(&registry, &store);
        QVERIFY(waitUntil([&] { return center.hasAdopted(); }, 10000));
        QTest::qWait(1000); // time for a transition to be written, if one were made
    }
    QCOMPARE(storedActive(), before);
    // A collector of the other node leaves it alone too.
    QVERIFY(collectFor(other, db, 4000));
    QCOMPARE(storedActive(), before);
}

void TestAlarmLifecycle::unavailableSourceSaysWhatIsMissing()
{
    // RabbitMQ sets its own system monitor; Bilby leaves it, and the timeline says what that costs.
    TestNode node;
    QVERIFY(node.start());
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    QVERIFY(rpc.eval(QStringLiteral("register(t_sysmon, spawn(fun() -> erlang:system_monitor(self(), [{long_gc, 500}]),"
                                    " receive stop -> ok end end)), ok.")));
    NodeRegistry registry(nullptr, nullptr);
    registry.addNode(node.name(), node.cookie(), NodeRegistry::Persistence::Transient);
    AlarmCenter center(&registry, nullptr);
    QStringList details;
    QObject::connect(&center, &AlarmCenter::notificationAdded, &center, [&](const Notification &n) {
        if (n.text.startsWith(QLatin1String("Some event sources are not available")))
            details.append(n.details);
    });
    QVERIFY(waitUntil([&] { return !details.isEmpty(); }, 20000));
    QVERIFY2(details.first().contains(QLatin1String("system_monitor: another system monitor is set")) &&
                 details.first().contains(QLatin1String("long garbage collections, long schedules and busy ports "
                                                        "are not reported")),
             qPrintable(details.first()));
    // Bilby did not take it over.
    QVERIFY(rpc.eval(QStringLiteral("{P, _} = erlang:system_monitor(), P = whereis(t_sysmon), ok.")));
}

QTEST_GUILESS_MAIN(TestAlarmLifecycle)
#include "tst_alarmlifecycle.moc"
