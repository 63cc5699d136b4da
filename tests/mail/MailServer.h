#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace ardesk::test {

// A real SMTP server for one test: tests/mail/smtp_server.py (aiosmtpd under Debian's python3)
// on 127.0.0.1 with a free port and a fresh self-signed certificate for IP 127.0.0.1. Each
// accepted message lands in the server's directory as <n>.eml with <n>.envelope beside it.
class MailServer {
public:
    enum class Mode { StartTls, ImplicitTls, Plain };
    // What the server does with QUIT: answer it, close the connection instead, or never answer.
    enum class Quit { Answer, Drop, Hang };

    struct Options {
        Mode mode = Mode::StartTls;
        QString user = QStringLiteral("bookkeeper");
        QString password = QStringLiteral("s3cret-Pässword");
        QString onlyMechanism; // "PLAIN" or "LOGIN": the other is not offered
        QString refuse;        // RCPT TO this address is answered with 550
        Quit quit = Quit::Answer;
    };

    explicit MailServer(const Options& options);
    ~MailServer();

    quint16 port() const { return m_port; }
    QString certificateFile() const;
    // Paths of the received .eml files, in arrival order.
    QStringList received() const;
    // The envelope of message <n> (1-based): sender, then recipients.
    QStringList envelope(int n) const;
    // Waits until a client sent QUIT, when quit is Drop or Hang.
    void waitForQuit();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

// Runs tests/mail/check_message.py on an .eml file: what Python's email package reads from it.
QJsonObject parsedMessage(const QString& emlPath);

} // namespace ardesk::test
