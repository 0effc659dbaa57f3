#include "metrics/metriccatalog.h"

#include <QCoreApplication>
#include <QHash>

namespace bilby {

namespace {
using Kind = MetricDef::Kind;
using Unit = MetricDef::Unit;
using Speed = MetricDef::Speed;

QString tr(const char *text)
{
    return QCoreApplication::translate("bilby::MetricCatalog", text);
}

MetricDef def(const char *name, Kind kind, Unit unit, const char *meaning, Speed speed, const char *presentWhen)
{
    return {QString::fromLatin1(name), kind, unit, tr(meaning), speed, presentWhen ? tr(presentWhen) : QString()};
}

MetricDef live(const char *name, Kind kind, Unit unit, const char *meaning, const char *presentWhen = nullptr)
{
    return def(name, kind, unit, meaning, Speed::Live, presentWhen);
}

MetricDef history(const char *name, Kind kind, Unit unit, const char *meaning, const char *presentWhen = nullptr)
{
    return def(name, kind, unit, meaning, Speed::History, presentWhen);
}

const char *const AfterScan = QT_TRANSLATE_NOOP("bilby::MetricCatalog", "after the first background scan");
const char *const OwnSysmon =
    QT_TRANSLATE_NOOP("bilby::MetricCatalog", "unless another system monitor is set on the node");
const char *const PerPeer =
    QT_TRANSLATE_NOOP("bilby::MetricCatalog", "per connected visible node over TCP distribution, first 64 by name");
const char *const ProcFs = QT_TRANSLATE_NOOP("bilby::MetricCatalog", "on Linux (/proc)");
const char *const CpuSup = QT_TRANSLATE_NOOP("bilby::MetricCatalog", "when os_mon runs (cpu_sup)");
const char *const Memsup = QT_TRANSLATE_NOOP("bilby::MetricCatalog", "when os_mon runs (memsup) and the OS reports it");
const char *const Disksup = QT_TRANSLATE_NOOP("bilby::MetricCatalog", "when os_mon runs (disksup), first 32 mounts");
const char *const Mnesia = QT_TRANSLATE_NOOP("bilby::MetricCatalog", "when Mnesia runs");
const char *const MnesiaTable =
    QT_TRANSLATE_NOOP("bilby::MetricCatalog", "when Mnesia runs, per local table, first 100 by name");

QList<MetricDef> build()
{
    return {
        live("memory.total", Kind::Gauge, Unit::Bytes, "Memory allocated by the emulator: processes plus system."),
        live("memory.processes", Kind::Gauge, Unit::Bytes, "Memory allocated for process heaps and stacks."),
        live("memory.processes_used", Kind::Gauge, Unit::Bytes, "Part of process memory actually in use."),
        live("memory.system", Kind::Gauge, Unit::Bytes, "Memory not tied to a process: atoms, binaries, code, ETS..."),
        live("memory.atom", Kind::Gauge, Unit::Bytes, "Memory allocated for the atom table."),
        live("memory.atom_used", Kind::Gauge, Unit::Bytes, "Part of atom memory in use."),
        live("memory.binary", Kind::Gauge, Unit::Bytes, "Memory for reference-counted (off-heap) binaries."),
        live("memory.code", Kind::Gauge, Unit::Bytes, "Memory for loaded code."),
        live("memory.ets", Kind::Gauge, Unit::Bytes, "Memory for ETS tables."),
        live("limits.process_count", Kind::Gauge, Unit::Count, "Processes alive."),
        live("limits.process_limit", Kind::Gauge, Unit::Count, "Maximum number of processes (+P)."),
        live("limits.port_count", Kind::Gauge, Unit::Count, "Ports open (files, sockets, drivers)."),
        live("limits.port_limit", Kind::Gauge, Unit::Count, "Maximum number of ports (+Q)."),
        live("limits.atom_count", Kind::Gauge, Unit::Count, "Atoms in the atom table; atoms are never freed."),
        live("limits.atom_limit", Kind::Gauge, Unit::Count, "Maximum number of atoms (+t)."),
        live("limits.ets_count", Kind::Gauge, Unit::Count, "ETS tables in existence."),
        live("limits.ets_limit", Kind::Gauge, Unit::Count, "ETS table limit as the node reports it."),
        live("runtime.reductions", Kind::Counter, Unit::Count, "Reductions (units of work) executed per second."),
        live("runtime.run_queue", Kind::Gauge, Unit::Count, "Processes and ports ready to run, over all run queues."),
        live("runtime.context_switches", Kind::Counter, Unit::Count, "Context switches per second."),
        live("runtime.gc_count", Kind::Counter, Unit::Count, "Garbage collections per second."),
        live("runtime.gc_reclaimed_bytes", Kind::Counter, Unit::Bytes,
             "Memory reclaimed by garbage collection per second (words reclaimed times the word size)."),
        live("runtime.io_in_bytes", Kind::Counter, Unit::Bytes, "Bytes received through ports per second."),
        live("runtime.io_out_bytes", Kind::Counter, Unit::Bytes, "Bytes sent through ports per second."),
        live("runtime.cpu_time_s", Kind::Counter, Unit::Seconds,
             "CPU time used by all the emulator's threads per second (1 s/s is one core busy)."),
        live("runtime.uptime_s", Kind::Gauge, Unit::Seconds, "Time since the node started."),
        live("scheduler.utilisation", Kind::Gauge, Unit::Ratio,
             "Share of the interval the online normal schedulers spent working (0 to 1)."),
        live("scheduler.dirty_cpu.utilisation", Kind::Gauge, Unit::Ratio,
             "Share of the interval the dirty CPU schedulers spent working (0 to 1)."),
        live("scheduler.dirty_io.utilisation", Kind::Gauge, Unit::Ratio,
             "Share of the interval the dirty IO schedulers spent working (0 to 1)."),
        live("scheduler.<id>.utilisation", Kind::Gauge, Unit::Ratio,
             "Share of the interval one normal scheduler (ids 1, 2...) spent working (0 to 1)."),
        live("scheduler.<id>.run_queue", Kind::Gauge, Unit::Count,
             "Processes and ports waiting in the run queue of one normal scheduler."),
        live("scheduler.dirty_cpu.run_queue", Kind::Gauge, Unit::Count,
             "Processes waiting in the dirty CPU schedulers' run queue."),
        live("scheduler.dirty_io.run_queue", Kind::Gauge, Unit::Count,
             "Processes waiting in the dirty IO schedulers' run queue."),
        live("processes.message_queue_sum", Kind::Gauge, Unit::Count,
             "Messages waiting in all mailboxes (scanned in the background, at most every second).", AfterScan),
        live("processes.message_queue_max", Kind::Gauge, Unit::Count, "Longest mailbox of any process.", AfterScan),
        live("processes.memory_max", Kind::Gauge, Unit::Bytes,
             "Memory of the largest process: heap, stack, mailbox and internal structures.", AfterScan),
        live("ports.tcp", Kind::Gauge, Unit::Count, "TCP sockets open as ports (gen_tcp, distribution).", AfterScan),
        live("ports.udp", Kind::Gauge, Unit::Count, "UDP sockets open as ports (gen_udp).", AfterScan),
        live("ports.sctp", Kind::Gauge, Unit::Count, "SCTP sockets open as ports (gen_sctp).", AfterScan),
        live("ports.other", Kind::Gauge, Unit::Count, "Other ports: external programs, drivers.", AfterScan),
        live("sockets.count", Kind::Gauge, Unit::Count, "Sockets of the socket module (not ports).", AfterScan),
        live("sysmon.busy_port", Kind::Counter, Unit::Count,
             "Processes suspended on a busy port, per second (system monitor).", OwnSysmon),
        live("sysmon.busy_dist_port", Kind::Counter, Unit::Count,
             "Processes suspended on a busy distribution port, per second (system monitor).", OwnSysmon),
        live("sysmon.long_gc", Kind::Counter, Unit::Count,
             "Garbage collections that took more than 100 ms, per second (system monitor).", OwnSysmon),
        live("sysmon.long_schedule", Kind::Counter, Unit::Count,
             "Processes or ports that ran more than 100 ms without yielding, per second (system monitor).", OwnSysmon),
        live("sysmon.large_heap", Kind::Counter, Unit::Count,
             "Garbage collections that left a heap of 128 MB or more, per second (system monitor).", OwnSysmon),
        live("dist.peers", Kind::Gauge, Unit::Count, "Visible nodes connected to this one (its cluster)."),
        live("dist.hidden_peers", Kind::Gauge, Unit::Count,
             "Hidden nodes connected to this one (control tools, remote shells, other consoles), not this console."),
        live("dist.hidden.bytes_in", Kind::Counter, Unit::Bytes,
             "Bytes received from every hidden node per second, summed (they come and go: one series for all)."),
        live("dist.hidden.bytes_out", Kind::Counter, Unit::Bytes,
             "Bytes sent to every hidden node per second, summed."),
        live("dist.hidden.queue_bytes", Kind::Gauge, Unit::Bytes,
             "Bytes queued for hidden nodes in their distribution ports, summed."),
        live("dist.<node>.bytes_in", Kind::Counter, Unit::Bytes, "Bytes received from one connected node per second.",
             PerPeer),
        live("dist.<node>.bytes_out", Kind::Counter, Unit::Bytes, "Bytes sent to one connected node per second.",
             PerPeer),
        live("dist.<node>.queue_bytes", Kind::Gauge, Unit::Bytes,
             "Bytes queued for one connected node in its distribution port.", PerPeer),
        history("allocator.carriers_bytes", Kind::Gauge, Unit::Bytes,
                "Memory the allocators hold as carriers (multiblock, singleblock, pooled), over all types."),
        history("allocator.blocks_bytes", Kind::Gauge, Unit::Bytes,
                "Memory in blocks allocated inside those carriers, over all types."),
        history("allocator.usage", Kind::Gauge, Unit::Ratio,
                "Blocks over carriers, over all types; low means fragmented memory (0 to 1)."),
        history("allocator.<type>.carriers_bytes", Kind::Gauge, Unit::Bytes,
                "Memory one allocator type (eheap_alloc, binary_alloc...) holds as carriers, all instances."),
        history("allocator.<type>.blocks_bytes", Kind::Gauge, Unit::Bytes,
                "Memory in blocks allocated in one allocator type's carriers, all instances."),
        history("allocator.<type>.usage", Kind::Gauge, Unit::Ratio,
                "Blocks over carriers of one allocator type; low means fragmented memory (0 to 1)."),
        live("os.process.resident_bytes", Kind::Gauge, Unit::Bytes,
             "Resident memory of the node's OS process, as the OS counts it (what RabbitMQ's watermark compares): "
             "memory.total plus the allocators' free space and the runtime's own.",
             ProcFs),
        history("os.process.fd_limit", Kind::Gauge, Unit::Count, "Files and sockets the node's OS process may open.",
                ProcFs),
        history("os.process.fds", Kind::Gauge, Unit::Count, "Files and sockets the node's OS process has open.",
                ProcFs),
        history("os.cpu.load1", Kind::Gauge, Unit::Count, "OS load average over 1 minute.", CpuSup),
        history("os.cpu.load5", Kind::Gauge, Unit::Count, "OS load average over 5 minutes.", CpuSup),
        history("os.cpu.load15", Kind::Gauge, Unit::Count, "OS load average over 15 minutes.", CpuSup),
        history("os.processes", Kind::Gauge, Unit::Count, "OS processes on the machine.", CpuSup),
        history("os.memory.system_total", Kind::Gauge, Unit::Bytes, "Memory of the machine.", Memsup),
        history("os.memory.total", Kind::Gauge, Unit::Bytes, "Memory available to the emulator.", Memsup),
        history("os.memory.free", Kind::Gauge, Unit::Bytes, "Memory free on the machine.", Memsup),
        history("os.memory.available", Kind::Gauge, Unit::Bytes,
                "Memory available for new work (free plus reclaimable caches).", Memsup),
        history("os.memory.buffered", Kind::Gauge, Unit::Bytes, "Memory used for OS buffers.", Memsup),
        history("os.memory.cached", Kind::Gauge, Unit::Bytes, "Memory used for the OS file cache.", Memsup),
        history("os.memory.swap_total", Kind::Gauge, Unit::Bytes, "Swap space of the machine.", Memsup),
        history("os.memory.swap_free", Kind::Gauge, Unit::Bytes, "Swap space free.", Memsup),
        history("os.memory.used_percent", Kind::Gauge, Unit::Percent,
                "Memory in use: total minus available, over total.", Memsup),
        history("os.disk.<mount>.used_percent", Kind::Gauge, Unit::Percent, "Space used on one mounted disk.", Disksup),
        history("os.disk.<mount>.size_bytes", Kind::Gauge, Unit::Bytes, "Size of one mounted disk.", Disksup),
        history("mnesia.transactions.commits", Kind::Counter, Unit::Count, "Mnesia transactions committed per second.",
                Mnesia),
        history("mnesia.transactions.failures", Kind::Counter, Unit::Count, "Mnesia transactions aborted per second.",
                Mnesia),
        history("mnesia.transactions.restarts", Kind::Counter, Unit::Count,
                "Mnesia transactions restarted per second (lock conflicts).", Mnesia),
        history("mnesia.transactions.log_writes", Kind::Counter, Unit::Count,
                "Writes to Mnesia's transaction log per second.", Mnesia),
        history("mnesia.locks.held", Kind::Gauge, Unit::Count, "Locks held by Mnesia transactions on this node.",
                Mnesia),
        history("mnesia.locks.queued", Kind::Gauge, Unit::Count, "Lock requests waiting in Mnesia's lock queue.",
                Mnesia),
        history("mnesia.tables", Kind::Gauge, Unit::Count, "Mnesia tables with a copy on this node.", Mnesia),
        history("mnesia.table.<table>.size", Kind::Gauge, Unit::Count, "Records in one Mnesia table.", MnesiaTable),
        history("mnesia.table.<table>.memory_bytes", Kind::Gauge, Unit::Bytes,
                "Memory (RAM and disc copies) or file size (disc only copies) of one Mnesia table.", MnesiaTable),
    };
}

/// How a template matches concrete names: prefix, one segment without dots, suffix.
struct Pattern
{
    QString prefix;
    QString suffix;
    bool digits; ///< <id>: scheduler ids only, so `scheduler.dirty_cpu.x` never takes its place
    const MetricDef *def;

