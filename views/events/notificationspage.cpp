#include "events/notificationspage.h"

#include "alarms/alarmcenter.h"
#include "events/notificationfilterbar.h"
#include "events/notificationtablemodel.h"
#include "shell/severityicons.h"
#include "store/metricstore.h"
#include "topology/noderegistry.h"

#include <QAction>
#include <QDateTime>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace bilby {

NotificationsPage::NotificationsPage(AlarmCenter *center, NodeRegistry *registry, QWidget *parent)
    : QWidget(parent)
    , m_center(center)
    , m_store(center->store())
    , m_filters(new NotificationFilterBar)
    , m_model(new NotificationTableModel(this))
    , m_proxy(new SeverityIconProxyModel(SeverityIconProxyModel::Kind::Notification,
                                         NotificationTableModel::SeverityColumn, NotificationTableModel::SeverityRole,
                                         this))
    , m_table(new QTableView)
    , m_details(new QPlainTextEdit)
    , m_newBar(new QPushButton)
    , m_memoryNotice(new QLabel)
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("notificationsPage"));
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("notificationTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Fixed widths: fitting the contents would measure every loaded row on each page.
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->horizontalHeader()->resizeSection(NotificationTableModel::TimeColumn, digit * 26);
    m_table->horizontalHeader()->resizeSection(NotificationTableModel::NodeColumn, digit * 28);
    m_table->horizontalHeader()->resizeSection(NotificationTableModel::OriginColumn, digit * 14);
    m_table->horizontalHeader()->resizeSection(NotificationTableModel::SeverityColumn, digit * 12);
    m_details->setObjectName(QStringLiteral("notificationDetails"));
    m_details->setReadOnly(true);
    // Reports and configuration values are Erlang terms laid out by the node: they read in a fixed font.
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_newBar->setObjectName(QStringLiteral("notificationNewBar"));
    m_newBar->setToolTip(tr("Show the entries that arrived while you were reading"));
    m_newBar->hide();
    m_memoryNotice->setObjectName(QStringLiteral("notificationMemoryNotice"));
    m_memoryNotice->setWordWrap(true);
    m_memoryNotice->setText(tr("The timeline is in memory only: the history file is not available, so this page "
                               "shows the last %L1 entries of this session.")
                                .arg(AlarmCenter::MaxRecent));
    m_status->setObjectName(QStringLiteral("notificationStatus"));

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_memoryNotice);
    layout->addWidget(m_newBar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);

    // New entries are gathered and shown at most five times a second, whatever the rate.
    m_liveTimer.setSingleShot(true);
    m_liveTimer.setInterval(200);
    connect(&m_liveTimer, &QTimer::timeout, this, &NotificationsPage::fetchNewer);
    connect(m_filters, &NotificationFilterBar::filterChanged, this, &NotificationsPage::reload);
    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_filters->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filters->searchEdit()->selectAll();
    });
    addAction(find);
    connect(m_newBar, &QPushButton::clicked, this, &NotificationsPage::showPending);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == 0 && m_pendingCount > 0)
            showPending(); // back at the top: what waited there is what the reader came for
        maybeFetchOlder();
    });
    // Rows that do not fill the list (a short page, a taller window) call for the next page.
    connect(m_table->verticalScrollBar(), &QScrollBar::rangeChanged, this, &NotificationsPage::maybeFetchOlder);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &NotificationsPage::showDetails);
    connect(center, &AlarmCenter::notificationAdded, this, &NotificationsPage::onAdded);
    if (m_store) {
        connect(m_store, &MetricStore::notificationsStored, this, [this](qint64 lastId) {
            if (!isMemoryOnly() && lastId > m_newestId && !m_liveTimer.isActive())
                m_liveTimer.start();
        });
        connect(m_store, &MetricStore::failed, this, &NotificationsPage::reload);
        connect(m_store, &MetricStore::recovered, this, &NotificationsPage::reload);
    }
    if (registry) {
        for (const QString &name : registry->names())
            m_filters->addNode(name);
        connect(registry, &NodeRegistry::nodeAdded, m_filters, &NotificationFilterBar::addNode);
    }
    reload();
}

