#include "tools/evalinput.h"

#include "tools/evaluator.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QTextBlock>

namespace bilby {

EvalInput::EvalInput(EvalHistory *history, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_history(history)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabChangesFocus(true);
    setPlaceholderText(tr("An expression. Enter evaluates one line, Shift+Enter starts another, Ctrl+Enter "
                          "evaluates them all; Up and Down recall earlier ones."));
}

void EvalInput::resetHistory()
{
    m_depth = 0;
    m_history->resetPosition();
}

void EvalInput::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (mods == Qt::ControlModifier || (mods == Qt::NoModifier && document()->blockCount() == 1)) {
            emit submitted();
            return;
        }
        if (mods == Qt::ShiftModifier) {
            // A real line break: Qt's own Shift+Enter inserts a line separator, which is no Erlang.
            textCursor().insertText(QStringLiteral("\n"));
            return;
        }
        break;
    case Qt::Key_Up:
        if (mods == Qt::NoModifier && !textCursor().hasSelection() &&
            textCursor().block() == document()->firstBlock() && historyPrevious())
            return;
        break;
    case Qt::Key_Down:
        if (mods == Qt::NoModifier && !textCursor().hasSelection() && textCursor().block() == document()->lastBlock() &&
            historyNext())
            return;
        break;
    default:
        break;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool EvalInput::historyPrevious()
{
    if (m_history->entries().isEmpty())
        return false;
    // EvalHistory stops at the oldest entry; so does the count of steps.
    if (m_depth < m_history->entries().size())
        ++m_depth;
    showEntry(m_history->previous(toPlainText()));
    return true;
}

bool EvalInput::historyNext()
{
    if (m_depth == 0)
        return false; // not in the history: Down only moves the cursor
    --m_depth;
    showEntry(m_history->next());
    return true;
}

void EvalInput::showEntry(const QString &text)
{
    setPlainText(text);
    moveCursor(QTextCursor::End);
}

} // namespace bilby
