#include "tools/etsviewer.h"

namespace bilby::EtsViewer {

Term table(const QString &text)
{
    return Term::binary(text.trimmed().toUtf8());
}

Term tablesRequest()
{
    return Term::atom("ets_tables");
}

Term pageRequest(const Term &table, const Term &continuation, int size)
{
    const Term cont = continuation.isNil() ? Term::atom("undefined") : continuation;
    return Term::tuple({Term::atom("ets_page"), table, cont, Term::integer(size)});
}

Term lookupRequest(const Term &table, const QString &keyText)
{
    return Term::tuple({Term::atom("ets_lookup"), table, Term::binary(keyText.toUtf8())});
}

Term continuation(const Term &pageReply)
{
    return pageReply.get("continuation");
}

} // namespace bilby::EtsViewer
