#include "tools/oldcodebox.h"

#include "shell/confirmation.h"
#include "tools/nodeactions.h"
#include "tools/nodelistings.h"
#include "topology/actiongate.h"
#include "topology/noderegistry.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bilby {

namespace {

// A purge walks every process once per module with old code (check_process_code).
constexpr int WalkTimeoutMs = 60000;
constexpr int PidRole = Qt::UserRole + 1;

// Pids as links whose target is the pid's text (for QLabel::linkActivated).
QString pidLinks(const QStringList &pids)
{
    QStringList links;
    for (const QString &pid : pids)
        links.append(QStringLiteral("<a href=\"%1\">%1</a>").arg(pid.toHtmlEscaped()));
    return links.join(QLatin1Char(' '));
}

} // namespace

OldCodeBox::OldCodeBox(ManagedNode *node, ActionGate *gate, QWidget *parent)
    : QGroupBox(tr("Old code"), parent)
    , m_node(node)
    , m_listings(new LiveNodeListings(node, this))
    , m_gate(gate)
{
    m_check = new QPushButton(tr("Check"), this);
    m_check->setObjectName(QStringLiteral("oldCodeCheckButton"));
    m_check->setToolTip(tr("List the modules with old code and the processes that still run it"));
    m_purge = new QPushButton(tr("Soft purge…"), this);
    m_purge->setObjectName(QStringLiteral("purgeButton"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("oldCodeTree"));
    m_tree->setHeaderLabels({tr("Module"), tr("Old code")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->setToolTip(tr("Double-click a process to inspect it"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("oldCodeResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addWidget(m_purge);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_result);

    connect(m_check, &QPushButton::clicked, this, &OldCodeBox::check);
    connect(m_purge, &QPushButton::clicked, this, &OldCodeBox::confirmPurge);
    connect(m_result, &QLabel::linkActivated, this, &OldCodeBox::inspectProcessRequested);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString pid = item->data(0, PidRole).toString();
        if (!pid.isEmpty())
            emit inspectProcessRequested(pid);
    });
    connect(gate, &ActionGate::changed, this, &OldCodeBox::updateActions);
    updateActions();
}

QStringList OldCodeBox::modules() const
{
    QStringList names;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        names.append(m_tree->topLevelItem(i)->text(0));
    return names;
}

QTreeWidgetItem *OldCodeBox::addModule(const QString &module, const QString &state, const QStringList &pids)
{
    auto *item = new QTreeWidgetItem(m_tree, {module, state});
    for (const QString &pid : pids) {
        auto *child = new QTreeWidgetItem(item, {pid, tr("still runs the old code")});
        child->setData(0, PidRole, pid);
    }
    item->setExpanded(true);
    return item;
}

void OldCodeBox::check()
{
    if (!m_gate->isConnected() || m_pending)
        return;
    m_pending = true;
    updateActions();
    m_result->setText(tr("Looking for old code…"));
    m_listings->oldCode(this, [this](const ToolReply<NodeActions::OldCodeList> &reply) {
        m_pending = false;
        m_tree->clear();
        if (!reply.ok()) {
            m_result->setText(reply.error.isError() ? reply.error.message().toHtmlEscaped()
                                                    : tr("Unexpected reply from the agent."));
        } else {
            const auto &modules = reply.value->modules;
            for (const auto &[module, pids] : modules)
                addModule(module,
                          pids.isEmpty() ? tr("no process runs it")
                                         : tr("%n process(es) run it", nullptr, int(pids.size())),
                          pids);
            m_result->setText(modules.isEmpty() ? tr("No module has old code.")
                                                : tr("%n module(s) with old code.", nullptr, int(modules.size())));
        }
        updateActions();
        emit checked();
    });
}

QMessageBox *OldCodeBox::confirmPurge()
{
    if (!m_purge->isEnabled())
        return nullptr;
    m_confirm = askToConfirm(this, tr("Soft Purge Old Code"),
                             tr("Soft-purge the old code of every module on %1?").arg(m_node->key()),
                             tr("Old code that no process runs any more is removed. Modules whose old code is still "
                                "in use are kept and listed: a soft purge never kills a process."),
                             tr("Purge"), [this] { purge(); });
    return m_confirm;
}

void OldCodeBox::purge()
{
    if (!m_gate->canChange() || m_pending)
        return;
    AuditedRequest::Request request;
    request.what = tr("Soft purge old code");
    request.term = NodeActions::purgeRequest();
    request.timeoutMs = WalkTimeoutMs;
    m_result->setText(tr("Purging…"));
    const quint64 tag = AuditedRequest::send(
        m_node, request,
        [](const Term &value, const AgentError &error) {
            if (error.isError())
                return AuditedRequest::failed(error);
            AuditedRequest::Outcome outcome;
            const auto result = NodeActions::PurgeResult::fromTerm(value);
            outcome.ok = result.has_value();
            if (!result) {
                outcome.text = tr("Unexpected reply from the agent.");
                return outcome;
            }
            outcome.text = result->purged.isEmpty() ? tr("Nothing purged.")
                                                    : tr("Purged %1.").arg(result->purged.join(QStringLiteral(", ")));
            for (const auto &[module, pids] : result->inUse)
                outcome.text +=
                    QLatin1Char(' ') +
                    tr("Kept %1: its old code still runs in %2.").arg(module, pids.join(QStringLiteral(" ")));
            return outcome;
        },
        this, [this](const AuditedRequest::Outcome &outcome) { onPurged(outcome); });
    m_pending = tag != 0;
    updateActions();
}

void OldCodeBox::onPurged(const AuditedRequest::Outcome &outcome)
{
    m_pending = false;
    if (outcome.error.kind == AgentError::Kind::ReadOnly)
        m_gate->noteRefused();
    const auto result = NodeActions::PurgeResult::fromTerm(outcome.value);
    if (!result) {
        m_result->setText(outcome.text.toHtmlEscaped());
    } else {
        m_tree->clear();
        for (const QString &module : result->purged)
            addModule(module, tr("purged"), {});
        QStringList kept;
        for (const auto &[module, pids] : result->inUse) {
            addModule(module, tr("kept: still in use"), pids);
            kept.append(tr("Kept %1: its old code still runs in %2.").arg(module.toHtmlEscaped(), pidLinks(pids)));
        }
        const QString purged = result->purged.isEmpty()
                                   ? tr("Nothing purged.")
                                   : tr("Purged %n module(s): %1.", nullptr, int(result->purged.size()))
                                         .arg(result->purged.join(QStringLiteral(", ")).toHtmlEscaped());
        m_result->setText((QStringList{purged} + kept).join(QStringLiteral("<br>")));
    }
    updateActions();
    emit purged(outcome.ok, outcome.text);
}

void OldCodeBox::updateActions()
{
    const QString why = m_gate->reason();
    m_check->setEnabled(m_gate->isConnected() && !m_pending);
    m_purge->setEnabled(m_gate->canChange() && !m_pending);
    m_purge->setToolTip(why.isEmpty() ? tr("Remove old code no process runs (asks first)") : why);
}

QMessageBox *OldCodeBox::pendingConfirmation() const
{
    return m_confirm;
}

} // namespace bilby
