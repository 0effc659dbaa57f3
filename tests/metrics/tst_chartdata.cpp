// What the charts are fed: a real node sampled by the registry, written to a real store, read back
// through ChartDataSource merged with the in-memory rings; and the same with the store failing.
#include "metrics/chartdatasource.h"
#include "store/metricdb.h"
#include "support/testnode.h"
#include "topology/noderegistry.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace bilby;
using namespace bilby::test;

namespace {

const QString Metric = QStringLiteral("memory.total");

std::optional<SeriesResult> fetchNow(ChartDataSource &source, const SeriesQuery &query, QObject *context)
{
    std::optional<SeriesResult> result;
    source.fetch(query, context, [&result](const SeriesResult &r) { result = r; });
    if (result)
        return std::nullopt; // must never answer synchronously
    waitUntil([&result] { return result.has_value(); }, 10000);
    return result;
}

/// Live samples of memory.total held in memory (history-rate samples carry other metrics).
int ringSize(const ManagedNode *node)
{
    const RingSeries *ring = node->history()->series(Metric);
    return ring ? ring->size() : 0;
}

/// A console without a window: a store on @p path (opening as the test runs on), a registry writing to
/// it, and the chart data source over both.
struct Console
{
    explicit Console(const QString &path)
    {
        registry.setStore(&store);
        store.open(path);
    }
    MetricStore store;
    NodeRegistry registry{nullptr, nullptr};
    ChartDataSource source{&registry, &store};
};

int realPoints(const SeriesPoints &points)
{
    return int(std::count_if(points.cbegin(), points.cend(), [](const SeriesPoint &p) { return !p.isGap(); }));
}

} // namespace

class TestChartData : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void samplesReachStoreAndCharts();
    void historyBeforeTheRingComesFromTheStore();
    void failedStoreStillCharts();

private:
    QTemporaryDir m_dir;
    TestNode m_node;
};

void TestChartData::initTestCase()
{
    QString error;
    QVERIFY2(m_node.start(&error), qPrintable(error));
}

void TestChartData::samplesReachStoreAndCharts()
{
    const QString path = m_dir.filePath(QStringLiteral("live.db"));
    Console console(path);
    QSignalSpy opened(&console.store, &MetricStore::opened);
    QVERIFY(opened.wait(5000));
    NodeRegistry &registry = console.registry;
    ChartDataSource &source = console.source;
    QSignalSpy seriesChanged(&source, &ChartDataSource::seriesChanged);
    QSignalSpy sampled(&source, &ChartDataSource::sampled);
    ManagedNode *node = registry.addNode(m_node.name(), m_node.cookie(), NodeRegistry::Persistence::Transient);
    QVERIFY(node);
    const QString key = node->key();
    QVERIFY(waitUntil([&] { return ringSize(node) >= 4; }, 20000));
    QVERIFY(sampled.count() >= 4);
    QVERIFY(seriesChanged.count() >= 1);
    QVERIFY(source.series().contains(SeriesKey{key, Metric}));
    QVERIFY(source.nodes().contains(key));

    // The store has what the registry sampled (the writer flushes every second).
    QVERIFY(waitUntil(
        [&] {
            MetricDb reader;
            if (!reader.open(path, {}, MetricDb::Mode::ReadOnly))
                return false;
            SeriesQuery q;
            q.key = {key, Metric};
            q.fromMs = QDateTime::currentMSecsSinceEpoch() - 60000;
            q.toMs = QDateTime::currentMSecsSinceEpoch();
            q.resolution = Resolution::Raw;
            return realPoints(reader.query(q).points) >= 3;
        },
        10000));

    SeriesQuery q;
    q.key = {key, Metric};
    q.toMs = QDateTime::currentMSecsSinceEpoch();
    q.fromMs = q.toMs - 5 * 60 * 1000;
    const auto result = fetchNow(source, q, this);
    QVERIFY(result);
    QVERIFY(!result->error.isError());
    QCOMPARE(result->resolution, Resolution::Raw);
    QVERIFY(realPoints(result->points) >= 4);
    // The newest point comes from the ring, not waiting for the writer.
    QCOMPARE(result->points.last().timeMs,
             node->history()->series(Metric)->timeAt(node->history()->series(Metric)->size() - 1));
    registry.removeNode(key);
    QVERIFY(waitUntil([&] { return registry.retiringCount() == 0; }, 10000));
}

