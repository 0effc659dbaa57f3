#include "console/quitsignals.h"

#include "platform/signals.h"

#include <QSocketNotifier>

namespace bilby {

QuitSignals::QuitSignals(QObject *parent)
    : QObject(parent)
{}

QuitSignals::~QuitSignals()
{
    if (!m_installed)
        return;
    platform::removeQuitHandlers();
    delete m_notifier; // before the wake-up it watches is closed
}

bool QuitSignals::install()
{
    if (m_installed)
        return true;
    m_wakeUp = std::make_unique<platform::WakeUp>();
    if (!platform::installQuitHandlers(m_wakeUp.get())) {
        m_wakeUp.reset();
        return false;
    }
    m_installed = true;
    m_notifier = new QSocketNotifier(qintptr(m_wakeUp->handle()), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &QuitSignals::onReadable);
    return true;
}

void QuitSignals::onReadable()
{
    const int number = m_wakeUp->take();
    if (number >= 0)
        emit received(number);
}

QString QuitSignals::name(int signalNumber)
{
    return QString::fromStdString(platform::quitRequestName(signalNumber));
}

} // namespace bilby
