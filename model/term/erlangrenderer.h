#pragma once

#include "term/term.h"

#include <QByteArray>
#include <QString>

namespace bilby {

/**
 * @brief Renders one term in Erlang syntax, as the shell would print it, stopping early once the text is
 * past its limit (TermFormat::toErlang).
 */
class ErlangRenderer
{
public:
    /// Output longer than @p maxChars (when > 0) is cut and ends with "...".
    explicit ErlangRenderer(int maxChars)
        : m_limit(maxChars)
    {}

    void term(const Term &t);
    QString result() const;

    /// A big integer's decimal text from its little-endian magnitude.
    static QString bigText(bool negative, const QByteArray &magnitudeLE);
    /// A charlist whose every character prints (shown as "...", not as a list of numbers).
    static bool isPrintableString(const Term &t);

private:
    // Past the limit nothing more is needed; callers check this inside loops to stop early.
    bool full() const { return m_limit > 0 && m_out.size() > m_limit; }
    void binary(const Term &t);
    void funText(const QByteArray &raw);

    QString m_out;
    int m_limit;
};

} // namespace bilby
