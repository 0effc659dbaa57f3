#pragma once

#include "term/term.h"

#include <QString>
#include <QVector>

#include <optional>

namespace bilby::NodeActions {

/// @brief The shells on the node (SPEC X7), local and remote, as the `shells` request lists them.
struct ShellList
{
    struct Shell
    {
        Term server;           ///< what ending the shell names
        QString serverText;    ///< <0.85.0>
        QString evaluatorText; ///< the evaluator process, where the commands run
        QString from;          ///< the node the shell is on, for remote shells
        bool remote = false;
        QString currentFunction; ///< the evaluator's, as module:function/arity
        qint64 memory = 0;       ///< the evaluator's, bytes
    };

    QVector<Shell> shells;

    /// Reads a `shells` reply; nullopt when it is not a list.
    static std::optional<ShellList> fromTerm(const Term &reply);
};

} // namespace bilby::NodeActions
