#pragma once

#include "connection/nodesession.h"
#include "events/notification.h"
#include "topology/nodehealth.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace bilby {

class AlarmEngine;
class MetricsSampler;

/**
 * @brief Watches one node for the alarm engine and the timeline.
 *
 * Feeds the engine with the session's state (node_down), the sampler's live samples and a health
 * check once a second (old code, files, code path, shells, the machine's memory), and writes the
 * console's own entries of the timeline: node up, down and restarted, agent loaded and removed.
 * Requests never pile up: a health check starts only when the previous one has answered.
 */
class NodeWatch : public QObject
{
    Q_OBJECT
public:
    /// None of them is owned; @p sampler may be null (no metric alarms).
    NodeWatch(NodeSession *session, MetricsSampler *sampler, AlarmEngine *engine, QObject *parent = nullptr);

    void setHealthIntervalMs(int ms) { m_timer.setInterval(ms); }
    /// The last health check that answered, if any.
    bool hasHealth() const { return m_hasHealth; }
    NodeHealth health() const { return m_health; }
    /// Health checks that failed (timeout, agent error), for diagnostics.
    int healthFailures() const { return m_failures; }

signals:
    void notification(const bilby::Notification &notification);
    void healthChecked(const bilby::NodeHealth &health);

private:
    void onState(NodeSession::State state);
    void onConnected(const SessionInfo &info);
    void onStopped();
    void checkHealth();
    void noteShadowedCopies();
    void note(Notification::Origin origin, Notification::Severity severity, const QString &text,
              const QString &details = {});
    QString node() const { return m_session ? m_session->node().toString() : QString(); }

    QPointer<NodeSession> m_session;
    QPointer<AlarmEngine> m_engine;
    QTimer m_timer;
    NodeHealth m_health;
    bool m_hasHealth = false;
    bool m_checking = false;
    bool m_reportedDown = false;
    int m_failures = 0;
    QStringList m_notedShadowed; ///< the shadowed copies this connection's timeline has been told of
};

} // namespace bilby
