#pragma once

#include "alarms/alarm.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace bilby {

/**
 * @brief Every node-level alarm Bilby raises by itself, with its defaults and its explanation.
 *
 * One table serves the engine (severity, threshold, window), the UI and the CLI (cause and action)
 * and the user guide: `bilby-cli list-alarms` prints it as docs/alarms.md, and a test keeps the two
 * equal. Alarms the node raises itself through SASL's alarm_handler are not in the table: they are
 * named "sasl:<their id>" and explained by the node's own description; RabbitMQ's memory and disk
 * alarms are in it (they block every publisher), its others are "rabbitmq:<their id>".
 */
struct AlarmDefinition
{
    QString id;
    Alarm::Severity severity = Alarm::Severity::Major;
    double threshold = 0;     ///< the default; what it means is thresholdMeaning
    double windowS = 0;       ///< the default time a condition must hold, or the window it is measured over
    QString thresholdMeaning; ///< "% of the process limit"; empty when the alarm has no threshold
    QString raisedWhen;
    QString cause;
    QString action;
};

namespace AlarmCatalog {

/// The built-in alarms, in the order the guide lists them.
const QVector<AlarmDefinition> &definitions();
/// nullptr for ids not in the table (SASL alarms among them).
const AlarmDefinition *find(const QString &id);
/// The prefix of alarms raised by the node through SASL's alarm_handler.
inline QString saslPrefix()
{
    return QStringLiteral("sasl:");
}
/// The prefix of other alarms from RabbitMQ's own alarm manager (rabbit_alarm).
inline QString rabbitmqPrefix()
{
    return QStringLiteral("rabbitmq:");
}
/// The alarm id for an alarm the node set itself in @p manager, with the node's id @p nodeId as text.
QString nodeAlarmId(const QString &manager, const QString &nodeId);
/// Whether @p id is one of the node's own alarms (cleared when the node no longer has it).
bool isNodeAlarm(const QString &id);
/// The Markdown of docs/alarms.md.
QString markdown();

} // namespace AlarmCatalog

/**
 * @brief Thresholds and windows, global and per node, over the catalog's defaults.
 */
class AlarmConfig
{
public:
    struct Override
    {
        double threshold = -1; ///< < 0: inherit
        double windowS = -1;   ///< < 0: inherit
        int enabled = -1;      ///< -1: inherit, 0 off, 1 on
        bool operator==(const Override &o) const
        {
            return threshold == o.threshold && windowS == o.windowS && enabled == o.enabled;
        }
    };

    double threshold(const QString &node, const QString &alarmId) const;
    double windowS(const QString &node, const QString &alarmId) const;
    bool isEnabled(const QString &node, const QString &alarmId) const;

    /// For every node.
    void setGlobal(const QString &alarmId, const Override &value);
    /// For one node, over the global value.
    void setForNode(const QString &node, const QString &alarmId, const Override &value);
    QHash<QString, Override> global() const { return m_global; }
    QHash<QString, QHash<QString, Override>> perNode() const { return m_perNode; }
    bool operator==(const AlarmConfig &o) const { return m_global == o.m_global && m_perNode == o.m_perNode; }

private:
    template <typename Get>
    auto resolve(const QString &node, const QString &alarmId, Get get) const;
    QHash<QString, Override> m_global;
    QHash<QString, QHash<QString, Override>> m_perNode;
};

} // namespace bilby
