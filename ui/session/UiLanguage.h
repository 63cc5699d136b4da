#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

class QTranslator;

namespace ardesk {

// The language of the user interface, chosen in the Settings dialog and kept in QSettings (a
// choice of this user on this computer, not of the ledger). Translators are installed once at
// start-up (app/gui/main.cpp), so a new choice takes effect at the next start.
class UiLanguage {
    Q_DECLARE_TR_FUNCTIONS(UiLanguage)

public:
    struct Choice {
        QString code; // empty: the system's language
        QString name; // as its speakers write it, so that anyone can find their own
    };

    // System, English, Deutsch, Français, Español: the languages translations/ ships.
    static QList<Choice> choices();
    // The stored choice's code; empty for the system's language (also when nothing is stored).
    static QString stored();
    static void store(const QString& code);
    // The locale whose translations main() loads: the stored language, else the system's.
    static QLocale translationLocale();
    // Loads ARDesk's translation for locale from directory (":/i18n" in the application). A
    // language without one gets the English file, which holds only the plural forms that the
    // source texts write as "(s)"; the C locale of a bare system is such a language.
    static bool loadTranslation(QTranslator& translator, const QLocale& locale,
                                const QString& directory);
};

} // namespace ardesk
