#pragma once

#include "term/term.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace bilby {

/**
 * @brief The process manager's top list (SPEC X1), computed on the node by the agent's `procs`
 * request: the N processes with the most memory, the longest message queue, or the most reductions
 * since the previous refresh of the same console.
 */
struct ProcessTop
{
    enum class Sort { Memory, MessageQueue, Reductions };

    struct Row
    {
        Term pid;        ///< for requests about this process
        QString pidText; ///< as the node prints its own pids: <0.85.0>
        /// The process's best label: registered name, proc_lib label, a name its application keeps
        /// (RabbitMQ's queues), its child id, or "Bilby agent: ..." for Bilby's own; empty for none.
        QString name;
        qint64 memory = 0; ///< bytes
        qint64 messageQueueLen = 0;
        qint64 reductions = 0; ///< since the process started
        /// Reductions since the previous refresh (sorted by reductions only; -1 otherwise).
        qint64 reductionsDelta = -1;
        QString currentFunction; ///< module:function/arity
        QString initialCall;     ///< proc_lib processes: the real one, from their dictionary

        QJsonObject toJson() const;
    };

    Sort sort = Sort::Memory;
    qint64 scanned = 0;     ///< processes walked on the node
    qint64 intervalMs = -1; ///< reductions: time since the previous refresh; -1 for the first one
    QVector<Row> rows;

    /// The request for the top @p top (1..500) by @p sort, among processes whose registered name or
    /// initial or current module contains @p filter (case-insensitive; empty for all). Bilby's own
    /// processes on the node are left out unless @p includeBilby.
    static Term request(Sort sort, int top, const QString &filter = QString(), bool includeBilby = false);
    /// Reads the agent's reply; nullopt and @p error when it is not a top list.
    static std::optional<ProcessTop> fromTerm(const Term &term, QString *error = nullptr);

    static QString sortName(Sort sort); ///< memory, message_queue_len, reductions
    /// Accepts the names above and "mq"; nullopt otherwise.
    static std::optional<Sort> sortFromName(const QString &name);
};

/// A pid, port or reference as its own node prints it (<0.85.0>, #Port<0.7>, #Ref<0.1.2.3>); other
/// terms in Erlang syntax.
QString localPidText(const Term &pid);

} // namespace bilby
