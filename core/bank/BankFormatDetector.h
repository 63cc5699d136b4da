#pragma once

#include <QByteArrayView>
#include <QString>

#include "bank/BankFormat.h"
#include "domain/Error.h"

namespace ardesk {

// `bank import --format auto`: which format a file is in, from its content alone (banks name
// their exports anything: "STA.TXT", "export.xml", "umsatz.csv").
//   camt  — XML whose root element is in a camt.053/camt.054 namespace (any version: the
//           reader refuses the ones it cannot read, with a better message than "unknown");
//   ofx   — an OFXHEADER: line (OFX 1.x) or an <?OFX …?> / <OFX> element (OFX 2.x);
//   mt940 — a :20: tag line and one of :25:, :60F:/:60M: or :61: (envelope or not);
//   csv   — otherwise, text whose first lines share a delimiter (, ; tab |).
// Anything else is invalid input, located at the start of the file.
class BankFormatDetector {
public:
    explicit BankFormatDetector(QString fileName);

    Result<BankFormat> detect(QByteArrayView content) const;

private:
    QString m_fileName;
};

} // namespace ardesk
