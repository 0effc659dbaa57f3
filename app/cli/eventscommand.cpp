#include "eventscommand.h"

#include "cliio.h"
#include "clirunner.h"
#include "store/eventdb.h"
#include "store/metricdb.h"
#include "store/timespec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>

namespace bilby {

namespace {

// Named so that lupdate files these strings under the context they are looked up in.
struct EventsText
{
    Q_DECLARE_TR_FUNCTIONS(bilby::EventsQuery)
};

QString timeText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODateWithMs) : QStringLiteral("-");
}

int printNotifications(EventDb &events, const CliOptions &options, qint64 sinceMs)
{
    NotificationFilter filter;
    if (!options.node.isEmpty())
        filter.nodes = options.nodes;
    for (const QString &name : options.origins)
        filter.origins.append(*Notification::originFromName(name));
    filter.sinceMs = sinceMs;
    filter.search = options.search;
    const NotificationPage page = events.queryNotifications(filter, 0, options.limit);
    if (events.error().isError()) {
        cliError(events.error().message);
        return ExitFailure;
    }
    if (options.json) {
        QJsonArray list;
        for (const Notification &n : page.items)
            list.append(QJsonObject{{QStringLiteral("time_ms"), n.timeMs},
                                    {QStringLiteral("node"), n.node},
                                    {QStringLiteral("origin"), Notification::originName(n.origin)},
                                    {QStringLiteral("severity"), Notification::severityName(n.severity)},
                                    {QStringLiteral("text"), n.text},
                                    {QStringLiteral("details"), n.details}});
        printJson({{QStringLiteral("notifications"), list}, {QStringLiteral("more"), page.more}});
        return ExitOk;
    }
    for (const Notification &n : page.items)
        cliOut() << timeText(n.timeMs) << "  " << Notification::severityName(n.severity).leftJustified(8) << ' '
                 << Notification::originName(n.origin).leftJustified(14) << ' ' << n.node << "  " << n.text << '\n';
    if (page.more)
        cliOut() << EventsText::tr("(more: raise --limit or narrow the filters)") << '\n';
    cliOut().flush();
    return ExitOk;
}

int printAlarms(EventDb &events, const CliOptions &options, qint64 sinceMs)
{
    AlarmFilter filter;
    filter.node = options.node;
    filter.sinceMs = sinceMs;
    filter.limit = options.limit;
    const QVector<Alarm> alarms = events.listAlarms(filter);
    if (events.error().isError()) {
        cliError(events.error().message);
        return ExitFailure;
    }
    if (options.json) {
        QJsonArray list;
        for (const Alarm &a : alarms) {
            QJsonArray comments;
            for (const Alarm::Comment &c : a.comments)
                comments.append(QJsonObject{{QStringLiteral("time_ms"), c.timeMs}, {QStringLiteral("text"), c.text}});
            list.append(QJsonObject{{QStringLiteral("id"), a.alarmId},
                                    {QStringLiteral("severity"), Alarm::severityName(a.severity)},
                                    {QStringLiteral("node"), a.node},
                                    {QStringLiteral("resource"), a.resource},
                                    {QStringLiteral("state"), Alarm::stateName(a.state)},
                                    {QStringLiteral("raised_ms"), a.raisedMs},
                                    {QStringLiteral("acknowledged_ms"), a.acknowledgedMs},
                                    {QStringLiteral("cleared_ms"), a.clearedMs},
                                    {QStringLiteral("cause"), a.cause},
                                    {QStringLiteral("action"), a.action},
                                    {QStringLiteral("info"), a.info},
                                    {QStringLiteral("comments"), comments}});
        }
        printJson({{QStringLiteral("alarms"), list}});
        return ExitOk;
    }
    for (const Alarm &a : alarms)
        cliOut() << timeText(a.raisedMs) << "  " << Alarm::stateName(a.state).leftJustified(12) << ' '
                 << Alarm::severityName(a.severity).leftJustified(8) << ' ' << a.node << "  " << a.alarmId << "  "
                 << a.info << '\n';
    cliOut().flush();
    return ExitOk;
}

} // namespace

int runEventsQuery(const CliOptions &options, qint64 nowMs)
{
    qint64 sinceMs = 0;
    if (!options.since.isEmpty()) {
        QString error;
        const auto since = parseTimeSpec(options.since, nowMs, &error);
        if (!since) {
            cliError(QStringLiteral("--since: ") + error);
            return ExitUsage;
        }
        sinceMs = *since;
    }
    if (!QFileInfo::exists(options.dbPath)) {
        cliError(EventsText::tr("there is no history file at %1.").arg(options.dbPath));
        return ExitFailure;
    }
    MetricDb db;
    if (!db.open(options.dbPath, {}, MetricDb::Mode::ReadOnly)) {
        cliError(db.error().message);
        return ExitFailure;
    }
    EventDb events(db);
    return options.command == QLatin1String("alarms") ? printAlarms(events, options, sinceMs)
                                                      : printNotifications(events, options, sinceMs);
}

} // namespace bilby
