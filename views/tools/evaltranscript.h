#pragma once

#include <QPlainTextEdit>

namespace bilby {

struct EvalResult;

/**
 * @brief The evaluator's transcript: each expression, what it printed, its value or error, notices and
 * the time it took, each kind in a style of its own. Read-only, monospace, bounded (the oldest lines go
 * first), and sensitive: values can hold secrets.
 *
 * Lines are not wrapped (a long flat value scrolls sideways): wrapping long lines costs seconds.
 * Each line's kind is kept as its block's user state, so that what is shown can be checked as well as read.
 */
class EvalTranscript : public QPlainTextEdit
{
    Q_OBJECT
public:
    enum class Kind { Expression = 1, Output, Value, Exception, ParseError, Notice, Elapsed };

    /// The most lines kept.
    static constexpr int MaxBlocks = 2000;
    /// The most characters of one value shown. The agent sends up to 1 M: a line that long takes a text
    /// view most of a second to lay out unwrapped, and close to a minute wrapped; 100,000 take 60 ms.
    static constexpr int ShownValueMax = 100000;

    explicit EvalTranscript(QWidget *parent = nullptr);

    void appendExpression(const QString &language, const QString &text);
    void appendResult(const EvalResult &result);
    /// An evaluation that gave no result (stopped at its timeout, refused, the node went away).
    void appendFailure(const QString &text);
    void appendNotice(const QString &text);

    /// The kind of the last line whose text contains @p needle, or 0 when there is none.
    int kindOf(const QString &needle) const;

    /// "0.4 ms", "12 ms", "1.25 s".
    static QString formatElapsed(qint64 us);

private:
    void append(const QString &text, Kind kind);
    QTextCharFormat format(Kind kind) const;
};

} // namespace bilby
