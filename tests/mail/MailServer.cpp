#include "MailServer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <catch2/catch.hpp>

namespace ardesk::test {

namespace {

QString script(const char* name)
{
    return QStringLiteral(ARDESK_MAIL_TEST_DIR "/") + QLatin1String(name);
}

QByteArray run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30'000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

} // namespace

MailServer::MailServer(const Options& options)
{
    REQUIRE(m_dir.isValid());
    const QString cert = certificateFile();
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    run(QStringLiteral(ARDESK_OPENSSL),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
         QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
         QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
         QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), key,
         QStringLiteral("-out"), cert});
    const QString out = m_dir.filePath(QStringLiteral("received"));
    REQUIRE(QDir().mkpath(out));

    const char* const modes[] = {"starttls", "tls", "plain"};
    QStringList arguments{script("smtp_server.py"),
                          QStringLiteral("--mode"),
                          QLatin1String(modes[static_cast<int>(options.mode)]),
                          QStringLiteral("--cert"),
                          cert,
                          QStringLiteral("--key"),
                          key,
                          QStringLiteral("--user"),
                          options.user,
                          QStringLiteral("--password"),
                          options.password,
                          QStringLiteral("--out"),
                          out};
    if (!options.onlyMechanism.isEmpty())
        arguments << QStringLiteral("--only-mechanism") << options.onlyMechanism;
    if (!options.refuse.isEmpty())
        arguments << QStringLiteral("--refuse") << options.refuse;
    if (options.quit != Quit::Answer)
        arguments << QStringLiteral("--quit")
                  << QLatin1String(options.quit == Quit::Drop ? "drop" : "hang");
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(ARDESK_SYSTEM_PYTHON3), arguments);
    REQUIRE(m_process.waitForStarted(10'000));
    while (!m_process.canReadLine())
        REQUIRE(m_process.waitForReadyRead(15'000));
    const QByteArray line = m_process.readLine().trimmed();
    REQUIRE(line.startsWith("PORT "));
    m_port = static_cast<quint16>(line.mid(5).toUInt());
    REQUIRE(m_port != 0);
}

MailServer::~MailServer()
{
    m_process.closeWriteChannel(); // the server stops at the end of its input
    if (!m_process.waitForFinished(5'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
}

QString MailServer::certificateFile() const
{
    return m_dir.filePath(QStringLiteral("cert.pem"));
}

QStringList MailServer::received() const
{
    QStringList files;
    const QDir out(m_dir.filePath(QStringLiteral("received")));
    for (int n = 1; QFile::exists(out.filePath(QStringLiteral("%1.eml").arg(n))); ++n)
        files.append(out.filePath(QStringLiteral("%1.eml").arg(n)));
    return files;
}

void MailServer::waitForQuit()
{
    while (!m_process.canReadLine())
        REQUIRE(m_process.waitForReadyRead(30'000));
    REQUIRE(m_process.readLine().trimmed() == "QUIT");
}

QStringList MailServer::envelope(int n) const
{
    QFile file(m_dir.filePath(QStringLiteral("received/%1.envelope").arg(n)));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

QJsonObject parsedMessage(const QString& emlPath)
{
    const QByteArray json =
        run(QStringLiteral(ARDESK_SYSTEM_PYTHON3), {script("check_message.py"), emlPath});
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    INFO(json.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

} // namespace ardesk::test
