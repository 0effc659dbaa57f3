#include "metrics/metriclabel.h"

#include <QCoreApplication>

namespace bilby::MetricLabel {

namespace {

// Every word of the built-in metrics' names (bilby-cli list-metrics), marked for translation; the
// English text is the name part with spaces, as the Metrics page always showed it.
struct Word
{
    const char *segment;
    const char *text;
};
const Word Words[] = {
    {"atom", QT_TRANSLATE_NOOP("bilby::MetricLabel", "atom")},
    {"atom_count", QT_TRANSLATE_NOOP("bilby::MetricLabel", "atom count")},
    {"atom_limit", QT_TRANSLATE_NOOP("bilby::MetricLabel", "atom limit")},
    {"atom_used", QT_TRANSLATE_NOOP("bilby::MetricLabel", "atom used")},
    {"available", QT_TRANSLATE_NOOP("bilby::MetricLabel", "available")},
    {"binary", QT_TRANSLATE_NOOP("bilby::MetricLabel", "binary")},
    {"blocks_bytes", QT_TRANSLATE_NOOP("bilby::MetricLabel", "blocks bytes")},
    {"buffered", QT_TRANSLATE_NOOP("bilby::MetricLabel", "buffered")},
    {"busy_dist_port", QT_TRANSLATE_NOOP("bilby::MetricLabel", "busy dist port")},
    {"busy_port", QT_TRANSLATE_NOOP("bilby::MetricLabel", "busy port")},
    {"bytes_in", QT_TRANSLATE_NOOP("bilby::MetricLabel", "bytes in")},
    {"bytes_out", QT_TRANSLATE_NOOP("bilby::MetricLabel", "bytes out")},
    {"cached", QT_TRANSLATE_NOOP("bilby::MetricLabel", "cached")},
    {"carriers_bytes", QT_TRANSLATE_NOOP("bilby::MetricLabel", "carriers bytes")},
    {"code", QT_TRANSLATE_NOOP("bilby::MetricLabel", "code")},
    {"commits", QT_TRANSLATE_NOOP("bilby::MetricLabel", "commits")},
    {"context_switches", QT_TRANSLATE_NOOP("bilby::MetricLabel", "context switches")},
    {"count", QT_TRANSLATE_NOOP("bilby::MetricLabel", "count")},
    {"cpu", QT_TRANSLATE_NOOP("bilby::MetricLabel", "cpu")},
    {"cpu_time_s", QT_TRANSLATE_NOOP("bilby::MetricLabel", "cpu time s")},
    {"dirty_cpu", QT_TRANSLATE_NOOP("bilby::MetricLabel", "dirty cpu")},
    {"dirty_io", QT_TRANSLATE_NOOP("bilby::MetricLabel", "dirty io")},
    {"disk", QT_TRANSLATE_NOOP("bilby::MetricLabel", "disk")},
    {"ets", QT_TRANSLATE_NOOP("bilby::MetricLabel", "ets")},
    {"ets_count", QT_TRANSLATE_NOOP("bilby::MetricLabel", "ets count")},
    {"ets_limit", QT_TRANSLATE_NOOP("bilby::MetricLabel", "ets limit")},
    {"failures", QT_TRANSLATE_NOOP("bilby::MetricLabel", "failures")},
    {"fd_limit", QT_TRANSLATE_NOOP("bilby::MetricLabel", "fd limit")},
    {"fds", QT_TRANSLATE_NOOP("bilby::MetricLabel", "fds")},
    {"free", QT_TRANSLATE_NOOP("bilby::MetricLabel", "free")},
    {"gc_count", QT_TRANSLATE_NOOP("bilby::MetricLabel", "gc count")},
    {"gc_reclaimed_bytes", QT_TRANSLATE_NOOP("bilby::MetricLabel", "gc reclaimed bytes")},
    {"held", QT_TRANSLATE_NOOP("bilby::MetricLabel", "held")},
    {"hidden", QT_TRANSLATE_NOOP("bilby::MetricLabel", "hidden")},
    {"hidden_peers", QT_TRANSLATE_NOOP("bilby::MetricLabel", "hidden peers")},
    {"io_in_bytes", QT_TRANSLATE_NOOP("bilby::MetricLabel", "io in bytes")},
    {"io_out_bytes", QT_TRANSLATE_NOOP("bilby::MetricLabel", "io out bytes")},
    {"large_heap", QT_TRANSLATE_NOOP("bilby::MetricLabel", "large heap")},
    {"load1", QT_TRANSLATE_NOOP("bilby::MetricLabel", "load1")},
    {"load15", QT_TRANSLATE_NOOP("bilby::MetricLabel", "load15")},
    {"load5", QT_TRANSLATE_NOOP("bilby::MetricLabel", "load5")},
    {"locks", QT_TRANSLATE_NOOP("bilby::MetricLabel", "locks")},
    {"log_writes", QT_TRANSLATE_NOOP("bilby::MetricLabel", "log writes")},
    {"long_gc", QT_TRANSLATE_NOOP("bilby::MetricLabel", "long gc")},
    {"long_schedule", QT_TRANSLATE_NOOP("bilby::MetricLabel", "long schedule")},
    {"memory", QT_TRANSLATE_NOOP("bilby::MetricLabel", "memory")},
    {"memory_bytes", QT_TRANSLATE_NOOP("bilby::MetricLabel", "memory bytes")},
    {"memory_max", QT_TRANSLATE_NOOP("bilby::MetricLabel", "memory max")},
    {"message_queue_max", QT_TRANSLATE_NOOP("bilby::MetricLabel", "message queue max")},
    {"message_queue_sum", QT_TRANSLATE_NOOP("bilby::MetricLabel", "message queue sum")},
    {"other", QT_TRANSLATE_NOOP("bilby::MetricLabel", "other")},
    {"peers", QT_TRANSLATE_NOOP("bilby::MetricLabel", "peers")},
    {"port_count", QT_TRANSLATE_NOOP("bilby::MetricLabel", "port count")},
    {"port_limit", QT_TRANSLATE_NOOP("bilby::MetricLabel", "port limit")},
    {"process", QT_TRANSLATE_NOOP("bilby::MetricLabel", "process")},
    {"process_count", QT_TRANSLATE_NOOP("bilby::MetricLabel", "process count")},
    {"process_limit", QT_TRANSLATE_NOOP("bilby::MetricLabel", "process limit")},
    {"processes", QT_TRANSLATE_NOOP("bilby::MetricLabel", "processes")},
    {"processes_used", QT_TRANSLATE_NOOP("bilby::MetricLabel", "processes used")},
    {"queue_bytes", QT_TRANSLATE_NOOP("bilby::MetricLabel", "queue bytes")},
    {"queued", QT_TRANSLATE_NOOP("bilby::MetricLabel", "queued")},
    {"reductions", QT_TRANSLATE_NOOP("bilby::MetricLabel", "reductions")},
    {"resident_bytes", QT_TRANSLATE_NOOP("bilby::MetricLabel", "resident bytes")},
    {"restarts", QT_TRANSLATE_NOOP("bilby::MetricLabel", "restarts")},
    {"run_queue", QT_TRANSLATE_NOOP("bilby::MetricLabel", "run queue")},
    {"sctp", QT_TRANSLATE_NOOP("bilby::MetricLabel", "sctp")},
    {"size", QT_TRANSLATE_NOOP("bilby::MetricLabel", "size")},
    {"size_bytes", QT_TRANSLATE_NOOP("bilby::MetricLabel", "size bytes")},
    {"swap_free", QT_TRANSLATE_NOOP("bilby::MetricLabel", "swap free")},
    {"swap_total", QT_TRANSLATE_NOOP("bilby::MetricLabel", "swap total")},
    {"system", QT_TRANSLATE_NOOP("bilby::MetricLabel", "system")},
    {"system_total", QT_TRANSLATE_NOOP("bilby::MetricLabel", "system total")},
    {"table", QT_TRANSLATE_NOOP("bilby::MetricLabel", "table")},
    {"tables", QT_TRANSLATE_NOOP("bilby::MetricLabel", "tables")},
    {"tcp", QT_TRANSLATE_NOOP("bilby::MetricLabel", "tcp")},
    {"total", QT_TRANSLATE_NOOP("bilby::MetricLabel", "total")},
    {"transactions", QT_TRANSLATE_NOOP("bilby::MetricLabel", "transactions")},
    {"udp", QT_TRANSLATE_NOOP("bilby::MetricLabel", "udp")},
    {"uptime_s", QT_TRANSLATE_NOOP("bilby::MetricLabel", "uptime s")},
    {"usage", QT_TRANSLATE_NOOP("bilby::MetricLabel", "usage")},
    {"used_percent", QT_TRANSLATE_NOOP("bilby::MetricLabel", "used percent")},
    {"utilisation", QT_TRANSLATE_NOOP("bilby::MetricLabel", "utilisation")},
};

} // namespace

QString words(const QString &segment)
{
    for (const Word &w : Words) {
        if (segment == QLatin1String(w.segment))
            return QCoreApplication::translate("bilby::MetricLabel", w.text);
    }
    return QString(segment).replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace bilby::MetricLabel
