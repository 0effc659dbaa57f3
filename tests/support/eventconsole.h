#pragma once

#include "connection/nodesession.h"
#include "events/eventfeed.h"
#include "support/testnode.h"

#include <QHash>
#include <QProcess>
#include <QStringList>
#include <QVector>

#include <memory>

namespace bilby::test {

/**
 * @brief One console watching a node's events, for tests: a session with an EventFeed, and what the
 * feed delivered so far.
 */
struct EventConsole
{
    std::unique_ptr<NodeSession> session;
    std::unique_ptr<EventFeed> feed;
    QVector<Notification> notes;
    QVector<NodeAlarmEvent> alarms;
    QHash<QString, qint64> dropped;
    QStringList sources;
    QHash<QString, QString> unavailable;
    QVector<NodeAlarmEvent> currentAlarms;
    QString failure;
    QStringList malformed;
    bool subscribed = false;

    /// The first notification of @p origin whose text or details contain @p needle.
    const Notification *find(Notification::Origin origin, const QString &needle) const;
    int count(Notification::Origin origin, const QString &needle) const;
    bool waitFor(Notification::Origin origin, const QString &needle, int timeoutMs = 5000) const;
    /// Stops the session (the agent leaves the node) and waits until it has.
    void stop();
};

/// Connects to @p node and subscribes to its events; check subscribed (or failure) on the result.
std::unique_ptr<EventConsole> attachEvents(const TestNode &node, const EventFeed::Options &options = {});

/**
 * @brief A real remote shell on a node (`erl -remsh`, or Elixir's `iex --remsh`), typed into like a person.
 *
 * Both only start a remote shell on a terminal (with a pipe they run a local one), so util-linux's
 * `script` gives them a pseudo-terminal fed from our pipe. Ended by killing the terminal: q() or
 * System.halt() would stop the node.
 */
class RemoteShell
{
public:
    enum class Kind { Erlang, Elixir };
    RemoteShell(Kind kind, const TestNode &node);
    ~RemoteShell();
    /// Starts it and waits for the first prompt that names @p node; the reason on failure.
    bool start(QString *error);
    void type(const QByteArray &line);
    /// Waits until the shell has printed @p needle since it started.
    bool waitForOutput(const QByteArray &needle, int timeoutMs);
    QByteArray screen() const { return m_screen; }

private:
    Kind m_kind;
    NodeName m_node;
    QByteArray m_cookie;
    QProcess m_process;
    QByteArray m_screen;
};

/// The elixir launcher's directory of Elixir's libraries (for -pa), or empty when Elixir is not installed.
QStringList elixirCodePaths();

} // namespace bilby::test
