#pragma once

#include "imports/ForeignReader.h"

namespace ardesk {

// QuickBooks Online's customer import (header row: Full Name, Company, Email, Phone, Mobile,
// Fax, Website, Street, City, State, ZIP code, Country, Opening Balance, ...). QBO has no
// customer number, so Full Name is both the name and the customer_id: QBO's invoice import
// refers to customers by that name too. Opening balances are not imported (an opening balance
// is an invoice of its own, with a number and a date the file does not give).
class QuickBooksCustomerReader final : public ForeignReader {
public:
    void read(QIODevice& device, ForeignTable& table, const ForeignReadOptions& options,
              ForeignTranslation& translation) override;
};

} // namespace ardesk
