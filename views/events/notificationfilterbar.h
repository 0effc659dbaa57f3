#pragma once

#include "events/notification.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace bilby {

/**
 * @brief The Notifications page's filters: node, origin, minimum severity, a time range preset and the
 * search words. filterChanged() comes once per change, the search's after a pause in typing.
 */
class NotificationFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit NotificationFilterBar(QWidget *parent = nullptr);

    /// The filter as it stands; time presets are turned into a range ending now.
    NotificationFilter filter(qint64 nowMs) const;
    /// Offers @p node in the node list (kept sorted; known nodes are not added twice).
    void addNode(const QString &node);

    QComboBox *nodeBox() const { return m_node; }
    QComboBox *originBox() const { return m_origin; }
    QComboBox *severityBox() const { return m_severity; }
    QComboBox *rangeBox() const { return m_range; }
    QLineEdit *searchEdit() const { return m_search; }

signals:
    void filterChanged();

private:
    QComboBox *m_node;
    QComboBox *m_origin;
    QComboBox *m_severity;
    QComboBox *m_range;
    QLineEdit *m_search;
    QTimer m_searchPause;
};

} // namespace bilby
