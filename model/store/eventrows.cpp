#include "store/eventrows.h"

#include "store/sqlstatement.h"

#include <sqlite3.h>

namespace bilby::EventRows {

namespace {
template <typename E>
E enumAt(qint64 value, E last, E fallback)
{
    return value >= 0 && value <= qint64(last) ? E(value) : fallback;
}
} // namespace

Notification notification(const SqlStatement &st)
{
    Notification n;
    n.id = st.integer(0);
    n.timeMs = st.integer(1);
    n.node = st.text(2);
    n.origin = enumAt(st.integer(3), Notification::Origin::Action, Notification::Origin::Log);
    n.severity = enumAt(st.integer(4), Notification::Severity::Debug, Notification::Severity::Info);
    n.text = st.text(5);
    n.details = st.text(6);
    return n;
}

Alarm alarm(const SqlStatement &st)
{
    Alarm a;
    a.id = st.integer(0);
    a.alarmId = st.text(1);
    a.node = st.text(2);
    a.resource = st.text(3);
    a.severity = enumAt(st.integer(4), Alarm::Severity::Warning, Alarm::Severity::Major);
    a.state = enumAt(st.integer(5), Alarm::State::Cleared, Alarm::State::New);
    a.raisedMs = st.integer(6);
    a.acknowledgedMs = st.integer(7);
    a.clearedMs = st.integer(8);
    a.clearedByUser = st.integer(9) != 0;
    a.cause = st.text(10);
    a.action = st.text(11);
    a.info = st.text(12);
    return a;
}

qint64 metaValue(sqlite3 *db, const char *key)
{
    SqlStatement st(db, "SELECT value FROM meta WHERE key = ?1");
    st.bind(1, QString::fromLatin1(key));
    return st.ok() && st.step() == SQLITE_ROW ? st.integer(0) : 0;
}

} // namespace bilby::EventRows
