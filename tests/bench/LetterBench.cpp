// Letter throughput: mail merge + layout + PDF for a run of reminders, written once into one
// PDF and once as one PDF per letter. Run by hand, on an optimized build:
//   letter_bench [--letters N] [--out DIR]   (default 1000 letters, a temporary folder)
// Prints letters per second for both; DIR keeps the PDFs for a look.

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include "letters/LetterComposer.h"
#include "letters/LetterLanguage.h"
#include "letters/LetterPdfWriter.h"

using namespace Qt::StringLiterals;
using namespace ardesk;

namespace {

const CompanyDetails company{.name = u"Acme Office Supplies Ltd"_s,
                             .address = u"12 Harbour Road\nBristol BS1 4AB"_s,
                             .email = u"accounts@acme.example"_s,
                             .phone = u"+44 117 496 0000"_s,
                             .taxId = u"GB 123 4567 89"_s};

// Letter i: every language and level in turn, 1 to 6 overdue items.
ReminderNotice notice(int i)
{
    const QStringList languages = LetterLanguage::supportedCodes();
    const int level = i % 4 + 1;
    ReminderNotice result{.customerCode = u"C%1"_s.arg(i),
                          .customerName = u"Customer %1 GmbH & Co. KG"_s.arg(i),
                          .customerAddress = u"Street %1\n%2 City"_s.arg(i).arg(10000 + i),
                          .language = languages.at(i % languages.size()),
                          .currency = *CurrencyCode::fromCode(u"EUR"),
                          .asOf = QDate(2026, 4, 15),
                          .level = {.level = level, .templateName = u"reminder-%1"_s.arg(level)}};
    for (int item = 0; item <= i % 6; ++item) {
        const qint64 open = 10000 + 137 * (i + item);
        result.items.append({.document = u"INV-%1-%2"_s.arg(i).arg(item),
                             .issueDate = QDate(2026, 1, 10).addDays(item),
                             .dueDate = QDate(2026, 2, 9).addDays(item),
                             .daysOverdue = 65 - item,
                             .openMinor = open,
                             .level = level});
        result.totalOverdueMinor += open;
    }
    result.totalDueMinor = result.totalOverdueMinor;
    return result;
}

template <typename T>
bool check(const Result<T>& result)
{
    if (!result)
        QTextStream(stderr) << result.error().detail << u'\n';
    return bool(result);
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"letters"_s, u"How many letters (default 1000)."_s, u"N"_s, u"1000"_s});
    parser.addOption({u"out"_s, u"Keep the PDFs in DIR."_s, u"DIR"_s});
    parser.process(app);
    const int count = parser.value(u"letters"_s).toInt();
    const QTemporaryDir temporary;
    const QString dir = parser.isSet(u"out"_s) ? parser.value(u"out"_s) : temporary.path();
    QDir().mkpath(dir);

    QList<ReminderNotice> notices;
    for (int i = 0; i < count; ++i)
        notices.append(notice(i));
    QTextStream out(stdout);

    QElapsedTimer timer;
    timer.start();
    {
        LetterComposer composer(company);
        LetterPdfWriter writer(company);
        if (!check(writer.open(dir + u"/run.pdf"_s)))
            return 1;
        for (const ReminderNotice& each : notices) {
            const auto letter = composer.reminder(each);
            if (!check(letter) || !check(writer.add(*letter)))
                return 1;
        }
        if (!check(writer.finish()))
            return 1;
    }
    const double onePdf = timer.nsecsElapsed() / 1e9;
    out << u"%1 letters into one PDF: %2 s, %3 letters/s\n"_s.arg(count)
               .arg(onePdf, 0, 'f', 2)
               .arg(count / onePdf, 0, 'f', 0);
    out.flush();

    timer.restart();
    {
        LetterComposer composer(company);
        for (int i = 0; i < count; ++i) {
            LetterPdfWriter writer(company);
            const auto letter = composer.reminder(notices.at(i));
            if (!check(letter) ||
                !check(writer.open(dir + u"/letter-%1.pdf"_s.arg(i, 4, 10, QChar(u'0')))) ||
                !check(writer.add(*letter)) || !check(writer.finish()))
                return 1;
        }
    }
    const double manyPdfs = timer.nsecsElapsed() / 1e9;
    out << u"%1 letters as %1 PDFs: %2 s, %3 letters/s\n"_s.arg(count)
               .arg(manyPdfs, 0, 'f', 2)
               .arg(count / manyPdfs, 0, 'f', 0);
    return 0;
}
