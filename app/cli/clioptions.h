#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace bilby {

/// What `bilby-cli` was asked to do, parsed from its command line (options may come anywhere).
struct CliOptions
{
    QString node;
    QByteArray cookie;
    bool json = false;
    bool follow = false;
    int timeoutMs = 5000;
    QString command;
    QStringList arguments;

    bool needsNode() const { return command != QLatin1String("list-metrics"); }

    /// On a usage error, returns nothing and sets @p error; @p helpText receives the usage text.
    static std::optional<CliOptions> parse(const QStringList &argv, QString *error, QString *helpText);
};

} // namespace bilby
