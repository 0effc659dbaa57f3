// The GUI with a history file that fails: a visible warning that says what to do, sampling that goes on
// in memory, and the warning gone once the file works again. Real node, real SQLite files, offscreen.
#include "cookievault.h"
#include "mainwindow.h"
#include "metricstore.h"
#include "noderegistry.h"
#include "settings.h"
#include "storewarningbar.h"
#include "testenvironment.h"
#include "testnode.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace bilby;
using namespace bilby::test;

namespace {

int liveSamples(const ManagedNode *node)
{
    const RingSeries *ring = node->history()->series(QStringLiteral("memory.total"));
    return ring ? ring->size() : 0;
}

} // namespace

class TestStoreWarning : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void damagedFileWarnsAndSamplingGoesOn();
    void lockedFileWarnsThenRecovers();

private:
    TestNode m_node;
};

void TestStoreWarning::initTestCase()
{
    QString error;
    QVERIFY2(m_node.start(&error), qPrintable(error));
}

void TestStoreWarning::damagedFileWarnsAndSamplingGoesOn()
{
    Environment env;
    const QString path = env.settings.historyPath();
    QVERIFY(path.startsWith(env.dir.path())); // beside the settings of this test, never the user's
    QVERIFY(writeJunkFile(path, 8192));
    MetricStore store;
    QSignalSpy failed(&store, &MetricStore::failed);
    store.open(path, env.settings.storeOptions());
    env.registry.setStore(&store);
    MainWindow window(&env.registry, &env.settings, &env.vault, &store);
    window.resize(1100, 700);
    window.show();
    QVERIFY(failed.wait(5000));
    QVERIFY(window.storeWarning()->isVisible());
    QVERIFY(window.storeWarning()->text().contains(QLatin1String("damaged")));
    QVERIFY(window.storeWarning()->text().contains(QLatin1String("keeps sampling")));

    ManagedNode *node = env.registry.addNode(m_node.name(), m_node.cookie(), NodeRegistry::Persistence::Transient);
    QVERIFY(node);
    QVERIFY(waitUntil([&] { return liveSamples(node) >= 3; }, 20000));
    QVERIFY(window.storeWarning()->isVisible());
    QCOMPARE(QFile(path).size(), qint64(8192)); // never overwritten
    env.registry.removeNode(node->key());
    QVERIFY(waitUntil([&] { return env.registry.retiringCount() == 0; }, 10000));
}

void TestStoreWarning::lockedFileWarnsThenRecovers()
{
    Environment env;
    const QString path = env.settings.historyPath();
    MetricStore store;
    QSignalSpy opened(&store, &MetricStore::opened);
    store.open(path, env.settings.storeOptions());
    QVERIFY(opened.wait(5000));
    env.registry.setStore(&store);
    MainWindow window(&env.registry, &env.settings, &env.vault, &store);
    window.show();
    QVERIFY(!window.storeWarning()->isVisible());

    // Another program takes the write lock while the node is being sampled.
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    ManagedNode *node = env.registry.addNode(m_node.name(), m_node.cookie(), NodeRegistry::Persistence::Transient);
    QVERIFY(waitUntil([&] { return window.storeWarning()->isVisible(); }, 15000));
    QVERIFY(window.storeWarning()->text().contains(QLatin1String("locked")));
    const int whileLocked = liveSamples(node);
    QVERIFY(waitUntil([&] { return liveSamples(node) > whileLocked; }, 10000)); // sampling goes on

    QCOMPARE(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(other);
    QVERIFY(waitUntil([&] { return !window.storeWarning()->isVisible(); }, 15000));
    QVERIFY(!store.isFailed());
    env.registry.removeNode(node->key());
    QVERIFY(waitUntil([&] { return env.registry.retiringCount() == 0; }, 10000));
}

QTEST_MAIN(TestStoreWarning)
#include "tst_view_storewarning.moc"
