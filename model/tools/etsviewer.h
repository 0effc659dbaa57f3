#pragma once

#include "term/term.h"

#include <QString>

/**
 * @brief Requests of the ETS viewer (SPEC X4).
 *
 * Pages are continuation-based: the first page is asked with no continuation, each next one with the
 * continuation the previous page returned (an opaque term), so the agent keeps nothing between pages
 * and any page costs one page of rows on the node. Table contents are sensitive.
 */
namespace bilby::EtsViewer {

/// A table named by text: a registered table name, or an id as the node prints it (#Ref<0.1.2.3>).
Term table(const QString &text);

/// Every table: id, name, type, size, memory (bytes), owner, protection...
Term tablesRequest();
/// @p size rows (at most 100) after @p continuation (Term() for the first page).
Term pageRequest(const Term &table, const Term &continuation, int size);
/// The rows whose key is @p keyText, an Erlang term in text ("42", "{user, <<\"ann\">>}").
Term lookupRequest(const Term &table, const QString &keyText);

/// The continuation of a page reply; isAtom("undefined") when it was the last page.
Term continuation(const Term &pageReply);

} // namespace bilby::EtsViewer
