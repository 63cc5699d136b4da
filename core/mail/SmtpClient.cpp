#include "mail/SmtpClient.h"

#include <algorithm>
#include <optional>

#include <QEventLoop>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>

#include "mail/MimeEncoding.h"

namespace ardesk {

namespace {

// "[192.0.2.1]" or "[IPv6:::1]": our address literal for EHLO (RFC 5321 4.1.3) rather than the
// machine's name, which says nothing useful and can leak a personal computer name.
QByteArray addressLiteral(const QHostAddress& address)
{
    const QByteArray text = address.toString().toLatin1();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return "[IPv6:" + text + ']';
    return '[' + text + ']';
}

QString seconds(int milliseconds)
{
    return QString::number(milliseconds / 1000.0, 'g', 3);
}

} // namespace

SmtpClient::SmtpClient(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SmtpClient::onTimeout);
}

SmtpClient::~SmtpClient() = default;

void SmtpClient::send(const SmtpSettings& settings, const QString& password, const QString& sender,
                      const QStringList& recipients, const QByteArray& message)
{
    // Failures found before any I/O are reported from the event loop, like every other outcome,
    // so a caller connecting after send() (or a local event loop) never misses them.
    const auto failLater = [this](SmtpError::Kind kind, const QString& text) {
        QMetaObject::invokeMethod(
            this,
            [this, kind, text] {
                Q_EMIT failed(SmtpError{kind, 0, text});
            },
            Qt::QueuedConnection);
    };
    if (isBusy())
        return failLater(SmtpError::Kind::Protocol, QStringLiteral("a message is being sent"));

    QList<QSslCertificate> trusted;
    if (!settings.trustedCertificatesFile.isEmpty()) {
        trusted = QSslCertificate::fromPath(settings.trustedCertificatesFile);
        if (trusted.isEmpty())
            return failLater(
                SmtpError::Kind::Tls,
                QStringLiteral("no certificate in %1").arg(settings.trustedCertificatesFile));
    }

    m_settings = settings;
    m_password = password;
    m_sender = sender;
    m_recipients = recipients;
    m_message = message;
    if (!m_message.endsWith("\r\n"))
        m_message += "\r\n";
    m_nextRecipient = 0;
    m_sslErrors.clear();
    m_replies.clear();
    m_stage = Stage::Connecting;

    m_socket = new QSslSocket(this);
    if (!trusted.isEmpty()) {
        QSslConfiguration configuration = m_socket->sslConfiguration();
        configuration.addCaCertificates(trusted);
        m_socket->setSslConfiguration(configuration);
    }
    connect(m_socket, &QSslSocket::connected, this, &SmtpClient::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpClient::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpClient::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpClient::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Not ignored: QSslSocket aborts the handshake; keep the reasons for the error.
        for (const QSslError& error : errors)
            m_sslErrors.append(error.errorString());
    });
    // A large attachment takes a while to upload: the reply timeout counts from the last write.
    connect(m_socket, &QSslSocket::bytesWritten, this, [this] {
        if (m_stage == Stage::Content)
            m_timer.start(m_settings.replyTimeoutMs);
    });

    m_timer.start(m_settings.connectTimeoutMs);
    if (m_settings.security == SmtpSecurity::ImplicitTls)
        m_socket->connectToHostEncrypted(m_settings.host, m_settings.port);
    else
        m_socket->connectToHost(m_settings.host, m_settings.port);
}

std::expected<void, SmtpError>
SmtpClient::sendBlocking(const SmtpSettings& settings, const QString& password,
                         const QString& sender, const QStringList& recipients,
                         const QByteArray& message, const std::function<void()>& accepted)
{
    SmtpClient client;
    QEventLoop loop;
    if (accepted)
        connect(&client, &SmtpClient::accepted, &loop, accepted);
    std::optional<SmtpError> failure;
    connect(&client, &SmtpClient::sent, &loop, &QEventLoop::quit);
    connect(&client, &SmtpClient::failed, &loop, [&](const SmtpError& error) {
        failure = error;
        loop.quit();
    });
    client.send(settings, password, sender, recipients, message);
    loop.exec();
    if (failure)
        return std::unexpected(*failure);
    return {};
}

void SmtpClient::onConnected()
{
    // With implicit TLS the greeting comes after the handshake (onEncrypted).
    if (m_settings.security == SmtpSecurity::ImplicitTls)
        return;
    m_stage = Stage::Greeting;
    m_timer.start(m_settings.replyTimeoutMs);
}

