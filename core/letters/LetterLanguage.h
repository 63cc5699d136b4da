#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

#include "domain/CurrencyCode.h"

namespace ardesk {

// How a letter in one of the customer languages (en, de, fr, es) writes dates and amounts: the
// letter follows the customer's language, not the user's locale.
class LetterLanguage {
public:
    // en, de, fr or es; anything else falls back to en.
    static LetterLanguage forCode(const QString& code);
    static QStringList supportedCodes();

    QString code() const { return m_code; }
    const QLocale& locale() const { return m_locale; }

    // "05/03/2026", "05.03.2026": tables want fixed-width four-digit years.
    QString shortDate(const QDate& date) const;
    // "5 March 2026", "5. März 2026", "5 mars 2026", "5 de marzo de 2026".
    QString longDate(const QDate& date) const;
    // Grouped, with the currency's minor digits, no symbol ("1.234,50").
    QString amount(qint64 minor, CurrencyCode currency) const;
    // "Page %1 of %2", "Seite %1 von %2", …: the page number of a letter of several pages.
    QString pageLabel() const;

private:
    LetterLanguage(QString code, QLocale locale, QString shortFormat, QString longFormat);

    QString m_code;
    QLocale m_locale;
    QString m_shortFormat;
    QString m_longFormat;
};

} // namespace ardesk
