#pragma once

class QMainWindow;
class QSplitter;

namespace bilby {

class AlarmTabs;
class Settings;

/// Restores and saves the main window's layout in one place: its geometry and state, the node splitter
/// and the alarm tables' headers.
class WindowLayout
{
public:
    /// None is owned; @p alarmTabs may be null (no alarm tabs).
    WindowLayout(Settings *settings, QMainWindow *window, QSplitter *splitter, AlarmTabs *alarmTabs);

    void restore();
    void save();

private:
    Settings *m_settings;
    QMainWindow *m_window;
    QSplitter *m_splitter;
    AlarmTabs *m_alarmTabs;
};

} // namespace bilby
