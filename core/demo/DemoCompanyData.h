#pragma once

#include <span>

#include <QStringView>

namespace ardesk::demo {

// The places, names and texts the demo company is made of. Data only: the generator
// (DemoLedgerGenerator) decides who gets what.

struct Country {
    QStringView language;
    QStringView name;
    QStringView phonePrefix;
    bool numberBeforeStreet; // "12 High Street" rather than "Hauptstraße 12"
    std::span<const QStringView> streets;
    std::span<const QStringView> cities; // the address line with the postcode
    std::span<const QStringView> areaCodes;
    // Only the four main countries have these; the others appear in hand-written names only.
    std::span<const QStringView> surnames;
    std::span<const QStringView> trades;
    std::span<const QStringView> legalForms;
    QStringView conjunction; // joins two surnames
    QStringView partners;    // ends "Surname, Surname & Partners"
    bool tradeFirst;         // "Transportes García" rather than "Schmidt Bau"
};

enum CountryIndex { DE, GB, FR, ES, DK, SE, PL };
extern const std::span<const Country> countries; // in CountryIndex order

// The first customers, so that even the smallest demo shows names with non-ASCII letters,
// commas and quotes (which the CSV files must quote) next to ordinary ones.
struct NamedCustomer {
    QStringView name;
    CountryIndex country;
};
extern const std::span<const NamedCustomer> namedCustomers;

// Pub-like names ("Red Lion"), quoted in customer names so that the CSV files must escape them.
extern const std::span<const QStringView> quotedPlaces;
extern const std::span<const QStringView> mailboxes;
extern const std::span<const QStringView> descriptions; // of invoice lines
extern const std::span<const QStringView> creditReasons;

enum Method : quint8 { Transfer, Card, DirectDebit, Cheque, Cash };
extern const std::span<const QStringView> methodNames; // in Method order

} // namespace ardesk::demo
