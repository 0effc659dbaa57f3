#pragma once

// Plain C++, no Qt: making a file or folder private to the user, which Qt's permission flags only do on
// POSIX (on Windows they toggle the read-only attribute and leave the ACL as it is).

#include <filesystem>

namespace bilby::platform {

/// @brief What the user keeps on a private file or folder; nobody else keeps anything.
enum class OwnerAccess { ReadWrite, ReadOnly };

/**
 * @brief Makes the existing file or folder @p path private to the user who runs the process.
 *
 * POSIX: mode 0600 (0400 read-only) for a file, 0700 (0500) for a folder. Windows: a protected ACL (nothing
 * inherited from the parent) granting the current user alone full control (read access), which a folder
 * passes on to what is created inside it.
 * @return false when the system refused, or @p path does not exist.
 */
bool makePrivate(const std::filesystem::path &path, OwnerAccess access = OwnerAccess::ReadWrite);

} // namespace bilby::platform
