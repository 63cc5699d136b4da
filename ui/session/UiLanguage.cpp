#include "session/UiLanguage.h"

#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {
const QString languageKey = u"ui/language"_s;
} // namespace

QList<UiLanguage::Choice> UiLanguage::choices()
{
    // Endonyms are not translated: a German reading an English UI looks for "Deutsch".
    return {{QString(), tr("System language")},
            {u"en"_s, u"English"_s},
            {u"de"_s, u"Deutsch"_s},
            {u"fr"_s, u"Français"_s},
            {u"es"_s, u"Español"_s}};
}

QString UiLanguage::stored()
{
    const QString code = QSettings().value(languageKey).toString();
    for (const Choice& choice : choices()) {
        if (choice.code == code)
            return code;
    }
    return QString(); // an unknown value (edited by hand, a dropped language): the system's
}

void UiLanguage::store(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, code);
}

QLocale UiLanguage::translationLocale()
{
    const QString code = stored();
    return code.isEmpty() ? QLocale() : QLocale(code);
}

bool UiLanguage::loadTranslation(QTranslator& translator, const QLocale& locale,
                                 const QString& directory)
{
    const QString name = u"ardesk"_s;
    return translator.load(locale, name, u"_"_s, directory) ||
           translator.load(QLocale(QLocale::English), name, u"_"_s, directory);
}

} // namespace ardesk
