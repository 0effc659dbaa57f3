#pragma once

// Plain C++, no Qt: asking the system whether another process holds a byte-range lock, as SQLite takes them.

#include <cstdint>
#include <filesystem>

namespace bilby::platform {

/**
 * @brief True when another process holds a lock on any byte of [@p start, @p start + @p length) of @p file.
 *
 * POSIX asks with F_GETLK, which never reports this process's own locks. Windows tries an exclusive lock
 * on the range and gives it back at once; its locks belong to handles, so this process's own open handles
 * with locks would count too (callers close theirs first). False when the file cannot be opened.
 */
bool rangeLockedElsewhere(const std::filesystem::path &file, std::int64_t start, std::int64_t length);

} // namespace bilby::platform
