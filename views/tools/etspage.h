#pragma once

#include "tools/etstablemodel.h"
#include "tools/toolsource.h"

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

class EtsBrowser;
class EtsContents;
class EtsRowModel;
class ManagedNode;
struct AgentError;

/**
 * @brief The ETS viewer (SPEC X4): every table of the node, and the rows of the selected one (EtsContents)
 * a page of 100 at a time, or the rows of one key.
 *
 * Everything it shows comes from an EtsBrowser: a live node's agent, or anything else that answers the
 * same questions. A private table says who owns it; the owner (and any table's) opens in the process
 * inspector.
 */
class EtsPage : public QWidget
{
    Q_OBJECT
public:
    /// Asks @p browser, and takes it as a child when it has no parent.
    explicit EtsPage(EtsBrowser *browser, QWidget *parent = nullptr);
    /// Asks @p node's agent.
    explicit EtsPage(ManagedNode *node, QWidget *parent = nullptr);

    EtsTableModel *tableModel() const { return m_tables; }
    QSortFilterProxyModel *tableProxy() const { return m_proxy; }
    QTableView *tableView() const { return m_tableView; }
    EtsContents *contents() const { return m_contents; }
    EtsRowModel *rowModel() const;
    QTableView *rowView() const;
    QPushButton *refreshButton() const { return m_refresh; }
    QCheckBox *showOwnCheck() const { return m_showOwn; }
    QPushButton *firstButton() const;
    QPushButton *previousButton() const;
    QPushButton *nextButton() const;
    QLineEdit *keyEdit() const;
    QPushButton *lookupButton() const;
    /// The selected table, its type, size and owner (a link to the inspector).
    QLabel *titleLabel() const;
    /// The page shown, a lookup's count, or why the rows cannot be shown (private table, error).
    QLabel *contentsStatus() const;
    QLabel *listStatus() const { return m_listStatus; }

    /// The page shown, from 1; 0 when the rows are a lookup's or none.
    int pageNumber() const;
    /// The id text of the table shown, empty when none.
    QString currentTable() const;

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
    void onTables(const ToolReply<EtsTableList> &reply);
    void showTables();
    void onCurrentChanged(const QModelIndex &current);
    void updateButtons();

    QPointer<EtsBrowser> m_browser;
    EtsTableModel *m_tables = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_tableView = nullptr;
    EtsContents *m_contents = nullptr;
    QLineEdit *m_nameFilter = nullptr;
    QCheckBox *m_showOwn = nullptr;
    EtsTableList m_list; ///< as the browser listed them, Bilby's own included
    QPushButton *m_refresh = nullptr;
    QLabel *m_listStatus = nullptr;
    bool m_tablesPending = false;
    bool m_loadedOnce = false;
};

} // namespace bilby
