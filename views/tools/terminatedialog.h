#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace bilby {

/**
 * @brief Asks before a process is terminated: what will happen, and the exit reason (an atom; `kill`
 * by default, which a process cannot trap).
 *
 * Cancel is the default button, so that Enter in a hurry changes nothing. Processes OTP cannot do
 * without (init, the code server, the application controller...) get a stronger warning.
 */
class TerminateDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p title: the process as the inspector shows it; @p registeredName may be empty.
    TerminateDialog(const QString &title, const QString &registeredName, QWidget *parent = nullptr);

    QString reason() const;
    void setReason(const QString &reason);
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *terminateButton() const { return m_terminate; }

    /// A registered name whose process the node (or its distribution, or its code loading) needs.
    static bool isVital(const QString &registeredName);
    /// An atom the dialog accepts as a reason: lower-case letters, digits, _ and @, at most 255.
    static bool isValidReason(const QString &reason);

private:
    QLineEdit *m_reason = nullptr;
    QPushButton *m_terminate = nullptr;
};

} // namespace bilby
