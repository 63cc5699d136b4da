#pragma once

#include <optional>

#include <QString>
#include <QStringView>

namespace ardesk {

// The layout of an import file: ARDesk's own, or what another bookkeeping tool leaves behind
// (QuickBooks Online's import templates, Xero's sales-invoice template, GnuCash's
// bills-and-invoices and customers imports).
enum class ImportFormat { Native, QuickBooks, Xero, GnuCash };

// "native", "quickbooks", "xero", "gnucash" (the CLI's --format).
std::optional<ImportFormat> importFormatFromName(QStringView name);
QString importFormatName(ImportFormat format);

} // namespace ardesk
