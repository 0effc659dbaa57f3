#include "platform/filelock.h"

#include <fcntl.h>
#include <unistd.h>

namespace bilby::platform {

bool rangeLockedElsewhere(const std::filesystem::path &file, std::int64_t start, std::int64_t length)
{
    int fd = ::open(file.c_str(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = off_t(start);
    lock.l_len = off_t(length);
    const bool held = ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    // Closing drops every lock this process holds on the file: callers have closed their connections.
    ::close(fd);
    return held;
}

} // namespace bilby::platform
