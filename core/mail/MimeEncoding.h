#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ardesk::mime {

// The byte-level encodings of an Internet message (RFC 5322, 2045, 2047, 2231). Output lines
// end in CRLF and stay within 76 characters, so any MTA or mail program accepts them as 7-bit.

// Text for a header, on one line: a line break (CR, LF, CRLF, U+2028, U+2029) or a tab becomes a
// space, any other control character (C0, DEL, C1) is dropped. Names and subjects come from the
// ledger and may hold them, and an encoded-word would carry a CR LF through to the reader,
// where it ends the header and starts another. The token functions below apply it themselves.
QString headerText(const QString& text);

// RFC 2047 encoded-words ("=?UTF-8?Q?...?=" or B, whichever is shorter for the whole text), each
// at most 75 characters, never splitting a character; the first one fits in `firstRoom`.
QList<QByteArray> encodedWords(const QString& text, int firstRoom = 75);

// A display name as phrase tokens: plain atoms, one quoted string, or encoded-words.
QList<QByteArray> phraseTokens(const QString& displayName);

// An unstructured header value (Subject) as tokens: ASCII words, or encoded-words when the text
// is not plain ASCII; `firstRoom` is what is left on the header's first line.
QList<QByteArray> unstructuredTokens(const QString& text, int firstRoom);

// "Name: token token,\r\n token\r\n": tokens joined by a space, folded before a token that would
// pass 76 characters. A token ending in a comma is how address lists keep their separators.
QByteArray foldedHeader(const QByteArray& name, const QList<QByteArray>& tokens);

// Quoted-printable (RFC 2045 6.7) of UTF-8 text: line breaks become CRLF hard breaks, long lines
// get soft breaks, trailing white space and everything outside printable ASCII is =XX.
QByteArray quotedPrintable(const QString& text);

// Base64 in lines of 76 characters, each ending in CRLF.
QByteArray base64Lines(const QByteArray& data);

// A MIME parameter: `name="value"` for plain ASCII, else RFC 2231 `name*0*=UTF-8''%XX...` split
// into continuations; each returned line is one parameter section (the caller adds ";").
QList<QByteArray> parameterSections(const QByteArray& name, const QString& value);

// The RFC 5322 date "Tue, 01 Jul 2025 09:30:00 +0200" with English names whatever the locale.
QByteArray rfc5322Date(const QDateTime& dateTime);

// SMTP transparency (RFC 5321 4.5.2): a line starting with "." gets a second one.
QByteArray dotStuffed(const QByteArray& message);

} // namespace ardesk::mime
