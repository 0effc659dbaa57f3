#include "tools/etspage.h"

#include "tools/etsbrowser.h"
#include "tools/etscontents.h"
#include "tools/etsrowmodel.h"
#include "tools/ownfootprint.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace bilby {

EtsPage::EtsPage(ManagedNode *node, QWidget *parent)
    : EtsPage(new LiveEtsBrowser(node), parent)
{}

EtsPage::EtsPage(EtsBrowser *browser, QWidget *parent)
    : QWidget(parent)
    , m_browser(browser)
{
    if (browser && !browser->parent())
        browser->setParent(this);
    m_tables = new EtsTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_tables);
    m_proxy->setSortRole(EtsTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_tableView = newEtsTableView(QStringLiteral("etsTableView"), this);
    m_tableView->setModel(m_proxy);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(EtsTableModel::MemoryColumn, Qt::DescendingOrder);
    m_tableView->setToolTip(tr("Select a table to read its rows; double-click its owner to inspect it"));

    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshTablesButton"));
    m_nameFilter = new QLineEdit(this);
    m_nameFilter->setObjectName(QStringLiteral("tableFilterEdit"));
    m_nameFilter->setPlaceholderText(tr("Find a table"));
    m_nameFilter->setClearButtonEnabled(true);
    m_showOwn = newOwnFootprintCheck(this);
    m_listStatus = new QLabel(this);
    m_listStatus->setObjectName(QStringLiteral("tablesStatus"));
    auto *listBar = new QHBoxLayout;
    listBar->addWidget(m_nameFilter, 1);
    listBar->addWidget(m_showOwn);
    listBar->addWidget(m_refresh);
    listBar->addWidget(m_listStatus);
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(listBar);
    listLayout->addWidget(m_tableView, 1);

    m_contents = new EtsContents(browser, this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(list);
    m_splitter->addWidget(m_contents);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_refresh, &QPushButton::clicked, this, &EtsPage::refreshTables);
    connect(m_showOwn, &QCheckBox::toggled, this, &EtsPage::showTables);
    connect(m_nameFilter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_tableView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.column() == EtsTableModel::OwnerColumn)
            emit inspectProcessRequested(m_tables->tableAt(m_proxy->mapToSource(index).row()).ownerText);
    });
    connect(m_contents, &EtsContents::contentsLoaded, this, &EtsPage::contentsLoaded);
    connect(m_contents, &EtsContents::inspectProcessRequested, this, &EtsPage::inspectProcessRequested);
    if (browser) {
        connect(browser, &ToolSource::availabilityChanged, this, [this] {
            updateButtons();
            if (isVisible() && m_browser && m_browser->isAvailable() && !m_loadedOnce)
                refreshTables();
        });
    }
    updateButtons();
}

EtsRowModel *EtsPage::rowModel() const
{
    return m_contents->rowModel();
}
QTableView *EtsPage::rowView() const
{
    return m_contents->rowView();
}
QPushButton *EtsPage::firstButton() const
{
    return m_contents->firstButton();
}
QPushButton *EtsPage::previousButton() const
{
    return m_contents->previousButton();
}
QPushButton *EtsPage::nextButton() const
{
    return m_contents->nextButton();
}
QLineEdit *EtsPage::keyEdit() const
{
    return m_contents->keyEdit();
}
QPushButton *EtsPage::lookupButton() const
{
    return m_contents->lookupButton();
}
QLabel *EtsPage::titleLabel() const
{
    return m_contents->titleLabel();
}
QLabel *EtsPage::contentsStatus() const
{
    return m_contents->statusLabel();
}
int EtsPage::pageNumber() const
{
    return m_contents->pageNumber();
}
QString EtsPage::currentTable() const
{
    return m_contents->table().idText;
}
void EtsPage::firstPage()
{
    m_contents->firstPage();
}
void EtsPage::previousPage()
{
    m_contents->previousPage();
}
void EtsPage::nextPage()
{
    m_contents->nextPage();
}
void EtsPage::lookup(const QString &keyText)
{
    m_contents->lookup(keyText);
}

void EtsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        refreshTables();
}

void EtsPage::refreshTables()
{
    if (m_tablesPending)
        return;
    if (!m_browser || !m_browser->isAvailable()) {
        m_listStatus->setText(tr("Not connected to the node (or no agent)."));
        return;
    }
    m_tablesPending = true;
    m_listStatus->setText(tr("Reading…"));
    updateButtons();
    m_browser->tables(this, [this](const ToolReply<EtsTableList> &reply) { onTables(reply); });
}

void EtsPage::onTables(const ToolReply<EtsTableList> &reply)
{
    m_tablesPending = false;
    if (!reply.ok()) {
        m_listStatus->setText(reply.error.isError() ? reply.error.message() : tr("Unexpected reply from the agent."));
    } else {
        m_loadedOnce = true;
        m_list = *reply.value;
        showTables();
    }
    updateButtons();
    emit tablesLoaded();
}

void EtsPage::showTables()
{
    // The list is new, the table shown stays (and keeps its page) if it still exists.
    const QString shown = currentTable();
    QVector<EtsTableInfo> listed;
    for (const EtsTableInfo &t : std::as_const(m_list.tables)) {
        if (!t.own || m_showOwn->isChecked())
            listed.append(t);
    }
    m_tables->setTables(listed);
    const qint64 own = m_list.tables.size() - listed.size();
    QString status = m_list.total > m_list.tables.size() ? tr("%1 of %2 tables").arg(listed.size()).arg(m_list.total)
                                                         : tr("%1 tables").arg(listed.size());
    if (own > 0)
        status += tr(" (%n of Bilby's own not shown)", nullptr, int(own));
    m_listStatus->setText(status);
    if (shown.isEmpty())
        return;
    const bool exists = std::any_of(m_list.tables.cbegin(), m_list.tables.cend(),
                                    [&shown](const EtsTableInfo &t) { return t.idText == shown; });
    if (!exists)
        m_contents->tableGone();
    else
        selectTable(shown); // false when it is one of Bilby's, now hidden: its rows stay
}

bool EtsPage::selectTable(const QString &idText)
{
    const int row = m_tables->rowOfId(idText);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_tables->index(row, 0));
    if (!index.isValid())
        return false;
    m_tableView->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void EtsPage::onCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    const EtsTableInfo &table = m_tables->tableAt(m_proxy->mapToSource(current).row());
    if (table.idText == currentTable())
        m_contents->updateTable(table); // the same table after a refresh: new figures, same page
    else
        m_contents->showTable(table);
}

void EtsPage::updateButtons()
{
    m_refresh->setEnabled(!m_tablesPending);
}

} // namespace bilby
