// `ardesk-cli reminders` delivering for real: the run's PDF, .eml drafts and SMTP
// sending through the real binary, on a ledger made by the CLI, against a real aiosmtpd server
// (tests/mail's MailServer). Each output is checked as its reader sees it (pdftotext, Python's
// email package, the server's mailbox) and the log through the next run's selection.

#include "../mail/CatchQt.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>

#include "../mail/MailServer.h"
#include "CliLedgerDir.h"
#include "dunning/DunningLevelService.h"
#include "letters/LetterTemplateService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using test::MailServer;

namespace {

using ardesk::test::CliLedgerDir;
using ardesk::test::CliRun;

// A ledger of three EUR customers, each with one invoice due 2025-03-01: Alpha and Gamma have
// an e-mail address, Beta has none.
class CliLedger {
public:
    explicit CliLedger(ReminderChannel firstLevel)
    {
        REQUIRE(cli({u"init"_s, u"--company"_s, u"Dunwire Supplies"_s}).exitCode == 0);
        m_dir.write(u"customers.csv"_s,
                    "customer_id,name,email\n"
                    "A,Alpha,alpha@example.com\nB,Beta,\nC,Gamma,gamma@example.com\n");
        m_dir.write(u"invoices.csv"_s, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                       "INV-A1,A,2025-01-30,2025-03-01,100.00\n"
                                       "INV-B1,B,2025-01-30,2025-03-01,200.00\n"
                                       "INV-C1,C,2025-01-30,2025-03-01,300.00\n");
        REQUIRE(cli({u"import"_s, u"customers"_s, path(u"customers.csv"_s)}).exitCode == 0);
        REQUIRE(cli({u"import"_s, u"invoices"_s, path(u"invoices.csv"_s)}).exitCode == 0);
        auto database = Database::open(m_dir.ledger());
        REQUIRE(database);
        DunningLevelService levels(**database);
        auto list = levels.levels();
        REQUIRE(list);
        (*list)[1].channel = firstLevel; // [0] is the courtesy level
        REQUIRE(levels.save(*list, *levels.levels()));
    }

    QString path(const QString& name) const { return m_dir.path(name); }
    QString ledger() const { return m_dir.ledger(); }

    CliRun cli(const QStringList& arguments, const QString& password = {}) const
    {
        QProcessEnvironment environment;
        environment.insert(u"ARDESK_SMTP_PASSWORD"_s, password);
        return m_dir.run(arguments, environment);
    }

