#pragma once

#include "tools/etsdata.h"
#include "tools/toolsource.h"

#include <QPointer>
#include <QVector>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace bilby {

class EtsBrowser;
class EtsRowModel;
struct AgentError;

/**
 * @brief The lower half of the ETS viewer: the rows of one table, a page of 100 at a time, or the rows
 * of one key.
 *
 * Pages follow the browser's cursors: the pane keeps the cursor that led to each page it showed, so
 * First, Previous and Next cost one page each on the node. Keys are Erlang terms in text, parsed on the
 * node and never evaluated. Rows are sensitive and marked so.
 */
class EtsContents : public QWidget
{
    Q_OBJECT
public:
    static constexpr int PageRows = 100;

    EtsContents(EtsBrowser *browser, QWidget *parent = nullptr);

    EtsRowModel *rowModel() const { return m_rows; }
    QTableView *rowView() const { return m_rowView; }
    QPushButton *firstButton() const { return m_first; }
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *nextButton() const { return m_next; }
    QLineEdit *keyEdit() const { return m_key; }
    QPushButton *lookupButton() const { return m_lookup; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *statusLabel() const { return m_status; }

    /// The page shown, from 1; 0 when the rows are a lookup's or none.
    int pageNumber() const { return m_page + 1; }
    const EtsTableInfo &table() const { return m_current; }

    /// Shows the first page of @p table (another table than the one shown).
    void showTable(const EtsTableInfo &table);
    /// New figures for the table shown (after a refresh of the list): the page stays.
    void updateTable(const EtsTableInfo &table);
    /// The table shown is no longer listed: its rows stay, the status says so.
    void tableGone();
    void firstPage();
    void previousPage();
    void nextPage();
    /// The rows whose key is @p keyText (Erlang term syntax).
    void lookup(const QString &keyText);

signals:
    /// A page or lookup arrived, or failed (statusLabel() says which).
    void contentsLoaded();
    void inspectProcessRequested(const QString &pidText);

private:
    void requestPage(int page);
    void onPage(int page, const ToolReply<EtsRows> &reply);
    void onLookup(const QString &keyText, const ToolReply<EtsRows> &reply);
    bool showError(const AgentError &error, bool decoded);
    void fitKeyColumn();
    void updateTitle();
    void updateButtons();

    QPointer<EtsBrowser> m_browser;
    EtsRowModel *m_rows = nullptr;
    QTableView *m_rowView = nullptr;
    QPushButton *m_first = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QLineEdit *m_key = nullptr;
    QPushButton *m_lookup = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;

    EtsTableInfo m_current;
    /// The cursor that reads each page from the first (none for page 0); one more than the page shown
    /// when there is a next page.
    QVector<std::optional<Term>> m_cursors;
    int m_page = -1;
    quint64 m_generation = 0; ///< bumped when the table shown changes: older replies are dropped
    bool m_pending = false;
};

/// A read-only table view of whole rows, as both halves of the ETS viewer show them.
QTableView *newEtsTableView(const QString &objectName, QWidget *parent);

} // namespace bilby
