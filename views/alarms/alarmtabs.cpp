#include "alarms/alarmtabs.h"

#include "alarms/alarmcenter.h"
#include "alarms/alarmspage.h"
#include "events/notificationspage.h"
#include "settings/settings.h"
#include "shell/tabbadge.h"
#include "shell/trayicon.h"
#include "shell/traystate.h"

#include <QSplitter>
#include <QSystemTrayIcon>
#include <QTabWidget>

namespace bilby {

namespace {
const QString AlarmsSplitterKey = QStringLiteral("main/alarms");
const QString NotificationsSplitterKey = QStringLiteral("main/notifications");
} // namespace

AlarmTabs::AlarmTabs(AlarmCenter *center, NodeRegistry *registry, QTabWidget *tabs, QWidget *window)
    : QObject(window)
    , m_center(center)
    , m_tabs(tabs)
    , m_window(window)
    , m_trayState(new TrayState(center, this))
    , m_alarmsPage(new AlarmsPage(center, m_trayState))
    , m_notificationsPage(new NotificationsPage(center, registry))
{
    tabs->addTab(m_alarmsPage, tr("Alarms"));
    tabs->addTab(m_notificationsPage, tr("Notifications"));
    m_alarmsBadge = new TabBadge(tabs, m_alarmsPage, tr("Alarms"), this);
    m_notificationsBadge = new TabBadge(tabs, m_notificationsPage, tr("Notifications"), this);
    // New alarms count, not what happens to known ones; every new entry of the timeline counts.
    connect(center, &AlarmCenter::alarmUpdated, m_alarmsBadge, [this](const Alarm &, AlarmEngine::Transition t) {
        if (t == AlarmEngine::Transition::Raised)
            m_alarmsBadge->add();
    });
    connect(center, &AlarmCenter::notificationAdded, m_notificationsBadge, [this] { m_notificationsBadge->add(); });
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return; // TrayState still mutes and tracks the worst severity for the Alarms page
    m_trayIcon = new TrayIcon(m_trayState, this);
    connect(m_trayIcon, &TrayIcon::showRequested, this, &AlarmTabs::bringWindowToFront);
    connect(m_trayIcon, &TrayIcon::alarmsRequested, this, [this] {
        bringWindowToFront();
        m_tabs->setCurrentWidget(m_alarmsPage);
    });
    connect(m_trayIcon, &TrayIcon::quitRequested, window, &QWidget::close);
}

void AlarmTabs::bringWindowToFront()
{
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void AlarmTabs::restoreLayout(const Settings &settings)
{
    m_alarmsPage->splitter()->restoreState(settings.splitterState(AlarmsSplitterKey));
    m_notificationsPage->splitter()->restoreState(settings.splitterState(NotificationsSplitterKey));
}

void AlarmTabs::saveLayout(Settings &settings) const
{
    settings.saveSplitter(AlarmsSplitterKey, m_alarmsPage->splitter()->saveState());
    settings.saveSplitter(NotificationsSplitterKey, m_notificationsPage->splitter()->saveState());
}

} // namespace bilby
