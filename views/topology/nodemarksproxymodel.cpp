#include "topology/nodemarksproxymodel.h"

#include "topology/noderegistry.h"
#include "topology/topologymodel.h"

namespace bilby {

NodeMarksProxyModel::NodeMarksProxyModel(NodeRegistry *registry, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_registry(registry)
{
    connect(registry, &NodeRegistry::nodeMarksChanged, this, &NodeMarksProxyModel::onMarksChanged);
}

QVariant NodeMarksProxyModel::data(const QModelIndex &index, int role) const
{
    const QVariant value = QIdentityProxyModel::data(index, role);
    if ((role != Qt::DisplayRole && role != Qt::ToolTipRole) || !m_registry)
        return value;
    const ManagedNode *node = m_registry->entry(index.data(TopologyModel::NodeNameRole).toString());
    if (!node)
        return value;
    if (role == Qt::DisplayRole) {
        if (index.column() == TopologyModel::NameColumn && node->isProduction())
            return tr("%1 (production)").arg(value.toString());
        return value;
    }
    QString tip = value.toString();
    if (node->isProduction())
        tip += QLatin1Char('\n') + tr("Production node");
    if (node->isReadOnly())
        tip += QLatin1Char('\n') + tr("Read-only: tools cannot change this node");
    return tip;
}

void NodeMarksProxyModel::onMarksChanged(const QString &name)
{
    // A linear look-up over the top-level rows: marks change on a click, not on every sample.
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex first = index(row, 0);
        if (first.data(TopologyModel::NodeNameRole).toString() == name) {
            emit dataChanged(first, index(row, columnCount() - 1), {Qt::DisplayRole, Qt::ToolTipRole});
            return;
        }
    }
}

} // namespace bilby