    bool matches(const QString &name) const
    {
        if (name.size() <= prefix.size() + suffix.size() || !name.startsWith(prefix) || !name.endsWith(suffix))
            return false;
        const QStringView segment = QStringView(name).mid(prefix.size(), name.size() - prefix.size() - suffix.size());
        for (const QChar c : segment) {
            if (c == QLatin1Char('.') || (digits && !c.isDigit()))
                return false;
        }
        return true;
    }
};

struct Index
{
    QHash<QString, const MetricDef *> exact;
    QList<Pattern> patterns;
};

const Index &index()
{
    static const Index idx = [] {
        Index i;
        for (const MetricDef &d : MetricCatalog::definitions()) {
            if (!d.isTemplate()) {
                i.exact.insert(d.name, &d);
                continue;
            }
            const qsizetype open = d.name.indexOf(QLatin1Char('<'));
            const qsizetype close = d.name.indexOf(QLatin1Char('>'), open);
            i.patterns.append({d.name.left(open), d.name.mid(close + 1),
                               d.name.mid(open, close - open + 1) == QLatin1String("<id>"), &d});
        }
        return i;
    }();
    return idx;
}

constexpr qsizetype MaxCachedNames = 8192;

} // namespace

const QList<MetricDef> &MetricCatalog::definitions()
{
    static const QList<MetricDef> defs = build();
    return defs;
}

const QList<MetricDef> &MetricCatalog::coreLive()
{
    static const QList<MetricDef> defs = [] {
        QList<MetricDef> list;
        for (const MetricDef &d : definitions()) {
            if (!d.isTemplate() && !d.isHistoryRate() && d.presentWhen.isEmpty())
                list.append(d);
        }
        return list;
    }();
    return defs;
}

const MetricDef *MetricCatalog::find(const QString &name)
{
    const Index &idx = index();
    if (const MetricDef *d = idx.exact.value(name, nullptr))
        return d;
    // Concrete names of templates, and unknown names, resolved once per thread; a node that sends
    // ever new names only ever costs the cache a reset.
    thread_local QHash<QString, const MetricDef *> cache;
    const auto cached = cache.constFind(name);
    if (cached != cache.cend())
        return cached.value();
    const MetricDef *found = nullptr;
    for (const Pattern &p : idx.patterns) {
        if (p.matches(name)) {
            found = p.def;
            break;
        }
    }
    if (cache.size() >= MaxCachedNames)
        cache.clear();
    cache.insert(name, found);
    return found;
}

QString MetricCatalog::unitLabel(const MetricDef &def)
{
    QString unit;
    switch (def.unit) {
    case Unit::Bytes:
        unit = tr("bytes");
        break;
    case Unit::Count:
        unit = tr("count");
        break;
    case Unit::Seconds:
        unit = tr("s");
        break;
    case Unit::Percent:
        unit = tr("%");
        break;
    case Unit::Ratio:
        unit = tr("ratio");
        break;
    }
    return def.isCounter() ? tr("%1/s").arg(unit) : unit;
}

QString MetricCatalog::encodeSegment(const QString &segment)
{
    static const char hex[] = "0123456789abcdef";
    QString out;
    const QByteArray utf8 = segment.toUtf8();
    out.reserve(utf8.size());
    for (const char c : utf8) {
        const auto b = uchar(c);
        if (b == '.' || b == '%' || b <= 32 || b >= 127) {
            out += QLatin1Char('%');
            out += QLatin1Char(hex[b >> 4]);
            out += QLatin1Char(hex[b & 15]);
        } else {
            out += QLatin1Char(c);
        }
    }
    return out;
}

QString MetricCatalog::decodeSegment(const QString &encoded)
{
    // '%' and the hex digits are ASCII: decoding the UTF-8 form byte by byte is exact.
    const QByteArray in = encoded.toUtf8();
    QByteArray utf8;
    utf8.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) == '%' && i + 2 < in.size()) {
            bool ok = false;
            const int b = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                utf8.append(char(b));
                i += 2;
                continue;
            }
        }
        utf8.append(in.at(i));
    }
    return QString::fromUtf8(utf8);
}

QString MetricCatalog::instantiate(const QString &templateName, const QString &segment)
{
    const qsizetype open = templateName.indexOf(QLatin1Char('<'));
    const qsizetype close = templateName.indexOf(QLatin1Char('>'), open);
    if (open < 0 || close < 0)
        return templateName;
    return templateName.left(open) + encodeSegment(segment) + templateName.mid(close + 1);
}

} // namespace bilby
