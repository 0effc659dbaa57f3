// `bilby-cli check` against a real RabbitMQ (Debian's package, started privately under a temporary
// folder by tests/realapps): the time of each run, from the process start to its exit, over 100 runs
// while a console (another bilby-cli, `collect`) stays connected, and how many failed (exit code other
// than 0, OK). The reference, measured in the same run on the same node: RabbitMQ's own health check,
// `rabbitmq-diagnostics -q check_running`, which a Nagios setup for RabbitMQ would otherwise call.
#include "support/realapp.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace bilby;
using namespace bilby::test;

namespace {

constexpr int Runs = 100;
constexpr int ReferenceRuns = 20; // RabbitMQ's own tool starts a BEAM each time: ~1 s a run

struct Figures
{
    double median = 0;
    double p99 = 0;
    double max = 0;
};

Figures figures(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Figures f;
    if (ms.empty())
        return f;
    f.median = ms[ms.size() / 2];
    f.p99 = ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.99))];
    f.max = ms.back();
    return f;
}

/// Runs @p program; its wall time in ms, and whether it exited 0.
std::pair<double, bool> timed(const QString &program, const QStringList &args)
{
    QElapsedTimer clock;
    clock.start();
    QProcess p;
    p.start(program, args);
    const bool finished = p.waitForFinished(60000);
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    const bool ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!ok)
        std::fprintf(stderr, "failed (%d): %s %s\n", p.exitCode(), p.readAllStandardOutput().constData(),
                     p.readAllStandardError().constData());
    return {ms, ok};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    RealApp rabbit(RealApp::Kind::RabbitMq);
    QString error;
    if (!rabbit.start(&error)) {
        std::fprintf(stderr, "bench_check: RabbitMQ did not start: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("bilby-cli check against RabbitMQ (%s, started in %.1f s), a console connected meanwhile\n\n",
                qPrintable(rabbit.name().toString()), rabbit.startSeconds());
    // A console stays connected throughout, as an operator's GUI would be.
    QTemporaryDir dir;
    QProcess console;
    console.start(QStringLiteral(BILBY_CLI_PATH),
                  {QStringLiteral("collect"), QStringLiteral("--db"), dir.filePath(QStringLiteral("h.sqlite")),
                   QStringLiteral("--node"), rabbit.name().toString(), QStringLiteral("--cookie-file"),
                   rabbit.cookieFile()});
    console.waitForStarted();
    QThread::sleep(3);

    const QStringList checkArgs{QStringLiteral("check"), QStringLiteral("--node"), rabbit.name().toString(),
                                QStringLiteral("--cookie-file"), rabbit.cookieFile()};
    std::vector<double> check;
    int checkFailures = 0;
    for (int i = 0; i < Runs; ++i) {
        const auto [ms, ok] = timed(QStringLiteral(BILBY_CLI_PATH), checkArgs);
        check.push_back(ms);
        checkFailures += ok ? 0 : 1;
    }
    std::vector<double> reference;
    int referenceFailures = 0;
    for (int i = 0; i < ReferenceRuns; ++i) {
        const auto [ms, ok] =
            timed(rabbit.ctlPath().replace(QLatin1String("rabbitmqctl"), QLatin1String("rabbitmq-diagnostics")),
                  {QStringLiteral("-q"), QStringLiteral("check_running")});
        reference.push_back(ms);
        referenceFailures += ok ? 0 : 1;
    }
    console.terminate();
    console.waitForFinished(15000);

    const Figures c = figures(check);
    const Figures r = figures(reference);
    std::printf("%-42s %6s %9s %9s %9s %9s\n", "", "runs", "median", "p99", "max", "failures");
    std::printf("%-42s %6d %7.0f ms %7.0f ms %7.0f ms %9d\n", "bilby-cli check", Runs, c.median, c.p99, c.max,
                checkFailures);
    std::printf("%-42s %6d %7.0f ms %7.0f ms %7.0f ms %9d\n", "rabbitmq-diagnostics -q check_running (ref.)",
                ReferenceRuns, r.median, r.p99, r.max, referenceFailures);
    if (r.median > 0)
        std::printf("\nbilby-cli check takes %.2fx the reference's median time (target: failures 0).\n",
                    c.median / r.median);
    return checkFailures == 0 ? 0 : 1;
}
