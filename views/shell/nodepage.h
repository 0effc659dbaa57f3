#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QTabWidget;

namespace bilby {

class ApplicationsPage;
class EtsPage;
class EvaluatorPage;
class ManagedNode;
class NodeActionsPage;
class PortsPage;
class ProcessesPage;
class TimeSeriesChart;

/**
 * @brief One node's page: an overview (its system information and live charts of memory and processes)
 * and a tab for each of the node's tools.
 *
 * Everything comes from the ManagedNode: information after each connection, charts on each sample
 * appended to its history. The uptime ticks locally between two readings.
 */
class NodePage : public QWidget
{
    Q_OBJECT
public:
    explicit NodePage(ManagedNode *node, QWidget *parent = nullptr);

    ManagedNode *node() const;
    TimeSeriesChart *memoryChart() const { return m_memory; }
    TimeSeriesChart *processChart() const { return m_processes; }
    /// Overview first, then the node's tools (processes, ETS, ...).
    QTabWidget *tabs() const { return m_tabs; }
    ProcessesPage *processesPage() const { return m_processesPage; }
    EtsPage *etsPage() const { return m_etsPage; }
    EvaluatorPage *evaluatorPage() const { return m_evaluatorPage; }
    NodeActionsPage *actionsPage() const { return m_actionsPage; }
    PortsPage *portsPage() const { return m_portsPage; }
    ApplicationsPage *applicationsPage() const { return m_applicationsPage; }
    /// Shows the Processes tab with @p pidText (as the node prints it, or a registered name) in its inspector.
    void inspectProcess(const QString &pidText);

    /// "3 d 4 h", "2 h 5 min", "4 min 10 s", "12 s".
    static QString formatUptime(qint64 seconds);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const char *objectName);
    void refreshInfo();
    void refreshState();
    void refreshCharts();
    void tickUptime();

    QPointer<ManagedNode> m_node;
    QLabel *m_nodeName = nullptr;
    QLabel *m_otpRelease = nullptr;
    QLabel *m_ertsVersion = nullptr;
    QLabel *m_schedulers = nullptr;
    QLabel *m_processors = nullptr;
    QLabel *m_uptime = nullptr;
    QLabel *m_os = nullptr;
    QLabel *m_architecture = nullptr;
    QLabel *m_wordSize = nullptr;
    QLabel *m_release = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_agent = nullptr;
    QTabWidget *m_tabs = nullptr;
    TimeSeriesChart *m_memory = nullptr;
    TimeSeriesChart *m_processes = nullptr;
    ProcessesPage *m_processesPage = nullptr;
    EtsPage *m_etsPage = nullptr;
    EvaluatorPage *m_evaluatorPage = nullptr;
    NodeActionsPage *m_actionsPage = nullptr;
    PortsPage *m_portsPage = nullptr;
    ApplicationsPage *m_applicationsPage = nullptr;
    QTimer m_uptimeTimer;
};

} // namespace bilby
