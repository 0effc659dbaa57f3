// Translations that reach the user: every tr() string is filed under the context it is looked up in at
// run time (a string filed elsewhere is translated in the .ts and never shown), the .ts files are current
// and complete, and samples from the console's model and the CLI come out in German for a German user.
#include "alarms/alarmcatalog.h"
#include "alarms/alarmtext.h"
#include "connection/nodename.h"
#include "support/testnode.h"
#include "term/termcodec.h"
#include "topology/nodehealth.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace bilby;
using namespace bilby::test;

namespace {

const QString SourceDir = QStringLiteral(BILBY_SOURCE_DIR);

QStringList translatedSources()
{
    QStringList files;
    for (const char *dir : {"model", "views", "app/bilby", "app/cli"}) {
        QDirIterator it(SourceDir + QLatin1Char('/') + QLatin1String(dir),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    return files;
}

struct Message
{
    QString context;
    QString source;
    QString file; ///< where lupdate found it (empty for a committed .ts, which has no locations)
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; ///< one, or one per plural form
};

QVector<Message> readTs(const QString &path)
{
    QVector<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                messages.append(m);
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{};
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("location") && m.file.isEmpty()) {
            m.file = xml.attributes().value(QLatin1String("filename")).toString();
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (!m.numerus)
                m.translations.append(xml.readElementText());
        } else if (name == QLatin1String("numerusform")) {
            m.translations.append(xml.readElementText());
        }
    }
    return messages;
}

/// The contexts that exist at run time: Q_OBJECT classes (all in namespace bilby), Q_DECLARE_TR_FUNCTIONS
/// and the literal contexts of translate() and the QT_TRANSLATE_NOOP family.
QSet<QString> runtimeContexts(const QStringList &files)
{
    const QRegularExpression qobject(QStringLiteral(R"(class\s+(\w+)\b[^;{]*\{\s*Q_OBJECT)"));
    const QRegularExpression declared(QStringLiteral(R"(Q_DECLARE_TR_FUNCTIONS\(\s*([\w:]+)\s*\))"));
    const QRegularExpression literal(QStringLiteral(R"((?:translate|QT_TRANSLATE_N?_NOOP)\(\s*"([^"]+)\")"));
    QSet<QString> contexts;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (auto it = qobject.globalMatch(text); it.hasNext();)
            contexts.insert(QStringLiteral("bilby::") + it.next().captured(1));
        for (const QRegularExpression *re : {&declared, &literal})
            for (auto it = re->globalMatch(text); it.hasNext();)
                contexts.insert(it.next().captured(1));
    }
    return contexts;
}

QString key(const Message &m)
{
    return m.context + QLatin1Char('\x1f') + m.source;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyStringIsFiledUnderItsRuntimeContext();
    void tsFilesAreCurrentAndGermanIsComplete();
    void modelTextComesOutInGerman();
    void cliSpeaksTheUsersLanguage();

private:
    QTemporaryDir m_dir;
    QVector<Message> m_fresh; ///< what lupdate finds in today's sources
};

void TranslationsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString ts = m_dir.filePath(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    QStringList args{QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("absolute")};
    // Sources include each other by folder ("alarms/alarm.h"): lupdate needs the layers' roots to find the
    // classes (and so the contexts) a .cpp defines.
    for (const char *root : {"model", "views"})
        args << QStringLiteral("-I") << SourceDir + QLatin1Char('/') + QLatin1String(root);
    args << translatedSources() << QStringLiteral("-ts") << ts;
    lupdate.start(QStringLiteral(BILBY_LUPDATE_PATH), args);
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QCOMPARE(lupdate.exitCode(), 0);
    m_fresh = readTs(ts);
    QVERIFY2(m_fresh.size() > 500, qPrintable(QString::number(m_fresh.size())));
}

void TranslationsTest::everyStringIsFiledUnderItsRuntimeContext()
{
    // A tr() in a free function or a plain class is filed by lupdate under the namespace or class it sits
    // in, while a file-level helper looks it up under its own fixed context: never shown translated.
    const QSet<QString> known = runtimeContexts(translatedSources());
    QStringList lost;
    for (const Message &m : m_fresh)
        if (!known.contains(m.context))
            lost.append(QStringLiteral("%1: [%2] %3").arg(m.file, m.context, m.source.left(60)));
    lost.removeDuplicates();
    QVERIFY2(lost.isEmpty(), qPrintable(lost.join(QLatin1Char('\n'))));
}

void TranslationsTest::tsFilesAreCurrentAndGermanIsComplete()
{
    QSet<QString> fresh;
    for (const Message &m : m_fresh)
        fresh.insert(key(m));
    for (const char *lang : {"en", "de"}) {
        const auto committed = readTs(SourceDir + QStringLiteral("/translations/bilby_%1.ts").arg(QLatin1String(lang)));
        QSet<QString> have;
        QStringList missing;
        for (const Message &m : committed) {
            have.insert(key(m));
            // English needs only its plural forms; German needs everything.
            const bool needed = QLatin1String(lang) == QLatin1String("de") || m.numerus;
            const bool empty =
                m.translations.isEmpty() || std::any_of(m.translations.begin(), m.translations.end(),
                                                        [](const QString &t) { return t.trimmed().isEmpty(); });
            if (needed && (m.unfinished || empty))
                missing.append(QStringLiteral("[%1] %2").arg(m.context, m.source.left(60)));
        }
        QStringList stale;
        for (const QString &k : fresh)
            if (!have.contains(k))
                stale.append(k.section(QLatin1Char('\x1f'), 0, 0) + QStringLiteral(": ") +
                             k.section(QLatin1Char('\x1f'), 1).left(60));
        stale.sort();
        QVERIFY2(
            stale.isEmpty(),
            qPrintable(
                QStringLiteral("not in bilby_%1.ts (run the update_translations target):\n").arg(QLatin1String(lang)) +
                stale.join(QLatin1Char('\n'))));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("untranslated in bilby_%1.ts:\n").arg(QLatin1String(lang)) +
                            missing.join(QLatin1Char('\n'))));
    }
}

