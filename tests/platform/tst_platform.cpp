// The platform layer (model/platform/): that its POSIX implementation really waits, wakes, times out,
// makes files private, probes locks, connects with a deadline and turns SIGTERM into a quit request; and
// that nothing outside model/platform/ in the product code (model/, views/, app/) includes a POSIX (or
// Windows) system header.
// The test itself is POSIX-only (kill, fork, stat), as are the tests in tests/ that stop or signal nodes;
// the Windows implementation is only compiled and linked, by the platform_windows test.
#include "platform/filelock.h"
#include "platform/poll.h"
#include "platform/privatefile.h"
#include "platform/signals.h"
#include "platform/socket.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace bilby;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? (info.st_mode & 07777) : mode_t(-1);
}

} // namespace

class TestPlatform : public QObject
{
    Q_OBJECT

private slots:
    void wakeUpWakesAWait();
    void waitTimesOut();
    void waitSaysWhichSocket();
    void wakeUpPassesBytes();
    void privateFileModes();
    void lockProbeSeesAnotherProcess();
    void tcpClientConnectsAndReads();
    void tcpClientRefused();
    void quitSignalArrives();
    void noPosixHeaderOutsidePlatform();
};

void TestPlatform::wakeUpWakesAWait()
{
    platform::WakeUp wakeUp;
    QVERIFY(wakeUp.isValid());
    std::thread other([&wakeUp] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        wakeUp.signal();
    });
    QElapsedTimer clock;
    clock.start();
    const bool woken = platform::waitFor(wakeUp.handle(), platform::Readable, 10000);
    other.join();
    QVERIFY(woken);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    wakeUp.drain();
    QVERIFY(!platform::waitFor(wakeUp.handle(), platform::Readable, 0)); // drained: sleeps again
}

void TestPlatform::waitTimesOut()
{
    platform::WakeUp wakeUp;
    QElapsedTimer clock;
    clock.start();
    platform::PollItem item{wakeUp.handle()};
    QCOMPARE(platform::waitFor(&item, 1, 200), 0);
    QCOMPARE(item.happened, 0u);
    QVERIFY2(clock.elapsed() >= 190, qPrintable(QString::number(clock.elapsed())));
}

void TestPlatform::waitSaysWhichSocket()
{
    platform::WakeUp first;
    platform::WakeUp second;
    second.signal();
    platform::PollItem items[2] = {{first.handle()}, {second.handle()}};
    QCOMPARE(platform::waitFor(items, 2, 1000), 1);
    QCOMPARE(items[0].happened, 0u);
    QVERIFY(items[1].happened & platform::Readable);
}

void TestPlatform::wakeUpPassesBytes()
{
    platform::WakeUp wakeUp;
    QCOMPARE(wakeUp.take(), -1);
    wakeUp.signal(15);
    wakeUp.signal(2);
    QCOMPARE(wakeUp.take(), 15);
    QCOMPARE(wakeUp.take(), 2);
    QCOMPARE(wakeUp.take(), -1);
}

void TestPlatform::privateFileModes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("secret"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QVERIFY(QFile::setPermissions(file, QFile::permissions(file) | QFileDevice::ReadOther | QFileDevice::ReadGroup));
    QVERIFY(platform::makePrivate(file.toStdString()));
    QCOMPARE(modeOf(file), mode_t(0600));
    QVERIFY(platform::makePrivate(file.toStdString(), platform::OwnerAccess::ReadOnly));
    QCOMPARE(modeOf(file), mode_t(0400));
    const QString folder = dir.filePath(QStringLiteral("folder"));
    QVERIFY(QDir().mkdir(folder));
    ::chmod(QFile::encodeName(folder).constData(), 0755);
    QVERIFY(platform::makePrivate(folder.toStdString()));
    QCOMPARE(modeOf(folder), mode_t(0700));
    QVERIFY(!platform::makePrivate(dir.filePath(QStringLiteral("missing")).toStdString()));
}

void TestPlatform::lockProbeSeesAnotherProcess()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("locked"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QVERIFY(!platform::rangeLockedElsewhere(file.toStdString(), 100, 10));
    QVERIFY(!platform::rangeLockedElsewhere(dir.filePath(QStringLiteral("missing")).toStdString(), 0, 1));

    // F_GETLK reports other processes' locks only: a child takes one and says so through a pipe.
    int ready[2];
    QCOMPARE(::pipe(ready), 0);
    const QByteArray name = QFile::encodeName(file);
    const pid_t child = ::fork();
    if (child == 0) {
        const int fd = ::open(name.constData(), O_RDWR);
        struct flock lock = {};
        lock.l_type = F_RDLCK;
        lock.l_whence = SEEK_SET;
        lock.l_start = 105;
        lock.l_len = 1;
        const char ok = fd >= 0 && ::fcntl(fd, F_SETLK, &lock) == 0 ? 'y' : 'n';
        [[maybe_unused]] const auto written = ::write(ready[1], &ok, 1);
        ::pause();
        ::_exit(0);
    }
    QVERIFY(child > 0);
    char ok = 0;
    QCOMPARE(::read(ready[0], &ok, 1), ssize_t(1));
    const bool inRange = platform::rangeLockedElsewhere(file.toStdString(), 100, 10);
    const bool outOfRange = platform::rangeLockedElsewhere(file.toStdString(), 200, 10);
    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
    ::close(ready[0]);
    ::close(ready[1]);
    QCOMPARE(ok, 'y');
    QVERIFY(inRange);
    QVERIFY(!outOfRange);
}

