#include "metrics/metricbrowser.h"
#include "metrics/metriclabel.h"

#include "metrics/chartdatasource.h"
#include "metrics/metriccatalog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace bilby {

namespace {

// The kinds of metric, by the first part of their names, in the order an operator reads them.
struct Group
{
    const char *prefix;
    const char *title;
};
const Group Groups[] = {
    {"memory", QT_TRANSLATE_NOOP("bilby::MetricBrowser", "Memory")},
    {"processes", QT_TRANSLATE_NOOP("bilby::MetricBrowser", "Processes")},
    {"limits", QT_TRANSLATE_NOOP("bilby::MetricBrowser", "Limits: processes, ports, atoms, ETS")},
    {"runtime", QT_TRANSLATE_NOOP("bilby::MetricBrowser", "Runtime: work, garbage collection, I/O")},
    {"scheduler", QT_TRANSLATE_NOOP("bilby::MetricBrowser", "Schedulers")},
    {"sysmon", QT_TRANSLATE_NOOP("bilby::MetricBrowser", "System monitor")},
    {"dist", QT_TRANSLATE_NOOP("bilby::MetricBrowser", "Distribution")},
    {"ports", QT_TRANSLATE_NOOP("bilby::MetricBrowser", "Ports and sockets")},
    {"sockets", QT_TRANSLATE_NOOP("bilby::MetricBrowser", "Ports and sockets")},
    {"allocator", QT_TRANSLATE_NOOP("bilby::MetricBrowser", "Memory allocators")},
    {"os", QT_TRANSLATE_NOOP("bilby::MetricBrowser", "Operating system")},
    {"mnesia", QT_TRANSLATE_NOOP("bilby::MetricBrowser", "Mnesia")},
};

QString groupTitle(const QString &metric)
{
    const QString prefix = metric.section(QLatin1Char('.'), 0, 0);
    for (const Group &g : Groups) {
        if (prefix == QLatin1String(g.prefix))
            return MetricBrowser::tr(g.title);
    }
    return MetricBrowser::tr("Other");
}

int groupOrder(const QString &title)
{
    int i = 0;
    for (const Group &g : Groups) {
        if (title == MetricBrowser::tr(g.title))
            return i;
        ++i;
    }
    return i;
}

QString metricTooltip(const QString &metric)
{
    const MetricDef *def = MetricCatalog::find(metric);
    if (!def)
        return MetricBrowser::tr("%1: not a built-in metric.").arg(metric);
    return MetricBrowser::tr("%1\n%2\nUnit: %3").arg(metric, def->meaning, MetricCatalog::unitLabel(*def));
}

} // namespace

QString MetricBrowser::kind(const QString &metric)
{
    return groupTitle(metric);
}

QString MetricBrowser::label(const QString &metric)
{
    // The name without its kind, its parts decoded and in words ("dist.app@db1%2eexample.bytes_in" reads
    // "app@db1.example · bytes in"), and the unit of what is shown.
    QStringList parts = metric.split(QLatin1Char('.'));
    if (parts.size() > 1)
        parts.removeFirst();
    for (QString &part : parts)
        part = MetricLabel::words(MetricCatalog::decodeSegment(part));
    QString text = parts.join(QStringLiteral(" \u00b7 "));
    if (const MetricDef *def = MetricCatalog::find(metric))
        text += QStringLiteral(" (%1)").arg(MetricCatalog::unitLabel(*def));
    return text;
}

MetricBrowser::MetricBrowser(ChartDataSource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_search(new QLineEdit)
    , m_view(new QTreeView)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_add(new QPushButton(tr("Add to Graph")))
    , m_addNew(new QPushButton(tr("Add as New Graph")))
{
    m_search->setObjectName(QStringLiteral("metricSearch"));
    m_search->setPlaceholderText(tr("Search metrics or nodes"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("metricTree"));
    m_add->setObjectName(QStringLiteral("addToGraphButton"));
    m_addNew->setObjectName(QStringLiteral("addAsNewGraphButton"));
    m_add->setToolTip(tr("Draw the selected series on the current graph (a metric row means every node that has it)."));
    m_addNew->setToolTip(tr("Draw the selected series on a new graph under the others."));

    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true); // a node that matches keeps its metric visible
    m_proxy->setAutoAcceptChildRows(true);       // a metric that matches shows all its nodes
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterRole(SearchRole);
    m_proxy->setDynamicSortFilter(true);
    m_proxy->sort(0);
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_addNew);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &MetricBrowser::applySearch);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MetricBrowser::updateButtons);
    connect(m_view, &QTreeView::doubleClicked, this,
            [this](const QModelIndex &index) { emit addRequested(keysOf(index), false); });
    connect(m_add, &QPushButton::clicked, this, [this] { emit addRequested(selectedKeys(), false); });
    connect(m_addNew, &QPushButton::clicked, this, [this] { emit addRequested(selectedKeys(), true); });
    if (source)
        connect(source, &ChartDataSource::seriesChanged, this, &MetricBrowser::sync);
    sync();
    updateButtons();
}

