#pragma once

#include "alarms/alarm.h"
#include "events/notification.h"

#include <QColor>
#include <QIcon>
#include <QSortFilterProxyModel>

namespace bilby {

/// Coloured marks for alarm and notification severities, drawn at runtime (no image files) and cached.
class SeverityIcons
{
public:
    static QColor color(Alarm::Severity severity);
    static QColor color(Notification::Severity severity);
    static QIcon icon(Alarm::Severity severity);
    static QIcon icon(Notification::Severity severity);
    /// The tray's icon: the application's mark with a badge in the worst active severity (none: plain).
    static QIcon trayIcon(std::optional<Alarm::Severity> worst);
};

/**
 * @brief Adds the severity icon to one column of a model exposing the severity as an int in a role,
 * and filters like any QSortFilterProxyModel (the Alarms page keeps active rows only with it).
 */
class SeverityIconProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Kind { Alarm, Notification };
    SeverityIconProxyModel(Kind kind, int column, int severityRole, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    Kind m_kind;
    int m_column;
    int m_severityRole;
};

} // namespace bilby
