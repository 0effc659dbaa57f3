#include "chartdatasource.h"

#include "noderegistry.h"

// Work in progress: fetch() lands with the store.
namespace bilby {
ChartDataSource::ChartDataSource(NodeRegistry *registry, MetricStore *store, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_store(store)
{}
} // namespace bilby
