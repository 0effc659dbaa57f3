#include "tools/etspage.h"

#include "connection/agenterror.h"
#include "shell/sensitivebanner.h"
#include "tools/etsrowmodel.h"
#include "tools/etsviewer.h"
#include "tools/ownfootprint.h"
#include "topology/noderegistry.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace bilby {

namespace {

constexpr int PageRows = 100;
constexpr int RequestTimeoutMs = 10000;

QTableView *newTableView(const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

EtsPage::EtsPage(ManagedNode *node, QWidget *parent)
    : QWidget(parent)
    , m_node(node)
{
    m_tables = new EtsTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_tables);
    m_proxy->setSortRole(EtsTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_tableView = newTableView(QStringLiteral("etsTableView"), this);
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

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(list);
    m_splitter->addWidget(createContents());
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
    if (node) {
        connect(node, &ManagedNode::stateChanged, this, [this] {
            updateButtons();
            if (isVisible() && m_node && m_node->state() == NodeSession::State::Up && !m_loadedOnce)
                refreshTables();
        });
    }
    updateButtons();
}

QWidget *EtsPage::createContents()
{
    auto *contents = new QWidget(this);
    m_title = new QLabel(tr("Select a table to read its rows."), contents);
    m_title->setObjectName(QStringLiteral("tableTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_title, &QLabel::linkActivated, this, [this] {
        if (!m_current.ownerText.isEmpty())
            emit inspectProcessRequested(m_current.ownerText);
    });
    m_first = new QPushButton(tr("First"), contents);
    m_first->setObjectName(QStringLiteral("firstButton"));
    m_previous = new QPushButton(tr("Previous"), contents);
    m_previous->setObjectName(QStringLiteral("previousButton"));
    m_next = new QPushButton(tr("Next"), contents);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_key = new QLineEdit(contents);
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setPlaceholderText(tr("Key, as an Erlang term: 42, {user, <<\"ann\">>}"));
    m_key->setToolTip(tr("Parsed on the node, never evaluated"));
    m_lookup = new QPushButton(tr("Look up"), contents);
    m_lookup->setObjectName(QStringLiteral("lookupButton"));
    m_contentsStatus = new QLabel(contents);
    m_contentsStatus->setObjectName(QStringLiteral("contentsStatus"));
    m_contentsStatus->setTextFormat(Qt::PlainText);
    m_contentsStatus->setWordWrap(true);
    m_contentsStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *pager = new QHBoxLayout;
    pager->addWidget(m_first);
    pager->addWidget(m_previous);
    pager->addWidget(m_next);
    pager->addSpacing(12);
    pager->addWidget(m_key, 1);
    pager->addWidget(m_lookup);

    m_rows = new EtsRowModel(this);
    m_rowView = newTableView(QStringLiteral("etsRowView"), contents);
    m_rowView->setModel(m_rows);
    m_rowView->setProperty("sensitive", true);
    // Keys are short and rows long: the key column takes what its keys need (up to a third of the
    // view, see onPage), the row text the rest.
    m_rowView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    auto *layout = new QVBoxLayout(contents);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(new SensitiveBanner(tr("This table's rows"), contents));
    layout->addLayout(pager);
    layout->addWidget(m_contentsStatus);
    layout->addWidget(m_rowView, 1);

    connect(m_first, &QPushButton::clicked, this, &EtsPage::firstPage);
    connect(m_previous, &QPushButton::clicked, this, &EtsPage::previousPage);
    connect(m_next, &QPushButton::clicked, this, &EtsPage::nextPage);
    connect(m_lookup, &QPushButton::clicked, this, [this] { lookup(m_key->text()); });
    connect(m_key, &QLineEdit::returnPressed, this, [this] { lookup(m_key->text()); });
    connect(m_key, &QLineEdit::textChanged, this, &EtsPage::updateButtons);
    return contents;
}

bool EtsPage::canAsk() const
{
    return m_node && m_node->session() && m_node->session()->state() == NodeSession::State::Up;
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
    if (!canAsk()) {
        m_listStatus->setText(tr("Not connected to the node (or no agent)."));
        return;
    }
    m_tablesPending = true;
    m_listStatus->setText(tr("Reading…"));
    updateButtons();
    m_node->session()->request(
        EtsViewer::tablesRequest(), RequestTimeoutMs, this,
        [this](const Term &value, const ConnectionError &error) { onTables(value, AgentError::from(error)); });
}

void EtsPage::onTables(const Term &value, const AgentError &error)
{
    m_tablesPending = false;
    qint64 total = 0;
    const auto tables = error.isError() ? std::nullopt : EtsTableModel::fromTerm(value, &total);
    if (!tables) {
        m_listStatus->setText(error.isError() ? error.message() : tr("Unexpected reply from the agent."));
    } else {
        m_loadedOnce = true;
        m_allTables = *tables;
        m_total = total;
        showTables();
    }
    updateButtons();
    emit tablesLoaded();
}

void EtsPage::showTables()
{
    // The list is new, the table shown stays (and keeps its page) if it still exists.
    const QString shown = m_current.idText;
    QVector<EtsTableInfo> listed;
    for (const EtsTableInfo &t : qAsConst(m_allTables)) {
        if (!t.own || m_showOwn->isChecked())
            listed.append(t);
    }
    m_tables->setTables(listed);
    const qint64 own = m_allTables.size() - listed.size();
    QString status = m_total > m_allTables.size() ? tr("%1 of %2 tables").arg(listed.size()).arg(m_total)
                                                  : tr("%1 tables").arg(listed.size());
    if (own > 0)
        status += tr(" (%n of Bilby's own not shown)", nullptr, int(own));
    m_listStatus->setText(status);
    if (shown.isEmpty())
        return;
    const bool exists = std::any_of(m_allTables.cbegin(), m_allTables.cend(),
                                    [&shown](const EtsTableInfo &t) { return t.idText == shown; });
    if (!exists)
        m_contentsStatus->setText(tr("The table no longer exists; the rows shown are the last read."));
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
    if (table.idText == m_current.idText) {
        m_current = table; // the same table after a refresh: new figures, same page
        updateTitle();
        return;
    }
    showTable(table);
}

void EtsPage::showTable(const EtsTableInfo &table)
{
    ++m_generation;
    m_contentsPending = false;
    m_current = table;
    m_rows->clear();
    m_continuations = {Term()};
    m_page = -1;
    updateTitle();
    requestPage(0);
}

void EtsPage::updateTitle()
{
    const QString owner = QStringLiteral("<a href=\"owner\">%1</a>").arg(m_current.ownerText.toHtmlEscaped());
    m_title->setText(tr("<b>%1</b> · %2 · %3 rows · %4 · owner %5")
                         .arg(m_current.idText.toHtmlEscaped(), m_current.type, QLocale().toString(m_current.size),
                              m_current.protection, owner));
}

void EtsPage::firstPage()
{
    if (!m_current.idText.isEmpty())
        requestPage(0);
}

void EtsPage::previousPage()
{
    if (m_page > 0)
        requestPage(m_page - 1);
}

void EtsPage::nextPage()
{
    if (m_page >= 0 && m_page + 1 < m_continuations.size())
        requestPage(m_page + 1);
}

void EtsPage::requestPage(int page)
{
    if (m_contentsPending || page >= m_continuations.size())
        return;
    if (!canAsk()) {
        m_contentsStatus->setText(tr("Not connected to the node."));
        return;
    }
    m_contentsPending = true;
    updateButtons();
    const quint64 generation = m_generation;
    m_node->session()->request(EtsViewer::pageRequest(m_current.id, m_continuations.at(page), PageRows),
                               RequestTimeoutMs, this,
                               [this, generation, page](const Term &value, const ConnectionError &error) {
                                   if (generation == m_generation)
                                       onPage(page, value, AgentError::from(error));
                               });
}

void EtsPage::onPage(int page, const Term &value, const AgentError &error)
{
    m_contentsPending = false;
    if (error.isError()) {
        showContentsError(error);
    } else {
        m_page = page;
        m_rows->setRows(value.get("rows"));
        fitKeyColumn();
        // Continuations already known beyond this page stay valid, but the next one is this reply's.
        m_continuations.resize(page + 1);
        const Term next = EtsViewer::continuation(value);
        if (!next.isAtom("undefined"))
            m_continuations.append(next);
        const int first = page * PageRows + 1;
        const int count = m_rows->rowCount();
        m_contentsStatus->setText(
            count == 0 ? tr("Page %1: no rows.").arg(page + 1)
                       : tr("Page %1: rows %2 to %3%4")
                             .arg(page + 1)
                             .arg(first)
                             .arg(first + count - 1)
                             .arg(m_continuations.size() > page + 1 ? QString() : tr(", the last page")));
    }
    updateButtons();
    emit contentsLoaded();
}

void EtsPage::fitKeyColumn()
{
    m_rowView->resizeColumnToContents(0);
    const int most = std::max(120, m_rowView->viewport()->width() / 3);
    if (m_rowView->columnWidth(0) > most)
        m_rowView->setColumnWidth(0, most);
}

void EtsPage::lookup(const QString &keyText)
{
    if (m_current.idText.isEmpty() || keyText.trimmed().isEmpty() || m_contentsPending)
        return;
    if (!canAsk()) {
        m_contentsStatus->setText(tr("Not connected to the node."));
        return;
    }
    m_contentsPending = true;
    updateButtons();
    const quint64 generation = m_generation;
    m_node->session()->request(EtsViewer::lookupRequest(m_current.id, keyText.trimmed()), RequestTimeoutMs, this,
                               [this, generation, keyText](const Term &value, const ConnectionError &error) {
                                   if (generation == m_generation)
                                       onLookup(keyText.trimmed(), value, AgentError::from(error));
                               });
}

void EtsPage::onLookup(const QString &keyText, const Term &value, const AgentError &error)
{
    m_contentsPending = false;
    if (error.isError()) {
        showContentsError(error);
    } else {
        m_page = -1; // First goes back to the pages
        m_rows->setRows(value.get("rows"));
        fitKeyColumn();
        const qint64 total = value.get("total").toInt();
        m_contentsStatus->setText(
            total > m_rows->rowCount()
                ? tr("%1 rows with the key %2; the first %3 are shown.").arg(total).arg(keyText).arg(m_rows->rowCount())
                : tr("%n row(s) with the key %1.", nullptr, int(total)).arg(keyText));
    }
    updateButtons();
    emit contentsLoaded();
}

void EtsPage::showContentsError(const AgentError &error)
{
    if (error.kind == AgentError::Kind::PrivateTable) {
        AgentError withOwner = error;
        if (withOwner.pidText.isEmpty())
            withOwner.pidText = m_current.ownerText;
        m_rows->clear();
        m_contentsStatus->setText(withOwner.message());
        return;
    }
    // The rows shown stay: they are the last read; the status says what went wrong.
    m_contentsStatus->setText(error.message());
}

void EtsPage::updateButtons()
{
    const bool table = !m_current.idText.isEmpty() && !m_contentsPending;
    m_first->setEnabled(table);
    m_previous->setEnabled(table && m_page > 0);
    m_next->setEnabled(table && m_page >= 0 && m_page + 1 < m_continuations.size());
    m_lookup->setEnabled(table && !m_key->text().trimmed().isEmpty());
    m_refresh->setEnabled(!m_tablesPending);
}

} // namespace bilby
