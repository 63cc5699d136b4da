#include "CatchQt.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimeZone>

#include "MailServer.h"
#include "SampleMail.h"
#include "mail/EmlFile.h"
#include "mail/MimeEncoding.h"
#include "mail/MimeWriter.h"

using namespace ardesk;

namespace {

// Decodes one "=?UTF-8?Q|B?...?=" word back to its UTF-8 bytes (RFC 2047 4.1, 4.2).
QByteArray decodedWord(const QByteArray& word)
{
    REQUIRE(word.startsWith("=?UTF-8?"));
    REQUIRE(word.endsWith("?="));
    const QByteArray payload = word.mid(10, word.size() - 12);
    if (word[8] == 'B')
        return QByteArray::fromBase64(payload);
    QByteArray out;
    for (qsizetype i = 0; i < payload.size(); ++i) {
        if (payload[i] == '_')
            out += ' ';
        else if (payload[i] == '=') {
            out += QByteArray::fromHex(payload.mid(i + 1, 2));
            i += 2;
        } else
            out += payload[i];
    }
    return out;
}

std::string text(const QByteArray& bytes)
{
    return bytes.toStdString();
}

} // namespace

TEST_CASE("Encoded-words stay within 75 characters, keep characters whole and decode back",
          "[mime]")
{
    const QString original = GENERATE(
        QStringLiteral("Müller"), QStringLiteral("Ærøskøbing Æblegrød"),
        QStringLiteral("Zahlungserinnerung: Rechnung INV-2025-0042 für Müller & Söhne GmbH, fällig "
                       "seit 30 Tagen – bitte überweisen"),
        QStringLiteral("請求書 INV-7 のお支払いについて、ご確認をお願いいたします。よろしく"),
        QStringLiteral("😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀"));
    const int firstRoom = GENERATE(75, 40);
    CAPTURE(original.toStdString(), firstRoom);

    const QList<QByteArray> words = mime::encodedWords(original, firstRoom);
    QByteArray decoded;
    for (qsizetype i = 0; i < words.size(); ++i) {
        CAPTURE(text(words[i]));
        CHECK(words[i].size() <= (i == 0 ? firstRoom : 75));
        const QByteArray part = decodedWord(words[i]);
        // Each word is valid UTF-8 on its own: no character is split between two words.
        CHECK(QString::fromUtf8(part).toUtf8() == part);
        CHECK_FALSE(QString::fromUtf8(part).contains(QChar::ReplacementCharacter));
        decoded += part;
    }
    CHECK(QString::fromUtf8(decoded) == original);
}

TEST_CASE("Headers fold before 76 characters and plain ASCII stays readable", "[mime]")
{
    const QByteArray subject = mime::foldedHeader(
        "Subject", mime::unstructuredTokens(QStringLiteral("Invoice INV-1 is overdue"), 67));
    CHECK(subject == "Subject: Invoice INV-1 is overdue\r\n");

    const QByteArray longSubject = mime::foldedHeader(
        "Subject", mime::unstructuredTokens(QString(30, u'ä') + QString(40, u'x'), 67));
    for (const QByteArray& line : longSubject.chopped(2).split('\n')) {
        CAPTURE(text(line));
        CHECK(line.chopped(line.endsWith('\r') ? 1 : 0).size() <= 76);
    }
    CHECK(longSubject.count("\r\n ") >= 1);

    CHECK(mime::phraseTokens(QStringLiteral("Accounts Payable")) ==
          QList<QByteArray>{"Accounts", "Payable"});
    CHECK(mime::phraseTokens(QStringLiteral("Smith, \"J.\"")) ==
          QList<QByteArray>{"\"Smith, \\\"J.\\\"\""});
}

TEST_CASE("Quoted-printable keeps lines within 76 characters with CRLF", "[mime]")
{
    using Row = std::pair<QString, QByteArray>;
    const auto [input, expected] = GENERATE(table<QString, QByteArray>({
        Row{QStringLiteral("plain"), "plain\r\n"},
        Row{QStringLiteral("a=b"), "a=3Db\r\n"},
        Row{QStringLiteral("Grüße"), "Gr=C3=BC=C3=9Fe\r\n"},
        Row{QStringLiteral("two\nlines\r\nthree\rfour"), "two\r\nlines\r\nthree\r\nfour\r\n"},
        Row{QStringLiteral("trailing \nblank\t"), "trailing=20\r\nblank=09\r\n"},
        Row{QString(80, u'x'), QByteArray(75, 'x') + "=\r\n" + QByteArray(5, 'x') + "\r\n"},
        Row{QString(76, u'x'), QByteArray(76, 'x') + "\r\n"},
        Row{QString(74, u'x') + u'ü', QByteArray(74, 'x') + "=\r\n=C3=BC\r\n"},
    }));
    CAPTURE(input.toStdString());
    CHECK(text(mime::quotedPrintable(input)) == text(expected));
}

