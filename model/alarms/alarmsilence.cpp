#include "alarms/alarmsilence.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace bilby {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bilby::AlarmSilence", text);
}

} // namespace

bool AlarmSilence::matches(const Alarm &alarm) const
{
    return (alarmId.isEmpty() || alarm.alarmId == alarmId) && (node.isEmpty() || alarm.node == node) &&
           (resource.isEmpty() || alarm.resource == resource);
}

QString AlarmSilence::describe() const
{
    QString what = alarmId.isEmpty() ? tr("every alarm") : alarmId;
    if (!resource.isEmpty())
        what += QStringLiteral(" (%1)").arg(resource);
    what += node.isEmpty() ? tr(" on every node") : tr(" on %1").arg(node);
    return QStringLiteral("%1, %2: %3").arg(what, untilText(), reason);
}

QString AlarmSilence::untilText() const
{
    return untilMs == 0
               ? tr("until lifted")
               : tr("until %1").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(untilMs), QLocale::ShortFormat));
}

QJsonObject AlarmSilence::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("alarm"), alarmId},
            {QStringLiteral("node"), node},
            {QStringLiteral("resource"), resource},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("created_ms"), createdMs},
            {QStringLiteral("until_ms"), untilMs}};
}

std::optional<AlarmSilence> AlarmSilence::fromJson(const QJsonObject &o)
{
    AlarmSilence s;
    s.id = o.value(QStringLiteral("id")).toInteger();
    s.alarmId = o.value(QStringLiteral("alarm")).toString();
    s.node = o.value(QStringLiteral("node")).toString();
    s.resource = o.value(QStringLiteral("resource")).toString();
    s.reason = o.value(QStringLiteral("reason")).toString();
    s.createdBy = o.value(QStringLiteral("created_by")).toString();
    s.createdMs = o.value(QStringLiteral("created_ms")).toInteger();
    s.untilMs = o.value(QStringLiteral("until_ms")).toInteger();
    if (s.id <= 0 || s.reason.isEmpty())
        return std::nullopt;
    return s;
}

} // namespace bilby
