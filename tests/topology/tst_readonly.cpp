// Read-only mode (spec U5): the marks and the global preference persist (old files read as before); a
// production node connects read-only, and switching at runtime changes what the agent itself refuses,
// on the same connection and again after a reconnection; every switch is audited; the window's dialog,
// menus and indicators follow.
#include "connection/distconnection.h"
#include "settings/settings.h"
#include "shell/addnodedialog.h"
#include "shell/mainwindow.h"
#include "shell/nodepage.h"
#include "shell/preferencesdialog.h"
#include "support/testenvironment.h"
#include "support/testnode.h"
#include "tools/processinspector.h"
#include "topology/nodemarksactions.h"
#include "topology/noderegistry.h"
#include "topology/topologymodel.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace bilby;
using namespace bilby::test;

Q_DECLARE_METATYPE(bilby::ReadOnlyOverride)

namespace {

constexpr int ConnectMs = 15000;

NodeName nobody()
{
    return {QString::fromLatin1("nobody_" + randomToken(10)), QStringLiteral("127.0.0.1")};
}

// A request that changes the node (a garbage collection of the code server: harmless on a test node).
Term mutatingRequest()
{
    return ProcessInspector::gcRequest(ProcessInspector::target(QStringLiteral("code_server")));
}

// What the agent says to a request that changes the node: empty when it did it.
QString agentAnswer(NodeSession &session)
{
    return askAgent(session, mutatingRequest()).second;
}

bool refusedAsReadOnly(const QString &error)
{
    return error.contains(QLatin1String("read_only"));
}

QString labelText(QWidget *widget, const char *name)
{
    const auto *label = widget->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QString();
}

bool isUp(const ManagedNode *node)
{
    return node->session() && node->session()->state() == NodeSession::State::Up;
}

} // namespace

class TestReadOnly : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { DistConnection::initialize(); }
    void effectiveMode_data();
    void effectiveMode();
    void settingsRoundTrip();
    void oldSettingsFileReadsAsBefore();
    void registryKeepsMarks();
    void productionNodeConnectsReadOnly();
    void reconnectionKeepsTheCurrentMode();
    void windowShowsAndSwitchesTheMode();
};

void TestReadOnly::effectiveMode_data()
{
    QTest::addColumn<bool>("production");
    QTest::addColumn<ReadOnlyOverride>("override");
    QTest::addColumn<bool>("policyProduction");
    QTest::addColumn<bool>("policyAll");
    QTest::addColumn<bool>("expected");
    const auto Inherit = ReadOnlyOverride::Inherit;
    QTest::newRow("plain node, defaults") << false << Inherit << true << false << false;
    QTest::newRow("production node, defaults") << true << Inherit << true << false << true;
    QTest::newRow("production node, preference off") << true << Inherit << false << false << false;
    QTest::newRow("plain node, all nodes") << false << Inherit << false << true << true;
    QTest::newRow("override on beats preferences") << false << ReadOnlyOverride::On << false << false << true;
    QTest::newRow("override off beats production") << true << ReadOnlyOverride::Off << true << true << false;
}

void TestReadOnly::effectiveMode()
{
    QFETCH(bool, production);
    QFETCH(ReadOnlyOverride, override);
    QFETCH(bool, policyProduction);
    QFETCH(bool, policyAll);
    QFETCH(bool, expected);
    QCOMPARE(effectiveReadOnly(NodeMarks{production, override}, ReadOnlyPolicy{policyProduction, policyAll}), expected);
}

