// The GUI with a history file that fails: a visible warning that says what to do (in words; SQLite's
// own go to the log), sampling that goes on in memory, and the warning gone once the file works again;
// a damaged file set aside and said so, with where it went. Real node, real SQLite files, offscreen.
#include "connection/cookievault.h"
#include "settings/settings.h"
#include "shell/mainwindow.h"
#include "shell/storewarningbar.h"
#include "store/metricstore.h"
#include "support/storefixture.h"
#include "support/testenvironment.h"
#include "support/testnode.h"
#include "topology/noderegistry.h"

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
    void damagedFileIsSetAsideAndSaid();
    void lockedFileWarnsThenRecovers();

private:
    TestNode m_node;
};

void TestStoreWarning::initTestCase()
{
    QString error;
    QVERIFY2(m_node.start(&error), qPrintable(error));
}

void TestStoreWarning::damagedFileIsSetAsideAndSaid()
{
    Environment env;
    const QString path = env.settings.historyPath();
    QVERIFY(path.startsWith(env.dir.path())); // beside the settings of this test, never the user's
    QVERIFY(writeJunkFile(path, 8192));
    MetricStore store;
    QSignalSpy failed(&store, &MetricStore::failed);
    QSignalSpy aside(&store, &MetricStore::fileSetAside);
    QSignalSpy flushed(&store, &MetricStore::flushed);
    store.open(path, env.settings.storeOptions());
    env.registry.setStore(&store);
    MainWindow window(&env.registry, &env.settings, &env.vault, &store);
    window.resize(1100, 700);
    window.show();
    QVERIFY(aside.wait(5000));
    const SetAsideFile file = aside.first().first().value<SetAsideFile>();
    QVERIFY(window.storeWarning()->isVisible());
    const QString text = window.storeWarning()->text();
    QVERIFY2(text.contains(QLatin1String("damaged")) && text.contains(file.movedTo) &&
                 text.contains(QLatin1String("a new one was started")),
             qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("not being saved")));
    QCOMPARE(QFile(file.movedTo).size(), qint64(8192)); // renamed, never overwritten
    // A bar made later (another window) says the same.
    StoreWarningBar late(&store);
    QCOMPARE(late.text(), text);

    // History goes on in the new file, and the notice stays until the user closes it.
    ManagedNode *node = env.registry.addNode(m_node.name(), m_node.cookie(), NodeRegistry::Persistence::Transient);
    QVERIFY(node);
    QVERIFY(waitUntil([&] { return liveSamples(node) >= 3 && flushed.count() > 0; }, 20000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(window.storeWarning()->isVisible());
    env.registry.removeNode(node->key());
    QVERIFY(waitUntil([&] { return env.registry.retiringCount() == 0; }, 10000));
}

void TestStoreWarning::lockedFileWarnsThenRecovers()
{
    Environment env;
    const QString path = env.settings.historyPath();
    MetricStore store;
    QVERIFY(openStore(store, path, env.settings.storeOptions(), 5000));
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
    // Words only: what SQLite said went to the log.
    QVERIFY2(!window.storeWarning()->text().contains(QLatin1String("SQLite")) &&
                 !window.storeWarning()->text().contains(QLatin1String("BEGIN")),
             qPrintable(window.storeWarning()->text()));
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
