#include "domain/BankAccountNumber.h"

#include "domain/Mod97.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

bool looksLikeIban(const QString& account)
{
    return account.size() >= 5 && account.at(0).isLetter() && account.at(1).isLetter() &&
           account.at(2).isDigit() && account.at(3).isDigit();
}

} // namespace

QString BankAccountNumber::normalized(QStringView text)
{
    QString account;
    account.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            account.append(c.toUpper());
    }
    return account;
}

std::optional<QString> BankAccountNumber::problem(QStringView text)
{
    const QString account = normalized(text);
    if (account.isEmpty())
        return std::nullopt;
    if (account.size() > 34)
        return u"expected an IBAN or account number of at most 34 characters"_s;
    for (const QChar c : account) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || u == u'-' ||
                             u == u'/' || u == u'.';
        if (!allowed)
            return u"expected an IBAN or account number (letters, digits, - / .), got \"%1\""_s.arg(
                text);
    }
    if (looksLikeIban(account)) {
        const auto remainder = mod97(QString(account.mid(4) + account.left(4)));
        if (!remainder || *remainder != 1)
            return u"\"%1\" is not a valid IBAN: its check digits are wrong"_s.arg(text);
    }
    return std::nullopt;
}

} // namespace ardesk
