#include "platform/signals.h"
#include "platform/winsock_win.h"

#include <windows.h>

#include <atomic>

namespace bilby::platform {

namespace {

std::atomic<const WakeUp *> target{nullptr};

BOOL WINAPI onConsoleEvent(DWORD type)
{
    // Windows calls this on a thread of its own, not in a signal context: any call is allowed here.
    const WakeUp *wakeUp = target.load();
    if (!wakeUp)
        return FALSE;
    wakeUp->signal(static_cast<unsigned char>(type));
    // For a closed console, a logoff or a shutdown, Windows ends the process once this returns: give the
    // event loop a moment to run the shutdown first.
    if (type == CTRL_CLOSE_EVENT || type == CTRL_LOGOFF_EVENT || type == CTRL_SHUTDOWN_EVENT)
        Sleep(4000);
    return TRUE;
}

} // namespace

bool installQuitHandlers(const WakeUp *wakeUp)
{
    const WakeUp *none = nullptr;
    if (!wakeUp || !wakeUp->isValid() || !target.compare_exchange_strong(none, wakeUp))
        return false;
    if (SetConsoleCtrlHandler(onConsoleEvent, TRUE) == 0) {
        target = nullptr;
        return false;
    }
    return true;
}

void removeQuitHandlers()
{
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    target = nullptr;
}

std::string quitRequestName(int number)
{
    switch (number) {
    case CTRL_C_EVENT:
        return "Ctrl-C";
    case CTRL_BREAK_EVENT:
        return "Ctrl-Break";
    case CTRL_CLOSE_EVENT:
        return "console closed";
    case CTRL_LOGOFF_EVENT:
        return "logoff";
    case CTRL_SHUTDOWN_EVENT:
        return "shutdown";
    default:
        return "signal " + std::to_string(number);
    }
}

void ignoreBrokenPipe()
{
    // Windows has no SIGPIPE: a send to a closed socket fails with WSAECONNRESET and the process goes on.
}

} // namespace bilby::platform
