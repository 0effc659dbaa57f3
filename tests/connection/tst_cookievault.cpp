// The cookie vault's file backend: round trips, a private file, persistence across instances, and no
// cookie in any log line. Also that the keychain probe settles on its own within its timeout.
#include "connection/cookievault.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace bilby;

namespace {

QStringList g_messages;

void recordMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages.append(message);
}

CookieVault::Options fileOptions(const QTemporaryDir &dir)
{
    CookieVault::Options options;
    options.forceFile = true;
    options.directory = dir.path();
    return options;
}

struct Loaded
{
    bool done = false;
    QByteArray cookie;
    QString error;
};

// Loads through the asynchronous API and waits for the callback.
Loaded loadNow(CookieVault &vault, const QString &node)
{
    Loaded result;
    vault.load(node, nullptr, [&result](const QByteArray &cookie, const QString &error) {
        result = {true, cookie, error};
    });
    (void)QTest::qWaitFor([&result] { return result.done; }, 5000); // the caller checks done
    return result;
}

int fileMode(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

} // namespace

class TestCookieVault : public QObject
{
    Q_OBJECT
private slots:
    void storeLoadRemove();
    void fileIsPrivate();
    void survivesRecreation();
    void loadIsAsynchronous();
    void neverLogged();
    void probeSettles();
};

void TestCookieVault::storeLoadRemove()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CookieVault vault(fileOptions(dir));
    QSignalSpy failures(&vault, &CookieVault::operationFailed);
    QTRY_VERIFY(vault.isReady());
    QCOMPARE(vault.backend(), CookieVault::Backend::File);
    QVERIFY(vault.backendDescription().contains(dir.path()));

    vault.store(QStringLiteral("a@127.0.0.1"), "cookie-a");
    vault.store(QStringLiteral("b@127.0.0.1"), "cookie-b");
    Loaded a = loadNow(vault, QStringLiteral("a@127.0.0.1"));
    QVERIFY(a.done);
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QCOMPARE(a.cookie, QByteArray("cookie-a"));
    QCOMPARE(loadNow(vault, QStringLiteral("b@127.0.0.1")).cookie, QByteArray("cookie-b"));

    vault.store(QStringLiteral("a@127.0.0.1"), "changed");
    QCOMPARE(loadNow(vault, QStringLiteral("a@127.0.0.1")).cookie, QByteArray("changed"));

    vault.remove(QStringLiteral("a@127.0.0.1"));
    a = loadNow(vault, QStringLiteral("a@127.0.0.1"));
    QVERIFY(a.done);
    QVERIFY(!a.error.isEmpty());
    QVERIFY(a.cookie.isEmpty());
    QCOMPARE(loadNow(vault, QStringLiteral("b@127.0.0.1")).cookie, QByteArray("cookie-b"));
    QCOMPARE(failures.count(), 0);
}

void TestCookieVault::fileIsPrivate()
{
    QTemporaryDir dir;
    CookieVault vault(fileOptions(dir));
    vault.store(QStringLiteral("a@127.0.0.1"), "secret");
    QTRY_VERIFY(QFile::exists(vault.filePath()));
    QCOMPARE(fileMode(vault.filePath()), 0600);

    // A file someone made readable is made private again on the next write.
    QVERIFY(QFile::setPermissions(vault.filePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                        QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QCOMPARE(fileMode(vault.filePath()), 0644);
    vault.store(QStringLiteral("b@127.0.0.1"), "other");
    QTRY_COMPARE(fileMode(vault.filePath()), 0600);
    QCOMPARE(loadNow(vault, QStringLiteral("b@127.0.0.1")).cookie, QByteArray("other"));
}

void TestCookieVault::survivesRecreation()
{
    QTemporaryDir dir;
    {
        CookieVault vault(fileOptions(dir));
        vault.store(QStringLiteral("kept@127.0.0.1"), "persisted");
        QTRY_VERIFY(QFile::exists(vault.filePath()));
    }
    CookieVault again(fileOptions(dir));
    const Loaded loaded = loadNow(again, QStringLiteral("kept@127.0.0.1"));
    QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
    QCOMPARE(loaded.cookie, QByteArray("persisted"));
    QCOMPARE(fileMode(again.filePath()), 0600);
}

void TestCookieVault::loadIsAsynchronous()
{
    QTemporaryDir dir;
    CookieVault vault(fileOptions(dir));
    vault.store(QStringLiteral("a@127.0.0.1"), "x");
    QTRY_VERIFY(QFile::exists(vault.filePath()));
    bool called = false;
    vault.load(QStringLiteral("a@127.0.0.1"), nullptr,
               [&called](const QByteArray &, const QString &) { called = true; });
    QVERIFY(!called); // callers may rely on load() returning before the callback runs
    QTRY_VERIFY(called);

    // A callback whose context is gone is dropped.
    auto *context = new QObject;
    bool late = false;
    vault.load(QStringLiteral("a@127.0.0.1"), context, [&late](const QByteArray &, const QString &) { late = true; });
    delete context;
    QTest::qWait(100);
    QVERIFY(!late);
}

void TestCookieVault::neverLogged()
{
    QTemporaryDir dir;
    const QByteArray cookie = "UNIQUEcookieVALUE42";
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(recordMessage);
    {
        CookieVault vault(fileOptions(dir));
        vault.store(QStringLiteral("a@127.0.0.1"), cookie);
        loadNow(vault, QStringLiteral("a@127.0.0.1"));
        // A corrupt file makes every operation fail and report; the reports must not quote it.
        QFile file(vault.filePath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"cookies": {"a@127.0.0.1": ")" + cookie + "\"");
        file.close();
        QSignalSpy failures(&vault, &CookieVault::operationFailed);
        vault.store(QStringLiteral("b@127.0.0.1"), cookie);
        QCOMPARE(failures.count(), 1);
        const QString report = failures.at(0).at(1).toString();
        QVERIFY(!report.isEmpty());
        QVERIFY(!report.contains(QString::fromLatin1(cookie)));
        const Loaded loaded = loadNow(vault, QStringLiteral("a@127.0.0.1"));
        QVERIFY(!loaded.error.isEmpty());
        QVERIFY(!loaded.error.contains(QString::fromLatin1(cookie)));
    }
    qInstallMessageHandler(previous);
    for (const QString &message : qAsConst(g_messages))
        QVERIFY2(!message.contains(QString::fromLatin1(cookie)), qPrintable(message));
}

void TestCookieVault::probeSettles()
{
    // Whatever this machine has (a keychain daemon or none), the probe must settle by itself.
    QTemporaryDir dir;
    CookieVault::Options options;
    options.directory = dir.path();
    options.probeTimeoutMs = 2000;
    CookieVault vault(options);
    QSignalSpy ready(&vault, &CookieVault::ready);
    QTRY_VERIFY_WITH_TIMEOUT(vault.isReady(), 4000);
    QCOMPARE(ready.count(), 1);
    if (vault.backend() == CookieVault::Backend::File)
        QVERIFY(vault.backendDescription().startsWith(QStringLiteral("No keychain service is running")));
    else
        QCOMPARE(vault.backendDescription(), QStringLiteral("Cookies are stored in the system keychain."));
}

QTEST_MAIN(TestCookieVault)
#include "tst_cookievault.moc"
