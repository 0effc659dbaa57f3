#include "alarms/alarmrecorder.h"

#include "alarms/alarmengine.h"
#include "store/metricstore.h"

namespace bilby {

AlarmRecorder::AlarmRecorder(AlarmEngine *engine, MetricStore *store, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_store(store)
{
    connect(engine, &AlarmEngine::alarmUpdated, this, &AlarmRecorder::save);
}

void AlarmRecorder::record(const Notification &notification)
{
    if (m_store)
        m_store->appendNotifications({notification});
}

void AlarmRecorder::save(const Alarm &alarm)
{
    if (!m_store)
        return;
    Alarm stored = alarm;
    if (alarm.id > 0 && !m_storeIds.contains(alarm.serial))
        m_storeIds.insert(alarm.serial, alarm.id); // adopted from the store: its row is known
    const auto known = m_storeIds.constFind(alarm.serial);
    if (known != m_storeIds.constEnd()) {
        if (*known == 0)
            return; // the first save has not answered yet: its answer saves the alarm as it is then
        stored.id = *known;
        m_store->saveAlarm(stored, this, [](qint64, const StoreError &) {});
        return;
    }
    m_storeIds.insert(alarm.serial, 0);
    const qint64 serial = alarm.serial;
    m_store->saveAlarm(stored, this, [this, serial, stored](qint64 id, const StoreError &) {
        if (id <= 0) {
            m_storeIds.remove(serial); // the next transition tries again
            return;
        }
        m_storeIds.insert(serial, id);
        // A transition that came while the first save was under way is written now.
        const std::optional<Alarm> now = m_engine ? m_engine->alarm(serial) : std::nullopt;
        if (now && !(now->state == stored.state && now->comments.size() == stored.comments.size())) {
            Alarm again = *now;
            again.id = id;
            m_store->saveAlarm(again, this, [](qint64, const StoreError &) {});
        }
    });
}

} // namespace bilby