void TestReadOnly::settingsRoundTrip()
{
    QTemporaryDir dir;
    const QString ini = Settings::iniPathIn(dir.path());
    const QList<Settings::NodeEntry> nodes{
        {QStringLiteral("a@h"), QStringLiteral("a@h"), {true, ReadOnlyOverride::Inherit}},
        {QStringLiteral("b@h"), QStringLiteral("b@h"), {false, ReadOnlyOverride::On}},
        {QStringLiteral("c@h"), QStringLiteral("c@h"), {true, ReadOnlyOverride::Off}},
    };
    {
        Settings settings(ini);
        QCOMPARE(settings.readOnlyPolicy(), ReadOnlyPolicy{}); // production nodes on, all nodes off
        QVERIFY(settings.readOnlyPolicy().productionNodes);
        settings.setNodes(nodes);
        QSignalSpy policyChanged(&settings, &Settings::readOnlyPolicyChanged);
        settings.setReadOnlyPolicy({false, true});
        settings.setReadOnlyPolicy({false, true}); // no change, no signal
        QCOMPARE(policyChanged.count(), 1);
        // A mark alone changes the saved list.
        QSignalSpy nodesChanged(&settings, &Settings::nodesChanged);
        QList<Settings::NodeEntry> changed = nodes;
        changed[1].marks.readOnly = ReadOnlyOverride::Inherit;
        settings.setNodes(changed);
        QCOMPARE(nodesChanged.count(), 1);
        settings.setNodes(nodes);
        settings.sync();
    }
    Settings reread(ini);
    QCOMPARE(reread.nodes(), nodes);
    QCOMPARE(reread.readOnlyPolicy(), (ReadOnlyPolicy{false, true}));
}

void TestReadOnly::oldSettingsFileReadsAsBefore()
{
    // A file written before the marks existed, plus one value a hand could have written wrong.
    QTemporaryDir dir;
    const QString ini = Settings::iniPathIn(dir.path());
    QFile file(ini);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[nodes]\n"
               "1\\name=old@host\n"
               "1\\cookieKey=old@host\n"
               "2\\name=odd@host\n"
               "2\\cookieKey=odd@host\n"
               "2\\readOnly=maybe\n"
               "size=2\n");
    file.close();
    Settings settings(ini);
    const QList<Settings::NodeEntry> nodes = settings.nodes();
    QCOMPARE(nodes.size(), 2);
    QCOMPARE(nodes.at(0).name, QStringLiteral("old@host"));
    QCOMPARE(nodes.at(0).cookieKey, QStringLiteral("old@host"));
    QCOMPARE(nodes.at(0).marks, NodeMarks{});
    QCOMPARE(nodes.at(1).marks.readOnly, ReadOnlyOverride::Inherit);
    QCOMPARE(settings.readOnlyPolicy(), ReadOnlyPolicy{});
}

void TestReadOnly::registryKeepsMarks()
{
    Environment env;
    const NodeName a = nobody();
    const NodeName b = nobody();
    {
        NodeRegistry registry(&env.settings, &env.vault);
        ManagedNode *nodeA = registry.addNode(a, "cookie", NodeRegistry::Persistence::Persistent, {true, {}});
        ManagedNode *nodeB = registry.addNode(b, "cookie");
        QVERIFY(nodeA && nodeB);
        QVERIFY(nodeA->isProduction());
        QVERIFY(nodeA->isReadOnly()); // by the default preference
        QVERIFY(!nodeB->isReadOnly());
        QSignalSpy marksChanged(&registry, &NodeRegistry::nodeMarksChanged);
        nodeB->setReadOnlyOverride(ReadOnlyOverride::On);
        QVERIFY(nodeB->isReadOnly());
        QVERIFY(marksChanged.count() >= 1);
        QCOMPARE(marksChanged.constLast().at(0).toString(), b.toString());
        QCOMPARE(env.settings.nodes().size(), 2);
        QCOMPARE(env.settings.nodes().at(1).marks.readOnly, ReadOnlyOverride::On);

        // The global preference reaches every node at once.
        env.settings.setReadOnlyPolicy({false, false});
        QVERIFY(!nodeA->isReadOnly());
        QVERIFY(nodeB->isReadOnly()); // its own choice comes first
        env.settings.setReadOnlyPolicy({true, false});
    }
    NodeRegistry again(&env.settings, &env.vault);
    again.loadSaved();
    QVERIFY(again.entry(a.toString()) && again.entry(b.toString()));
    QCOMPARE(again.entry(a.toString())->marks(), (NodeMarks{true, ReadOnlyOverride::Inherit}));
    QCOMPARE(again.entry(b.toString())->marks(), (NodeMarks{false, ReadOnlyOverride::On}));
    QVERIFY(again.entry(a.toString())->isReadOnly());
}

