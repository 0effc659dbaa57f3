#include "shell/traystate.h"

#include "alarms/alarmcenter.h"

namespace bilby {

TrayState::TrayState(AlarmCenter *center, QObject *parent)
    : QObject(parent)
    , m_center(center)
    , m_worst(center->engine()->worstActive())
{
    m_muteTimer.setSingleShot(true);
    connect(&m_muteTimer, &QTimer::timeout, this, [this] {
        m_suppressed = 0;
        emit mutedChanged(false);
    });
    connect(center, &AlarmCenter::alarmUpdated, this, &TrayState::onAlarmUpdated);
}

void TrayState::setMuted(bool muted, int forMs)
{
    const bool was = isMuted();
    if (muted)
        m_muteTimer.start(forMs);
    else
        m_muteTimer.stop();
    if (!muted)
        m_suppressed = 0;
    if (was != muted)
        emit mutedChanged(muted);
}

void TrayState::onAlarmUpdated(const Alarm &alarm, AlarmEngine::Transition transition)
{
    const std::optional<Alarm::Severity> worst = m_center ? m_center->engine()->worstActive() : std::nullopt;
    if (worst != m_worst) {
        m_worst = worst;
        emit worstActiveChanged(worst);
    }
    // A silenced alarm is shown but not announced.
    if (transition != AlarmEngine::Transition::Raised || alarm.silenceId > 0)
        return;
    if (isMuted()) {
        ++m_suppressed;
        return;
    }
    const QString title = tr("%1 alarm on %2").arg(Alarm::severityTitle(alarm.severity), alarm.node);
    QString text = alarm.alarmId;
    if (!alarm.info.isEmpty())
        text += QLatin1Char('\n') + alarm.info.section(QLatin1Char('\n'), 0, 0);
    emit desktopMessage(title, text, alarm.severity);
}

} // namespace bilby
