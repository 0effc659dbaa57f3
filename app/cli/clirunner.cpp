#include "clirunner.h"

#include "cliio.h"
#include "connection/agenterror.h"
#include "metrics/metriccatalog.h"
#include "metrics/metricssampler.h"
#include "tools/processinspector.h"
#include "topology/nodeinfo.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

namespace bilby {

namespace {
// procs --sort reductions: the window over which reductions are counted.
constexpr int ReductionsWindowMs = 1000;
} // namespace

CliRunner::CliRunner(CliOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

CliRunner::~CliRunner() = default;

void CliRunner::start()
{
    if (!m_options.needsNode()) {
        listMetrics();
        finish(ExitOk);
        return;
    }
    QString error;
    const auto name = NodeName::parse(m_options.node, &error);
    if (!name) {
        fail(ExitUsage, error);
        return;
    }
    NodeSession::Options options;
    options.connectTimeoutMs = m_options.timeoutMs;
    options.readOnly = m_options.readOnly;
    // A one-shot command reports the first failure instead of retrying; --follow keeps going.
    options.reconnect = m_options.follow;
    m_session = std::make_unique<NodeSession>(*name, m_options.cookie, options);
    connect(m_session.get(), &NodeSession::stateChanged, this, &CliRunner::onStateChanged);
    connect(m_session.get(), &NodeSession::stopped, this, [this] { QCoreApplication::exit(m_exitCode); });
    m_session->start();
}

void CliRunner::onStateChanged(NodeSession::State state)
{
    if (m_finishing)
        return;
    if (state == NodeSession::State::Down) {
        const ConnectionError e = m_session->lastError();
        const QString message = tr("cannot connect to %1: %2").arg(m_options.node, e.message);
        if (m_options.follow && m_commandStarted) {
            cliErr() << "bilby-cli: " << message << Qt::endl;
            return;
        }
        fail(ExitCannotConnect, message);
        return;
    }
    if (m_session->isConnected() && !m_commandStarted) {
        m_commandStarted = true;
        if (!m_session->info().agentLoaded)
            cliErr() << "bilby-cli: " << tr("agentless: %1").arg(m_session->info().agentlessReason) << Qt::endl;
        runCommand();
    }
}

void CliRunner::runCommand()
{
    // The tools are the agent's: without it there is nothing to fall back on.
    static const QStringList agentCommands{QStringLiteral("procs"), QStringLiteral("proc"), QStringLiteral("ets"),
                                           QStringLiteral("eval"),  QStringLiteral("gc"),   QStringLiteral("purge"),
                                           QStringLiteral("ports"), QStringLiteral("apps")};
    if (agentCommands.contains(m_options.command) && !m_session->info().agentLoaded) {
        fail(ExitFailure, tr("%1 needs the agent: %2").arg(m_options.command, m_session->info().agentlessReason));
        return;
    }
    if (m_options.command == QLatin1String("info"))
        runInfo();
    else if (m_options.command == QLatin1String("procs"))
        runProcs();
    else if (m_options.command == QLatin1String("proc"))
        runProc();
    else if (m_options.command == QLatin1String("ets"))
        runEts();
    else if (m_options.command == QLatin1String("eval"))
        runEval();
    else if (m_options.command == QLatin1String("gc"))
        runGc();
    else if (m_options.command == QLatin1String("purge"))
        runPurge();
    else if (m_options.command == QLatin1String("ports"))
        runPorts();
    else if (m_options.command == QLatin1String("apps"))
        runApps();
    else
        runMetrics();
}

void CliRunner::runInfo()
{
    NodeInfo::fetch(m_session.get(), m_options.timeoutMs, this, [this](const NodeInfo &info, const ConnectionError &e) {
        if (e.isError()) {
            fail(ExitFailure, tr("info on %1 failed: %2").arg(m_options.node, AgentError::from(e).message()));
            return;
        }
        if (m_options.json) {
            printJson(info.toJson());
        } else {
            const QJsonObject o = info.toJson();
            for (auto it = o.begin(); it != o.end(); ++it)
                cliOut() << it.key().leftJustified(20) << ' ' << it.value().toVariant().toString() << '\n';
            cliOut().flush();
        }
        finish(ExitOk);
    });
}

void CliRunner::runMetrics()
{
    m_sampler = new MetricsSampler(m_session.get(), this);
    connect(m_sampler, &MetricsSampler::sampleFailed, this, [this](const ConnectionError &e) {
        if (!m_options.follow)
            fail(ExitFailure, tr("metrics on %1 failed: %2").arg(m_options.node, AgentError::from(e).message()));
    });
    // One sample of every metric: two live samples and two history-rate samples (allocators, file
    // descriptors, os_mon, Mnesia), a second apart, since rates need two; the second ones are printed
    // together. --live (and --follow) print the live metrics only; so does a node without the agent.
    connect(m_sampler, &MetricsSampler::sampled, this, [this](const MetricSample &sample) {
        const bool history = sample.intervalMs != m_sampler->interval();
        if (history) {
            if (++m_historySamples >= 2)
                m_historySample = sample;
        } else {
            ++m_samples;
            if (!m_options.liveOnly && m_session->state() == NodeSession::State::Up && m_samples <= 2)
                m_sampler->sampleHistoryNow();
            if (m_samples >= 2)
                m_liveSample = sample;
        }
        const bool withHistory = !m_options.liveOnly && m_session->state() == NodeSession::State::Up;
        if (m_samples < 2 || (withHistory && m_historySamples < 2))
            return;
        MetricSample all = m_liveSample;
        if (withHistory) {
            for (auto it = m_historySample.values.cbegin(); it != m_historySample.values.cend(); ++it)
                all.values.insert(it.key(), it.value());
        }
        printSample(all);
        m_samples = 1; // --follow: the next live sample prints again
        if (!m_options.follow)
            finish(ExitOk);
    });
    m_sampler->setInterval(1000);
    m_sampler->setHistoryInterval(0);
    m_sampler->sampleNow();
    m_sampler->start();
}

void CliRunner::runProcs()
{
    // Reductions are ranked by what each process did between two walks: the first one only counts, and
    // the second one, a second later, is printed.
    const ProcessTop::Sort sort = *ProcessTop::sortFromName(m_options.sort);
    requestProcs(sort == ProcessTop::Sort::Reductions ? 1 : 0);
}

void CliRunner::requestProcs(int primingWalks)
{
    const ProcessTop::Sort sort = *ProcessTop::sortFromName(m_options.sort);
    // A walk over a million processes takes a few seconds on the node: the timeout covers the walk.
    m_session->request(
        ProcessTop::request(sort, m_options.top, m_options.filter, m_options.includeBilby), m_options.timeoutMs, this,
        [this, primingWalks](const Term &value, const ConnectionError &e) {
            if (e.isError()) {
                fail(ExitFailure, tr("procs on %1 failed: %2").arg(m_options.node, AgentError::from(e).message()));
                return;
            }
            QString error;
            const auto top = ProcessTop::fromTerm(value, &error);
            if (!top) {
                fail(ExitFailure, tr("procs failed: %1").arg(error));
                return;
            }
            if (primingWalks > 0) {
                QTimer::singleShot(ReductionsWindowMs, this, [this, primingWalks] { requestProcs(primingWalks - 1); });
                return;
            }
            printProcs(*top);
            finish(ExitOk);
        });
}

void CliRunner::printJsonReply(const QJsonValue &reply, const QJsonObject &extra)
{
    QJsonObject o = reply.toObject();
    o.insert(QStringLiteral("node"), m_options.node);
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        o.insert(it.key(), it.value());
    printJson(o);
    cliOut().flush();
    finish(ExitOk);
}

void CliRunner::printProcs(const ProcessTop &top)
{
    if (m_options.json) {
        QJsonArray rows;
        for (const ProcessTop::Row &row : top.rows)
            rows.append(row.toJson());
        printJson({{QStringLiteral("node"), m_options.node},
                   {QStringLiteral("sort"), ProcessTop::sortName(top.sort)},
                   {QStringLiteral("scanned"), top.scanned},
                   {QStringLiteral("interval_ms"), top.intervalMs >= 0 ? QJsonValue(top.intervalMs) : QJsonValue()},
                   {QStringLiteral("processes"), rows}});
        return;
    }
    const bool deltas = top.sort == ProcessTop::Sort::Reductions;
    cliOut() << tr("%1 processes scanned on %2").arg(top.scanned).arg(m_options.node);
    if (deltas)
        cliOut() << (top.intervalMs >= 0 ? tr("; reductions over the last %1 ms").arg(top.intervalMs)
                                         : tr("; reductions since each process started (first refresh)"));
    cliOut() << "\n";
    CliTable table({tr("PID"), tr("MEMORY"), tr("QUEUE"), tr("REDUCTIONS"), tr("CURRENT FUNCTION"),
                    tr("PROCESS (label or initial call)")},
                   {false, true, true, true, false, false});
    for (const ProcessTop::Row &row : top.rows)
        table.addRow({row.pidText, QString::number(row.memory), QString::number(row.messageQueueLen),
                      QString::number(deltas ? row.reductionsDelta : row.reductions), row.currentFunction,
                      row.name.isEmpty() ? row.initialCall : row.name});
    table.print();
}

void CliRunner::listMetrics()
{
    // The Markdown form is docs/metrics.md, kept equal to this table by a test.
    const auto sampled = [](const MetricDef &def) {
        return def.isHistoryRate() ? QStringLiteral("history") : QStringLiteral("live");
    };
    const auto present = [](const MetricDef &def) {
        return def.presentWhen.isEmpty() ? QStringLiteral("always") : def.presentWhen;
    };
    if (m_options.json) {
        QJsonArray list;
        for (const MetricDef &def : MetricCatalog::definitions())
            list.append(QJsonObject{
                {QStringLiteral("name"), def.name},
                {QStringLiteral("template"), def.isTemplate()},
                {QStringLiteral("kind"), def.isCounter() ? QStringLiteral("counter") : QStringLiteral("gauge")},
                {QStringLiteral("unit"), MetricCatalog::unitLabel(def)},
                {QStringLiteral("sampled"), sampled(def)},
                {QStringLiteral("present"), present(def)},
                {QStringLiteral("meaning"), def.meaning}});
        printJson({{QStringLiteral("metrics"), list}});
        return;
    }
    cliOut() << "# Metrics\n\n"
             << "Every metric Bilby samples, as `bilby-cli list-metrics` prints it. Counters are read as totals on\n"
             << "the node and shown as rates per second. `live` metrics come with every live sample (every second\n"
             << "by default); `history` metrics are costlier to read and come in samples of their own at the\n"
             << "history rate (every 60 s by default), through the agent only.\n\n"
             << "A name with a part in angle brackets is a template: one metric per scheduler, connected node,\n"
             << "allocator, mount point or table. In a concrete name that part is the thing's own name with `.`,\n"
             << "`%` and every byte outside printable ASCII written as `%XX` (lower-case hex, UTF-8), so it never\n"
             << "holds a dot: node `app@db1.example.com` gives `dist.app@db1%2eexample%2ecom.bytes_out`.\n\n"
             << "| name | kind | unit | sampled | present | meaning |\n|---|---|---|---|---|---|\n";
    for (const MetricDef &def : MetricCatalog::definitions())
        cliOut() << "| `" << def.name << "` | " << (def.isCounter() ? "counter" : "gauge") << " | "
                 << MetricCatalog::unitLabel(def) << " | " << sampled(def) << " | " << present(def) << " | "
                 << def.meaning << " |\n";
    cliOut().flush();
}

void CliRunner::printSample(const MetricSample &sample)
{
    QStringList names = sample.values.keys();
    std::sort(names.begin(), names.end());
    if (m_options.json) {
        QJsonObject metrics;
        for (const QString &name : names)
            metrics.insert(name, sample.values.value(name));
        printJson({{QStringLiteral("node"), m_options.node},
                   {QStringLiteral("time_ms"), sample.timeMs},
                   {QStringLiteral("metrics"), metrics}});
        return;
    }
    for (const QString &name : names) {
        const MetricDef *def = MetricCatalog::find(name);
        cliOut() << name.leftJustified(32) << ' '
                 << QString::number(sample.values.value(name), 'f', 1).rightJustified(16) << ' '
                 << (def ? MetricCatalog::unitLabel(*def) : QString()) << '\n';
    }
    cliOut() << Qt::endl;
}

void CliRunner::fail(int code, const QString &message)
{
    cliErr() << "bilby-cli: " << message << Qt::endl;
    finish(code);
}

void CliRunner::finish(int code)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_exitCode = code;
    if (m_sampler)
        m_sampler->stop();
    if (!m_session) {
        QTimer::singleShot(0, this, [code] { QCoreApplication::exit(code); });
        return;
    }
    // Disconnect cleanly so the agent removes itself; stopped() then ends the event loop.
    m_session->stop();
}

} // namespace bilby
