#include "tools/etscontents.h"

#include "connection/agenterror.h"
#include "shell/sensitivebanner.h"
#include "tools/etsbrowser.h"
#include "tools/etsrowmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace bilby {

QTableView *newEtsTableView(const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

EtsContents::EtsContents(EtsBrowser *browser, QWidget *parent)
    : QWidget(parent)
    , m_browser(browser)
{
    m_title = new QLabel(tr("Select a table to read its rows."), this);
    m_title->setObjectName(QStringLiteral("tableTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_title, &QLabel::linkActivated, this, [this] {
        if (!m_current.ownerText.isEmpty())
            emit inspectProcessRequested(m_current.ownerText);
    });
    m_first = new QPushButton(tr("First"), this);
    m_first->setObjectName(QStringLiteral("firstButton"));
    m_previous = new QPushButton(tr("Previous"), this);
    m_previous->setObjectName(QStringLiteral("previousButton"));
    m_next = new QPushButton(tr("Next"), this);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setPlaceholderText(tr("Key, as an Erlang term: 42, {user, <<\"ann\">>}"));
    m_key->setToolTip(tr("Parsed on the node, never evaluated"));
    m_lookup = new QPushButton(tr("Look up"), this);
    m_lookup->setObjectName(QStringLiteral("lookupButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("contentsStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *pager = new QHBoxLayout;
    pager->addWidget(m_first);
    pager->addWidget(m_previous);
    pager->addWidget(m_next);
    pager->addSpacing(12);
    pager->addWidget(m_key, 1);
    pager->addWidget(m_lookup);

    m_rows = new EtsRowModel(this);
    m_rowView = newEtsTableView(QStringLiteral("etsRowView"), this);
    m_rowView->setModel(m_rows);
    m_rowView->setProperty("sensitive", true);
    // Keys are short and rows long: the key column takes what its keys need (up to a third of the
    // view, see fitKeyColumn), the row text the rest.
    m_rowView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(new SensitiveBanner(tr("This table's rows"), this));
    layout->addLayout(pager);
    layout->addWidget(m_status);
    layout->addWidget(m_rowView, 1);

    connect(m_first, &QPushButton::clicked, this, &EtsContents::firstPage);
    connect(m_previous, &QPushButton::clicked, this, &EtsContents::previousPage);
    connect(m_next, &QPushButton::clicked, this, &EtsContents::nextPage);
    connect(m_lookup, &QPushButton::clicked, this, [this] { lookup(m_key->text()); });
    connect(m_key, &QLineEdit::returnPressed, this, [this] { lookup(m_key->text()); });
    connect(m_key, &QLineEdit::textChanged, this, &EtsContents::updateButtons);
    updateButtons();
}

void EtsContents::showTable(const EtsTableInfo &table)
{
    ++m_generation;
    m_pending = false;
    m_current = table;
    m_rows->clear();
    m_cursors = {std::nullopt};
    m_page = -1;
    updateTitle();
    requestPage(0);
}

void EtsContents::updateTable(const EtsTableInfo &table)
{
    m_current = table;
    updateTitle();
}

void EtsContents::tableGone()
{
    m_status->setText(tr("The table no longer exists; the rows shown are the last read."));
}

void EtsContents::updateTitle()
{
    const QString owner = QStringLiteral("<a href=\"owner\">%1</a>").arg(m_current.ownerText.toHtmlEscaped());
    m_title->setText(tr("<b>%1</b> · %2 · %3 rows · %4 · owner %5")
                         .arg(m_current.idText.toHtmlEscaped(), m_current.type, QLocale().toString(m_current.size),
                              m_current.protection, owner));
}

void EtsContents::firstPage()
{
    if (!m_current.idText.isEmpty())
        requestPage(0);
}

void EtsContents::previousPage()
{
    if (m_page > 0)
        requestPage(m_page - 1);
}

void EtsContents::nextPage()
{
    if (m_page >= 0 && m_page + 1 < m_cursors.size())
        requestPage(m_page + 1);
}

void EtsContents::requestPage(int page)
{
    if (m_pending || page >= m_cursors.size())
        return;
    if (!m_browser || !m_browser->isAvailable()) {
        m_status->setText(tr("Not connected to the node."));
        return;
    }
    m_pending = true;
    updateButtons();
    const quint64 generation = m_generation;
    m_browser->page(m_current, m_cursors.at(page), PageRows, this,
                    [this, generation, page](const ToolReply<EtsRows> &reply) {
                        if (generation == m_generation)
                            onPage(page, reply);
                    });
}

void EtsContents::onPage(int page, const ToolReply<EtsRows> &reply)
{
    m_pending = false;
    if (!showError(reply.error, reply.ok())) {
        m_page = page;
        m_rows->setRows(reply.value->rows);
        fitKeyColumn();
        // Cursors already known beyond this page stay valid, but the next one is this reply's.
        m_cursors.resize(page + 1);
        if (reply.value->next)
            m_cursors.append(reply.value->next);
        const int first = page * PageRows + 1;
        const int count = m_rows->rowCount();
        m_status->setText(count == 0 ? tr("Page %1: no rows.").arg(page + 1)
                                     : tr("Page %1: rows %2 to %3%4")
                                           .arg(page + 1)
                                           .arg(first)
                                           .arg(first + count - 1)
                                           .arg(m_cursors.size() > page + 1 ? QString() : tr(", the last page")));
    }
    updateButtons();
    emit contentsLoaded();
}

void EtsContents::fitKeyColumn()
{
    m_rowView->resizeColumnToContents(0);
    const int most = std::max(120, m_rowView->viewport()->width() / 3);
    if (m_rowView->columnWidth(0) > most)
        m_rowView->setColumnWidth(0, most);
}

void EtsContents::lookup(const QString &keyText)
{
    if (m_current.idText.isEmpty() || keyText.trimmed().isEmpty() || m_pending)
        return;
    if (!m_browser || !m_browser->isAvailable()) {
        m_status->setText(tr("Not connected to the node."));
        return;
    }
    m_pending = true;
    updateButtons();
    const quint64 generation = m_generation;
    const QString key = keyText.trimmed();
    m_browser->lookup(m_current, key, this, [this, generation, key](const ToolReply<EtsRows> &reply) {
        if (generation == m_generation)
            onLookup(key, reply);
    });
}

void EtsContents::onLookup(const QString &keyText, const ToolReply<EtsRows> &reply)
{
    m_pending = false;
    if (!showError(reply.error, reply.ok())) {
        m_page = -1; // First goes back to the pages
        m_rows->setRows(reply.value->rows);
        fitKeyColumn();
        const qint64 total = reply.value->total;
        m_status->setText(
            total > m_rows->rowCount()
                ? tr("%1 rows with the key %2; the first %3 are shown.").arg(total).arg(keyText).arg(m_rows->rowCount())
                : tr("%n row(s) with the key %1.", nullptr, int(total)).arg(keyText));
    }
    updateButtons();
    emit contentsLoaded();
}

bool EtsContents::showError(const AgentError &error, bool decoded)
{
    if (!error.isError() && decoded)
        return false;
    if (error.kind == AgentError::Kind::PrivateTable) {
        AgentError withOwner = error;
        if (withOwner.pidText.isEmpty())
            withOwner.pidText = m_current.ownerText;
        m_rows->clear();
        m_status->setText(withOwner.message());
        return true;
    }
    // The rows shown stay: they are the last read; the status says what went wrong.
    m_status->setText(error.isError() ? error.message() : tr("Unexpected reply from the agent."));
    return true;
}

void EtsContents::updateButtons()
{
    const bool table = !m_current.idText.isEmpty() && !m_pending;
    m_first->setEnabled(table);
    m_previous->setEnabled(table && m_page > 0);
    m_next->setEnabled(table && m_page >= 0 && m_page + 1 < m_cursors.size());
    m_lookup->setEnabled(table && !m_key->text().trimmed().isEmpty());
}

} // namespace bilby
