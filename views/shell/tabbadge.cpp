#include "shell/tabbadge.h"

#include <QTabWidget>

#include <utility>

namespace bilby {

TabBadge::TabBadge(QTabWidget *tabs, QWidget *page, QString title, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_page(page)
    , m_title(std::move(title))
{
    connect(tabs, &QTabWidget::currentChanged, this, [this] {
        if (isViewed() && m_count > 0) {
            m_count = 0;
            update();
        }
    });
    update();
}

void TabBadge::add(int n)
{
    if (n <= 0 || isViewed())
        return;
    m_count += n;
    update();
}

bool TabBadge::isViewed() const
{
    return m_tabs && m_page && m_tabs->currentWidget() == m_page;
}

void TabBadge::update()
{
    if (!m_tabs || !m_page)
        return;
    const int index = m_tabs->indexOf(m_page);
    if (index < 0)
        return;
    m_tabs->setTabText(index, m_count > 0 ? tr("%1 (%2)").arg(m_title).arg(m_count) : m_title);
}

} // namespace bilby
