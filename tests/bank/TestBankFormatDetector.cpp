#include "BankSamples.h"
#include "bank/BankFormatDetector.h"

using namespace Qt::StringLiterals;
using namespace ardesk;

namespace {

Result<BankFormat> detect(const QByteArray& bytes)
{
    return BankFormatDetector(u"f"_s).detect(bytes);
}

} // namespace

TEST_CASE("every sample is recognised from its content", "[bank][detect]")
{
    for (const QString& name : test::bankSampleNames()) {
        INFO(name.toStdString());
        const auto format = BankFormatDetector(name).detect(test::bankSample(name));
        REQUIRE(format.has_value());
        CHECK(*format == test::bankSampleFormat(name));
    }
    // A camt file of a version the reader refuses is still camt: the reader says why.
    CHECK(detect(test::bankSample(u"broken-camt053-version.xml"_s)) == BankFormat::Camt);
    CHECK(detect(test::bankSample(u"broken-mt940-amount.sta"_s)) == BankFormat::Mt940);
}

TEST_CASE("OFX, CSV and an MT940 envelope are recognised", "[bank][detect]")
{
    CHECK(detect("OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\n\r\n<OFX>\r\n") ==
          BankFormat::Ofx);
    CHECK(detect("<?xml version=\"1.0\"?>\n<?OFX OFXHEADER=\"200\" VERSION=\"220\"?>\n<OFX>"
                 "</OFX>") == BankFormat::Ofx);
    CHECK(detect("<OFX><SIGNONMSGSRSV1></SIGNONMSGSRSV1></OFX>") == BankFormat::Ofx);
    CHECK(detect("\xEF\xBB\xBF"
                 "Buchungstag;Betrag;Verwendungszweck\n01.02.2024;12,50;Rechnung 17\n") ==
          BankFormat::Csv);
    CHECK(detect("date,amount,payee\n2024-02-01,12.50,ACME\n") == BankFormat::Csv);
    CHECK(detect("{1:F01X}{2:O940X}{4:\r\n:20:1\r\n:25:A\r\n:60F:C240101EUR0,\r\n-}") ==
          BankFormat::Mt940);
}

TEST_CASE("what is none of the formats is invalid input, located", "[bank][detect]")
{
    const auto empty = detect("  \n");
    REQUIRE_FALSE(empty.has_value());
    CHECK(empty.error().code == ErrorCode::InvalidInput);
    CHECK(empty.error().detail.startsWith(u"f:1:1: the file is empty; expected a bank statement"));

    const auto text = detect("Dear customer,\nplease find attached\n");
    REQUIRE_FALSE(text.has_value());
    CHECK(text.error().detail ==
          u"f:1:1: expected a bank statement: camt.053/camt.054 XML, MT940, OFX or CSV text; "
          u"found none of these");

    const auto binary = detect(QByteArray("PK\x03\x04\x14\x00\x06\x00,;", 10));
    REQUIRE_FALSE(binary.has_value());

    const auto pain = detect("<?xml version=\"1.0\"?>\n<Document "
                             "xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"/>");
    REQUIRE_FALSE(pain.has_value());
    CHECK(pain.error().detail ==
          u"f:2:1: expected a camt.053 or camt.054 document, found <Document> in namespace "
          u"\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"");

    const auto broken = detect("<?xml version=\"1.0\"?>\n<Document <");
    REQUIRE_FALSE(broken.has_value());
    CHECK(broken.error().detail.startsWith(u"f:2:"));
    CHECK(broken.error().detail.contains(u"malformed XML"));
}
