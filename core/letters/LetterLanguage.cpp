#include "LetterLanguage.h"

#include "domain/Money.h"

using namespace Qt::StringLiterals;

namespace ardesk {

LetterLanguage::LetterLanguage(QString code, QLocale locale, QString shortFormat,
                               QString longFormat)
    : m_code(std::move(code))
    , m_locale(std::move(locale))
    , m_shortFormat(std::move(shortFormat))
    , m_longFormat(std::move(longFormat))
{}

LetterLanguage LetterLanguage::forCode(const QString& code)
{
    // Explicit formats: QLocale's short formats have two-digit years in de_DE, and its long
    // formats add the weekday, which business letters leave out.
    if (code == u"de"_s)
        return {u"de"_s, QLocale(QLocale::German, QLocale::Germany), u"dd.MM.yyyy"_s,
                u"d. MMMM yyyy"_s};
    if (code == u"fr"_s)
        return {u"fr"_s, QLocale(QLocale::French, QLocale::France), u"dd/MM/yyyy"_s,
                u"d MMMM yyyy"_s};
    if (code == u"es"_s)
        return {u"es"_s, QLocale(QLocale::Spanish, QLocale::Spain), u"dd/MM/yyyy"_s,
                u"d 'de' MMMM 'de' yyyy"_s};
    return {u"en"_s, QLocale(QLocale::English, QLocale::UnitedKingdom), u"dd/MM/yyyy"_s,
            u"d MMMM yyyy"_s};
}

QStringList LetterLanguage::supportedCodes()
{
    return {u"en"_s, u"de"_s, u"fr"_s, u"es"_s};
}

QString LetterLanguage::shortDate(const QDate& date) const
{
    return date.isValid() ? m_locale.toString(date, m_shortFormat) : QString();
}

QString LetterLanguage::longDate(const QDate& date) const
{
    return date.isValid() ? m_locale.toString(date, m_longFormat) : QString();
}

QString LetterLanguage::amount(qint64 minor, CurrencyCode currency) const
{
    return Money(minor, currency).toLocalizedString(m_locale);
}

QString LetterLanguage::pageLabel() const
{
    if (m_code == u"de"_s)
        return u"Seite %1 von %2"_s;
    if (m_code == u"fr"_s)
        return u"Page %1 sur %2"_s;
    if (m_code == u"es"_s)
        return u"Página %1 de %2"_s;
    return u"Page %1 of %2"_s;
}

} // namespace ardesk
