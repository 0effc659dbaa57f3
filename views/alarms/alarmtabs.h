#pragma once

#include <QObject>

class QTabWidget;
class QWidget;

namespace bilby {

class AlarmCenter;
class AlarmsPage;
class NodeRegistry;
class NotificationsPage;
class Settings;
class TabBadge;
class TrayIcon;
class TrayState;

/**
 * @brief What an AlarmCenter brings to the main window: the Alarms and Notifications tabs with their
 * badges, the tray's state and, where there is a system tray, its icon.
 */
class AlarmTabs : public QObject
{
    Q_OBJECT
public:
    /// Adds the two tabs to @p tabs; the tray shows, raises and closes @p window.
    AlarmTabs(AlarmCenter *center, NodeRegistry *registry, QTabWidget *tabs, QWidget *window);

    AlarmsPage *alarmsPage() const { return m_alarmsPage; }
    NotificationsPage *notificationsPage() const { return m_notificationsPage; }
    /// The mute and worst-severity state the tray shows.
    TrayState *trayState() const { return m_trayState; }
    /// Null where there is no system tray.
    TrayIcon *trayIcon() const { return m_trayIcon; }
    AlarmCenter *center() const { return m_center; }

    /// The pages' splitters, with the window's layout.
    void restoreLayout(const Settings &settings);
    void saveLayout(Settings &settings) const;

private:
    void bringWindowToFront();

    AlarmCenter *m_center;
    QTabWidget *m_tabs;
    QWidget *m_window;
    TrayState *m_trayState;
    AlarmsPage *m_alarmsPage;
    NotificationsPage *m_notificationsPage;
    TabBadge *m_alarmsBadge;
    TabBadge *m_notificationsBadge;
    TrayIcon *m_trayIcon = nullptr;
};

} // namespace bilby
