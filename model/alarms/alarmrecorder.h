#pragma once

#include "alarms/alarm.h"
#include "events/notification.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace bilby {

class AlarmEngine;
class MetricStore;

/**
 * @brief Writes an alarm engine's alarms (on every transition) and the notifications it is given
 * (the engine's own among them, when the owner routes them here) to the store. The store gives an alarm its row id on
 * the first save; later saves update that row, and a transition that comes while the first save is under way is written
 * when its id is known.
 */
class AlarmRecorder : public QObject
{
    Q_OBJECT
public:
    /// Neither is owned; @p store may be null (then nothing is written).
    AlarmRecorder(AlarmEngine *engine, MetricStore *store, QObject *parent = nullptr);

    void record(const Notification &notification);
    /// The store's row id of the engine's alarm @p serial, 0 while unknown.
    qint64 storeId(qint64 serial) const { return m_storeIds.value(serial); }

private:
    void save(const Alarm &alarm);

    QPointer<AlarmEngine> m_engine;
    QPointer<MetricStore> m_store;
    QHash<qint64, qint64> m_storeIds; ///< engine serial -> row id; 0 while the first save runs
};

} // namespace bilby