void TranslationsTest::modelTextComesOutInGerman()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral("bilby_de"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&german);

    QString error;
    QVERIFY(!NodeName::parse(QString(), &error));
    QCOMPARE(error, QStringLiteral("Geben Sie einen Knotennamen wie myapp@host ein."));

    // A string term of 5 characters with 2 left: the decoder's own words (file-level helper before).
    TermCodec::DecodeError decodeError;
    QVERIFY(!TermCodec::decode(QByteArray("\x83\x6b\x00\x05"
                                          "ab",
                                          6),
                               &decodeError));
    QVERIFY2(decodeError.message.startsWith(QStringLiteral("Der Term ist abgeschnitten")),
             qPrintable(decodeError.message));

    // The alarm engine's shared words, from a header.
    QCOMPARE(alarmtext::duration(5 * 24 * 3600000.0), QStringLiteral("5 Tage"));

    // A plural with the module count.
    NodeHealth::Clash clash;
    clash.dirs = {QStringLiteral("/a/jose-1.11.1/ebin"), QStringLiteral("/b/jose-1.11.5/ebin")};
    clash.modules = {QStringLiteral("jose"), QStringLiteral("jose_jwk"), QStringLiteral("jose_jws")};
    clash.count = 3;
    QVERIFY2(clash.describe().contains(QStringLiteral("geladen: 3 Module (jose")), qPrintable(clash.describe()));
    clash.modules = {QStringLiteral("jose")};
    clash.count = 1;
    QVERIFY2(clash.describe().contains(QStringLiteral("geladen: 1 Modul (jose)")), qPrintable(clash.describe()));

    // The alarm catalog (file-level helper before), built on first use.
    const AlarmDefinition *down = AlarmCatalog::find(QStringLiteral("node_down"));
    QVERIFY(down);
    QCOMPARE(down->raisedWhen, QStringLiteral("Der Knoten ist nicht erreichbar."));

    QCoreApplication::removeTranslator(&german);
}

void TranslationsTest::cliSpeaksTheUsersLanguage()
{
    // Qt reads the language from the environment itself; no system locale needs to be installed.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    const CliRun german = runCli({QStringLiteral("info")}, env);
    QCOMPARE(german.exitCode, 64);
    QVERIFY2(german.err.contains("bilby-cli --help"), german.err.constData());
    QVERIFY2(!german.err.contains("Run 'bilby-cli --help'"), german.err.constData());

    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    const CliRun english = runCli({QStringLiteral("info")}, env);
    QCOMPARE(english.exitCode, 64);
    QVERIFY2(english.err.contains("Run 'bilby-cli --help' for the commands and options."), english.err.constData());
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
