// The Alarms page, the tab badges and the tray's state offscreen, over a real alarm engine and center and a
// real store file: alarms appear (active first), acknowledge, comment and clear change them and are
// audited, the stored history joins on demand, badges count and reset, muting silences desktop messages.
#include "alarms/alarmcenter.h"
#include "alarms/alarmspage.h"
#include "alarms/alarmtablemodel.h"
#include "alarms/alarmtabs.h"
#include "shell/mainwindow.h"
#include "shell/severityicons.h"
#include "shell/trayicon.h"
#include "shell/traystate.h"
#include "store/metricstore.h"
#include "support/storefixture.h"
#include "support/testnode.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace bilby;
using namespace bilby::test;

namespace {

const QString NodeA = QStringLiteral("shop@db1.example.com");
const QString NodeB = QStringLiteral("shop@db2.example.com");

/// The machine's memory at 90%: system_memory_high_watermark (major) holds.
void raiseMemoryAlarm(AlarmCenter &center, const QString &node)
{
    NodeHealth health;
    health.systemMemoryTotal = qint64(16) << 30;
    health.systemMemoryUsed = health.systemMemoryTotal / 10 * 9;
    center.engine()->healthChecked(node, health);
}

void endMemoryAlarm(AlarmCenter &center, const QString &node)
{
    NodeHealth health;
    health.systemMemoryTotal = qint64(16) << 30;
    health.systemMemoryUsed = health.systemMemoryTotal / 10;
    center.engine()->healthChecked(node, health);
}

Alarm alarm(qint64 serial, const QString &id, Alarm::Severity severity, qint64 raisedMs, bool active)
{
    Alarm a;
    a.serial = serial;
    a.alarmId = id;
    a.node = NodeA;
    a.severity = severity;
    a.raisedMs = raisedMs;
    if (!active) {
        a.state = Alarm::State::Cleared;
        a.clearedMs = raisedMs + 1000;
    }
    return a;
}

QStringList auditTexts(const AlarmCenter &center)
{
    QStringList texts;
    for (const Notification &n : center.recent()) {
        if (n.origin == Notification::Origin::Action)
            texts.append(n.text);
    }
    return texts;
}


} // namespace

class TestViewAlarms : public QObject
{
    Q_OBJECT
private slots:
    void modelOrdersAndMerges();
    void alarmsAppearAndActionsAreAudited();
    void storedHistoryJoins();
    void unreadableHistorySaysSo();
    void badgesCountUntilViewed();
    void muteSilencesDesktopMessages();
    void trayMenuAndIcon();
    void sysmonEventsSwitch();
};

void TestViewAlarms::modelOrdersAndMerges()
{
    AlarmTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAlarms({alarm(1, QStringLiteral("a"), Alarm::Severity::Minor, 1000, false),
                     alarm(2, QStringLiteral("b"), Alarm::Severity::Major, 2000, true),
                     alarm(3, QStringLiteral("c"), Alarm::Severity::Critical, 3000, true)});
    QCOMPARE(model.rowCount(), 3);
    // Active first, newest first.
    QCOMPARE(model.alarmAt(0).serial, 3);
    QCOMPARE(model.alarmAt(1).serial, 2);
    QCOMPARE(model.alarmAt(2).serial, 1);
    QCOMPARE(model.index(0, AlarmTableModel::SeverityColumn).data().toString(),
             Alarm::severityTitle(Alarm::Severity::Critical));
    QCOMPARE(model.index(0, 0).data(AlarmTableModel::ActiveRole), QVariant(true));

    // Clearing the newest moves it below the active one; the row is moved, not removed.
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    Alarm cleared = model.alarmAt(0);
    cleared.state = Alarm::State::Cleared;
    cleared.clearedMs = 4000;
    model.updateAlarm(cleared);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(model.alarmAt(0).serial, 2);
    QCOMPARE(model.alarmAt(1).serial, 3);
    // An update in place is one dataChanged.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Alarm acked = model.alarmAt(0);
    acked.state = Alarm::State::Acknowledged;
    model.updateAlarm(acked);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.rowOfSerial(2), 0);
    QCOMPARE(model.index(0, AlarmTableModel::StateColumn).data().toString(),
             Alarm::stateTitle(Alarm::State::Acknowledged));

    // The store's copy of a row of this run is not a second row; an earlier run's alarm is.
    Alarm storedCopy = model.alarmAt(0);
    storedCopy.serial = 0;
    storedCopy.id = 7;
    Alarm earlier = alarm(0, QStringLiteral("old"), Alarm::Severity::Warning, 500, false);
    earlier.id = 8;
    model.mergeStored({storedCopy, earlier});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.alarmAt(3).alarmId, QStringLiteral("old"));
    QCOMPARE(model.index(3, 0).data(AlarmTableModel::SerialRole).toLongLong(), 0);
    model.removeStored();
    QCOMPARE(model.rowCount(), 3);
    model.updateAlarm(alarm(9, QStringLiteral("new"), Alarm::Severity::Major, 9000, true));
    QCOMPARE(model.alarmAt(0).serial, 9);
}

