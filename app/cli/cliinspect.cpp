// bilby-cli's inspecting commands: proc (one process) and ets (the tables, and the rows of one).
#include "clirunner.h"

#include "cliio.h"
#include "connection/agenterror.h"
#include "term/termformat.h"
#include "tools/etstablemodel.h"
#include "tools/etsviewer.h"
#include "tools/processinspector.h"
#include "tools/processtop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace bilby {

namespace {

constexpr int EtsPageRows = 100;

QString bytes(qint64 n)
{
    return QLocale::c().formattedDataSize(n, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

void CliRunner::runProc()
{
    // The information and the stack always; what the process holds only when asked for (sensitive).
    const Term target = ProcessInspector::target(m_options.arguments.value(0));
    m_procSteps = {{QStringLiteral("info"), ProcessInspector::infoRequest(target)},
                   {QStringLiteral("stack"), ProcessInspector::stackRequest(target)}};
    if (m_options.withMessages)
        m_procSteps.append({QStringLiteral("messages"), ProcessInspector::messagesRequest(target, 100, false)});
    if (m_options.withDictionary)
        m_procSteps.append({QStringLiteral("dictionary"), ProcessInspector::dictionaryRequest(target)});
    if (m_options.withState)
        m_procSteps.append({QStringLiteral("state"), ProcessInspector::stateRequest(target, 2000)});
    nextProcStep();
}

void CliRunner::nextProcStep()
{
    if (m_procSteps.isEmpty()) {
        printProc();
        finish(ExitOk);
        return;
    }
    const auto [key, request] = m_procSteps.takeFirst();
    m_session->request(request, m_options.timeoutMs, this, [this, key = key](const Term &v, const ConnectionError &e) {
        const AgentError error = AgentError::from(e);
        if (error.isError() && key == QLatin1String("info")) {
            fail(ExitFailure,
                 tr("proc %1 on %2: %3").arg(m_options.arguments.value(0), m_options.node, error.message()));
            return;
        }
        if (key == QLatin1String("info"))
            m_procInfo = v;
        // A state that does not come (not a sys process, busy) is reported in its place, not fatal.
        m_procResult.insert(key, error.isError() ? QJsonValue(QJsonObject{{QStringLiteral("error"), error.message()}})
                                                 : ProcessInspector::toJson(v));
        nextProcStep();
    });
}

void CliRunner::printProc()
{
    QJsonArray sensitive;
    for (const char *key : {"messages", "dictionary", "state"}) {
        if (m_procResult.contains(QLatin1String(key)))
            sensitive.append(QLatin1String(key));
    }
    if (m_options.json) {
        QJsonObject o = m_procResult;
        o.insert(QStringLiteral("node"), m_options.node);
        o.insert(QStringLiteral("process"), m_options.arguments.value(0));
        o.insert(QStringLiteral("sensitive"), sensitive);
        printJson(o);
        return;
    }
    for (const QByteArray &key : ProcessInspector::infoKeys(m_procInfo)) {
        QString text = ProcessInspector::plainText(m_procInfo.get(key.constData()));
        const QByteArray total = key + "_total";
        if (m_procInfo.has(total.constData()) &&
            m_procInfo.get(total.constData()).toInt() > m_procInfo.get(key.constData()).items().size())
            text += tr(" (the first %1 of %2)")
                        .arg(m_procInfo.get(key.constData()).items().size())
                        .arg(m_procInfo.get(total.constData()).toInt());
        cliOut() << QString::fromUtf8(key).leftJustified(20) << ' ' << (text.isEmpty() ? tr("none") : text) << "\n";
    }
    cliOut() << "\n" << tr("stack:") << "\n";
    for (const QJsonValue frame : m_procResult.value(QStringLiteral("stack")).toArray())
        cliOut() << "  " << frame.toString() << "\n";
    // The agent has rendered each term already (as the shell prints it, cut at its limits).
    const QLocale locale;
    for (const QJsonValue key : sensitive) {
        const QJsonObject part = m_procResult.value(key.toString()).toObject();
        cliOut() << "\n" << tr("%1 (sensitive):").arg(key.toString()) << "\n";
        if (part.contains(QStringLiteral("error"))) {
            cliOut() << "  " << part.value(QStringLiteral("error")).toString() << "\n";
        } else if (key.toString() == QLatin1String("messages")) {
            const QJsonArray messages = part.value(QStringLiteral("messages")).toArray();
            cliOut() << "  "
                     << tr("%1 in the queue, the first %2:")
                            .arg(locale.toString(part.value(QStringLiteral("total")).toInteger()))
                            .arg(messages.size())
                     << "\n";
            for (qsizetype i = 0; i < messages.size(); ++i) {
                const QJsonObject m = messages.at(i).toObject();
                cliOut() << "  " << (i + 1) << ". " << m.value(QStringLiteral("text")).toString() << "  "
                         << tr("(%1 bytes)").arg(locale.toString(m.value(QStringLiteral("bytes")).toInteger())) << "\n";
            }
        } else if (key.toString() == QLatin1String("dictionary")) {
            const QJsonArray entries = part.value(QStringLiteral("entries")).toArray();
            const qint64 total = part.value(QStringLiteral("total")).toInteger();
            for (const QJsonValue entry : entries)
                cliOut() << "  " << entry.toObject().value(QStringLiteral("key")).toString() << " => "
                         << entry.toObject().value(QStringLiteral("value")).toString() << "\n";
            if (total > entries.size())
                cliOut() << "  " << tr("(the first %1 of %2)").arg(entries.size()).arg(locale.toString(total)) << "\n";
        } else {
            cliOut() << "  " << part.value(QStringLiteral("text")).toString() << "\n";
        }
    }
    cliOut().flush();
}

void CliRunner::runEts()
{
    const auto failed = [this](const ConnectionError &e) {
        const QString what = m_options.arguments.isEmpty() ? tr("ets") : tr("ets %1").arg(m_options.arguments.value(0));
        fail(ExitFailure, tr("%1 on %2: %3").arg(what, m_options.node, AgentError::from(e).message()));
    };
    if (m_options.arguments.isEmpty()) {
        m_session->request(EtsViewer::tablesRequest(), m_options.timeoutMs, this,
                           [this, failed](const Term &v, const ConnectionError &e) {
                               if (e.isError())
                                   return failed(e);
                               printEtsTables(v);
                           });
        return;
    }
    const Term table = EtsViewer::table(m_options.arguments.value(0));
    if (!m_options.key.isEmpty()) {
        m_session->request(EtsViewer::lookupRequest(table, m_options.key), m_options.timeoutMs, this,
                           [this, failed](const Term &v, const ConnectionError &e) {
                               if (e.isError())
                                   return failed(e);
                               if (m_options.json) {
                                   printJsonReply(ProcessInspector::toJson(v),
                                                  {{QStringLiteral("table"), m_options.arguments.value(0)},
                                                   {QStringLiteral("key"), m_options.key}});
                                   return;
                               }
                               const qint64 total = v.get("total").toInt();
                               cliOut() << tr("%n row(s) with key %1 in %2 on %3", nullptr, int(total))
                                               .arg(m_options.key, m_options.arguments.value(0), m_options.node)
                                        << "\n";
                               printEtsRows(v.get("rows"));
                               finish(ExitOk);
                           });
        return;
    }
    requestEtsPage(table, Term(), 1);
}

// Pages are walked from the first: each one's continuation asks for the next.
void CliRunner::requestEtsPage(const Term &table, const Term &continuation, int page)
{
    m_session->request(
        EtsViewer::pageRequest(table, continuation, EtsPageRows), m_options.timeoutMs, this,
        [this, table, page](const Term &v, const ConnectionError &e) {
            if (e.isError()) {
                fail(ExitFailure,
                     tr("ets %1 on %2: %3")
                         .arg(m_options.arguments.value(0), m_options.node, AgentError::from(e).message()));
                return;
            }
            const Term next = EtsViewer::continuation(v);
            const bool more = !next.isAtom("undefined");
            if (page < m_options.page && more) {
                requestEtsPage(table, next, page + 1);
                return;
            }
            const bool past = page < m_options.page; // the table ended before the page asked for
            if (m_options.json) {
                printJsonReply(QJsonObject{{QStringLiteral("rows"),
                                            past ? QJsonArray() : ProcessInspector::toJson(v.get("rows"))}},
                               {{QStringLiteral("table"), m_options.arguments.value(0)},
                                {QStringLiteral("page"), m_options.page},
                                {QStringLiteral("more"), more && !past}});
                return;
            }
            if (past) {
                cliOut() << tr("%1 has %n page(s) of %2 rows: there is no page %3.", nullptr, page)
                                .arg(m_options.arguments.value(0))
                                .arg(EtsPageRows)
                                .arg(m_options.page)
                         << "\n";
            } else {
                const int first = (m_options.page - 1) * EtsPageRows + 1;
                const int count = int(v.get("rows").items().size());
                cliOut() << (count == 0 ? tr("%1 on %2: no rows").arg(m_options.arguments.value(0), m_options.node)
                                        : tr("%1 on %2: rows %3 to %4 (page %5%6)")
                                              .arg(m_options.arguments.value(0), m_options.node)
                                              .arg(first)
                                              .arg(first + count - 1)
                                              .arg(m_options.page)
                                              .arg(more ? tr("; --page %1 for more").arg(m_options.page + 1)
                                                        : tr(", the last")))
                         << "\n";
                printEtsRows(v.get("rows"));
            }
            finish(ExitOk);
        });
}

void CliRunner::printEtsTables(const Term &reply)
{
    qint64 total = 0;
    const auto tables = EtsTableModel::fromTerm(reply, &total);
    if (!tables) {
        fail(ExitFailure, tr("ets on %1: the agent's reply is not a table list").arg(m_options.node));
        return;
    }
    QVector<EtsTableInfo> listed;
    for (const EtsTableInfo &t : *tables) {
        if (!t.own || m_options.includeBilby)
            listed.append(t);
    }
    // The biggest first: what an operator looks for.
    std::stable_sort(listed.begin(), listed.end(),
                     [](const EtsTableInfo &a, const EtsTableInfo &b) { return a.memory > b.memory; });
    if (m_options.json) {
        QJsonArray rows;
        const QJsonArray all = ProcessInspector::toJson(reply.get("tables")).toArray();
        for (int i = 0; i < all.size() && i < tables->size(); ++i) {
            if (!tables->at(i).own || m_options.includeBilby)
                rows.append(all.at(i));
        }
        printJson({{QStringLiteral("node"), m_options.node},
                   {QStringLiteral("total"), total},
                   {QStringLiteral("tables"), rows}});
        finish(ExitOk);
        return;
    }
    const qint64 own = tables->size() - listed.size();
    cliOut() << tr("%1 ETS tables on %2, by memory").arg(listed.size()).arg(m_options.node);
    if (total > tables->size())
        cliOut() << tr(" (the first %1 of %2 read)").arg(tables->size()).arg(total);
    if (own > 0)
        cliOut() << tr("; %n of Bilby's own left out (--include-bilby lists them)", nullptr, int(own));
    cliOut() << "\n";
    CliTable table({tr("TABLE"), tr("TYPE"), tr("PROTECTION"), tr("ROWS"), tr("MEMORY"), tr("OWNER")},
                   {false, false, false, true, true, false});
    for (const EtsTableInfo &t : listed) {
        const QString name =
            t.named || t.idText == t.name ? t.name : t.idText + QStringLiteral(" (") + t.name + QLatin1Char(')');
        table.addRow({name, t.type, t.protection, QString::number(t.size), bytes(t.memory),
                      t.ownerLabel.isEmpty() ? t.ownerText : t.ownerText + QStringLiteral(" ") + t.ownerLabel});
    }
    table.print();
    finish(ExitOk);
}

void CliRunner::printEtsRows(const Term &rows)
{
    CliTable table({tr("KEY"), tr("BYTES"), tr("ROW")}, {false, true, false});
    for (const Term &row : rows.items())
        table.addRow(
            {row.get("key").toQString(), QString::number(row.get("bytes").toInt()), row.get("text").toQString()});
    if (!table.isEmpty())
        table.print();
}

} // namespace bilby
