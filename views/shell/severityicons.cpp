#include "shell/severityicons.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace bilby {

namespace {

QIcon mark(const QColor &color)
{
    // Several sizes, so high-DPI screens get a sharp mark rather than a scaled one.
    QIcon icon;
    for (int size : {16, 32, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(color.darker(150), qMax(1.0, size / 16.0)));
        painter.setBrush(color);
        const qreal margin = size / 5.0;
        painter.drawRoundedRect(QRectF(margin, margin, size - 2 * margin, size - 2 * margin), size / 8.0, size / 8.0);
        icon.addPixmap(pixmap);
    }
    return icon;
}

template <typename Severity>
QIcon cached(Severity severity, int base)
{
    static QHash<int, QIcon> cache;
    const int key = base + int(severity);
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, mark(SeverityIcons::color(severity)));
    return it.value();
}

} // namespace

QColor SeverityIcons::color(Alarm::Severity severity)
{
    switch (severity) {
    case Alarm::Severity::Critical:
        return {0xc6, 0x28, 0x28};
    case Alarm::Severity::Major:
        return {0xef, 0x6c, 0x00};
    case Alarm::Severity::Minor:
        return {0xf9, 0xa8, 0x25};
    case Alarm::Severity::Warning:
        return {0x42, 0x85, 0xf4};
    }
    return {Qt::gray};
}

QColor SeverityIcons::color(Notification::Severity severity)
{
    switch (severity) {
    case Notification::Severity::Critical:
        return {0xc6, 0x28, 0x28};
    case Notification::Severity::Error:
        return {0xef, 0x6c, 0x00};
    case Notification::Severity::Warning:
        return {0xf9, 0xa8, 0x25};
    case Notification::Severity::Notice:
        return {0x42, 0x85, 0xf4};
    case Notification::Severity::Info:
        return {0x9e, 0x9e, 0x9e};
    case Notification::Severity::Debug:
        return {0xcf, 0xcf, 0xcf};
    }
    return {Qt::gray};
}

QIcon SeverityIcons::icon(Alarm::Severity severity)
{
    return cached(severity, 0);
}

QIcon SeverityIcons::icon(Notification::Severity severity)
{
    return cached(severity, 100);
}

QIcon SeverityIcons::trayIcon(std::optional<Alarm::Severity> worst)
{
    static QHash<int, QIcon> cache;
    const int key = worst ? int(*worst) : -1;
    auto it = cache.find(key);
    if (it != cache.end())
        return it.value();
    const QIcon base(QStringLiteral(":/icons/bilby.svg"));
    QIcon icon;
    for (int size : {16, 22, 32, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(Qt::transparent);
        }
        if (worst) {
            // A filled dot in the lower right corner, large enough to read at 16 pixels.
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            const QColor c = color(*worst);
            painter.setPen(QPen(Qt::white, qMax(1.0, size / 16.0)));
            painter.setBrush(c);
            const qreal d = size * 0.55;
            painter.drawEllipse(QRectF(size - d, size - d, d - 0.5, d - 0.5));
        }
        icon.addPixmap(pixmap);
    }
    return cache.insert(key, icon).value();
}

SeverityIconProxyModel::SeverityIconProxyModel(Kind kind, int column, int severityRole, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_kind(kind)
    , m_column(column)
    , m_severityRole(severityRole)
{}

QVariant SeverityIconProxyModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == m_column) {
        const QVariant severity = QSortFilterProxyModel::data(index, m_severityRole);
        if (severity.isValid())
            return m_kind == Kind::Alarm ? SeverityIcons::icon(Alarm::Severity(severity.toInt()))
                                         : SeverityIcons::icon(Notification::Severity(severity.toInt()));
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace bilby