void TestViewAlarms::alarmsAppearAndActionsAreAudited()
{
    ConsoleStore f;
    QVERIFY(f.open());
    AlarmCenter &center = *f.center;
    TrayState tray(&center);
    AlarmsPage page(&center, &tray);
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.visibleRows(), 0);
    QVERIFY(!page.acknowledgeButton()->isEnabled());
    QVERIFY(!page.clearButton()->isEnabled());
    QVERIFY(!page.commentButton()->isEnabled());

    raiseMemoryAlarm(center, NodeA);
    center.engine()->nodeDown(NodeB, QStringLiteral("connection refused"));
    QCOMPARE(page.visibleRows(), 2);
    QCOMPARE(page.summary(), QStringLiteral("2 active: 1 critical, 1 major"));
    const QVector<Alarm> active = center.engine()->active();
    QCOMPARE(active.size(), 2);
    const Alarm &down = active.constFirst(); // critical, so the worst
    QCOMPARE(down.alarmId, QStringLiteral("node_down"));
    QVERIFY(page.selectAlarm(down.serial));
    QVERIFY(page.details()->toPlainText().contains(QStringLiteral("node_down on %1").arg(NodeB)));
    QVERIFY(page.details()->toPlainText().contains(AlarmCatalog::find(QStringLiteral("node_down"))->cause));
    QVERIFY(page.details()->toPlainText().contains(AlarmCatalog::find(QStringLiteral("node_down"))->action));
    QVERIFY(page.acknowledgeButton()->isEnabled());
    QVERIFY(page.clearButton()->isEnabled());
    QVERIFY(page.commentButton()->isEnabled());

    // Acknowledge: the state changes, the button goes, the action is audited.
    QTest::mouseClick(page.acknowledgeButton(), Qt::LeftButton);
    QCOMPARE(center.engine()->alarm(down.serial)->state, Alarm::State::Acknowledged);
    QCOMPARE(page.selectedAlarm()->serial, down.serial);
    QVERIFY(!page.acknowledgeButton()->isEnabled());
    QVERIFY(page.details()->toPlainText().contains(QLatin1String("Acknowledged:")));
    QCOMPARE(auditTexts(center).size(), 1);
    QVERIFY(auditTexts(center).constFirst().contains(QLatin1String("acknowledged")));

    // Comment… asks for the text and adds it.
    QInputDialog *dialog = page.openCommentDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->setTextValue(QStringLiteral("the switch in rack 4 is being replaced"));
    dialog->accept();
    QCOMPARE(center.engine()->alarm(down.serial)->comments.size(), 1);
    QVERIFY(page.details()->toPlainText().contains(QLatin1String("the switch in rack 4 is being replaced")));
    QCOMPARE(auditTexts(center).size(), 2);

    // Clear… asks first: No leaves the alarm alone, Yes clears it and the Active view drops it.
    QMessageBox *box = page.confirmClearSelected();
    QVERIFY(box);
    box->button(QMessageBox::No)->click();
    QVERIFY(center.engine()->alarm(down.serial)->isActive());
    box = page.confirmClearSelected();
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QCOMPARE(center.engine()->alarm(down.serial)->state, Alarm::State::Cleared);
    QVERIFY(center.engine()->alarm(down.serial)->clearedByUser);
    QCOMPARE(page.visibleRows(), 1);
    QCOMPARE(auditTexts(center).size(), 3);
    QVERIFY(auditTexts(center).constLast().contains(QLatin1String("cleared")));
    QVERIFY(!page.selectedAlarm() || page.selectedAlarm()->serial != down.serial);

    // All alarms: the cleared one is back, and only Comment applies to it.
    page.setScope(AlarmsPage::Scope::All);
    QCOMPARE(page.visibleRows(), 2);
    QVERIFY(page.selectAlarm(down.serial));
    QVERIFY(!page.acknowledgeButton()->isEnabled());
    QVERIFY(!page.clearButton()->isEnabled());
    QVERIFY(page.commentButton()->isEnabled());
    QVERIFY(page.details()->toPlainText().contains(QLatin1String("Cleared by hand")));

    // A condition that ends clears its alarm live.
    endMemoryAlarm(center, NodeA);
    page.setScope(AlarmsPage::Scope::Active);
    QCOMPARE(page.visibleRows(), 0);
    QVERIFY(page.details()->toPlainText().contains(QLatin1String("No alarm")));
    QCOMPARE(page.summary(), QStringLiteral("No active alarm"));

    // The audit reached the store.
    QVERIFY(f.flush());
    NotificationFilter actions;
    actions.origins = {Notification::Origin::Action};
    NotificationPage stored;
    bool answered = false;
    f.store.queryNotifications(actions, 0, 100, &page, [&](const NotificationPage &p, const StoreError &) {
        stored = p;
        answered = true;
    });
    QVERIFY(waitUntil([&] { return answered; }, 5000));
    QCOMPARE(stored.items.size(), 3);
}

