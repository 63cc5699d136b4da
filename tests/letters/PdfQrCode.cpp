#include "PdfQrCode.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace ardesk::test {

QString pdfQrCode(const QString& pdfPath, int page)
{
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QProcess render;
    render.start(QStringLiteral(ARDESK_PDFTOPPM),
                 {u"-r"_s, u"200"_s, u"-png"_s, u"-f"_s, QString::number(page), u"-l"_s,
                  QString::number(page), u"-singlefile"_s, pdfPath, dir.filePath(u"page"_s)});
    REQUIRE(render.waitForFinished(60000));
    INFO(render.readAllStandardError().toStdString());
    REQUIRE(render.exitCode() == 0);

    QProcess decode;
    decode.start(QStringLiteral(ARDESK_ZBARIMG),
                 {u"--raw"_s, u"-q"_s, u"-Sbinary"_s, dir.filePath(u"page.png"_s)});
    REQUIRE(decode.waitForFinished(60000));
    // zbarimg exits 4 when it found no code: a page without one.
    if (decode.exitCode() == 4)
        return {};
    INFO(decode.readAllStandardError().toStdString());
    REQUIRE(decode.exitCode() == 0);
    QString text = QString::fromUtf8(decode.readAllStandardOutput());
    if (text.endsWith(u'\n')) // zbarimg ends each code with a line break of its own
        text.chop(1);
    return text;
}

} // namespace ardesk::test
