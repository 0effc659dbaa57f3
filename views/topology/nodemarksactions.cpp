#include "topology/nodemarksactions.h"

#include "topology/noderegistry.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>

namespace bilby {

NodeMarksActions::NodeMarksActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_production(new QAction(tr("&Production Node"), this))
    , m_readOnly(new QAction(tr("&Read-Only"), this))
    , m_follow(new QAction(tr("Read-Only as in &Preferences"), this))
    , m_logLevelMenu(new QMenu(tr("&Log Events in the Timeline"), window))
    , m_logLevels(new QActionGroup(this))
{
    m_logLevelMenu->setObjectName(QStringLiteral("logLevelMenu"));
    m_logLevelMenu->setStatusTip(tr("Which of the node's log events go into the timeline"));
    const QList<QPair<QString, QString>> levels{
        {QStringLiteral("warning"), tr("&Warnings and Errors (Default)")},
        {QStringLiteral("notice"), tr("From &Notices: What the Application Reports")},
        {QStringLiteral("info"), tr("From &Info: Everything but Debug")}};
    for (const auto &[level, text] : levels) {
        QAction *action = m_logLevelMenu->addAction(text);
        action->setObjectName(QStringLiteral("logLevel_") + level);
        action->setCheckable(true);
        action->setData(level);
        m_logLevels->addAction(action);
    }
    connect(m_logLevels, &QActionGroup::triggered, this, [this](QAction *action) {
        if (!m_node)
            return;
        NodeMarks marks = m_node->marks();
        marks.logLevel = action->data().toString();
        m_node->setMarks(marks); // no confirmation: it changes what Bilby records, not the node
    });
    m_production->setObjectName(QStringLiteral("productionAction"));
    m_production->setCheckable(true);
    m_production->setStatusTip(tr("Mark the node as production: read-only while the preference says so"));
    m_readOnly->setObjectName(QStringLiteral("readOnlyAction"));
    m_readOnly->setCheckable(true);
    m_readOnly->setStatusTip(tr("The node's agent refuses every request that changes the node"));
    m_follow->setObjectName(QStringLiteral("followPreferenceAction"));
    m_follow->setStatusTip(tr("Drop this node's own read-only choice and follow the preference again"));

    // triggered, not toggled: only the user's clicks change the node, never refresh().
    connect(m_production, &QAction::triggered, this, [this](bool on) {
        if (!m_node)
            return;
        NodeMarks marks = m_node->marks();
        marks.production = on;
        apply(marks);
    });
    connect(m_readOnly, &QAction::triggered, this, [this](bool on) {
        if (!m_node)
            return;
        NodeMarks marks = m_node->marks();
        marks.readOnly = on ? ReadOnlyOverride::On : ReadOnlyOverride::Off;
        apply(marks);
    });
    connect(m_follow, &QAction::triggered, this, [this] {
        if (!m_node)
            return;
        NodeMarks marks = m_node->marks();
        marks.readOnly = ReadOnlyOverride::Inherit;
        apply(marks);
    });
    refresh();
}

void NodeMarksActions::setNode(ManagedNode *node)
{
    if (node == m_node)
        return;
    for (const QMetaObject::Connection &connection : qAsConst(m_nodeConnections))
        disconnect(connection);
    m_nodeConnections.clear();
    m_node = node;
    if (node) {
        m_nodeConnections.append(connect(node, &ManagedNode::marksChanged, this, &NodeMarksActions::refresh));
        m_nodeConnections.append(connect(node, &ManagedNode::readOnlyChanged, this, &NodeMarksActions::refresh));
    }
    refresh();
}

ManagedNode *NodeMarksActions::node() const
{
    return m_node;
}

QMessageBox *NodeMarksActions::confirmation() const
{
    return m_confirmation;
}

void NodeMarksActions::refresh()
{
    const bool hasNode = !m_node.isNull();
    for (QAction *action : actions())
        action->setEnabled(hasNode);
    m_production->setChecked(hasNode && m_node->isProduction());
    m_readOnly->setChecked(hasNode && m_node->isReadOnly());
    m_follow->setEnabled(hasNode && m_node->readOnlyOverride() != ReadOnlyOverride::Inherit);
    m_logLevelMenu->setEnabled(hasNode);
    const QString level = hasNode ? m_node->marks().logLevel : NodeMarks::defaultLogLevel();
    for (QAction *action : m_logLevels->actions())
        action->setChecked(action->data().toString() == level);
}

QAction *NodeMarksActions::logLevelAction(const QString &level) const
{
    for (QAction *action : m_logLevels->actions()) {
        if (action->data().toString() == level)
            return action;
    }
    return nullptr;
}

void NodeMarksActions::apply(const NodeMarks &marks)
{
    ManagedNode *node = m_node;
    const bool unlocksProduction =
        node->isProduction() && node->isReadOnly() && !effectiveReadOnly(marks, node->readOnlyPolicy());
    if (!unlocksProduction) {
        node->setMarks(marks);
        refresh();
        return;
    }
    refresh(); // the checkboxes show the node as it is until the user agrees
    if (m_confirmation)
        m_confirmation->close();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Allow Changes"),
                                tr("Allow changes to the production node %1?").arg(node->key()),
                                QMessageBox::Yes | QMessageBox::No, m_window);
    box->setInformativeText(tr("Bilby's tools will be able to kill processes, run garbage collections and "
                               "change the node in other ways. Every action is recorded in the timeline."));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ManagedNode> target = node;
    connect(box, &QMessageBox::finished, this, [box, target, marks] {
        if (!target || box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        target->setMarks(marks);
    });
    m_confirmation = box;
    box->open();
}

} // namespace bilby
