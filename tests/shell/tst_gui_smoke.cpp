// The main window against a real node, offscreen: add it through the dialog, watch it come up with
// live charts and system information, take a screenshot, remove it; and the demo node from the
// welcome page, stopped when the window goes.
#include "connection/cookievault.h"
#include "connection/distconnection.h"
#include "connection/epmdprobe.h"
#include "metrics/metricbrowser.h"
#include "metrics/metricgraph.h"
#include "metrics/metricspage.h"
#include "metrics/timeserieschart.h"
#include "settings/settings.h"
#include "shell/addnodedialog.h"
#include "shell/mainwindow.h"
#include "shell/nodepage.h"
#include "support/testenvironment.h"
#include "support/testnode.h"
#include "topology/noderegistry.h"
#include "topology/topologymodel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace bilby;
using namespace bilby::test;

namespace {

NodeSession::State stateOf(MainWindow &window, const QString &name)
{
    return NodeSession::State(window.topologyModel()->indexOf(name).data(TopologyModel::StateRole).toInt());
}

QString labelText(QWidget *page, const char *name)
{
    const auto *label = page->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QString();
}

// A screenshot of a laid-out window has many colours; a blank or failed grab has one.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class TestGuiSmoke : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { DistConnection::initialize(); }
    void addWatchRemove();
    void demoNode();
    void appDemoRaisesAnAlarm();
};

