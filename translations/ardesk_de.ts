<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgingLabels</name>
    <message>
        <location filename="../ui/common/AgingLabels.cpp" line="12"/>
        <source>Current</source>
        <translation>Nicht fällig</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingLabels.cpp" line="15"/>
        <source>%1+</source>
        <extracomment>Days past due, the last aging bucket: &quot;91+&quot;.</extracomment>
        <translation>%1+</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingLabels.cpp" line="18"/>
        <source>%1–%2</source>
        <extracomment>Days past due, a range: &quot;31–60&quot;.</extracomment>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>AgingReportDocument</name>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="53"/>
        <source>Aging Detail as of %1</source>
        <translation>Altersstruktur – Einzelposten zum %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="53"/>
        <source>Aging Summary as of %1</source>
        <translation>Altersstruktur – Übersicht zum %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="58"/>
        <source>Aged by issue date</source>
        <translation>Nach Rechnungsdatum gealtert</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="58"/>
        <source>Aged by due date</source>
        <translation>Nach Fälligkeitsdatum gealtert</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="60"/>
        <source>Buckets: %1</source>
        <translation>Zeiträume: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="62"/>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="66"/>
        <location filename="../ui/common/AgingReportDocument.cpp" line="87"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="66"/>
        <location filename="../ui/common/AgingReportDocument.cpp" line="87"/>
        <source>ID</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="66"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="69"/>
        <location filename="../ui/common/AgingReportDocument.cpp" line="97"/>
        <source>Unapplied</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="69"/>
        <location filename="../ui/common/AgingReportDocument.cpp" line="83"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="87"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="88"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="88"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="88"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="89"/>
        <source>Bucket</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="89"/>
        <source>Open Amount</source>
        <translation>Offener Betrag</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="12"/>
        <source>The ledger “%1” does not exist. It may have been moved, renamed or deleted.</source>
        <translation>Das Debitorenbuch „%1“ existiert nicht. Es wurde möglicherweise verschoben, umbenannt oder gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="15"/>
        <source>“%1” is not an ARDesk ledger, or it is damaged.</source>
        <translation>„%1“ ist kein ARDesk-Debitorenbuch oder ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="17"/>
        <source>The ledger “%1” is in use by another program. Try again when that program has finished.</source>
        <translation>Das Debitorenbuch „%1“ wird von einem anderen Programm verwendet. Versuchen Sie es erneut, wenn dieses Programm fertig ist.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="21"/>
        <source>The ledger “%1” was saved by a newer version of ARDesk. Install that version to open it; this one leaves the file untouched.</source>
        <translation>Das Debitorenbuch „%1“ wurde mit einer neueren Version von ARDesk gespeichert. Installieren Sie diese Version, um es zu öffnen; diese Version lässt die Datei unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="25"/>
        <source>The ledger “%1” could not be read from disk.</source>
        <translation>Das Debitorenbuch „%1“ konnte nicht vom Datenträger gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="33"/>
        <source>The ledger “%1” could not be opened.</source>
        <translation>Das Debitorenbuch „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="40"/>
        <source>The ledger is in use by another program. Try again when that program has finished.</source>
        <translation>Das Debitorenbuch wird von einem anderen Programm verwendet. Versuchen Sie es erneut, wenn dieses Programm fertig ist.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="43"/>
        <source>The ledger is damaged: some of its data cannot be read.</source>
        <translation>Das Debitorenbuch ist beschädigt: Einige seiner Daten können nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="45"/>
        <source>The ledger file has disappeared. It may have been moved or deleted.</source>
        <translation>Die Datei des Debitorenbuchs ist verschwunden. Sie wurde möglicherweise verschoben oder gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="55"/>
        <source>The ledger could not be read.</source>
        <translation>Das Debitorenbuch konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="63"/>
        <source>“%1” already exists, and ARDesk never overwrites a file. Choose another name.</source>
        <translation>„%1“ existiert bereits, und ARDesk überschreibt nie eine Datei. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="66"/>
        <source>“%1” is in use by another program. Try again when that program has finished.</source>
        <translation>„%1“ wird von einem anderen Programm verwendet. Versuchen Sie es erneut, wenn dieses Programm fertig ist.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="78"/>
        <source>“%1” could not be written. Check that you may write to that folder and that the disk is not full.</source>
        <translation>„%1“ konnte nicht geschrieben werden. Prüfen Sie, ob Sie in diesen Ordner schreiben dürfen und ob der Datenträger voll ist.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../ui/common/FileDialogs.cpp" line="30"/>
        <source>Open Ledger</source>
        <translation>Debitorenbuch öffnen</translation>
    </message>
    <message>
        <location filename="../ui/common/FileDialogs.cpp" line="31"/>
        <location filename="../ui/common/FileDialogs.cpp" line="41"/>
        <source>ARDesk ledgers (*.ardesk);;All files (*)</source>
        <translation>ARDesk-Debitorenbücher (*.ardesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/common/FileDialogs.cpp" line="56"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <location filename="../ui/common/NumberFormat.cpp" line="27"/>
        <source>%1 %2</source>
        <extracomment>An amount and its currency code, as in &quot;1,234.50 EUR&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/common/NumberFormat.cpp" line="38"/>
        <source>%1%</source>
        <extracomment>A percentage, as in &quot;35.5%&quot;.</extracomment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ardesk::AgingBucketChart</name>
    <message>
        <location filename="../ui/charts/AgingBucketChart.cpp" line="25"/>
        <source>Aging buckets</source>
        <translation>Altersstruktur der Forderungen</translation>
    </message>
    <message>
        <location filename="../ui/charts/AgingBucketChart.cpp" line="26"/>
        <source>Aging</source>
        <translation>Fälligkeitsstruktur</translation>
    </message>
    <message>
        <location filename="../ui/charts/AgingBucketChart.cpp" line="29"/>
        <source>Click a bar to list its invoices</source>
        <translation>Auf einen Balken klicken, um seine Rechnungen anzuzeigen</translation>
    </message>
    <message>
        <location filename="../ui/charts/AgingBucketChart.cpp" line="72"/>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
</context>
<context>
    <name>ardesk::AgingBucketDialog</name>
    <message>
        <location filename="../ui/dialogs/AgingBucketDialog.cpp" line="36"/>
        <source>Open items</source>
        <translation>Offene Posten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgingBucketDialog.cpp" line="63"/>
        <source>Current Invoices as of %1</source>
        <translation>Nicht fällige Rechnungen zum %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgingBucketDialog.cpp" line="64"/>
        <source>Invoices %1 Days Overdue as of %2</source>
        <translation>Rechnungen %1 Tage überfällig zum %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgingBucketDialog.cpp" line="71"/>
        <source>No open invoices in this bucket.</source>
        <translation>Keine offenen Rechnungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgingBucketDialog.cpp" line="74"/>
        <source>Invoices: %1 · Open: %2</source>
        <translation>Rechnungen: %1 · Offen: %2</translation>
    </message>
</context>
<context>
    <name>ardesk::AgingDetailModel</name>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="107"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="109"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="111"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="113"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="115"/>
        <source>Days Overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="117"/>
        <source>Open Amount</source>
        <translation>Offener Betrag</translation>
    </message>
</context>
<context>
    <name>ardesk::AgingSummaryModel</name>
    <message>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="89"/>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="135"/>
        <source>Total</source>
        <extracomment>The row that adds up every customer of one currency in the aging summary.</extracomment>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="124"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="126"/>
        <source>ID</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="128"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="133"/>
        <source>Unapplied</source>
        <translation>Nicht zugeordnet</translation>
    </message>
</context>
<context>
    <name>ardesk::AgingTrendChart</name>
    <message>
        <location filename="../ui/charts/AgingTrendChart.cpp" line="23"/>
        <source>Aging by month end</source>
        <translation>Fälligkeitsstruktur zum Monatsende</translation>
    </message>
    <message>
        <location filename="../ui/charts/AgingTrendChart.cpp" line="24"/>
        <source>Aging by Month End</source>
        <translation>Fälligkeitsstruktur zum Monatsende</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerListModel</name>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="154"/>
        <source>Due on receipt</source>
        <translation>Sofort fällig</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="155"/>
        <source>Net %1</source>
        <translation>%1 Tage netto</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="217"/>
        <source>Code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="219"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="221"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="223"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="225"/>
        <source>Terms</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="227"/>
        <source>Credit Limit</source>
        <translation>Kreditlimit</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="229"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomersPage</name>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="37"/>
        <location filename="../ui/views/CustomersPage.cpp" line="125"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="45"/>
        <source>Search by code or name</source>
        <translation>Nach Nummer oder Name suchen</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="160"/>
        <source>Customers: %1</source>
        <translation>Kunden: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="161"/>
        <source>Customers: %1 of %2</source>
        <translation>Kunden: %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="196"/>
        <source>This ledger has no customers yet.
Import a customer list with “ardesk-cli import customers FILE”.</source>
        <translation>Dieses Debitorenbuch enthält noch keine Kunden.
Importieren Sie eine Kundenliste mit „ardesk-cli import customers DATEI“.</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="198"/>
        <source>No customer code or name contains “%1”.</source>
        <translation>Keine Kundennummer und kein Kundenname enthält „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="215"/>
        <source>Cannot Read Customers</source>
        <translation>Kunden können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ardesk::DashboardPage</name>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="43"/>
        <source>Total receivables</source>
        <translation>Forderungen gesamt</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="44"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="45"/>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="46"/>
        <source>CEI</source>
        <translation>CEI</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="47"/>
        <source>Unapplied credit</source>
        <translation>Nicht zugeordnetes Guthaben</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="55"/>
        <location filename="../ui/views/DashboardPage.cpp" line="137"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="62"/>
        <source>&amp;As of:</source>
        <translation>&amp;Stichtag:</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="65"/>
        <source>As of date</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="70"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="77"/>
        <source>Days sales outstanding: receivables at the end of the month divided by the month&apos;s credit sales, times its days.</source>
        <translation>Forderungslaufzeit (DSO): Forderungen am Monatsende geteilt durch die Zielverkäufe des Monats, mal seine Tage.</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="79"/>
        <source>Collection effectiveness index: the share of what could have been collected in the month that was collected.</source>
        <translation>Inkasso-Effektivitätsindex (CEI): der Anteil dessen, was im Monat hätte eingezogen werden können, der tatsächlich eingezogen wurde.</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="158"/>
        <source>Receivables as of %1</source>
        <translation>Forderungen zum %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="232"/>
        <source>Open invoices as of %1</source>
        <translation>Offene Rechnungen zum %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="236"/>
        <source>%1 of receivables</source>
        <translation>%1 der Forderungen</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="239"/>
        <source>Payments and credits not yet applied</source>
        <translation>Noch nicht zugeordnete Zahlungen und Gutschriften</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="248"/>
        <source>Days, %1</source>
        <translation>Tage, %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="250"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="255"/>
        <source>Not included above, in other currencies: %1</source>
        <translation>Oben nicht enthalten, in anderen Währungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="278"/>
        <source>Cannot Read the Dashboard</source>
        <translation>Übersicht kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ardesk::InvoiceListModel</name>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="113"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="115"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="117"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="119"/>
        <source>On plan</source>
        <translation>Im Ratenplan</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="235"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="237"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="239"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="241"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="243"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="245"/>
        <source>Open Amount</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="247"/>
        <source>Days Overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="249"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ardesk::InvoicesPage</name>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="40"/>
        <location filename="../ui/views/InvoicesPage.cpp" line="70"/>
        <location filename="../ui/views/InvoicesPage.cpp" line="157"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="48"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="51"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="52"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="53"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="54"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="55"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="56"/>
        <source>On plan</source>
        <translation>Im Ratenplan</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="57"/>
        <source>Anything left to pay, overdue or not</source>
        <translation>Noch etwas zu zahlen, überfällig oder nicht</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="58"/>
        <source>Covered by an active installment plan</source>
        <translation>Von einem aktiven Ratenplan übernommen</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="61"/>
        <source>Search invoices</source>
        <translation>Rechnungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="62"/>
        <source>Search by number or customer</source>
        <translation>Nach Nummer oder Kunde suchen</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="190"/>
        <source>Invoices: %1</source>
        <translation>Rechnungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="191"/>
        <source>Invoices: %1 of %2</source>
        <translation>Rechnungen: %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="219"/>
        <source>This ledger has no invoices yet.
Import invoices with “ardesk-cli import invoices FILE”.</source>
        <translation>Dieses Debitorenbuch enthält noch keine Rechnungen.
Importieren Sie Rechnungen mit „ardesk-cli import invoices DATEI“.</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="223"/>
        <source>No invoice has the status “%1”.</source>
        <translation>Keine Rechnung hat den Status „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="226"/>
        <source>No invoice number or customer matches “%1”.</source>
        <translation>Keine Rechnungsnummer und kein Kunde passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="243"/>
        <source>Cannot Read Invoices</source>
        <translation>Rechnungen können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ardesk::KpiTrendChart</name>
    <message>
        <location filename="../ui/charts/KpiTrendChart.cpp" line="46"/>
        <source>DSO and CEI by month</source>
        <translation>DSO und CEI nach Monat</translation>
    </message>
    <message>
        <location filename="../ui/charts/KpiTrendChart.cpp" line="47"/>
        <source>DSO and CEI by Month</source>
        <translation>DSO und CEI nach Monat</translation>
    </message>
    <message>
        <location filename="../ui/charts/KpiTrendChart.cpp" line="60"/>
        <source>DSO (days)</source>
        <translation>DSO (Tage)</translation>
    </message>
    <message>
        <location filename="../ui/charts/KpiTrendChart.cpp" line="62"/>
        <source>CEI (%)</source>
        <translation>CEI (%)</translation>
    </message>
    <message>
        <location filename="../ui/charts/KpiTrendChart.cpp" line="85"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../ui/charts/KpiTrendChart.cpp" line="93"/>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
</context>
<context>
    <name>ardesk::MainWindow</name>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="108"/>
        <source>&amp;New Company…</source>
        <translation>&amp;Neue Firma…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="111"/>
        <source>Start a new company ledger file</source>
        <translation>Ein neues Debitorenbuch für eine Firma anlegen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="114"/>
        <source>&amp;Open Ledger…</source>
        <translation>Debitorenbuch ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="117"/>
        <source>Open a company ledger file</source>
        <translation>Die Debitorenbuch-Datei einer Firma öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="120"/>
        <source>Open &amp;Demo Company</source>
        <translation>&amp;Demo-Firma öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="122"/>
        <source>Open a made-up company to try ARDesk without real data</source>
        <translation>Eine erfundene Firma öffnen, um ARDesk ohne echte Daten auszuprobieren</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="125"/>
        <source>&amp;Clear Menu</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="132"/>
        <source>&amp;Backup…</source>
        <translation>Sicherungs&amp;kopie…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="134"/>
        <source>Save a copy of the open ledger to another file</source>
        <translation>Eine Kopie des geöffneten Debitorenbuchs in einer anderen Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="137"/>
        <source>&amp;Close Ledger</source>
        <translation>Debitorenbuch &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="142"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="149"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="162"/>
        <source>&amp;About ARDesk</source>
        <translation>Ü&amp;ber ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="175"/>
        <source>Show the %1 page</source>
        <translation>Die Seite „%1“ anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="188"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="192"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="205"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="209"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="213"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="215"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="220"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="229"/>
        <source>Cannot Open Ledger</source>
        <translation>Debitorenbuch kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="295"/>
        <source>Creating the demo company…</source>
        <translation>Demo-Firma wird angelegt…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="295"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="297"/>
        <source>Open Demo Company</source>
        <translation>Demo-Firma öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="313"/>
        <source>Cannot Create the Demo Company</source>
        <translation>Demo-Firma kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="341"/>
        <source>Back Up Ledger</source>
        <translation>Debitorenbuch sichern</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="348"/>
        <source>Cannot Back Up Ledger</source>
        <translation>Debitorenbuch kann nicht gesichert werden</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="353"/>
        <source>Ledger backed up to “%1”.</source>
        <translation>Debitorenbuch gesichert nach „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="394"/>
        <source>About ARDesk</source>
        <translation>Über ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="395"/>
        <source>ARDesk %1

Accounts receivable for small-business bookkeepers: who owes what, how late, and what to do about it.</source>
        <translation>ARDesk %1

Debitorenbuchhaltung für Buchhalter kleiner Unternehmen: wer was schuldet, wie lange schon und was zu tun ist.</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="420"/>
        <source>ARDesk</source>
        <translation>ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="427"/>
        <source>ARDesk — %1</source>
        <translation>ARDesk — %1</translation>
    </message>
</context>
<context>
    <name>ardesk::NewCompanyDialog</name>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="47"/>
        <source>New Company</source>
        <translation>Neue Firma</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="50"/>
        <source>As it appears on your invoices</source>
        <translation>Wie auf Ihren Rechnungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="57"/>
        <source>The currency the ledger keeps its totals in</source>
        <translation>Die Währung, in der das Debitorenbuch seine Summen führt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="64"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="77"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="82"/>
        <source>Company &amp;name:</source>
        <translation>Firmen&amp;name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="83"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="84"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="124"/>
        <source>New Company Ledger</source>
        <translation>Debitorenbuch der neuen Firma</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="136"/>
        <source>Enter the company&apos;s name.</source>
        <translation>Geben Sie den Namen der Firma ein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="138"/>
        <source>Choose where to save the ledger.</source>
        <translation>Wählen Sie, wo das Debitorenbuch gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="140"/>
        <source>“%1” already exists. Choose another name or location: ARDesk never overwrites a ledger.</source>
        <translation>„%1“ existiert bereits. Wählen Sie einen anderen Namen oder Ort: ARDesk überschreibt nie ein Debitorenbuch.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="156"/>
        <source>Cannot Create Company</source>
        <translation>Firma kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ardesk::ReportsPage</name>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="68"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="69"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="70"/>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="76"/>
        <source>Aging Report</source>
        <translation>Altersstruktur der Forderungen</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="84"/>
        <source>As of date</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="89"/>
        <source>Aging basis</source>
        <translation>Grundlage der Altersberechnung</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="90"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="91"/>
        <source>Issue date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="94"/>
        <source>Bucket edges in days</source>
        <translation>Zeitraumgrenzen in Tagen</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="96"/>
        <source>Days overdue at which the aging columns end, separated by commas: 30,60,90 gives Current, 1–30, 31–60, 61–90 and 91+.</source>
        <translation>Tage überfällig, an denen die Spalten enden, durch Kommas getrennt: 30,60,90 ergibt Nicht fällig, 1–30, 31–60, 61–90 und 91+.</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="100"/>
        <source>Report layout</source>
        <translation>Berichtsform</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="101"/>
        <source>Summary by customer</source>
        <translation>Übersicht nach Kunden</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="102"/>
        <source>Detail by invoice</source>
        <translation>Einzelposten nach Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="105"/>
        <source>Customer ID</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="106"/>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="118"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="126"/>
        <source>Save the report as CSV, as ardesk-cli aging writes it</source>
        <translation>Den Bericht als CSV speichern, wie ardesk-cli aging ihn schreibt</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="141"/>
        <source>Aging report</source>
        <translation>Altersstruktur der Forderungen</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="184"/>
        <source>&amp;As of:</source>
        <translation>&amp;Stichtag:</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="185"/>
        <source>&amp;Basis:</source>
        <translation>&amp;Grundlage:</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="186"/>
        <source>B&amp;uckets:</source>
        <translation>&amp;Zeiträume:</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="187"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="188"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="210"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="234"/>
        <source>Open items as of %1: %2</source>
        <translation>Offene Posten zum %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="237"/>
        <source>Customers with open items as of %1: %2</source>
        <translation>Kunden mit offenen Posten zum %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="257"/>
        <source>Bucket edges must be whole numbers of days, each larger than the one before, separated by commas without spaces: for example 30,60,90. The table still shows the last valid report.</source>
        <translation>Zeitraumgrenzen müssen ganze Tageszahlen sein, jede größer als die vorige, durch Kommas ohne Leerzeichen getrennt: zum Beispiel 30,60,90. Die Tabelle zeigt weiter den letzten gültigen Bericht.</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="303"/>
        <source>No customer has the ID “%1”. The table still shows the last report.</source>
        <translation>Kein Kunde hat die Nummer „%1“. Die Tabelle zeigt weiter den letzten Bericht.</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="307"/>
        <source>Cannot Read the Aging Report</source>
        <translation>Altersstruktur kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="331"/>
        <source>Export Aging Report</source>
        <translation>Altersstruktur exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="345"/>
        <source>Cannot Export the Report</source>
        <translation>Bericht kann nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="346"/>
        <source>The report could not be written to “%1”.</source>
        <translation>Der Bericht konnte nicht nach „%1“ geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="357"/>
        <source>Print Aging Report</source>
        <translation>Altersstruktur drucken</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="369"/>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
</context>
<context>
    <name>ardesk::WelcomePage</name>
    <message>
        <location filename="../ui/views/WelcomePage.cpp" line="29"/>
        <source>Welcome to ARDesk</source>
        <translation>Willkommen bei ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/views/WelcomePage.cpp" line="37"/>
        <source>Start a new company, open a company ledger (an .ardesk file), or look around in a made-up company first.</source>
        <translation>Legen Sie eine neue Firma an, öffnen Sie ein Debitorenbuch (eine .ardesk-Datei) oder sehen Sie sich zuerst in einer erfundenen Firma um.</translation>
    </message>
    <message>
        <location filename="../ui/views/WelcomePage.cpp" line="45"/>
        <source>New Company…</source>
        <translation>Neue Firma…</translation>
    </message>
    <message>
        <location filename="../ui/views/WelcomePage.cpp" line="49"/>
        <source>Open Ledger…</source>
        <translation>Debitorenbuch öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/views/WelcomePage.cpp" line="54"/>
        <source>Open Demo Company</source>
        <translation>Demo-Firma öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/WelcomePage.cpp" line="56"/>
        <source>A company with made-up customers, invoices and payments, to try ARDesk without touching real data</source>
        <translation>Eine Firma mit erfundenen Kunden, Rechnungen und Zahlungen, um ARDesk ohne echte Daten auszuprobieren</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="94"/>
        <source>Accounts receivable for small-business bookkeepers.</source>
        <translation>Debitorenbuchhaltung für Buchhalter kleiner Unternehmen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="98"/>
        <source>The ledger file to open.</source>
        <translation>Die zu öffnende Debitorenbuch-Datei.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="102"/>
        <source>Save a picture of every page as DIR/&lt;page&gt;.png at 1280×800, then quit.</source>
        <translation>Jede Seite als VERZ/&lt;Seite&gt;.png in 1280×800 speichern, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="104"/>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="110"/>
        <source>Only one ledger can be opened at a time.</source>
        <translation>Es kann nur ein Debitorenbuch gleichzeitig geöffnet werden.</translation>
    </message>
</context>
</TS>
