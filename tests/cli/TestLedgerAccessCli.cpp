// A ledger that cannot be written, through the binary: a read-only file, or a file in a folder
// that cannot be written (a share, a burnt copy, another user's folder), is read as it is, and
// every change is refused with exit 3 naming the ledger, the file untouched. Permissions do not
// stop root, so when the tests run as root the binary runs as "nobody" through setpriv.

#include <catch2/catch.hpp>

#include <optional>

#include <unistd.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// ardesk-cli on one ledger file, run by a user whom file permissions apply to.
class LimitedUser {
public:
    // Nothing, with a warning, when the tests run as root and setpriv is missing.
    static std::optional<LimitedUser> find()
    {
        if (geteuid() != 0)
            return LimitedUser(u"" ARDESK_CLI ""_s, {});
        const QString setpriv = u"" ARDESK_SETPRIV ""_s;
        if (setpriv.isEmpty()) {
            WARN("running as root without setpriv: no user whom permissions apply to");
            return std::nullopt;
        }
        return LimitedUser(setpriv, {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                                     u"" ARDESK_CLI ""_s});
    }

    Run run(const QString& ledger, const QStringList& arguments) const
    {
        QProcess process;
        process.start(m_program, m_prefix + QStringList{u"--ledger"_s, ledger} + arguments);
        REQUIRE(process.waitForFinished(60'000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private:
    LimitedUser(QString program, QStringList prefix)
        : m_program(std::move(program))
        , m_prefix(std::move(prefix))
    {}

    QString m_program;
    QStringList m_prefix;
};

// The test's own run, which makes the ledger before it is locked down.
Run runAsOwner(const QString& ledger, const QStringList& arguments)
{
    QProcess process;
    process.start(u"" ARDESK_CLI ""_s, QStringList{u"--ledger"_s, ledger} + arguments);
    REQUIRE(process.waitForFinished(60'000));
    INFO(arguments.join(u' ').toStdString()
         << ": " << process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), {}};
}

QString write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

constexpr auto everyone = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                          QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
constexpr auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
constexpr auto enterable = readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;

// A folder anyone may use, holding a ledger with one customer and one open invoice, and the
// files the refused changes would import.
class LockedLedger {
public:
    LockedLedger()
    {
        REQUIRE(m_dir.isValid());
        REQUIRE(QFile::setPermissions(m_dir.path(), everyone));
        m_ledger = m_dir.filePath(u"ledger.ardesk"_s);
        runAsOwner(m_ledger, {u"init"_s, u"--company"_s, u"Locked Ltd"_s});
        runAsOwner(m_ledger,
                   {u"import"_s, u"customers"_s,
                    write(m_dir.filePath(u"customers.csv"_s), "customer_id,name\nC1,Alpha\n")});
        runAsOwner(m_ledger, {u"import"_s, u"invoices"_s,
                              write(m_dir.filePath(u"invoices.csv"_s),
                                    "invoice_number,customer_id,issue_date,due_date,amount\n"
                                    "INV-1,C1,2025-01-01,2025-01-31,100.00\n")});
        m_more = write(m_dir.filePath(u"more.csv"_s), "customer_id,name\nC2,Beta\n");
        REQUIRE(QFile::setPermissions(m_more, readable));
    }
    ~LockedLedger() { QFile::setPermissions(m_dir.path(), everyone); }
    LockedLedger(const LockedLedger&) = delete;
    LockedLedger& operator=(const LockedLedger&) = delete;

    QString folder() const { return m_dir.path(); }
    QString ledger() const { return m_ledger; }

    // What `user` reads, and that every change is refused with the file as it was.
    void checkReadOnly(const LimitedUser& user) const
    {
        const QByteArray before = bytesOf(m_ledger);
        const Run aging =
            user.run(m_ledger, {u"aging"_s, u"--as-of"_s, u"2025-03-31"_s, u"--detail"_s});
        INFO(aging.err.toStdString());
        CHECK(aging.exitCode == 0);
        CHECK(aging.out.contains(u"INV-1"_s));

        for (const QStringList& change :
             {QStringList{u"import"_s, u"customers"_s, m_more},
              QStringList{u"write-off"_s, u"--invoice"_s, u"INV-1"_s, u"--date"_s, u"2025-03-01"_s,
                          u"--reason"_s, u"gone"_s}}) {
            const Run refused = user.run(m_ledger, change);
            INFO(change.join(u' ').toStdString() << ": " << refused.err.toStdString());
            CHECK(refused.exitCode == 3);
            CHECK(refused.err.contains(m_ledger + u": the ledger is read-only"_s));
            CHECK(refused.err.contains(u"nothing was changed"_s));
        }
        CHECK(bytesOf(m_ledger) == before);
    }

private:
    QTemporaryDir m_dir;
    QString m_ledger;
    QString m_more;
};

} // namespace

TEST_CASE("A read-only ledger file is read, and every change refused with exit 3",
          "[cli][ledger-access]")
{
    const auto user = LimitedUser::find();
    if (!user)
        return;
    const LockedLedger ledger;
    REQUIRE(QFile::setPermissions(ledger.ledger(), readable));
    ledger.checkReadOnly(*user);
}

TEST_CASE("A ledger in a folder that cannot be written is read, and every change refused",
          "[cli][ledger-access]")
{
    const auto user = LimitedUser::find();
    if (!user)
        return;
    // The file itself may be written, but SQLite could not make its journal beside it.
    const LockedLedger ledger;
    REQUIRE(QFile::setPermissions(
        ledger.ledger(), everyone & ~(QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther)));
    REQUIRE(QFile::setPermissions(ledger.folder(), enterable));
    ledger.checkReadOnly(*user);
    CHECK(QFile::exists(ledger.ledger() + u"-wal"_s) == false);
}
