#pragma once

#include "term.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace bilby {

/**
 * @brief What the agent's `health` request found on a node: the inputs of the polled alarms that the
 * live metrics do not carry (old code, configuration files, code path clashes, shells, the machine's
 * memory, the processes with the longest queue and the most memory).
 */
struct NodeHealth
{
    struct FileProblem
    {
        QString file;
        QString problem; ///< "does not parse: ...", "line 3, column 7: invisible character U+200B ..."
    };
    struct Clash
    {
        QString module;
        QStringList dirs; ///< in code path order: the first one is loaded
    };
    struct Process
    {
        QString pid;      ///< as Erlang prints it
        qint64 value = 0; ///< message queue length or memory, by what it was chosen for
        QString name;     ///< registered name, or empty
        QString currentFunction;
        QString initialCall;
        QString describe() const; ///< "<0.85.0> (my_server, in gen_server:loop/7)"
    };
    struct Shell
    {
        QString pid;
        qint64 memoryBytes = 0;
    };

    QStringList oldCode; ///< modules with old code (at most 100 of them)
    int oldCodeCount = 0;
    QStringList configFiles; ///< every file checked
    QVector<FileProblem> configProblems;
    QVector<Clash> clashes;
    QVector<Shell> shells;
    int schedulersOnline = 0;
    qint64 systemMemoryTotal = -1; ///< bytes; -1: unknown on this node
    qint64 systemMemoryUsed = -1;
    std::optional<Process> maxQueue;
    std::optional<Process> maxMemory;

    /// Reads the agent's reply; nullopt and @p error when it is not a health map.
    static std::optional<NodeHealth> fromTerm(const Term &term, QString *error = nullptr);
    /// The request that asks for it.
    static Term request();
};

} // namespace bilby
