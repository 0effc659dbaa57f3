#pragma once

#include <QString>

#include <optional>

namespace bilby {

/**
 * @brief Reads a point in time as the CLI takes it: "now", a relative time such as "-2h", "-90s",
 * "-7d", "-1w", "-30m", "-1y" (before @p nowMs), an ISO-8601 date-time ("2026-11-21T03:00:00Z", local
 * time without a zone), a date ("2026-11-21", local midnight) or milliseconds since the epoch.
 */
std::optional<qint64> parseTimeSpec(const QString &text, qint64 nowMs, QString *error = nullptr);

/// A length of time in ms: "500ms", "90s", "30m", "6h", "30d", "1w", "2y" (a year is 365 days).
std::optional<qint64> parseDuration(const QString &text, QString *error = nullptr);
/// The shortest exact form parseDuration() reads back: 21600000 -> "6h".
QString formatDuration(qint64 ms);

} // namespace bilby
