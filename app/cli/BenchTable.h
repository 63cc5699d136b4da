#pragma once

#include <QLocale>
#include <QString>
#include <QTextStream>

namespace ardesk::cli {

// The bench's output: fixed-width lines with grouped digits in the C/English style whatever
// LANG says, so runs on different machines compare side by side.
class BenchTable {
public:
    BenchTable();

    QString number(qint64 value) const;
    QString megabytes(qint64 bytes) const;

    void text(QString line);
    // "import invoices    1,000,000 rows    7.80 s    128,205 rows/s   target ..."; reports
    // (withRate false) leave the rate column empty.
    void timed(const QString& label, qint64 rows, double time, const QString& target = {},
               bool withRate = true);
    void value(const QString& label, const QString& figure, const QString& target = {});

    // "ok" or "MISSED", the word next to a target.
    static QString verdict(bool met);

private:
    QTextStream m_out;
    QLocale m_locale;
};

} // namespace ardesk::cli