void TestReadOnly::productionNodeConnectsReadOnly()
{
    TestNode erl;
    QVERIFY(erl.start());
    NodeRegistry registry(nullptr, nullptr); // no settings: the default preference, production nodes read-only
    ManagedNode *node = registry.addNode(erl.name(), erl.cookie(), NodeRegistry::Persistence::Transient,
                                         {true, ReadOnlyOverride::Inherit});
    QVERIFY(node);
    QVERIFY(waitUntil([node] { return isUp(node); }, ConnectMs));
    NodeSession *session = node->session();
    QVERIFY(session->info().readOnly);
    // Straight to the agent, as a faulty UI would send it: the agent itself refuses.
    const QString refused = agentAnswer(*session);
    QVERIFY2(refusedAsReadOnly(refused), qPrintable(refused));

    QSignalSpy states(session, &NodeSession::stateChanged);
    QSignalSpy actions(node, &ManagedNode::actionRecorded);
    QSignalSpy effective(node, &ManagedNode::readOnlyChanged);
    QSignalSpy agent(node, &ManagedNode::agentReadOnlyChanged);

    // Off at runtime: the same connection, now allowed.
    node->setReadOnlyOverride(ReadOnlyOverride::Off);
    QCOMPARE(effective.count(), 1);
    QCOMPARE(effective.at(0).at(0).toBool(), false);
    QVERIFY(waitUntil([&] { return agent.count() == 1; }, 10000));
    QVERIFY(!session->info().readOnly);
    QCOMPARE(agentAnswer(*session), QString());

    // And on again: refused again.
    node->setReadOnlyOverride(ReadOnlyOverride::On);
    QVERIFY(waitUntil([&] { return agent.count() == 2; }, 10000));
    QVERIFY(session->info().readOnly);
    QVERIFY(refusedAsReadOnly(agentAnswer(*session)));

    // Back to the preference: still read-only (a production node), so nothing to switch or audit.
    node->setReadOnlyOverride(ReadOnlyOverride::Inherit);
    QCOMPARE(effective.count(), 2);

    // Never a reconnection: the session stayed up, the node is the same session object.
    QCOMPARE(states.count(), 0);
    QCOMPARE(node->session(), session);

    // Each switch is in the timeline, as an action of the user's.
    QVERIFY(waitUntil([&] { return actions.count() == 2; }, 5000));
    const auto off = actions.at(0).at(0).value<Notification>();
    const auto on = actions.at(1).at(0).value<Notification>();
    QCOMPARE(off.origin, Notification::Origin::Action);
    QCOMPARE(off.node, node->key());
    QCOMPARE(off.severity, Notification::Severity::Notice);
    QVERIFY2(off.text.contains(QLatin1String("Read-only turned off")), qPrintable(off.text));
    QVERIFY2(on.text.contains(QLatin1String("Read-only turned on")), qPrintable(on.text));
}

void TestReadOnly::reconnectionKeepsTheCurrentMode()
{
    TestNode erl;
    QVERIFY(erl.start());
    NodeRegistry registry(nullptr, nullptr);
    ManagedNode *node = registry.addNode(erl.name(), erl.cookie(), NodeRegistry::Persistence::Transient);
    QVERIFY(node);
    QVERIFY(waitUntil([node] { return isUp(node); }, ConnectMs));
    NodeSession *session = node->session();
    QVERIFY(!session->info().readOnly);

    // Turned on after the session was made with it off: a reconnection must not lose it.
    QSignalSpy agent(node, &ManagedNode::agentReadOnlyChanged);
    node->setReadOnlyOverride(ReadOnlyOverride::On);
    QVERIFY(waitUntil([&] { return agent.count() == 1; }, 10000));
    QSignalSpy restarted(session, &NodeSession::restarted);
    QVERIFY(erl.restart());
    QVERIFY(waitUntil([&] { return restarted.count() == 1; }, 30000));
    QVERIFY(waitUntil([&] { return isUp(node) && session->info().readOnly; }, 10000));
    QVERIFY(refusedAsReadOnly(agentAnswer(*session)));
}

