#include "events/notification.h"

#include <QCoreApplication>

namespace bilby {

namespace {

const char *const OriginNames[] = {"log",  "shell", "code",           "config", "alarm",
                                   "node", "agent", "system_monitor", "action"};
const char *const SeverityNames[] = {"critical", "error", "warning", "notice", "info", "debug"};

QString cut(const QString &s, int max)
{
    if (s.size() <= max)
        return s;
    return s.left(max - 1) + QChar(0x2026);
}

} // namespace

QString Notification::originName(Origin origin)
{
    return QLatin1String(OriginNames[int(origin)]);
}

std::optional<Notification::Origin> Notification::originFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(OriginNames)); ++i) {
        if (name == QLatin1String(OriginNames[i]))
            return Origin(i);
    }
    return std::nullopt;
}

QList<Notification::Origin> Notification::allOrigins()
{
    QList<Origin> all;
    for (int i = 0; i < int(std::size(OriginNames)); ++i)
        all.append(Origin(i));
    return all;
}

QString Notification::severityName(Severity severity)
{
    return QLatin1String(SeverityNames[int(severity)]);
}

std::optional<Notification::Severity> Notification::severityFromName(const QString &name)
{
    if (name == QLatin1String("emergency") || name == QLatin1String("alert"))
        return Severity::Critical;
    for (int i = 0; i < int(std::size(SeverityNames)); ++i) {
        if (name == QLatin1String(SeverityNames[i]))
            return Severity(i);
    }
    return std::nullopt;
}

QString Notification::originTitle(Origin origin)
{
    switch (origin) {
    case Origin::Log:
        return QCoreApplication::translate("bilby::Notification", "Log");
    case Origin::Shell:
        return QCoreApplication::translate("bilby::Notification", "Shell");
    case Origin::Code:
        return QCoreApplication::translate("bilby::Notification", "Code");
    case Origin::Config:
        return QCoreApplication::translate("bilby::Notification", "Configuration");
    case Origin::Alarm:
        return QCoreApplication::translate("bilby::Notification", "Alarm");
    case Origin::Node:
        return QCoreApplication::translate("bilby::Notification", "Node");
    case Origin::Agent:
        return QCoreApplication::translate("bilby::Notification", "Agent");
    case Origin::SystemMonitor:
        return QCoreApplication::translate("bilby::Notification", "System monitor");
    case Origin::Action:
        return QCoreApplication::translate("bilby::Notification", "Action");
    }
    return {};
}

QString Notification::severityTitle(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QCoreApplication::translate("bilby::Notification", "Critical");
    case Severity::Error:
        return QCoreApplication::translate("bilby::Notification", "Error");
    case Severity::Warning:
        return QCoreApplication::translate("bilby::Notification", "Warning");
    case Severity::Notice:
        return QCoreApplication::translate("bilby::Notification", "Notice");
    case Severity::Info:
        return QCoreApplication::translate("bilby::Notification", "Info");
    case Severity::Debug:
        return QCoreApplication::translate("bilby::Notification", "Debug");
    }
    return {};
}

void Notification::truncate()
{
    text = cut(text, MaxTextChars);
    details = cut(details, MaxDetailsChars);
}

bool Notification::operator==(const Notification &other) const
{
    return id == other.id && timeMs == other.timeMs && node == other.node && origin == other.origin &&
           severity == other.severity && text == other.text && details == other.details;
}

} // namespace bilby
