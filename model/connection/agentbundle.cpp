#include "connection/agentbundle.h"

#include <QFile>

namespace bilby {

namespace {
QList<AgentModule> load()
{
    QList<AgentModule> modules;
    QFile manifest(QStringLiteral(":/agents/manifest.txt"));
    if (!manifest.open(QIODevice::ReadOnly))
        return modules;
    const QList<QByteArray> lines = manifest.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.trimmed().split(' ');
        if (fields.size() != 2)
            continue;
        QFile beam(QStringLiteral(":/agents/%1.beam").arg(QString::fromLatin1(fields.at(0))));
        if (!beam.open(QIODevice::ReadOnly))
            continue;
        modules.append({fields.at(0), fields.at(1).toLower(), beam.readAll()});
    }
    return modules;
}
} // namespace

const QList<AgentModule> &AgentBundle::modules()
{
    static const QList<AgentModule> bundle = load(); // thread-safe static initialisation
    return bundle;
}

const QByteArray &AgentBundle::lifecycle()
{
    static const QByteArray form = [] {
        QFile file(QStringLiteral(":/agents/lifecycle.etf"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    return form;
}

int AgentBundle::minimumOtpRelease()
{
    return BILBY_AGENT_OTP_RELEASE;
}

} // namespace bilby
