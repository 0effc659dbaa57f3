#include "tools/shellsbox.h"

#include "shell/confirmation.h"
#include "tools/nodeactions.h"
#include "tools/nodelistings.h"
#include "topology/actiongate.h"
#include "topology/noderegistry.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bilby {

namespace {

constexpr int RequestTimeoutMs = 15000;

} // namespace

ShellsBox::ShellsBox(ManagedNode *node, ActionGate *gate, QWidget *parent)
    : QGroupBox(tr("Shells"), parent)
    , m_node(node)
    , m_listings(new LiveNodeListings(node, this))
    , m_gate(gate)
{
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("shellsRefreshButton"));
    m_end = new QPushButton(tr("End shell…"), this);
    m_end->setObjectName(QStringLiteral("endShellButton"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("shellsTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels(
        {tr("Server"), tr("Evaluator"), tr("From node"), tr("Remote"), tr("Evaluator runs"), tr("Evaluator memory")});
    m_tree->setToolTip(tr("Double-click a server or an evaluator to inspect it"));
    m_status = new QLabel(tr("Refresh lists the shells running on the node."), this);
    m_status->setObjectName(QStringLiteral("shellsStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_end);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);

    connect(m_refresh, &QPushButton::clicked, this, &ShellsBox::refresh);
    connect(m_end, &QPushButton::clicked, this, &ShellsBox::confirmEnd);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &ShellsBox::updateActions);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item, int column) {
        const int row = m_tree->indexOfTopLevelItem(item);
        if (row < 0 || row >= m_shells.size())
            return;
        const Shell &shell = m_shells.at(row);
        emit inspectProcessRequested(column == ServerColumn ? shell.serverText : shell.evaluatorText);
    });
    connect(gate, &ActionGate::changed, this, &ShellsBox::updateActions);
    updateActions();
}

QStringList ShellsBox::servers() const
{
    QStringList out;
    for (const Shell &shell : m_shells)
        out.append(shell.serverText);
    return out;
}

bool ShellsBox::select(const QString &serverText)
{
    const int row = int(servers().indexOf(serverText));
    if (row < 0)
        return false;
    m_tree->setCurrentItem(m_tree->topLevelItem(row));
    return true;
}

int ShellsBox::selectedRow() const
{
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    return selected.isEmpty() ? -1 : m_tree->indexOfTopLevelItem(selected.first());
}

void ShellsBox::refresh()
{
    if (!m_gate->isConnected() || m_pending)
        return;
    m_pending = true;
    updateActions();
    m_listings->shells(this, [this](const ToolReply<NodeActions::ShellList> &reply) {
        onListed(reply.value, reply.error);
    });
}

void ShellsBox::onListed(const std::optional<NodeActions::ShellList> &list, const AgentError &error)
{
    m_pending = false;
    if (!list) {
        m_status->setText(error.isError() ? error.message() : tr("Unexpected reply from the agent."));
        updateActions();
        emit listed();
        return;
    }
    const QString selected = selectedRow() >= 0 ? m_shells.at(selectedRow()).serverText : QString();
    m_tree->clear();
    m_shells.clear();
    for (const Shell &shell : list->shells) {
        auto *item = new QTreeWidgetItem(
            m_tree,
            {shell.serverText, shell.evaluatorText, shell.from, shell.remote ? tr("remote") : tr("local"),
             shell.currentFunction, QLocale().formattedDataSize(shell.memory, 1, QLocale::DataSizeTraditionalFormat)});
        item->setTextAlignment(MemoryColumn, Qt::AlignRight | Qt::AlignVCenter);
        m_shells.append(shell);
    }
    for (int c = 0; c < m_tree->columnCount(); ++c)
        m_tree->resizeColumnToContents(c);
    select(selected);
    const QString listing = m_shells.isEmpty() ? tr("No shell runs on the node.")
                                               : tr("%n shell(s) on the node.", nullptr, int(m_shells.size()));
    m_status->setText(m_outcome.isEmpty() ? listing : m_outcome + QLatin1Char(' ') + listing);
    m_outcome.clear();
    updateActions();
    emit listed();
}

QMessageBox *ShellsBox::confirmEnd()
{
    const int row = selectedRow();
    if (!m_end->isEnabled() || row < 0)
        return nullptr;
    const Shell shell = m_shells.at(row);
    const QString details =
        shell.remote
            ? tr("This is a remote shell from %1: its user loses the shell session at once, with its bindings and "
                 "whatever it was evaluating.")
                  .arg(shell.from)
            : tr("This shell runs on the node's own console: whoever uses it loses the session, with its bindings "
                 "and whatever it was evaluating.");
    m_confirm = askToConfirm(
        this, tr("End Shell"),
        tr("End the shell %1 (evaluator %2) on %3?").arg(shell.serverText, shell.evaluatorText, m_node->key()), details,
        tr("End Shell"), [this, shell] { end(shell); });
    return m_confirm;
}

void ShellsBox::end(const Shell &shell)
{
    if (!m_gate->canChange() || m_pending)
        return;
    AuditedRequest::Request request;
    request.what = tr("End shell %1 (from %2)").arg(shell.serverText, shell.from);
    request.term = NodeActions::killShellRequest(shell.server);
    request.timeoutMs = RequestTimeoutMs;
    const quint64 tag = AuditedRequest::send(
        m_node, request, AuditedRequest::doneWith(tr("The shell's evaluator and server were killed.")), this,
        [this](const AuditedRequest::Outcome &outcome) {
            m_pending = false;
            if (outcome.error.kind == AgentError::Kind::ReadOnly)
                m_gate->noteRefused();
            m_status->setText(outcome.text);
            emit ended(outcome.ok, outcome.text);
            if (outcome.ok) {
                m_outcome = outcome.text; // kept in front of the listing that shows it gone
                refresh();
            } else {
                updateActions();
            }
        });
    m_pending = tag != 0;
    updateActions();
}

void ShellsBox::updateActions()
{
    const QString why = m_gate->reason();
    m_refresh->setEnabled(m_gate->isConnected() && !m_pending);
    m_end->setEnabled(m_gate->canChange() && !m_pending && selectedRow() >= 0);
    m_end->setToolTip(why.isEmpty() ? tr("End the selected shell (asks first)") : why);
}

QMessageBox *ShellsBox::pendingConfirmation() const
{
    return m_confirm;
}

} // namespace bilby