bool NotificationsPage::isMemoryOnly() const
{
    return !m_store || m_store->isFailed();
}

void NotificationsPage::reload()
{
    ++m_generation;
    m_filter = m_filters->filter(QDateTime::currentMSecsSinceEpoch());
    m_model->clear();
    m_pending.clear();
    m_pendingCount = 0;
    m_pendingIncomplete = false;
    m_incoming.clear();
    m_memoryOlder.clear();
    m_newestId = 0;
    m_more = false;
    m_loading = false;
    m_fetchingNewer = false;
    m_newerAgain = false;
    m_error.clear();
    m_newBar->hide();
    m_memoryNotice->setVisible(isMemoryOnly());
    if (isMemoryOnly() && m_center) {
        const QVector<Notification> recent = m_center->recent(); // oldest first
        for (const Notification &n : recent) {
            if (NotificationTableModel::matches(n, m_filter))
                m_memoryOlder.append(n);
        }
        m_more = !m_memoryOlder.isEmpty();
    }
    fetchOlder();
    emit pendingChanged(0);
}

void NotificationsPage::fetchOlder()
{
    if (m_loading)
        return;
    if (isMemoryOnly()) {
        QVector<Notification> page;
        while (!m_memoryOlder.isEmpty() && page.size() < m_pageSize)
            page.append(m_memoryOlder.takeLast());
        m_more = !m_memoryOlder.isEmpty();
        m_model->appendOlder(page);
        updateStatus();
        emit pageLoaded(int(page.size()));
        QTimer::singleShot(0, this, &NotificationsPage::maybeFetchOlder);
        return;
    }
    if (m_model->rowCount() > 0 && !m_more)
        return;
    m_loading = true;
    updateStatus();
    const int generation = m_generation;
    m_store->queryNotifications(m_filter, m_model->oldestId(), m_pageSize, this,
                                [this, generation](const NotificationPage &page, const StoreError &error) {
                                    onStoreAnswer(generation, page, error);
                                });
}

void NotificationsPage::onStoreAnswer(int generation, const NotificationPage &page, const StoreError &error)
{
    if (generation != m_generation)
        return; // the filter changed meanwhile
    m_loading = false;
    m_error = error.isError() ? error.message : QString();
    m_more = page.more && !error.isError();
    if (!page.items.isEmpty())
        m_newestId = std::max(m_newestId, page.items.constFirst().id);
    for (const Notification &n : page.items)
        m_filters->addNode(n.node);
    m_model->appendOlder(page.items);
    updateStatus();
    emit pageLoaded(int(page.items.size()));
    // Once the view has laid the rows out (its layout is deferred too): do they fill it?
    QTimer::singleShot(0, this, &NotificationsPage::maybeFetchOlder);
}

void NotificationsPage::maybeFetchOlder()
{
    // Near the bottom, or a list too short to scroll: the next page comes before the reader waits for it.
    // Hidden, the list has no height yet to tell.
    const QScrollBar *bar = m_table->verticalScrollBar();
    if (m_more && !m_loading && m_table->isVisible() && bar->value() >= bar->maximum() - 5)
        fetchOlder();
}

void NotificationsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    maybeFetchOlder();
}

void NotificationsPage::onAdded(const Notification &n)
{
    if (!isMemoryOnly())
        return; // the store says when it has them, with their ids
    m_incoming.append(n);
    if (!m_liveTimer.isActive())
        m_liveTimer.start();
}

