#pragma once

#include "alarms/alarm.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace bilby {

/**
 * @brief The user's decision not to be told about an alarm for a while: by alarm id, node and subject
 * (resource), each of them optional, for a time or until lifted, with a reason. A silenced alarm is
 * still raised, shown and stored, but neither the tray nor `check` counts it.
 */
struct AlarmSilence
{
    qint64 id = 0;     ///< unique among the console's silences
    QString alarmId;   ///< empty: every alarm
    QString node;      ///< empty: every node
    QString resource;  ///< empty: every subject
    QString reason;    ///< required: why (for the colleague who finds it)
    QString createdBy; ///< the local user
    qint64 createdMs = 0;
    qint64 untilMs = 0; ///< 0: until lifted

    bool matches(const Alarm &alarm) const;
    bool isInForceAt(qint64 ms) const { return untilMs == 0 || ms < untilMs; }
    /// "process_message_queue_major on rabbit@host, until 14:30: nightly import"
    QString describe() const;
    /// "until lifted", "until 07/12/2026 14:00"
    QString untilText() const;
    QJsonObject toJson() const;
    static std::optional<AlarmSilence> fromJson(const QJsonObject &object);
    bool operator==(const AlarmSilence &o) const
    {
        return id == o.id && alarmId == o.alarmId && node == o.node && resource == o.resource && reason == o.reason &&
               createdBy == o.createdBy && createdMs == o.createdMs && untilMs == o.untilMs;
    }
};

} // namespace bilby
