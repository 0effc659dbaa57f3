#include "shell/windowlayout.h"

#include "alarms/alarmtabs.h"
#include "settings/settings.h"

#include <QMainWindow>
#include <QSplitter>

namespace bilby {

namespace {
const QString WindowKey = QStringLiteral("main");
const QString SplitterKey = QStringLiteral("main/topology");
} // namespace

WindowLayout::WindowLayout(Settings *settings, QMainWindow *window, QSplitter *splitter, AlarmTabs *alarmTabs)
    : m_settings(settings)
    , m_window(window)
    , m_splitter(splitter)
    , m_alarmTabs(alarmTabs)
{}

void WindowLayout::restore()
{
    const Settings::WindowState state = m_settings->restoreWindow(WindowKey);
    if (state.geometry.isEmpty() || !m_window->restoreGeometry(state.geometry))
        m_window->resize(1180, 760);
    if (!state.state.isEmpty())
        m_window->restoreState(state.state);
    const QByteArray splitter = m_settings->splitterState(SplitterKey);
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    if (m_alarmTabs)
        m_alarmTabs->restoreLayout(*m_settings);
}

void WindowLayout::save()
{
    m_settings->saveWindow(WindowKey, {m_window->saveGeometry(), m_window->saveState()});
    m_settings->saveSplitter(SplitterKey, m_splitter->saveState());
    if (m_alarmTabs)
        m_alarmTabs->saveLayout(*m_settings);
    m_settings->sync();
}

} // namespace bilby
