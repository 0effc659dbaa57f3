#pragma once

#include "term/term.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

namespace bilby {

/**
 * @brief What the process inspector shows of one process (SPEC X2): every key of the agent's `proc_info`
 * reply in a reading order (ProcessInspector::infoKeys), each value as items a view can show and
 * navigate.
 */
struct ProcessInfo
{
    /// One shown value, or one element of a list.
    struct Item
    {
        QString text; ///< plain text: <0.85.0>, gen_server:loop/7, an atom, or Erlang syntax
        Term pid;     ///< a process of the inspected one's node, to inspect next; not a pid otherwise
        QString node; ///< a process of another node (not navigable): that node's name
        std::optional<qint64> integer;
        bool isLink() const { return pid.isPid(); }
    };

    struct Field
    {
        QByteArray key;      ///< the agent's key: memory, links, current_function...
        QVector<Item> items; ///< one for a plain value; a list's elements (nested lists flattened)
        bool list = false;   ///< shown comma-separated, "none" when empty
        qint64 total = -1;   ///< links and monitors: how many the process has, listed or not
    };

    Term pid;
    QString pidText;        ///< as its node prints it
    QString registeredName; ///< empty when none
    QString label;          ///< the best label: registered name, proc_lib label, the application's own name
    QVector<Field> fields;

    /// "<0.85.0> t_server", or the pid alone.
    QString title() const;
    /// The field @p key, nullptr when the reply had none.
    const Field *field(const QByteArray &key) const;

    /// Reads a `proc_info` reply; nullopt when it is not one (a map with the process's pid).
    static std::optional<ProcessInfo> fromTerm(const Term &reply);
};

} // namespace bilby
