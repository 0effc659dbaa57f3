// bilby-cli: the command-line companion of Bilby, on the same model library as the GUI.
#include "alarms/alarmcatalog.h"
#include "alarmscommand.h"
#include "cliio.h"
#include "clirunner.h"
#include "collectcommand.h"
#include "connection/distconnection.h"
#include "console/translations.h"
#include "eventscommand.h"
#include "platform/signals.h"
#include "querycommand.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QTextStream>

int main(int argc, char *argv[])
{
    bilby::DistConnection::initialize();
    bilby::platform::ignoreBrokenPipe();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bilby-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BILBY_VERSION));
    bilby::installTranslations(&app);

    QString error;
    QString help;
    const auto options = bilby::CliOptions::parse(QCoreApplication::arguments(), &error, &help);
    if (!options) {
        // --help and --version print to stdout; a usage error is one line and a pointer to --help.
        if (error.isEmpty()) {
            QTextStream(stdout) << help;
            return bilby::ExitOk;
        }
        QTextStream(stderr) << "bilby-cli: " << error << "\n"
                            << QCoreApplication::translate("bilby-cli",
                                                           "Run 'bilby-cli --help' for the commands and options.")
                            << "\n";
        return bilby::ExitUsage;
    }
    // What SQLite said about a history file goes to the store's log (lcStore), which the console shows on
    // its stderr; bilby-cli says what happened in its own sentence instead. QT_LOGGING_RULES=
    // "bilby.store.warning=true" shows the log too.
    QLoggingCategory::setFilterRules(QStringLiteral("bilby.store.warning=false"));
    if (options->command == QLatin1String("list-alarms")) {
        // The Markdown form is docs/alarms.md, kept equal to the catalog by a test.
        bilby::cliOut() << bilby::AlarmCatalog::markdown();
        bilby::cliOut().flush();
        return bilby::ExitOk;
    }
    if ((options->command == QLatin1String("alarms") && options->dbPath.isEmpty()) ||
        options->command == QLatin1String("check")) {
        bilby::AlarmsCommand command(*options);
        command.start();
        return QCoreApplication::exec();
    }
    if (options->command == QLatin1String("alarms") || options->command == QLatin1String("notifications"))
        return bilby::runEventsQuery(*options, QDateTime::currentMSecsSinceEpoch()); // with --db
    if (options->command == QLatin1String("query"))
        return bilby::runQuery(*options, QDateTime::currentMSecsSinceEpoch());
    if (options->command == QLatin1String("collect")) {
        bilby::CollectCommand collect(*options);
        collect.start();
        return QCoreApplication::exec();
    }
    bilby::CliRunner runner(*options);
    runner.start();
    return QCoreApplication::exec();
}
