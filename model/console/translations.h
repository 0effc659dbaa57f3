#pragma once

class QCoreApplication;

namespace bilby {

/**
 * Installs Qt's own translations and Bilby's (:/i18n/bilby_<lang>.qm, linked in from
 * translations/) for the user's interface languages. Where none matches, the English file is
 * installed: it holds the English plural forms ("1 module", "3 modules") of the "%n module(s)" texts.
 */
void installTranslations(QCoreApplication *app);

} // namespace bilby
