#include "console/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace bilby {

void installTranslations(QCoreApplication *app)
{
    // Qt's own strings (standard buttons) first, then ours; either may be missing for a locale.
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *bilby = new QTranslator(app);
    if (bilby->load(QLocale(), QStringLiteral("bilby"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        bilby->load(QStringLiteral("bilby_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(bilby);
    else
        delete bilby;
}

} // namespace bilby
