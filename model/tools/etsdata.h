#pragma once

#include "term/term.h"

#include <QString>
#include <QVector>

#include <optional>

namespace bilby {

/// One ETS table as the agent's `ets_tables` request describes it.
struct EtsTableInfo
{
    Term id;        ///< names the table in requests: its name atom (named tables) or its reference
    QString idText; ///< the id as the node prints it (#Ref<0.1.2.3>, or the name)
    QString name;   ///< the name atom's text
    bool named = false;
    QString type;       ///< set, ordered_set, bag, duplicate_bag
    qint64 size = 0;    ///< rows
    qint64 memory = 0;  ///< bytes
    Term owner;         ///< a pid
    QString ownerText;  ///< <0.85.0>
    QString ownerLabel; ///< the owner's best label (registered name, application's name...), may be empty
    bool own = false;   ///< a table of Bilby's agent
    QString protection; ///< public, protected, private
    bool isPrivate() const { return protection == QLatin1String("private"); }
};

/**
 * @brief Every ETS table of a node (SPEC X4), Bilby's own included, and how many the node has (the
 * agent may list fewer).
 */
struct EtsTableList
{
    qint64 total = 0;
    QVector<EtsTableInfo> tables;

    /// Reads the agent's `ets_tables` reply (#{total, tables}); nullopt when it is not one.
    static std::optional<EtsTableList> fromTerm(const Term &reply);
};

/// One row as the agent rendered it on the node: the key, the whole row cut at 4 KB, its full size.
struct EtsRow
{
    QString key;
    QString text;
    qint64 bytes = 0;
};

/**
 * @brief Rows of one table: a page (with the cursor to the next one) or the rows of one key (with how
 * many there are). Table contents are sensitive.
 */
struct EtsRows
{
    QVector<EtsRow> rows;
    /// Pages: what reads the next page, opaque to the page (a live node's continuation); none when
    /// this was the last page.
    std::optional<Term> next;
    /// Lookups: rows with the key, shown or not.
    qint64 total = 0;

    /// Reads an `ets_page` reply (#{rows, continuation}); nullopt when it is not one.
    static std::optional<EtsRows> fromPage(const Term &reply);
    /// Reads an `ets_lookup` reply (#{rows, total}); nullopt when it is not one.
    static std::optional<EtsRows> fromLookup(const Term &reply);
};

} // namespace bilby
