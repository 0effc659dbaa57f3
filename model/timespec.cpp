#include "timespec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace bilby {

std::optional<qint64> parseTimeSpec(const QString &text, qint64 nowMs, QString *error)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("now"), Qt::CaseInsensitive) == 0)
        return nowMs;
    static const QRegularExpression relative(QStringLiteral("^-(\\d+(?:\\.\\d+)?)(ms|s|m|h|d|w|y)$"));
    const QRegularExpressionMatch m = relative.match(t);
    if (m.hasMatch()) {
        const double amount = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        double ms = 1;
        if (unit == QLatin1String("s"))
            ms = 1000;
        else if (unit == QLatin1String("m"))
            ms = 60e3;
        else if (unit == QLatin1String("h"))
            ms = 3600e3;
        else if (unit == QLatin1String("d"))
            ms = 86400e3;
        else if (unit == QLatin1String("w"))
            ms = 7 * 86400e3;
        else if (unit == QLatin1String("y"))
            ms = 365 * 86400e3;
        return nowMs - qint64(amount * ms);
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

} // namespace bilby