void SmtpClient::onEncrypted()
{
    if (m_stage == Stage::Handshake) {
        sendEhlo(Stage::TlsEhlo);
        return;
    }
    m_stage = Stage::Greeting;
    m_timer.start(m_settings.replyTimeoutMs);
}

void SmtpClient::onReadyRead()
{
    m_replies.append(m_socket->readAll());
    SmtpReply reply;
    for (;;) {
        switch (m_replies.next(reply)) {
        case SmtpReplyReader::Status::NeedMore:
            return;
        case SmtpReplyReader::Status::OverLong:
            return failOverLong();
        case SmtpReplyReader::Status::Malformed:
            return fail(SmtpError::Kind::Protocol, 0,
                        QStringLiteral("not an SMTP reply: \"%1\"").arg(m_replies.malformedLine()));
        case SmtpReplyReader::Status::Reply:
            break;
        }
        handleReply(reply.code, reply.lines.join(u' ').trimmed(), reply.lines);
        if (!m_socket)
            return; // the reply ended the session
        if (m_stage == Stage::Handshake && m_replies.hasPendingBytes())
            // Anything after "220 Ready to start TLS" was sent in the clear and would be read
            // as if it came through TLS: the STARTTLS command injection (CVE-2011-0411 class).
            return fail(SmtpError::Kind::Tls, 0,
                        QStringLiteral("the server sent data before the TLS handshake"));
    }
}

void SmtpClient::failOverLong()
{
    fail(SmtpError::Kind::Protocol, 0, QStringLiteral("the server sent an over-long reply"));
}

void SmtpClient::handleReply(int code, const QString& text, const QStringList& lines)
{
    switch (m_stage) {
    case Stage::Connecting:
    case Stage::Handshake:
        return fail(SmtpError::Kind::Protocol, code, text);
    case Stage::Greeting:
        if (code != 220)
            return fail(SmtpError::Kind::Connect, code, text);
        return sendEhlo(Stage::Ehlo);
    case Stage::Ehlo:
    case Stage::TlsEhlo:
        if (code != 250)
            return fail(SmtpError::Kind::Protocol, code, text);
        return afterEhlo(lines);
    case Stage::StartTls:
        if (code != 220)
            return fail(SmtpError::Kind::Tls, code, text);
        m_stage = Stage::Handshake;
        m_timer.start(m_settings.connectTimeoutMs);
        m_socket->startClientEncryption();
        return;
    case Stage::AuthPlain:
    case Stage::AuthPassword:
        if (code != 235)
            return fail(SmtpError::Kind::Auth, code, text);
        return command(Stage::MailFrom, "MAIL FROM:<" + m_sender.toLatin1() + '>');
    case Stage::AuthLogin:
        if (code != 334)
            return fail(SmtpError::Kind::Auth, code, text);
        return command(Stage::AuthUser, m_settings.user.toUtf8().toBase64());
    case Stage::AuthUser:
        if (code != 334)
            return fail(SmtpError::Kind::Auth, code, text);
        return command(Stage::AuthPassword, m_password.toUtf8().toBase64());
    case Stage::MailFrom:
    case Stage::RcptTo:
        if (code != 250 && code != 251) {
            // A refused mailbox says nothing about the next message's; 421 closes the whole
            // service, whatever command it answers (RFC 5321 3.8).
            const bool recipient = m_stage == Stage::RcptTo && code != 421;
            return fail(recipient ? SmtpError::Kind::Recipient : SmtpError::Kind::Rejected, code,
                        text);
        }
        if (m_nextRecipient < m_recipients.size()) {
            const QByteArray recipient = m_recipients[m_nextRecipient++].toLatin1();
            return command(Stage::RcptTo, "RCPT TO:<" + recipient + '>');
        }
        return command(Stage::Data, "DATA");
    case Stage::Data:
        if (code != 354)
            return fail(SmtpError::Kind::Rejected, code, text);
        m_stage = Stage::Content;
        m_timer.start(m_settings.replyTimeoutMs);
        m_socket->write(mime::dotStuffed(m_message) + ".\r\n");
        return;
    case Stage::Content:
        if (code != 250)
            return fail(SmtpError::Kind::Rejected, code, text);
        // Said before QUIT, not after its answer: a caller that records the message here never
        // sends it twice because the session was lost or the program stopped while waiting.
        Q_EMIT accepted();
        return command(Stage::Quit, "QUIT");
    case Stage::Quit:
        return finishSent();
    }
}