TEST_CASE("Base64 bodies come in lines of 76 characters", "[mime]")
{
    const QByteArray pdf = test::samplePdf();
    const QByteArray encoded = mime::base64Lines(pdf);
    const QList<QByteArray> lines = encoded.chopped(2).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        CHECK(lines[i].endsWith('\r') == (i + 1 < lines.size()));
        CHECK(lines[i].size() <= 77);
    }
    CHECK(lines.first().size() == 77);
    CHECK(QByteArray::fromBase64(QByteArray(encoded).replace("\r\n", "")) == pdf);
}

TEST_CASE("File names: quoted when ASCII, RFC 2231 with continuations otherwise", "[mime]")
{
    CHECK(mime::parameterSections("filename", QStringLiteral("reminder-1.pdf")) ==
          QList<QByteArray>{"filename=\"reminder-1.pdf\""});
    CHECK(mime::parameterSections("filename", QStringLiteral("Mahnung Müller.pdf")) ==
          QList<QByteArray>{"filename*=UTF-8''Mahnung%20M%C3%BCller.pdf"});
    const QList<QByteArray> sections =
        mime::parameterSections("filename", QString(40, u'ü') + QStringLiteral(".pdf"));
    REQUIRE(sections.size() == 5);
    CHECK(sections[0].startsWith("filename*0*=UTF-8''%C3%BC"));
    CHECK(sections[4] == "filename*4*=%C3%BC%C3%BC.pdf");
}

TEST_CASE("Dates are RFC 5322 with English names and the offset", "[mime]")
{
    CHECK(mime::rfc5322Date(QDateTime(QDate(2025, 7, 1), QTime(9, 30, 5), QTimeZone(7200))) ==
          "Tue, 01 Jul 2025 09:30:05 +0200");
    CHECK(mime::rfc5322Date(QDateTime(QDate(2024, 12, 29), QTime(23, 0), QTimeZone(-12600))) ==
          "Sun, 29 Dec 2024 23:00:00 -0330");
}

TEST_CASE("Dot-stuffing doubles a dot at the start of every line only", "[mime]")
{
    CHECK(mime::dotStuffed(".a\r\nb.c\r\n.\r\n..\r\n") == "..a\r\nb.c\r\n..\r\n...\r\n");
}

TEST_CASE("A written message is all CRLF, 7-bit and within 76 columns", "[mime]")
{
    const Result<QByteArray> written = MimeWriter::write(test::sampleMail());
    REQUIRE(written);
    CHECK(written->count('\n') == written->count("\r\n"));
    CHECK(std::all_of(written->begin(), written->end(), [](char c) { return c > 0; }));
    for (const QByteArray& line : written->split('\n'))
        CHECK(line.size() <= 77);
    CHECK(written->startsWith("Date: Tue, 01 Jul 2025 09:30:00 +0200\r\n"));
    CHECK(written->contains("\r\nMIME-Version: 1.0\r\n"));
    CHECK(written->contains("@mueller.example>\r\n"));
    CHECK_FALSE(written->contains("X-Unsent"));
}

