#include "metricstore.h"

// Work in progress: the writer and reader threads land in the next commits.
namespace bilby {
struct MetricStore::Threads
{};
MetricStore::MetricStore(QObject *parent)
    : QObject(parent)
{}
MetricStore::~MetricStore() = default;
} // namespace bilby
