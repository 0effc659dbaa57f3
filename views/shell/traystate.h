#pragma once

#include "alarms/alarm.h"
#include "alarms/alarmengine.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace bilby {

class AlarmCenter;

/**
 * @brief What the tray shows and says, without a tray: the worst active severity, the desktop
 * message for each newly raised alarm, and muting.
 *
 * The tray icon (where there is a tray) and the Alarms page both read and set this one object, so
 * muting in one place is muted in the other, and everything here works and is tested offscreen.
 * Muting silences desktop messages only; badges and the tray's colour go on.
 */
class TrayState : public QObject
{
    Q_OBJECT
public:
    static constexpr int MuteMs = 3600 * 1000;

    explicit TrayState(AlarmCenter *center, QObject *parent = nullptr);

    std::optional<Alarm::Severity> worstActive() const { return m_worst; }
    bool isMuted() const { return m_muteTimer.isActive(); }
    /// Mutes for @p forMs (an hour by default) or unmutes.
    void setMuted(bool muted, int forMs = MuteMs);
    /// How many desktop messages were muted since the last unmute.
    int suppressedCount() const { return m_suppressed; }

signals:
    void worstActiveChanged(std::optional<bilby::Alarm::Severity> worst);
    void mutedChanged(bool muted);
    /// A desktop message to show for a newly raised alarm (never while muted).
    void desktopMessage(const QString &title, const QString &text, bilby::Alarm::Severity severity);

private:
    void onAlarmUpdated(const Alarm &alarm, AlarmEngine::Transition transition);

    QPointer<AlarmCenter> m_center;
    std::optional<Alarm::Severity> m_worst;
    QTimer m_muteTimer;
    int m_suppressed = 0;
};

} // namespace bilby
