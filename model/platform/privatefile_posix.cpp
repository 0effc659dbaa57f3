#include "platform/privatefile.h"

#include <sys/stat.h>

namespace bilby::platform {

bool makePrivate(const std::filesystem::path &path, OwnerAccess access)
{
    struct stat info = {};
    if (::stat(path.c_str(), &info) != 0)
        return false;
    const bool folder = S_ISDIR(info.st_mode);
    mode_t mode = S_IRUSR | (folder ? S_IXUSR : 0);
    if (access == OwnerAccess::ReadWrite)
        mode |= S_IWUSR;
    return ::chmod(path.c_str(), mode) == 0;
}

} // namespace bilby::platform
