#pragma once

#include "alarms/alarmsilence.h"

#include <QVector>

namespace bilby {

/**
 * @brief The silences in force, for AlarmEngine: giving them ids, dropping those that ended, and saying
 * which one covers an alarm and when the next one ends.
 */
class AlarmSilenceList
{
public:
    /// Adds @p silence, with a new id unless it has one; 0 when it has no reason or has ended by @p nowMs.
    qint64 add(AlarmSilence silence, qint64 nowMs);
    bool lift(qint64 id);
    /// Replaces every silence by those of @p silences still in force at @p nowMs.
    void replace(const QVector<AlarmSilence> &silences, qint64 nowMs);
    /// Drops the silences that ended by @p nowMs; true when there were any.
    bool dropEnded(qint64 nowMs);
    /// The id of the first silence that covers @p alarm, 0 when none does.
    qint64 covering(const Alarm &alarm) const;
    /// When the next silence ends by itself; 0 when none does.
    qint64 nextEndMs() const;
    QVector<AlarmSilence> all() const { return m_silences; }

private:
    QVector<AlarmSilence> m_silences;
    qint64 m_nextId = 1;
};

} // namespace bilby