void TestGuiSmoke::addWatchRemove()
{
    TestNode node;
    QVERIFY(node.start());
    const QString name = node.name().toString();
    TestRpc rpc(node.name(), node.cookie());
    QVERIFY(rpc.connect());
    const auto release = rpc.call("erlang", "system_info", {Term::atom("otp_release")});
    QVERIFY(release);

    Environment env;
    MainWindow window(&env.registry, &env.settings, &env.vault, nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *welcome = window.findChild<QWidget *>(QStringLiteral("welcomePage"));
    QVERIFY(welcome && welcome->isVisible());

    // Through the welcome page's button, as a newcomer would.
    auto *addButton = welcome->findChild<QPushButton *>(QStringLiteral("addButton"));
    QVERIFY(addButton);
    QTest::mouseClick(addButton, Qt::LeftButton);
    AddNodeDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<AddNodeDialog *>()) && dialog->isVisible());
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nodeNameEdit"));
    auto *cookieEdit = dialog->findChild<QLineEdit *>(QStringLiteral("cookieEdit"));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(nameEdit && cookieEdit && ok);
    QCOMPARE(cookieEdit->echoMode(), QLineEdit::Password);
    auto *show = dialog->findChild<QAction *>(QStringLiteral("showCookieAction"));
    QVERIFY(show && !show->icon().isNull()); // a line edit shows actions by their icons only
    show->trigger();
    QCOMPARE(cookieEdit->echoMode(), QLineEdit::Normal);
    show->trigger();
    QCOMPARE(cookieEdit->echoMode(), QLineEdit::Password);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(nameEdit, QStringLiteral("no at sign"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!labelText(dialog, "validationLabel").isEmpty());
    nameEdit->clear();
    QTest::keyClicks(nameEdit, name);
    QVERIFY(!ok->isEnabled()); // still no cookie
    QTest::keyClicks(cookieEdit, QString::fromLatin1(node.cookie()));
    QVERIFY(ok->isEnabled());
    QVERIFY(labelText(dialog, "validationLabel").isEmpty());
    QVERIFY(labelText(dialog, "vaultNote").contains(env.dir.path()));
    QTest::mouseClick(ok, Qt::LeftButton);

    QTRY_COMPARE(window.topologyModel()->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(window, name), NodeSession::State::Up, 15000);
    QCOMPARE(window.selectedNode(), name);
    const QModelIndex row = window.topologyView()->model()->index(0, 0);
    QVERIFY(!row.data(Qt::DecorationRole).value<QIcon>().isNull());
    NodePage *page = window.pageFor(name);
    QVERIFY(page);
    QVERIFY(page->isVisible());
    QVERIFY(!welcome->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(page->memoryChart()->pointCount(QStringLiteral("memory.processes")) > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(page->memoryChart()->pointCount(QStringLiteral("memory.other_system")) > 0, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(page->processChart()->pointCount(QStringLiteral("limits.process_count")) > 0, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(labelText(page, "otpReleaseValue"), release->toQString(), 10000);
    QCOMPARE(labelText(page, "nodeValue"), name);
    QCOMPARE(labelText(page, "agentValue"), QStringLiteral("loaded"));
    QCOMPARE(labelText(page, "releaseValue"), QStringLiteral("none (plain erl)"));
    QCOMPARE(labelText(&window, "statusCounts"), QStringLiteral("1 up / 0 down"));
    QVERIFY(labelText(&window, "statusState").startsWith(name));
    QCOMPARE(env.settings.nodes().size(), 1);

    // The Metrics tab lists the node's live metrics by kind and opens with the default graphs (memory,
    // processes, schedulers), drawn from memory (there is no store here).
    window.showTab(1);
    MetricsPage *metrics = window.metricsPage();
    QVERIFY(metrics->isVisible() && !page->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(metrics->browser()->select(QStringLiteral("memory.total"), name), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(metrics->graphs().size(), 3, 10000);
    const QModelIndex selected = metrics->browser()->view()->currentIndex();
    QCOMPARE(selected.parent().data().toString(), QStringLiteral("total (bytes)"));   // the metric, in words
    QCOMPARE(selected.parent().parent().data().toString(), QStringLiteral("Memory")); // under its kind
    QTest::mouseClick(metrics->browser()->findChild<QPushButton *>(QStringLiteral("addToGraphButton")), Qt::LeftButton);
    QCOMPARE(metrics->graphs().size(), 3); // it was on the current graph already
    TimeSeriesChart *graphChart = metrics->graphs().constFirst()->chart();
    QTRY_VERIFY_WITH_TIMEOUT(graphChart->pointCount(graphChart->seriesIds().constFirst()) > 0, 10000);
    QCOMPARE(metrics->graphs().constFirst()->resolutionText(), QStringLiteral("raw"));
    window.showTab(0);
    QVERIFY(page->isVisible());

    const QString shotPath = env.dir.filePath(QStringLiteral("window.png"));
    const QImage shot = window.grab().toImage();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(shotPath));
    QVERIFY(QFileInfo(shotPath).size() > 0);
    QVERIFY(distinctColours(shot) > 10);

    // "No" keeps the node.
    QMessageBox *question = window.confirmRemoveSelectedNode();
    QVERIFY(question);
    QTest::mouseClick(question->button(QMessageBox::No), Qt::LeftButton);
    QTest::qWait(50);
    QCOMPARE(window.topologyModel()->rowCount(), 1);

    question = window.confirmRemoveSelectedNode();
    QVERIFY(question);
    QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(window.topologyModel()->rowCount(), 0);
    QVERIFY(!window.pageFor(name));
    QTRY_VERIFY(welcome->isVisible());
    QCOMPARE(env.settings.nodes().size(), 0);
    QCOMPARE(labelText(&window, "statusCounts"), QStringLiteral("0 up / 0 down"));
    QVERIFY(!window.confirmRemoveSelectedNode());
    // The session disconnected cleanly: only the test's own RPC connection is left on the node.
    QTRY_COMPARE_WITH_TIMEOUT(env.registry.retiringCount(), 0, 10000);
    const auto hidden = rpc.call("erlang", "nodes", {Term::atom("hidden")});
    QVERIFY(hidden);
    QCOMPARE(hidden->items().size(), 1);

    QVERIFY(env.settings.restoreWindow(QStringLiteral("main")).geometry.isEmpty());
    window.close();
    QVERIFY(!env.settings.restoreWindow(QStringLiteral("main")).geometry.isEmpty());
}

void TestGuiSmoke::demoNode()
{
    Environment env;
    auto window = std::make_unique<MainWindow>(&env.registry, &env.settings, &env.vault, nullptr);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *button = window->findChild<QPushButton *>(QStringLiteral("demoButton"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window->topologyModel()->rowCount(), 1, 30000);
    const QString name = window->selectedNode();
    QVERIFY(name.startsWith(QStringLiteral("bilby_demo_")));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*window, name), NodeSession::State::Up, 15000);
    NodePage *page = window->pageFor(name);
    QVERIFY(page);
    // The workload runs: its processes come and go, so the count moves between samples.
    QTRY_VERIFY_WITH_TIMEOUT(page->processChart()->pointCount(QStringLiteral("limits.process_count")) >= 3, 10000);
    const auto counts = env.registry.entry(name)->history()->points(QStringLiteral("limits.process_count"));
    QTRY_VERIFY_WITH_TIMEOUT(env.registry.entry(name)->history()->latest(QStringLiteral("limits.process_count")) !=
                                 counts.first().y(),
                             15000);
    QCOMPARE(env.settings.nodes().size(), 0); // the demo node is never saved

    // Removing the demo node from the list stops it; the welcome page can start a fresh one.
    const auto first = NodeName::parse(name);
    QVERIFY(first);
    QCOMPARE(EpmdProbe::run(*first, 1000).result, EpmdProbe::Result::Registered);
    QMessageBox *question = window->confirmRemoveSelectedNode();
    QVERIFY(question);
    QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(window->topologyModel()->rowCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(EpmdProbe::run(*first, 1000).result != EpmdProbe::Result::Registered, 10000);
    QTRY_VERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window->topologyModel()->rowCount(), 1, 30000);
    const auto second = NodeName::parse(window->selectedNode());
    QVERIFY(second && !(*second == *first));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(*window, second->toString()), NodeSession::State::Up, 15000);

    // Closing the window stops the demo node.
    window.reset();
    QTRY_VERIFY_WITH_TIMEOUT(EpmdProbe::run(*second, 1000).result != EpmdProbe::Result::Registered, 10000);
}

void TestGuiSmoke::appDemoRaisesAnAlarm()
{
    // The application itself, as `scripts/bilby.sh run` starts it: a demo node whose order rush fills a
    // queue past 1,000 messages within 20 s; the alarm and the rush's warning reach the history file.
    QTemporaryDir dir;
    const QString shot = dir.filePath(QStringLiteral("alarms.png"));
    const QStringList args{
        QStringLiteral("--demo"), QStringLiteral("--settings-dir"), dir.path(), QStringLiteral("--tab"),
        QStringLiteral("alarms"), QStringLiteral("--screenshot"),   shot,       QStringLiteral("--screenshot-delay"),
        QStringLiteral("24000")};
    QProcess app;
    app.start(QStringLiteral(BILBY_APP_PATH), args);
    QVERIFY(app.waitForFinished(60000));
    QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
    QVERIFY(QFileInfo(shot).size() > 0);

    const QString db = dir.filePath(QStringLiteral("history.sqlite"));
    const CliRun alarms = runCli({QStringLiteral("--db"), db, QStringLiteral("alarms"), QStringLiteral("--json")});
    QVERIFY2(alarms.exitCode == 0, alarms.err.constData());
    bool queue = false;
    for (const QJsonValue &a : QJsonDocument::fromJson(alarms.out).object().value(QStringLiteral("alarms")).toArray())
        queue = queue ||
                a.toObject().value(QStringLiteral("id")).toString() == QLatin1String("process_message_queue_minor");
    QVERIFY2(queue, alarms.out.constData());
    const CliRun notes = runCli({QStringLiteral("--db"), db, QStringLiteral("notifications"),
                                 QStringLiteral("--search"), QStringLiteral("rush"), QStringLiteral("--json")});
    QVERIFY2(notes.out.contains("order rush"), notes.out.constData());

    // A tab that does not exist is refused with the list of those that do.
    QProcess bad;
    bad.start(QStringLiteral(BILBY_APP_PATH),
              {QStringLiteral("--settings-dir"), dir.path(), QStringLiteral("--tab"), QStringLiteral("weather")});
    QVERIFY(bad.waitForFinished(20000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("nodes, metrics, alarms, notifications"));
}

QTEST_MAIN(TestGuiSmoke)
#include "tst_gui_smoke.moc"
