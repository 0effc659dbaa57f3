#include "clioptions.h"

#include "tools/processtop.h"

#include "events/notification.h"
#include "settings/readonlypolicy.h"
#include "store/timespec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace bilby {

namespace {

// Named so that lupdate files these strings under the context they are looked up in.
struct OptionsText
{
    Q_DECLARE_TR_FUNCTIONS(bilby::CliOptions)
};

std::optional<QByteArray> readCookieFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = OptionsText::tr("Cannot read cookie file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll().trimmed();
}

} // namespace

std::optional<CliOptions> CliOptions::parse(const QStringList &argv, QString *error, QString *helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(OptionsText::tr(
        "Bilby command-line companion.\n\nCommands:\n"
        "  info          system information of the node\n"
        "  metrics       one sample of every metric (counters as rates over one second)\n"
        "  list-metrics  the built-in metrics: name, kind, unit, meaning (no node needed)\n"
        "  list-alarms   the built-in alarms: severity, threshold, cause, what to do (no node needed)\n"
        "  collect       sample every --node into the --db history file until SIGINT or SIGTERM\n"
        "  query         print the stored samples of --metric of --node from --db\n"
        "  alarms        the node's active alarms (connect, sample, evaluate); with --db: the stored ones\n"
        "  check         Nagios plugin: one status line; exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN\n"
        "  notifications the stored timeline of --db (filters: --node, --origin, --since, --search)\n"
        "  procs         the top processes by --sort memory, mq or reductions (since the previous refresh)\n"
        "  proc PID      one process (a pid such as <0.85.0>, or a registered name): information and stack;\n"
        "                --messages, --dictionary, --state add what it holds (sensitive)\n"
        "  ets [TABLE]   every ETS table; with TABLE, a page of its rows (--page K) or the rows of --key\n"
        "  eval EXPR     evaluate an Erlang expression on the node (--elixir: Elixir) and print its value\n"
        "  gc --all      garbage-collect every process, in batches (--batch, --pause)\n"
        "  purge         soft-purge old code that no process runs any more\n"
        "  ports         ports and sockets by bytes moved: type, owner, addresses\n"
        "  apps [APP]    the running applications; with APP, its supervision tree\n\n"
        "Without --cookie or --cookie-file, the cookie comes from BILBY_COOKIE, else from ~/.erlang.cookie\n"
        "(as for erl and erl_call)."));
    const QCommandLineOption node(QStringLiteral("node"),
                                  OptionsText::tr("Node to connect to (alive@host); collect takes several."),
                                  OptionsText::tr("name"));
    const QCommandLineOption cookie(QStringLiteral("cookie"), OptionsText::tr("Distribution cookie."),
                                    OptionsText::tr("cookie"));
    const QCommandLineOption cookieFile(QStringLiteral("cookie-file"), OptionsText::tr("Read the cookie from a file."),
                                        OptionsText::tr("file"));
    const QCommandLineOption json(QStringLiteral("json"), OptionsText::tr("Print JSON."));
    const QCommandLineOption follow(
        QStringLiteral("follow"), OptionsText::tr("metrics: keep printing one sample per second (the live metrics)."));
    const QCommandLineOption live(
        QStringLiteral("live"),
        OptionsText::tr("metrics: only the cheap live metrics, not those sampled at the history rate "
                        "(allocators, file descriptors, os_mon, Mnesia)."));
    const QCommandLineOption timeout(QStringLiteral("timeout"), OptionsText::tr("Connect and request timeout in ms."),
                                     OptionsText::tr("ms"), QStringLiteral("5000"));
    const QCommandLineOption db(QStringLiteral("db"), OptionsText::tr("collect, query: the history file (SQLite)."),
                                OptionsText::tr("file"));
    const QCommandLineOption metric(QStringLiteral("metric"), OptionsText::tr("query: the metric to print."),
                                    OptionsText::tr("name"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  OptionsText::tr("query: start, ISO-8601 or relative (-2h, -30m, -7d); default -1h."),
                                  OptionsText::tr("time"), QStringLiteral("-1h"));
    const QCommandLineOption to(QStringLiteral("to"), OptionsText::tr("query: end, like --from; default now."),
                                OptionsText::tr("time"), QStringLiteral("now"));
    const QCommandLineOption resolution(
        QStringLiteral("resolution"), OptionsText::tr("query: raw, history or rollup; default: chosen from the range."),
        OptionsText::tr("tier"));
    const QCommandLineOption interval(QStringLiteral("interval"), OptionsText::tr("collect: sampling interval in ms."),
                                      OptionsText::tr("ms"), QStringLiteral("1000"));
    const QCommandLineOption keepRaw(QStringLiteral("keep-raw"),
                                     OptionsText::tr("collect: keep samples at full rate this long."),
                                     OptionsText::tr("duration"), QStringLiteral("6h"));
    const QCommandLineOption keepHistory(QStringLiteral("keep-history"),
                                         OptionsText::tr("collect: keep one-minute buckets this long."),
                                         OptionsText::tr("duration"), QStringLiteral("30d"));
    const QCommandLineOption keepRollups(QStringLiteral("keep-rollups"),
                                         OptionsText::tr("collect: keep hourly rollups this long."),
                                         OptionsText::tr("duration"), QStringLiteral("2y"));
    const QCommandLineOption origin(
        QStringLiteral("origin"),
        OptionsText::tr("notifications: log, shell, code, config, alarm, node, agent, system_monitor "
                        "or action; may be repeated."),
        OptionsText::tr("origin"));
    const QCommandLineOption since(
        QStringLiteral("since"),
        OptionsText::tr("alarms, notifications (--db): from this time, ISO-8601 or relative (-2h)."),
        OptionsText::tr("time"));
    const QCommandLineOption search(QStringLiteral("search"), OptionsText::tr("notifications: words to search for."),
                                    OptionsText::tr("text"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   OptionsText::tr("alarms, notifications (--db): at most this many."),
                                   OptionsText::tr("count"), QStringLiteral("100"));
    const QCommandLineOption sysmonDetails(
        QStringLiteral("sysmon-details"),
        OptionsText::tr(
            "collect: also record each system monitor event (long GC, long schedule, large heap, busy ports; at "
            "most 10 a second per node), not only their counts."));
    const QCommandLineOption logLevel(
        QStringLiteral("log-level"),
        OptionsText::tr("collect: the lowest level of the nodes' log events recorded: error, "
                        "warning (the default), notice, info or debug."),
        OptionsText::tr("level"), NodeMarks::defaultLogLevel());
    const QCommandLineOption sort(QStringLiteral("sort"),
                                  OptionsText::tr("procs: memory, mq (message queue) or reductions."),
                                  OptionsText::tr("key"), QStringLiteral("memory"));
    const QCommandLineOption top(QStringLiteral("top"), OptionsText::tr("procs: how many processes (1 to 500)."),
                                 OptionsText::tr("count"), QStringLiteral("50"));
    const QCommandLineOption filter(
        QStringLiteral("filter"),
        OptionsText::tr("procs: only processes whose registered name or initial or current module "
                        "contains this text."),
        OptionsText::tr("text"));
    const QCommandLineOption ignore(
        QStringLiteral("ignore"),
        OptionsText::tr("check, alarms: leave out this alarm id (may be repeated, or a comma-separated "
                        "list), e.g. code_path_clash."),
        OptionsText::tr("id"));
    const QCommandLineOption settingsDir(
        QStringLiteral("settings-dir"),
        OptionsText::tr("check, alarms: the console's settings directory (as given to bilby --settings-dir), "
                        "whose alarm silences apply; by default the console's own settings."),
        OptionsText::tr("dir"));
    const QCommandLineOption includeBilby(
        QStringLiteral("include-bilby"),
        OptionsText::tr("procs, ets, ports: also list Bilby's own processes, tables and "
                        "connection on the node (left out by default)."));
    const QCommandLineOption messages(QStringLiteral("messages"),
                                      OptionsText::tr("proc: also the first 100 messages of its queue (sensitive)."));
    const QCommandLineOption dictionary(QStringLiteral("dictionary"),
                                        OptionsText::tr("proc: also its process dictionary (sensitive)."));
    const QCommandLineOption state(
        QStringLiteral("state"),
        OptionsText::tr("proc: also its state, through sys:get_state with a 2 s timeout (sensitive)."));
    const QCommandLineOption page(QStringLiteral("page"),
                                  OptionsText::tr("ets TABLE: which page of 100 rows (from 1)."),
                                  OptionsText::tr("number"), QStringLiteral("1"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 OptionsText::tr("ets TABLE: the rows with this key (an Erlang term)."),
                                 OptionsText::tr("term"));
    const QCommandLineOption elixir(QStringLiteral("elixir"),
                                    OptionsText::tr("eval: the expression is Elixir (the node needs it)."));
    const QCommandLineOption all(QStringLiteral("all"), OptionsText::tr("gc: every process on the node, in batches."));
    const QCommandLineOption batch(QStringLiteral("batch"),
                                   OptionsText::tr("gc --all: processes per batch (1 to 100000)."),
                                   OptionsText::tr("count"), QStringLiteral("500"));
    const QCommandLineOption pause(QStringLiteral("pause"),
                                   OptionsText::tr("gc --all: pause between batches (0 to 60000)."),
                                   OptionsText::tr("ms"), QStringLiteral("50"));
    const QCommandLineOption readOnly(
        QStringLiteral("read-only"),
        OptionsText::tr("Any command: the agent on the node refuses every request that changes it."));
    // clang-format off
    parser.addOptions({readOnly, node, cookie, cookieFile, json, follow, live, timeout, db, metric, from, to, resolution, interval,
                       keepRaw, keepHistory, keepRollups, origin, since, search, limit, sysmonDetails, logLevel, sort, top,
                       filter, ignore, settingsDir, includeBilby, messages, dictionary, state, page, key, elixir, all, batch, pause});
    // clang-format on
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"),
        OptionsText::tr(
            "info | metrics | list-metrics | list-alarms | collect | query | alarms | check | notifications | procs "
            "| proc | ets | eval | gc | purge | ports | apps"));
    *helpText = parser.helpText();

    if (!parser.parse(argv)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("version")))
        *helpText = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion() +
                    QLatin1Char('\n');
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        *error = QString();
        return std::nullopt;
    }
    CliOptions o;
    o.json = parser.isSet(json);
    o.follow = parser.isSet(follow);
    o.liveOnly = parser.isSet(live) || o.follow;
    o.readOnly = parser.isSet(readOnly);
    o.sysmonDetails = parser.isSet(sysmonDetails);
    bool ok = false;
    o.timeoutMs = parser.value(timeout).toInt(&ok);
    if (!ok || o.timeoutMs <= 0) {
        *error = OptionsText::tr("--timeout needs a positive number of milliseconds.");
        return std::nullopt;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        *error = OptionsText::tr("No command given.");
        return std::nullopt;
    }
    o.command = positional.first();
    o.arguments = positional.mid(1);
    static const QStringList commands{
        QStringLiteral("info"),        QStringLiteral("metrics"), QStringLiteral("list-metrics"),
        QStringLiteral("list-alarms"), QStringLiteral("collect"), QStringLiteral("query"),
        QStringLiteral("alarms"),      QStringLiteral("check"),   QStringLiteral("notifications"),
        QStringLiteral("procs"),       QStringLiteral("proc"),    QStringLiteral("ets"),
        QStringLiteral("eval"),        QStringLiteral("gc"),      QStringLiteral("purge"),
        QStringLiteral("ports"),       QStringLiteral("apps")};
    if (!commands.contains(o.command)) {
        *error = OptionsText::tr("Unknown command '%1'.").arg(o.command);
        return std::nullopt;
    }
    o.nodes = parser.values(node);
    o.node = o.nodes.value(0);
    o.dbPath = parser.value(db);
    o.metric = parser.value(metric);
    o.from = parser.value(from);
    o.to = parser.value(to);
    o.resolution = parser.value(resolution);
    o.origins = parser.values(origin);
    o.since = parser.value(since);
    o.search = parser.value(search);
    o.limit = parser.value(limit).toInt(&ok);
    if (!ok || o.limit <= 0) {
        *error = OptionsText::tr("--limit needs a positive number.");
        return std::nullopt;
    }
    for (const QString &name : qAsConst(o.origins)) {
        if (!Notification::originFromName(name)) {
            *error = OptionsText::tr("Unknown --origin '%1'.").arg(name);
            return std::nullopt;
        }
    }
    o.includeBilby = parser.isSet(includeBilby);
    if (o.command == QLatin1String("procs")) {
        o.sort = parser.value(sort);
        if (!ProcessTop::sortFromName(o.sort)) {
            *error = OptionsText::tr("--sort is memory, mq or reductions.");
            return std::nullopt;
        }
        o.top = parser.value(top).toInt(&ok);
        if (!ok || o.top < 1 || o.top > 500) {
            *error = OptionsText::tr("--top needs a number from 1 to 500.");
            return std::nullopt;
        }
        o.filter = parser.value(filter);
    }
    for (const QString &value : parser.values(ignore))
        o.ignore += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    o.settingsDir = parser.value(settingsDir);
    if (o.command == QLatin1String("proc")) {
        if (o.arguments.size() != 1) {
            *error = OptionsText::tr("proc needs one process: a pid such as <0.85.0>, or a registered name.");
            return std::nullopt;
        }
        o.withMessages = parser.isSet(messages);
        o.withDictionary = parser.isSet(dictionary);
        o.withState = parser.isSet(state);
    }
    if (o.command == QLatin1String("ets")) {
        if (o.arguments.size() > 1) {
            *error = OptionsText::tr("ets takes at most one table.");
            return std::nullopt;
        }
        o.page = parser.value(page).toInt(&ok);
        if (!ok || o.page < 1) {
            *error = OptionsText::tr("--page needs a number from 1.");
            return std::nullopt;
        }
        o.key = parser.value(key);
    }
    if (o.command == QLatin1String("eval")) {
        if (o.arguments.size() != 1) {
            *error = OptionsText::tr("eval needs one expression (quote it for the shell).");
            return std::nullopt;
        }
        o.elixir = parser.isSet(elixir);
    }
    if (o.command == QLatin1String("gc")) {
        // Only the whole node: one process is `proc` territory in the console.
        o.all = parser.isSet(all);
        o.batch = parser.value(batch).toInt(&ok);
        const bool batchOk = ok && o.batch >= 1 && o.batch <= 100000;
        o.pauseMs = parser.value(pause).toInt(&ok);
        if (!o.all || !batchOk || !ok || o.pauseMs < 0 || o.pauseMs > 60000) {
            *error = OptionsText::tr("gc needs --all, with --batch from 1 to 100000 and --pause from 0 to 60000 ms.");
            return std::nullopt;
        }
    }
    if (o.command == QLatin1String("apps") && o.arguments.size() > 1) {
        *error = OptionsText::tr("apps takes at most one application.");
        return std::nullopt;
    }
    if (o.command == QLatin1String("notifications") && o.dbPath.isEmpty()) {
        *error = OptionsText::tr("notifications needs --db FILE.");
        return std::nullopt;
    }
    const bool storeCommand = o.command == QLatin1String("collect") || o.command == QLatin1String("query");
    if (storeCommand && o.dbPath.isEmpty()) {
        *error = OptionsText::tr("%1 needs --db FILE.").arg(o.command);
        return std::nullopt;
    }
    if (o.command == QLatin1String("collect")) {
        o.logLevel = parser.value(logLevel);
        if (!NodeMarks::isLogLevel(o.logLevel)) {
            *error = OptionsText::tr("--log-level is error, warning, notice, info or debug.");
            return std::nullopt;
        }
        o.intervalMs = parser.value(interval).toInt(&ok);
        if (!ok || o.intervalMs < 100) {
            *error = OptionsText::tr("--interval needs a number of milliseconds, 100 at least.");
            return std::nullopt;
        }
        for (const auto &[option, field] : {std::pair{&keepRaw, &o.storeOptions.rawRetentionMs},
                                            std::pair{&keepHistory, &o.storeOptions.historyRetentionMs},
                                            std::pair{&keepRollups, &o.storeOptions.rollupRetentionMs}}) {
            const auto duration = parseDuration(parser.value(*option), error);
            if (!duration || *duration <= 0) {
                *error = QStringLiteral("--%1: %2").arg(option->names().constFirst(), *error);
                return std::nullopt;
            }
            *field = *duration;
        }
    }
    if (o.command == QLatin1String("query")) {
        static const QStringList tiers{QString(), QStringLiteral("raw"), QStringLiteral("history"),
                                       QStringLiteral("rollup")};
        if (o.node.isEmpty() || o.metric.isEmpty()) {
            *error = OptionsText::tr("query needs --node NAME and --metric METRIC.");
            return std::nullopt;
        }
        if (!tiers.contains(o.resolution)) {
            *error = OptionsText::tr("--resolution is raw, history or rollup.");
            return std::nullopt;
        }
    }
    if (!o.needsNode())
        return o;
    if (o.node.isEmpty()) {
        *error = OptionsText::tr("--node is required.");
        return std::nullopt;
    }
    // Cookie sources, most explicit first; ~/.erlang.cookie is what erl itself would use. An empty one
    // is named as such: the user looks at the source that was used, not for a file that is there.
    const QString homeCookie = QDir::homePath() + QStringLiteral("/.erlang.cookie");
    const QString other = OptionsText::tr("Give one with --cookie-file FILE, --cookie COOKIE or the "
                                          "BILBY_COOKIE environment variable.");
    QString source;
    if (parser.isSet(cookie)) {
        o.cookie = parser.value(cookie).toUtf8();
        source = QStringLiteral("--cookie");
    } else if (parser.isSet(cookieFile)) {
        const auto c = readCookieFile(parser.value(cookieFile), error);
        if (!c)
            return std::nullopt;
        o.cookie = *c;
        source = parser.value(cookieFile);
    } else if (qEnvironmentVariableIsSet("BILBY_COOKIE")) {
        o.cookie = qgetenv("BILBY_COOKIE");
        source = QStringLiteral("BILBY_COOKIE");
    } else if (QFile::exists(homeCookie)) {
        const auto c = readCookieFile(homeCookie, error);
        if (!c)
            return std::nullopt;
        o.cookie = *c;
        source = homeCookie;
    } else {
        *error = OptionsText::tr("No cookie: %1 does not exist. %2").arg(homeCookie, other);
        return std::nullopt;
    }
    if (o.cookie.isEmpty()) {
        *error = OptionsText::tr("No cookie: %1 is empty. %2").arg(source, other);
        return std::nullopt;
    }
    return o;
}

} // namespace bilby
