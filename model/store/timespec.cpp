#include "store/timespec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace bilby {

std::optional<qint64> parseTimeSpec(const QString &text, qint64 nowMs, QString *error)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("now"), Qt::CaseInsensitive) == 0)
        return nowMs;
    if (t.startsWith(QLatin1Char('-'))) {
        if (const auto span = parseDuration(t.mid(1)))
            return nowMs - *span;
    }
    static const QRegularExpression digits(QStringLiteral("^\\d{10,}$"));
    if (digits.match(t).hasMatch())
        return t.toLongLong();
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (dt.isValid())
        return dt.toMSecsSinceEpoch();
    if (error)
        *error = QCoreApplication::translate("bilby::TimeSpec",
                                             "'%1' is not a time: use an ISO-8601 time such as "
                                             "2026-11-21T03:00:00Z, or a relative one such as -2h, -30m, -7d.")
                     .arg(text);
    return std::nullopt;
}

namespace {
struct DurationUnit
{
    const char *suffix;
    qint64 ms;
};
// Longest first, so formatDuration() picks the largest exact unit.
constexpr DurationUnit Units[] = {{"y", qint64(365) * 86400000}, {"w", qint64(7) * 86400000}, {"d", 86400000},
                                  {"h", 3600000}, {"m", 60000}, {"s", 1000}, {"ms", 1}};
} // namespace

std::optional<qint64> parseDuration(const QString &text, QString *error)
{
    static const QRegularExpression form(QStringLiteral("^(\\d+(?:\\.\\d+)?)(ms|s|m|h|d|w|y)$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (m.hasMatch()) {
        for (const DurationUnit &unit : Units) {
            if (m.captured(2) == QLatin1String(unit.suffix))
                return qint64(m.captured(1).toDouble() * double(unit.ms));
        }
    }
    if (error)
        *error = QCoreApplication::translate("bilby::TimeSpec",
                                             "'%1' is not a length of time: use a number and a unit, such as "
                                             "90s, 30m, 6h, 30d, 2y.")
                     .arg(text);
    return std::nullopt;
}

QString formatDuration(qint64 ms)
{
    for (const DurationUnit &unit : Units) {
        if (ms > 0 && ms % unit.ms == 0)
            return QString::number(ms / unit.ms) + QLatin1String(unit.suffix);
    }
    return QString::number(ms) + QStringLiteral("ms");
}

} // namespace bilby
