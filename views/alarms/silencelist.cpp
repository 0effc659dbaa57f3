#include "alarms/silencelist.h"

#include "alarms/alarmcenter.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace bilby {

SilenceList::SilenceList(AlarmCenter *center, QWidget *parent)
    : QDialog(parent)
    , m_center(center)
    , m_list(new QListWidget)
    , m_lift(new QPushButton(tr("Lift")))
{
    setWindowTitle(tr("Silences"));
    setObjectName(QStringLiteral("silenceList"));
    m_list->setObjectName(QStringLiteral("silences"));
    m_lift->setObjectName(QStringLiteral("liftSilence"));
    m_lift->setToolTip(tr("End the selected silence now: its alarms are counted again"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_lift, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Alarms covered by a silence are shown but not counted.")));
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_lift, &QPushButton::clicked, this, &SilenceList::liftSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_lift->setEnabled(row >= 0); });
    connect(center->engine(), &AlarmEngine::silencesChanged, this, &SilenceList::reload);
    reload();
    resize(640, 320);
}

void SilenceList::reload()
{
    m_list->clear();
    if (!m_center)
        return;
    for (const AlarmSilence &s : m_center->engine()->silences()) {
        auto *item = new QListWidgetItem(s.describe(), m_list);
        item->setData(Qt::UserRole, s.id);
        if (!s.createdBy.isEmpty())
            item->setToolTip(tr("Set by %1").arg(s.createdBy));
    }
    if (m_list->count() == 0)
        (new QListWidgetItem(tr("No silence in force."), m_list))->setFlags(Qt::NoItemFlags);
    m_lift->setEnabled(false);
}

void SilenceList::liftSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (item && m_center && item->data(Qt::UserRole).isValid())
        m_center->liftSilence(item->data(Qt::UserRole).toLongLong());
}

} // namespace bilby