    // cli() without waiting for it to end.
    void start(QProcess& process, const QStringList& arguments, const QString& password) const
    {
        QProcessEnvironment environment = m_dir.cliEnvironment();
        environment.insert(u"ARDESK_SMTP_PASSWORD"_s, password);
        process.setProcessEnvironment(environment);
        process.start(u"" ARDESK_CLI ""_s, m_dir.cliArguments(arguments));
        REQUIRE(process.waitForStarted(10'000));
    }

    // The run's notices without writing or recording anything: what is still due.
    QString pending(const char* asOf) const
    {
        const CliRun run =
            cli({u"reminders"_s, u"--as-of"_s, QString::fromLatin1(asOf), u"--dry-run"_s});
        REQUIRE(run.exitCode == 0);
        return withoutHeader(run.text());
    }

    static QString withoutHeader(const QString& csv) { return csv.mid(csv.indexOf(u'\n') + 1); }

private:
    CliLedgerDir m_dir;
};

QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(u"" ARDESK_PDFTOTEXT ""_s, {pdf, u"-"_s});
    REQUIRE(process.waitForFinished(30'000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QStringList smtpArguments(const MailServer& server)
{
    return {u"--send"_s,
            u"--smtp-host"_s,
            u"127.0.0.1"_s,
            u"--smtp-port"_s,
            QString::number(server.port()),
            u"--smtp-user"_s,
            u"bookkeeper"_s,
            u"--smtp-ca"_s,
            server.certificateFile(),
            u"--from"_s,
            u"accounts@dunwire.example"_s};
}

const QString password = u"s3cret-Pässword"_s;

} // namespace

TEST_CASE(
    "reminders --pdf writes one letter per customer, records them, and the next run escalates",
    "[reminders][cli]")
{
    CliLedger ledger(ReminderChannel::Letter);
    const QString pdf = ledger.path(u"run-1.pdf"_s);
    const CliRun first =
        ledger.cli({u"reminders"_s, u"--as-of"_s, u"2025-04-15"_s, u"--pdf"_s, pdf});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(CliLedger::withoutHeader(first.text()) == u"A,Alpha,1,INV-A1,100.00,letter\n"
                                                    "B,Beta,1,INV-B1,200.00,letter\n"
                                                    "C,Gamma,1,INV-C1,300.00,letter\n"_s);
    const QString text = pdfText(pdf);
    for (const QString& expected :
         {u"Alpha"_s, u"Beta"_s, u"Gamma"_s, u"INV-A1"_s, u"INV-B1"_s, u"INV-C1"_s})
        CHECK(text.contains(expected));

    // Recorded: the same day again selects nothing and writes no file.
    const QString again = ledger.path(u"run-2.pdf"_s);
    const CliRun second =
        ledger.cli({u"reminders"_s, u"--as-of"_s, u"2025-04-15"_s, u"--pdf"_s, again});
    REQUIRE(second.exitCode == 0);
    CHECK(CliLedger::withoutHeader(second.text()).isEmpty());
    CHECK_FALSE(QFile::exists(again));
    CHECK(ledger.pending("2025-04-21").isEmpty());
    // A week later each item goes up one level.
    CHECK(ledger.pending("2025-04-22") == u"A,Alpha,2,INV-A1,100.00,letter\n"
                                          "B,Beta,2,INV-B1,200.00,letter\n"
                                          "C,Gamma,2,INV-C1,300.00,letter\n"_s);
}

TEST_CASE(
    "reminders --eml-dir writes a parseable draft per e-mail customer; no address falls back to "
    "a letter",
    "[reminders][cli]")
{
    CliLedger ledger(ReminderChannel::Email);
    const QString drafts = ledger.path(u"drafts"_s);
    const QString pdf = ledger.path(u"letters.pdf"_s);
    const CliRun run =
        ledger.cli({u"reminders"_s, u"--as-of"_s, u"2025-04-15"_s, u"--eml-dir"_s, drafts,
                    u"--pdf"_s, pdf, u"--from"_s, u"accounts@dunwire.example"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(CliLedger::withoutHeader(run.text()) == u"A,Alpha,1,INV-A1,100.00,email\n"
                                                  "B,Beta,1,INV-B1,200.00,letter\n"
                                                  "C,Gamma,1,INV-C1,300.00,email\n"_s);
    CHECK(run.err.contains(u"Beta (B), level 1: no e-mail address, sent as a letter"_s));
    CHECK(QDir(drafts).entryList(QDir::Files, QDir::Name) ==
          QStringList{u"A-2025-04-15-1.eml"_s, u"C-2025-04-15-1.eml"_s});
    const QJsonObject alpha = test::parsedMessage(QDir(drafts).filePath(u"A-2025-04-15-1.eml"_s));
    CHECK(alpha[u"defects"_s].toArray().isEmpty());
    CHECK(alpha[u"unsent"_s].toString() == u"1"_s);
    CHECK(alpha[u"to"_s].toArray().at(0).toObject()[u"address"_s].toString() ==
          u"alpha@example.com"_s);
    CHECK(alpha[u"from"_s].toArray().at(0).toObject()[u"address"_s].toString() ==
          u"accounts@dunwire.example"_s);
    CHECK(alpha[u"subject"_s].toString().contains(u"A"_s));
    CHECK(alpha[u"plain"_s].toString().contains(u"INV-A1"_s));
    CHECK(alpha[u"html"_s].toString().contains(u"INV-A1"_s));
    const QJsonArray attachments = alpha[u"attachments"_s].toArray();
    REQUIRE(attachments.size() == 1);
    CHECK(attachments.at(0).toObject()[u"filename"_s].toString() == u"A-2025-04-15-1.pdf"_s);
    CHECK(attachments.at(0).toObject()[u"type"_s].toString() == u"application/pdf"_s);
    // Beta's letter is in the PDF, nobody else's.
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"INV-B1"_s));
    CHECK_FALSE(text.contains(u"INV-A1"_s));
    // All three were recorded.
    CHECK(ledger.pending("2025-04-15").isEmpty());
}

TEST_CASE("reminders --send delivers each e-mail with its letter attached, once",
          "[reminders][cli][smtp]")
{
    MailServer server(MailServer::Options{});
    CliLedger ledger(ReminderChannel::Email);
    const QStringList arguments = QStringList{u"reminders"_s, u"--as-of"_s, u"2025-04-15"_s,
                                              u"--pdf"_s, ledger.path(u"letters.pdf"_s)} +
                                  smtpArguments(server);
    const CliRun run = ledger.cli(arguments, password);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(CliLedger::withoutHeader(run.text()) == u"A,Alpha,1,INV-A1,100.00,email\n"
                                                  "B,Beta,1,INV-B1,200.00,letter\n"
                                                  "C,Gamma,1,INV-C1,300.00,email\n"_s);
    const QStringList received = server.received();
    REQUIRE(received.size() == 2);
    CHECK(server.envelope(1) == QStringList{u"accounts@dunwire.example"_s, u"alpha@example.com"_s});
    CHECK(server.envelope(2) == QStringList{u"accounts@dunwire.example"_s, u"gamma@example.com"_s});
    const QJsonObject gamma = test::parsedMessage(received.at(1));
    CHECK(gamma[u"defects"_s].toArray().isEmpty());
    CHECK(gamma[u"unsent"_s].isNull());
    CHECK(gamma[u"plain"_s].toString().contains(u"INV-C1"_s));
    REQUIRE(gamma[u"attachments"_s].toArray().size() == 1);
    CHECK(gamma[u"attachments"_s].toArray().at(0).toObject()[u"type"_s].toString() ==
          u"application/pdf"_s);

    // Recorded as sent: a rerun sends nothing.
    const CliRun rerun = ledger.cli(arguments, password);
    REQUIRE(rerun.exitCode == 0);
    CHECK(CliLedger::withoutHeader(rerun.text()).isEmpty());
    CHECK(server.received().size() == 2);
}

TEST_CASE(
    "reminders --send with a wrong password exits 4 with the server's reply and records nothing",
    "[reminders][cli][smtp]")
{
    MailServer server(MailServer::Options{});
    CliLedger ledger(ReminderChannel::Email);
    const CliRun run = ledger.cli(QStringList{u"reminders"_s, u"--as-of"_s, u"2025-04-15"_s} +
                                      smtpArguments(server),
                                  u"wrong"_s);
    CHECK(run.exitCode == 4);
    CHECK(run.err.contains(u"535"_s));
    // Beta needs a letter and no --pdf was given: left for a later run, and said so.
    CHECK(run.err.contains(u"Beta (B), level 1: not sent, a letter needs --pdf"_s));
    CHECK(CliLedger::withoutHeader(run.text()).isEmpty());
    CHECK(server.received().isEmpty());
    // A dry run shows the level's channel, before any fallback.
    CHECK(ledger.pending("2025-04-15") == u"A,Alpha,1,INV-A1,100.00,email\n"
                                          "B,Beta,1,INV-B1,200.00,email\n"
                                          "C,Gamma,1,INV-C1,300.00,email\n"_s);
}

TEST_CASE("reminders --send: an address the server refuses stays due, the others go out, and "
          "the run exits 4 naming it with the server's reply",
          "[reminders][cli][smtp]")
{
    MailServer::Options options;
    options.refuse = u"alpha@example.com"_s;
    MailServer server(options);
    CliLedger ledger(ReminderChannel::Email);
    const QStringList arguments = QStringList{u"reminders"_s, u"--as-of"_s, u"2025-04-15"_s,
                                              u"--pdf"_s, ledger.path(u"letters.pdf"_s)} +
                                  smtpArguments(server);
    const CliRun run = ledger.cli(arguments, password);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 4);
    CHECK(run.err.contains(u"ardesk-cli: Alpha (alpha@example.com): 127.0.0.1:%1 did not take "
                           "the reminder: 550 5.1.1 <alpha@example.com>: Recipient address "
                           "rejected"_s.arg(server.port())));
    // Alpha came first; Beta's letter and Gamma's e-mail still went out and were recorded.
    CHECK(CliLedger::withoutHeader(run.text()) == u"B,Beta,1,INV-B1,200.00,letter\n"
                                                  "C,Gamma,1,INV-C1,300.00,email\n"_s);
    REQUIRE(server.received().size() == 1);
    CHECK(server.envelope(1) == QStringList{u"accounts@dunwire.example"_s, u"gamma@example.com"_s});
    CHECK(ledger.pending("2025-04-15") == u"A,Alpha,1,INV-A1,100.00,email\n"_s);

    // The next run tries Alpha again, and only Alpha.
    const CliRun rerun = ledger.cli(arguments, password);
    CHECK(rerun.exitCode == 4);
    CHECK(rerun.err.contains(u"Alpha (alpha@example.com)"_s));
    CHECK(CliLedger::withoutHeader(rerun.text()).isEmpty());
    CHECK(server.received().size() == 1);
}

TEST_CASE("reminders --send records an e-mail when the server accepted it, not when QUIT is "
          "answered: a run killed while the server keeps QUIT waiting sends nothing twice",
          "[reminders][cli][smtp]")
{
    MailServer::Options options;
    options.quit = MailServer::Quit::Hang;
    MailServer server(options);
    CliLedger ledger(ReminderChannel::Email);
    const QStringList arguments = QStringList{u"reminders"_s, u"--as-of"_s, u"2025-04-15"_s,
                                              u"--pdf"_s, ledger.path(u"letters.pdf"_s)} +
                                  smtpArguments(server);
    QProcess run;
    ledger.start(run, arguments, password);
    // Alpha's message is in; the run waits for the answer to QUIT, and is stopped there, as
    // a user stops a run that seems to hang (or the machine goes down).
    server.waitForQuit();
    run.kill();
    REQUIRE(run.waitForFinished(10'000));
    REQUIRE(server.received().size() == 1);
    CHECK(server.envelope(1) == QStringList{u"accounts@dunwire.example"_s, u"alpha@example.com"_s});
    // Alpha is recorded (and Beta's letter, written and recorded before the e-mails); only
    // Gamma, never sent, is still due.
    CHECK(ledger.pending("2025-04-15") == u"C,Gamma,1,INV-C1,300.00,email\n"_s);
}

TEST_CASE("reminders --send: a server that drops the connection instead of answering QUIT has "
          "still taken the message: recorded, a rerun sends nothing",
          "[reminders][cli][smtp]")
{
    MailServer::Options options;
    options.quit = MailServer::Quit::Drop;
    MailServer server(options);
    CliLedger ledger(ReminderChannel::Email);
    const QStringList arguments = QStringList{u"reminders"_s, u"--as-of"_s, u"2025-04-15"_s,
                                              u"--pdf"_s, ledger.path(u"letters.pdf"_s)} +
                                  smtpArguments(server);
    const CliRun run = ledger.cli(arguments, password);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(CliLedger::withoutHeader(run.text()) == u"A,Alpha,1,INV-A1,100.00,email\n"
                                                  "B,Beta,1,INV-B1,200.00,letter\n"
                                                  "C,Gamma,1,INV-C1,300.00,email\n"_s);
    CHECK(server.received().size() == 2);
    const CliRun rerun = ledger.cli(arguments, password);
    CHECK(rerun.exitCode == 0);
    CHECK(CliLedger::withoutHeader(rerun.text()).isEmpty());
    CHECK(server.received().size() == 2);
}

TEST_CASE("reminders and statement use the ledger's own templates", "[reminders][cli][templates]")
{
    CliLedger ledger(ReminderChannel::Email);
    {
        auto database = Database::open(ledger.ledger());
        REQUIRE(database);
        LetterTemplateService templates(**database);
        const auto defaults = templates.templates();
        REQUIRE(defaults);
        REQUIRE(templates.save(u"reminder-1"_s, u"en"_s,
                               u"<p class=\"subject\">Overdue: {{customer.code}}</p>"
                               "<p>Please pay {{total_due}} for {{#items}}{{document}}{{/items}}."
                               "</p>"_s,
                               *defaults->text(u"reminder-1"_s, u"en"_s)));
        REQUIRE(templates.save(u"statement"_s, u"en"_s,
                               u"<p>Own statement for {{customer.name}}: {{total}}</p>"_s,
                               *defaults->text(u"statement"_s, u"en"_s)));
    }
    const QString drafts = ledger.path(u"drafts"_s);
    const QString pdf = ledger.path(u"letters.pdf"_s);
    const CliRun run =
        ledger.cli({u"reminders"_s, u"--as-of"_s, u"2025-04-15"_s, u"--eml-dir"_s, drafts,
                    u"--pdf"_s, pdf, u"--from"_s, u"accounts@dunwire.example"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    // The letter (Beta has no e-mail address) and the e-mails alike.
    CHECK(pdfText(pdf).contains(u"Please pay 200.00 for INV-B1."_s));
    const QJsonObject alpha = test::parsedMessage(QDir(drafts).filePath(u"A-2025-04-15-1.eml"_s));
    CHECK(alpha[u"subject"_s].toString() == u"Overdue: A"_s);
    CHECK(alpha[u"html"_s].toString().contains(u"Please pay 100.00 for INV-A1."_s));

    const QString statement = ledger.path(u"statement.pdf"_s);
    const CliRun printed = ledger.cli({u"statement"_s, u"--customer"_s, u"C"_s, u"--as-of"_s,
                                       u"2025-04-15"_s, u"--pdf"_s, statement});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    CHECK(pdfText(statement).contains(u"Own statement for Gamma: 300.00"_s));
}
