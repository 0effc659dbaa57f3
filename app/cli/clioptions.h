#pragma once

#include "store/metricstore.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace bilby {

/// What `bilby-cli` was asked to do, parsed from its command line (options may come anywhere).
struct CliOptions
{
    QString node;      ///< the first --node
    QStringList nodes; ///< every --node (collect takes several)
    QByteArray cookie;
    QString dbPath;                          ///< --db: the history file of collect and query
    QString metric;                          ///< query: --metric
    QString from;                            ///< query: --from, as given (parsed against the clock when the query runs)
    QString to;                              ///< query: --to
    QString resolution;                      ///< query: --resolution, empty to choose from the range
    int intervalMs = 1000;                   ///< collect: --interval
    StoreOptions storeOptions;               ///< collect: --keep-raw, --keep-history, --keep-rollups
    QStringList origins;                     ///< notifications: --origin
    QString since;                           ///< alarms, notifications: --since, as given
    QString search;                          ///< notifications: --search
    int limit = 100;                         ///< alarms, notifications: --limit
    QString sort = QStringLiteral("memory"); ///< procs: --sort
    int top = 50;                            ///< procs: --top
    QString filter;                          ///< procs: --filter
    bool includeBilby = false;               ///< procs: --include-bilby
    QStringList ignore;                      ///< check, alarms: --ignore ID
    QString settingsDir;                     ///< check, alarms: --settings-dir (the console's silences)
    bool withMessages = false;               ///< proc: --messages
    bool withDictionary = false;             ///< proc: --dictionary
    bool withState = false;                  ///< proc: --state
    int page = 1;                            ///< ets TABLE: --page
    QString key;                             ///< ets TABLE: --key
    bool elixir = false;                     ///< eval: --elixir
    bool all = false;                        ///< gc: --all
    int batch = 500;                         ///< gc --all: --batch
    int pauseMs = 50;                        ///< gc --all: --pause
    bool json = false;
    bool follow = false;
    bool liveOnly = false;                        ///< metrics: --live (and --follow): the live metrics only
    bool sysmonDetails = false;                   ///< collect: --sysmon-details
    QString logLevel = QStringLiteral("warning"); ///< collect: --log-level
    int timeoutMs = 5000;
    bool readOnly = false; ///< --read-only: the agent refuses every request that changes the node
    QString command;
    QStringList arguments;

    /// Whether the command connects to nodes (list-metrics and query only read tables and files).
    bool needsNode() const
    {
        if (command == QLatin1String("alarms") || command == QLatin1String("notifications"))
            return dbPath.isEmpty(); // with --db they read the file
        return command != QLatin1String("list-metrics") && command != QLatin1String("list-alarms") &&
               command != QLatin1String("query");
    }

    /// On a usage error, returns nothing and sets @p error; @p helpText receives the usage text.
    static std::optional<CliOptions> parse(const QStringList &argv, QString *error, QString *helpText);
};

} // namespace bilby
