#include "storeerror.h"

namespace bilby {

QString StoreError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::CannotOpen:
        return QStringLiteral("cannot_open");
    case Kind::Locked:
        return QStringLiteral("locked");
    case Kind::ReadOnly:
        return QStringLiteral("read_only");
    case Kind::Corrupt:
        return QStringLiteral("corrupt");
    case Kind::Full:
        return QStringLiteral("full");
    case Kind::TooNew:
        return QStringLiteral("too_new");
    case Kind::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

} // namespace bilby
