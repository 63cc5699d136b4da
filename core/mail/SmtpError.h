#pragma once

#include <QString>

namespace ardesk {

// Why a send failed, with the server's own words when it answered: the UI maps `kind` to a
// translated sentence and shows `toString()` ("535 5.7.8 Authentication failed") as the detail.
struct SmtpError {
    enum class Kind {
        Connect,   // no connection: refused, host not found, network down, closed early
        Timeout,   // connecting or waiting for a reply took longer than the settings allow
        Tls,       // certificate not trusted, handshake failed, or STARTTLS not offered
        Auth,      // the server refused the user name or password, or has no AUTH we speak
        Rejected,  // the server refused the sender or the message
        Recipient, // the server refused a recipient (RCPT TO); the session itself was in order
        Protocol,  // the server answered something SMTP does not allow at that point
    };

    Kind kind = Kind::Protocol;
    int replyCode = 0; // the SMTP reply code, 0 when the server did not answer
    QString text;      // the reply text, or the socket's description of the failure

    QString toString() const
    {
        return replyCode == 0 ? text : QString::number(replyCode) + u' ' + text;
    }
};

} // namespace ardesk
