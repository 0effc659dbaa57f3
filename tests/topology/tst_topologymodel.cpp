// The topology model over a registry of nodes that do not exist: rows follow additions and removals,
// state roles follow the sessions, and the saved list comes back with its cookies.
#include "connection/cookievault.h"
#include "connection/distconnection.h"
#include "settings/settings.h"
#include "support/testnode.h"
#include "topology/noderegistry.h"
#include "topology/topologymodel.h"

#include <QAbstractItemModelTester>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bilby;
using namespace bilby::test;

namespace {

NodeName nobody()
{
    return {QString::fromLatin1("nobody_" + randomToken(10)), QStringLiteral("127.0.0.1")};
}

NodeSession::State stateAt(const TopologyModel &model, int row)
{
    return NodeSession::State(model.index(row, TopologyModel::NameColumn).data(TopologyModel::StateRole).toInt());
}

} // namespace

class TestTopologyModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { DistConnection::initialize(); }
    void rowsAndRoles();
    void removalKeepsOrder();
    void savedNodesComeBack();
    void transientNodesAreNotSaved();
};

void TestTopologyModel::rowsAndRoles()
{
    NodeRegistry registry(nullptr, nullptr);
    TopologyModel model(&registry);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 2);

    const NodeName a = nobody();
    const NodeName b = nobody();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(registry.addNode(a, "cookie"));
    QVERIFY(registry.addNode(b, "cookie"));
    QVERIFY(!registry.addNode(a, "other")); // already managed
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0); // nodes have no children yet
    QCOMPARE(model.index(0, TopologyModel::NameColumn).data().toString(), a.toString());
    QCOMPARE(model.index(1, TopologyModel::NameColumn).data(TopologyModel::NodeNameRole).toString(), b.toString());
    QCOMPARE(model.indexOf(b.toString()).row(), 1);

    // epmd answers but does not know these nodes: both go down, each row announced on its own.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(model, 0), NodeSession::State::Down, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(model, 1), NodeSession::State::Down, 15000);
    QVERIFY(changed.count() >= 2);
    for (const QList<QVariant> &args : qAsConst(changed)) {
        const auto topLeft = args.at(0).toModelIndex();
        const auto bottomRight = args.at(1).toModelIndex();
        QCOMPARE(topLeft.row(), bottomRight.row());
        QCOMPARE(topLeft.column(), 0);
        QCOMPARE(bottomRight.column(), TopologyModel::StateColumn);
    }
    QCOMPARE(model.index(0, TopologyModel::StateColumn).data().toString(),
             NodeSession::stateName(NodeSession::State::Down));
    QVERIFY(!model.index(0, 0).data(TopologyModel::ErrorRole).toString().isEmpty());
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(a.toString()));
}

void TestTopologyModel::removalKeepsOrder()
{
    NodeRegistry registry(nullptr, nullptr);
    TopologyModel model(&registry);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const NodeName a = nobody();
    const NodeName b = nobody();
    const NodeName c = nobody();
    for (const NodeName &name : {a, b, c})
        QVERIFY(registry.addNode(name, "cookie"));
    QPointer<ManagedNode> removed = registry.entry(b.toString());
    QVERIFY(removed);

    QSignalSpy removedRows(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(registry.removeNode(b.toString()));
    QVERIFY(!registry.removeNode(b.toString()));
    QCOMPARE(removedRows.count(), 1);
    QCOMPARE(removedRows.at(0).at(1).toInt(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), a.toString());
    QCOMPARE(model.index(1, 0).data().toString(), c.toString());
    QVERIFY(!registry.entry(b.toString()));

    // The entry lives on while its session disconnects, then goes.
    QTRY_VERIFY_WITH_TIMEOUT(removed.isNull(), 10000);
    QCOMPARE(registry.retiringCount(), 0);

    // The rows that stay keep following their sessions.
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(model, 1), NodeSession::State::Down, 15000);
}

void TestTopologyModel::savedNodesComeBack()
{
    TestNode node;
    QVERIFY(node.start());
    QTemporaryDir dir;
    CookieVault::Options vaultOptions;
    vaultOptions.forceFile = true;
    vaultOptions.directory = dir.path();
    const QString ini = Settings::iniPathIn(dir.path());
    const NodeName missing = nobody();
    {
        Settings settings(ini);
        CookieVault vault(vaultOptions);
        NodeRegistry registry(&settings, &vault);
        QVERIFY(registry.addNode(node.name(), node.cookie()));
        QVERIFY(registry.addNode(missing, "cookie"));
        QCOMPARE(settings.nodes().size(), 2);
        QTRY_VERIFY(QFile::exists(vault.filePath()));
        settings.sync();
    }
    Settings settings(ini);
    CookieVault vault(vaultOptions);
    NodeRegistry registry(&settings, &vault);
    TopologyModel model(&registry);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    registry.loadSaved();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), node.name().toString());
    QCOMPARE(model.index(1, 0).data().toString(), missing.toString());
    // Connecting proves the cookie came back from the vault: a wrong one would be refused. (The agent the
    // first registry left behind may still be removing its code: the new one waits for it.)
    QTRY_VERIFY_WITH_TIMEOUT(
        stateAt(model, 0) == NodeSession::State::Up || stateAt(model, 0) == NodeSession::State::Agentless, 15000);
    QVERIFY2(stateAt(model, 0) == NodeSession::State::Up,
             qPrintable(registry.entry(node.name().toString())->session()->info().agentlessReason));

    // Removing a node forgets it and its cookie.
    QVERIFY(registry.removeNode(missing.toString()));
    QCOMPARE(settings.nodes().size(), 1);
    QCOMPARE(settings.nodes().at(0).name, node.name().toString());
    bool loaded = false;
    QString error;
    vault.load(missing.toString(), nullptr, [&](const QByteArray &, const QString &e) {
        loaded = true;
        error = e;
    });
    QTRY_VERIFY(loaded);
    QVERIFY(!error.isEmpty());
}

void TestTopologyModel::transientNodesAreNotSaved()
{
    QTemporaryDir dir;
    CookieVault::Options vaultOptions;
    vaultOptions.forceFile = true;
    vaultOptions.directory = dir.path();
    Settings settings(Settings::iniPathIn(dir.path()));
    CookieVault vault(vaultOptions);
    NodeRegistry registry(&settings, &vault);
    QVERIFY(registry.addNode(nobody(), "cookie", NodeRegistry::Persistence::Transient));
    QCOMPARE(registry.nodes().size(), 1);
    QCOMPARE(settings.nodes().size(), 0);
    QTest::qWait(100);
    QVERIFY(!QFile::exists(vault.filePath()));
}

QTEST_MAIN(TestTopologyModel)
#include "tst_topologymodel.moc"