void SmtpClient::afterEhlo(const QStringList& lines)
{
    if (m_stage == Stage::Ehlo && m_settings.security == SmtpSecurity::StartTls) {
        // Never fall back to plain text: that is what a man in the middle would arrange.
        const bool offered = std::any_of(lines.begin(), lines.end(), [](const QString& line) {
            return line.trimmed().compare(QLatin1String("STARTTLS"), Qt::CaseInsensitive) == 0;
        });
        if (!offered)
            return fail(SmtpError::Kind::Tls, 0,
                        QStringLiteral("the server does not offer STARTTLS"));
        return command(Stage::StartTls, "STARTTLS");
    }
    // "AUTH PLAIN LOGIN" (and the pre-standard "AUTH=PLAIN LOGIN" some servers still send).
    QStringList mechanisms;
    for (const QString& line : lines) {
        const QString upper = line.trimmed().toUpper();
        if (upper.startsWith(QLatin1String("AUTH ")) || upper.startsWith(QLatin1String("AUTH=")))
            mechanisms += upper.mid(5).split(u' ', Qt::SkipEmptyParts);
    }
    if (m_settings.user.isEmpty())
        return command(Stage::MailFrom, "MAIL FROM:<" + m_sender.toLatin1() + '>');
    if (mechanisms.contains(QLatin1String("PLAIN"))) {
        // RFC 4616: authorization id (empty), NUL, user, NUL, password.
        const QByteArray credentials = '\0' + m_settings.user.toUtf8() + '\0' + m_password.toUtf8();
        return command(Stage::AuthPlain, "AUTH PLAIN " + credentials.toBase64());
    }
    if (mechanisms.contains(QLatin1String("LOGIN")))
        return command(Stage::AuthLogin, "AUTH LOGIN");
    fail(SmtpError::Kind::Auth, 0,
         mechanisms.isEmpty()
             ? QStringLiteral("the server does not offer authentication")
             : QStringLiteral("no supported authentication method (server offers %1)")
                   .arg(mechanisms.join(u' ')));
}

void SmtpClient::command(Stage next, const QByteArray& line)
{
    m_stage = next;
    m_timer.start(m_settings.replyTimeoutMs);
    m_socket->write(line + "\r\n");
}

void SmtpClient::sendEhlo(Stage next)
{
    command(next, "EHLO " + addressLiteral(m_socket->localAddress()));
}

void SmtpClient::onSocketError()
{
    // The message was accepted before QUIT: a server closing without "221" loses nothing.
    if (m_stage == Stage::Quit)
        return finishSent();
    if (!m_sslErrors.isEmpty())
        return fail(SmtpError::Kind::Tls, 0,
                    QStringLiteral("certificate of %1 not trusted: %2")
                        .arg(m_settings.host, m_sslErrors.join(QStringLiteral("; "))));
    const bool handshake = m_socket->error() == QAbstractSocket::SslHandshakeFailedError;
    fail(handshake ? SmtpError::Kind::Tls : SmtpError::Kind::Connect, 0,
         QStringLiteral("%1:%2: %3")
             .arg(m_settings.host)
             .arg(m_settings.port)
             .arg(m_socket->errorString()));
}

void SmtpClient::onTimeout()
{
    if (m_stage == Stage::Quit)
        return finishSent();
    const bool connecting = m_stage == Stage::Connecting || m_stage == Stage::Handshake;
    const int limit = connecting ? m_settings.connectTimeoutMs : m_settings.replyTimeoutMs;
    fail(SmtpError::Kind::Timeout, 0,
         (connecting ? QStringLiteral("%1:%2: no connection within %3 s")
                     : QStringLiteral("%1:%2: no reply within %3 s"))
             .arg(m_settings.host)
             .arg(m_settings.port)
             .arg(seconds(limit)));
}

void SmtpClient::fail(SmtpError::Kind kind, int code, const QString& text)
{
    releaseSocket(false);
    Q_EMIT failed(SmtpError{kind, code, text});
}

void SmtpClient::finishSent()
{
    releaseSocket(true);
    Q_EMIT sent();
}

void SmtpClient::releaseSocket(bool graceful)
{
    m_timer.stop();
    m_password.clear();
    m_message.clear();
    m_socket->disconnect(this);
    if (graceful)
        m_socket->disconnectFromHost();
    else
        m_socket->abort();
    // Deleted later: this may run inside one of the socket's own signals.
    m_socket->deleteLater();
    m_socket = nullptr;
}

} // namespace ardesk
