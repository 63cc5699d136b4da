#pragma once

#include <expected>
#include <functional>

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include "mail/SmtpError.h"
#include "mail/SmtpReplyReader.h"
#include "mail/SmtpSettings.h"

class QSslSocket;

namespace ardesk {

// Sends one message over SMTP (RFC 5321) as an asynchronous state machine driven by the
// socket's readyRead: EHLO, STARTTLS then EHLO again (or TLS from the first byte), AUTH PLAIN
// or LOGIN as the server offers, MAIL FROM, RCPT TO, DATA, QUIT. Certificates are verified
// against the system's authorities plus, when set, SmtpSettings::trustedCertificatesFile.
// Exactly one of sent() or failed() follows each send(); the socket lives only for that send.
// accepted() comes before sent(), the moment the server took the message (its 250 after DATA)
// and before QUIT: from then on the message is out, whatever happens to the session.
class SmtpClient : public QObject {
    Q_OBJECT

public:
    explicit SmtpClient(QObject* parent = nullptr);
    ~SmtpClient() override;

    // `message` is the MimeWriter output; dot-stuffing happens here. A send while another is
    // running is refused with failed().
    void send(const SmtpSettings& settings, const QString& password, const QString& sender,
              const QStringList& recipients, const QByteArray& message);
    bool isBusy() const { return m_socket != nullptr; }

    // For the command line: runs send() in a local event loop until it ends; `accepted` is
    // called at accepted().
    static std::expected<void, SmtpError>
    sendBlocking(const SmtpSettings& settings, const QString& password, const QString& sender,
                 const QStringList& recipients, const QByteArray& message,
                 const std::function<void()>& accepted = {});

Q_SIGNALS:
    void accepted();
    void sent();
    void failed(const ardesk::SmtpError& error);

private:
    enum class Stage {
        Connecting,
        Greeting,
        Ehlo,
        StartTls,
        Handshake,
        TlsEhlo,
        AuthPlain,
        AuthLogin,
        AuthUser,
        AuthPassword,
        MailFrom,
        RcptTo,
        Data,
        Content,
        Quit,
    };

    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSocketError();
    void onTimeout();
    void handleReply(int code, const QString& text, const QStringList& lines);
    void afterEhlo(const QStringList& lines);
    void startAuthOrMail();
    void command(Stage next, const QByteArray& line);
    void sendEhlo(Stage next);
    void fail(SmtpError::Kind kind, int code, const QString& text);
    void failOverLong();
    void finishSent();
    void releaseSocket(bool graceful);

    SmtpSettings m_settings;
    QString m_password;
    QString m_sender;
    QStringList m_recipients;
    QByteArray m_message;
    qsizetype m_nextRecipient = 0;
    QStringList m_sslErrors;
    SmtpReplyReader m_replies;
    Stage m_stage = Stage::Connecting;
    QSslSocket* m_socket = nullptr;
    QTimer m_timer;
};

} // namespace ardesk
