// bilby-cli's node tools that act or look further than one process: eval, gc --all, purge, ports, apps.
#include "clirunner.h"

#include "cliio.h"
#include "connection/agenterror.h"
#include "store/eventdb.h"
#include "store/metricdb.h"
#include "tools/evaluator.h"
#include "tools/nodeactions.h"
#include "tools/portlist.h"
#include "tools/processinspector.h"
#include "tools/supervisiontree.h"

#include <QDateTime>
#include <QJsonArray>

namespace bilby {

namespace {

// A purge looks for the processes that still run old code: a walk over every process per module.
constexpr int PurgeTimeoutMs = 60000;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

void printTree(const SupervisionTree::Node &node, int depth)
{
    cliOut() << QString(depth * 2, QLatin1Char(' ')) << node.id << "  " << node.pidText;
    if (!node.name.isEmpty() && node.name != node.id)
        cliOut() << "  (" << node.name << ")";
    cliOut() << "  " << (node.supervisor ? "supervisor" : "worker");
    if (!node.error.isEmpty())
        cliOut() << "  [" << node.error << "]";
    cliOut() << "\n";
    for (const SupervisionTree::Node &child : node.children)
        printTree(child, depth + 1);
    if (node.more > 0)
        cliOut() << QString((depth + 1) * 2, QLatin1Char(' ')) << CliRunner::tr("... %1 more").arg(node.more) << "\n";
}

} // namespace

void CliRunner::audit(const QString &what, bool ok, const QString &outcome)
{
    // With --db, the action joins the timeline of that history file (the console's, when it is shared),
    // as the console records its user's actions: origin "action".
    if (m_options.dbPath.isEmpty())
        return;
    Notification n;
    n.timeMs = QDateTime::currentMSecsSinceEpoch();
    n.node = m_options.node;
    n.origin = Notification::Origin::Action;
    n.severity = ok ? Notification::Severity::Notice : Notification::Severity::Warning;
    n.text = (ok ? tr("%1 on %2 (bilby-cli): done") : tr("%1 on %2 (bilby-cli): failed")).arg(what, m_options.node);
    n.details = outcome;
    n.truncate();
    MetricDb db;
    QVector<Notification> batch{n};
    if (!db.open(m_options.dbPath) || !EventDb(db).insertNotifications(batch))
        cliErr() << "bilby-cli: "
                 << tr("the action was not recorded in %1: %2").arg(m_options.dbPath, db.error().message) << Qt::endl;
}

void CliRunner::runEval()
{
    const auto language = m_options.elixir ? Evaluator::Language::Elixir : Evaluator::Language::Erlang;
    m_session->request(
        Evaluator::request(language, m_options.arguments.value(0)), m_options.timeoutMs, Evaluator::ReplyMaxBytes, this,
        [this](const Term &value, const ConnectionError &e) {
            const QString what = tr("Evaluate: %1").arg(m_options.arguments.value(0).left(200));
            if (e.isError()) {
                audit(what, false, e.message);
                fail(ExitFailure, tr("eval on %1 failed: %2").arg(m_options.node, AgentError::from(e).message()));
                return;
            }
            QString error;
            const auto result = EvalResult::fromTerm(value, &error);
            if (!result) {
                fail(ExitFailure, tr("eval failed: %1").arg(error));
                return;
            }
            const bool ok = result->status == EvalResult::Status::Ok;
            audit(what, ok, result->value.left(2000));
            if (m_options.json) {
                QJsonObject o = result->toJson();
                o.insert(QStringLiteral("node"), m_options.node);
                printJson(o);
            } else {
                cliOut() << result->output;
                if (ok)
                    cliOut() << result->value << "\n";
                cliOut().flush();
                if (!ok)
                    cliErr() << result->value << Qt::endl;
            }
            if (result->outputTruncated)
                cliErr() << "bilby-cli: " << tr("the output was cut at 256 KB") << Qt::endl;
            if (result->truncated)
                cliErr() << "bilby-cli: " << tr("the value was cut at %1 characters").arg(result->valueMax) << Qt::endl;
            finish(ok ? ExitOk : ExitFailure);
        });
}

void CliRunner::runGc()
{
    // Progress comes on its own while the batches run; the reply is the summary.
    connect(m_session.get(), &NodeSession::pushed, this, [this](const Term &message) {
        const auto progress = NodeActions::progress(message);
        if (progress && progress->tag == m_longTag)
            cliErr() << tr("gc: %1 of %2 processes").arg(progress->done).arg(progress->total) << Qt::endl;
    });
    m_longTag = m_session->request(
        NodeActions::gcAllRequest(m_options.batch, m_options.pauseMs), NodeActions::GcAllTimeoutMs, this,
        [this](const Term &value, const ConnectionError &e) {
            const auto summary = NodeActions::GcSummary::fromTerm(value);
            const QString what =
                tr("Garbage-collect every process (batch %1, pause %2 ms)").arg(m_options.batch).arg(m_options.pauseMs);
            audit(what, !e.isError() && summary,
                  summary ? tr("%1 of %2 processes; process memory %3 -> %4")
                                .arg(summary->done)
                                .arg(summary->total)
                                .arg(megabytes(summary->memoryBefore), megabytes(summary->memoryAfter))
                          : e.message);
            if (e.isError() || !summary) {
                fail(ExitFailure, tr("gc on %1 failed: %2")
                                      .arg(m_options.node, e.isError() ? AgentError::from(e).message()
                                                                       : tr("the agent's reply was not a summary")));
                return;
            }
            if (m_options.json) {
                QJsonObject o = summary->toJson();
                o.insert(QStringLiteral("node"), m_options.node);
                printJson(o);
            } else {
                cliOut() << tr("Collected %1 of %2 processes in %3 ms; process memory %4 -> %5")
                                .arg(summary->done)
                                .arg(summary->total)
                                .arg(summary->elapsedMs)
                                .arg(megabytes(summary->memoryBefore), megabytes(summary->memoryAfter))
                         << "\n";
                cliOut().flush();
            }
            finish(ExitOk);
        });
}

void CliRunner::runPurge()
{
    m_session->request(
        NodeActions::purgeRequest(), PurgeTimeoutMs, this, [this](const Term &value, const ConnectionError &e) {
            const auto result = NodeActions::PurgeResult::fromTerm(value);
            audit(tr("Soft purge of old code"), !e.isError() && result,
                  result ? tr("purged: %1").arg(result->purged.join(QStringLiteral(", "))) : e.message);
            if (e.isError() || !result) {
                fail(ExitFailure,
                     tr("purge on %1 failed: %2")
                         .arg(m_options.node, e.isError() ? AgentError::from(e).message()
                                                          : tr("the agent's reply was not a purge result")));
                return;
            }
            if (m_options.json) {
                QJsonObject o = result->toJson();
                o.insert(QStringLiteral("node"), m_options.node);
                printJson(o);
            } else {
                cliOut() << tr("Purged old code of %n module(s)", nullptr, int(result->purged.size()))
                         << (result->purged.isEmpty() ? QString() : QStringLiteral(": "))
                         << result->purged.join(QStringLiteral(", ")) << "\n";
                for (const auto &[module, pids] : result->inUse)
                    cliOut() << tr("Kept %1: its old code still runs in %2").arg(module, pids.join(QStringLiteral(" ")))
                             << "\n";
                cliOut().flush();
            }
            finish(ExitOk);
        });
}

void CliRunner::runPorts()
{
    m_session->request(
        PortList::request(m_options.limit, m_options.includeBilby), m_options.timeoutMs, this,
        [this](const Term &value, const ConnectionError &e) {
            QString error = AgentError::from(e).message();
            const auto list = e.isError() ? std::nullopt : PortList::fromTerm(value, &error);
            if (!list) {
                fail(ExitFailure, tr("ports on %1 failed: %2").arg(m_options.node, error));
                return;
            }
            if (m_options.json) {
                printJsonReply(ProcessInspector::toJson(value), {});
                return;
            }
            const qint64 listable = list->total - list->ownLeftOut;
            cliOut() << tr("%1 ports and sockets on %2, by bytes moved").arg(listable).arg(m_options.node);
            if (listable > list->rows.size())
                cliOut() << tr(" (the first %1)").arg(list->rows.size());
            if (list->ownLeftOut > 0)
                cliOut() << tr("; Bilby's own connection left out (--include-bilby lists it)");
            cliOut() << "\n";
            CliTable table(
                {tr("PORT"), tr("TYPE"), tr("OWNER"), tr("BYTES IN"), tr("BYTES OUT"), tr("ADDRESS"), tr("NAME")},
                {false, false, false, true, true, false, false});
            for (const PortList::Row &row : list->rows) {
                const QString owner = row.own                    ? tr("%1 (Bilby's connection)").arg(row.ownerText)
                                      : row.ownerLabel.isEmpty() ? row.ownerText
                                                                 : row.ownerText + QStringLiteral(" ") + row.ownerLabel;
                table.addRow({row.idText, row.type, owner, QString::number(row.input), QString::number(row.output),
                              row.local + (row.peer.isEmpty() ? QString() : QStringLiteral(" -> ") + row.peer),
                              row.name});
            }
            table.print();
            cliOut().flush();
            finish(ExitOk);
        });
}

void CliRunner::runApps()
{
    const bool oneTree = !m_options.arguments.isEmpty();
    const Term request =
        oneTree ? SupervisionTree::treeRequest(m_options.arguments.value(0)) : SupervisionTree::applicationsRequest();
    m_session->request(
        request, m_options.timeoutMs, this, [this, oneTree](const Term &value, const ConnectionError &e) {
            if (e.isError()) {
                fail(ExitFailure, tr("apps on %1 failed: %2").arg(m_options.node, AgentError::from(e).message()));
                return;
            }
            if (m_options.json) {
                printJsonReply(oneTree ? ProcessInspector::toJson(value)
                                       : QJsonObject{{QStringLiteral("applications"), ProcessInspector::toJson(value)}},
                               {});
                return;
            }
            if (!oneTree) {
                const auto apps = SupervisionTree::applicationsFrom(value);
                cliOut() << tr("%1 applications running on %2").arg(apps.size()).arg(m_options.node) << "\n";
                CliTable table({tr("APPLICATION"), tr("VERSION"), tr("TOP SUPERVISOR"), tr("DESCRIPTION")});
                for (const SupervisionTree::Application &app : apps)
                    table.addRow({app.name, app.version, app.topText, app.description});
                table.print();
            } else if (const auto tree = SupervisionTree::treeFrom(value); tree && tree->root) {
                printTree(*tree->root, 0);
                if (tree->cut)
                    cliOut() << tr("(the tree was cut at the agent's limit)") << "\n";
            } else {
                cliOut() << tr("%1 has no supervision tree (a library application)").arg(m_options.arguments.value(0))
                         << "\n";
            }
            cliOut().flush();
            finish(ExitOk);
        });
}

} // namespace bilby