QStandardItem *MetricBrowser::groupItem(const QString &metric)
{
    const QString title = groupTitle(metric);
    const QList<QStandardItem *> found = m_model->findItems(title, Qt::MatchExactly);
    if (!found.isEmpty())
        return found.constFirst();
    auto *item = new QStandardItem(title);
    item->setData(QStringLiteral("%1").arg(groupOrder(title), 3, 10, QLatin1Char('0')), SortRole);
    item->setData(title, SearchRole);
    item->setSelectable(false);
    m_model->appendRow(item);
    return item;
}

QStandardItem *MetricBrowser::metricItem(const QString &metric)
{
    if (QStandardItem *found = findMetric(metric))
        return found;
    QStandardItem *group = groupItem(metric);
    const QString text = label(metric);
    auto *item = new QStandardItem(text);
    item->setData(metric, MetricRole);
    item->setData(text, SortRole);
    // Found by its words, its raw name and its kind.
    item->setData(text + QLatin1Char(' ') + metric + QLatin1Char(' ') + group->text(), SearchRole);
    item->setToolTip(metricTooltip(metric));
    group->appendRow(item);
    return item;
}

QStandardItem *MetricBrowser::findMetric(const QString &metric) const
{
    for (int g = 0; g < m_model->rowCount(); ++g) {
        QStandardItem *group = m_model->item(g);
        for (int r = 0; r < group->rowCount(); ++r) {
            if (group->child(r)->data(MetricRole).toString() == metric)
                return group->child(r);
        }
    }
    return nullptr;
}

void MetricBrowser::sync()
{
    QMap<QString, QSet<QString>> wanted;
    if (m_source) {
        for (const SeriesKey &key : m_source->series())
            wanted[key.metric].insert(key.node);
    }
    // Rows are changed in place, so the selection and the expanded metrics survive.
    for (int g = m_model->rowCount() - 1; g >= 0; --g) {
        QStandardItem *group = m_model->item(g);
        for (int r = group->rowCount() - 1; r >= 0; --r) {
            QStandardItem *item = group->child(r);
            const auto it = wanted.constFind(item->data(MetricRole).toString());
            if (it == wanted.cend()) {
                group->removeRow(r);
                continue;
            }
            for (int c = item->rowCount() - 1; c >= 0; --c) {
                if (!it->contains(item->child(c)->data(NodeRole).toString()))
                    item->removeRow(c);
            }
        }
        if (group->rowCount() == 0)
            m_model->removeRow(g);
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        QStandardItem *item = metricItem(it.key());
        QSet<QString> present;
        for (int c = 0; c < item->rowCount(); ++c)
            present.insert(item->child(c)->data(NodeRole).toString());
        QStringList nodes(it->cbegin(), it->cend());
        std::sort(nodes.begin(), nodes.end());
        for (const QString &node : qAsConst(nodes)) {
            if (present.contains(node))
                continue;
            auto *child = new QStandardItem(node);
            child->setData(it.key(), MetricRole);
            child->setData(node, NodeRole);
            child->setData(node, SortRole);
            child->setData(node + QLatin1Char(' ') + item->data(SearchRole).toString(), SearchRole);
            child->setToolTip(tr("%1 on %2").arg(it.key(), node));
            item->appendRow(child);
        }
    }
}

void MetricBrowser::applySearch(const QString &text)
{
    // Every word must appear, in order: "mem ets" finds memory.ets.
    QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : words)
        word = QRegularExpression::escape(word);
    m_proxy->setFilterRegularExpression(
        QRegularExpression(words.join(QStringLiteral(".*")), QRegularExpression::CaseInsensitiveOption));
    if (!words.isEmpty())
        m_view->expandAll();
}

void MetricBrowser::updateButtons()
{
    const bool any = m_view->selectionModel()->hasSelection();
    m_add->setEnabled(any);
    m_addNew->setEnabled(any);
}

QList<SeriesKey> MetricBrowser::keysOf(const QModelIndex &proxyIndex) const
{
    const QStandardItem *item = m_model->itemFromIndex(m_proxy->mapToSource(proxyIndex));
    if (!item)
        return {};
    const QString metric = item->data(MetricRole).toString();
    const QString node = item->data(NodeRole).toString();
    if (metric.isEmpty())
        return {}; // a kind of metric: pick its metrics
    if (!node.isEmpty())
        return {SeriesKey{node, metric}};
    QList<SeriesKey> keys;
    for (int c = 0; c < item->rowCount(); ++c)
        keys.append({item->child(c)->data(NodeRole).toString(), metric});
    return keys;
}

QList<SeriesKey> MetricBrowser::selectedKeys() const
{
    QList<SeriesKey> keys;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        keys += keysOf(index);
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

bool MetricBrowser::select(const QString &metric, const QString &node)
{
    for (int g = 0; g < m_proxy->rowCount(); ++g) {
        const QModelIndex group = m_proxy->index(g, 0);
        for (int r = 0; r < m_proxy->rowCount(group); ++r) {
            QModelIndex index = m_proxy->index(r, 0, group);
            if (index.data(MetricRole).toString() != metric)
                continue;
            if (!node.isEmpty()) {
                const QModelIndexList children =
                    m_proxy->match(m_proxy->index(0, 0, index), NodeRole, node, 1, Qt::MatchExactly);
                if (children.isEmpty())
                    return false;
                index = children.constFirst();
            }
            m_view->expand(group);
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

} // namespace bilby
