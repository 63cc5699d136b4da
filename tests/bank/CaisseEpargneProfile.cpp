#include "CaisseEpargneProfile.h"

using namespace Qt::StringLiterals;

namespace ardesk::test {

BankCsvProfile caisseEpargneProfile()
{
    return BankCsvProfile{.name = u"caisse-epargne"_s,
                          .separator = u';',
                          .skipRows = 3,
                          .skipTrailingRows = 1,
                          .bookingDateColumn = u"Date"_s,
                          .debitColumn = u"Débit"_s,
                          .creditColumn = u"Crédit"_s,
                          .counterpartyNameColumn = {},
                          .referenceColumns = {u"Libellé"_s, u"Détail"_s},
                          .bankReferenceColumn = u"Numéro d'opération"_s,
                          .decimalComma = true,
                          .dateFormat = u"dd/MM/yyyy"_s,
                          .currency = u"EUR"_s,
                          .account = u"FR7610101001000123456789012"_s};
}

} // namespace ardesk::test
