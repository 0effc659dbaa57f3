#pragma once

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace bilby {

class TrayState;

/**
 * @brief The system tray icon: the worst active severity as its colour, a desktop message for each new
 * alarm (through TrayState, which decides), a menu with Show, Mute for 1 hour and Quit.
 *
 * Made only where QSystemTrayIcon::isSystemTrayAvailable(); without a tray nothing of this exists and
 * TrayState still counts and mutes.
 */
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    TrayIcon(TrayState *state, QObject *parent = nullptr);
    ~TrayIcon() override;

    QSystemTrayIcon *icon() const { return m_icon; }

signals:
    /// The user asked to see the window (the icon or a message was clicked, or Show in the menu).
    void showRequested();
    /// The user asked to see the alarms (a message about an alarm was clicked).
    void alarmsRequested();
    void quitRequested();

private:
    TrayState *m_state;
    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    QAction *m_mute;
};

} // namespace bilby