void TestViewAlarms::storedHistoryJoins()
{
    ConsoleStore f;
    QVERIFY(f.open());
    // An alarm of an earlier run, in the file already.
    Alarm earlier = alarm(0, QStringLiteral("process_limit_major"), Alarm::Severity::Major, 1767225600000, false);
    qint64 earlierId = 0;
    f.store.saveAlarm(earlier, &f.store, [&earlierId](qint64 id, const StoreError &) { earlierId = id; });
    QVERIFY(waitUntil([&] { return earlierId > 0; }, 5000));

    AlarmCenter &center = *f.center;
    center.engine()->nodeDown(NodeB, QStringLiteral("connection refused"));
    QVERIFY(f.flush()); // the center's save of this run's alarm
    TrayState tray(&center);
    AlarmsPage page(&center, &tray);
    page.show();
    QCOMPARE(page.visibleRows(), 1);
    QSignalSpy loaded(&page, &AlarmsPage::historyLoaded);
    page.scopeBox()->setCurrentIndex(page.scopeBox()->findData(int(AlarmsPage::Scope::All)));
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.constFirst().constFirst().toInt(), 2); // the store holds both
    QCOMPARE(page.visibleRows(), 2);                       // this run's is one row, not two
    QCOMPARE(page.model()->alarmAt(1).alarmId, QStringLiteral("process_limit_major"));
    page.table()->selectRow(1);
    QCOMPARE(page.selectedAlarm()->alarmId, QStringLiteral("process_limit_major"));
    QVERIFY(!page.acknowledgeButton()->isEnabled());
    QVERIFY(!page.commentButton()->isEnabled());
    QVERIFY(!page.clearButton()->isEnabled());
    QVERIFY(page.details()->toPlainText().contains(QLatin1String("earlier session")));
    QVERIFY(page.confirmClearSelected() == nullptr);
    QVERIFY(page.openCommentDialog() == nullptr);

    page.setScope(AlarmsPage::Scope::Active);
    QCOMPARE(page.model()->rowCount(), 1);
}

