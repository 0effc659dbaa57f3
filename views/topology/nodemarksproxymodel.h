#pragma once

#include <QIdentityProxyModel>
#include <QPointer>

namespace bilby {

class NodeRegistry;

/**
 * @brief Shows each node's marks in the topology: a "production" tag after the name, and the production
 * mark and read-only mode in the tooltip.
 *
 * Sits over a model with TopologyModel's roles; the marks live on the registry's nodes, so the proxy
 * announces a row's change itself when the registry says a node's marks changed.
 */
class NodeMarksProxyModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit NodeMarksProxyModel(NodeRegistry *registry, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void onMarksChanged(const QString &name);

    QPointer<NodeRegistry> m_registry;
};

} // namespace bilby
