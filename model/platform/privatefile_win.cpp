#include "platform/privatefile.h"

#include <windows.h>

#include <aclapi.h>

#include <memory>
#include <vector>

namespace bilby::platform {

namespace {

/// The token's user, as the bytes of a TOKEN_USER (its SID points into them).
std::vector<unsigned char> currentUser()
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
        return {};
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<unsigned char> user(size);
    if (size == 0 || !GetTokenInformation(token, TokenUser, user.data(), size, &size))
        user.clear();
    CloseHandle(token);
    return user;
}

} // namespace

bool makePrivate(const std::filesystem::path &path, OwnerAccess access)
{
    const DWORD attributes = GetFileAttributesW(path.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES)
        return false;
    std::vector<unsigned char> user = currentUser();
    if (user.empty())
        return false;
    const bool folder = (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0;

    EXPLICIT_ACCESS_W entry{};
    entry.grfAccessPermissions = access == OwnerAccess::ReadWrite ? GENERIC_ALL : GENERIC_READ | GENERIC_EXECUTE;
    entry.grfAccessMode = SET_ACCESS;
    // What is created in a private folder inherits the entry, so it is private from its first byte.
    entry.grfInheritance = folder ? SUB_CONTAINERS_AND_OBJECTS_INHERIT : NO_INHERITANCE;
    entry.Trustee.TrusteeForm = TRUSTEE_IS_SID;
    entry.Trustee.TrusteeType = TRUSTEE_IS_USER;
    entry.Trustee.ptstrName = static_cast<LPWSTR>(reinterpret_cast<TOKEN_USER *>(user.data())->User.Sid);

    PACL acl = nullptr;
    if (SetEntriesInAclW(1, &entry, nullptr, &acl) != ERROR_SUCCESS)
        return false;
    const std::unique_ptr<ACL, decltype(&LocalFree)> owned(acl, &LocalFree);
    // PROTECTED: the entries the parent folder would pass on (Users, Everyone...) are dropped.
    std::wstring name = path.wstring();
    return SetNamedSecurityInfoW(name.data(), SE_FILE_OBJECT,
                                 DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION, nullptr, nullptr, acl,
                                 nullptr) == ERROR_SUCCESS;
}

} // namespace bilby::platform