void TestViewAlarms::unreadableHistorySaysSo()
{
    Environment env;
    // A history folder that cannot be created (its parent is a file): the store fails to open. (A damaged
    // file would be set aside and a new one started.)
    const QString blocker = env.dir.filePath(QStringLiteral("blocker"));
    QVERIFY(writeJunkFile(blocker, 16));
    const QString path = blocker + QStringLiteral("/history.sqlite");
    MetricStore store;
    QSignalSpy failed(&store, &MetricStore::failed);
    store.open(path);
    QVERIFY(failed.wait(5000));
    AlarmCenter center(&env.registry, &store);
    TrayState tray(&center);
    AlarmsPage page(&center, &tray);
    center.engine()->nodeDown(NodeA, QStringLiteral("connection refused"));
    QSignalSpy loaded(&page, &AlarmsPage::historyLoaded);
    page.setScope(AlarmsPage::Scope::All);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(page.visibleRows(), 1); // this session's alarms are there all the same
    QVERIFY(page.summary().startsWith(QLatin1String("1 active: 1 critical.")));
    QVERIFY(page.summary().contains(QLatin1String("cannot be read")));
    page.setScope(AlarmsPage::Scope::Active);
    QCOMPARE(page.summary(), QStringLiteral("1 active: 1 critical"));
}

void TestViewAlarms::badgesCountUntilViewed()
{
    ConsoleStore f;
    QVERIFY(f.open());
    AlarmCenter &center = *f.center;
    MainWindow window(&f.registry, &f.settings, &f.vault, &f.store, &center);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTabWidget *tabs = window.tabs();
    QCOMPARE(tabs->tabText(MainWindow::AlarmsTab), QStringLiteral("Alarms"));
    QCOMPARE(tabs->tabText(MainWindow::NotificationsTab), QStringLiteral("Notifications"));
    QCOMPARE(tabs->currentIndex(), int(MainWindow::NodesTab));

    QSignalSpy added(&center, &AlarmCenter::notificationAdded);
    raiseMemoryAlarm(center, NodeA);
    center.engine()->nodeDown(NodeB, QStringLiteral("connection refused"));
    QCOMPARE(tabs->tabText(MainWindow::AlarmsTab), QStringLiteral("Alarms (2)"));
    QCOMPARE(tabs->tabText(MainWindow::NotificationsTab), QStringLiteral("Notifications (%1)").arg(added.count()));

    // Acknowledging is not a new alarm.
    center.acknowledge(center.engine()->active().constFirst().serial);
    QCOMPARE(tabs->tabText(MainWindow::AlarmsTab), QStringLiteral("Alarms (2)"));

    // Ctrl+3 shows the Alarms: the badge goes; what is raised meanwhile is seen at once.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), int(MainWindow::AlarmsTab));
    QCOMPARE(tabs->tabText(MainWindow::AlarmsTab), QStringLiteral("Alarms"));
    center.engine()->nodeDown(NodeA, QStringLiteral("connection refused"));
    QCOMPARE(tabs->tabText(MainWindow::AlarmsTab), QStringLiteral("Alarms"));
    QCOMPARE(window.alarmTabs()->alarmsPage()->visibleRows(), 3);
    QVERIFY(tabs->tabText(MainWindow::NotificationsTab).startsWith(QLatin1String("Notifications (")));

    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), int(MainWindow::NotificationsTab));
    QCOMPARE(tabs->tabText(MainWindow::NotificationsTab), QStringLiteral("Notifications"));
    window.showTab(MainWindow::NodesTab);
    center.engine()->nodeUp(NodeA);
    QCOMPARE(tabs->tabText(MainWindow::AlarmsTab), QStringLiteral("Alarms")); // a clear is not new either
    QVERIFY(tabs->tabText(MainWindow::NotificationsTab).startsWith(QLatin1String("Notifications (")));

    // Without a tray, the window has none and the state still works.
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        QVERIFY(!window.alarmTabs()->trayIcon());
    QVERIFY(window.alarmTabs()->trayState());
    QCOMPARE(window.alarmTabs()->trayState()->worstActive(), std::optional(Alarm::Severity::Critical));
}

