#include "SampleMail.h"

#include <QTimeZone>

namespace ardesk::test {

QByteArray samplePdf()
{
    QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    for (int round = 0; round < 40; ++round) {
        for (int byte = 0; byte < 256; ++byte)
            pdf.append(static_cast<char>(byte));
    }
    return pdf + "\n%%EOF\n";
}

MailMessage sampleMail()
{
    MailMessage mail;
    mail.from = {QStringLiteral("Büro Müller, Buchhaltung"),
                 QStringLiteral("buchhaltung@mueller.example")};
    mail.to = {{QStringLiteral("Zoë Ångström"), QStringLiteral("zoe@kunde.example")},
               {QStringLiteral("Accounts Payable"), QStringLiteral("ap@kunde.example")}};
    mail.subject = QStringLiteral("Zahlungserinnerung: Rechnung INV-2025-0042 für Müller & Söhne "
                                  "GmbH, fällig seit 30 Tagen – bitte überweisen 💶");
    mail.date = QDateTime(QDate(2025, 7, 1), QTime(9, 30), QTimeZone(2 * 3600));
    mail.text = QStringLiteral(
        "Sehr geehrte Frau Ångström,\n"
        "\n"
        ".NET-Lizenzen: 1.234,56 €\n"
        ".\n"
        "unsere Rechnung INV-2025-0042 vom 01.06.2025 über 1.234,56 € ist seit 30 Tagen fällig; "
        "bitte überweisen Sie den Betrag bis zum 15.07.2025.   \n"
        "Mit freundlichen Grüßen\n");
    mail.html =
        QStringLiteral("<html><body><p>Sehr geehrte Frau Ångström,</p><p>unsere Rechnung "
                       "<b>INV-2025-0042</b> über 1.234,56&nbsp;€ ist fällig.</p></body></html>");
    mail.attachments = {{QStringLiteral("Mahnung 1 – Müller & Söhne GmbH – INV-2025-0042.pdf"),
                         QByteArrayLiteral("application/pdf"), samplePdf()}};
    return mail;
}

} // namespace ardesk::test
