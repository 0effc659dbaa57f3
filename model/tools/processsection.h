#pragma once

#include "term/term.h"

#include <QString>
#include <QVector>

#include <optional>

namespace bilby {

/**
 * @brief A section of the process inspector read on request (SPEC X3), as the agent rendered it on the
 * node: the first messages of the mailbox, the dictionary, the state, or the stack.
 *
 * Messages, dictionary and state are sensitive: whoever shows them says so.
 */
struct ProcessSection
{
    enum class Kind { Messages, Dictionary, State, Stack };

    struct Entry
    {
        QString key;      ///< dictionary: the key's text
        QString text;     ///< a message, a value, a stack frame
        qint64 bytes = 0; ///< messages: the message's full size
    };

    Kind kind = Kind::Stack;
    qint64 total = 0; ///< messages waiting, dictionary entries (shown or not)
    qint64 bytes = 0; ///< state: its full size
    QString text;     ///< state: as text, cut at 64 KB on the node
    QVector<Entry> entries;

    /// Reads the reply to the request of @p kind; nullopt when it is not one.
    static std::optional<ProcessSection> fromTerm(Kind kind, const Term &reply);
};

} // namespace bilby
