#include "tools/evaltranscript.h"

#include "tools/evaluator.h"

#include <QFontDatabase>
#include <QLocale>
#include <QScrollBar>
#include <QTextBlock>

namespace bilby {

EvalTranscript::EvalTranscript(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setMaximumBlockCount(MaxBlocks);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setProperty("sensitive", true);
}

void EvalTranscript::appendExpression(const QString &language, const QString &text)
{
    if (!document()->isEmpty())
        append(QString(), Kind::Elapsed); // a blank line between evaluations
    const QString prompt = language + QStringLiteral("> ");
    QString shown = text.trimmed();
    shown.replace(QLatin1Char('\n'), QLatin1Char('\n') + QString(prompt.size(), QLatin1Char(' ')));
    append(prompt + shown, Kind::Expression);
}

void EvalTranscript::appendResult(const EvalResult &result)
{
    if (!result.output.isEmpty()) {
        QString output = result.output;
        if (output.endsWith(QLatin1Char('\n')))
            output.chop(1);
        append(output, Kind::Output);
    }
    if (result.outputTruncated)
        appendNotice(tr("output cut at 256 KB"));
    QString value = result.value.left(ShownValueMax);
    switch (result.status) {
    case EvalResult::Status::Ok:
        append(value, Kind::Value);
        break;
    case EvalResult::Status::Exception:
        // Erlang's text reads "exception error: ..."; Elixir's starts with "** (Error)" already.
        append(value.startsWith(QLatin1String("**")) ? value : QStringLiteral("** ") + value, Kind::Exception);
        break;
    case EvalResult::Status::ParseError:
        append(tr("** parse error: %1").arg(value), Kind::ParseError);
        break;
    }
    if (result.truncated)
        appendNotice(tr("value cut at 1 MB"));
    if (result.value.size() > ShownValueMax)
        appendNotice(tr("showing the first %1 of %2 characters; Copy value copies them all")
                         .arg(QLocale().toString(ShownValueMax), QLocale().toString(result.value.size())));
    if (result.bindingsDropped)
        appendNotice(tr("bindings too large, kept the previous ones"));
    append(tr("(%1)").arg(formatElapsed(result.elapsedUs)), Kind::Elapsed);
}

void EvalTranscript::appendFailure(const QString &text)
{
    append(QStringLiteral("** ") + text, Kind::Exception);
}

void EvalTranscript::appendNotice(const QString &text)
{
    append(QStringLiteral("[") + text + QStringLiteral("]"), Kind::Notice);
}

int EvalTranscript::kindOf(const QString &needle) const
{
    for (QTextBlock block = document()->lastBlock(); block.isValid(); block = block.previous()) {
        if (block.text().contains(needle))
            return block.userState();
    }
    return 0;
}

QString EvalTranscript::formatElapsed(qint64 us)
{
    if (us < 1000)
        return tr("%1 ms").arg(double(us) / 1000.0, 0, 'f', 1);
    if (us < 1000000)
        return tr("%1 ms").arg(us / 1000);
    return tr("%1 s").arg(double(us) / 1e6, 0, 'f', 2);
}

void EvalTranscript::append(const QString &text, Kind kind)
{
    // Line by line, marking each block as it is made: the oldest blocks may go meanwhile (MaxBlocks),
    // which moves every block number.
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    const QTextCharFormat style = format(kind);
    bool first = document()->isEmpty();
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!first)
            cursor.insertBlock();
        first = false;
        cursor.insertText(line, style);
        cursor.block().setUserState(int(kind));
    }
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

QTextCharFormat EvalTranscript::format(Kind kind) const
{
    // Colours that read on light and dark palettes alike.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    QTextCharFormat f;
    switch (kind) {
    case Kind::Expression:
        f.setForeground(palette().color(QPalette::Link));
        f.setFontWeight(QFont::Bold);
        break;
    case Kind::Output:
        f.setForeground(dark ? QColor(0xb0b0b0) : QColor(0x5a5a5a));
        break;
    case Kind::Value:
        f.setForeground(palette().color(QPalette::Text));
        break;
    case Kind::Exception:
        f.setForeground(dark ? QColor(0xff6b6b) : QColor(0xb00020));
        break;
    case Kind::ParseError:
        f.setForeground(dark ? QColor(0xffb74d) : QColor(0xa15c00));
        break;
    case Kind::Notice:
        f.setForeground(dark ? QColor(0xc3a6ff) : QColor(0x6a4c93));
        f.setFontItalic(true);
        break;
    case Kind::Elapsed:
        f.setForeground(QColor(0x808080));
        break;
    }
    return f;
}

} // namespace bilby
