#include "tools/nodeactionspage.h"

#include "tools/gcallbox.h"
#include "tools/oldcodebox.h"
#include "tools/shellsbox.h"
#include "topology/actiongate.h"

#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace bilby {

NodeActionsPage::NodeActionsPage(ManagedNode *node, QWidget *parent)
    : QWidget(parent)
    , m_gate(new ActionGate(node, this))
{
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("actionsReason"));
    m_reason->setWordWrap(true);
    m_reason->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_gc = new GcAllBox(node, m_gate, this);
    m_gc->setObjectName(QStringLiteral("gcAllBox"));
    m_oldCode = new OldCodeBox(node, m_gate, this);
    m_oldCode->setObjectName(QStringLiteral("oldCodeBox"));
    m_shells = new ShellsBox(node, m_gate, this);
    m_shells->setObjectName(QStringLiteral("shellsBox"));

    auto *lists = new QSplitter(Qt::Horizontal, this);
    lists->addWidget(m_oldCode);
    lists->addWidget(m_shells);
    lists->setStretchFactor(0, 2);
    lists->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addWidget(m_gc);
    layout->addWidget(lists, 1);

    connect(m_oldCode, &OldCodeBox::inspectProcessRequested, this, &NodeActionsPage::inspectProcessRequested);
    connect(m_shells, &ShellsBox::inspectProcessRequested, this, &NodeActionsPage::inspectProcessRequested);
    connect(m_gate, &ActionGate::changed, this, &NodeActionsPage::updateReason);
    updateReason();
}

void NodeActionsPage::updateReason()
{
    const QString why = m_gate->reason();
    m_reason->setText(why);
    m_reason->setVisible(!why.isEmpty());
}

} // namespace bilby
