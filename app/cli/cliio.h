#pragma once

#include <QJsonObject>
#include <QTextStream>

namespace bilby {

/// Standard output and error of bilby-cli, as Qt streams (UTF-8).
QTextStream &cliOut();
QTextStream &cliErr();
/// One compact JSON document on a line of its own.
void printJson(const QJsonObject &object);
/// "bilby-cli: <message>" on stderr.
void cliError(const QString &message);

} // namespace bilby
