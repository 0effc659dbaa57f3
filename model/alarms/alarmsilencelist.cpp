#include "alarms/alarmsilencelist.h"

#include <algorithm>

namespace bilby {

qint64 AlarmSilenceList::add(AlarmSilence silence, qint64 nowMs)
{
    if (silence.reason.trimmed().isEmpty() || !silence.isInForceAt(nowMs))
        return 0;
    silence.id = silence.id > 0 ? silence.id : m_nextId;
    m_nextId = std::max(m_nextId, silence.id + 1);
    if (silence.createdMs == 0)
        silence.createdMs = nowMs;
    m_silences.append(silence);
    return silence.id;
}

bool AlarmSilenceList::lift(qint64 id)
{
    const auto it =
        std::find_if(m_silences.begin(), m_silences.end(), [id](const AlarmSilence &s) { return s.id == id; });
    if (it == m_silences.end())
        return false;
    m_silences.erase(it);
    return true;
}

void AlarmSilenceList::replace(const QVector<AlarmSilence> &silences, qint64 nowMs)
{
    m_silences.clear();
    for (const AlarmSilence &s : silences) {
        if (s.isInForceAt(nowMs) && !s.reason.isEmpty()) {
            m_silences.append(s);
            m_nextId = std::max(m_nextId, s.id + 1);
        }
    }
}

bool AlarmSilenceList::dropEnded(qint64 nowMs)
{
    const auto ended = std::remove_if(m_silences.begin(), m_silences.end(),
                                      [nowMs](const AlarmSilence &s) { return !s.isInForceAt(nowMs); });
    if (ended == m_silences.end())
        return false;
    m_silences.erase(ended, m_silences.end());
    return true;
}

qint64 AlarmSilenceList::covering(const Alarm &alarm) const
{
    const auto cover = std::find_if(m_silences.cbegin(), m_silences.cend(),
                                    [&alarm](const AlarmSilence &s) { return s.matches(alarm); });
    return cover == m_silences.cend() ? 0 : cover->id;
}

qint64 AlarmSilenceList::nextEndMs() const
{
    qint64 next = 0;
    for (const AlarmSilence &s : m_silences) {
        if (s.untilMs > 0 && (next == 0 || s.untilMs < next))
            next = s.untilMs;
    }
    return next;
}

} // namespace bilby
