#include "support/eventconsole.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace bilby::test {

const Notification *EventConsole::find(Notification::Origin origin, const QString &needle) const
{
    for (const Notification &n : notes) {
        if (n.origin == origin && (n.text.contains(needle) || n.details.contains(needle)))
            return &n;
    }
    return nullptr;
}

int EventConsole::count(Notification::Origin origin, const QString &needle) const
{
    return int(std::count_if(notes.cbegin(), notes.cend(), [&](const Notification &n) {
        return n.origin == origin && (n.text.contains(needle) || n.details.contains(needle));
    }));
}

bool EventConsole::waitFor(Notification::Origin origin, const QString &needle, int timeoutMs) const
{
    return waitUntil([&] { return find(origin, needle) != nullptr; }, timeoutMs);
}

void EventConsole::stop()
{
    bool stopped = false;
    QObject::connect(session.get(), &NodeSession::stopped, [&] { stopped = true; });
    session->stop();
    waitUntil([&] { return stopped; }, 5000);
}

std::unique_ptr<EventConsole> attachEvents(const TestNode &node, const EventFeed::Options &options)
{
    auto c = std::make_unique<EventConsole>();
    c->session = connectSession(node);
    if (c->session->state() != NodeSession::State::Up)
        return c;
    c->feed = std::make_unique<EventFeed>(c->session.get(), options);
    EventConsole *raw = c.get();
    QObject::connect(c->feed.get(), &EventFeed::events, [raw](const AgentEvents &e) {
        raw->notes += e.notifications;
        raw->alarms += e.nodeAlarms;
        raw->dropped = e.droppedTotals;
    });
    QObject::connect(c->feed.get(), &EventFeed::subscribed,
                     [raw](const QStringList &s, const QHash<QString, QString> &u, const QVector<NodeAlarmEvent> &a) {
                         raw->sources = s;
                         raw->unavailable = u;
                         raw->currentAlarms = a;
                         raw->subscribed = true;
                     });
    QObject::connect(c->feed.get(), &EventFeed::failed, [raw](const QString &why) { raw->failure = why; });
    QObject::connect(c->feed.get(), &EventFeed::malformed, [raw](const QString &why) { raw->malformed << why; });
    waitUntil([raw] { return raw->subscribed || !raw->failure.isEmpty(); }, 10000);
    return c;
}

RemoteShell::RemoteShell(Kind kind, const TestNode &node)
    : m_kind(kind)
    , m_node(node.name())
    , m_cookie(node.cookie())
{}

RemoteShell::~RemoteShell()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool RemoteShell::start(QString *error)
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty()) {
        *error = QStringLiteral("util-linux's script is needed to give the shell a terminal");
        return false;
    }
    const QString self = QStringLiteral("r_%1@127.0.0.1").arg(QString::fromLatin1(randomToken(8)));
    QString command;
    QByteArray prompt;
    if (m_kind == Kind::Erlang) {
        command = QStringLiteral("%1 -name %2 -setcookie %3 -remsh %4")
                      .arg(QStringLiteral(BILBY_ERL_PATH), self, QString::fromLatin1(m_cookie), m_node.toString());
        prompt = "(" + m_node.toString().toUtf8() + ")1>";
    } else {
        const QString iex = QStandardPaths::findExecutable(QStringLiteral("iex"));
        if (iex.isEmpty()) {
            *error = QStringLiteral("Elixir's iex is not installed (scripts/bilby.sh deps installs it)");
            return false;
        }
        command = QStringLiteral("%1 --name %2 --cookie %3 --remsh %4")
                      .arg(iex, self, QString::fromLatin1(m_cookie), m_node.toString());
        prompt = "iex(" + m_node.toString().toUtf8() + ")1>";
    }
    m_process.start(script, {QStringLiteral("-qfec"), command, QStringLiteral("/dev/null")});
    if (!m_process.waitForStarted(5000)) {
        *error = m_process.errorString();
        return false;
    }
    // The prompt names the node the shell runs on: the remote one.
    const bool prompted = waitForOutput(prompt, 20000);
    if (!prompted)
        *error = QStringLiteral("no prompt from the remote shell; it printed: %1").arg(QString::fromUtf8(m_screen));
    return prompted;
}

bool RemoteShell::waitForOutput(const QByteArray &needle, int timeoutMs)
{
    return waitUntil(
        [&] {
            m_screen += m_process.readAllStandardOutput();
            return m_screen.contains(needle);
        },
        timeoutMs);
}

void RemoteShell::type(const QByteArray &line)
{
    m_process.write(line);
}

QStringList elixirCodePaths()
{
    const QString launcher = QStandardPaths::findExecutable(QStringLiteral("elixir"));
    if (launcher.isEmpty())
        return {};
    // bin/elixir (usually through a link) next to lib/<app>/ebin.
    QDir lib(QFileInfo(QFileInfo(launcher).canonicalFilePath()).dir().filePath(QStringLiteral("../lib")));
    QStringList paths;
    for (const QString &app : lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString ebin = lib.filePath(app + QStringLiteral("/ebin"));
        if (QFileInfo::exists(ebin))
            paths << QDir::cleanPath(ebin);
    }
    return paths;
}

} // namespace bilby::test
