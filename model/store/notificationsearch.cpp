#include "store/notificationsearch.h"

#include "store/eventdb.h"
#include "store/eventrows.h"
#include "store/metricdb.h"

#include "store/boundsql.h"

#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <variant>

namespace bilby {

namespace {

constexpr const char *NotificationColumns = "n.id, n.time_ms, n.node, n.origin, n.severity, n.text, n.details";

/// The filter with what selects everything removed, so it costs nothing.
NotificationFilter normalized(NotificationFilter f)
{
    f.nodes.removeDuplicates();
    std::sort(f.origins.begin(), f.origins.end());
    f.origins.erase(std::unique(f.origins.begin(), f.origins.end()), f.origins.end());
    if (f.origins.size() >= Notification::allOrigins().size())
        f.origins.clear();
    if (f.minSeverity == Notification::Severity::Debug)
        f.minSeverity.reset();
    return f;
}

/// Which indexed column a page is read along: one ordered stream per value, merged by id.
enum class Driver { None, Node, Origin, Severity };

Driver driverFor(const NotificationFilter &f)
{
    // Nodes first: a node filter is usually the most selective, and per-node streams are the GUI's
    // commonest question. A filter left to the residual condition costs rows read, never wrong rows.
    if (!f.nodes.isEmpty())
        return Driver::Node;
    if (!f.origins.isEmpty())
        return Driver::Origin;
    if (f.minSeverity)
        return Driver::Severity;
    return Driver::None;
}

/// The conditions other than the driver's. Unary + keeps SQLite from reading them through an index,
/// which would lose the id order and sort every match.
void addConditions(BoundSql &q, const NotificationFilter &f, Driver driver, bool plus)
{
    const char *p = plus ? "+" : "";
    if (!f.nodes.isEmpty() && driver != Driver::Node)
        (q << " AND " << p << "n.node IN ").list(f.nodes);
    if (!f.origins.isEmpty() && driver != Driver::Origin)
        (q << " AND " << p << "n.origin IN ").list(f.origins);
    if (f.minSeverity && driver != Driver::Severity)
        (q << " AND " << p << "n.severity <= ").arg(qint64(*f.minSeverity));
    if (f.sinceMs > 0)
        (q << " AND n.time_ms >= ").arg(f.sinceMs);
    if (f.untilMs > 0)
        (q << " AND n.time_ms < ").arg(f.untilMs);
}

/// The driver's values, one stream each.
QList<std::variant<qint64, QString>> driverValues(const NotificationFilter &f, Driver driver)
{
    QList<std::variant<qint64, QString>> values;
    switch (driver) {
    case Driver::Node:
        for (const QString &node : f.nodes)
            values.append(node);
        break;
    case Driver::Origin:
        for (Notification::Origin origin : f.origins)
            values.append(qint64(origin));
        break;
    case Driver::Severity:
        for (int s = 0; s <= int(*f.minSeverity); ++s)
            values.append(qint64(s));
        break;
    case Driver::None:
        values.append(qint64(0));
        break;
    }
    return values;
}

const char *driverColumn(Driver driver)
{
    switch (driver) {
    case Driver::Node:
        return "n.node";
    case Driver::Origin:
        return "n.origin";
    case Driver::Severity:
        return "n.severity";
    case Driver::None:
        break;
    }
    return nullptr;
}

/// One page without search: a UNION ALL of one id-ordered stream per driver value, which SQLite merges
/// lazily (no sort), stopping after limit rows.
BoundSql streamsQuery(const NotificationFilter &f, qint64 above, qint64 below, int limit)
{
    const Driver driver = driverFor(f);
    BoundSql q;
    bool first = true;
    for (const auto &value : driverValues(f, driver)) {
        q << (first ? "" : " UNION ALL ") << "SELECT " << NotificationColumns << " FROM notifications n WHERE ";
        first = false;
        if (driver != Driver::None) {
            q << driverColumn(driver) << " = ";
            std::visit([&q](const auto &v) { q.arg(v); }, value);
            q << " AND ";
        }
        (q << "n.id > ").arg(above);
        (q << " AND n.id < ").arg(below);
        addConditions(q, f, driver, true);
    }
    (q << " ORDER BY 1 DESC LIMIT ").arg(limit);
    return q;
}

/// One page with search: the full-text index yields ids newest first; each row is then checked
/// against the other filters by its primary key.
BoundSql searchQuery(const NotificationFilter &f, const QString &match, qint64 above, qint64 below, int limit)
{
    BoundSql q;
    q << "SELECT " << NotificationColumns
      << " FROM notifications_fts CROSS JOIN notifications n ON n.id = notifications_fts.rowid"
         " WHERE notifications_fts MATCH ";
    q.arg(match);
    (q << " AND notifications_fts.rowid > ").arg(above);
    (q << " AND notifications_fts.rowid < ").arg(below);
    addConditions(q, f, Driver::None, true);
    (q << " ORDER BY notifications_fts.rowid DESC LIMIT ").arg(limit);
    return q;
}

BoundSql countQuery(const NotificationFilter &f, const QString &match, qint64 above, qint64 below, qint64 cap)
{
    BoundSql q;
    q << "SELECT count(*) FROM (SELECT 1 FROM ";
    if (match.isEmpty()) {
        q << "notifications n WHERE n.id > ";
    } else {
        q << "notifications_fts CROSS JOIN notifications n ON n.id = notifications_fts.rowid "
             "WHERE notifications_fts MATCH ";
        q.arg(match);
        q << " AND n.id > ";
    }
    q.arg(above);
    (q << " AND n.id < ").arg(below);
    // Without an order to keep, SQLite may read any filter through its index.
    addConditions(q, f, Driver::None, false);
    (q << " LIMIT ").arg(cap + 1) << ")";
    return q;
}

bool isWordChar(QChar c)
{
    // What FTS5's unicode61 tokenizer keeps: letters and digits (other characters separate tokens).
    return c.isLetterOrNumber();
}

} // namespace

NotificationSearch::NotificationSearch(MetricDb &db)
    : m_db(db)
{}

QString NotificationSearch::ftsQuery(const QString &search)
{
    QStringList phrases;
    for (QString word : search.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const bool prefix = word.endsWith(QLatin1Char('*'));
        // A word without a letter or digit has no token: as a required phrase it would match nothing.
        if (std::none_of(word.cbegin(), word.cend(), isWordChar))
            continue;
        while (word.endsWith(QLatin1Char('*')))
            word.chop(1);
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        phrases.append(QLatin1Char('"') + word + QLatin1Char('"') + (prefix ? QLatin1String("*") : QLatin1String()));
    }
    return phrases.join(QLatin1Char(' '));
}

qint64 NotificationSearch::lastIdSeenBefore(qint64 timeMs)
{
    SqlStatement st(m_db.handle(),
                    "SELECT id FROM notifications WHERE seen_ms < ?1 ORDER BY seen_ms DESC, id DESC LIMIT 1");
    st.bind(1, timeMs);
    return st.ok() && st.step() == SQLITE_ROW ? st.integer(0) : 0;
}

qint64 NotificationSearch::firstIdSeenFrom(qint64 timeMs)
{
    SqlStatement st(m_db.handle(), "SELECT id FROM notifications WHERE seen_ms >= ?1 ORDER BY seen_ms, id LIMIT 1");
    st.bind(1, timeMs);
    return st.ok() && st.step() == SQLITE_ROW ? st.integer(0) : 0;
}

NotificationSearch::IdRange NotificationSearch::idRange(const NotificationFilter &filter, qint64 beforeId)
{
    IdRange range{0, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max()};
    // Every row up to the last one whose seen_ms is below sinceMs is older than sinceMs.
    if (filter.sinceMs > 0)
        range.above = lastIdSeenBefore(filter.sinceMs);
    // A row older than untilMs arrived at most max_late after the newest time seen, so it lies before
    // the first row whose seen_ms reaches untilMs + max_late.
    if (filter.untilMs > 0) {
        const qint64 first =
            firstIdSeenFrom(filter.untilMs + EventRows::metaValue(m_db.handle(), EventRows::MaxLateKey));
        if (first > 0)
            range.below = std::min(range.below, first);
    }
    return range;
}

NotificationPage NotificationSearch::page(const NotificationFilter &filter, qint64 beforeId, int limit)
{
    m_error = {};
    NotificationPage page;
    if (!m_db.handle()) {
        m_error = m_db.error();
        return page;
    }
    // A search without a letter or digit (a lone quote being typed) is no search yet.
    const NotificationFilter f = normalized(filter);
    const QString match = ftsQuery(f.search);
    limit = std::clamp(limit, 1, EventDb::MaxPageSize);
    const IdRange range = idRange(f, beforeId);
    const BoundSql q = match.isEmpty() ? streamsQuery(f, range.above, range.below, limit + 1)
                                       : searchQuery(f, match, range.above, range.below, limit + 1);
    SqlStatement st(m_db.handle(), q.text.constData());
    if (!st.ok()) {
        m_error = m_db.sqliteError("read notifications");
        return page;
    }
    q.bindTo(st);
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW && page.items.size() < limit)
        page.items.append(EventRows::notification(st));
    page.more = rc == SQLITE_ROW;
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        m_error = m_db.sqliteError("read notifications");
        page = {};
    }
    return page;
}

NotificationCount NotificationSearch::count(const NotificationFilter &filter, qint64 cap)
{
    m_error = {};
    NotificationCount count;
    if (!m_db.handle()) {
        m_error = m_db.error();
        return count;
    }
    const NotificationFilter f = normalized(filter);
    const QString match = ftsQuery(f.search);
    const IdRange range = idRange(f, 0);
    const BoundSql q = countQuery(f, match, range.above, range.below, cap);
    SqlStatement st(m_db.handle(), q.text.constData());
    if (!st.ok()) {
        m_error = m_db.sqliteError("count notifications");
        return count;
    }
    q.bindTo(st);
    if (st.step() != SQLITE_ROW) {
        m_error = m_db.sqliteError("count notifications");
        return count;
    }
    count.count = std::min(st.integer(0), cap);
    count.more = st.integer(0) > cap;
    return count;
}

} // namespace bilby