void TestPlatform::tcpClientConnectsAndReads()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    platform::TcpClient client;
    const auto connected = client.connect("127.0.0.1", server.serverPort(), 5000);
    QCOMPARE(int(connected.outcome), int(platform::ConnectResult::Outcome::Connected));
    QVERIFY(server.waitForNewConnection(5000));
    QTcpSocket *peer = server.nextPendingConnection();
    QVERIFY(client.send("ping", 4));
    QTRY_COMPARE(peer->bytesAvailable(), qint64(4));
    QCOMPARE(peer->readAll(), QByteArray("ping"));

    // Nothing sent yet: the read gives up at its deadline.
    char buf[3] = {};
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!client.readExactly(buf, 3, std::chrono::steady_clock::now() + std::chrono::milliseconds(200)));
    QVERIFY(clock.elapsed() >= 190);
    peer->write("abc");
    peer->flush();
    QVERIFY(client.readExactly(buf, 3, std::chrono::steady_clock::now() + std::chrono::seconds(5)));
    QCOMPARE(QByteArray(buf, 3), QByteArray("abc"));
}

void TestPlatform::tcpClientRefused()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close(); // nobody listens there now
    platform::TcpClient client;
    const auto refused = client.connect("127.0.0.1", port, 5000);
    QCOMPARE(int(refused.outcome), int(platform::ConnectResult::Outcome::Refused));
    QCOMPARE(refused.systemError, ECONNREFUSED);
    platform::TcpClient other;
    const auto unresolvable = other.connect("no-such-host.invalid", port, 5000);
    QCOMPARE(int(unresolvable.outcome), int(platform::ConnectResult::Outcome::Unresolvable));
    QVERIFY(!unresolvable.detail.empty());
}

void TestPlatform::quitSignalArrives()
{
    platform::WakeUp wakeUp;
    QVERIFY(platform::installQuitHandlers(&wakeUp));
    platform::WakeUp another;
    QVERIFY(!platform::installQuitHandlers(&another)); // one set per process
    QCOMPARE(::kill(::getpid(), SIGTERM), 0);
    QVERIFY(platform::waitFor(wakeUp.handle(), platform::Readable, 5000));
    const int number = wakeUp.take();
    platform::removeQuitHandlers();
    QCOMPARE(number, SIGTERM);
    QCOMPARE(QString::fromStdString(platform::quitRequestName(number)), QStringLiteral("SIGTERM"));
    QCOMPARE(QString::fromStdString(platform::quitRequestName(99)), QStringLiteral("signal 99"));
    // Removed: handlers can be installed again.
    QVERIFY(platform::installQuitHandlers(&another));
    platform::removeQuitHandlers();
}

void TestPlatform::noPosixHeaderOutsidePlatform()
{
    // tests/ and bench/ run on Linux only and keep POSIX (signals for test nodes): the check is the product's.
    static const QRegularExpression posixInclude(
        QStringLiteral(R"(^\s*#\s*include\s*<(unistd\.h|poll\.h|fcntl\.h|signal\.h|csignal|sys/[^>]+|netdb\.h|)"
                       R"(arpa/[^>]+|netinet/[^>]+|pwd\.h|dirent\.h|termios\.h|spawn\.h|)"
                       // and Windows' own, for the same reason
                       R"(windows\.h|winsock2\.h|ws2tcpip\.h|aclapi\.h)>)"));
    const QDir source(QStringLiteral(BILBY_SOURCE_DIR));
    QStringList found;
    int scanned = 0;
    for (const QString &layer : {QStringLiteral("model"), QStringLiteral("views"), QStringLiteral("app")}) {
        QDirIterator it(source.filePath(layer), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = source.relativeFilePath(path);
            if (relative.startsWith(QLatin1String("model/platform/")))
                continue;
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            ++scanned;
            int line = 0;
            while (!file.atEnd()) {
                ++line;
                const QString text = QString::fromUtf8(file.readLine());
                const auto match = posixInclude.match(text);
                if (match.hasMatch())
                    found.append(QStringLiteral("%1:%2: <%3> belongs in model/platform/")
                                     .arg(relative)
                                     .arg(line)
                                     .arg(match.captured(1)));
            }
        }
    }
    QVERIFY2(scanned > 100, qPrintable(QString::number(scanned)));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestPlatform)
#include "tst_platform.moc"
