#pragma once

#include "term/term.h"

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
    /// Modules found in the same directories of the code path, with different code in each.
    struct Clash
    {
        QStringList dirs;    ///< in code path order: the first one is loaded
        QStringList modules; ///< the first few, sorted
        int count = 0;       ///< how many modules in all
        enum class Kind {
            Clash,    ///< across applications, some of them loaded: the code_path_clash alarm
            Shadowed, ///< copies of one application: the first wins whole, one consistent version runs
            Latent,   ///< the shadowed copies' applications are not loaded: nothing running is affected
        };
        Kind kind = Kind::Clash;
        /// "jose-1.11.1 (/a/jose-1.11.1/ebin) before jose-1.11.5 (/b/jose-1.11.5/ebin): 40 modules (jose, ...)"
        QString describe() const;
    };
    /// A module whose previous version is still loaded.
    struct OldModule
    {
        QString module;
        int inUse = -1;        ///< processes running the old code; -1: not checked (over the agent's budget)
        qint64 ageS = 0;       ///< how long Bilby has seen it
        bool generated = false; ///< compiled at run time by an application (loaded from no file)
    };
    struct Process
    {
        QString pid;      ///< as Erlang prints it
        qint64 value = 0; ///< message queue length or memory, by what it was chosen for
        QString name;     ///< its label (registered name, application name...), or empty
        QString currentFunction;
        QString initialCall;
        QString describe() const; ///< "<0.85.0> (my_server, in gen_server:loop/7)"
    };
    struct Shell
    {
        QString pid;
        qint64 memoryBytes = 0;
    };

    QVector<OldModule> oldCode; ///< modules with old code (at most 100, those in use first)
    int oldCodeCount = 0;
    QStringList configFiles; ///< every file checked
    QVector<FileProblem> configProblems;
    QVector<Clash> clashes;  ///< Kind::Clash: the code_path_clash alarm
    QVector<Clash> shadowed; ///< Kind::Shadowed and Kind::Latent: worth knowing, not alarms
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
