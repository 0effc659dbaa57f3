#include "tools/gcallbox.h"

#include "shell/confirmation.h"
#include "tools/nodeactions.h"
#include "topology/actiongate.h"
#include "topology/noderegistry.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bilby {

namespace {

constexpr int CancelTimeoutMs = 10000;

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString summaryText(const NodeActions::GcSummary &s)
{
    const QLocale locale;
    const QString count = s.cancelled ? GcAllBox::tr("Cancelled after %1 of %2 processes in %3 s.")
                                      : GcAllBox::tr("Collected %1 of %2 processes in %3 s.");
    const qint64 freed = s.memoryBefore - s.memoryAfter;
    const QString memory = freed >= 0 ? GcAllBox::tr("Process memory %1 → %2 (%3 freed).")
                                            .arg(size(s.memoryBefore), size(s.memoryAfter), size(freed))
                                      : GcAllBox::tr("Process memory %1 → %2 (the node's processes grew meanwhile).")
                                            .arg(size(s.memoryBefore), size(s.memoryAfter));
    return count.arg(locale.toString(s.done), locale.toString(s.total), locale.toString(s.elapsedMs / 1000.0, 'f', 1)) +
           QLatin1Char(' ') + memory;
}

} // namespace

GcAllBox::GcAllBox(ManagedNode *node, ActionGate *gate, QWidget *parent)
    : QGroupBox(tr("Garbage-collect every process"), parent)
    , m_node(node)
    , m_gate(gate)
{
    m_batch = new QSpinBox(this);
    m_batch->setObjectName(QStringLiteral("gcBatchBox"));
    m_batch->setRange(1, 100000);
    m_batch->setValue(NodeActions::DefaultBatch);
    m_batch->setSuffix(tr(" processes"));
    m_pause = new QSpinBox(this);
    m_pause->setObjectName(QStringLiteral("gcPauseBox"));
    m_pause->setRange(0, 60000);
    m_pause->setValue(NodeActions::DefaultPauseMs);
    m_pause->setSuffix(tr(" ms"));
    m_start = new QPushButton(tr("Start…"), this);
    m_start->setObjectName(QStringLiteral("gcStartButton"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("gcCancelButton"));
    m_cancel->setToolTip(tr("Stop after the batch being collected"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("gcProgress"));
    m_progress->setFormat(tr("%v of %m processes"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    // No figures until a collection says how many processes there are: "0 of 1" would be made up.
    m_progress->setTextVisible(false);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("gcResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Batch size"), m_batch);
    form->addRow(tr("Pause between batches"), m_pause);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    auto *explain = new QLabel(tr("Collecting every process at once stalls a node; a batch at a time with a pause "
                                  "between batches spreads the work out."),
                               this);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_result);

    connect(m_start, &QPushButton::clicked, this, &GcAllBox::confirmStart);
    connect(m_cancel, &QPushButton::clicked, this, &GcAllBox::cancel);
    connect(gate, &ActionGate::changed, this, &GcAllBox::updateActions);
    if (node) {
        connect(node, &ManagedNode::sessionStarted, this, &GcAllBox::attachSession);
        if (node->session())
            attachSession();
    }
    updateActions();
}

void GcAllBox::attachSession()
{
    connect(m_node->session(), &NodeSession::pushed, this, &GcAllBox::onPushed);
}

QMessageBox *GcAllBox::confirmStart()
{
    if (!m_start->isEnabled())
        return nullptr;
    const int batch = m_batch->value();
    const int pauseMs = m_pause->value();
    m_confirm = askToConfirm(
        this, tr("Garbage-Collect Every Process"),
        tr("This collects every process on %1, %2 at a time, with %3 ms between batches.")
            .arg(m_node->key(), QLocale().toString(batch), QLocale().toString(pauseMs)),
        tr("Each collection stops its process while it runs, and a large node takes a while; Cancel stops the walk "
           "between two batches."),
        tr("Collect"), [this, batch, pauseMs] { start(batch, pauseMs); });
    return m_confirm;
}

void GcAllBox::start(int batch, int pauseMs)
{
    if (!m_gate->canChange() || isRunning())
        return;
    AuditedRequest::Request request;
    request.what = tr("Garbage collect every process (%1 at a time, %2 ms apart)").arg(batch).arg(pauseMs);
    request.term = NodeActions::gcAllRequest(batch, pauseMs);
    request.timeoutMs = NodeActions::GcAllTimeoutMs;
    m_updates = 0;
    m_cancelling = false;
    m_progress->setRange(0, 0); // busy until the first progress says how many
    m_progress->setTextVisible(false);
    m_result->setText(tr("Collecting…"));
    m_tag = AuditedRequest::send(
        m_node, request,
        [](const Term &value, const AgentError &error) {
            if (error.isError())
                return AuditedRequest::failed(error);
            AuditedRequest::Outcome outcome;
            const auto summary = NodeActions::GcSummary::fromTerm(value);
            outcome.ok = summary.has_value();
            outcome.text = summary ? summaryText(*summary) : tr("Unexpected reply from the agent.");
            return outcome;
        },
        this, [this](const AuditedRequest::Outcome &outcome) { onDone(outcome); });
    if (m_tag == 0) {
        m_progress->setRange(0, 1);
        m_progress->setTextVisible(false);
        m_result->setText(tr("Not connected to the node: nothing was done."));
    }
    updateActions();
}

void GcAllBox::onPushed(const Term &message)
{
    const auto progress = NodeActions::progress(message);
    if (!progress || progress->tag != m_tag || m_tag == 0)
        return;
    ++m_updates;
    m_progress->setRange(0, int(progress->total));
    m_progress->setValue(int(progress->done));
    m_progress->setTextVisible(true);
}

void GcAllBox::onDone(const AuditedRequest::Outcome &outcome)
{
    m_tag = 0;
    m_cancelling = false;
    if (outcome.error.kind == AgentError::Kind::ReadOnly)
        m_gate->noteRefused();
    if (const auto summary = NodeActions::GcSummary::fromTerm(outcome.value)) {
        m_progress->setRange(0, int(qMax<qint64>(1, summary->total)));
        m_progress->setValue(int(summary->done));
        m_progress->setTextVisible(true);
    } else {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_progress->setTextVisible(false);
    }
    m_result->setText(outcome.text);
    updateActions();
    emit finished(outcome.ok, outcome.text);
}

void GcAllBox::cancel()
{
    if (!isRunning() || m_cancelling || !m_node || !m_node->session())
        return;
    m_cancelling = true;
    updateActions();
    m_result->setText(tr("Cancelling after the current batch…"));
    m_node->session()->request(NodeActions::cancelRequest(m_tag), CancelTimeoutMs, this,
                               [this](const Term &value, const ConnectionError &error) {
                                   // The collection's own reply says how far it came; this only says
                                   // when there was nothing left to cancel.
                                   if (error.isError())
                                       m_result->setText(tr("Could not cancel: %1").arg(error.message));
                                   else if (!NodeActions::cancelAccepted(value) && isRunning())
                                       m_result->setText(tr("Nothing to cancel: the collection is ending."));
                               });
}

void GcAllBox::updateActions()
{
    const QString why = m_gate->reason();
    m_start->setEnabled(m_gate->canChange() && !isRunning());
    m_start->setToolTip(why.isEmpty() ? tr("Collect every process (asks first)") : why);
    m_cancel->setEnabled(isRunning() && !m_cancelling);
    m_batch->setEnabled(!isRunning());
    m_pause->setEnabled(!isRunning());
}

QMessageBox *GcAllBox::pendingConfirmation() const
{
    return m_confirm;
}

} // namespace bilby
