#include "tools/processinspectorview.h"

#include "connection/agenterror.h"
#include "tools/inspectorsection.h"
#include "tools/processactions.h"
#include "tools/processinfoview.h"
#include "tools/processinspector.h"
#include "tools/processsource.h"
#include "tools/terminatedialog.h"
#include "topology/noderegistry.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bilby {

namespace {

constexpr int RefreshMs = 3000;

} // namespace

ProcessInspectorView::ProcessInspectorView(ProcessSource *source, ManagedNode *node, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_node(node)
{
    m_back = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_title = new QLabel(tr("No process inspected"), this);
    m_title->setObjectName(QStringLiteral("inspectorTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_terminate = new QPushButton(tr("Terminate…"), this);
    m_terminate->setObjectName(QStringLiteral("terminateButton"));
    m_gc = new QPushButton(tr("Garbage collect"), this);
    m_gc->setObjectName(QStringLiteral("gcButton"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_gc);
    bar->addWidget(m_terminate);

    m_exitedLabel = new QLabel(this);
    m_exitedLabel->setObjectName(QStringLiteral("exitedLabel"));
    m_exitedLabel->setStyleSheet(QStringLiteral("font-weight: bold; color: #b00020;"));
    m_exitedLabel->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("inspectorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_info = new ProcessInfoView(this);
    m_info->setObjectName(QStringLiteral("infoView"));
    m_info->setPlainText(tr("Double-click a process in the list to inspect it."));
    m_sections = new QTabWidget(this);
    m_sections->setObjectName(QStringLiteral("inspectorSections"));
    m_sections->addTab(m_info, tr("Info"));
    m_sectionWidgets = {nullptr, new InspectorSection(InspectorSection::Kind::Messages, this),
                        new InspectorSection(InspectorSection::Kind::Dictionary, this),
                        new InspectorSection(InspectorSection::Kind::State, this),
                        new InspectorSection(InspectorSection::Kind::Stack, this)};
    for (int s = MessagesSection; s <= StackSection; ++s) {
        m_sectionWidgets.at(s)->addTo(m_sections);
        connect(m_sectionWidgets.at(s), &InspectorSection::loadRequested, this, [this, s] { load(Section(s)); });
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_exitedLabel);
    layout->addWidget(m_message);
    layout->addWidget(m_sections, 1);

    connect(m_back, &QPushButton::clicked, this, &ProcessInspectorView::back);
    connect(m_terminate, &QPushButton::clicked, this, &ProcessInspectorView::confirmTerminate);
    connect(m_gc, &QPushButton::clicked, this, &ProcessInspectorView::garbageCollect);
    connect(m_info, &ProcessInfoView::pidActivated, this, qOverload<const Term &>(&ProcessInspectorView::inspect));
    connect(m_sections, &QTabWidget::currentChanged, this, &ProcessInspectorView::onSectionShown);
    m_refresh.setInterval(RefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (isVisible() && !m_exited && !m_infoPending && !m_targetText.isEmpty() && canAsk())
            requestInfo();
    });
    if (source)
        connect(source, &ToolSource::availabilityChanged, this, &ProcessInspectorView::updateActions);
    if (node) {
        connect(node, &ManagedNode::sessionStarted, this, &ProcessInspectorView::attachSession);
        if (node->session())
            attachSession();
    }
    updateActions();
}

InspectorSection *ProcessInspectorView::section(Section section) const
{
    return m_sectionWidgets.value(section);
}

QMessageBox *ProcessInspectorView::pendingConfirmation() const
{
    return m_confirm;
}

void ProcessInspectorView::attachSession()
{
    // A new connection may be to a restarted node, or one started read-only: look again.
    connect(m_node->session(), &NodeSession::connected, this, [this] {
        m_agentReadOnly = false;
        updateActions();
        if (isVisible() && !m_exited && !m_targetText.isEmpty())
            requestInfo();
    });
    // Read-only switched at runtime (no new connection): the agent's answer is what counts.
    connect(m_node, &ManagedNode::agentReadOnlyChanged, this, [this](bool readOnly) {
        m_agentReadOnly = readOnly;
        updateActions();
    });
}

bool ProcessInspectorView::canAsk() const
{
    return m_source && m_source->isAvailable();
}

bool ProcessInspectorView::isReadOnly() const
{
    return m_agentReadOnly || (m_node && m_node->session() && m_node->session()->info().readOnly);
}

QString ProcessInspectorView::who() const
{
    return m_pidText.isEmpty() ? m_targetText : m_pidText;
}

void ProcessInspectorView::inspect(const QString &target)
{
    if (!target.trimmed().isEmpty())
        navigate(ProcessInspector::target(target), target.trimmed(), true);
}

void ProcessInspectorView::inspect(const Term &pid)
{
    navigate(pid, localPidText(pid), true);
}

void ProcessInspectorView::back()
{
    if (m_history.isEmpty())
        return;
    const auto previous = m_history.takeLast();
    navigate(previous.first, previous.second, false);
}

void ProcessInspectorView::navigate(const Term &target, const QString &text, bool remember)
{
    if (remember && !m_targetText.isEmpty() && text != who())
        m_history.append({m_target, who()});
    ++m_generation; // replies about the previous process are dropped from here on
    if (m_confirm)
        m_confirm->close();
    m_target = target;
    m_targetText = text;
    m_pidText.clear();
    m_registeredName.clear();
    m_exited = false;
    m_infoPending = false;
    m_actionShown = false;
    m_exitedLabel->hide();
    m_message->clear();
    m_title->setText(text);
    m_info->setPlainText(tr("Reading…"));
    for (InspectorSection *w : std::as_const(m_sectionWidgets)) {
        if (w)
            w->reset(w->isSensitive() ? tr("Not read: this section is read only on request.") : QString());
    }
    // Sensitive sections are never read for a process the user has not opened them on.
    const auto *current = qobject_cast<InspectorSection *>(m_sections->currentWidget());
    if (current && current->isSensitive())
        m_sections->setCurrentIndex(InfoSection);
    requestInfo();
    if (m_sections->currentIndex() == StackSection)
        load(StackSection);
    updateActions();
}

void ProcessInspectorView::requestInfo()
{
    if (!canAsk()) {
        m_message->setText(tr("Not connected to the node: showing what was read last."));
        return;
    }
    m_infoPending = true;
    const quint64 generation = m_generation;
    m_source->info(m_target, this, [this, generation](const ToolReply<ProcessInfo> &reply) {
        if (generation == m_generation)
            onInfo(reply);
    });
}

void ProcessInspectorView::onInfo(const ToolReply<ProcessInfo> &reply)
{
    m_infoPending = false;
    AgentError error = reply.error;
    if (!reply.ok() && !error.isError()) {
        error.kind = AgentError::Kind::Connection; // says error.error.message
        error.error.message = tr("Unexpected reply from the agent.");
    }
    if (error.kind == AgentError::Kind::NoSuchProcess) {
        setExited();
        return;
    }
    if (error.isError()) {
        m_message->setText(error.message());
        if (m_pidText.isEmpty())
            m_info->setPlainText(error.message());
        return;
    }
    // A name is resolved once: later requests name the pid, which a new process cannot take over.
    const ProcessInfo &info = *reply.value;
    m_target = info.pid;
    m_pidText = info.pidText;
    m_registeredName = info.registeredName;
    m_title->setText(m_info->setInfo(info, m_source->wordSize()));
    if (!m_actionShown)
        m_message->clear();
    updateActions();
    emit infoUpdated();
}

void ProcessInspectorView::onSectionShown(int index)
{
    // Opening a tab is the user's request to read it; a section read already is read again by its button.
    InspectorSection *w = section(Section(index));
    if (w && w->state() == InspectorSection::State::Empty && !m_targetText.isEmpty() && !m_exited)
        load(Section(index));
}

void ProcessInspectorView::load(Section s, bool confirmed)
{
    InspectorSection *w = section(s);
    if (!w || m_targetText.isEmpty() || w->state() == InspectorSection::State::Loading)
        return; // (no InspectorSection for Info: it is read on its own)
    if (!canAsk()) {
        w->setFailed(tr("Not connected to the node."));
        return;
    }
    w->setLoading();
    const quint64 generation = m_generation;
    m_source->section(w->kind(), m_target, confirmed, this,
                      [this, generation, s](const ToolReply<ProcessSection> &reply) {
                          if (generation == m_generation)
                              onSectionReply(s, reply);
                      });
}

void ProcessInspectorView::onSectionReply(Section s, const ToolReply<ProcessSection> &reply)
{
    InspectorSection *w = section(s);
    const AgentError &error = reply.error;
    if (error.kind == AgentError::Kind::NoSuchProcess)
        setExited();
    if (error.isError()) {
        w->setFailed(error.message());
        if (error.kind == AgentError::Kind::NeedsConfirm)
            askToReadMailbox(error.count);
    } else if (reply.ok()) {
        w->setReply(*reply.value);
    } else {
        w->setFailed(tr("Unexpected reply from the agent."));
    }
    emit sectionUpdated(s);
}

void ProcessInspectorView::askToReadMailbox(qint64 count)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Read a Long Mailbox"),
                                tr("%1 has %2 messages waiting. Read the first %3?")
                                    .arg(who(), QLocale().toString(count))
                                    .arg(InspectorSection::MessagesShown),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setInformativeText(tr("A node cannot read part of a mailbox: reading copies the whole mailbox on the node, "
                               "which costs memory and time on a process that is already behind."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setDefaultButton(QMessageBox::No);
    const quint64 generation = m_generation;
    connect(box, &QMessageBox::finished, this, [this, box, generation] {
        if (generation == m_generation && box->clickedButton() == box->button(QMessageBox::Yes))
            load(MessagesSection, true);
    });
    m_confirm = box;
    box->open();
}

TerminateDialog *ProcessInspectorView::confirmTerminate()
{
    if (!m_terminate->isEnabled())
        return nullptr;
    auto *dialog = new TerminateDialog(m_title->text(), m_registeredName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    const quint64 generation = m_generation;
    connect(dialog, &QDialog::accepted, this, [this, dialog, generation] {
        if (generation == m_generation && TerminateDialog::isValidReason(dialog->reason()))
            terminate(dialog->reason());
    });
    dialog->open();
    return dialog;
}

void ProcessInspectorView::terminate(const QString &reason)
{
    if (!startAction())
        return;
    const quint64 generation = m_generation;
    ProcessActions::terminate(m_node, m_target, who(), reason, this,
                              [this, generation](const ProcessActions::Outcome &o) { onActionDone(generation, o); });
}

void ProcessInspectorView::garbageCollect()
{
    if (!m_gc->isEnabled() || !startAction())
        return;
    const quint64 generation = m_generation;
    ProcessActions::garbageCollect(m_node, m_target, who(), this, [this, generation](const ProcessActions::Outcome &o) {
        onActionDone(generation, o);
    });
}

bool ProcessInspectorView::startAction()
{
    if (!canAsk()) {
        m_message->setText(tr("Not connected to the node: nothing was done."));
        return false;
    }
    m_actionPending = true;
    updateActions();
    return true;
}

void ProcessInspectorView::onActionDone(quint64 generation, const ProcessActions::Outcome &outcome)
{
    // Audited already (ProcessActions); here only what the view shows.
    m_actionPending = false;
    if (outcome.error.kind == AgentError::Kind::ReadOnly)
        m_agentReadOnly = true;
    if (generation == m_generation) {
        m_message->setText(outcome.text);
        m_actionShown = true;
        if (outcome.error.kind == AgentError::Kind::NoSuchProcess)
            setExited();
        else if (!m_exited && !m_infoPending)
            requestInfo(); // shows the effect: exited, or the memory after the collection
    }
    updateActions();
    emit actionFinished(outcome.ok, outcome.text);
}

void ProcessInspectorView::setExited()
{
    m_exited = true;
    m_exitedLabel->setText(tr("The process has exited. What is shown is what was read last."));
    m_exitedLabel->show();
    if (m_pidText.isEmpty())
        m_info->setPlainText(tr("The process has exited."));
    updateActions();
}

void ProcessInspectorView::updateActions()
{
    const bool readOnly = isReadOnly();
    // Actions change a node: a view with no node behind it (a snapshot) only reads.
    const bool can = m_node && !m_targetText.isEmpty() && !m_exited && !m_actionPending && canAsk() && !readOnly;
    m_terminate->setEnabled(can);
    m_gc->setEnabled(can);
    const QString why = readOnly ? tr("This node is read-only: the console does not change it.") : QString();
    m_terminate->setToolTip(why.isEmpty() ? tr("Send the process an exit signal (asks first)") : why);
    m_gc->setToolTip(why.isEmpty() ? tr("Garbage-collect this process now") : why);
    m_back->setEnabled(!m_history.isEmpty());
}

void ProcessInspectorView::showEvent(QShowEvent *event)
{
    m_refresh.start();
    if (!m_exited && !m_infoPending && !m_targetText.isEmpty() && canAsk())
        requestInfo();
    QWidget::showEvent(event);
}

void ProcessInspectorView::hideEvent(QHideEvent *event)
{
    m_refresh.stop();
    QWidget::hideEvent(event);
}

} // namespace bilby
