#include "mail/SecretStore.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace ardesk {

namespace {

// Starts the job and waits for it; the job is not auto-deleted so its result can be read.
Result<void> run(QKeychain::Job& job, const QString& key)
{
    job.setAutoDelete(false);
    job.setKey(key);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    job.start();
    if (!finished) // a backend may finish at once, before the loop could run
        loop.exec();
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return fail(ErrorCode::NotFound, QStringLiteral("no secret stored for %1").arg(key));
    default:
        // QtKeychain's text is often only "Unknown error" (no D-Bus, no Secret Service): say
        // what failed around it.
        return fail(
            ErrorCode::Io,
            QStringLiteral("keychain: not available or refused (%1)").arg(job.errorString()));
    }
}

} // namespace

SecretStore::SecretStore(QString service)
    : m_service(std::move(service))
{}

Result<QString> SecretStore::read(const QString& key) const
{
    QKeychain::ReadPasswordJob job(m_service);
    if (const Result<void> done = run(job, key); !done)
        return std::unexpected(done.error());
    return job.textData();
}

Result<void> SecretStore::write(const QString& key, const QString& secret) const
{
    QKeychain::WritePasswordJob job(m_service);
    job.setTextData(secret);
    return run(job, key);
}

Result<void> SecretStore::remove(const QString& key) const
{
    QKeychain::DeletePasswordJob job(m_service);
    return run(job, key);
}

} // namespace ardesk
