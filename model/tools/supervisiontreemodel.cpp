#include "tools/supervisiontreemodel.h"

#include <QLocale>

#include <utility>

namespace bilby {

SupervisionTreeModel::SupervisionTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_items.append(Item{});
}

int SupervisionTreeModel::itemOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

QModelIndex SupervisionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(m_items.at(itemOf(parent)).children.at(row)));
}

QModelIndex SupervisionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_items.at(itemOf(child)).parent;
    if (parent <= 0)
        return {};
    return createIndex(m_items.at(parent).row, 0, quintptr(parent));
}

int SupervisionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_items.at(itemOf(parent)).children.size());
}

int SupervisionTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SupervisionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Item &item = m_items.at(itemOf(index));
    const SupervisionTree::Node &n = item.node;
    const bool process = item.kind == Kind::Process;
    switch (role) {
    case KindRole:
        return int(item.kind);
    case PidTextRole:
        return process && n.pid.isPid() ? n.pidText : QString();
    case SupervisorRole:
        return process && n.supervisor;
    case Qt::ToolTipRole:
        if (!process)
            return item.note;
        if (!n.error.isEmpty())
            return tr("This supervisor's children are missing: it %1").arg(problemText(n.error));
        if (n.pid.isPid())
            return tr("Double-click or press Enter to inspect %1").arg(n.pidText);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    if (!process)
        return index.column() == IdColumn ? item.note : QString();
    switch (index.column()) {
    case IdColumn:
        return n.id;
    case PidColumn:
        return n.pidText;
    case NameColumn:
        return n.name;
    case TypeColumn:
        return n.supervisor ? tr("supervisor") : tr("worker");
    case ModulesColumn:
        return n.modules.join(QStringLiteral(", "));
    }
    return {};
}

QVariant SupervisionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case PidColumn:
        return tr("Pid");
    case NameColumn:
        return tr("Registered name");
    case TypeColumn:
        return tr("Type");
    case ModulesColumn:
        return tr("Modules");
    }
    return {};
}

void SupervisionTreeModel::setTree(const SupervisionTree::Tree &tree)
{
    // A tree is read when asked for, not on an interval: a reset is simplest, the page re-expands it.
    beginResetModel();
    m_items.resize(1);
    m_items[0].children.clear();
    m_application = tree.application;
    m_cut = tree.cut;
    m_processCount = 0;
    m_problemCount = 0;
    if (tree.root)
        addNode(0, *tree.root);
    endResetModel();
}

void SupervisionTreeModel::clear()
{
    setTree({});
}

int SupervisionTreeModel::add(int parent, Item item)
{
    const int id = int(m_items.size());
    item.parent = parent;
    item.row = int(m_items.at(parent).children.size());
    m_items.append(std::move(item));
    m_items[parent].children.append(id);
    return id;
}

void SupervisionTreeModel::addNode(int parent, const SupervisionTree::Node &node)
{
    Item item;
    item.node = node;
    item.node.children.clear();
    const int id = add(parent, std::move(item));
    ++m_processCount;
    for (const SupervisionTree::Node &child : node.children)
        addNode(id, child);
    if (!node.error.isEmpty()) {
        ++m_problemCount;
        Item problem;
        problem.kind = Kind::ProblemNote;
        problem.note = tr("⚠ %1: its children are not listed").arg(problemText(node.error));
        add(id, std::move(problem));
    }
    if (node.more > 0) {
        Item more;
        more.kind = Kind::MoreNote;
        more.note = tr("… %1 more children not listed").arg(QLocale().toString(node.more));
        add(id, std::move(more));
    }
}

QModelIndex SupervisionTreeModel::indexOfPid(const QString &pidText) const
{
    for (int i = 1; i < m_items.size(); ++i) {
        const Item &item = m_items.at(i);
        if (item.kind == Kind::Process && item.node.pid.isPid() && item.node.pidText == pidText)
            return createIndex(item.row, 0, quintptr(i));
    }
    return {};
}

QString SupervisionTreeModel::problemText(const QString &reason)
{
    // The agent asks each supervisor with a 2 s timeout (bilby_agent_sup's CALL_TIMEOUT).
    if (reason == QLatin1String("timeout"))
        return tr("did not answer in 2 s");
    if (reason == QLatin1String("noproc"))
        return tr("exited while it was read");
    if (reason == QLatin1String("depth_limit"))
        return tr("is deeper than the agent reads (20 levels)");
    return tr("could not be read (%1)").arg(reason);
}

} // namespace bilby
