#pragma once

#include "events/notification.h"
#include "store/storeerror.h"

namespace bilby {

class MetricDb;
struct NotificationCount;

/**
 * @brief EventDb's search side: a page or a count of the notifications matching a filter, read along
 * id-ordered indexes (one stream per filter value, or the full-text index) within the id range that
 * the filter's times allow.
 */
class NotificationSearch
{
public:
    explicit NotificationSearch(MetricDb &db);

    /// The newest @p limit notifications matching @p filter with an id below @p beforeId (0: no bound).
    NotificationPage page(const NotificationFilter &filter, qint64 beforeId, int limit);
    NotificationCount count(const NotificationFilter &filter, qint64 cap);
    /// What the last page() or count() failed with.
    StoreError error() const { return m_error; }

    /// See EventDb::ftsQuery().
    static QString ftsQuery(const QString &search);
    /// The id of the last notification seen before @p timeMs; 0 when there is none.
    qint64 lastIdSeenBefore(qint64 timeMs);

private:
    struct IdRange
    {
        qint64 above = 0; ///< exclusive
        qint64 below = 0; ///< exclusive
    };
    IdRange idRange(const NotificationFilter &filter, qint64 beforeId);
    qint64 firstIdSeenFrom(qint64 timeMs);

    MetricDb &m_db;
    StoreError m_error;
};

} // namespace bilby
