// A change on a server ledger whose connection is lost half way (its server-side process
// ended by pg_terminate_backend, as a restarted server or a dropped network would end it):
// nothing of it stays, ardesk-cli exits 3 with one line saying so, and a rerun posts each row
// once. The server variant only: a file ledger has no connection to lose.

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include "CliLedgerDir.h"
#include "CliServer.h"

using namespace Qt::StringLiterals;
using ardesk::test::CliLedgerDir;
using ardesk::test::CliRun;
using ardesk::test::CliServer;

namespace {

// A connection of the test's own to the ledger's database, as another clerk's would be.
class Clerk {
public:
    explicit Clerk(const CliLedgerDir& dir)
        : m_name(QUuid::createUuid().toString())
    {
        const auto& server = CliServer::instance().server();
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        db.setHostName(server.host());
        db.setPort(server.port());
        db.setUserName(server.user());
        db.setPassword(server.password());
        db.setDatabaseName(dir.ledger().section(u'/', -1));
        INFO(db.lastError().text().toStdString());
        REQUIRE(db.open());
    }
    ~Clerk()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Clerk(const Clerk&) = delete;
    Clerk& operator=(const Clerk&) = delete;

    void exec(const QString& sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        const bool done = query.exec(sql);
        INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
        REQUIRE(done);
    }

private:
    QString m_name;
};

// The process id on the server of the connection that waits for a lock inside a transaction
// that has written already (it has a transaction id), once there is one; at most 30 s.
qint64 backendWaitingInsideItsChange(const CliLedgerDir& dir)
{
    const QString sql =
        u"SELECT pid FROM pg_stat_activity WHERE datname = '%1' AND wait_event_type = 'Lock' "
        "AND backend_xid IS NOT NULL"_s.arg(dir.ledger().section(u'/', -1));
    const QDeadlineTimer deadline(30'000);
    for (;;) {
        if (const QVariant pid = CliServer::instance().value(sql); pid.isValid())
            return pid.toLongLong();
        REQUIRE_FALSE(deadline.hasExpired());
        QThread::yieldCurrentThread();
    }
}

} // namespace

TEST_CASE("a payments import whose connection is lost half way changes nothing, exits 3, and "
          "the rerun posts each payment once",
          "[cli]")
{
    const CliLedgerDir dir;
    REQUIRE(dir.onServer());
    constexpr int count = 500;
    QByteArray invoices = "invoice_number,customer_id,issue_date,due_date,amount\n";
    QByteArray payments = "payment_id,customer_id,date,amount,invoice_number\n";
    for (int i = 1; i <= count; ++i) {
        const QByteArray n = QByteArray::number(i);
        invoices += "INV-" + n + ",C1,2026-10-01,2026-10-31,10.00\n";
        payments += "PAY-" + n + ",C1,2026-11-20,10.00,INV-" + n + '\n';
    }
    REQUIRE(dir.run({u"init"_s, u"--company"_s, u"Cut Off Ltd"_s, u"--currency"_s, u"EUR"_s})
                .exitCode == 0);
    REQUIRE(dir.run({u"import"_s, u"customers"_s,
                     dir.write(u"customers.csv"_s, "customer_id,name\nC1,Acme\n")})
                .exitCode == 0);
    REQUIRE(
        dir.run({u"import"_s, u"invoices"_s, dir.write(u"invoices.csv"_s, invoices)}).exitCode ==
        0);
    const QStringList aging{u"aging"_s, u"--as-of"_s, u"2026-11-30"_s, u"--detail"_s};
    const CliRun before = dir.run(aging);
    REQUIRE(before.exitCode == 0);
    const QStringList import{u"import"_s, u"payments"_s, dir.write(u"payments.csv"_s, payments)};

    // Another clerk holds the last invoice: the import posts the payments before it and then
    // waits inside its transaction for that clerk, where its connection is ended.
    {
        const Clerk clerk(dir);
        clerk.exec(u"BEGIN"_s);
        clerk.exec(u"SELECT id FROM invoices WHERE number = 'INV-%1' FOR UPDATE"_s.arg(count));
        QProcess cutOff;
        cutOff.setProcessEnvironment(dir.cliEnvironment());
        cutOff.start(u"" ARDESK_CLI ""_s, dir.cliArguments(import));
        REQUIRE(cutOff.waitForStarted(30'000));
        const qint64 backend = backendWaitingInsideItsChange(dir);
        CHECK(CliServer::instance()
                  .value(u"SELECT pg_terminate_backend(%1)"_s.arg(backend))
                  .toBool());
        REQUIRE(cutOff.waitForFinished(60'000));
        clerk.exec(u"ROLLBACK"_s);

        CHECK(cutOff.exitStatus() == QProcess::NormalExit);
        CHECK(cutOff.exitCode() == 3);
        CHECK(cutOff.readAllStandardOutput().isEmpty());
        // One line, ours, naming the ledger and the server's reason; nothing from the driver.
        const QString err = QString::fromUtf8(cutOff.readAllStandardError());
        INFO(err.toStdString());
        CHECK(err.startsWith(u"ardesk-cli: "_s));
        CHECK(err.endsWith(u": the connection to the server was lost (terminating connection "
                           "due to administrator command); nothing was changed, try again\n"_s));
        CHECK(err.count(u'\n') == 1);
    }
    CHECK(dir.run(aging).out == before.out);

    const CliRun rerun = dir.run(import);
    CHECK(rerun.exitCode == 0);
    CHECK(rerun.err == u"Imported %1 payments.\n"_s.arg(count));
    // Every invoice paid exactly once: nothing open, no payment left unapplied.
    const CliRun after = dir.run(aging);
    CHECK(after.text().count(u'\n') == 1);
}

TEST_CASE("a connection lost while a change commits leaves its outcome unknown, and the message "
          "says to look before trying again",
          "[cli]")
{
    const CliLedgerDir dir;
    REQUIRE(dir.onServer());
    REQUIRE(dir.run({u"init"_s, u"--company"_s, u"Cut Off Ltd"_s, u"--currency"_s, u"EUR"_s})
                .exitCode == 0);
    REQUIRE(dir.run({u"import"_s, u"customers"_s,
                     dir.write(u"customers.csv"_s, "customer_id,name\nC1,Acme\n")})
                .exitCode == 0);
    // A deferred trigger runs inside COMMIT: the session ends itself there, as a server going
    // down at that moment would end it.
    {
        const Clerk clerk(dir);
        clerk.exec(u"CREATE FUNCTION end_own_session() RETURNS trigger LANGUAGE plpgsql AS $$ "
                   "BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NULL; END $$"_s);
        clerk.exec(u"CREATE CONSTRAINT TRIGGER end_session_at_commit AFTER INSERT ON credits "
                   "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
                   "end_own_session()"_s);
    }
    const CliRun cut = dir.run({u"import"_s, u"payments"_s,
                                dir.write(u"payments.csv"_s, "payment_id,customer_id,date,amount\n"
                                                             "PAY-1,C1,2026-11-20,10.00\n")});
    CHECK(cut.exitCode == 3);
    INFO(cut.err.toStdString());
    CHECK(cut.err.startsWith(u"ardesk-cli: "_s));
    CHECK(cut.err.endsWith(u"committing: the connection to the server was lost (terminating "
                           "connection due to administrator command) while the change was being "
                           "saved; it may or may not have been saved, so look at the ledger "
                           "before trying again\n"_s));
    CHECK(cut.err.count(u'\n') == 1);
}
