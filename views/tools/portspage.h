#pragma once

#include "connection/singleflight.h"
#include "tools/portsource.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace bilby {

class ManagedNode;
class PortTableModel;
struct AgentError;

/**
 * @brief The node's ports and sockets (SPEC X8): the first 500 by bytes moved, ranked on the node, with
 * their owners, byte counts and addresses; sortable and filtered here.
 *
 * Refreshed every 5 s while the page is visible and the node connected, one request at a time: the next
 * is scheduled when the previous reply is in. A failed refresh keeps the last rows and says why.
 * Double-clicking a row inspects the process that owns the port.
 */
class PortsPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int Limit = 500;
    static constexpr int IntervalMs = 5000;

    /// Asks @p node's agent.
    explicit PortsPage(ManagedNode *node, QWidget *parent = nullptr);
    /// Asks @p source (taken as a child when it has no parent); @p node, when there is one, says why the
    /// list cannot be read (down, agentless).
    PortsPage(PortSource *source, ManagedNode *node, QWidget *parent = nullptr);

    PortTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *refreshButton() const { return m_refresh; }
    QCheckBox *showOwnCheck() const { return m_showOwn; }
    /// How many are listed: "showing N of M (ranked by bytes moved)" when the node has more than the limit.
    QLabel *summaryLabel() const { return m_summary; }
    /// Why the list is not current (node down, agentless, an error); hidden when it is.
    QLabel *statusLabel() const { return m_status; }
    bool isRequestPending() const { return m_flight.isPending(); }
    /// A refresh is waiting for its turn on the timer (only while the page is visible).
    bool isRefreshScheduled() const { return m_timer.isActive(); }
    /// Requests sent so far (tests check that there is never more than one at a time).
    int requestCount() const { return m_requestCount; }

    /// Refreshes now when it can (visible, connected, nothing pending; else as soon as the reply is in).
    void refresh();

signals:
    /// The user asked to inspect the process that owns a port (as the node prints its pid).
    void inspectProcessRequested(const QString &pidText);
    /// A list arrived and is shown.
    void refreshed();
    void refreshFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onReply(const ToolReply<PortList> &reply);
    void showProblem(const QString &problem);
    void onStateChanged();
    void scheduleNext();
    QString selectedId() const;
    void selectId(const QString &idText);

    QPointer<PortSource> m_source;
    QPointer<ManagedNode> m_node;
    PortTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_showOwn = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_timer;        ///< the next refresh
    SingleFlight m_flight; ///< one request at a time
    QDateTime m_updated;
    int m_requestCount = 0;
};

} // namespace bilby
