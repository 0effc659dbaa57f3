#pragma once

#include "tools/etstablemodel.h"

#include <QPointer>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace bilby {

class EtsRowModel;
class ManagedNode;
struct AgentError;

/**
 * @brief The ETS viewer (SPEC X4): every table of the node, and the rows of the selected one a page of
 * 100 at a time, or the rows of one key.
 *
 * Pages follow the agent's continuations: the page keeps the continuation that led to each page it
 * showed, so First, Previous and Next cost one page each on the node. Keys are Erlang terms in text,
 * parsed on the node and never evaluated. Rows are sensitive and marked so. A private table says who
 * owns it; the owner (and any table's) opens in the process inspector.
 */
class EtsPage : public QWidget
{
    Q_OBJECT
public:
    explicit EtsPage(ManagedNode *node, QWidget *parent = nullptr);

    EtsTableModel *tableModel() const { return m_tables; }
    QSortFilterProxyModel *tableProxy() const { return m_proxy; }
    QTableView *tableView() const { return m_tableView; }
    EtsRowModel *rowModel() const { return m_rows; }
    QTableView *rowView() const { return m_rowView; }
    QPushButton *refreshButton() const { return m_refresh; }
    QCheckBox *showOwnCheck() const { return m_showOwn; }
    QPushButton *firstButton() const { return m_first; }
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *nextButton() const { return m_next; }
    QLineEdit *keyEdit() const { return m_key; }
    QPushButton *lookupButton() const { return m_lookup; }
    /// The selected table, its type, size and owner (a link to the inspector).
    QLabel *titleLabel() const { return m_title; }
    /// The page shown, a lookup's count, or why the rows cannot be shown (private table, error).
    QLabel *contentsStatus() const { return m_contentsStatus; }
    QLabel *listStatus() const { return m_listStatus; }

    /// The page shown, from 1; 0 when the rows are a lookup's or none.
    int pageNumber() const { return m_page + 1; }
    /// The id text of the table shown, empty when none.
    QString currentTable() const { return m_current.idText; }

    void refreshTables();
    /// Selects the table with @p idText in the list (which shows its first page); false when not listed.
    bool selectTable(const QString &idText);
    void firstPage();
    void previousPage();
    void nextPage();
    /// The rows whose key is @p keyText (Erlang term syntax).
    void lookup(const QString &keyText);

signals:
    void tablesLoaded();
    /// A page or lookup arrived, or failed (contentsStatus() says which).
    void contentsLoaded();
    /// The user asked to inspect a table's owner.
    void inspectProcessRequested(const QString &pidText);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createContents();
    void onTables(const Term &value, const AgentError &error);
    void showTables();
    void fitKeyColumn();
    void onCurrentChanged(const QModelIndex &current);
    void showTable(const EtsTableInfo &table);
    void requestPage(int page);
    void onPage(int page, const Term &value, const AgentError &error);
    void onLookup(const QString &keyText, const Term &value, const AgentError &error);
    void showContentsError(const AgentError &error);
    void updateTitle();
    void updateButtons();
    bool canAsk() const;

    QPointer<ManagedNode> m_node;
    EtsTableModel *m_tables = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    EtsRowModel *m_rows = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_tableView = nullptr;
    QTableView *m_rowView = nullptr;
    QLineEdit *m_nameFilter = nullptr;
    QCheckBox *m_showOwn = nullptr;
    QVector<EtsTableInfo> m_allTables; ///< as the agent listed them, Bilby's own included
    qint64 m_total = 0;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_first = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QLineEdit *m_key = nullptr;
    QPushButton *m_lookup = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_contentsStatus = nullptr;
    QLabel *m_listStatus = nullptr;

    EtsTableInfo m_current;
    /// The continuation that reads each page from the first (Term() for page 0); one more than the page
    /// shown when there is a next page.
    QVector<Term> m_continuations;
    int m_page = -1;
    quint64 m_generation = 0; ///< bumped when the table shown changes: older replies are dropped
    bool m_tablesPending = false;
    bool m_contentsPending = false;
    bool m_loadedOnce = false;
};

} // namespace bilby
