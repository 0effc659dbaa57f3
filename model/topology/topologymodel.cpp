#include "topology/topologymodel.h"

#include "topology/noderegistry.h"

namespace bilby {

TopologyModel::TopologyModel(NodeRegistry *registry, QObject *parent)
    : QAbstractItemModel(parent)
    , m_registry(registry)
    , m_names(registry->names())
{
    connect(registry, &NodeRegistry::nodeAdded, this, &TopologyModel::onNodeAdded);
    connect(registry, &NodeRegistry::nodeRemoved, this, &TopologyModel::onNodeRemoved);
    connect(registry, &NodeRegistry::nodeStateChanged, this, &TopologyModel::onNodeChanged);
    connect(registry, &NodeRegistry::nodeInfoChanged, this, &TopologyModel::onNodeChanged);
}

QModelIndex TopologyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_names.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex TopologyModel::parent(const QModelIndex &) const
{
    return {};
}

int TopologyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

int TopologyModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TopologyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_registry)
        return {};
    const QString &name = m_names.at(index.row());
    const ManagedNode *node = m_registry->entry(name);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return name;
        return NodeSession::stateName(node->state());
    case Qt::ToolTipRole: {
        QString tip = name + QLatin1String(": ") + NodeSession::stateName(node->state());
        if (node->hasInfo())
            tip += QLatin1Char('\n') + tr("OTP %1, ERTS %2").arg(node->info().otpRelease, node->info().ertsVersion);
        if (node->state() == NodeSession::State::Down && !node->errorText().isEmpty())
            tip += QLatin1Char('\n') + node->errorText();
        return tip;
    }
    case StateRole:
        return int(node->state());
    case NodeNameRole:
        return name;
    case ErrorRole:
        return node->errorText();
    default:
        return {};
    }
}

QVariant TopologyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

QHash<int, QByteArray> TopologyModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(StateRole, "state");
    names.insert(NodeNameRole, "nodeName");
    names.insert(ErrorRole, "error");
    return names;
}

QModelIndex TopologyModel::indexOf(const QString &name, int column) const
{
    const qsizetype row = m_names.indexOf(name);
    return row < 0 ? QModelIndex() : index(int(row), column);
}

void TopologyModel::onNodeAdded(const QString &name)
{
    if (m_names.contains(name))
        return;
    const int row = int(m_names.size());
    beginInsertRows({}, row, row);
    m_names.append(name);
    endInsertRows();
}

void TopologyModel::onNodeRemoved(const QString &name)
{
    const qsizetype row = m_names.indexOf(name);
    if (row < 0)
        return;
    beginRemoveRows({}, int(row), int(row));
    m_names.removeAt(row);
    endRemoveRows();
}

void TopologyModel::onNodeChanged(const QString &name)
{
    const qsizetype row = m_names.indexOf(name);
    if (row < 0)
        return;
    // One range per changed row, covering every column.
    emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
}

} // namespace bilby
