#pragma once

#include "events/notification.h"

#include <QObject>
#include <QString>

namespace bilby {

class AlarmEngine;
class EventFeed;
class MetricsSampler;
class NodeSession;
class NodeWatch;

/**
 * @brief Everything that raises and clears one node's alarms in an engine, and the timeline entries that
 * come with them: the node's health (NodeWatch over the session and sampler) and the node's own alarms
 * and events (from its EventFeed). The console (AlarmCenter) and bilby-cli's collect and alarms all watch
 * a node this way.
 */
class NodeAlarmWatch : public QObject
{
    Q_OBJECT
public:
    /// None of @p session, @p sampler (may be null), @p feed and @p engine is owned.
    NodeAlarmWatch(NodeSession *session, MetricsSampler *sampler, EventFeed *feed, AlarmEngine *engine,
                   QObject *parent = nullptr);

    /// The health side, for its last check and healthChecked().
    NodeWatch *nodeWatch() const { return m_watch; }

signals:
    /// A timeline entry: the console's own (node up, down, agent loaded...) or one the agent sent.
    void notification(const bilby::Notification &notification);

private:
    NodeWatch *m_watch = nullptr;
};

} // namespace bilby
