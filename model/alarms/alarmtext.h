#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <cmath>

/// Words and numbers shared by the alarm engine's two halves (conditions and lifecycle).
namespace bilby::alarmtext {

// The engine's words, filed by lupdate under the context they are looked up in.
struct AlarmText
{
    Q_DECLARE_TR_FUNCTIONS(bilby::AlarmEngine)
};

inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return AlarmText::tr(text, disambiguation, n);
}

inline QString number(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

inline QString megabytes(qint64 bytes)
{
    return AlarmText::tr("%1 MB").arg(QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

inline QString duration(double ms)
{
    const double hours = ms / 3600000.0;
    if (hours < 1)
        return AlarmText::tr("%1 min").arg(number(std::ceil(ms / 60000.0)));
    if (hours < 48)
        return AlarmText::tr("%1 h").arg(number(std::round(hours * 10) / 10));
    return AlarmText::tr("%1 days").arg(number(std::round(hours / 2.4) / 10));
}

} // namespace bilby::alarmtext
