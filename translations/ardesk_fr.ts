<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgingLabels</name>
    <message>
        <location filename="../ui/common/AgingLabels.cpp" line="12"/>
        <source>Current</source>
        <translation>Non échu</translation>
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
        <translation>Balance âgée détaillée au %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="53"/>
        <source>Aging Summary as of %1</source>
        <translation>Balance âgée au %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="58"/>
        <source>Aged by issue date</source>
        <translation>Ancienneté selon la date d’émission</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="58"/>
        <source>Aged by due date</source>
        <translation>Ancienneté selon la date d’échéance</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="60"/>
        <source>Buckets: %1</source>
        <translation>Tranches : %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="62"/>
        <source>Customer: %1</source>
        <translation>Client : %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="66"/>
        <location filename="../ui/common/AgingReportDocument.cpp" line="87"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="66"/>
        <location filename="../ui/common/AgingReportDocument.cpp" line="87"/>
        <source>ID</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="66"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="69"/>
        <location filename="../ui/common/AgingReportDocument.cpp" line="97"/>
        <source>Unapplied</source>
        <translation>Non affecté</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="69"/>
        <location filename="../ui/common/AgingReportDocument.cpp" line="83"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="87"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="88"/>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="88"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="88"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="89"/>
        <source>Bucket</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="89"/>
        <source>Open Amount</source>
        <translation>Montant restant dû</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="12"/>
        <source>The ledger “%1” does not exist. It may have been moved, renamed or deleted.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’existe pas. Il a peut-être été déplacé, renommé ou supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="15"/>
        <source>“%1” is not an ARDesk ledger, or it is damaged.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un dossier ARDesk, ou il est endommagé.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="17"/>
        <source>The ledger “%1” is in use by another program. Try again when that program has finished.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» est utilisé par un autre programme. Réessayez lorsque ce programme aura terminé.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="21"/>
        <source>The ledger “%1” was saved by a newer version of ARDesk. Install that version to open it; this one leaves the file untouched.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» a été enregistré par une version plus récente d’ARDesk. Installez cette version pour l’ouvrir&#xa0;; celle-ci laisse le fichier intact.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="25"/>
        <source>The ledger “%1” could not be read from disk.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’a pas pu être lu sur le disque.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="33"/>
        <source>The ledger “%1” could not be opened.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="40"/>
        <source>The ledger is in use by another program. Try again when that program has finished.</source>
        <translation>Le dossier est utilisé par un autre programme. Réessayez lorsque ce programme aura terminé.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="43"/>
        <source>The ledger is damaged: some of its data cannot be read.</source>
        <translation>Le dossier est endommagé&#xa0;: certaines de ses données sont illisibles.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="45"/>
        <source>The ledger file has disappeared. It may have been moved or deleted.</source>
        <translation>Le fichier du dossier a disparu. Il a peut-être été déplacé ou supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="55"/>
        <source>The ledger could not be read.</source>
        <translation>Le dossier n’a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="63"/>
        <source>“%1” already exists, and ARDesk never overwrites a file. Choose another name.</source>
        <translation>« %1 » existe déjà, et ARDesk n’écrase jamais un fichier. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="66"/>
        <source>“%1” is in use by another program. Try again when that program has finished.</source>
        <translation>« %1 » est utilisé par un autre programme. Réessayez lorsque ce programme aura terminé.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="78"/>
        <source>“%1” could not be written. Check that you may write to that folder and that the disk is not full.</source>
        <translation>« %1 » n’a pas pu être écrit. Vérifiez que vous pouvez écrire dans ce dossier et que le disque n’est pas plein.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../ui/common/FileDialogs.cpp" line="30"/>
        <source>Open Ledger</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <location filename="../ui/common/FileDialogs.cpp" line="31"/>
        <location filename="../ui/common/FileDialogs.cpp" line="41"/>
        <source>ARDesk ledgers (*.ardesk);;All files (*)</source>
        <translation>Dossiers ARDesk (*.ardesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/common/FileDialogs.cpp" line="56"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
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
        <translation>%1&#x202f;%</translation>
    </message>
</context>
<context>
    <name>ardesk::AgingBucketChart</name>
    <message>
        <location filename="../ui/charts/AgingBucketChart.cpp" line="25"/>
        <source>Aging buckets</source>
        <translation>Balance âgée par tranche</translation>
    </message>
    <message>
        <location filename="../ui/charts/AgingBucketChart.cpp" line="26"/>
        <source>Aging</source>
        <translation>Balance âgée</translation>
    </message>
    <message>
        <location filename="../ui/charts/AgingBucketChart.cpp" line="29"/>
        <source>Click a bar to list its invoices</source>
        <translation>Cliquez sur une barre pour afficher ses factures</translation>
    </message>
    <message>
        <location filename="../ui/charts/AgingBucketChart.cpp" line="72"/>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
</context>
<context>
    <name>ardesk::AgingBucketDialog</name>
    <message>
        <location filename="../ui/dialogs/AgingBucketDialog.cpp" line="36"/>
        <source>Open items</source>
        <translation>Éléments ouverts</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgingBucketDialog.cpp" line="63"/>
        <source>Current Invoices as of %1</source>
        <translation>Factures non échues au %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgingBucketDialog.cpp" line="64"/>
        <source>Invoices %1 Days Overdue as of %2</source>
        <translation>Factures en retard de %1 jours au %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgingBucketDialog.cpp" line="71"/>
        <source>No open invoices in this bucket.</source>
        <translation>Aucune facture ouverte dans cette tranche.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgingBucketDialog.cpp" line="74"/>
        <source>Invoices: %1 · Open: %2</source>
        <translation>Factures : %1 · Restant dû : %2</translation>
    </message>
</context>
<context>
    <name>ardesk::AgingDetailModel</name>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="107"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="109"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="111"/>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="113"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="115"/>
        <source>Days Overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="117"/>
        <source>Open Amount</source>
        <translation>Montant restant dû</translation>
    </message>
</context>
<context>
    <name>ardesk::AgingSummaryModel</name>
    <message>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="89"/>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="135"/>
        <source>Total</source>
        <extracomment>The row that adds up every customer of one currency in the aging summary.</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="124"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="126"/>
        <source>ID</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="128"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="133"/>
        <source>Unapplied</source>
        <translation>Non affecté</translation>
    </message>
</context>
<context>
    <name>ardesk::AgingTrendChart</name>
    <message>
        <location filename="../ui/charts/AgingTrendChart.cpp" line="23"/>
        <source>Aging by month end</source>
        <translation>Balance âgée en fin de mois</translation>
    </message>
    <message>
        <location filename="../ui/charts/AgingTrendChart.cpp" line="24"/>
        <source>Aging by Month End</source>
        <translation>Balance âgée en fin de mois</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerListModel</name>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="154"/>
        <source>Due on receipt</source>
        <translation>Payable à réception</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="155"/>
        <source>Net %1</source>
        <translation>%1 jours net</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="217"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="219"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="221"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="223"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="225"/>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="227"/>
        <source>Credit Limit</source>
        <translation>Plafond de crédit</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="229"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomersPage</name>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="37"/>
        <location filename="../ui/views/CustomersPage.cpp" line="125"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="45"/>
        <source>Search by code or name</source>
        <translation>Rechercher par code ou nom</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="160"/>
        <source>Customers: %1</source>
        <translation>Clients&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="161"/>
        <source>Customers: %1 of %2</source>
        <translation>Clients&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="196"/>
        <source>This ledger has no customers yet.
Import a customer list with “ardesk-cli import customers FILE”.</source>
        <translation>Ce dossier ne contient encore aucun client.
Importez une liste de clients avec «&#xa0;ardesk-cli import customers FICHIER&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="198"/>
        <source>No customer code or name contains “%1”.</source>
        <translation>Aucun code ni nom de client ne contient «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="215"/>
        <source>Cannot Read Customers</source>
        <translation>Impossible de lire les clients</translation>
    </message>
</context>
<context>
    <name>ardesk::DashboardPage</name>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="43"/>
        <source>Total receivables</source>
        <translation>Total des créances</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="44"/>
        <source>Overdue</source>
        <translation>En retard</translation>
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
        <translation>Crédit non affecté</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="55"/>
        <location filename="../ui/views/DashboardPage.cpp" line="137"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="62"/>
        <source>&amp;As of:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="65"/>
        <source>As of date</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="70"/>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="77"/>
        <source>Days sales outstanding: receivables at the end of the month divided by the month&apos;s credit sales, times its days.</source>
        <translation>Délai moyen de recouvrement (DSO) : créances en fin de mois divisées par les ventes à crédit du mois, multipliées par son nombre de jours.</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="79"/>
        <source>Collection effectiveness index: the share of what could have been collected in the month that was collected.</source>
        <translation>Indice d’efficacité du recouvrement (CEI) : la part de ce qui pouvait être encaissé dans le mois qui l’a été.</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="158"/>
        <source>Receivables as of %1</source>
        <translation>Créances au %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="232"/>
        <source>Open invoices as of %1</source>
        <translation>Factures ouvertes au %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="236"/>
        <source>%1 of receivables</source>
        <translation>%1 des créances</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="239"/>
        <source>Payments and credits not yet applied</source>
        <translation>Paiements et avoirs non encore affectés</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="248"/>
        <source>Days, %1</source>
        <translation>Jours, %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="250"/>
        <source>%1%</source>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="255"/>
        <source>Not included above, in other currencies: %1</source>
        <translation>Non inclus ci-dessus, dans d’autres devises : %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="278"/>
        <source>Cannot Read the Dashboard</source>
        <translation>Impossible de lire le tableau de bord</translation>
    </message>
</context>
<context>
    <name>ardesk::InvoiceListModel</name>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="113"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="115"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="117"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="119"/>
        <source>On plan</source>
        <translation>Sous échéancier</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="235"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="237"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="239"/>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="241"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="243"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="245"/>
        <source>Open Amount</source>
        <translation>Montant ouvert</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="247"/>
        <source>Days Overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="249"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>ardesk::InvoicesPage</name>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="40"/>
        <location filename="../ui/views/InvoicesPage.cpp" line="70"/>
        <location filename="../ui/views/InvoicesPage.cpp" line="157"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="48"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="51"/>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="52"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="53"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="54"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="55"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="56"/>
        <source>On plan</source>
        <translation>Sous échéancier</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="57"/>
        <source>Anything left to pay, overdue or not</source>
        <translation>Reste à payer, en retard ou non</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="58"/>
        <source>Covered by an active installment plan</source>
        <translation>Couverte par un échéancier actif</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="61"/>
        <source>Search invoices</source>
        <translation>Rechercher des factures</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="62"/>
        <source>Search by number or customer</source>
        <translation>Rechercher par numéro ou client</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="190"/>
        <source>Invoices: %1</source>
        <translation>Factures : %1</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="191"/>
        <source>Invoices: %1 of %2</source>
        <translation>Factures : %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="219"/>
        <source>This ledger has no invoices yet.
Import invoices with “ardesk-cli import invoices FILE”.</source>
        <translation>Ce dossier ne contient encore aucune facture.
Importez des factures avec « ardesk-cli import invoices FICHIER ».</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="223"/>
        <source>No invoice has the status “%1”.</source>
        <translation>Aucune facture n’a le statut « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="226"/>
        <source>No invoice number or customer matches “%1”.</source>
        <translation>Aucun numéro de facture ni client ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="243"/>
        <source>Cannot Read Invoices</source>
        <translation>Impossible de lire les factures</translation>
    </message>
</context>
<context>
    <name>ardesk::KpiTrendChart</name>
    <message>
        <location filename="../ui/charts/KpiTrendChart.cpp" line="46"/>
        <source>DSO and CEI by month</source>
        <translation>DSO et CEI par mois</translation>
    </message>
    <message>
        <location filename="../ui/charts/KpiTrendChart.cpp" line="47"/>
        <source>DSO and CEI by Month</source>
        <translation>DSO et CEI par mois</translation>
    </message>
    <message>
        <location filename="../ui/charts/KpiTrendChart.cpp" line="60"/>
        <source>DSO (days)</source>
        <translation>DSO (jours)</translation>
    </message>
    <message>
        <location filename="../ui/charts/KpiTrendChart.cpp" line="62"/>
        <source>CEI (%)</source>
        <translation>CEI (%)</translation>
    </message>
    <message>
        <location filename="../ui/charts/KpiTrendChart.cpp" line="85"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../ui/charts/KpiTrendChart.cpp" line="93"/>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
</context>
<context>
    <name>ardesk::MainWindow</name>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="108"/>
        <source>&amp;New Company…</source>
        <translation>&amp;Nouvelle entreprise…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="111"/>
        <source>Start a new company ledger file</source>
        <translation>Créer le dossier d’une nouvelle entreprise</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="114"/>
        <source>&amp;Open Ledger…</source>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="117"/>
        <source>Open a company ledger file</source>
        <translation>Ouvrir le fichier du dossier d’une entreprise</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="120"/>
        <source>Open &amp;Demo Company</source>
        <translation>Ouvrir l’entreprise de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="122"/>
        <source>Open a made-up company to try ARDesk without real data</source>
        <translation>Ouvrir une entreprise fictive pour essayer ARDesk sans vraies données</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="125"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="132"/>
        <source>&amp;Backup…</source>
        <translation>&amp;Sauvegarde…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="134"/>
        <source>Save a copy of the open ledger to another file</source>
        <translation>Enregistrer une copie du dossier ouvert dans un autre fichier</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="137"/>
        <source>&amp;Close Ledger</source>
        <translation>&amp;Fermer le dossier</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="142"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="149"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="162"/>
        <source>&amp;About ARDesk</source>
        <translation>À &amp;propos d’ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="175"/>
        <source>Show the %1 page</source>
        <translation>Afficher la page « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="188"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="192"/>
        <source>Open &amp;Recent</source>
        <translation>Dossiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="205"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="209"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="213"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="215"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="220"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="229"/>
        <source>Cannot Open Ledger</source>
        <translation>Impossible d’ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="295"/>
        <source>Creating the demo company…</source>
        <translation>Création de l’entreprise de démonstration…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="295"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="297"/>
        <source>Open Demo Company</source>
        <translation>Ouvrir l’entreprise de démonstration</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="313"/>
        <source>Cannot Create the Demo Company</source>
        <translation>Impossible de créer l’entreprise de démonstration</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="341"/>
        <source>Back Up Ledger</source>
        <translation>Sauvegarder le dossier</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="348"/>
        <source>Cannot Back Up Ledger</source>
        <translation>Impossible de sauvegarder le dossier</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="353"/>
        <source>Ledger backed up to “%1”.</source>
        <translation>Dossier sauvegardé dans « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="394"/>
        <source>About ARDesk</source>
        <translation>À propos d’ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="395"/>
        <source>ARDesk %1

Accounts receivable for small-business bookkeepers: who owes what, how late, and what to do about it.</source>
        <translation>ARDesk %1

Comptabilité clients pour les comptables de petites entreprises&#xa0;: qui doit quoi, avec quel retard, et que faire.</translation>
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
        <translation>Nouvelle entreprise</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="50"/>
        <source>As it appears on your invoices</source>
        <translation>Tel qu’il figure sur vos factures</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="57"/>
        <source>The currency the ledger keeps its totals in</source>
        <translation>La devise dans laquelle le dossier tient ses totaux</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="64"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="77"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="82"/>
        <source>Company &amp;name:</source>
        <translation>&amp;Nom de l’entreprise :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="83"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="84"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="124"/>
        <source>New Company Ledger</source>
        <translation>Dossier de la nouvelle entreprise</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="136"/>
        <source>Enter the company&apos;s name.</source>
        <translation>Saisissez le nom de l’entreprise.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="138"/>
        <source>Choose where to save the ledger.</source>
        <translation>Choisissez où enregistrer le dossier.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="140"/>
        <source>“%1” already exists. Choose another name or location: ARDesk never overwrites a ledger.</source>
        <translation>« %1 » existe déjà. Choisissez un autre nom ou emplacement : ARDesk n’écrase jamais un dossier.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="156"/>
        <source>Cannot Create Company</source>
        <translation>Impossible de créer l’entreprise</translation>
    </message>
</context>
<context>
    <name>ardesk::ReportsPage</name>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="68"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="69"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="70"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="76"/>
        <source>Aging Report</source>
        <translation>Balance âgée</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="84"/>
        <source>As of date</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="89"/>
        <source>Aging basis</source>
        <translation>Base de l’ancienneté</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="90"/>
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="91"/>
        <source>Issue date</source>
        <translation>Date d’émission</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="94"/>
        <source>Bucket edges in days</source>
        <translation>Limites des tranches en jours</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="96"/>
        <source>Days overdue at which the aging columns end, separated by commas: 30,60,90 gives Current, 1–30, 31–60, 61–90 and 91+.</source>
        <translation>Jours de retard auxquels les colonnes se terminent, séparés par des virgules : 30,60,90 donne Non échu, 1–30, 31–60, 61–90 et 91+.</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="100"/>
        <source>Report layout</source>
        <translation>Présentation du rapport</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="101"/>
        <source>Summary by customer</source>
        <translation>Synthèse par client</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="102"/>
        <source>Detail by invoice</source>
        <translation>Détail par facture</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="105"/>
        <source>Customer ID</source>
        <translation>Numéro client</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="106"/>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="118"/>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="126"/>
        <source>Save the report as CSV, as ardesk-cli aging writes it</source>
        <translation>Enregistrer le rapport en CSV, tel que ardesk-cli aging l’écrit</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="141"/>
        <source>Aging report</source>
        <translation>Balance âgée</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="184"/>
        <source>&amp;As of:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="185"/>
        <source>&amp;Basis:</source>
        <translation>&amp;Base :</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="186"/>
        <source>B&amp;uckets:</source>
        <translation>&amp;Tranches :</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="187"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Présentation :</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="188"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="210"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="234"/>
        <source>Open items as of %1: %2</source>
        <translation>Éléments ouverts au %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="237"/>
        <source>Customers with open items as of %1: %2</source>
        <translation>Clients avec éléments ouverts au %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="257"/>
        <source>Bucket edges must be whole numbers of days, each larger than the one before, separated by commas without spaces: for example 30,60,90. The table still shows the last valid report.</source>
        <translation>Les limites des tranches doivent être des nombres entiers de jours, chacun plus grand que le précédent, séparés par des virgules sans espaces : par exemple 30,60,90. Le tableau affiche toujours le dernier rapport valide.</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="303"/>
        <source>No customer has the ID “%1”. The table still shows the last report.</source>
        <translation>Aucun client n’a le numéro « %1 ». Le tableau affiche toujours le dernier rapport.</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="307"/>
        <source>Cannot Read the Aging Report</source>
        <translation>Impossible de lire la balance âgée</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="331"/>
        <source>Export Aging Report</source>
        <translation>Exporter la balance âgée</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="345"/>
        <source>Cannot Export the Report</source>
        <translation>Impossible d’exporter le rapport</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="346"/>
        <source>The report could not be written to “%1”.</source>
        <translation>Le rapport n’a pas pu être écrit dans « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="357"/>
        <source>Print Aging Report</source>
        <translation>Imprimer la balance âgée</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="369"/>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
</context>
<context>
    <name>ardesk::WelcomePage</name>
    <message>
        <location filename="../ui/views/WelcomePage.cpp" line="29"/>
        <source>Welcome to ARDesk</source>
        <translation>Bienvenue dans ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/views/WelcomePage.cpp" line="37"/>
        <source>Start a new company, open a company ledger (an .ardesk file), or look around in a made-up company first.</source>
        <translation>Créez une nouvelle entreprise, ouvrez un dossier (un fichier .ardesk) ou découvrez d’abord une entreprise fictive.</translation>
    </message>
    <message>
        <location filename="../ui/views/WelcomePage.cpp" line="45"/>
        <source>New Company…</source>
        <translation>Nouvelle entreprise…</translation>
    </message>
    <message>
        <location filename="../ui/views/WelcomePage.cpp" line="49"/>
        <source>Open Ledger…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <location filename="../ui/views/WelcomePage.cpp" line="54"/>
        <source>Open Demo Company</source>
        <translation>Ouvrir l’entreprise de démonstration</translation>
    </message>
    <message>
        <location filename="../ui/views/WelcomePage.cpp" line="56"/>
        <source>A company with made-up customers, invoices and payments, to try ARDesk without touching real data</source>
        <translation>Une entreprise aux clients, factures et paiements fictifs, pour essayer ARDesk sans toucher à de vraies données</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="94"/>
        <source>Accounts receivable for small-business bookkeepers.</source>
        <translation>Comptabilité clients pour les comptables de petites entreprises.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="98"/>
        <source>The ledger file to open.</source>
        <translation>Le fichier du dossier à ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="102"/>
        <source>Save a picture of every page as DIR/&lt;page&gt;.png at 1280×800, then quit.</source>
        <translation>Enregistrer une image de chaque page dans RÉP/&lt;page&gt;.png en 1280×800, puis quitter.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="104"/>
        <source>DIR</source>
        <translation>RÉP</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="110"/>
        <source>Only one ledger can be opened at a time.</source>
        <translation>Un seul dossier peut être ouvert à la fois.</translation>
    </message>
</context>
</TS>
