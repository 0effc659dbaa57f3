#pragma once

#include <QPlainTextEdit>

namespace bilby {

class EvalHistory;

/**
 * @brief The evaluator's input: a multi-line editor that evaluates on Ctrl+Enter, or on Enter while it
 * holds one line (Shift+Enter starts a new line), and walks the history with Up on its first line and
 * Down on its last.
 */
class EvalInput : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit EvalInput(EvalHistory *history, QWidget *parent = nullptr);

    /// Back at the user's own text (after an evaluation): the next Up starts from the newest entry.
    void resetHistory();

signals:
    void submitted();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool historyPrevious();
    bool historyNext();
    void showEntry(const QString &text);

    EvalHistory *m_history;
    int m_depth = 0; ///< steps back into the history; 0: the user's own text
};

} // namespace bilby
