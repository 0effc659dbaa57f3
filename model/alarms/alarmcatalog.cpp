#include "alarms/alarmcatalog.h"

#include <QCoreApplication>
#include <QLocale>

namespace bilby {

namespace {

// Named so that lupdate files these strings under the context they are looked up in.
struct CatalogText
{
    Q_DECLARE_TR_FUNCTIONS(bilby::AlarmCatalog)
};

using S = Alarm::Severity;

AlarmDefinition limit(const char *id, S severity, double percent, const char *what, const char *cause,
                      const char *action)
{
    const QString thing = CatalogText::tr(what);
    return {QLatin1String(id),
            severity,
            percent,
            0,
            CatalogText::tr("% of the %1 limit").arg(thing),
            CatalogText::tr("The node's %1 count reaches the threshold.").arg(thing),
            CatalogText::tr(cause),
            CatalogText::tr(action)};
}

QVector<AlarmDefinition> build()
{
    // Marked for lupdate: they are translated where they are used, through CatalogText::tr().
    const char *processCause = QT_TRANSLATE_NOOP(
        "bilby::AlarmCatalog",
        "Processes are created faster than they end: a leak (processes that wait forever for a message "
        "that never comes), a burst of connections or jobs, or a limit (+P) set too low for the load.");
    const char *processAction = QT_TRANSLATE_NOOP(
        "bilby::AlarmCatalog",
        "Open the process manager sorted by memory or reductions and look for many processes with the "
        "same initial call; find what spawns them. If the load is legitimate, raise +P in vm.args at the "
        "next restart. At the limit, spawn fails and the node usually crashes.");
    const char *atomCause =
        QT_TRANSLATE_NOOP("bilby::AlarmCatalog",
                          "Atoms are never garbage collected. Code that turns outside input into atoms (list_to_atom, "
                          "binary_to_atom, unsafe term decoding) creates new ones until the table is full.");
    const char *atomAction = QT_TRANSLATE_NOOP(
        "bilby::AlarmCatalog",
        "Find the code that makes atoms from input (look at the notifications for recently loaded modules "
        "and at the atom growth on the Metrics page) and use list_to_existing_atom or keep strings. The "
        "node crashes when the table is full; only a restart empties it, so plan one.");
    const char *etsCause =
        QT_TRANSLATE_NOOP("bilby::AlarmCatalog",
                          "ETS tables are created and not deleted: a process that creates a table per request or per "
                          "session, or owners that never end.");
    const char *etsAction =
        QT_TRANSLATE_NOOP("bilby::AlarmCatalog",
                          "Open the ETS viewer and look for many tables with the same name or owner; fix the code that "
                          "creates them. Raise the limit (+e, or ERL_MAX_ETS_TABLES) only if the number is expected.");
    const char *portCause = QT_TRANSLATE_NOOP(
        "bilby::AlarmCatalog",
        "Ports and sockets are opened and not closed: connection leaks, files opened and never closed, "
        "or more clients than the limit (+Q) allows.");
    const char *portAction = QT_TRANSLATE_NOOP(
        "bilby::AlarmCatalog",
        "Look at the ports list for many ports of one kind or owner; close leaking connections. If the "
        "load is legitimate, raise +Q at the next restart. At the limit, new connections and files fail.");
    const char *queueCause = QT_TRANSLATE_NOOP(
        "bilby::AlarmCatalog", "One process receives messages faster than it handles them: a slow consumer, a blocked "
                               "gen_server call, selective receive over a long queue, or a burst of traffic.");
    const char *queueAction = QT_TRANSLATE_NOOP(
        "bilby::AlarmCatalog",
        "Inspect the process named in the details: its current function shows where it is stuck. "
        "Reading a long mailbox copies it, so look at the first messages only. Find the senders and slow "
        "them down, or make the process faster; as a last resort, restart it through its supervisor.");

    return {
        {QStringLiteral("node_down"), S::Critical, 0, 0, QString(), CatalogText::tr("The node cannot be reached."),
         CatalogText::tr("The node's process ended (crash, out of memory, stopped by someone), its host is down or "
                         "unreachable, or the node is so overloaded that it no longer answers distribution ticks."),
         CatalogText::tr("Check the host and the node's logs and erl_crash.dump; look at the notifications just before "
                         "the node went down. Restart the node if it is not coming back by itself. The alarm clears "
                         "when Bilby reconnects.")},
        limit("process_limit_major", S::Major, 90, QT_TRANSLATE_NOOP("bilby::AlarmCatalog", "process"), processCause,
              processAction),
        limit("process_limit_minor", S::Minor, 80, QT_TRANSLATE_NOOP("bilby::AlarmCatalog", "process"), processCause,
              processAction),
        limit("atom_limit_major", S::Major, 90, QT_TRANSLATE_NOOP("bilby::AlarmCatalog", "atom"), atomCause,
              atomAction),
        limit("atom_limit_minor", S::Minor, 80, QT_TRANSLATE_NOOP("bilby::AlarmCatalog", "atom"), atomCause,
              atomAction),
        limit("ets_limit_major", S::Major, 90, QT_TRANSLATE_NOOP("bilby::AlarmCatalog", "ETS table"), etsCause,
              etsAction),
        limit("ets_limit_minor", S::Minor, 80, QT_TRANSLATE_NOOP("bilby::AlarmCatalog", "ETS table"), etsCause,
              etsAction),
        limit("port_limit_major", S::Major, 90, QT_TRANSLATE_NOOP("bilby::AlarmCatalog", "port"), portCause,
              portAction),
        limit("port_limit_minor", S::Minor, 80, QT_TRANSLATE_NOOP("bilby::AlarmCatalog", "port"), portCause,
              portAction),
        {QStringLiteral("process_message_queue_major"), S::Major, 10000, 0, CatalogText::tr("messages in one queue"),
         CatalogText::tr("Some process has at least the threshold of messages queued."), CatalogText::tr(queueCause),
         CatalogText::tr(queueAction)},
        {QStringLiteral("process_message_queue_minor"), S::Minor, 1000, 0, CatalogText::tr("messages in one queue"),
         CatalogText::tr("Some process has at least the threshold of messages queued."), CatalogText::tr(queueCause),
         CatalogText::tr(queueAction)},
        {QStringLiteral("process_memory_high_watermark"), S::Major, 5, 0, CatalogText::tr("% of the machine's memory"),
         CatalogText::tr("One process holds more than the threshold of the machine's memory."),
         CatalogText::tr(
             "A process accumulates data: a growing state, a large mailbox, binaries it keeps referring to, "
             "or a query result held in memory."),
         CatalogText::tr("Inspect the process named in the details (memory, message queue, state size). Garbage "
                         "collecting it helps when it holds old binaries; otherwise fix what it accumulates or restart "
                         "it through its supervisor.")},
        {QStringLiteral("system_memory_high_watermark"), S::Major, 80, 0,
         CatalogText::tr("% of the machine's memory in use"),
         CatalogText::tr("The machine's memory is more than the threshold in use."),
         CatalogText::tr("The node, or other programs on the same machine, use most of the memory; the kernel may soon "
                         "kill the largest process, which is often the Erlang node."),
         CatalogText::tr(
             "Look at the node's memory by type on its page: processes, binaries, ETS or code. If the node "
             "is not the user, look at the machine. Free memory (garbage collection, smaller caches) or add "
             "memory before the machine starts swapping.")},
        {QStringLiteral("shell_memory_high"), S::Major, 100, 0, CatalogText::tr("MB held by one shell process"),
         CatalogText::tr("A shell process holds more than the threshold of memory."),
         CatalogText::tr("Someone ran a command in a shell on the node that kept a large result: the shell keeps its "
                         "variables and the results of earlier commands (for example after ets:tab2list/1)."),
         CatalogText::tr(
             "Ask whoever uses the shell to forget the variables (f().) and the results, or end that shell. "
             "Bilby's evaluator and tools do not keep results on the node.")},
        {QStringLiteral("old_code"), S::Minor, 60, 0,
         CatalogText::tr("minutes old code may stay while no process runs it"),
         CatalogText::tr(
             "A process still runs the old code of a reloaded module, or a module loaded from a file kept its "
             "old code past the threshold."),
         CatalogText::tr(
             "A module was reloaded and its previous version is still loaded. While a process runs the old "
             "version, the next reload of that module kills the process. (Modules that an application compiles "
             "at run time, such as RabbitMQ's rabbit_ff_registry, leave old code that nobody runs: they are "
             "counted only while a process runs them.)"),
         CatalogText::tr(
             "Let the processes named in the details finish with the old version (a long-running loop must "
             "make a fully qualified call to move to the new one), or restart them, then soft-purge the module "
             "from Node actions. The alarm clears when no process runs old code and nothing is left past the "
             "threshold.")},
        {QStringLiteral("config_file_corrupt"), S::Critical, 0, 0, QString(),
         CatalogText::tr("A file the next boot reads fails to parse or contains invisible characters."),
         CatalogText::tr("Someone edited sys.config, vm.args, a .app, .rel or boot file since the node started, and "
                         "the edit left a syntax error or an invisible character (a no-break or zero-width space, a "
                         "control character) that changes what the file means. The running node is not affected; the "
                         "next restart is: it will fail or behave differently."),
         CatalogText::tr("Open the file named in the details at the line and column given and fix it before the node "
                         "restarts. The alarm clears when the file is correct again.")},
        {QStringLiteral("code_path_clash"), S::Minor, 0, 0, QString(),
         CatalogText::tr("A module is found in two directories of the code path with different code."),
         CatalogText::tr(
             "Two applications ship a module with the same name, an application is installed twice in two "
             "versions, or an old release's directory is still in the code path. The first one in the path is "
             "loaded, silently. (The same directory reached through a symbolic link, or identical copies, are "
             "not counted.)"),
         CatalogText::tr(
             "Look at the directories in the details: remove the stale copy from the code path or the "
             "release, or rename one of the modules; check that the version loaded now is the one you want.")},
        {QStringLiteral("run_queue_high"), S::Minor, 2, 60, CatalogText::tr("times the number of schedulers"),
         CatalogText::tr("The run queue stays above the threshold for the whole window."),
         CatalogText::tr("There is more work than the schedulers can do: a CPU-bound burst, too few schedulers for the "
                         "cores, or processes that spin."),
         CatalogText::tr("Open the process manager sorted by reductions to find what runs; check the scheduler "
                         "utilisation on the Metrics page. Spread or limit the work, or give the node more cores.")},
        {QStringLiteral("busy_dist_port_high"), S::Minor, 30, 60, CatalogText::tr("busy distribution port events"),
         CatalogText::tr("Busy distribution port events in the window reach the threshold."),
         CatalogText::tr("Processes send to another node faster than the connection carries: large messages, a slow "
                         "peer or network, or a distribution buffer (+zdbbl) too small for the traffic."),
         CatalogText::tr("Look at distribution traffic per peer on the Metrics page; send less or smaller data, or "
                         "raise the distribution buffer busy limit (+zdbbl) at the next restart.")},
        {QStringLiteral("limit_forecast"), S::Warning, 7, 3600, CatalogText::tr("days until a limit is reached"),
         CatalogText::tr("At the trend of the window, a limit (atoms, processes, ETS tables, memory) will be reached "
                         "within the threshold."),
         CatalogText::tr("A count grows steadily: a slow leak of atoms, processes, tables or memory."),
         CatalogText::tr("Look at the metric named in the details on the Metrics page over a longer range; find what "
                         "grows before it becomes a limit alarm.")},
        {QStringLiteral("rabbitmq_memory_alarm"), S::Critical, 0, 0, QString(),
         CatalogText::tr("RabbitMQ sets its memory alarm (in its own alarm manager, rabbit_alarm)."),
         CatalogText::tr(
             "The node uses more memory than its high watermark (vm_memory_high_watermark, compared with the "
             "operating system's view of the node's memory, its resident size). RabbitMQ blocks every "
             "connection that publishes until memory falls below the watermark again: producers hang."),
         CatalogText::tr(
             "Find what holds the memory: queues with many messages in memory (consumers that are gone or "
             "slow), large or many connections; drain or purge the queues, add consumers, or raise the "
             "watermark (rabbitmqctl set_vm_memory_high_watermark) if the machine has room. The alarm clears "
             "when RabbitMQ clears it.")},
        {QStringLiteral("rabbitmq_disk_alarm"), S::Critical, 0, 0, QString(),
         CatalogText::tr("RabbitMQ sets its disk alarm (in its own alarm manager, rabbit_alarm)."),
         CatalogText::tr("The free space of the disk holding the node's data is below its limit (disk_free_limit). "
                         "RabbitMQ blocks every connection that publishes until space is freed."),
         CatalogText::tr(
             "Free space on the data disk (old logs, other files), drain queues that page to disk, or lower "
             "the limit (rabbitmqctl set_disk_free_limit) if it is set too high. The alarm clears when "
             "RabbitMQ clears it.")},
    };
}

} // namespace

namespace AlarmCatalog {

const QVector<AlarmDefinition> &definitions()
{
    static const QVector<AlarmDefinition> table = build();
    return table;
}

const AlarmDefinition *find(const QString &id)
{
    for (const AlarmDefinition &d : definitions()) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

QString nodeAlarmId(const QString &manager, const QString &nodeId)
{
    // The node's id is often a tuple ({disk_almost_full, "/data"}): its first element names the alarm,
    // the whole of it tells the instances apart.
    QString name = nodeId;
    QString second;
    if (name.startsWith(QLatin1Char('{'))) {
        second = name.mid(1).section(QLatin1Char(','), 1, 1).trimmed();
        name = name.mid(1).section(QLatin1Char(','), 0, 0).trimmed();
    }
    if (manager == QLatin1String("rabbit_alarm")) {
        // {resource_limit, memory | disk, Node}: the alarms that block every publisher.
        if (name == QLatin1String("resource_limit") &&
            (second == QLatin1String("memory") || second == QLatin1String("disk")))
            return QStringLiteral("rabbitmq_%1_alarm").arg(second);
        return rabbitmqPrefix() + name;
    }
    return saslPrefix() + name;
}

bool isNodeAlarm(const QString &id)
{
    return id.startsWith(saslPrefix()) || id.startsWith(rabbitmqPrefix()) ||
           id == QLatin1String("rabbitmq_memory_alarm") || id == QLatin1String("rabbitmq_disk_alarm");
}

QString markdown()
{
    QString out = QStringLiteral(
        "# Alarms\n\n"
        "Every alarm Bilby raises by itself, with its default severity and threshold. An alarm is raised "
        "when its condition holds and clears itself when the condition ends; you can also acknowledge it, "
        "comment on it and clear it by hand. Thresholds can be changed for every node or for one node.\n\n"
        "Alarms a node raises itself through SASL's `alarm_handler` (os_mon's `disk_almost_full`, for "
        "example, or those of a handler an application installed there instead of SASL's) are shown too, "
        "as `sasl:<id>` with the node's own description. RabbitMQ keeps its alarms in its own alarm "
        "manager: its memory and disk alarms are `rabbitmq_memory_alarm` and `rabbitmq_disk_alarm` below, "
        "its others `rabbitmq:<id>`. Alarms set before Bilby connected are found in SASL's and RabbitMQ's "
        "handlers; other handlers keep no list, so their alarms are seen from the moment Bilby connects.\n\n"
        "This file is generated by `bilby-cli list-alarms`.\n");
    const QLocale c = QLocale::c();
    for (const AlarmDefinition &d : definitions()) {
        out += QStringLiteral("\n## %1\n\n").arg(d.id);
        out += QStringLiteral("- **Severity:** %1\n").arg(Alarm::severityName(d.severity));
        out += QStringLiteral("- **Raised when:** %1\n").arg(d.raisedWhen);
        if (!d.thresholdMeaning.isEmpty())
            out += QStringLiteral("- **Default threshold:** %1 %2\n")
                       .arg(c.toString(d.threshold, 'g', 10), d.thresholdMeaning);
        if (d.windowS > 0)
            out += QStringLiteral("- **Default window:** %1 s\n").arg(c.toString(d.windowS, 'g', 10));
        out += QStringLiteral("- **Probable cause:** %1\n").arg(d.cause);
        out += QStringLiteral("- **What to do:** %1\n").arg(d.action);
    }
    return out;
}

} // namespace AlarmCatalog

template <typename Get>
auto AlarmConfig::resolve(const QString &node, const QString &alarmId, Get get) const
{
    const auto nodeIt = m_perNode.constFind(node);
    if (nodeIt != m_perNode.constEnd()) {
        const auto it = nodeIt->constFind(alarmId);
        if (it != nodeIt->constEnd() && get(*it) >= 0)
            return get(*it);
    }
    const auto it = m_global.constFind(alarmId);
    if (it != m_global.constEnd() && get(*it) >= 0)
        return get(*it);
    return decltype(get(Override{}))(-1);
}

double AlarmConfig::threshold(const QString &node, const QString &alarmId) const
{
    const double set = resolve(node, alarmId, [](const Override &o) { return o.threshold; });
    if (set >= 0)
        return set;
    const AlarmDefinition *d = AlarmCatalog::find(alarmId);
    return d ? d->threshold : 0;
}

double AlarmConfig::windowS(const QString &node, const QString &alarmId) const
{
    const double set = resolve(node, alarmId, [](const Override &o) { return o.windowS; });
    if (set >= 0)
        return set;
    const AlarmDefinition *d = AlarmCatalog::find(alarmId);
    return d ? d->windowS : 0;
}

bool AlarmConfig::isEnabled(const QString &node, const QString &alarmId) const
{
    return resolve(node, alarmId, [](const Override &o) { return o.enabled; }) != 0;
}

void AlarmConfig::setGlobal(const QString &alarmId, const Override &value)
{
    m_global.insert(alarmId, value);
}

void AlarmConfig::setForNode(const QString &node, const QString &alarmId, const Override &value)
{
    m_perNode[node].insert(alarmId, value);
}

} // namespace bilby
