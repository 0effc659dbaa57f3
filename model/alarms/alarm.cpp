#include "alarms/alarm.h"

#include <QCoreApplication>

namespace bilby {

namespace {

const char *const SeverityNames[] = {"critical", "major", "minor", "warning"};
const char *const StateNames[] = {"new", "acknowledged", "cleared"};

template <typename Enum, size_t N>
std::optional<Enum> fromName(const char *const (&names)[N], const QString &name)
{
    for (size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i]))
            return Enum(i);
    }
    return std::nullopt;
}

} // namespace

QString Alarm::severityName(Severity severity)
{
    return QLatin1String(SeverityNames[int(severity)]);
}

std::optional<Alarm::Severity> Alarm::severityFromName(const QString &name)
{
    return fromName<Severity>(SeverityNames, name);
}

QString Alarm::severityTitle(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QCoreApplication::translate("bilby::Alarm", "Critical");
    case Severity::Major:
        return QCoreApplication::translate("bilby::Alarm", "Major");
    case Severity::Minor:
        return QCoreApplication::translate("bilby::Alarm", "Minor");
    case Severity::Warning:
        return QCoreApplication::translate("bilby::Alarm", "Warning");
    }
    return {};
}

QString Alarm::stateName(State state)
{
    return QLatin1String(StateNames[int(state)]);
}

std::optional<Alarm::State> Alarm::stateFromName(const QString &name)
{
    return fromName<State>(StateNames, name);
}

QString Alarm::stateTitle(State state)
{
    switch (state) {
    case State::New:
        return QCoreApplication::translate("bilby::Alarm", "New");
    case State::Acknowledged:
        return QCoreApplication::translate("bilby::Alarm", "Acknowledged");
    case State::Cleared:
        return QCoreApplication::translate("bilby::Alarm", "Cleared");
    }
    return {};
}

bool Alarm::operator==(const Alarm &other) const
{
    return id == other.id && alarmId == other.alarmId && node == other.node && resource == other.resource &&
           severity == other.severity && state == other.state && raisedMs == other.raisedMs &&
           acknowledgedMs == other.acknowledgedMs && clearedMs == other.clearedMs &&
           clearedByUser == other.clearedByUser && cause == other.cause && action == other.action &&
           info == other.info && comments == other.comments;
}

} // namespace bilby
