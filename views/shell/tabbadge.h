#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QTabWidget;
class QWidget;

namespace bilby {

/**
 * @brief Counts what is new on a tab since the user last looked at it, in the tab's text: "Alarms (2)".
 *
 * Whatever arrives while the tab is in front (and the window active or not) is seen; the count goes
 * back to zero when the tab comes to the front.
 */
class TabBadge : public QObject
{
    Q_OBJECT
public:
    TabBadge(QTabWidget *tabs, QWidget *page, QString title, QObject *parent = nullptr);

    int count() const { return m_count; }
    /// @p n more new things, unless the tab is the one on screen.
    void add(int n = 1);

private:
    bool isViewed() const;
    void update();

    QPointer<QTabWidget> m_tabs;
    QPointer<QWidget> m_page;
    QString m_title;
    int m_count = 0;
};

} // namespace bilby
