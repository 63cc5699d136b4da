#include "PdfText.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ardesk::test {

namespace {

QString runPdftotext(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(ARDESK_PDFTOTEXT), arguments + QStringList{u"-"_s});
    REQUIRE(process.waitForFinished(30000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC);
}

} // namespace

QString pdfText(const QString& pdfPath, int page)
{
    QStringList arguments{u"-enc"_s, u"UTF-8"_s};
    if (page > 0)
        arguments << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    return runPdftotext(arguments << pdfPath);
}

QList<PdfWord> pdfWords(const QString& pdfPath)
{
    const QString html = runPdftotext({u"-bbox"_s, u"-enc"_s, u"UTF-8"_s, pdfPath});
    static const QRegularExpression tag(
        uR"re(<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"_s);
    QList<PdfWord> words;
    int page = 0;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        if (match.captured(0) == u"<page "_s) {
            ++page;
            continue;
        }
        const QPointF topLeft(match.captured(1).toDouble(), match.captured(2).toDouble());
        const QPointF bottomRight(match.captured(3).toDouble(), match.captured(4).toDouble());
        words.append({page, match.captured(5), QRectF(topLeft, bottomRight)});
    }
    return words;
}

int pdfPageCount(const QString& pdfPath)
{
    const QString text = runPdftotext({u"-enc"_s, u"UTF-8"_s, pdfPath});
    // pdftotext ends every page with a form feed.
    return static_cast<int>(text.count(u'\f'));
}

} // namespace ardesk::test
