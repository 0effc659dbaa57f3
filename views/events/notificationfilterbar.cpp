#include "events/notificationfilterbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace bilby {

namespace {
constexpr qint64 Minute = qint64(60) * 1000;
constexpr qint64 Hour = Minute * 60;
constexpr qint64 Day = Hour * 24;
} // namespace

NotificationFilterBar::NotificationFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_node(new QComboBox)
    , m_origin(new QComboBox)
    , m_severity(new QComboBox)
    , m_range(new QComboBox)
    , m_search(new QLineEdit)
{
    m_node->setObjectName(QStringLiteral("notificationNode"));
    m_node->addItem(tr("All nodes"));
    m_node->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_origin->setObjectName(QStringLiteral("notificationOrigin"));
    m_origin->addItem(tr("All origins"), -1);
    for (Notification::Origin origin : Notification::allOrigins())
        m_origin->addItem(Notification::originTitle(origin), int(origin));
    m_severity->setObjectName(QStringLiteral("notificationSeverity"));
    m_severity->addItem(tr("Any severity"), -1);
    for (auto s : {Notification::Severity::Critical, Notification::Severity::Error, Notification::Severity::Warning,
                   Notification::Severity::Notice, Notification::Severity::Info})
        m_severity->addItem(tr("%1 and worse").arg(Notification::severityTitle(s)), int(s));
    m_range->setObjectName(QStringLiteral("notificationRange"));
    m_range->addItem(tr("Any time"), qint64(0));
    m_range->addItem(tr("Last 15 minutes"), Minute * 15);
    m_range->addItem(tr("Last hour"), Hour);
    m_range->addItem(tr("Last 24 hours"), Day);
    m_range->addItem(tr("Last 7 days"), Day * 7);
    m_search->setObjectName(QStringLiteral("notificationSearch"));
    m_search->setPlaceholderText(tr("Search text and details…"));
    m_search->setClearButtonEnabled(true);

    // Searching on every key press would query the store once per letter.
    m_searchPause.setSingleShot(true);
    m_searchPause.setInterval(300);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchPause.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchPause.stop();
        emit filterChanged();
    });
    connect(&m_searchPause, &QTimer::timeout, this, &NotificationFilterBar::filterChanged);
    // Nodes are inserted in order as they become known, which moves the current index but not the choice.
    connect(m_node, &QComboBox::currentTextChanged, this, &NotificationFilterBar::filterChanged);
    for (QComboBox *box : {m_origin, m_severity, m_range})
        connect(box, &QComboBox::currentIndexChanged, this, &NotificationFilterBar::filterChanged);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_node);
    layout->addWidget(m_origin);
    layout->addWidget(m_severity);
    layout->addWidget(m_range);
    layout->addWidget(m_search, 1);
}

NotificationFilter NotificationFilterBar::filter(qint64 nowMs) const
{
    NotificationFilter filter;
    if (m_node->currentIndex() > 0)
        filter.nodes = QStringList{m_node->currentText()};
    if (const int origin = m_origin->currentData().toInt(); origin >= 0)
        filter.origins = {Notification::Origin(origin)};
    if (const int severity = m_severity->currentData().toInt(); severity >= 0)
        filter.minSeverity = Notification::Severity(severity);
    if (const qint64 span = m_range->currentData().toLongLong(); span > 0)
        filter.sinceMs = nowMs - span;
    filter.search = m_search->text().trimmed();
    return filter;
}

void NotificationFilterBar::addNode(const QString &node)
{
    if (node.isEmpty() || m_node->findText(node, Qt::MatchExactly) >= 0)
        return;
    int at = 1;
    while (at < m_node->count() && m_node->itemText(at) < node)
        ++at;
    m_node->insertItem(at, node);
}

} // namespace bilby
