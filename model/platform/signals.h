#pragma once

// Plain C++, no Qt: the process-wide handlers for the requests to quit that come from outside.

#include "platform/poll.h"

#include <string>

namespace bilby::platform {

/**
 * @brief Installs the handlers for the requests to quit: SIGINT, SIGTERM and SIGHUP on POSIX (Ctrl-C, `kill`,
 * a logout); Ctrl-C, Ctrl-Break, a closed console, a logoff and a shutdown on Windows.
 *
 * Each request sends its number through @p wakeUp, and nothing else happens in the handler (on POSIX it runs
 * in a signal context), so whoever waits on the wake-up reacts in ordinary code. A second POSIX signal of a
 * kind gets the default action: a shutdown that hangs can still be interrupted. On Windows the last three
 * end the process a few seconds after the handler returns, so it waits 4 s for the shutdown to run first.
 * One set of handlers per process: false when they are installed already, or when the system refused.
 */
bool installQuitHandlers(const WakeUp *wakeUp);

/// @brief Restores the default handling installed handlers replaced.
void removeQuitHandlers();

/// @brief The words for a request's number, for logs: "SIGTERM", "Ctrl-C", "signal 12".
std::string quitRequestName(int number);

/// @brief Writing to a socket or pipe whose reader is gone fails with an error instead of ending the process
/// (SIGPIPE on POSIX; Windows never sends such a signal, so there is nothing to change there).
void ignoreBrokenPipe();

} // namespace bilby::platform
