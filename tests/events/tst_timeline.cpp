// Alarms and the timeline end to end, on real nodes and real SQLite files: `collect` records them and
// `alarms`/`notifications --db` read them back; the console's AlarmCenter over a registry and a store.
#include "alarms/alarmcenter.h"
#include "settings/settings.h"
#include "store/metricstore.h"
#include "support/eventconsole.h"
#include "support/testnode.h"
#include "topology/noderegistry.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace bilby;
using namespace bilby::test;

namespace {

QJsonArray listed(const QStringList &args, const char *key)
{
    const CliRun run = runCli(args);
    if (run.exitCode != 0)
        qWarning("%s", run.err.constData());
    return QJsonDocument::fromJson(run.out).object().value(QLatin1String(key)).toArray();
}

bool anyText(const QJsonArray &items, const char *field, const QString &needle)
{
    for (const QJsonValue &v : items) {
        if (v.toObject().value(QLatin1String(field)).toString().contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT
private slots:
    void collectRecordsAlarmsAndNotifications();
    void centerStoresWhatTheConsoleSees();
    void logLevelPerNode();
    void oneWriteGoesInEventTime();
};

void TestTimeline::collectRecordsAlarmsAndNotifications()
{
    QTemporaryDir dir;
    const QString db = QDir(dir.path()).filePath(QStringLiteral("history.sqlite"));
    TestNode node(TestNode::Options::withSasl({QStringLiteral("+P"), QStringLiteral("1024")}));
    QVERIFY(node.start());
    QProcess collector;
    collector.start(QStringLiteral(BILBY_CLI_PATH),
                    {QStringLiteral("collect"), QStringLiteral("--db"), db, QStringLiteral("--cookie"),
                     QString::fromLatin1(node.cookie()), QStringLiteral("--node"), node.name().toString(),
                     QStringLiteral("--sysmon-details")});
    QVERIFY(collector.waitForStarted(5000));
    QByteArray err;
    QVERIFY(waitUntil(
        [&] {
            err += collector.readAllStandardError();
            return err.contains("is up");
        },
        15000));
    QTest::qWait(1500); // the agent subscribes to the node's events

    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    QVERIFY(rpc.eval(QStringLiteral("logger:error(\"t_timeline_marker ~p\", [42]), ok.")));
    QVERIFY(rpc.eval(QStringLiteral("application:set_env(kernel, t_timeline_key, 7), {module, erl_tar} = "
                                    "code:ensure_loaded(erl_tar), ok.")));
    QVERIFY(rpc.eval(QStringLiteral("alarm_handler:set_alarm({t_pump, \"pump failed\"}), ok.")));
    {
        // An expression typed in a real remote shell (closed before the node restarts below).
        RemoteShell shell(RemoteShell::Kind::Erlang, node);
        QString why;
        QVERIFY2(shell.start(&why), qPrintable(why));
        shell.type("lists:reverse(\"enilemit_t\").\n");
        QVERIFY(shell.waitForOutput("t_timeline", 10000));
    }
    // A heap over the system monitor's large_heap threshold (128 MB): a system monitor event.
    QVERIFY(rpc.eval(QStringLiteral("{P, R} = spawn_monitor(fun() -> L = lists:seq(1, 10000000), "
                                    "erlang:garbage_collect(), exit(length(L)) end), "
                                    "receive {'DOWN', R, process, P, _} -> ok end."),
                     30000));
    QVERIFY(rpc.eval(QStringLiteral("register(t_many, spawn(fun() -> N = round(1024 * 0.93) - "
                                    "erlang:system_info(process_count), [spawn(fun() -> receive stop -> ok end end) "
                                    "|| _ <- lists:seq(1, N)], receive stop -> ok end end)), ok.")));
    QVERIFY(waitUntil(
        [&] {
            err += collector.readAllStandardError();
            return err.contains("process_limit_major") && err.contains("sasl:t_pump");
        },
        15000));
    // The node goes down and comes back (a new creation) while collect runs: node entries and the
    // node_down alarm.
    const qsizetype upBefore = err.count("is up");
    QString restartError;
    QVERIFY2(node.restart(&restartError), qPrintable(restartError));
    QVERIFY(waitUntil(
        [&] {
            err += collector.readAllStandardError();
            return err.contains("is down") && err.count("is up") > upBefore;
        },
        20000));
    QTest::qWait(1500); // one flush
    collector.terminate();
    QVERIFY(collector.waitForFinished(15000));
    QCOMPARE(collector.exitCode(), 0);

    const QStringList base{QStringLiteral("--db"), db, QStringLiteral("--json")};
    // The log error, found by origin and by a word.
    const QJsonArray logs =
        listed(base + QStringList{QStringLiteral("notifications"), QStringLiteral("--origin"), QStringLiteral("log")},
               "notifications");
    QVERIFY(anyText(logs, "text", QStringLiteral("t_timeline_marker 42")));
    for (const QJsonValue &v : logs)
        QCOMPARE(v.toObject().value(QStringLiteral("origin")).toString(), QStringLiteral("log"));
    const QJsonArray found = listed(base + QStringList{QStringLiteral("notifications"), QStringLiteral("--search"),
                                                       QStringLiteral("t_timeline_marker")},
                                    "notifications");
    QVERIFY(!found.isEmpty());
    const QJsonObject first = found.first().toObject();
    for (const char *key : {"time_ms", "node", "origin", "severity", "text"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QCOMPARE(first.value(QStringLiteral("node")).toString(), node.name().toString());
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));

    // A configuration change with its new value, and a module loaded with its md5.
    const QJsonArray config = listed(
        base + QStringList{QStringLiteral("notifications"), QStringLiteral("--origin"), QStringLiteral("config")},
        "notifications");
    QVERIFY(anyText(config, "text", QStringLiteral("t_timeline_key")));
    const QJsonArray code =
        listed(base + QStringList{QStringLiteral("notifications"), QStringLiteral("--origin"), QStringLiteral("code"),
                                  QStringLiteral("--search"), QStringLiteral("erl_tar")},
               "notifications");
    QVERIFY(!code.isEmpty());

    // The console's own entries and the alarm transitions are in the same timeline.
    const QJsonArray all =
        listed(base + QStringList{QStringLiteral("notifications"), QStringLiteral("--limit"), QStringLiteral("1000")},
               "notifications");
    QVERIFY(anyText(all, "text", QStringLiteral("Connected to")));
    QVERIFY(anyText(all, "text", QStringLiteral("Agent loaded")));
    QVERIFY(anyText(all, "text", QStringLiteral("Raised process_limit_major")));
    // Every other origin, each found by its origin.
    const auto byOrigin = [&](const char *origin) {
        return listed(base + QStringList{QStringLiteral("notifications"), QStringLiteral("--origin"),
                                         QLatin1String(origin), QStringLiteral("--limit"), QStringLiteral("1000")},
                      "notifications");
    };
    QVERIFY(anyText(byOrigin("shell"), "text", QStringLiteral("lists:reverse(\"enilemit_t\")")));
    QVERIFY(anyText(byOrigin("system_monitor"), "text", QStringLiteral("large_heap")));
    const QJsonArray nodeEntries = byOrigin("node");
    QVERIFY(anyText(nodeEntries, "text", QStringLiteral("Connected to")));
    QVERIFY(anyText(nodeEntries, "text", node.name().toString() + QStringLiteral(" is down")));
    QVERIFY(anyText(nodeEntries, "text", QStringLiteral("restarted since the last connection")));
    for (const QJsonValue &v : nodeEntries)
        QCOMPARE(v.toObject().value(QStringLiteral("origin")).toString(), QStringLiteral("node"));
    const QJsonArray alarmEntries = byOrigin("alarm");
    QVERIFY(anyText(alarmEntries, "text", QStringLiteral("Raised process_limit_major")));
    QVERIFY(anyText(alarmEntries, "text", QStringLiteral("Raised sasl:t_pump")));
    QVERIFY(anyText(alarmEntries, "text", QStringLiteral("Raised node_down")));
    QVERIFY(anyText(alarmEntries, "text", QStringLiteral("Cleared node_down")));
    const QJsonArray agentEntries =
        listed(base + QStringList{QStringLiteral("notifications"), QStringLiteral("--origin"), QStringLiteral("agent")},
               "notifications");
    QVERIFY(anyText(agentEntries, "text", QStringLiteral("Agent removed")));

    // The alarms, stored with their cause and action.
    const QJsonArray alarms = listed(base + QStringList{QStringLiteral("alarms")}, "alarms");
    QVERIFY(anyText(alarms, "id", QStringLiteral("process_limit_major")));
    QVERIFY(anyText(alarms, "id", QStringLiteral("sasl:t_pump")));
    for (const QJsonValue &v : alarms) {
        const QJsonObject a = v.toObject();
        QVERIFY(!a.value(QStringLiteral("cause")).toString().isEmpty());
        QVERIFY(!a.value(QStringLiteral("action")).toString().isEmpty());
    }
    // A filter that matches nothing, and a bad origin.
    QVERIFY(listed(base + QStringList{QStringLiteral("notifications"), QStringLiteral("--node"),
                                      QStringLiteral("nobody@nowhere")},
                   "notifications")
                .isEmpty());
    const CliRun bad = runCli(
        base + QStringList{QStringLiteral("notifications"), QStringLiteral("--origin"), QStringLiteral("weather")});
    QCOMPARE(bad.exitCode, 64);
}

void TestTimeline::centerStoresWhatTheConsoleSees()
{
    QTemporaryDir dir;
    MetricStore store;
    store.open(QDir(dir.path()).filePath(QStringLiteral("history.sqlite")));
    NodeRegistry registry(nullptr, nullptr);
    registry.setStore(&store);
    AlarmCenter center(&registry, &store);
    QVector<Notification> seen;
    connect(&center, &AlarmCenter::notificationAdded, this, [&seen](const Notification &n) { seen.append(n); });

    TestNode node;
    QVERIFY(node.start());
    QVERIFY(registry.addNode(node.name(), node.cookie(), NodeRegistry::Persistence::Transient));
    const QString name = node.name().toString();
    const auto has = [&seen](Notification::Origin origin, const QString &text) {
        return std::any_of(seen.cbegin(), seen.cend(),
                           [&](const Notification &n) { return n.origin == origin && n.text.contains(text); });
    };
    QVERIFY(waitUntil([&] { return has(Notification::Origin::Agent, QStringLiteral("Agent loaded")); }, 15000));
    QTest::qWait(1500);

    // A burst of 5,000 error logs: the agent passes 200 a second and counts the rest, and the timeline
    // says how many were dropped.
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    QVERIFY(rpc.eval(QStringLiteral("[logger:error(\"t_burst ~p\", [I]) || I <- lists:seq(1, 5000)], ok.")));
    QVERIFY(waitUntil([&] { return center.droppedEvents(name) > 0; }, 10000));
    QVERIFY(waitUntil([&] { return has(Notification::Origin::Agent, QStringLiteral("dropped")); }, 5000));

    // An alarm: killing the node raises node_down; the user acknowledges it, which is audited.
    node.kill();
    QVERIFY(waitUntil([&] { return !center.engine()->active().isEmpty(); }, 5000));
    const Alarm down = center.engine()->active().first();
    QCOMPARE(down.alarmId, QStringLiteral("node_down"));
    QVERIFY(center.acknowledge(down.serial));
    QVERIFY(center.comment(down.serial, QStringLiteral("restarting it")));
    QVERIFY(has(Notification::Origin::Action, QStringLiteral("acknowledged")));
    QVERIFY(center.recent().size() == seen.size());

    // Everything reached the file: the alarm with its state and comment, and the notifications.
    QVector<Alarm> stored;
    QVERIFY(waitUntil(
        [&] {
            store.listAlarms({}, this,
                             [&stored](const QVector<Alarm> &alarms, const StoreError &) { stored = alarms; });
            QTest::qWait(300);
            return stored.size() == 1 && stored.first().state == Alarm::State::Acknowledged &&
                   stored.first().comments.size() == 1;
        },
        10000));
    QCOMPARE(stored.first().node, name);
    const auto storedOf = [&](Notification::Origin origin) {
        // Shared with the callback, which may come after a timeout.
        const auto page = std::make_shared<std::optional<NotificationPage>>();
        NotificationFilter filter;
        filter.origins = {origin};
        store.queryNotifications(filter, 0, 100, this,
                                 [page](const NotificationPage &p, const StoreError &) { *page = p; });
        waitUntil([&] { return page->has_value(); }, 5000);
        return page->has_value() ? (*page)->items : QVector<Notification>();
    };
    const auto storedHas = [&](Notification::Origin origin, const QString &text) {
        const QVector<Notification> items = storedOf(origin);
        return std::any_of(items.cbegin(), items.cend(), [&](const Notification &n) {
            return n.origin == origin && n.node == name && n.text.contains(text);
        });
    };
    QVERIFY(waitUntil([&] { return storedOf(Notification::Origin::Action).size() == 2; }, 10000));
    QVERIFY(storedHas(Notification::Origin::Action,
                      QStringLiteral("The user acknowledged the alarm node_down on ") + name));
    QVERIFY(storedHas(Notification::Origin::Action, QStringLiteral("The user commented on the alarm node_down")));
    // The outage itself: the node's entry and the alarm it raised.
    QVERIFY(storedHas(Notification::Origin::Node, name + QStringLiteral(" is down")));
    QVERIFY(storedHas(Notification::Origin::Node, QStringLiteral("Connected to ") + name));
    QVERIFY(storedHas(Notification::Origin::Alarm, QStringLiteral("Raised node_down on ") + name));

    // Removing the node clears its alarms.
    QVERIFY(registry.removeNode(name));
    QVERIFY(center.engine()->active().isEmpty());
}

void TestTimeline::logLevelPerNode()
{
    // Warnings by default; notices on request, for this node only, at once and saved with it.
    QTemporaryDir dir;
    Settings settings(Settings::iniPathIn(dir.path()));
    MetricStore store;
    store.open(QDir(dir.path()).filePath(QStringLiteral("history.sqlite")));
    NodeRegistry registry(&settings, nullptr);
    registry.setStore(&store);
    AlarmCenter center(&registry, &store);
    QVector<Notification> seen;
    connect(&center, &AlarmCenter::notificationAdded, this, [&seen](const Notification &n) { seen.append(n); });
    const auto has = [&seen](const QString &text) {
        return std::any_of(seen.cbegin(), seen.cend(), [&](const Notification &n) {
            return n.origin == Notification::Origin::Log && n.text.contains(text);
        });
    };

    TestNode node;
    QVERIFY(node.start());
    QVERIFY(registry.addNode(node.name(), node.cookie(), NodeRegistry::Persistence::Transient));
    QVERIFY(waitUntil([&] { return !seen.isEmpty(); }, 15000));
    QTest::qWait(1500); // subscribed
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    QVERIFY(rpc.eval(QStringLiteral("logger:notice(\"t_vhost_created one\"), logger:warning(\"t_warned\"), ok.")));
    QVERIFY(waitUntil([&] { return has(QStringLiteral("t_warned")); }, 5000));
    QVERIFY(!has(QStringLiteral("t_vhost_created")));

    ManagedNode *managed = registry.entry(node.name().toString());
    QVERIFY(managed);
    NodeMarks marks = managed->marks();
    QCOMPARE(marks.logLevel, QStringLiteral("warning"));
    marks.logLevel = QStringLiteral("notice");
    managed->setMarks(marks);
    QTest::qWait(500); // the agent changes its handler's level
    QVERIFY(rpc.eval(QStringLiteral("logger:notice(\"t_vhost_created two\"), ok.")));
    QVERIFY(waitUntil([&] { return has(QStringLiteral("t_vhost_created two")); }, 5000));
    QVERIFY(!has(QStringLiteral("t_vhost_created one")));

    // Back to warnings: notices stop again.
    marks.logLevel = QStringLiteral("warning");
    managed->setMarks(marks);
    QTest::qWait(500);
    QVERIFY(rpc.eval(QStringLiteral("logger:notice(\"t_vhost_created three\"), logger:warning(\"t_last\"), ok.")));
    QVERIFY(waitUntil([&] { return has(QStringLiteral("t_last")); }, 5000));
    QVERIFY(!has(QStringLiteral("t_vhost_created three")));

    // The choice is saved with a node the user keeps.
    Settings::NodeEntry entry{QStringLiteral("a@b"), QStringLiteral("k"), {}};
    entry.marks.logLevel = QStringLiteral("info");
    settings.setNodes({entry});
    QCOMPARE(Settings(Settings::iniPathIn(dir.path())).nodes().value(0).marks.logLevel, QStringLiteral("info"));
}

void TestTimeline::oneWriteGoesInEventTime()
{
    // Producers queue in their own order (an agent batch, then the console's own entry about an earlier
    // moment): the timeline, read newest first, shows them in the order they happened.
    QTemporaryDir dir;
    MetricStore store;
    store.open(QDir(dir.path()).filePath(QStringLiteral("history.sqlite")));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVector<Notification> queued;
    for (const qint64 offset : {30, 40, 10, 20}) {
        Notification n;
        n.timeMs = now + offset;
        n.node = QStringLiteral("a@b");
        n.origin = Notification::Origin::Log;
        n.text = QStringLiteral("at %1").arg(offset);
        queued.append(n);
    }
    store.appendNotifications(queued.mid(0, 2));
    store.appendNotifications(queued.mid(2));
    bool flushed = false;
    store.flush(this, [&flushed](const StoreError &) { flushed = true; });
    QVERIFY(waitUntil([&] { return flushed; }, 5000));
    std::optional<NotificationPage> page;
    store.queryNotifications({}, 0, 10, this, [&page](const NotificationPage &p, const StoreError &) { page = p; });
    QVERIFY(waitUntil([&] { return page.has_value(); }, 5000));
    QStringList texts;
    for (const Notification &n : page->items)
        texts.append(n.text);
    QCOMPARE(texts, (QStringList{QStringLiteral("at 40"), QStringLiteral("at 30"), QStringLiteral("at 20"),
                                 QStringLiteral("at 10")}));
}

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
