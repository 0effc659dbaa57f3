#include "alarms/silencedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace bilby {

SilenceDialog::SilenceDialog(const Alarm &alarm, QWidget *parent)
    : QDialog(parent)
    , m_alarm(alarm)
    , m_thisAlarm(new QRadioButton)
    , m_everywhere(new QRadioButton(tr("%1 on every node").arg(alarm.alarmId)))
    , m_node(new QRadioButton(tr("Every alarm on %1").arg(alarm.node)))
    , m_duration(new QComboBox)
    , m_reason(new QLineEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Silence Alarm"));
    setObjectName(QStringLiteral("silenceDialog"));
    m_thisAlarm->setText(alarm.resource.isEmpty() ? tr("%1 on %2").arg(alarm.alarmId, alarm.node)
                                                  : tr("%1 (%2) on %3").arg(alarm.alarmId, alarm.resource, alarm.node));
    m_thisAlarm->setChecked(true);
    for (const int hours : durationsHours()) {
        const QString text = hours == 0   ? tr("Until lifted")
                             : hours < 24 ? tr("%n hour(s)", nullptr, hours)
                                          : tr("%n day(s)", nullptr, hours / 24);
        m_duration->addItem(text, hours);
    }
    m_duration->setObjectName(QStringLiteral("silenceDuration"));
    m_reason->setObjectName(QStringLiteral("silenceReason"));
    m_reason->setPlaceholderText(tr("Why, for the colleague who finds it (required)"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Silence"));

    auto *explain = new QLabel(tr("A silenced alarm is still raised, shown and recorded, but neither the tray icon "
                                  "nor bilby-cli check counts it, and it gives no desktop notification."));
    explain->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *which = new QVBoxLayout;
    which->addWidget(m_thisAlarm);
    which->addWidget(m_everywhere);
    which->addWidget(m_node);
    form->addRow(tr("Silence:"), which);
    form->addRow(tr("For:"), m_duration);
    form->addRow(tr("Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &SilenceDialog::update);
    update();
}

void SilenceDialog::setScope(Scope scope)
{
    (scope == Scope::ThisAlarm         ? m_thisAlarm
     : scope == Scope::AlarmEverywhere ? m_everywhere
                                       : m_node)
        ->setChecked(true);
}

void SilenceDialog::setDurationHours(int hours)
{
    m_duration->setCurrentIndex(m_duration->findData(hours));
}

void SilenceDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

AlarmSilence SilenceDialog::silence(qint64 nowMs) const
{
    AlarmSilence s;
    s.alarmId = m_node->isChecked() ? QString() : m_alarm.alarmId;
    s.node = m_everywhere->isChecked() ? QString() : m_alarm.node;
    s.resource = m_thisAlarm->isChecked() ? m_alarm.resource : QString();
    s.reason = m_reason->text().trimmed();
    s.createdBy = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    s.createdMs = nowMs;
    const int hours = m_duration->currentData().toInt();
    s.untilMs = hours == 0 ? 0 : nowMs + qint64(hours) * 3600 * 1000;
    return s;
}

void SilenceDialog::update()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_reason->text().trimmed().isEmpty());
}

} // namespace bilby
