#pragma once

#include "connection/nodesession.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QStringList>

namespace bilby {

class NodeRegistry;

/**
 * @brief The managed nodes as a tree, for the topology view.
 *
 * For now one top-level row per node, in the registry's order; node families will become parents of
 * these rows. Raw values travel in custom roles (views draw icons from StateRole: this library has no
 * QtGui); the display roles carry text only.
 */
class TopologyModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, ColumnCount };
    enum Role {
        StateRole = Qt::UserRole + 1, ///< int(NodeSession::State)
        NodeNameRole,                 ///< QString alive@host
        ErrorRole,                    ///< QString: why the node is down, or empty
    };

    explicit TopologyModel(NodeRegistry *registry, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The row of node @p name, or an invalid index.
    QModelIndex indexOf(const QString &name, int column = NameColumn) const;

private:
    void onNodeAdded(const QString &name);
    void onNodeRemoved(const QString &name);
    void onNodeChanged(const QString &name);

    QPointer<NodeRegistry> m_registry;
    QStringList m_names; ///< our own copy of the rows, so removals can be announced before they happen here
};

} // namespace bilby
