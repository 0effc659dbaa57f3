#include "connection/cookievault.h"

#include "platform/privatefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>

#ifdef BILBY_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace bilby {

namespace {

const QLatin1String CookiesKey("cookies");
constexpr auto PrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

#ifdef BILBY_HAVE_KEYCHAIN
const QString &service()
{
    static const QString name = QStringLiteral("bilby");
    return name;
}
#endif

} // namespace

CookieVault::CookieVault(QObject *parent)
    : CookieVault(Options{}, parent)
{}

CookieVault::CookieVault(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_directory(options.directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                              : options.directory)
{
    m_probeTimer.setSingleShot(true);
    connect(&m_probeTimer, &QTimer::timeout, this, [this] { settle(Backend::File); });
#ifdef BILBY_HAVE_KEYCHAIN
    if (!m_options.forceFile) {
        startProbe();
        return;
    }
#endif
    // Settled from the event loop so that ready() reaches whoever connects right after construction.
    QMetaObject::invokeMethod(
        this, [this] { settle(Backend::File); }, Qt::QueuedConnection);
}

CookieVault::~CookieVault() = default;

QString CookieVault::filePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("cookies.json"));
}

QString CookieVault::backendDescription() const
{
    switch (m_backend) {
    case Backend::Detecting:
        return tr("Looking for a keychain service to store cookies in…");
    case Backend::Keychain:
        return tr("Cookies are stored in the system keychain.");
    case Backend::File:
        break;
    }
    const QString path = QDir::toNativeSeparators(filePath());
    if (m_options.forceFile)
        return tr("Cookies are stored in %1, readable only by you.").arg(path);
    return tr("No keychain service is running: cookies are stored in %1, readable only by you.").arg(path);
}

void CookieVault::startProbe()
{
#ifdef BILBY_HAVE_KEYCHAIN
    // Without a keychain daemon (no D-Bus session, the usual case on CI) a job can fail at once or never
    // finish at all: the timer covers the second case.
    m_probeTimer.start(m_options.probeTimeoutMs);
    const QString key =
        QStringLiteral("bilby-probe-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    auto *write = new QKeychain::WritePasswordJob(service());
    write->setKey(key);
    write->setTextData(QStringLiteral("probe"));
    connect(write, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *job) {
        if (job->error() != QKeychain::NoError) {
            settle(Backend::File);
            return;
        }
        auto *cleanup = new QKeychain::DeletePasswordJob(service());
        cleanup->setKey(key);
        cleanup->start();
        // A late success after the timeout still leaves us on the file: switching would strand stored cookies.
        settle(Backend::Keychain);
    });
    write->start();
#endif
}

void CookieVault::settle(Backend backend)
{
    if (m_backend != Backend::Detecting)
        return;
    m_probeTimer.stop();
    m_backend = backend;
    const QList<std::function<void()>> waiting = std::exchange(m_waiting, {});
    for (const auto &operation : waiting)
        operation();
    emit ready(backend);
}

void CookieVault::whenReady(std::function<void()> operation)
{
    if (isReady())
        operation();
    else
        m_waiting.append(std::move(operation));
}

void CookieVault::store(const QString &node, const QByteArray &cookie)
{
    whenReady([this, node, cookie] {
        if (m_backend == Backend::Keychain) {
            storeInKeychain(node, cookie);
            return;
        }
        QString error;
        if (!storeInFile(node, cookie, &error))
            emit operationFailed(node, error);
    });
}

void CookieVault::load(const QString &node, QObject *context, LoadCallback callback)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    whenReady([this, node, guard, hasContext, callback = std::move(callback)] {
        if (m_backend == Backend::Keychain) {
            loadFromKeychain(node, guard, hasContext, callback);
            return;
        }
        QByteArray cookie;
        QString error;
        loadFromFile(node, &cookie, &error);
        deliver(guard, hasContext, callback, cookie, error);
    });
}

void CookieVault::remove(const QString &node)
{
    whenReady([this, node] {
        if (m_backend == Backend::Keychain)
            removeFromKeychain(node);
        // The file may hold a cookie saved while no keychain was running: remove it there too.
        QString error;
        if (!removeFromFile(node, &error))
            emit operationFailed(node, error);
    });
}

void CookieVault::deliver(const QPointer<QObject> &context, bool hasContext, const LoadCallback &callback,
                          const QByteArray &cookie, const QString &error)
{
    // Always queued, so callers see the same order of events whatever the backend.
    QMetaObject::invokeMethod(
        this,
        [context, hasContext, callback, cookie, error] {
            if (hasContext && !context)
                return;
            callback(cookie, error);
        },
        Qt::QueuedConnection);
}

