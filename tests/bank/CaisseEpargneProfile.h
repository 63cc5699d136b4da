#pragma once

#include "bank/BankCsvProfile.h"

namespace ardesk::test {

// The column profile of the Caisse d'Épargne export in tests/data/bank
// (csv-fr-caisse-epargne.csv): shared by the reader's tests, the import's and the fuzzer, which
// links no test framework.
BankCsvProfile caisseEpargneProfile();

} // namespace ardesk::test
