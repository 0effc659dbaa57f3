#pragma once

#include "connection/auditedrequest.h"
#include "tools/evaluator.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace bilby {

class ActionGate;
class EvalInput;
class EvalTranscript;
class ManagedNode;
class NodeListings;

/**
 * @brief The evaluator (SPEC X5): a console that evaluates Erlang (or Elixir, when the node has it) on
 * the node, one expression at a time, with the session's bindings and a history of what was typed.
 *
 * The agent evaluates in a process of its own, killed at the timeout chosen here; the value comes back
 * as text, cut at 1 MB. The transcript is sensitive and bounded. Evaluating can change anything on the
 * node: it is off on a read-only node, each evaluation is audited with its expression (never its value,
 * which may hold secrets), and a refusal by the agent is shown and turns it off.
 */
class EvaluatorPage : public QWidget
{
    Q_OBJECT
public:
    explicit EvaluatorPage(ManagedNode *node, QWidget *parent = nullptr);

    EvalInput *input() const { return m_input; }
    EvalTranscript *transcript() const { return m_transcript; }
    QComboBox *languageBox() const { return m_language; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    QPushButton *evaluateButton() const { return m_evaluate; }
    QPushButton *forgetButton() const { return m_forget; }
    /// Copies the last value, whole (the transcript shows the first EvalTranscript::ShownValueMax characters).
    QPushButton *copyButton() const { return m_copy; }
    QLabel *bindingsLabel() const { return m_bindingsLabel; }
    /// Why Evaluate is off, or that an evaluation runs.
    QLabel *noteLabel() const { return m_note; }

    Evaluator::Language language() const;
    /// Selects @p language; false when the node cannot evaluate it.
    bool setLanguage(Evaluator::Language language);
    bool isElixirAvailable() const { return m_elixir; }
    /// The node said which languages it has, on this connection.
    bool hasLanguages() const { return m_languagesKnown; }
    /// The names bound in the selected language's session.
    QStringList bindings() const;
    const EvalHistory &history() const { return m_history; }
    bool isRunning() const { return m_running; }

    /// Evaluates what the input holds (nothing when Evaluate is off or the input is empty).
    void evaluate();
    /// Forgets the selected language's bindings on the node.
    void forgetBindings();

signals:
    /// An evaluation ended (shown and audited); @p ok when it gave a value.
    void evaluated(bool ok);
    /// The node said which languages it has (after each connection).
    void languagesKnown();
    void bindingsForgotten();

protected:
    /// Asks the node's languages again while the user has not picked one: Elixir may have started since.
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createControls();
    void askLanguages();
    void onEvaluated(Evaluator::Language language, int timeoutS, const AuditedRequest::Outcome &outcome);
    void showBindings();
    void updateActions();

    QPointer<ManagedNode> m_node;
    NodeListings *m_listings = nullptr;
    ActionGate *m_gate = nullptr;
    EvalHistory m_history;
    QHash<int, QStringList> m_bindings; ///< by Evaluator::Language
    bool m_elixir = false;
    bool m_languagesKnown = false;
    bool m_languageChosen = false; ///< the user picked a language: the node's own no longer overrides it
    bool m_running = false;
    QString m_lastValue; ///< the last evaluation's value or error, as the agent sent it

    EvalTranscript *m_transcript = nullptr;
    EvalInput *m_input = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_timeout = nullptr;
    QPushButton *m_evaluate = nullptr;
    QPushButton *m_forget = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_bindingsLabel = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace bilby