void TestChartData::historyBeforeTheRingComesFromTheStore()
{
    // Yesterday's samples of this node, written by an earlier run of the console.
    const QString path = m_dir.filePath(QStringLiteral("history.db"));
    const QString key = m_node.name().toString();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        MetricDb db;
        QVERIFY(db.open(path));
        for (qint64 t = now - 26 * 3600 * 1000; t < now - 20 * 3600 * 1000; t += 1000)
            db.append(key, Metric, t, 5e6, 1000);
        QVERIFY(db.flush());
    }
    Console console(path);
    QSignalSpy opened(&console.store, &MetricStore::opened);
    QVERIFY(opened.wait(5000));
    NodeRegistry &registry = console.registry;
    ChartDataSource &source = console.source;
    // Stored series are listed before the node samples anything.
    QVERIFY(waitUntil([&] { return source.series().contains(SeriesKey{key, Metric}); }, 5000));
    ManagedNode *node = registry.addNode(m_node.name(), m_node.cookie(), NodeRegistry::Persistence::Transient);
    QVERIFY(waitUntil([&] { return ringSize(node) >= 2; }, 20000));

    SeriesQuery q;
    q.key = {key, Metric};
    q.toMs = QDateTime::currentMSecsSinceEpoch();
    q.fromMs = q.toMs - 24 * 3600 * 1000;
    q.columns = 800;
    const auto day = fetchNow(source, q, this);
    QVERIFY(day);
    QCOMPARE(day->resolution, Resolution::History);
    // Yesterday's minutes, then a gap (the console was closed), then the live samples.
    QVERIFY(day->points.size() <= 4 * 800 + 4);
    QVERIFY(realPoints(day->points) > 100);
    QVERIFY(std::any_of(day->points.cbegin(), day->points.cend(), [](const SeriesPoint &p) { return p.isGap(); }));
    QCOMPARE(day->points.first().value, 5e6);
    QVERIFY(day->points.last().value != 5e6);
    registry.removeNode(key);
    QVERIFY(waitUntil([&] { return registry.retiringCount() == 0; }, 10000));
}

void TestChartData::failedStoreStillCharts()
{
    // A file where the history file's folder should be: the store cannot open anything there.
    const QString blocker = m_dir.filePath(QStringLiteral("blocked"));
    QVERIFY(writeJunkFile(blocker, 4096));
    const QString path = blocker + QLatin1String("/history.sqlite");
    Console console(path);
    QSignalSpy failed(&console.store, &MetricStore::failed);
    QVERIFY(failed.wait(5000));
    NodeRegistry &registry = console.registry;
    ChartDataSource &source = console.source;
    ManagedNode *node = registry.addNode(m_node.name(), m_node.cookie(), NodeRegistry::Persistence::Transient);
    QVERIFY(waitUntil([&] { return ringSize(node) >= 3; }, 20000));
    // Sampling goes on in memory, and the live range still draws.
    SeriesQuery q;
    q.key = {node->key(), Metric};
    q.toMs = QDateTime::currentMSecsSinceEpoch();
    q.fromMs = q.toMs - 60 * 1000;
    const auto minute = fetchNow(source, q, this);
    QVERIFY(minute);
    QVERIFY(realPoints(minute->points) >= 3);
    // A longer range reaches before the ring: the answer carries the store's error with the live part.
    q.fromMs = q.toMs - 7 * 24 * 3600 * 1000LL;
    const auto week = fetchNow(source, q, this);
    QVERIFY(week);
    QCOMPARE(week->error.kind, StoreError::Kind::CannotOpen);
    QVERIFY(realPoints(week->points) >= 3);
    QCOMPARE(QFile(blocker).size(), qint64(4096)); // what was in the way is left as it was
    registry.removeNode(node->key());
    QVERIFY(waitUntil([&] { return registry.retiringCount() == 0; }, 10000));
}

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chartdata.moc"
