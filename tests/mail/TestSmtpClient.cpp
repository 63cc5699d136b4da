#include "CatchQt.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>

#include "MailServer.h"
#include "SampleMail.h"
#include "mail/MimeWriter.h"
#include "mail/SmtpClient.h"

using namespace ardesk;
using test::MailServer;

namespace {

SmtpSettings settingsFor(const MailServer& server, SmtpSecurity security)
{
    SmtpSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = server.port();
    settings.security = security;
    settings.user = QStringLiteral("bookkeeper");
    settings.trustedCertificatesFile = server.certificateFile();
    settings.connectTimeoutMs = 5'000;
    settings.replyTimeoutMs = 10'000;
    return settings;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

std::expected<void, SmtpError> sendSample(const SmtpSettings& settings, const QString& password,
                                          QByteArray* sentBytes = nullptr)
{
    const MailMessage mail = test::sampleMail();
    const Result<QByteArray> bytes = MimeWriter::write(mail);
    REQUIRE(bytes);
    if (sentBytes)
        *sentBytes = *bytes;
    return SmtpClient::sendBlocking(settings, password, mail.from.address,
                                    mail.recipientAddresses(), *bytes);
}

// The received message is the one sent, byte for byte (so dot-stuffing was undone exactly),
// and a mail program reads the right subject, sender, both alternatives and the PDF from it.
void checkDelivered(const MailServer& server, const QByteArray& sent)
{
    const QStringList received = server.received();
    REQUIRE(received.size() == 1);
    CHECK(readAll(received[0]) == sent);
    CHECK(server.envelope(1) == QStringList{QStringLiteral("buchhaltung@mueller.example"),
                                            QStringLiteral("zoe@kunde.example"),
                                            QStringLiteral("ap@kunde.example")});

    const MailMessage mail = test::sampleMail();
    const QJsonObject parsed = test::parsedMessage(received[0]);
    CHECK(parsed[u"defects"].toArray().isEmpty());
    CHECK(parsed[u"subject"].toString() == mail.subject);
    CHECK(parsed[u"from"].toArray()[0][u"name"].toString() == u"Büro Müller, Buchhaltung");
    CHECK(parsed[u"plain"].toString() == mail.text);
    CHECK(parsed[u"html"].toString() == QString(mail.html + u'\n'));
    const QJsonArray attachments = parsed[u"attachments"].toArray();
    REQUIRE(attachments.size() == 1);
    CHECK(attachments[0][u"filename"].toString() == mail.attachments[0].fileName);
    CHECK(attachments[0][u"sha256"].toString() ==
          QString::fromLatin1(
              QCryptographicHash::hash(test::samplePdf(), QCryptographicHash::Sha256).toHex()));
}

} // namespace

TEST_CASE("STARTTLS with AUTH PLAIN or LOGIN delivers the message intact", "[smtp]")
{
    const QString mechanism = GENERATE(QStringLiteral("PLAIN"), QStringLiteral("LOGIN"));
    CAPTURE(mechanism.toStdString());
    MailServer::Options options;
    options.onlyMechanism = mechanism;
    const MailServer server(options);

    QByteArray sent;
    const auto result =
        sendSample(settingsFor(server, SmtpSecurity::StartTls), options.password, &sent);
    INFO((result ? QString() : result.error().toString()).toStdString());
    REQUIRE(result);
    checkDelivered(server, sent);
}

TEST_CASE("Implicit TLS (port 465 style) delivers the message intact", "[smtp]")
{
    MailServer::Options options;
    options.mode = MailServer::Mode::ImplicitTls;
    const MailServer server(options);

    QByteArray sent;
    const auto result =
        sendSample(settingsFor(server, SmtpSecurity::ImplicitTls), options.password, &sent);
    INFO((result ? QString() : result.error().toString()).toStdString());
    REQUIRE(result);
    checkDelivered(server, sent);
}

TEST_CASE("A wrong password fails with the server's 535 and sends nothing", "[smtp]")
{
    const MailServer server({});
    const auto result =
        sendSample(settingsFor(server, SmtpSecurity::StartTls), QStringLiteral("wrong"));
    REQUIRE_FALSE(result);
    CHECK(result.error().kind == SmtpError::Kind::Auth);
    CHECK(result.error().replyCode == 535);
    CHECK(result.error().toString().startsWith(u"535 5.7.8 Authentication"));
    CHECK(server.received().isEmpty());
}

TEST_CASE("Without the trusted certificate the self-signed server is refused", "[smtp]")
{
    const MailServer server({});
    SmtpSettings settings = settingsFor(server, SmtpSecurity::StartTls);
    settings.trustedCertificatesFile.clear();
    const auto result = sendSample(settings, MailServer::Options{}.password);
    REQUIRE_FALSE(result);
    CHECK(result.error().kind == SmtpError::Kind::Tls);
    INFO(result.error().text.toStdString());
    CHECK(result.error().text.contains(u"self-signed", Qt::CaseInsensitive));
    CHECK(server.received().isEmpty());
}

TEST_CASE("STARTTLS required but not offered: no fallback to plain text", "[smtp]")
{
    MailServer::Options options;
    options.mode = MailServer::Mode::Plain;
    const MailServer server(options);
    const auto result = sendSample(settingsFor(server, SmtpSecurity::StartTls), options.password);
    REQUIRE_FALSE(result);
    CHECK(result.error().kind == SmtpError::Kind::Tls);
    CHECK(result.error().text == u"the server does not offer STARTTLS");
    CHECK(server.received().isEmpty());
}

TEST_CASE("A plain relay without AUTH delivers when security is None", "[smtp]")
{
    MailServer::Options options;
    options.mode = MailServer::Mode::Plain;
    const MailServer server(options);
    SmtpSettings settings = settingsFor(server, SmtpSecurity::None);
    settings.user.clear();
    QByteArray sent;
    const auto result = sendSample(settings, QString(), &sent);
    INFO((result ? QString() : result.error().toString()).toStdString());
    REQUIRE(result);
    checkDelivered(server, sent);
}

TEST_CASE("No server listening: a clear connection error well within the timeout", "[smtp]")
{
    // A port that was just free: listen, note it, close.
    quint16 port = 0;
    {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    SmtpSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.connectTimeoutMs = 3'000;
    QElapsedTimer clock;
    clock.start();
    const auto result = sendSample(settings, QStringLiteral("unused"));
    REQUIRE_FALSE(result);
    CHECK(clock.elapsed() < settings.connectTimeoutMs);
    CHECK(result.error().kind == SmtpError::Kind::Connect);
    CHECK(result.error().replyCode == 0);
    CHECK(result.error().text == QStringLiteral("127.0.0.1:%1: Connection refused").arg(port));
}

TEST_CASE("A server that accepts but never answers times out on the reply", "[smtp]")
{
    QTcpServer silent; // accepts the connection (kernel backlog) and says nothing
    REQUIRE(silent.listen(QHostAddress::LocalHost));
    SmtpSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = silent.serverPort();
    settings.security = SmtpSecurity::None;
    settings.replyTimeoutMs = 300;
    QElapsedTimer clock;
    clock.start();
    const auto result = sendSample(settings, QString());
    REQUIRE_FALSE(result);
    CHECK(clock.elapsed() >= 250); // a coarse timer may fire up to 5 % early
    CHECK(clock.elapsed() < 5'000);
    CHECK(result.error().kind == SmtpError::Kind::Timeout);
    CHECK(result.error().text ==
          QStringLiteral("127.0.0.1:%1: no reply within 0.3 s").arg(silent.serverPort()));
}

TEST_CASE("A server's endless or over-long reply fails the session instead of filling memory",
          "[smtp]")
{
    // The hostile greeting, sent as fast as the client reads, up to `total` bytes, then ended
    // with "220 ready". Without limits the client would take all of it, whatever its size.
    using Row = std::tuple<const char*, QByteArray, qsizetype>;
    const auto [what, chunk, total] = GENERATE(table<const char*, QByteArray, qsizetype>({
        Row{"endless 220- continuation lines", "220-" + QByteArray(70, 'x') + "\r\n",
            64 * 1024 * 1024},
        Row{"fewer but longer continuation lines", "220-" + QByteArray(1000, 'x') + "\r\n",
            200 * 1004},
        Row{"one line of 8 KiB", "220 " + QByteArray(8 * 1024, 'x') + "\r\n", 8 * 1024 + 6},
    }));
    CAPTURE(what);
    QTcpServer hostile;
    REQUIRE(hostile.listen(QHostAddress::LocalHost));
    qsizetype written = 0;
    bool finished = false;
    QObject::connect(&hostile, &QTcpServer::newConnection, &hostile, [&] {
        QTcpSocket* socket = hostile.nextPendingConnection();
        const auto more = [&, socket] {
            // Keep a few chunks queued; the kernel's buffers hold the rest until read.
            while (!finished && socket->bytesToWrite() < 64 * 1024) {
                if (written >= total) {
                    socket->write("220 ready\r\n");
                    finished = true;
                } else {
                    written += socket->write(chunk);
                }
            }
        };
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
        // Whatever the client says after the greeting, it got past it: hang up.
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->close(); });
        more();
    });

    SmtpSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = hostile.serverPort();
    settings.security = SmtpSecurity::None;
    settings.replyTimeoutMs = 30'000;
    const auto result = sendSample(settings, QString());
    REQUIRE_FALSE(result);
    CHECK(result.error().kind == SmtpError::Kind::Protocol);
    CHECK(result.error().text == u"the server sent an over-long reply");
    // The client stopped reading and closed long before the end of a long reply.
    if (total > 1024 * 1024)
        CHECK_FALSE(finished);
}

TEST_CASE("The asynchronous client reports exactly once and can send again", "[smtp]")
{
    const MailServer server({});
    const SmtpSettings settings = settingsFor(server, SmtpSecurity::StartTls);
    const MailMessage mail = test::sampleMail();
    const QByteArray bytes = *MimeWriter::write(mail);

    SmtpClient client;
    int sent = 0;
    int failed = 0;
    QEventLoop loop;
    QObject::connect(&client, &SmtpClient::sent, &loop, [&] {
        ++sent;
        loop.quit();
    });
    QObject::connect(&client, &SmtpClient::failed, &loop, [&] {
        ++failed;
        loop.quit();
    });
    for (int round = 0; round < 2; ++round) {
        client.send(settings, MailServer::Options{}.password, mail.from.address,
                    mail.recipientAddresses(), bytes);
        CHECK(client.isBusy());
        loop.exec();
        CHECK_FALSE(client.isBusy());
    }
    CHECK(sent == 2);
    CHECK(failed == 0);
    CHECK(server.received().size() == 2);
}