void CookieVault::storeInKeychain(const QString &node, const QByteArray &cookie)
{
#ifdef BILBY_HAVE_KEYCHAIN
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setKey(node);
    job->setTextData(QString::fromUtf8(cookie));
    connect(job, &QKeychain::Job::finished, this, [this, node](QKeychain::Job *job) {
        if (job->error() != QKeychain::NoError)
            emit operationFailed(node,
                                 tr("The keychain did not store the cookie of %1: %2").arg(node, job->errorString()));
    });
    job->start();
#else
    Q_UNUSED(node)
    Q_UNUSED(cookie)
#endif
}

void CookieVault::loadFromKeychain(const QString &node, const QPointer<QObject> &context, bool hasContext,
                                   const LoadCallback &callback)
{
#ifdef BILBY_HAVE_KEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setKey(node);
    connect(job, &QKeychain::Job::finished, this,
            [this, node, context, hasContext, callback](QKeychain::Job *finished) {
                const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
                if (read->error() == QKeychain::NoError) {
                    deliver(context, hasContext, callback, read->textData().toUtf8(), {});
                    return;
                }
                // Not in the keychain: it may have been saved to the file while no keychain was running.
                QByteArray cookie;
                QString error;
                if (read->error() == QKeychain::EntryNotFound)
                    loadFromFile(node, &cookie, &error);
                else
                    error = tr("The keychain did not give the cookie of %1: %2").arg(node, read->errorString());
                deliver(context, hasContext, callback, cookie, error);
            });
    job->start();
#else
    deliver(context, hasContext, callback, {}, tr("This build has no keychain support (%1).").arg(node));
#endif
}

void CookieVault::removeFromKeychain(const QString &node)
{
#ifdef BILBY_HAVE_KEYCHAIN
    auto *job = new QKeychain::DeletePasswordJob(service());
    job->setKey(node);
    connect(job, &QKeychain::Job::finished, this, [this, node](QKeychain::Job *job) {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            emit operationFailed(node,
                                 tr("The keychain did not remove the cookie of %1: %2").arg(node, job->errorString()));
    });
    job->start();
#else
    Q_UNUSED(node)
#endif
}

bool CookieVault::storeInFile(const QString &node, const QByteArray &cookie, QString *error)
{
    QJsonObject cookies;
    if (!readFile(&cookies, error))
        return false;
    cookies.insert(node, QString::fromUtf8(cookie));
    return writeFile(cookies, error);
}

bool CookieVault::loadFromFile(const QString &node, QByteArray *cookie, QString *error) const
{
    QJsonObject cookies;
    if (!readFile(&cookies, error))
        return false;
    const QJsonValue value = cookies.value(node);
    if (!value.isString()) {
        *error = tr("No cookie is stored for %1.").arg(node);
        return false;
    }
    *cookie = value.toString().toUtf8();
    return true;
}

bool CookieVault::removeFromFile(const QString &node, QString *error)
{
    QJsonObject cookies;
    if (!readFile(&cookies, error))
        return false;
    if (!cookies.contains(node))
        return true;
    cookies.remove(node);
    return writeFile(cookies, error);
}

bool CookieVault::readFile(QJsonObject *cookies, QString *error) const
{
    QFile file(filePath());
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        // Refuse to overwrite: the user may want to repair the file rather than lose every cookie in it.
        *error = tr("%1 is not a valid cookie file (%2).")
                     .arg(QDir::toNativeSeparators(file.fileName()), parseError.errorString());
        return false;
    }
    *cookies = document.object().value(CookiesKey).toObject();
    return true;
}

bool CookieVault::writeFile(const QJsonObject &cookies, QString *error)
{
    const QString path = filePath();
    if (!QDir().mkpath(m_directory)) {
        *error = tr("Cannot create the directory %1.").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    // Create the file private before any content exists; QSaveFile then keeps the existing permissions
    // for its temporary file and for the renamed result.
    QFile placeholder(path);
    if (!placeholder.exists() && !placeholder.open(QIODevice::WriteOnly | QIODevice::NewOnly, PrivateFile)) {
        *error = tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(path), placeholder.errorString());
        return false;
    }
    placeholder.close();
    const std::filesystem::path nativePath = QFileInfo(path).filesystemFilePath();
    if (!platform::makePrivate(nativePath)) {
        *error = tr("Cannot make %1 private to you.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {CookiesKey, cookies}}).toJson());
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    // On Windows the renamed file has the folder's ACL rather than the placeholder's; POSIX keeps the mode.
    if (!platform::makePrivate(nativePath)) {
        *error = tr("Cannot make %1 private to you.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace bilby
