#include "shell/preferencesdialog.h"

#include "settings/settings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace bilby {

PreferencesDialog::PreferencesDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_productionReadOnly(new QCheckBox(tr("Read-only for nodes marked &production (recommended)"), this))
    , m_allReadOnly(new QCheckBox(tr("Read-only for &all nodes"), this))
{
    setWindowTitle(tr("Preferences"));
    m_productionReadOnly->setObjectName(QStringLiteral("productionReadOnlyCheck"));
    m_allReadOnly->setObjectName(QStringLiteral("allReadOnlyCheck"));
    const ReadOnlyPolicy policy = m_settings->readOnlyPolicy();
    m_productionReadOnly->setChecked(policy.productionNodes);
    m_allReadOnly->setChecked(policy.allNodes);

    auto *note = new QLabel(tr("A read-only node's agent refuses every request that changes the node: killing "
                               "processes, garbage collections, evaluating code. A node's own choice (Node menu) "
                               "comes before these."),
                            this);
    note->setWordWrap(true);
    auto *group = new QGroupBox(tr("Read-only mode"), this);
    auto *groupLayout = new QVBoxLayout(group);
    groupLayout->addWidget(m_productionReadOnly);
    groupLayout->addWidget(m_allReadOnly);
    groupLayout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, &PreferencesDialog::save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(group);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void PreferencesDialog::save()
{
    ReadOnlyPolicy policy;
    policy.productionNodes = m_productionReadOnly->isChecked();
    policy.allNodes = m_allReadOnly->isChecked();
    m_settings->setReadOnlyPolicy(policy);
}

} // namespace bilby
