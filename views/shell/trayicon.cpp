#include "shell/trayicon.h"

#include "shell/severityicons.h"
#include "shell/traystate.h"

#include <QMenu>
#include <QSystemTrayIcon>

namespace bilby {

namespace {

QSystemTrayIcon::MessageIcon messageIcon(Alarm::Severity severity)
{
    switch (severity) {
    case Alarm::Severity::Critical:
    case Alarm::Severity::Major:
        return QSystemTrayIcon::Critical;
    case Alarm::Severity::Minor:
        return QSystemTrayIcon::Warning;
    case Alarm::Severity::Warning:
        return QSystemTrayIcon::Information;
    }
    return QSystemTrayIcon::Information;
}

QString toolTip(std::optional<Alarm::Severity> worst, bool muted)
{
    const QString text = worst ? TrayIcon::tr("Bilby: the worst active alarm is %1").arg(Alarm::severityTitle(*worst))
                               : TrayIcon::tr("Bilby: no active alarm");
    return muted ? TrayIcon::tr("%1 (notifications muted)").arg(text) : text;
}

} // namespace

TrayIcon::TrayIcon(TrayState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_icon(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
{
    m_menu->addAction(tr("Show Bilby"), this, &TrayIcon::showRequested);
    m_menu->addAction(tr("Show Alarms"), this, &TrayIcon::alarmsRequested);
    m_menu->addSeparator();
    m_mute = m_menu->addAction(tr("Mute for 1 Hour"));
    m_mute->setCheckable(true);
    m_mute->setChecked(state->isMuted());
    connect(m_mute, &QAction::toggled, state, [state](bool on) {
        if (on != state->isMuted()) // not the echo of a change made elsewhere, which would restart the hour
            state->setMuted(on);
    });
    connect(state, &TrayState::mutedChanged, m_mute, &QAction::setChecked);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
    m_icon->setContextMenu(m_menu);

    const auto showState = [this] {
        m_icon->setIcon(SeverityIcons::trayIcon(m_state->worstActive()));
        m_icon->setToolTip(toolTip(m_state->worstActive(), m_state->isMuted()));
    };
    showState();
    connect(state, &TrayState::worstActiveChanged, this, showState);
    connect(state, &TrayState::mutedChanged, this, showState);
    connect(state, &TrayState::desktopMessage, this,
            [this](const QString &title, const QString &text, Alarm::Severity severity) {
                m_icon->showMessage(title, text, messageIcon(severity), 10000);
            });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::alarmsRequested);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit showRequested();
    });
    m_icon->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a context menu has no parent: the tray icon does not own it
}

} // namespace bilby
