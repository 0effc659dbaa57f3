#pragma once

#include "connection/auditedrequest.h"
#include "term/term.h"

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace bilby {

class ActionGate;
class ManagedNode;

/**
 * @brief Garbage-collect every process of a node (SPEC X6), a batch at a time with a pause between
 * batches: asks first, shows the agent's progress, can be cancelled between two batches, and says what
 * it freed. Audited when it ends, whether or not this box still exists.
 */
class GcAllBox : public QGroupBox
{
    Q_OBJECT
public:
    GcAllBox(ManagedNode *node, ActionGate *gate, QWidget *parent = nullptr);

    QSpinBox *batchBox() const { return m_batch; }
    QSpinBox *pauseBox() const { return m_pause; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *resultLabel() const { return m_result; }
    bool isRunning() const { return m_tag != 0; }
    /// Progress messages received for the collection running (or the last one).
    int progressUpdates() const { return m_updates; }

    /// Asks whether to start (nullptr when it cannot start now); the collection starts on Yes.
    QMessageBox *confirmStart();
    QMessageBox *pendingConfirmation() const;
    /// Asks the agent to stop after the current batch.
    void cancel();

signals:
    /// The collection ended (after it was audited).
    void finished(bool ok, const QString &outcome);

private:
    void start(int batch, int pauseMs);
    void attachSession();
    void onPushed(const Term &message);
    void onDone(const AuditedRequest::Outcome &outcome);
    void updateActions();

    QPointer<ManagedNode> m_node;
    ActionGate *m_gate;
    quint64 m_tag = 0; ///< the request running, 0 when none
    bool m_cancelling = false;
    int m_updates = 0;
    QPointer<QMessageBox> m_confirm;

    QSpinBox *m_batch = nullptr;
    QSpinBox *m_pause = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace bilby
