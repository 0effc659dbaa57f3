// The alarm engine against real nodes: for each built-in alarm a test creates the condition on a node,
// sees the alarm raised, removes the condition and sees it cleared; plus the lifecycle (acknowledge,
// comment, manual clear), supersession of minor by major, and the catalog's documentation.
#include "alarms/alarmcatalog.h"
#include "alarms/alarmengine.h"
#include "alarms/nodewatch.h"
#include "events/eventfeed.h"
#include "metrics/metricssampler.h"
#include "settings/settings.h"
#include "support/alarmwatch.h"
#include "support/testnode.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bilby;
using namespace bilby::test;

namespace {

/// A test node of its own, watched by an engine.
struct Watched : AlarmWatch
{
    explicit Watched(const TestNode::Options &options = {})
        : node(options)
    {}

    bool start()
    {
        QString error;
        if (!node.start(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return attach(node.name(), node.cookie());
    }

    TestNode node;
};

// Writes an Erlang module that returns @p version, compiled to @p dir (for old code and clashes).
bool compileModule(const QString &dir, const QString &module, int version)
{
    const QString source = QDir(dir).filePath(module + QStringLiteral(".erl"));
    QFile file(source);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(
        QStringLiteral(
            "-module(%1).\n-export([version/0, wait/0]).\nversion() -> %2.\nwait() -> receive stop -> version() end.\n")
            .arg(module)
            .arg(version)
            .toUtf8());
    file.close();
    QProcess erlc;
    erlc.start(QStringLiteral(BILBY_ERLC_PATH), {QStringLiteral("-o"), dir, source});
    return erlc.waitForFinished(30000) && erlc.exitCode() == 0;
}

} // namespace

class TestAlarms : public QObject
{
    Q_OBJECT
private slots:
    void catalogIsDocumented();
    void configResolvesNodeThenGlobalThenDefault();
    void configPersistsInSettings();
    void nodeDown();
    void processLimit();
    void atomLimit();
    void etsLimit();
    void portLimit();
    void messageQueue();
    void processMemory();
    void largeDictionaryFailsNoRequest();
    void ownProcessesAreNotBlamed();
    void systemMemory();
    void oldCode();
    void oldCodeWalkTakesTurns();
    void configFileCorrupt();
    void codePathClash();
    void runQueueHigh();
    void busyDistPort();
    void limitForecast();
    void shellMemoryHigh();
    void nodeAlarms();
    void alarmManagerComesAndGoes();
    void lifecycle();
    void cliAlarmsAndCheck();
};

void TestAlarms::catalogIsDocumented()
{
    // docs/alarms.md is what `bilby-cli list-alarms` prints, and every id has its cause and action.
    QFile doc(QStringLiteral(BILBY_SOURCE_DIR "/docs/alarms.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(doc.readAll()), AlarmCatalog::markdown());
    const CliRun run = runCli({QStringLiteral("list-alarms")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out), AlarmCatalog::markdown());
    QStringList ids;
    for (const AlarmDefinition &d : AlarmCatalog::definitions()) {
        QVERIFY2(!d.cause.isEmpty() && !d.action.isEmpty() && !d.raisedWhen.isEmpty(), qPrintable(d.id));
        ids.append(d.id);
    }
    for (const char *id : {"node_down",
                           "process_limit_major",
                           "process_limit_minor",
                           "atom_limit_major",
                           "atom_limit_minor",
                           "ets_limit_major",
                           "ets_limit_minor",
                           "port_limit_major",
                           "port_limit_minor",
                           "process_message_queue_major",
                           "process_message_queue_minor",
                           "process_memory_high_watermark",
                           "system_memory_high_watermark",
                           "shell_memory_high",
                           "old_code",
                           "config_file_corrupt",
                           "code_path_clash",
                           "run_queue_high",
                           "busy_dist_port_high",
                           "limit_forecast"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
}

void TestAlarms::configResolvesNodeThenGlobalThenDefault()
{
    AlarmConfig config;
    const QString id = QStringLiteral("process_limit_major");
    QCOMPARE(config.threshold(QStringLiteral("a@h"), id), 90.0);
    config.setGlobal(id, {95, -1, -1});
    QCOMPARE(config.threshold(QStringLiteral("a@h"), id), 95.0);
    config.setForNode(QStringLiteral("a@h"), id, {70, -1, 0});
    QCOMPARE(config.threshold(QStringLiteral("a@h"), id), 70.0);
    QCOMPARE(config.threshold(QStringLiteral("b@h"), id), 95.0);
    QVERIFY(!config.isEnabled(QStringLiteral("a@h"), id));
    QVERIFY(config.isEnabled(QStringLiteral("b@h"), id));
    QCOMPARE(config.windowS(QStringLiteral("a@h"), QStringLiteral("run_queue_high")), 60.0);
}

void TestAlarms::configPersistsInSettings()
{
    QTemporaryDir dir;
    const QString ini = Settings::iniPathIn(dir.path());
    AlarmConfig config;
    config.setGlobal(QStringLiteral("run_queue_high"), {3, 120, -1});
    config.setForNode(QStringLiteral("a@h.example"), QStringLiteral("old_code"), {-1, -1, 0});
    config.setForNode(QStringLiteral("a@h.example"), QStringLiteral("process_limit_major"), {95, -1, -1});
    {
        Settings settings(ini);
        settings.setAlarmConfig(config);
        settings.sync();
    }
    Settings again(ini);
    const AlarmConfig read = again.alarmConfig();
    QCOMPARE(read.threshold(QStringLiteral("b@h"), QStringLiteral("run_queue_high")), 3.0);
    QCOMPARE(read.windowS(QStringLiteral("b@h"), QStringLiteral("run_queue_high")), 120.0);
    QVERIFY(!read.isEnabled(QStringLiteral("a@h.example"), QStringLiteral("old_code")));
    QVERIFY(read.isEnabled(QStringLiteral("b@h"), QStringLiteral("old_code")));
    QCOMPARE(read.threshold(QStringLiteral("a@h.example"), QStringLiteral("process_limit_major")), 95.0);
    QCOMPARE(read.threshold(QStringLiteral("b@h"), QStringLiteral("process_limit_major")), 90.0);
    QVERIFY(read == config);
}

void TestAlarms::nodeDown()
{
    Watched w;
    QVERIFY(w.start());
    QVERIFY(!w.activeAlarm(QStringLiteral("node_down")));
    QElapsedTimer timer;
    w.node.kill();
    timer.start();
    QVERIFY(w.waitRaised(QStringLiteral("node_down"), 5000));
    const qint64 raisedAfter = timer.elapsed();
    QVERIFY2(raisedAfter <= 2000, qPrintable(QString::number(raisedAfter)));
    QCOMPARE(w.activeAlarm(QStringLiteral("node_down"))->severity, Alarm::Severity::Critical);
    QVERIFY(w.node.restart());
    QVERIFY(w.waitCleared(QStringLiteral("node_down"), 20000));
    // Down and up are in the timeline too, as the alarm's raise and clear.
    int alarmNotes = 0;
    for (const Notification &n : w.notifications)
        alarmNotes += n.origin == Notification::Origin::Alarm && n.text.contains(QLatin1String("node_down"));
    QCOMPARE(alarmNotes, 2);
}

void TestAlarms::processLimit()
{
    Watched w(TestNode::Options::withArgs({QStringLiteral("+P"), QStringLiteral("1024")}));
    QVERIFY(w.start());
    // 92% of 1024 processes: the major alarm; 85%: the minor one, which the major one superseded.
    QVERIFY(w.eval(
        QStringLiteral("Spawn = fun(N) -> [spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, N)] end,"
                       "Target = round(1024 * 0.92) - erlang:system_info(process_count),"
                       "register(t_holder, spawn(fun Loop() -> receive {add, Ps} -> put(ps, Ps ++ get_ps()), Loop();"
                       "  {drop, K} -> {Drop, Keep} = lists:split(min(K, length(get_ps())), get_ps()),"
                       "  [P ! stop || P <- Drop], put(ps, Keep), Loop() end end)),"
                       "t_holder ! {add, Spawn(Target)}, ok.")
            .replace(QLatin1String("get_ps()"), QLatin1String("(case get(ps) of undefined -> []; L -> L end)"))));
    QVERIFY(w.waitRaised(QStringLiteral("process_limit_major")));
    QVERIFY(!w.activeAlarm(QStringLiteral("process_limit_minor")));
    QVERIFY(w.activeAlarm(QStringLiteral("process_limit_major"))->info.contains(QLatin1String("1,024")) ||
            w.activeAlarm(QStringLiteral("process_limit_major"))->info.contains(QLatin1String("1024")));
    QVERIFY(w.eval(QStringLiteral("t_holder ! {drop, round(1024 * 0.07)}, ok.")));
    QVERIFY(w.waitRaised(QStringLiteral("process_limit_minor")));
    QVERIFY(w.waitCleared(QStringLiteral("process_limit_major")));
    QVERIFY(w.eval(QStringLiteral("t_holder ! {drop, 100000}, ok.")));
    QVERIFY(w.waitCleared(QStringLiteral("process_limit_minor")));
}

void TestAlarms::atomLimit()
{
    Watched w(TestNode::Options::withArgs({QStringLiteral("+t"), QStringLiteral("16384")}));
    QVERIFY(w.start());
    QVERIFY(w.eval(QStringLiteral("N = round(16384 * 0.91) - erlang:system_info(atom_count),"
                                  "[list_to_atom(\"t_atom_\" ++ integer_to_list(I)) || I <- lists:seq(1, N)], ok.")));
    QVERIFY(w.waitRaised(QStringLiteral("atom_limit_major")));
    // Atoms never go away: the way to clear is to accept the level (a higher threshold).
    w.setThreshold(QStringLiteral("atom_limit_major"), 99);
    w.setThreshold(QStringLiteral("atom_limit_minor"), 99);
    QVERIFY(w.waitCleared(QStringLiteral("atom_limit_major")));
    QVERIFY(!w.activeAlarm(QStringLiteral("atom_limit_minor")));
}

void TestAlarms::etsLimit()
{
    Watched w;
    QVERIFY(w.start());
    QVERIFY(w.eval(QStringLiteral("register(t_tables, spawn(fun() -> N = round(erlang:system_info(ets_limit) * 0.85) - "
                                  "erlang:system_info(ets_count),"
                                  "[ets:new(t, []) || _ <- lists:seq(1, N)], receive stop -> ok end end)), ok.")));
    QVERIFY(w.waitRaised(QStringLiteral("ets_limit_minor")));
    QVERIFY(!w.activeAlarm(QStringLiteral("ets_limit_major")));
    QVERIFY(w.eval(QStringLiteral("t_tables ! stop, ok.")));
    QVERIFY(w.waitCleared(QStringLiteral("ets_limit_minor")));
}

void TestAlarms::portLimit()
{
    Watched w(TestNode::Options::withArgs({QStringLiteral("+Q"), QStringLiteral("1024")}));
    QVERIFY(w.start());
    // ram_file ports need no file descriptors.
    QVERIFY(w.eval(
        QStringLiteral("register(t_ports, spawn(fun() -> N = round(1024 * 0.93) - erlang:system_info(port_count),"
                       "Ps = [open_port({spawn_driver, \"ram_file_drv\"}, [binary]) || _ <- lists:seq(1, N)],"
                       "receive stop -> [port_close(P) || P <- Ps] end end)), ok.")));
    QVERIFY(w.waitRaised(QStringLiteral("port_limit_major")));
    QVERIFY(w.eval(QStringLiteral("t_ports ! stop, ok.")));
    QVERIFY(w.waitCleared(QStringLiteral("port_limit_major")));
    QVERIFY(!w.activeAlarm(QStringLiteral("port_limit_minor")));
}

void TestAlarms::messageQueue()
{
    Watched w;
    QVERIFY(w.start());
    QVERIFY(w.eval(QStringLiteral("register(t_sink, spawn(fun Loop() -> receive {t_flush} -> "
                                  "(fun F() -> receive {t_msg, _} -> F() after 0 -> ok end end)(), Loop() end end)),"
                                  "[t_sink ! {t_msg, I} || I <- lists:seq(1, 1500)], ok.")));
    QVERIFY(w.waitRaised(QStringLiteral("process_message_queue_minor")));
    QVERIFY(w.eval(QStringLiteral("[t_sink ! {t_msg, I} || I <- lists:seq(1, 10000)], ok.")));
    QVERIFY(w.waitRaised(QStringLiteral("process_message_queue_major")));
    QVERIFY(w.waitCleared(QStringLiteral("process_message_queue_minor")));
    // The details name the process, once a health check has seen it.
    QVERIFY(waitUntil(
        [&] {
            return w.watch->hasHealth() && w.watch->health().maxQueue &&
                   w.watch->health().maxQueue->name == QLatin1String("t_sink");
        },
        5000));
    QVERIFY(w.eval(QStringLiteral("t_sink ! {t_flush}, ok.")));
    QVERIFY(w.waitCleared(QStringLiteral("process_message_queue_major")));
}

void TestAlarms::processMemory()
{
    Watched w;
    QVERIFY(w.start());
    // 5% of this machine is gigabytes: the threshold comes down to 0.1%, and a process holds 80 MB.
    w.setThreshold(QStringLiteral("process_memory_high_watermark"), 0.1);
    QVERIFY(w.eval(QStringLiteral("register(t_big, spawn(fun() -> L = lists:seq(1, 5000000),"
                                  "receive stop -> length(L) end end)), ok.")));
    QVERIFY(w.waitRaised(QStringLiteral("process_memory_high_watermark")));
    QVERIFY(w.eval(QStringLiteral("t_big ! stop, ok.")));
    QVERIFY(w.waitCleared(QStringLiteral("process_memory_high_watermark")));
}

// A 50 MB process with a large dictionary, the node's largest: naming it once copied the whole dictionary
// into the agent's worker (64 MB heap limit), which died, so the health checks failed every second.
void TestAlarms::largeDictionaryFailsNoRequest()
{
    Watched w;
    QVERIFY(w.start());
    QVERIFY(
        w.eval(QStringLiteral("spawn(fun() -> [put({t_key, I}, lists:duplicate(40, I)) || I <- lists:seq(1, 58000)],"
                              "put(process_name, {t_app, big}), receive stop -> ok end end), ok.")));
    QVERIFY(waitUntil(
        [&] {
            return w.watch->hasHealth() && w.watch->health().maxMemory && w.watch->health().maxMemory->value > 40e6;
        },
        15000));
    for (int i = 0; i < 3; ++i) {
        const auto [value, error] = askAgent(*w.session, Term::atom("health"), 5000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(value.get("max_memory").get("value").toInt() > 40000000);
    }
}

// An evaluation holding 100 MB is Bilby's, not the node's: the memory alarm's details never name it.
void TestAlarms::ownProcessesAreNotBlamed()
{
    Watched w;
    QVERIFY(w.start());
    bool done = false;
    w.session->request(Term::tuple({Term::atom("eval"), Term::atom("erlang"),
                                    Term::binary("L = lists:seq(1, 6000000), timer:sleep(5000), length(L).")}),
                       15000, w.session.get(), [&](const Term &, const ConnectionError &) { done = true; });
    QTest::qWait(4000); // the scanner has seen the evaluation (it scans every second)
    QVERIFY(w.watch->hasHealth() && w.watch->health().maxMemory);
    const NodeHealth::Process top = *w.watch->health().maxMemory;
    QVERIFY2(!top.name.startsWith(QLatin1String("Bilby")), qPrintable(top.describe()));
    QVERIFY2(top.value < 50000000, qPrintable(top.describe()));
    QVERIFY(waitUntil([&] { return done; }, 10000));
}

void TestAlarms::systemMemory()
{
    Watched w;
    QVERIFY(w.start());
    QVERIFY(waitUntil([&] { return w.watch->hasHealth(); }, 5000));
    QVERIFY(w.watch->health().systemMemoryTotal > 0);
    QVERIFY(w.watch->health().systemMemoryUsed > 0);
    // The machine's memory is what it is: a 1% threshold makes the condition hold, 100% ends it.
    QVERIFY(!w.activeAlarm(QStringLiteral("system_memory_high_watermark")));
    w.setThreshold(QStringLiteral("system_memory_high_watermark"), 1);
    QVERIFY(w.waitRaised(QStringLiteral("system_memory_high_watermark")));
    w.setThreshold(QStringLiteral("system_memory_high_watermark"), 100);
    QVERIFY(w.waitCleared(QStringLiteral("system_memory_high_watermark")));
}

void TestAlarms::oldCode()
{
    QTemporaryDir dir;
    QVERIFY(compileModule(dir.path(), QStringLiteral("t_reloaded"), 1));
    Watched w;
    QVERIFY(w.start());
    QVERIFY(w.eval(QStringLiteral("code:add_patha(\"%1\"), {module, t_reloaded} = code:load_file(t_reloaded), ok.")
                       .arg(dir.path())));
    QVERIFY(compileModule(dir.path(), QStringLiteral("t_holder"), 1));
    QVERIFY(w.eval(QStringLiteral("{module, t_holder} = code:load_file(t_holder), ok.")));
    // t_holder's process waits in its own code: reloading t_holder leaves old code in use.
    QVERIFY(w.eval(QStringLiteral("register(t_old_runner, spawn(fun() -> t_holder:wait() end)), ok.")));
    QVERIFY(compileModule(dir.path(), QStringLiteral("t_holder"), 2));
    QVERIFY(w.eval(QStringLiteral("{module, t_holder} = code:load_file(t_holder), ok.")));
    QVERIFY(w.waitRaised(QStringLiteral("old_code")));
    const QString info = w.activeAlarm(QStringLiteral("old_code"))->info;
    QVERIFY2(info.contains(QLatin1String("t_holder (1 process")), qPrintable(info));

    // Old code nobody runs, of a module loaded from a file: only past the threshold (3 s here).
    QVERIFY(w.eval(QStringLiteral("t_old_runner ! stop, ok.")));
    QVERIFY(w.waitCleared(QStringLiteral("old_code"), 15000)); // the in-use walk is refreshed every 10 s
    QVERIFY(compileModule(dir.path(), QStringLiteral("t_reloaded"), 2));
    QVERIFY(w.eval(QStringLiteral("{module, t_reloaded} = code:load_file(t_reloaded), ok.")));
    QTest::qWait(2000);
    QVERIFY(!w.activeAlarm(QStringLiteral("old_code")));
    w.setThreshold(QStringLiteral("old_code"), 0.05);
    QVERIFY(w.waitRaised(QStringLiteral("old_code")));
    QVERIFY2(w.activeAlarm(QStringLiteral("old_code"))->info.contains(QLatin1String("unpurged for more than")),
             qPrintable(w.activeAlarm(QStringLiteral("old_code"))->info));
    QVERIFY(w.eval(QStringLiteral("true = code:soft_purge(t_reloaded), true = code:soft_purge(t_holder), ok.")));
    QVERIFY(w.waitCleared(QStringLiteral("old_code")));

    // A module an application compiles at run time (loaded from no file), reloaded: never by age.
    QVERIFY(w.eval(QStringLiteral(
        "Gen = fun(V) -> {ok, M, B} = compile:forms([{attribute, 1, module, t_generated}, "
        "{attribute, 1, export, [{v, 0}]}, {function, 1, v, 0, [{clause, 1, [], [], [{integer, 1, V}]}]}]), "
        "{module, M} = code:load_binary(M, \"Compiled by the test\", B) end, Gen(1), Gen(2), ok.")));
    QTest::qWait(3000);
    QVERIFY(!w.activeAlarm(QStringLiteral("old_code")));
    const auto old = w.watch->health().oldCode;
    QVERIFY(std::any_of(old.begin(), old.end(), [](const NodeHealth::OldModule &m) {
        return m.module == QLatin1String("t_generated") && m.generated && m.inUse == 0;
    }));
}

// 100,000 processes and eight modules of old code, the last one in use: the walk that counts who runs old
// code fits each health request and resumes in the next, so every module is counted, the last one too
// (it once checked only the first 200,000 processes x modules, never the same request twice).
void TestAlarms::oldCodeWalkTakesTurns()
{
    Watched w(TestNode::Options::withArgs({QStringLiteral("+P"), QStringLiteral("262144")}));
    QVERIFY(w.start());
    QVERIFY(w.eval(QStringLiteral(
        "Gen = fun(M, V) -> {ok, M, B} = compile:forms([{attribute, 1, module, M}, {attribute, 1, export, [{loop, 0}]},"
        "  {function, 1, loop, 0, [{clause, 1, [], [], [{'receive', 1, [{clause, 1, [{atom, 1, stop}], [], [{integer, "
        "1, V}]}]}]}]}]),"
        "  {module, M} = code:load_binary(M, \"t_walk.erl\", B) end,"
        "Ms = [list_to_atom(\"t_walk_\" ++ integer_to_list(I)) || I <- lists:seq(1, 8)],"
        "[Gen(M, 1) || M <- Ms], register(t_walk_runner, spawn(t_walk_8, loop, [])), [Gen(M, 2) || M <- Ms],"
        "[spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, 100000)], ok.")));
    const auto counted = [&] {
        int known = 0;
        for (const NodeHealth::OldModule &m : w.watch->health().oldCode)
            known += m.module.startsWith(QLatin1String("t_walk_")) && m.inUse >= 0;
        return known;
    };
    QElapsedTimer clock;
    clock.start();
    qint64 slowest = 0;
    while (counted() < 8 && clock.elapsed() < 60000) {
        QElapsedTimer one;
        one.start();
        const auto [value, error] = askAgent(*w.session, Term::atom("health"), 5000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        slowest = qMax(slowest, one.elapsed());
        QTest::qWait(200);
    }
    qInfo("all 8 modules counted after %lld ms; slowest health request %lld ms", clock.elapsed(), slowest);
    QCOMPARE(counted(), 8);
    QVERIFY2(slowest < 2000, qPrintable(QString::number(slowest)));
    const auto old = w.watch->health().oldCode;
    QVERIFY(std::any_of(old.begin(), old.end(), [](const NodeHealth::OldModule &m) {
        return m.module == QLatin1String("t_walk_8") && m.inUse == 1;
    }));
    QVERIFY(std::any_of(old.begin(), old.end(), [](const NodeHealth::OldModule &m) {
        return m.module == QLatin1String("t_walk_1") && m.inUse == 0;
    }));
}

void TestAlarms::configFileCorrupt()
{
    QTemporaryDir dir;
    const QString config = QDir(dir.path()).filePath(QStringLiteral("sys.config"));
    const auto write = [&config](const QByteArray &text) {
        QFile f(config);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
    };
    const QByteArray good = "[{kernel, [{net_setuptime, 7}]}].\n";
    QVERIFY(write(good));
    Watched w(TestNode::Options::withArgs({QStringLiteral("-config"), config}));
    QVERIFY(w.start());
    QVERIFY(waitUntil([&] { return w.watch->hasHealth(); }, 5000));
    QVERIFY(w.watch->health().configFiles.contains(config));
    QVERIFY(!w.activeAlarm(QStringLiteral("config_file_corrupt")));

    // A zero-width space in an atom, invisible in most editors: the next boot would fail.
    QVERIFY(write("[{kernel, [{net_setuptime,\xE2\x80\x8B 7}]}].\n"));
    QVERIFY(w.waitRaised(QStringLiteral("config_file_corrupt")));
    const Alarm raised = *w.activeAlarm(QStringLiteral("config_file_corrupt"));
    QCOMPARE(raised.resource, config);
    QCOMPARE(raised.severity, Alarm::Severity::Critical);
    QVERIFY2(raised.info.contains(QLatin1String("line 1, column 27")) && raised.info.contains(QLatin1String("U+200B")),
             qPrintable(raised.info));
    QVERIFY(write(good));
    QVERIFY(w.waitCleared(QStringLiteral("config_file_corrupt")));

    // A syntax error is a problem too; so is a missing file.
    QVERIFY(write("[{kernel, [{net_setuptime, 7}]}\n"));
    QVERIFY(w.waitRaised(QStringLiteral("config_file_corrupt")));
    QVERIFY(w.activeAlarm(QStringLiteral("config_file_corrupt"))->info.contains(QLatin1String("does not parse")));
    QVERIFY(QFile::remove(config));
    QVERIFY(waitUntil(
        [&] {
            return w.activeAlarm(QStringLiteral("config_file_corrupt")) &&
                   w.watch->health().configProblems.value(0).problem.contains(QLatin1String("cannot be read"));
        },
        5000));
    QVERIFY(write(good));
    QVERIFY(w.waitCleared(QStringLiteral("config_file_corrupt")));
}

void TestAlarms::codePathClash()
{
    QTemporaryDir one;
    QTemporaryDir two;
    QTemporaryDir root;
    QVERIFY(compileModule(one.path(), QStringLiteral("t_twice"), 1));
    QVERIFY(compileModule(two.path(), QStringLiteral("t_twice"), 2));
    // The same directory through a symbolic link, and an identical copy: neither is a clash.
    const QString link = root.filePath(QStringLiteral("link"));
    QVERIFY(QFile::link(one.path(), link));
    const QString same = root.filePath(QStringLiteral("same"));
    QVERIFY(QDir().mkpath(same));
    QVERIFY(QFile::copy(QDir(one.path()).filePath(QStringLiteral("t_twice.beam")),
                        QDir(same).filePath(QStringLiteral("t_twice.beam"))));
    // Two copies of one application (t_app-1 before t_app-2): shadowed, not an alarm.
    const QString app1 = root.filePath(QStringLiteral("t_app-1/ebin"));
    const QString app2 = root.filePath(QStringLiteral("t_app-2/ebin"));
    QVERIFY(QDir().mkpath(app1) && QDir().mkpath(app2));
    QVERIFY(compileModule(app1, QStringLiteral("t_app_mod"), 1));
    QVERIFY(compileModule(app2, QStringLiteral("t_app_mod"), 2));

    Watched w;
    QVERIFY(w.start());
    QVERIFY(waitUntil([&] { return w.watch->hasHealth(); }, 5000));
    QVERIFY(!w.activeAlarm(QStringLiteral("code_path_clash")));
    QVERIFY(w.eval(QStringLiteral("code:add_patha(\"%1\"), code:add_pathz(\"%2\"), code:add_pathz(\"%3\"), "
                                  "code:add_pathz(\"%4\"), code:add_pathz(\"%5\"), ok.")
                       .arg(one.path(), link, same, app1, app2)));
    QVERIFY(waitUntil([&] { return !w.watch->health().shadowed.isEmpty(); }, 5000));
    QVERIFY(!w.activeAlarm(QStringLiteral("code_path_clash")));
    QCOMPARE(w.watch->health().shadowed.value(0).modules, QStringList{QStringLiteral("t_app_mod")});
    QVERIFY2(w.watch->health().shadowed.value(0).describe().startsWith(QStringLiteral("t_app-1 (")),
             qPrintable(w.watch->health().shadowed.value(0).describe()));

    QVERIFY(w.eval(QStringLiteral("code:add_pathz(\"%1\"), ok.").arg(two.path())));
    QVERIFY(w.waitRaised(QStringLiteral("code_path_clash")));
    const QString info = w.activeAlarm(QStringLiteral("code_path_clash"))->info;
    // One line, naming the module and both directories in path order; the link and the copy are not in it.
    QVERIFY2(info.contains(QLatin1String("t_twice")) && info.indexOf(one.path()) < info.indexOf(two.path()) &&
                 !info.contains(link) && !info.contains(same) && !info.contains(QLatin1Char('\n')),
             qPrintable(info));
    QVERIFY(w.eval(QStringLiteral("code:del_path(\"%1\"), ok.").arg(two.path())));
    QVERIFY(w.waitCleared(QStringLiteral("code_path_clash")));
}

void TestAlarms::runQueueHigh()
{
    Watched w(TestNode::Options::withArgs({QStringLiteral("+S"), QStringLiteral("1")}));
    QVERIFY(w.start());
    w.setThreshold(QStringLiteral("run_queue_high"), 2, 3); // 3 s instead of a minute
    QVERIFY(w.eval(
        QStringLiteral("register(t_spin, spawn(fun() -> Ps = [spawn(fun Spin() -> Spin() end) || _ <- lists:seq(1, 8)],"
                       "receive stop -> [exit(P, kill) || P <- Ps] end end)), ok.")));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(w.waitRaised(QStringLiteral("run_queue_high"), 15000));
    QVERIFY2(timer.elapsed() >= 2000, "raised before the window had passed");
    QVERIFY(w.eval(QStringLiteral("t_spin ! stop, ok.")));
    QVERIFY(w.waitCleared(QStringLiteral("run_queue_high")));
}

void TestAlarms::busyDistPort()
{
    // A small distribution buffer (+zdbbl 64 KB: still above the console's own replies) and bursts of
    // 16 KB messages to a second node for three seconds.
    Watched w(TestNode::Options::withArgs({QStringLiteral("+zdbbl"), QStringLiteral("64")}));
    TestNode peer;
    QVERIFY(w.start());
    w.setThreshold(QStringLiteral("busy_dist_port_high"), 3, 5);
    QString error;
    QVERIFY2(peer.start(&error), qPrintable(error));
    // Counters become rates from the second sample on: the flood starts once they are there.
    bool rates = false;
    QObject::connect(w.sampler.get(), &MetricsSampler::sampled, &w.engine, [&rates](const MetricSample &m) {
        rates = rates || m.has(QStringLiteral("sysmon.busy_dist_port"));
    });
    QVERIFY(waitUntil([&] { return rates; }, 5000));
    // The watched node learns the peer's cookie with erlang:set_cookie/2.
    QVERIFY(w.eval(QStringLiteral("erlang:set_cookie('%1', '%2'), true = net_kernel:connect_node('%1'),"
                                  "register(t_flood, spawn(fun() -> B = binary:copy(<<1>>, 16000),"
                                  "Burst = fun L(0) -> ok; L(N) -> {nowhere, '%1'} ! B, L(N - 1) end,"
                                  "[begin Burst(2000), timer:sleep(100) end || _ <- lists:seq(1, 30)],"
                                  "receive stop -> ok end end)), ok.")
                       .arg(peer.name().toString(), QString::fromLatin1(peer.cookie()))));
    QVERIFY(w.waitRaised(QStringLiteral("busy_dist_port_high"), 15000));
    QVERIFY(w.activeAlarm(QStringLiteral("busy_dist_port_high"))->info.contains(QLatin1String("busy distribution")));
    // The bursts end after three seconds; five seconds later the window holds none.
    QVERIFY(w.waitCleared(QStringLiteral("busy_dist_port_high"), 20000));
}

void TestAlarms::limitForecast()
{
    Watched w;
    QVERIFY(w.start());
    // A 12 s window: atoms made at a steady 300 a second would fill the table in days, not weeks.
    w.setThreshold(QStringLiteral("limit_forecast"), 7, 12);
    QVERIFY(w.eval(
        QStringLiteral("register(t_atoms, spawn(fun() -> Loop = fun L(I) -> receive stop -> ok after 10 ->"
                       "[list_to_atom(\"t_grow_\" ++ integer_to_list(I * 3 + K)) || K <- [0, 1, 2]], L(I + 1) end end,"
                       "Loop(0) end)), ok.")));
    QVERIFY(waitUntil(
        [&] { return w.activeAlarm(QStringLiteral("limit_forecast"), QStringLiteral("atoms")).has_value(); }, 30000));
    const Alarm forecast = *w.activeAlarm(QStringLiteral("limit_forecast"), QStringLiteral("atoms"));
    QCOMPARE(forecast.severity, Alarm::Severity::Warning);
    QVERIFY2(forecast.info.contains(QLatin1String("days")) || forecast.info.contains(QLatin1String(" h")),
             qPrintable(forecast.info));
    QVERIFY(w.eval(QStringLiteral("t_atoms ! stop, ok.")));
    // Once the window holds no growth, the forecast ends.
    QVERIFY(
        waitUntil([&] { return !w.activeAlarm(QStringLiteral("limit_forecast"), QStringLiteral("atoms")); }, 30000));
}

void TestAlarms::shellMemoryHigh()
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("util-linux's script is needed to give erl -remsh a terminal");
    Watched w;
    QVERIFY(w.start());
    QVERIFY(waitUntil([&] { return w.feed->isSubscribed(); }, 10000));
    w.setThreshold(QStringLiteral("shell_memory_high"), 20); // MB
    // A real remote shell (script gives erl -remsh the terminal it needs) keeps a 64 MB list in a variable.
    QProcess remsh;
    remsh.start(script, {QStringLiteral("-qfec"),
                         QStringLiteral("%1 -name r_%2@127.0.0.1 -setcookie %3 -remsh %4")
                             .arg(QStringLiteral(BILBY_ERL_PATH), QString::fromLatin1(randomToken(8)),
                                  QString::fromLatin1(w.node.cookie()), w.nodeName()),
                         QStringLiteral("/dev/null")});
    QVERIFY(remsh.waitForStarted(5000));
    QByteArray screen;
    QVERIFY(waitUntil(
        [&] {
            screen += remsh.readAllStandardOutput();
            return screen.contains("(" + w.nodeName().toUtf8() + ")1>");
        },
        15000));
    remsh.write("Big = lists:seq(1, 4000000), ok.\n");
    QVERIFY(w.waitRaised(QStringLiteral("shell_memory_high"), 20000));
    QVERIFY2(w.activeAlarm(QStringLiteral("shell_memory_high"))->info.contains(QLatin1String("MB")),
             qPrintable(w.activeAlarm(QStringLiteral("shell_memory_high"))->info));
    // Ending the shell (the terminal goes, not q(), which would stop the node) ends the condition.
    remsh.kill();
    QVERIFY(remsh.waitForFinished(5000));
    QVERIFY(w.waitCleared(QStringLiteral("shell_memory_high"), 15000));
}

void TestAlarms::nodeAlarms()
{
    Watched w(TestNode::Options::withSasl());
    QVERIFY(w.start());
    // One set before the console subscribes (reported at subscription), one while it watches.
    QVERIFY(w.eval(QStringLiteral("alarm_handler:set_alarm({{t_disk, \"/data\"}, \"almost full\"}), ok.")));
    QVERIFY(waitUntil([&] { return w.feed->isSubscribed(); }, 10000));
    QVERIFY(w.waitRaised(QStringLiteral("sasl:t_disk")));
    QVERIFY(w.eval(QStringLiteral("alarm_handler:set_alarm({{t_cooling, fan2}, \"fan stopped\"}), ok.")));
    QVERIFY(w.waitRaised(QStringLiteral("sasl:t_cooling")));
    const Alarm fan = *w.activeAlarm(QStringLiteral("sasl:t_cooling"));
    QVERIFY2(fan.cause.contains(QLatin1String("fan stopped")), qPrintable(fan.cause));
    QVERIFY2(fan.resource.contains(QLatin1String("fan2")), qPrintable(fan.resource));
    QVERIFY(w.eval(QStringLiteral(
        "alarm_handler:clear_alarm({t_cooling, fan2}), alarm_handler:clear_alarm({t_disk, \"/data\"}), ok.")));
    QVERIFY(w.waitCleared(QStringLiteral("sasl:t_cooling")));
    QVERIFY(w.waitCleared(QStringLiteral("sasl:t_disk")));
}

// RabbitMQ's alarm manager (rabbit_alarm) lives under rabbit_sup: it starts after Bilby may have connected,
// and `rabbitmqctl stop_app`/`start_app` replace it. Bilby's handler follows it, and leaves nothing behind.
void TestAlarms::alarmManagerComesAndGoes()
{
    Watched w(TestNode::Options::withSasl());
    QVERIFY(w.start());
    QVERIFY(waitUntil([&] { return w.feed->isSubscribed(); }, 10000));
    // After the subscription: found at the hub's next resync (10 s).
    QVERIFY(
        w.eval(QStringLiteral("register(t_alarm_owner, spawn(fun() -> {ok, _} = gen_event:start({local, rabbit_alarm}),"
                              "receive stop -> ok end end)), ok.")));
    const auto ourHandlers = [&] {
        const auto r = w.rpc->eval(QStringLiteral(
            "case whereis(rabbit_alarm) of undefined -> -1; _ -> length([H || {bilby_agent_evhandlers, _} = H "
            "<- gen_event:which_handlers(rabbit_alarm)]) end."));
        return r ? int(r->toInt(-2)) : -2;
    };
    QVERIFY(waitUntil([&] { return ourHandlers() == 1; }, 15000));
    QVERIFY(w.eval(
        QStringLiteral("gen_event:notify(rabbit_alarm, {set_alarm, {{resource_limit, memory, node()}, []}}), ok.")));
    QVERIFY(w.waitRaised(QStringLiteral("rabbitmq_memory_alarm")));
    // stop_app: the manager goes with our handler; start_app: a new one, found again within seconds.
    QVERIFY(
        w.eval(QStringLiteral("gen_event:stop(rabbit_alarm), {ok, _} = gen_event:start({local, rabbit_alarm}), ok.")));
    QVERIFY(waitUntil([&] { return ourHandlers() == 1; }, 5000));
    QVERIFY(w.eval(
        QStringLiteral("gen_event:notify(rabbit_alarm, {set_alarm, {{resource_limit, disk, node()}, []}}), ok.")));
    QVERIFY(w.waitRaised(QStringLiteral("rabbitmq_disk_alarm")));
    // Killed (a brutal shutdown): the hub survives it and finds the next one.
    QVERIFY(w.eval(QStringLiteral("exit(whereis(rabbit_alarm), kill), timer:sleep(100), "
                                  "{ok, _} = gen_event:start({local, rabbit_alarm}), ok.")));
    QVERIFY(waitUntil([&] { return ourHandlers() == 1; }, 5000));
    // The console leaves: no handler of Bilby's stays in either manager.
    QSignalSpy stopped(w.session.get(), &NodeSession::stopped);
    w.session->stop();
    QVERIFY(stopped.wait(5000));
    QVERIFY(waitUntil([&] { return ourHandlers() == 0; }, 5000));
    const auto sasl = w.rpc->eval(
        QStringLiteral("length([H || {bilby_agent_evhandlers, _} = H <- gen_event:which_handlers(alarm_handler)])."));
    QVERIFY(sasl && sasl->toInt(-1) == 0);
}

void TestAlarms::lifecycle()
{
    Watched w;
    QVERIFY(w.start());
    w.setThreshold(QStringLiteral("system_memory_high_watermark"), 1);
    QVERIFY(w.waitRaised(QStringLiteral("system_memory_high_watermark")));
    Alarm a = *w.activeAlarm(QStringLiteral("system_memory_high_watermark"));
    QCOMPARE(a.state, Alarm::State::New);
    QVERIFY(!a.cause.isEmpty() && !a.action.isEmpty() && !a.info.isEmpty());
    QCOMPARE(w.engine.worstActive(), std::optional<Alarm::Severity>(Alarm::Severity::Major));

    QVERIFY(w.engine.acknowledge(a.serial));
    QVERIFY(!w.engine.acknowledge(a.serial)); // once
    QVERIFY(w.engine.comment(a.serial, QStringLiteral("looking at it")));
    QVERIFY(!w.engine.comment(a.serial, QStringLiteral("   ")));
    a = *w.engine.alarm(a.serial);
    QCOMPARE(a.state, Alarm::State::Acknowledged);
    QVERIFY(a.acknowledgedMs >= a.raisedMs);
    QCOMPARE(a.comments.size(), 1);

    // A manual clear holds while the condition still holds: no new alarm a second later.
    QVERIFY(w.engine.clear(a.serial));
    QVERIFY(!w.engine.alarm(a.serial)->isActive());
    QVERIFY(w.engine.alarm(a.serial)->clearedByUser);
    QTest::qWait(2500);
    QVERIFY(!w.activeAlarm(QStringLiteral("system_memory_high_watermark")));
    // Once the condition ends and comes back, that is a new alarm.
    w.setThreshold(QStringLiteral("system_memory_high_watermark"), 100);
    QTest::qWait(2500);
    w.setThreshold(QStringLiteral("system_memory_high_watermark"), 1);
    QVERIFY(w.waitRaised(QStringLiteral("system_memory_high_watermark")));
    QVERIFY(w.activeAlarm(QStringLiteral("system_memory_high_watermark"))->serial != a.serial);

    // Every transition is a notification: raised, acknowledged, commented, cleared, raised.
    QStringList kinds;
    for (const auto &[alarm, transition] : w.transitions) {
        if (alarm.alarmId == QLatin1String("system_memory_high_watermark"))
            kinds.append(
                QString::fromLatin1(QMetaEnum::fromType<AlarmEngine::Transition>().valueToKey(int(transition))));
    }
    QCOMPARE(kinds, QStringList({QStringLiteral("Raised"), QStringLiteral("Acknowledged"), QStringLiteral("Commented"),
                                 QStringLiteral("Cleared"), QStringLiteral("Raised")}));
    int alarmNotes = 0;
    for (const Notification &n : w.notifications)
        alarmNotes += n.origin == Notification::Origin::Alarm && n.text.contains(QLatin1String("system_memory"));
    QCOMPARE(alarmNotes, 5);
}

void TestAlarms::cliAlarmsAndCheck()
{
    TestNode node(TestNode::Options::withArgs({QStringLiteral("+P"), QStringLiteral("1024")}));
    QVERIFY(node.start());
    const QStringList target{QStringLiteral("--node"), node.name().toString(), QStringLiteral("--cookie"),
                             QString::fromLatin1(node.cookie())};
    // A healthy node: OK, exit 0, and no alarm in the JSON.
    CliRun run = runCli(target + QStringList{QStringLiteral("check")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("BILBY OK - "), run.out.constData());
    QCOMPARE(run.out.count('\n'), 1);
    run = runCli(target + QStringList{QStringLiteral("alarms"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("alarms")).toArray().size(), 0);

    // 85% of the process limit: a minor alarm, WARNING, exit 1.
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    QVERIFY(rpc.eval(
        QStringLiteral("register(t_many, spawn(fun() -> N = round(1024 * 0.85) - erlang:system_info(process_count),"
                       "[spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, N)],"
                       "receive stop -> ok end end)), ok.")));
    run = runCli(target + QStringList{QStringLiteral("alarms"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray alarms = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("alarms")).toArray();
    QCOMPARE(alarms.size(), 1);
    const QJsonObject alarm = alarms.first().toObject();
    QCOMPARE(alarm.value(QStringLiteral("id")).toString(), QStringLiteral("process_limit_minor"));
    QCOMPARE(alarm.value(QStringLiteral("severity")).toString(), QStringLiteral("minor"));
    QCOMPARE(alarm.value(QStringLiteral("node")).toString(), node.name().toString());
    QVERIFY(alarm.value(QStringLiteral("raised_ms")).toDouble() > 0);
    for (const char *key : {"cause", "action", "info"})
        QVERIFY2(!alarm.value(QLatin1String(key)).toString().isEmpty(), key);
    run = runCli(target + QStringList{QStringLiteral("check")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith("BILBY WARNING - ") && run.out.contains("process_limit_minor"), run.out.constData());

    // 92%: major, CRITICAL, exit 2.
    QVERIFY(rpc.eval(QStringLiteral("[spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, 80)], ok.")));
    run = runCli(target + QStringList{QStringLiteral("check")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.startsWith("BILBY CRITICAL - ") && run.out.contains("process_limit_major"), run.out.constData());
    // A silence set in the console (its settings directory) counts in check as in the tray: the alarm is
    // named as silenced, with its reason, and not counted.
    QTemporaryDir settingsDir;
    QVERIFY(settingsDir.isValid());
    {
        Settings settings(Settings::iniPathIn(settingsDir.path()));
        AlarmSilence silence;
        silence.id = 7;
        silence.alarmId = QStringLiteral("process_limit_major");
        silence.node = node.name().toString();
        silence.reason = QStringLiteral("load test until noon");
        silence.createdMs = QDateTime::currentMSecsSinceEpoch();
        settings.setSilences({silence});
    }
    const QStringList withSilences{QStringLiteral("--settings-dir"), settingsDir.path()};
    run = runCli(target + withSilences + QStringList{QStringLiteral("check")});
    QVERIFY2(run.exitCode == 0 && run.out.startsWith("BILBY OK - ") &&
                 run.out.contains("1 silenced: process_limit_major (until lifted: load test until noon)") &&
                 run.out.contains("| alarms=0"),
             run.out.constData());
    run = runCli(target + withSilences + QStringList{QStringLiteral("alarms"), QStringLiteral("--json")});
    const QJsonObject listed = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(listed.value(QStringLiteral("silenced")).toArray().size(), 1);
    QCOMPARE(
        listed.value(QStringLiteral("silenced")).toArray().first().toObject().value(QStringLiteral("id")).toString(),
        QStringLiteral("process_limit_major"));
    // Other settings, without the silence, do not silence it.
    QTemporaryDir otherSettings;
    run = runCli(target + QStringList{QStringLiteral("--settings-dir"), otherSettings.path(), QStringLiteral("check")});
    QCOMPARE(run.exitCode, 2);

    // The user leaves an alarm out: --ignore, repeated or as a list.
    run = runCli(target + QStringList{QStringLiteral("check"), QStringLiteral("--ignore"),
                                      QStringLiteral("old_code,process_limit_major")});
    QVERIFY2(run.exitCode == 0 && run.out.startsWith("BILBY OK - "), run.out.constData());

    // A node that is not there: UNKNOWN, exit 3, still one line.
    run = runCli({QStringLiteral("--node"),
                  QStringLiteral("t_absent_%1@127.0.0.1").arg(QString::fromLatin1(randomToken(6))),
                  QStringLiteral("--cookie"), QStringLiteral("x"), QStringLiteral("check")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.startsWith("BILBY UNKNOWN - "), run.out.constData());
}

QTEST_GUILESS_MAIN(TestAlarms)
#include "tst_alarms.moc"
