#pragma once

#include "term/term.h"
#include "tools/processactions.h"
#include "tools/processsource.h"

#include <QPointer>
#include <QTimer>
#include <QVector>
#include <QWidget>

class QLabel;
class QMessageBox;
class QPushButton;
class QTabWidget;

namespace bilby {

struct AgentError;
class InspectorSection;
class ManagedNode;
class ProcessInfoView;
class TerminateDialog;

/**
 * @brief The process inspector (SPEC X2, X3): one process's information, and on request its messages,
 * dictionary, state and stack; terminate and garbage-collect.
 *
 * Info is read when a process is inspected and again every few seconds while the view is visible.
 * Messages, dictionary and state are sensitive: marked so, and read only when the user opens their tab
 * or asks again, never by the periodic refresh; a mailbox the agent will not copy without the user's
 * word raises a question first. Pids in the information navigate (Back returns). A process that exits
 * says so and stays shown as last read. Every request is asynchronous; replies about a process the
 * view no longer shows are dropped. Terminate and garbage collection are audited on the ManagedNode
 * and disabled when the session is read-only.
 */
class ProcessInspectorView : public QWidget
{
    Q_OBJECT
public:
    enum Section { InfoSection, MessagesSection, DictionarySection, StateSection, StackSection };

    /// Reads from @p source; terminates and collects through @p node (none: a view that only reads).
    ProcessInspectorView(ProcessSource *source, ManagedNode *node, QWidget *parent = nullptr);

    /// Inspects a pid as the node prints it (<0.85.0>) or a registered name.
    void inspect(const QString &target);
    /// Inspects a pid of the node.
    void inspect(const Term &pid);
    /// Goes back to the previously inspected process.
    void back();

    /// The inspected process's pid as the node prints it, once its information was read.
    QString currentPid() const { return m_pidText; }
    bool hasExited() const { return m_exited; }

    QTabWidget *sections() const { return m_sections; }
    ProcessInfoView *infoView() const { return m_info; }
    InspectorSection *section(Section section) const;
    QLabel *titleLabel() const { return m_title; }
    /// Errors and the outcome of actions.
    QLabel *messageLabel() const { return m_message; }
    /// "The process has exited", shown only then.
    QLabel *exitedLabel() const { return m_exitedLabel; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *terminateButton() const { return m_terminate; }
    QPushButton *gcButton() const { return m_gc; }

    /// Asks how to terminate the process (window-modal, no nested loop); the request goes on accept.
    /// nullptr when there is nothing to terminate or the session is read-only.
    TerminateDialog *confirmTerminate();
    /// Garbage-collects the inspected process (no question: it only costs the process a collection).
    void garbageCollect();
    /// The open question about copying a long mailbox, if any.
    QMessageBox *pendingConfirmation() const;

signals:
    /// The information was read (each refresh).
    void infoUpdated();
    /// A section was read, or failed.
    void sectionUpdated(int section);
    /// Terminate or garbage collection finished (after it was audited).
    void actionFinished(bool ok, const QString &outcome);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void navigate(const Term &target, const QString &text, bool remember);
    void requestInfo();
    void onInfo(const ToolReply<ProcessInfo> &reply);
    void onSectionShown(int index);
    void load(Section section, bool confirmed = false);
    void onSectionReply(Section section, const ToolReply<ProcessSection> &reply);
    void askToReadMailbox(qint64 count);
    void terminate(const QString &reason);
    /// false (and says why) when no action can be sent now.
    bool startAction();
    void onActionDone(quint64 generation, const ProcessActions::Outcome &outcome);
    void setExited();
    void updateActions();
    void attachSession();
    bool canAsk() const;
    bool isReadOnly() const;
    /// The process as shown in titles and audit entries: its pid once known, else what was asked.
    QString who() const;

    QPointer<ProcessSource> m_source;
    QPointer<ManagedNode> m_node;
    Term m_target;        ///< what requests name: the pid once known, else the text asked
    QString m_targetText; ///< what the user asked for
    QString m_pidText;    ///< the pid as the node prints it, once read
    QString m_registeredName;
    QVector<QPair<Term, QString>> m_history; ///< for Back: target and text
    quint64 m_generation = 0;                ///< bumped on each navigation: older replies are dropped
    bool m_infoPending = false;
    bool m_actionPending = false;
    bool m_exited = false;
    bool m_agentReadOnly = false; ///< the agent refused an action as read-only (until it reconnects)
    bool m_actionShown = false;   ///< the message line holds an action's outcome: refreshes keep it
    QTimer m_refresh;
    QPointer<QMessageBox> m_confirm;

    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_exitedLabel = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_terminate = nullptr;
    QPushButton *m_gc = nullptr;
    QTabWidget *m_sections = nullptr;
    ProcessInfoView *m_info = nullptr;
    QVector<InspectorSection *> m_sectionWidgets; ///< by Section; InfoSection is nullptr
};

} // namespace bilby
