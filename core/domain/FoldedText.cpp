#include "domain/FoldedText.h"

namespace ardesk::FoldedText {

namespace {

// Letters of the Latin scripts that NFKD leaves whole, spelled as a reader who lacks them on
// the keyboard types them.
QStringView spelledOut(char16_t c)
{
    switch (c) {
    case u'ß':
        return u"ss";
    case u'æ':
        return u"ae";
    case u'œ':
        return u"oe";
    case u'ø':
        return u"o";
    case u'đ':
    case u'ð':
        return u"d";
    case u'ł':
        return u"l";
    case u'ħ':
        return u"h";
    case u'ı':
        return u"i";
    case u'þ':
        return u"th";
    default:
        return {};
    }
}

bool isMark(QChar c)
{
    switch (c.category()) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

} // namespace

QString fold(QStringView text)
{
    // Plain ASCII (most codes and many names) only needs its case folded.
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toString().toCaseFolded();

    const QString decomposed =
        text.toString().normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (isMark(c))
            continue;
        if (const QStringView spelled = spelledOut(c.unicode()); !spelled.isEmpty())
            folded += spelled;
        else
            folded += c;
    }
    return folded;
}

bool contains(QStringView text, QStringView search)
{
    return search.isEmpty() || fold(text).contains(fold(search));
}

} // namespace ardesk::FoldedText
