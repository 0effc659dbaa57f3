#pragma once

#include "connection/nodesession.h"

#include <QColor>
#include <QIcon>
#include <QIdentityProxyModel>

namespace bilby {

/// Coloured dots for connection states, drawn once at runtime and cached.
class StateIcons
{
public:
    static QColor color(NodeSession::State state);
    static QIcon icon(NodeSession::State state);
};

/**
 * @brief Adds state icons to the first column of a model that exposes TopologyModel::StateRole.
 *
 * The model library has no QtGui, so the icon is a view concern: it lives in this proxy.
 */
class StateIconProxyModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace bilby