void NotificationsPage::fetchNewer()
{
    if (isMemoryOnly()) {
        QVector<Notification> newer;
        for (auto it = m_incoming.crbegin(); it != m_incoming.crend(); ++it) {
            if (NotificationTableModel::matches(*it, m_filter))
                newer.append(*it);
        }
        m_incoming.clear();
        deliverNewer(newer, false);
        return;
    }
    if (m_fetchingNewer) {
        m_newerAgain = true;
        return;
    }
    m_fetchingNewer = true;
    const int generation = m_generation;
    m_store->queryNotifications(
        m_filter, 0, m_pageSize, this, [this, generation](const NotificationPage &page, const StoreError &) {
            if (generation != m_generation)
                return;
            m_fetchingNewer = false;
            QVector<Notification> newer;
            for (const Notification &n : page.items) {
                if (n.id > m_newestId)
                    newer.append(n);
            }
            // All of a full page is new: there may be more between it and what the list holds.
            const bool incomplete = page.more && !newer.isEmpty() && newer.size() == page.items.size() &&
                                    m_model->rowCount() + m_pendingCount > 0;
            if (!newer.isEmpty())
                m_newestId = newer.constFirst().id;
            if (m_model->rowCount() == 0 && m_pendingCount == 0)
                m_more = page.more; // these are the list's first page
            deliverNewer(newer, incomplete);
            if (std::exchange(m_newerAgain, false))
                fetchNewer();
        });
}

void NotificationsPage::deliverNewer(const QVector<Notification> &newestFirst, bool incomplete)
{
    if (newestFirst.isEmpty())
        return;
    if (isAtTop() && m_pendingCount == 0 && !incomplete) {
        prepend(newestFirst);
        return;
    }
    m_pendingCount += int(newestFirst.size());
    m_pendingIncomplete = m_pendingIncomplete || incomplete;
    if (isAtTop() && m_pendingIncomplete) {
        reload(); // at the top the reader sees the newest anyway; a gap must not show
        return;
    }
    // Once there is a gap, showing them reloads: only the count is kept, however long the reader stays away.
    if (m_pendingIncomplete)
        m_pending.clear();
    else
        m_pending = newestFirst + m_pending;
    m_newBar->setText(m_pendingIncomplete ? tr("More than %Ln new: show the newest", nullptr, m_pendingCount)
                                          : tr("%Ln new: show them", nullptr, m_pendingCount));
    m_newBar->show();
    emit pendingChanged(m_pendingCount);
}

void NotificationsPage::showPending()
{
    if (m_pendingCount == 0)
        return;
    if (m_pendingIncomplete) {
        reload();
    } else {
        prepend(m_pending);
        m_pending.clear();
        m_pendingCount = 0;
        m_newBar->hide();
        emit pendingChanged(0);
    }
    m_table->scrollToTop();
    updateStatus();
}

void NotificationsPage::prepend(const QVector<Notification> &newestFirst)
{
    m_model->prependNewer(newestFirst);
    // A tail left running for days must not hold the whole timeline: the oldest rows go, and come back
    // as an older page when the reader scrolls down to them.
    const QVector<Notification> dropped = m_model->keepNewest(m_maxRows);
    if (!dropped.isEmpty()) {
        m_more = true;
        if (isMemoryOnly()) {
            for (auto it = dropped.crbegin(); it != dropped.crend(); ++it)
                m_memoryOlder.append(*it); // they are newer than every entry waiting there
        }
    }
    updateStatus();
}

bool NotificationsPage::isAtTop() const
{
    return m_table->verticalScrollBar()->value() == 0;
}

void NotificationsPage::showDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const auto n = current.data(NotificationTableModel::NotificationRole).value<Notification>();
    QString text =
        tr("%1   %2   %3   %4")
            .arg(QDateTime::fromMSecsSinceEpoch(n.timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                 n.node.isEmpty() ? tr("(console)") : n.node, Notification::originTitle(n.origin),
                 Notification::severityTitle(n.severity));
    text += QStringLiteral("\n\n") + n.text;
    if (!n.details.isEmpty())
        text += QStringLiteral("\n\n") + n.details;
    m_details->setPlainText(text);
}

void NotificationsPage::updateStatus()
{
    QString text;
    if (!m_error.isEmpty())
        text = tr("The history cannot be read: %1").arg(m_error);
    else if (m_loading)
        text = tr("Loading…");
    else if (m_model->rowCount() == 0)
        text = tr("No notification matches.");
    else if (m_more)
        text = tr("%Ln entries shown; scroll down for older ones.", nullptr, m_model->rowCount());
    else
        text = tr("%Ln entries shown, the oldest included.", nullptr, m_model->rowCount());
    m_status->setText(text);
}

} // namespace bilby
