#include "platform/filelock.h"

#include <windows.h>

namespace bilby::platform {

bool rangeLockedElsewhere(const std::filesystem::path &file, std::int64_t start, std::int64_t length)
{
    // Opened the way SQLite opens its files, so that an open connection does not keep the probe out.
    const DWORD share = FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE;
    HANDLE handle = CreateFileW(file.c_str(), GENERIC_READ | GENERIC_WRITE, share, nullptr, OPEN_EXISTING,
                                FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        handle = CreateFileW(file.c_str(), GENERIC_READ, share, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return false;
    OVERLAPPED at{};
    at.Offset = DWORD(std::uint64_t(start) & 0xffffffffu);
    at.OffsetHigh = DWORD(std::uint64_t(start) >> 32);
    const DWORD low = DWORD(std::uint64_t(length) & 0xffffffffu);
    const DWORD high = DWORD(std::uint64_t(length) >> 32);
    bool held = false;
    if (LockFileEx(handle, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, low, high, &at))
        UnlockFileEx(handle, 0, low, high, &at);
    else
        held = GetLastError() == ERROR_LOCK_VIOLATION;
    CloseHandle(handle);
    return held;
}

} // namespace bilby::platform
