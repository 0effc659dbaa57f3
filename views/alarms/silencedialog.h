#pragma once

#include "alarms/alarm.h"
#include "alarms/alarmsilence.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace bilby {

/**
 * @brief Asks how to silence an alarm: which alarms (this one, this alarm on every node, every alarm of
 * this node), for how long (an hour to a week, or until lifted) and why (required).
 */
class SilenceDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Scope { ThisAlarm, AlarmEverywhere, NodeEverything };
    /// Durations offered, in hours; 0 is "until lifted".
    static QVector<int> durationsHours() { return {1, 4, 24, 168, 0}; }

    SilenceDialog(const Alarm &alarm, QWidget *parent = nullptr);

    void setScope(Scope scope);
    void setDurationHours(int hours);
    void setReason(const QString &reason);
    /// The silence the dialog describes now, starting at @p nowMs.
    AlarmSilence silence(qint64 nowMs) const;
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void update();

    Alarm m_alarm;
    QRadioButton *m_thisAlarm;
    QRadioButton *m_everywhere;
    QRadioButton *m_node;
    QComboBox *m_duration;
    QLineEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace bilby
