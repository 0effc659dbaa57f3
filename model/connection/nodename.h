#pragma once

#include <QString>

#include <optional>

namespace bilby {

/**
 * @brief A distributed Erlang node name, `alive@host`.
 *
 * Long names have a host with a dot (a fully qualified name or an IPv4 address); short names do not.
 * A console must use the same kind as the node it connects to.
 */
struct NodeName
{
    QString alive;
    QString host;

    bool isLong() const { return host.contains(QLatin1Char('.')) || host.contains(QLatin1Char(':')); }
    QString toString() const { return alive + QLatin1Char('@') + host; }

    /// Parses and validates; on failure returns nothing and sets @p error to a sentence for the user.
    static std::optional<NodeName> parse(const QString &text, QString *error = nullptr);

    bool operator==(const NodeName &o) const { return alive == o.alive && host == o.host; }
};

} // namespace bilby
