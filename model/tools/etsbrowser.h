#pragma once

#include "tools/etsdata.h"
#include "tools/livenodelink.h"

namespace bilby {

/**
 * @brief What the ETS viewer asks (SPEC X4): the tables, a page of one table, the rows of one key.
 *
 * Pages are cursor-based: the first page is asked with no cursor, each next one with the EtsRows::next of
 * the previous page, so a live agent keeps nothing between pages.
 */
class EtsBrowser : public ToolSource
{
    Q_OBJECT
public:
    using ToolSource::ToolSource;

    virtual void tables(QObject *receiver, ToolCallback<EtsTableList> done) = 0;
    /// @p size rows (at most 100) from @p cursor (std::nullopt for the first page).
    virtual void page(const EtsTableInfo &table, const std::optional<Term> &cursor, int size, QObject *receiver,
                      ToolCallback<EtsRows> done) = 0;
    /// The rows whose key is @p keyText, an Erlang term in text ("42", "{user, <<\"ann\">>}").
    virtual void lookup(const EtsTableInfo &table, const QString &keyText, QObject *receiver,
                        ToolCallback<EtsRows> done) = 0;
};

/// @brief The ETS viewer's questions put to a node's agent.
class LiveEtsBrowser : public EtsBrowser
{
    Q_OBJECT
public:
    explicit LiveEtsBrowser(ManagedNode *node, QObject *parent = nullptr);

    bool isAvailable() const override;
    void tables(QObject *receiver, ToolCallback<EtsTableList> done) override;
    void page(const EtsTableInfo &table, const std::optional<Term> &cursor, int size, QObject *receiver,
              ToolCallback<EtsRows> done) override;
    void lookup(const EtsTableInfo &table, const QString &keyText, QObject *receiver,
                ToolCallback<EtsRows> done) override;

private:
    LiveNodeLink m_link;
};

} // namespace bilby
