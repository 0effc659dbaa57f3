#include "querycommand.h"

#include "cliio.h"
#include "clirunner.h"
#include "store/metricdb.h"
#include "store/timespec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>

namespace bilby {

namespace {

// Named so that lupdate files these strings under the context they are looked up in.
struct QueryText
{
    Q_DECLARE_TR_FUNCTIONS(bilby::CliQuery)
};

} // namespace

int runQuery(const CliOptions &options, qint64 nowMs)
{
    QString error;
    const auto from = parseTimeSpec(options.from, nowMs, &error);
    const auto to = from ? parseTimeSpec(options.to, nowMs, &error) : std::nullopt;
    if (!from || !to) {
        cliError(error);
        return ExitUsage;
    }
    if (*from > *to) {
        cliError(QueryText::tr("--from is after --to."));
        return ExitUsage;
    }
    if (!QFileInfo::exists(options.dbPath)) {
        cliError(QueryText::tr("there is no history file at %1.").arg(options.dbPath));
        return ExitFailure;
    }
    MetricDb db;
    if (!db.open(options.dbPath, {}, MetricDb::Mode::ReadOnly)) {
        cliError(db.error().message);
        return ExitFailure;
    }
    const QList<SeriesKey> stored = db.listSeries();
    if (!stored.contains(SeriesKey{options.node, options.metric})) {
        QStringList nodes;
        bool nodeKnown = false;
        for (const SeriesKey &key : stored) {
            if (!nodes.contains(key.node))
                nodes.append(key.node);
            nodeKnown = nodeKnown || key.node == options.node;
        }
        if (!nodeKnown)
            cliError(QueryText::tr("%1 holds no samples of node %2. Nodes in it: %3.")
                         .arg(options.dbPath, options.node,
                              nodes.isEmpty() ? QueryText::tr("none") : nodes.join(QLatin1String(", "))));
        else
            cliError(QueryText::tr("%1 holds no metric %2 of node %3 (see bilby-cli list-metrics).")
                         .arg(options.dbPath, options.metric, options.node));
        return ExitFailure;
    }
    SeriesQuery query;
    query.key = {options.node, options.metric};
    query.fromMs = *from;
    query.toMs = *to;
    query.nowMs = nowMs;
    if (options.resolution == QLatin1String("raw"))
        query.resolution = Resolution::Raw;
    else if (options.resolution == QLatin1String("history"))
        query.resolution = Resolution::History;
    else if (options.resolution == QLatin1String("rollup"))
        query.resolution = Resolution::Rollup;
    const SeriesResult result = db.query(query);
    if (result.error.isError()) {
        cliError(result.error.message);
        return ExitFailure;
    }
    // Gap markers are for charts; scripts see the missing time as missing points. The neighbours
    // a chart needs at both edges are left out too: only the range asked for is printed.
    SeriesPoints points;
    for (const SeriesPoint &p : result.points) {
        if (!p.isGap() && p.timeMs >= *from && p.timeMs <= *to)
            points.append(p);
    }
    if (options.json) {
        QJsonArray list;
        for (const SeriesPoint &p : qAsConst(points))
            list.append(QJsonArray{p.timeMs, p.value});
        printJson({{QStringLiteral("node"), options.node},
                   {QStringLiteral("metric"), options.metric},
                   {QStringLiteral("resolution"), resolutionName(result.resolution)},
                   {QStringLiteral("step_ms"), result.stepMs},
                   {QStringLiteral("points"), list}});
        return ExitOk;
    }
    cliOut() << "# " << options.node << ' ' << options.metric << ", " << resolutionName(result.resolution)
             << (result.resolution == Resolution::Raw
                     ? QString()
                     : QueryText::tr(" (means of %1 s buckets)").arg(result.stepMs / 1000))
             << ", " << points.size() << QueryText::tr(" point(s)") << '\n';
    for (const SeriesPoint &p : qAsConst(points))
        cliOut() << QDateTime::fromMSecsSinceEpoch(p.timeMs).toString(Qt::ISODateWithMs) << ' '
                 << QString::number(p.value, 'g', 12) << '\n';
    cliOut().flush();
    return ExitOk;
}

} // namespace bilby
