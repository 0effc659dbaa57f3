#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

namespace bilby {

/**
 * @brief Keeps one cookie per node, in the system keychain when one answers, else in a private file.
 *
 * The backend is chosen at start by an asynchronous probe (write and delete a dummy entry, with a short
 * timeout): desktops without a keychain service, and headless machines without a D-Bus session, fall back
 * to `cookies.json` in the application data directory, created 0600 before anything is written to it and
 * replaced atomically. Operations issued while the probe runs wait for it. Nothing here blocks on the
 * keychain, and no cookie is ever written to a log.
 */
class CookieVault : public QObject
{
    Q_OBJECT
public:
    enum class Backend { Detecting, Keychain, File };
    Q_ENUM(Backend)

    struct Options
    {
        bool forceFile = false; ///< skip the keychain (tests, `--settings-dir`)
        QString directory;      ///< where cookies.json lives; empty: QStandardPaths::AppDataLocation
        int probeTimeoutMs = 3000;
    };

    /// @p cookie is valid when @p error is empty; "not found" is an error too.
    using LoadCallback = std::function<void(const QByteArray &cookie, const QString &error)>;

    explicit CookieVault(QObject *parent = nullptr);
    explicit CookieVault(const Options &options, QObject *parent = nullptr);
    ~CookieVault() override;

    Backend backend() const { return m_backend; }
    bool isReady() const { return m_backend != Backend::Detecting; }
    /// One sentence for the user saying where cookies go.
    QString backendDescription() const;
    /// The cookie file used by the file backend (and read as a fallback by the keychain backend).
    QString filePath() const;

    void store(const QString &node, const QByteArray &cookie);
    /// @p callback runs later on this object's thread, never before load() returns; dropped if @p context is gone.
    void load(const QString &node, QObject *context, LoadCallback callback);
    void remove(const QString &node);

signals:
    /// The probe finished: backend() and backendDescription() are final.
    void ready(bilby::CookieVault::Backend backend);
    /// Storing or removing a cookie failed; @p message is for the user and never contains the cookie.
    void operationFailed(const QString &node, const QString &message);

private:
    void startProbe();
    void settle(Backend backend);
    void whenReady(std::function<void()> operation);

    void storeInKeychain(const QString &node, const QByteArray &cookie);
    void loadFromKeychain(const QString &node, const QPointer<QObject> &context, bool hasContext,
                          const LoadCallback &callback);
    void removeFromKeychain(const QString &node);

    bool storeInFile(const QString &node, const QByteArray &cookie, QString *error);
    bool loadFromFile(const QString &node, QByteArray *cookie, QString *error) const;
    bool removeFromFile(const QString &node, QString *error);
    bool readFile(QJsonObject *cookies, QString *error) const;
    bool writeFile(const QJsonObject &cookies, QString *error);

    void deliver(const QPointer<QObject> &context, bool hasContext, const LoadCallback &callback,
                 const QByteArray &cookie, const QString &error);

    Options m_options;
    Backend m_backend = Backend::Detecting;
    QString m_directory;
    QList<std::function<void()>> m_waiting;
    QTimer m_probeTimer;
};

} // namespace bilby
