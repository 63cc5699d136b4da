#pragma once

#include <QByteArrayView>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace ardesk {

// The first records of a bank's CSV export, for setting up its column profile: the file is
// shown as a separator splits it while the bookkeeper says which column holds what, and the
// likely separator and date format are proposed from what the file holds.
class BankCsvSample {
public:
    // Of , ; tab and |, the one that appears on most of the first lines (then the one that
    // appears most often); ',' when none does.
    static QChar guessSeparator(QByteArrayView content);
    // The first `maxRecords` records, the text decoded as every bank file is (BankText);
    // fewer when the file ends, or up to a record the CSV rules refuse.
    static QList<QStringList> records(QByteArrayView content, QChar separator, int maxRecords);
    // Of the date formats banks write, the first that reads every value (blank ones left
    // out); "" when none does or there is no value.
    static QString guessDateFormat(const QStringList& values);
    // Those formats, most common first (Qt notation: dd.MM.yyyy).
    static QStringList dateFormats();
};

} // namespace ardesk
