#include "metriccatalog.h"

#include <QCoreApplication>
#include <QHash>

namespace bilby {

namespace {
using Kind = MetricDef::Kind;
using Unit = MetricDef::Unit;

QString tr(const char *text)
{
    return QCoreApplication::translate("bilby::MetricCatalog", text);
}

QList<MetricDef> build()
{
    const auto m = [](const char *name, Kind kind, Unit unit, const char *meaning) {
        return MetricDef{QString::fromLatin1(name), kind, unit, tr(meaning)};
    };
    return {
        m("memory.total", Kind::Gauge, Unit::Bytes, "Memory allocated by the emulator: processes plus system."),
        m("memory.processes", Kind::Gauge, Unit::Bytes, "Memory allocated for process heaps and stacks."),
        m("memory.processes_used", Kind::Gauge, Unit::Bytes, "Part of process memory actually in use."),
        m("memory.system", Kind::Gauge, Unit::Bytes, "Memory not tied to a process: atoms, binaries, code, ETS..."),
        m("memory.atom", Kind::Gauge, Unit::Bytes, "Memory allocated for the atom table."),
        m("memory.atom_used", Kind::Gauge, Unit::Bytes, "Part of atom memory in use."),
        m("memory.binary", Kind::Gauge, Unit::Bytes, "Memory for reference-counted (off-heap) binaries."),
        m("memory.code", Kind::Gauge, Unit::Bytes, "Memory for loaded code."),
        m("memory.ets", Kind::Gauge, Unit::Bytes, "Memory for ETS tables."),
        m("limits.process_count", Kind::Gauge, Unit::Count, "Processes alive."),
        m("limits.process_limit", Kind::Gauge, Unit::Count, "Maximum number of processes (+P)."),
        m("limits.port_count", Kind::Gauge, Unit::Count, "Ports open (files, sockets, drivers)."),
        m("limits.port_limit", Kind::Gauge, Unit::Count, "Maximum number of ports (+Q)."),
        m("limits.atom_count", Kind::Gauge, Unit::Count, "Atoms in the atom table; atoms are never freed."),
        m("limits.atom_limit", Kind::Gauge, Unit::Count, "Maximum number of atoms (+t)."),
        m("limits.ets_count", Kind::Gauge, Unit::Count, "ETS tables in existence."),
        m("limits.ets_limit", Kind::Gauge, Unit::Count, "ETS table limit as the node reports it."),
        m("runtime.reductions", Kind::Counter, Unit::Count, "Reductions (units of work) executed per second."),
        m("runtime.run_queue", Kind::Gauge, Unit::Count, "Processes and ports ready to run, over all run queues."),
        m("runtime.context_switches", Kind::Counter, Unit::Count, "Context switches per second."),
        m("runtime.gc_count", Kind::Counter, Unit::Count, "Garbage collections per second."),
        m("runtime.io_in_bytes", Kind::Counter, Unit::Bytes, "Bytes received through ports per second."),
        m("runtime.io_out_bytes", Kind::Counter, Unit::Bytes, "Bytes sent through ports per second."),
        m("runtime.uptime_s", Kind::Gauge, Unit::Seconds, "Time since the node started."),
        m("processes.message_queue_sum", Kind::Gauge, Unit::Count,
          "Messages waiting in all mailboxes (scanned in the background, at most every second)."),
        m("processes.message_queue_max", Kind::Gauge, Unit::Count, "Longest mailbox of any process."),
    };
}
} // namespace

const QList<MetricDef> &MetricCatalog::all()
{
    static const QList<MetricDef> defs = build();
    return defs;
}

const MetricDef *MetricCatalog::find(const QString &name)
{
    static const QHash<QString, const MetricDef *> index = [] {
        QHash<QString, const MetricDef *> h;
        for (const MetricDef &def : all())
            h.insert(def.name, &def);
        return h;
    }();
    return index.value(name, nullptr);
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
    }
    return def.isCounter() ? tr("%1/s").arg(unit) : unit;
}

} // namespace bilby
