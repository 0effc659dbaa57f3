#include "tools/etsbrowser.h"

#include "tools/etsviewer.h"

namespace bilby {

namespace {

constexpr int RequestTimeoutMs = 10000;

} // namespace

LiveEtsBrowser::LiveEtsBrowser(ManagedNode *node, QObject *parent)
    : EtsBrowser(parent)
    , m_link(node, this)
{}

bool LiveEtsBrowser::isAvailable() const
{
    return m_link.isUp();
}

void LiveEtsBrowser::tables(QObject *receiver, ToolCallback<EtsTableList> done)
{
    m_link.ask<EtsTableList>(EtsViewer::tablesRequest(), RequestTimeoutMs, receiver, &EtsTableList::fromTerm,
                             std::move(done));
}

void LiveEtsBrowser::page(const EtsTableInfo &table, const std::optional<Term> &cursor, int size, QObject *receiver,
                          ToolCallback<EtsRows> done)
{
    m_link.ask<EtsRows>(EtsViewer::pageRequest(table.id, cursor.value_or(Term()), size), RequestTimeoutMs, receiver,
                        &EtsRows::fromPage, std::move(done));
}

void LiveEtsBrowser::lookup(const EtsTableInfo &table, const QString &keyText, QObject *receiver,
                            ToolCallback<EtsRows> done)
{
    m_link.ask<EtsRows>(EtsViewer::lookupRequest(table.id, keyText), RequestTimeoutMs, receiver, &EtsRows::fromLookup,
                        std::move(done));
}

} // namespace bilby
