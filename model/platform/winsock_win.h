#pragma once

// Windows only: included by the *_win.cpp files of the platform layer.

#include <winsock2.h>

namespace bilby::platform {

/// Starts Winsock once per process (WSAStartup; ei's own start does the same for its sockets).
bool startWinsock();

} // namespace bilby::platform