TEST_CASE("Python's email package reads back what was written to an .eml draft", "[mime]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reminder.eml"));
    const MailMessage mail = test::sampleMail();
    REQUIRE(EmlFile::save(path, mail));

    const QJsonObject parsed = test::parsedMessage(path);
    CHECK(parsed[u"defects"].toArray().isEmpty());
    CHECK(parsed[u"bareLineFeeds"].toInt() == 0);
    CHECK(parsed[u"longestLine"].toInt() <= 76);
    CHECK(parsed[u"unsent"].toString() == u"1");
    CHECK(parsed[u"contentType"].toString() == u"multipart/mixed");
    CHECK(parsed[u"subject"].toString() == mail.subject);
    CHECK(parsed[u"date"].toString() == u"2025-07-01T09:30:00+02:00");
    const QJsonArray from = parsed[u"from"].toArray();
    REQUIRE(from.size() == 1);
    CHECK(from[0][u"name"].toString() == mail.from.displayName);
    CHECK(from[0][u"address"].toString() == mail.from.address);
    const QJsonArray to = parsed[u"to"].toArray();
    REQUIRE(to.size() == 2);
    CHECK(to[0][u"name"].toString() == u"Zoë Ångström");
    CHECK(to[1][u"name"].toString() == u"Accounts Payable");
    CHECK(to[1][u"address"].toString() == u"ap@kunde.example");
    CHECK(parsed[u"plain"].toString() == mail.text);
    CHECK(parsed[u"html"].toString() == QString(mail.html + u'\n'));
    const QJsonArray attachments = parsed[u"attachments"].toArray();
    REQUIRE(attachments.size() == 1);
    CHECK(attachments[0][u"filename"].toString() == mail.attachments[0].fileName);
    CHECK(attachments[0][u"type"].toString() == u"application/pdf");
    CHECK(attachments[0][u"sha256"].toString() ==
          QString::fromLatin1(
              QCryptographicHash::hash(test::samplePdf(), QCryptographicHash::Sha256).toHex()));
}

TEST_CASE("Control characters in a name or subject never reach a header, not even encoded",
          "[mime]")
{
    using Row = std::pair<QString, QString>;
    const auto [name, expected] = GENERATE(table<QString, QString>({
        Row{QStringLiteral("Evil Corp\r\nBcc: victim@elsewhere.example"),
            QStringLiteral("Evil Corp Bcc: victim@elsewhere.example")},
        Row{QStringLiteral("Müller\nBcc: victim@elsewhere.example"),
            QStringLiteral("Müller Bcc: victim@elsewhere.example")},
        Row{QStringLiteral("A\x01"
                           "B\x1b[31m C\x7f\u0085"
                           "D\u009f\tE\u2028F"),
            QStringLiteral("AB[31m CD E F")},
    }));
    CAPTURE(name.toStdString());
    CHECK(mime::headerText(name) == expected);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.eml"));
    MailMessage mail = test::sampleMail();
    mail.to = {{name, QStringLiteral("zoe@kunde.example")}};
    mail.subject = name;
    REQUIRE(EmlFile::save(path, mail, MimeWriter::Purpose::Send));

    // As a reader sees it: one recipient, the name without the controls, no extra header.
    const QJsonObject parsed = test::parsedMessage(path);
    CHECK(parsed[u"defects"].toArray().isEmpty());
    const QJsonArray to = parsed[u"to"].toArray();
    REQUIRE(to.size() == 1);
    CHECK(to[0][u"name"].toString() == expected);
    CHECK(to[0][u"address"].toString() == u"zoe@kunde.example");
    CHECK(parsed[u"subject"].toString() == expected);
    // And on the wire: the To header, unfolded, is a single line.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    const QByteArray headers = raw.left(raw.indexOf("\r\n\r\n") + 2).replace("\r\n ", " ");
    CHECK_FALSE(headers.contains("\r\nBcc:"));
    CHECK(headers.count("\r\nTo: ") == 1);
    CHECK_FALSE(headers.contains("=0D"));
    CHECK_FALSE(headers.contains("=0A"));
}

TEST_CASE("A message without HTML or attachments is a single text/plain part", "[mime]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.eml"));
    MailMessage mail = test::sampleMail();
    mail.html.clear();
    mail.attachments.clear();
    REQUIRE(EmlFile::save(path, mail, MimeWriter::Purpose::Send));
    const QJsonObject parsed = test::parsedMessage(path);
    CHECK(parsed[u"contentType"].toString() == u"text/plain");
    CHECK(parsed[u"plain"].toString() == mail.text);
    CHECK(parsed[u"unsent"].isNull());
    CHECK(parsed[u"defects"].toArray().isEmpty());
}

TEST_CASE("Messages with unusable addresses or no date are refused", "[mime]")
{
    MailMessage mail = test::sampleMail();
    SECTION("sender without @")
    {
        mail.from.address = QStringLiteral("buchhaltung");
    }
    SECTION("non-ASCII sender")
    {
        mail.from.address = QStringLiteral("büro@mueller.example");
    }
    SECTION("recipient with angle bracket")
    {
        mail.to[0].address = QStringLiteral("a<b@c.d");
    }
    SECTION("no recipient")
    {
        mail.to.clear();
    }
    SECTION("no date")
    {
        mail.date = {};
    }
    const Result<QByteArray> written = MimeWriter::write(mail);
    REQUIRE_FALSE(written);
    CHECK(written.error().code == ErrorCode::InvalidInput);
}
