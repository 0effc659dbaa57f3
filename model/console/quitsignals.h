#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace bilby {

namespace platform {
class WakeUp;
}

/**
 * @brief The requests to quit that come from outside as a Qt signal: SIGINT, SIGTERM and SIGHUP (what
 * Ctrl-C, `kill` and a desktop logout send), or Ctrl-C and console close on Windows.
 *
 * The handlers (platform::installQuitHandlers()) only send the signal's number through a wake-up, which is
 * async-signal-safe; a QSocketNotifier reads it on the thread that created this object, so whoever reacts runs ordinary
 * code (the normal shutdown, destructors included). A second signal of the same kind ends the process at once, as if
 * there were no handler: a shutdown that hangs can still be interrupted. One instance per process.
 */
class QuitSignals : public QObject
{
    Q_OBJECT
public:
    explicit QuitSignals(QObject *parent = nullptr);
    /// Restores the default handling of the signals.
    ~QuitSignals() override;

    /// Installs the handlers; false when the system refused (then the signals keep their default action).
    bool install();
    /// The words for @p signalNumber ("SIGTERM"), for logs.
    static QString name(int signalNumber);

signals:
    void received(int signalNumber);

private:
    void onReadable();

    std::unique_ptr<platform::WakeUp> m_wakeUp;
    QSocketNotifier *m_notifier = nullptr;
    bool m_installed = false;
};

} // namespace bilby
