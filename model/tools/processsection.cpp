#include "tools/processsection.h"

namespace bilby {

std::optional<ProcessSection> ProcessSection::fromTerm(Kind kind, const Term &v)
{
    ProcessSection s;
    s.kind = kind;
    switch (kind) {
    case Kind::Messages:
        if (!v.isMap())
            return std::nullopt;
        s.total = v.get("total").toInt();
        for (const Term &m : v.get("messages").items())
            s.entries.append({QString(), m.get("text").toQString(), m.get("bytes").toInt()});
        break;
    case Kind::Dictionary:
        if (!v.isMap())
            return std::nullopt;
        s.total = v.get("total").toInt();
        for (const Term &e : v.get("entries").items())
            s.entries.append({e.get("key").toQString(), e.get("value").toQString(), 0});
        break;
    case Kind::State:
        if (!v.isMap())
            return std::nullopt;
        s.bytes = v.get("bytes").toInt();
        s.text = v.get("text").toQString();
        break;
    case Kind::Stack:
        if (!v.isList())
            return std::nullopt;
        for (const Term &frame : v.items())
            s.entries.append({QString(), frame.toQString(), 0});
        break;
    }
    return s;
}

} // namespace bilby