void TestViewAlarms::muteSilencesDesktopMessages()
{
    ConsoleStore f;
    QVERIFY(f.open());
    AlarmCenter &center = *f.center;
    TrayState tray(&center);
    AlarmsPage page(&center, &tray);
    QSignalSpy messages(&tray, &TrayState::desktopMessage);
    QSignalSpy worst(&tray, &TrayState::worstActiveChanged);
    QVERIFY(!tray.worstActive());

    raiseMemoryAlarm(center, NodeA);
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.constLast().at(0).toString().contains(NodeA));
    QVERIFY(messages.constLast().at(1).toString().contains(QLatin1String("system_memory_high_watermark")));
    QCOMPARE(tray.worstActive(), std::optional(Alarm::Severity::Major));
    QCOMPARE(worst.count(), 1);

    // Muted from the page: the tray's state follows, and a new alarm gives no message.
    page.muteBox()->setChecked(true);
    QVERIFY(tray.isMuted());
    center.engine()->nodeDown(NodeB, QStringLiteral("connection refused"));
    QCOMPARE(messages.count(), 1);
    QCOMPARE(tray.suppressedCount(), 1);
    QCOMPARE(tray.worstActive(), std::optional(Alarm::Severity::Critical)); // the colour still follows
    // Acknowledging or commenting never gives a message.
    tray.setMuted(false);
    QVERIFY(!page.muteBox()->isChecked());
    center.acknowledge(center.engine()->active().constFirst().serial);
    QCOMPARE(messages.count(), 1);
    center.engine()->nodeDown(NodeA, QStringLiteral("connection refused"));
    QCOMPARE(messages.count(), 2);

    // The mute ends by itself.
    tray.setMuted(true, 100);
    QVERIFY(page.muteBox()->isChecked());
    QVERIFY(waitUntil([&] { return !tray.isMuted(); }, 3000));
    QVERIFY(!page.muteBox()->isChecked());

    // Clearing everything leaves no worst severity.
    for (const Alarm &a : center.engine()->active())
        center.clear(a.serial);
    QVERIFY(!tray.worstActive());
}

void TestViewAlarms::trayMenuAndIcon()
{
    ConsoleStore f;
    QVERIFY(f.open());
    TrayState state(f.center.get());
    // The icon object works without a tray: its menu mutes the shared state.
    TrayIcon tray(&state);
    QMenu *menu = tray.icon()->contextMenu();
    QVERIFY(menu);
    QAction *mute = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == QLatin1String("Mute for 1 Hour"))
            mute = action;
    }
    QVERIFY(mute);
    QVERIFY(mute->isCheckable());
    mute->trigger();
    QVERIFY(state.isMuted());
    QVERIFY(tray.icon()->toolTip().contains(QLatin1String("muted")));
    state.setMuted(false);
    QVERIFY(!mute->isChecked());
    f.center->engine()->nodeDown(NodeA, QStringLiteral("connection refused"));
    QVERIFY(tray.icon()->toolTip().contains(QLatin1String("Critical"), Qt::CaseInsensitive));

    // The icon carries the worst severity's colour in its corner.
    const QImage critical = SeverityIcons::trayIcon(Alarm::Severity::Critical).pixmap(32, 32).toImage();
    const QImage none = SeverityIcons::trayIcon(std::nullopt).pixmap(32, 32).toImage();
    const QColor corner = critical.pixelColor(critical.width() * 3 / 4, critical.height() * 3 / 4);
    QCOMPARE(corner.rgb(), SeverityIcons::color(Alarm::Severity::Critical).rgb());
    QVERIFY(none.pixelColor(none.width() * 3 / 4, none.height() * 3 / 4) != corner);
}

void TestViewAlarms::sysmonEventsSwitch()
{
    // View > Record System Monitor Events: off by default; on, it reaches the center (and through it every
    // node's feed) and the settings, so the next start keeps it.
    ConsoleStore f;
    QVERIFY(f.open());
    MainWindow window(&f.registry, &f.settings, &f.vault, &f.store, f.center.get());
    auto *action = window.findChild<QAction *>(QStringLiteral("sysmonDetailsAction"));
    QVERIFY(action);
    QVERIFY(action->isCheckable() && !action->isChecked());
    action->trigger();
    QVERIFY(f.center->sysmonDetails());
    QVERIFY(f.settings.sysmonDetails());
    action->trigger();
    QVERIFY(!f.center->sysmonDetails());
    QVERIFY(!f.settings.sysmonDetails());
}

QTEST_MAIN(TestViewAlarms)
#include "tst_view_alarms.moc"
