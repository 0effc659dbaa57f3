#include "console/quitsignals.h"

#include <QSocketNotifier>

#include <atomic>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace bilby {

namespace {

std::atomic<bool> taken{false}; // one instance per process: the handlers are process-wide

#ifdef Q_OS_WIN
// Untested: written for the MinGW build to come. Windows calls the handler on a thread of its own (not in
// a signal context), so a queued call to the object's thread is safe here.
std::atomic<QuitSignals *> target{nullptr};

BOOL WINAPI onConsoleEvent(DWORD type)
{
    QuitSignals *object = target.load();
    if (!object)
        return FALSE;
    QMetaObject::invokeMethod(
        object, [object, type] { emit object->received(int(type)); }, Qt::QueuedConnection);
    // For a closed console, a logoff or a shutdown, Windows ends the process once this returns: give the
    // event loop a moment to run the shutdown first.
    if (type == CTRL_CLOSE_EVENT || type == CTRL_LOGOFF_EVENT || type == CTRL_SHUTDOWN_EVENT)
        Sleep(4000);
    return TRUE;
}
#else
constexpr int QuitSignalNumbers[] = {SIGINT, SIGTERM, SIGHUP};
int sockets[2] = {-1, -1}; // [0] written by the handler, [1] read by the notifier

void onUnixSignal(int number)
{
    // Only async-signal-safe calls here; errno is restored for the code that was interrupted.
    const int saved = errno;
    const auto byte = static_cast<unsigned char>(number);
    [[maybe_unused]] const auto written = ::write(sockets[0], &byte, 1);
    errno = saved;
}
#endif

} // namespace

QuitSignals::QuitSignals(QObject *parent)
    : QObject(parent)
{}

QuitSignals::~QuitSignals()
{
    if (!m_installed)
        return;
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    target = nullptr;
#else
    for (int number : QuitSignalNumbers)
        std::signal(number, SIG_DFL);
    delete m_notifier;
    for (int &fd : sockets) {
        ::close(fd);
        fd = -1;
    }
#endif
    taken = false;
}

bool QuitSignals::install()
{
    if (m_installed)
        return true;
    if (taken.exchange(true))
        return false;
#ifdef Q_OS_WIN
    target = this;
    m_installed = SetConsoleCtrlHandler(onConsoleEvent, TRUE) != 0;
#else
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, sockets) != 0) {
        taken = false;
        return false;
    }
    for (int fd : sockets)
        ::fcntl(fd, F_SETFD, FD_CLOEXEC); // never inherited by the nodes and tools Bilby starts
    // A handler must never block: with the buffer full, a signal more or less changes nothing.
    ::fcntl(sockets[0], F_SETFL, ::fcntl(sockets[0], F_GETFL) | O_NONBLOCK);
    m_notifier = new QSocketNotifier(sockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &QuitSignals::onReadable);
    struct sigaction action = {};
    action.sa_handler = onUnixSignal;
    sigemptyset(&action.sa_mask);
    // SA_RESETHAND: the second signal of a kind gets the default action, for a shutdown that hangs.
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    m_installed = true;
    for (int number : QuitSignalNumbers)
        m_installed = sigaction(number, &action, nullptr) == 0 && m_installed;
#endif
    return m_installed;
}

void QuitSignals::onReadable()
{
#ifndef Q_OS_WIN
    unsigned char byte = 0;
    if (::read(sockets[1], &byte, 1) == 1)
        emit received(int(byte));
#endif
}

QString QuitSignals::name(int signalNumber)
{
#ifdef Q_OS_WIN
    switch (signalNumber) {
    case CTRL_C_EVENT:
        return QStringLiteral("Ctrl-C");
    case CTRL_BREAK_EVENT:
        return QStringLiteral("Ctrl-Break");
    case CTRL_CLOSE_EVENT:
        return QStringLiteral("console closed");
    case CTRL_LOGOFF_EVENT:
        return QStringLiteral("logoff");
    case CTRL_SHUTDOWN_EVENT:
        return QStringLiteral("shutdown");
    default:
        break;
    }
#else
    switch (signalNumber) {
    case SIGINT:
        return QStringLiteral("SIGINT");
    case SIGTERM:
        return QStringLiteral("SIGTERM");
    case SIGHUP:
        return QStringLiteral("SIGHUP");
    default:
        break;
    }
#endif
    return QStringLiteral("signal %1").arg(signalNumber);
}

} // namespace bilby
