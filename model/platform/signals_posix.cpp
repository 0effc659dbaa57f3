#include "platform/signals.h"

#include <atomic>
#include <csignal>

namespace bilby::platform {

namespace {

constexpr int QuitSignalNumbers[] = {SIGINT, SIGTERM, SIGHUP};
std::atomic<const WakeUp *> target{nullptr}; // lock-free, so safe to read in a signal handler

void onQuitSignal(int number)
{
    // Only async-signal-safe calls here: WakeUp::signal() is one write(), and keeps errno.
    if (const WakeUp *wakeUp = target.load())
        wakeUp->signal(static_cast<unsigned char>(number));
}

} // namespace

bool installQuitHandlers(const WakeUp *wakeUp)
{
    const WakeUp *none = nullptr;
    if (!wakeUp || !wakeUp->isValid() || !target.compare_exchange_strong(none, wakeUp))
        return false;
    struct sigaction action = {};
    action.sa_handler = onQuitSignal;
    sigemptyset(&action.sa_mask);
    // SA_RESETHAND: the second signal of a kind gets the default action, for a shutdown that hangs.
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    bool installed = true;
    for (int number : QuitSignalNumbers)
        installed = sigaction(number, &action, nullptr) == 0 && installed;
    if (!installed)
        removeQuitHandlers();
    return installed;
}

void removeQuitHandlers()
{
    for (int number : QuitSignalNumbers)
        std::signal(number, SIG_DFL);
    target = nullptr;
}

std::string quitRequestName(int number)
{
    switch (number) {
    case SIGINT:
        return "SIGINT";
    case SIGTERM:
        return "SIGTERM";
    case SIGHUP:
        return "SIGHUP";
    default:
        return "signal " + std::to_string(number);
    }
}

void ignoreBrokenPipe()
{
    std::signal(SIGPIPE, SIG_IGN);
}

} // namespace bilby::platform
