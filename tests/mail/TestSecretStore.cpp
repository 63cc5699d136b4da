#include "CatchQt.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QUuid>

#include "mail/SecretStore.h"
#include "mail/SmtpSettings.h"

using namespace ardesk;

TEST_CASE("SMTP settings round-trip and never hold the password", "[secrets]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ardesk.ini"));
    SmtpSettings smtp;
    smtp.host = QStringLiteral("mail.example.org");
    smtp.port = 465;
    smtp.security = GENERATE(SmtpSecurity::None, SmtpSecurity::StartTls, SmtpSecurity::ImplicitTls);
    smtp.user = QStringLiteral("büro@example.org");
    smtp.trustedCertificatesFile = QStringLiteral("/etc/ardesk/relay.pem");
    {
        QSettings settings(path, QSettings::IniFormat);
        smtp.save(settings);
    }
    const QSettings settings(path, QSettings::IniFormat);
    const SmtpSettings loaded = SmtpSettings::load(settings);
    CHECK(loaded.host == smtp.host);
    CHECK(loaded.port == 465);
    CHECK(loaded.security == smtp.security);
    CHECK(loaded.user == smtp.user);
    CHECK(loaded.trustedCertificatesFile == smtp.trustedCertificatesFile);
    for (const QString& key : settings.allKeys())
        CHECK_FALSE(key.contains(u"pass", Qt::CaseInsensitive));
    CHECK(loaded.secretKey() == u"smtp:büro@example.org@mail.example.org:465");
}

TEST_CASE("Secrets: stored and read back, or a clean error where there is no keychain", "[secrets]")
{
    // A CI container has no Secret Service; a desktop has one. Either way the answer must be a
    // value or an error with a message, promptly, and a missing entry must read as NotFound.
    const SecretStore store(QStringLiteral("ARDesk tests"));
    const QString key = QStringLiteral("smtp:test-%1").arg(QUuid::createUuid().toString());
    QElapsedTimer clock;
    clock.start();
    const Result<void> written = store.write(key, QStringLiteral("pässword"));
    if (written) {
        const Result<QString> read = store.read(key);
        REQUIRE(read);
        CHECK(*read == u"pässword");
        CHECK(store.remove(key));
        const Result<QString> gone = store.read(key);
        REQUIRE_FALSE(gone);
        CHECK(gone.error().code == ErrorCode::NotFound);
    } else {
        INFO(written.error().detail.toStdString());
        CHECK(written.error().code == ErrorCode::Io);
        CHECK(written.error().detail.startsWith(u"keychain: "));
        CHECK(written.error().detail.size() > QStringLiteral("keychain: ").size());
        const Result<QString> read = store.read(key);
        REQUIRE_FALSE(read);
        CHECK((read.error().code == ErrorCode::Io || read.error().code == ErrorCode::NotFound));
        CHECK_FALSE(store.remove(key));
    }
    CHECK(clock.elapsed() < 30'000);
}
