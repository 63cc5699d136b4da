#pragma once

#include <optional>

#include <QString>
#include <QStringView>

namespace ardesk {

enum class ImportKind { Customers, Invoices, Payments, CreditNotes };

// "customers", "invoices", "payments", "credit-notes" (the CLI's KIND argument).
std::optional<ImportKind> importKindFromName(QStringView name);
QString importKindName(ImportKind kind);

} // namespace ardesk
