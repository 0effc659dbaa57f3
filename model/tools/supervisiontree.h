#pragma once

#include "term/term.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace bilby {

/**
 * @brief Applications and their supervision trees (SPEC X8), read on the node from each top
 * supervisor down (which_children, 2 s per supervisor, bounded in size; see bilby_agent_sup).
 */
namespace SupervisionTree {

struct Application
{
    QString name;
    QString description;
    QString version;
    Term top; ///< the top supervisor's pid; not a pid for library applications
    QString topText;
};

struct Node
{
    QString id;      ///< the child id, as Erlang text
    Term pid;        ///< a pid, or the atom restarting / undefined
    QString pidText; ///< <0.85.0>, or "restarting", "undefined"
    QString name;    ///< registered name, or empty
    bool supervisor = false;
    QStringList modules;
    qint64 more = 0; ///< children not listed (beyond the agent's limit per supervisor)
    QString error;   ///< why the children are missing (timeout: a supervisor that did not answer)
    QVector<Node> children;
};

struct Tree
{
    QString application;
    std::optional<Node> root; ///< none for a library application
    bool cut = false;         ///< the tree reached the agent's limit on nodes
};

Term applicationsRequest();
Term treeRequest(const QString &application);
QVector<Application> applicationsFrom(const Term &reply);
/// The same, nullopt when @p reply is not a list of applications.
std::optional<QVector<Application>> applicationListFrom(const Term &reply);
std::optional<Tree> treeFrom(const Term &reply);

} // namespace SupervisionTree

} // namespace bilby
