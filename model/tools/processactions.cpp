#include "tools/processactions.h"

#include "tools/processinspector.h"
#include "topology/noderegistry.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>

namespace bilby::ProcessActions {

namespace {

constexpr int RequestTimeoutMs = 10000;

QString tr(const char *text)
{
    return QCoreApplication::translate("bilby::ProcessActions", text);
}

using Reader = std::function<Outcome(const Term &reply)>;

void run(ManagedNode *node, const QString &what, const Term &request, const Reader &read, QObject *receiver,
         const Done &done)
{
    QPointer<ManagedNode> audit(node);
    QPointer<QObject> asker(receiver);
    node->session()->request(request, RequestTimeoutMs, node,
                             [audit, asker, what, read, done](const Term &value, const ConnectionError &e) {
                                 Outcome outcome;
                                 outcome.error = AgentError::from(e);
                                 if (outcome.error.isError())
                                     outcome.text = outcome.error.message();
                                 else
                                     outcome = read(value);
                                 if (audit)
                                     audit->recordAction(what, outcome.ok, outcome.text);
                                 if (asker && done)
                                     done(outcome);
                             });
}

QString size(const Term &bytes)
{
    return QLocale().formattedDataSize(bytes.toInt(), 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

void terminate(ManagedNode *node, const Term &target, const QString &who, const QString &reason, QObject *receiver,
               const Done &done)
{
    const QString what = tr("Terminate process %1 (reason %2)").arg(who, reason);
    run(
        node, what, ProcessInspector::terminateRequest(target, reason.toUtf8()),
        [](const Term &value) {
            Outcome outcome;
            outcome.ok = value.get("ended").isAtom("true");
            // A process that traps exits may live on: only `kill` cannot be trapped.
            outcome.text = outcome.ok ? tr("The process ended (%1).").arg(value.get("reason").toQString())
                                      : tr("The process is still running a second later: it traps exits. The "
                                           "reason kill ends it.");
            return outcome;
        },
        receiver, done);
}

void garbageCollect(ManagedNode *node, const Term &target, const QString &who, QObject *receiver, const Done &done)
{
    const QString what = tr("Garbage collect process %1").arg(who);
    run(
        node, what, ProcessInspector::gcRequest(target),
        [](const Term &value) {
            Outcome outcome;
            outcome.ok = true;
            outcome.text =
                value.get("after").isInteger()
                    ? tr("Memory %1 before, %2 after.").arg(size(value.get("before")), size(value.get("after")))
                    : tr("Collected; the process exited meanwhile (it held %1).").arg(size(value.get("before")));
            return outcome;
        },
        receiver, done);
}

} // namespace bilby::ProcessActions
