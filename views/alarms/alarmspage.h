#pragma once

#include "alarms/alarm.h"
#include "alarms/alarmengine.h"

#include <QPointer>
#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QInputDialog;
class QLabel;
class QMessageBox;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace bilby {

class AlarmCenter;
class AlarmTableModel;
class SeverityIconProxyModel;
class SilenceDialog;
class SilenceList;
class TrayState;

/**
 * @brief The Alarms page: the alarms of this session (active first) and, on demand, the stored
 * history; a details pane with cause, action, information, comments and times; the user's actions.
 *
 * Acknowledge, Comment… and Clear… act on an alarm of this session through the AlarmCenter (which
 * audits them); they are enabled only where they apply. Clear and Comment open window-modal dialogs
 * without a nested event loop, and the methods that open them return them. The stored history is
 * read asynchronously; the page never waits for the store.
 */
class AlarmsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Scope { Active, All };

    AlarmsPage(AlarmCenter *center, TrayState *tray, QWidget *parent = nullptr);

    AlarmTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *details() const { return m_details; }
    /// The table above the details (its state is saved with the window's).
    QSplitter *splitter() const { return m_splitter; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }
    QPushButton *commentButton() const { return m_comment; }
    QPushButton *clearButton() const { return m_clear; }
    QPushButton *silenceButton() const { return m_silence; }
    QPushButton *silencesButton() const { return m_silences; }
    QCheckBox *muteBox() const { return m_mute; }
    QComboBox *scopeBox() const { return m_scope; }
    /// "2 active: 1 critical, 1 major".
    QString summary() const;

    void setScope(Scope scope);
    Scope scope() const;
    /// Selects the row of the alarm with @p serial; false when it is not shown.
    bool selectAlarm(qint64 serial);
    /// The alarm of the selected row, if any.
    std::optional<Alarm> selectedAlarm() const;
    /// Rows shown (after the scope's filter).
    int visibleRows() const;

    void acknowledgeSelected();
    /// Asks whether to clear the selected alarm; nullptr when it cannot be cleared.
    QMessageBox *confirmClearSelected();
    /// Asks for a comment on the selected alarm; nullptr when none is selected.
    QInputDialog *openCommentDialog();
    /// Asks how to silence the selected alarm; nullptr when none is selected.
    SilenceDialog *openSilenceDialog();
    /// The silences in force, to lift one.
    SilenceList *openSilenceList();

signals:
    /// The stored history was read (tests wait for it).
    void historyLoaded(int rows);

private:
    QWidget *createToolBar();
    void onAlarmUpdated(const Alarm &alarm, AlarmEngine::Transition transition);
    void loadHistory();
    void showDetails();
    void updateButtons();
    void updateSummary();

    QPointer<AlarmCenter> m_center;
    AlarmTableModel *m_model;
    SeverityIconProxyModel *m_proxy;
    QComboBox *m_scope = nullptr;
    QCheckBox *m_mute = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_comment = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_silence = nullptr;
    QPushButton *m_silences = nullptr;
    QTableView *m_table;
    QTextBrowser *m_details;
    QSplitter *m_splitter = nullptr;
    int m_historyJob = 0; ///< answers of older jobs are dropped
    QString m_historyError;
};

} // namespace bilby
