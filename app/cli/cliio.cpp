#include "cliio.h"

#include <QJsonDocument>

#include <cstdio>

namespace bilby {

QTextStream &cliOut()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &cliErr()
{
    static QTextStream stream(stderr);
    return stream;
}

void printJson(const QJsonObject &object)
{
    cliOut() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

void cliError(const QString &message)
{
    cliErr() << "bilby-cli: " << message << Qt::endl;
}

} // namespace bilby