void TestReadOnly::windowShowsAndSwitchesTheMode()
{
    TestNode erl;
    QVERIFY(erl.start());
    const QString name = erl.name().toString();
    Environment env;
    MainWindow window(&env.registry, &env.settings, &env.vault, nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Added through the dialog, with the box ticked.
    AddNodeDialog *dialog = window.openAddNodeDialog();
    dialog->findChild<QLineEdit *>(QStringLiteral("nodeNameEdit"))->setText(name);
    dialog->findChild<QLineEdit *>(QStringLiteral("cookieEdit"))->setText(QString::fromLatin1(erl.cookie()));
    auto *production = dialog->findChild<QCheckBox *>(QStringLiteral("productionCheck"));
    QVERIFY(production && !production->isChecked());
    // On its box: the widget spans the form's column, wider than what answers a click.
    QTest::mouseClick(production, Qt::LeftButton, {}, QPoint(6, production->height() / 2));
    QVERIFY(dialog->isProduction());
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    ManagedNode *node = env.registry.entry(name);
    QVERIFY(node);
    QVERIFY(node->isProduction());
    QVERIFY(node->isReadOnly());
    QCOMPARE(env.settings.nodes().size(), 1);
    QVERIFY(env.settings.nodes().at(0).marks.production);

    // The indicators: the overview's Agent row, the status bar, the topology's tag.
    QVERIFY(waitUntil([node] { return isUp(node); }, ConnectMs));
    NodePage *page = window.pageFor(name);
    QVERIFY(page);
    QTRY_COMPARE(labelText(page, "agentValue"), QStringLiteral("loaded, read-only"));
    QVERIFY2(labelText(&window, "statusState").contains(QLatin1String("read-only")),
             qPrintable(labelText(&window, "statusState")));
    const QModelIndex row = window.topologyView()->model()->index(0, TopologyModel::NameColumn);
    QVERIFY(row.data().toString().contains(QLatin1String("production")));
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QLatin1String("Read-only")));

    // The Read-Only action shows the effective mode; unticking it on a production node asks first.
    NodeMarksActions *marks = window.nodeMarksActions();
    QAction *readOnly = marks->readOnlyAction();
    QVERIFY(readOnly->isEnabled() && readOnly->isChecked());
    QVERIFY(marks->productionAction()->isChecked());
    readOnly->trigger();
    QMessageBox *confirm = marks->confirmation();
    QVERIFY(confirm && confirm->isVisible());
    QVERIFY(readOnly->isChecked());
    QTest::mouseClick(confirm->button(QMessageBox::No), Qt::LeftButton);
    QVERIFY(node->isReadOnly());
    QVERIFY(readOnly->isChecked());

    readOnly->trigger();
    confirm = marks->confirmation();
    QVERIFY(confirm);
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QVERIFY(!node->isReadOnly());
    QCOMPARE(node->readOnlyOverride(), ReadOnlyOverride::Off);
    QVERIFY(!readOnly->isChecked());
    QVERIFY(marks->followPreferenceAction()->isEnabled());
    QTRY_COMPARE(labelText(page, "agentValue"), QStringLiteral("loaded"));
    QVERIFY(!labelText(&window, "statusState").contains(QLatin1String("read-only")));
    QCOMPARE(agentAnswer(*node->session()), QString());
    QCOMPARE(env.settings.nodes().at(0).marks.readOnly, ReadOnlyOverride::Off);

    // Turning it on never asks.
    readOnly->trigger();
    QVERIFY(!marks->confirmation() || !marks->confirmation()->isVisible());
    QVERIFY(node->isReadOnly());
    QTRY_COMPARE(labelText(page, "agentValue"), QStringLiteral("loaded, read-only"));

    // The preference: for all nodes and production nodes off, this node follows it again.
    marks->followPreferenceAction()->trigger();
    QCOMPARE(node->readOnlyOverride(), ReadOnlyOverride::Inherit);
    PreferencesDialog *preferences = window.openPreferences();
    auto *productionBox = preferences->findChild<QCheckBox *>(QStringLiteral("productionReadOnlyCheck"));
    QVERIFY(productionBox && productionBox->isChecked());
    QTest::mouseClick(productionBox, Qt::LeftButton, {}, QPoint(6, productionBox->height() / 2));
    QTest::mouseClick(preferences->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(env.settings.readOnlyPolicy(), (ReadOnlyPolicy{false, false}));
    QVERIFY(!node->isReadOnly());
    QTRY_COMPARE(labelText(page, "agentValue"), QStringLiteral("loaded"));
}

QTEST_MAIN(TestReadOnly)
#include "tst_readonly.moc"
