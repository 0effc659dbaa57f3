#include "connection/nodename.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bilby {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("bilby::NodeName", text);
}
} // namespace

std::optional<NodeName> NodeName::parse(const QString &text, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<NodeName> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    const qsizetype at = trimmed.indexOf(QLatin1Char('@'));
    if (trimmed.isEmpty())
        return fail(tr("Enter a node name such as myapp@host."));
    if (at < 0)
        return fail(tr("A node name has the form alive@host, for example myapp@127.0.0.1."));
    NodeName name{trimmed.left(at), trimmed.mid(at + 1)};
    // The alive part is what epmd registers: Erlang accepts letters, digits, '_' and '-'.
    static const QRegularExpression aliveRe(QStringLiteral("^[A-Za-z0-9_-]{1,255}$"));
    static const QRegularExpression hostRe(QStringLiteral("^[A-Za-z0-9_.:-]{1,255}$"));
    if (!aliveRe.match(name.alive).hasMatch())
        return fail(tr("The part before '@' may only hold letters, digits, '_' and '-'."));
    if (!hostRe.match(name.host).hasMatch())
        return fail(tr("The host after '@' is not a valid host name or address."));
    return name;
}

} // namespace bilby
