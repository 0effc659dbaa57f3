#include "shell/stateicons.h"

#include "topology/topologymodel.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace bilby {

namespace {

QPixmap dot(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color.darker(140), qMax(1.0, size / 16.0)));
    painter.setBrush(color);
    const qreal margin = size / 4.0;
    painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
    return pixmap;
}

} // namespace

QColor StateIcons::color(NodeSession::State state)
{
    switch (state) {
    case NodeSession::State::Idle:
        return {0x9e, 0x9e, 0x9e};
    case NodeSession::State::Connecting:
        return {0xe0, 0xb0, 0x20};
    case NodeSession::State::Up:
        return {0x2e, 0xa0, 0x48};
    case NodeSession::State::Agentless:
        return {0x3a, 0x7b, 0xc8};
    case NodeSession::State::Down:
        return {0xd0, 0x33, 0x33};
    }
    return {Qt::gray};
}

QIcon StateIcons::icon(NodeSession::State state)
{
    // Several sizes, so high-DPI screens get a sharp dot rather than a scaled one.
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(state));
    if (it == cache.end()) {
        QIcon icon;
        for (int size : {16, 32, 64})
            icon.addPixmap(dot(color(state), size));
        it = cache.insert(int(state), icon);
    }
    return it.value();
}

QVariant StateIconProxyModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == 0) {
        const QVariant state = QIdentityProxyModel::data(index, TopologyModel::StateRole);
        if (state.isValid())
            return StateIcons::icon(NodeSession::State(state.toInt()));
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace bilby
