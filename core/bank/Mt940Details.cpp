#include "bank/Mt940Details.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// The subfields have at most 27 characters. One that is full was cut there by length, not at a
// word's end ("…nicht spezifizie" + "rt Reject…"), so it goes on without a space.
constexpr qsizetype kSubfieldLength = 27;

void appendPiece(QString& text, const QString& piece, bool& previousFull)
{
    if (!text.isEmpty() && !previousFull)
        text += u' ';
    text += piece;
    previousFull = piece.size() >= kSubfieldLength;
}

bool isRemittance(int code)
{
    return (code >= 20 && code <= 29) || (code >= 60 && code <= 63);
}

} // namespace

Mt940Details Mt940Details::parse(const QStringList& lines)
{
    // The lines of a structured field are a 65-column wrap of one text: a subfield may run on
    // into the next line, even between "?" and its number.
    const QString text = lines.join(QString());
    static const QRegularExpression structuredStart(uR"(^\s*[0-9]{0,3}\?[0-9]{2})"_s);
    Mt940Details details;
    if (!structuredStart.match(text).hasMatch()) {
        QStringList parts;
        for (const QString& line : lines) {
            if (const QString part = line.trimmed(); !part.isEmpty())
                parts.append(part);
        }
        details.reference = parts.join(u' ');
        return details;
    }

    static const QRegularExpression subfield(uR"(\?([0-9]{2}))"_s);
    QString reference;
    bool referenceFull = false;
    QString name;
    bool nameFull = false;
    QRegularExpressionMatchIterator it = subfield.globalMatch(text);
    QRegularExpressionMatch match = it.hasNext() ? it.next() : QRegularExpressionMatch();
    while (match.hasMatch()) {
        const QRegularExpressionMatch next = it.hasNext() ? it.next() : QRegularExpressionMatch();
        const qsizetype from = match.capturedEnd();
        const qsizetype to = next.hasMatch() ? next.capturedStart() : text.size();
        const QString value = text.mid(from, to - from);
        const int code = match.captured(1).toInt();
        if (isRemittance(code))
            appendPiece(reference, value, referenceFull);
        else if (code == 32 || code == 33)
            appendPiece(name, value, nameFull);
        else if (code == 31)
            details.counterpartyAccount = value.trimmed();
        match = next;
    }
    details.reference = reference.simplified();
    details.counterpartyName = name.simplified();
    return details;
}

} // namespace ardesk
