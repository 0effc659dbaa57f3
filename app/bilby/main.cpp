// bilby: the desktop console. Builds the model objects, the main window, and handles the few
// command-line options that demos, screenshots and tests need.
#include "alarms/alarmcenter.h"
#include "connection/cookievault.h"
#include "connection/distconnection.h"
#include "console/consoleshutdown.h"
#include "console/quitsignals.h"
#include "console/translations.h"
#include "settings/settings.h"
#include "shell/mainwindow.h"
#include "store/metricstore.h"
#include "topology/noderegistry.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace bilby;

namespace {

/// How long quitting waits for the nodes to disconnect and the history file to be written.
constexpr int QuitBudgetMs = 3000;

} // namespace

int main(int argc, char *argv[])
{
    // ei must be initialised before any thread exists.
    DistConnection::initialize();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Bilby"));
    QApplication::setApplicationName(QStringLiteral("Bilby"));
    QApplication::setApplicationVersion(QStringLiteral(BILBY_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/bilby.svg")));
    installTranslations(&app);
    // SIGINT, SIGTERM (what a desktop logout sends) and SIGHUP quit the way the Quit menu does: the
    // windows close (saving their layout), then the shutdown below runs and the destructors stop the demo
    // node. The handler itself only writes a byte; this runs from the event loop.
    QuitSignals quitSignals;
    QObject::connect(&quitSignals, &QuitSignals::received, &app, [](int number) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(
                QApplication::translate("main", "Bilby: %1 received, quitting.").arg(QuitSignals::name(number))));
        QApplication::closeAllWindows();
        QCoreApplication::quit();
    });
    quitSignals.install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Operations console for Erlang and Elixir nodes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Start a local demo node and show it (not saved)."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save the main window to <file> and quit."),
                                        QStringLiteral("file"));
    const QCommandLineOption delay(QStringLiteral("screenshot-delay"),
                                   QApplication::translate("main", "Wait <ms> before the screenshot (default 5000)."),
                                   QStringLiteral("ms"), QStringLiteral("5000"));
    const QCommandLineOption settingsDir(
        QStringLiteral("settings-dir"),
        QApplication::translate("main", "Keep settings and cookies in <dir> instead of the user's."),
        QStringLiteral("dir"));
    const QCommandLineOption tab(
        QStringLiteral("tab"),
        QApplication::translate("main", "Open on the tab <name>: nodes, metrics, alarms or notifications."),
        QStringLiteral("name"));
    parser.addOptions({demo, screenshot, delay, settingsDir, tab});
    parser.process(app);

    // A settings directory isolates everything, cookies included: tests and demos never touch the user's
    // keychain or node list.
    std::unique_ptr<Settings> settings;
    CookieVault::Options vaultOptions;
    if (parser.isSet(settingsDir)) {
        const QString dir = QDir(parser.value(settingsDir)).absolutePath();
        QDir().mkpath(dir);
        settings = std::make_unique<Settings>(Settings::iniPathIn(dir));
        vaultOptions.forceFile = true;
        vaultOptions.directory = dir;
    } else {
        settings = std::make_unique<Settings>();
    }
    CookieVault vault(vaultOptions);
    // Opened on the store's own thread: a slow or broken file never holds up the window.
    // The file and its retention come from the settings (history.sqlite beside a --settings-dir).
    MetricStore store;
    store.open(settings->historyPath(), settings->storeOptions());
    NodeRegistry registry(settings.get(), &vault);
    registry.setStore(&store);
    registry.loadSaved();

    AlarmCenter alarms(&registry, &store);
    alarms.setConfig(settings->alarmConfig()); // the user's thresholds over the catalog's defaults
    alarms.setSysmonDetails(settings->sysmonDetails());
    alarms.persistSilencesIn(settings.get()); // silences outlive the console, as the user set them
    MainWindow window(&registry, settings.get(), &vault, &store, &alarms);
    window.show();
    if (parser.isSet(demo))
        window.startDemoNode();
    if (parser.isSet(tab)) {
        // In the order of the window's tabs.
        const QStringList names{QStringLiteral("nodes"), QStringLiteral("metrics"), QStringLiteral("alarms"),
                                QStringLiteral("notifications")};
        const int index = int(names.indexOf(parser.value(tab).toLower()));
        if (index < 0 || index >= window.tabs()->count()) {
            const QString error = QApplication::translate("main", "Unknown tab %1: use one of %2.")
                                      .arg(parser.value(tab), names.join(QStringLiteral(", ")));
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        window.showTab(index);
    }

    int exitCode = 0;
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        bool ok = false;
        const int ms = parser.value(delay).toInt(&ok);
        QTimer::singleShot(ok ? ms : 5000, &window, [&window, &exitCode, file] {
            if (!window.grab().save(file)) {
                const QString error = QApplication::translate("main", "Cannot save the screenshot to %1.").arg(file);
                std::fprintf(stderr, "%s\n", qPrintable(error));
                exitCode = 1;
            }
            window.close();
        });
    }
    const int rc = QApplication::exec();
    // Whichever way the console quit: every agent stops and removes its code, the timeline records it and
    // the history file has it before the store closes; a node that does not answer is not waited for.
    window.hide();
    const ConsoleShutdown::Outcome shutdown = ConsoleShutdown::run(&registry, &store, QuitBudgetMs);
    if (shutdown.unfinished > 0) {
        const QString warning =
            QApplication::translate("main",
                                    "Bilby: %n node(s) did not finish disconnecting in time; their agents "
                                    "remove themselves when they see the connection close.",
                                    nullptr, shutdown.unfinished);
        std::fprintf(stderr, "%s\n", qPrintable(warning));
    }
    return exitCode != 0 ? exitCode : rc;
}
