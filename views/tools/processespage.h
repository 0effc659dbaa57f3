#pragma once

#include "connection/nodesession.h"
#include "connection/singleflight.h"
#include "tools/processsource.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;

namespace bilby {

class ManagedNode;
class ProcessInspectorView;
class ProcessTopModel;

/**
 * @brief The process manager (SPEC X1): the node's top N processes by memory, message queue or
 * reductions, computed on the node and refreshed on an interval, above the process inspector.
 *
 * One request at a time: the next refresh is scheduled when the previous reply is in, and only while
 * the page is visible, not paused and the session is up. A failed refresh keeps the last rows and says
 * why. The selection follows its pid across refreshes; double-click or Enter inspects the process.
 */
class ProcessesPage : public QWidget
{
    Q_OBJECT
public:
    /// Asks @p node's agent.
    explicit ProcessesPage(ManagedNode *node, QWidget *parent = nullptr);
    /// Asks @p source (taken as a child when it has no parent); @p node, when there is one, says why the
    /// list cannot be read (down, agentless) and receives the inspector's actions.
    ProcessesPage(ProcessSource *source, ManagedNode *node, QWidget *parent = nullptr);

    ProcessTopModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ProcessInspectorView *inspector() const { return m_inspector; }
    QSplitter *splitter() const { return m_splitter; }
    QComboBox *sortBox() const { return m_sort; }
    QSpinBox *topBox() const { return m_top; }
    QSpinBox *intervalBox() const { return m_interval; }
    QPushButton *pauseButton() const { return m_pause; }
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *showOwnCheck() const { return m_showOwn; }
    /// Why the list is not current (node down, agentless, timeout...); empty when it is.
    QLabel *statusLabel() const { return m_status; }
    QLabel *summaryLabel() const { return m_summary; }

    ProcessTop::Sort sort() const;
    void setSort(ProcessTop::Sort sort);
    bool isPaused() const;
    void setPaused(bool paused);
    bool isRequestPending() const { return m_flight.isPending(); }
    /// Requests sent so far (tests check that a paused page sends none).
    int requestCount() const { return m_requestCount; }
    /// The pid of the selected row, empty when none.
    QString selectedPid() const;

    /// Refreshes now when it can (visible, connected, nothing pending; else as soon as the reply is in).
    void refresh();
    /// Inspects @p pidText (or a registered name) and selects its row if it is listed.
    void inspect(const QString &pidText);

signals:
    /// A list arrived and is shown.
    void refreshed();
    void refreshFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *createControls();
    void parametersChanged();
    void onReply(quint64 parameters, const ToolReply<ProcessTop> &reply);
    void apply(const ProcessTop &top);
    void selectPid(const QString &pidText);
    void scheduleNext();
    void onStateChanged();
    void inspectRow(const QModelIndex &index);

    QPointer<ProcessSource> m_source;
    QPointer<ManagedNode> m_node;
    ProcessTopModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    ProcessInspectorView *m_inspector = nullptr;
    QSplitter *m_splitter = nullptr;
    QComboBox *m_sort = nullptr;
    QSpinBox *m_top = nullptr;
    QSpinBox *m_interval = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_refreshNow = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_showOwn = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QTimer m_timer;           ///< the next refresh
    QTimer m_debounce;        ///< typing in the filter or the top box
    quint64 m_parameters = 0; ///< bumped when sort, top or filter change: older replies are dropped
    SingleFlight m_flight;    ///< one request at a time
    QDateTime m_updated;
    int m_requestCount = 0;
};

} // namespace bilby
