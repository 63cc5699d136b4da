<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.ui" line="9"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.ui" line="19"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.ui" line="30"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.ui" line="41"/>
        <source>&amp;Pay by:</source>
        <translation>&amp;Payer avant le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.ui" line="52"/>
        <source>&amp;Invoice:</source>
        <translation>&amp;Facture&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.ui" line="61"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AgencyText</name>
    <message>
        <location filename="../ui/text/AgencyText.cpp" line="7"/>
        <source>With %1</source>
        <comment>an item of a customer handed over to a collection agency</comment>
        <translation>Chez %1</translation>
    </message>
    <message>
        <location filename="../ui/text/AgencyText.cpp" line="12"/>
        <source>With %1 since %2</source>
        <comment>a customer handed over to a collection agency</comment>
        <translation>Chez %1 depuis le %2</translation>
    </message>
</context>
<context>
    <name>AgingLabels</name>
    <message>
        <location filename="../ui/text/AgingLabels.cpp" line="12"/>
        <source>Current</source>
        <translation>Non échu</translation>
    </message>
    <message>
        <location filename="../ui/text/AgingLabels.cpp" line="15"/>
        <source>%1+</source>
        <extracomment>Days past due, the last aging bucket: &quot;91+&quot;.</extracomment>
        <translation>%1+</translation>
    </message>
    <message>
        <location filename="../ui/text/AgingLabels.cpp" line="18"/>
        <source>%1–%2</source>
        <extracomment>Days past due, a range: &quot;31–60&quot;.</extracomment>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>AgingReportDocument</name>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="140"/>
        <source>Aging Detail as of %1</source>
        <translation>Balance âgée détaillée au %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="140"/>
        <source>Aging Summary as of %1</source>
        <translation>Balance âgée au %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="64"/>
        <source>Aged by issue date</source>
        <translation>Ancienneté selon la date d’émission</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="64"/>
        <source>Aged by due date</source>
        <translation>Ancienneté selon la date d’échéance</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="66"/>
        <source>Buckets: %1</source>
        <translation>Tranches : %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="68"/>
        <source>Customer: %1</source>
        <translation>Client : %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="74"/>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="96"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="74"/>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="96"/>
        <source>ID</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="74"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="78"/>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="106"/>
        <source>Unapplied</source>
        <translation>Non affecté</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="78"/>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="92"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="96"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="97"/>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="97"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="97"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="98"/>
        <source>Bucket</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="98"/>
        <source>Open Amount</source>
        <translation>Montant restant dû</translation>
    </message>
</context>
<context>
    <name>AmountText</name>
    <message>
        <location filename="../ui/text/AmountText.cpp" line="19"/>
        <source>Enter the amount.</source>
        <translation>Saisissez le montant.</translation>
    </message>
    <message>
        <location filename="../ui/text/AmountText.cpp" line="24"/>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <location filename="../ui/text/AmountText.cpp" line="29"/>
        <source>Enter a whole amount like %1: %2 has no decimals.</source>
        <translation>Saisissez un montant entier comme %1&#xa0;: %2 n’a pas de décimales.</translation>
    </message>
    <message>
        <location filename="../ui/text/AmountText.cpp" line="31"/>
        <source>Enter an amount like %1, with at most %2 decimals.</source>
        <translation>Saisissez un montant comme %1, avec au plus %2 décimales.</translation>
    </message>
</context>
<context>
    <name>BankMatchText</name>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="20"/>
        <source>%1 (%2)</source>
        <extracomment>A customer in the bank queue: name (code).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="25"/>
        <source>an unnamed payer</source>
        <translation>un payeur sans nom</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="31"/>
        <source>%1 received on %2 from %3.</source>
        <translation>%1 reçu le %2 de %3.</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="35"/>
        <source>Payer&apos;s account: %1</source>
        <translation>Compte du payeur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="37"/>
        <source>Reference: %1</source>
        <translation>Référence&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="48"/>
        <source>No open document, customer code, known account or customer name in the line.</source>
        <translation>Aucune pièce ouverte, aucun code client, aucun compte connu ni nom de client dans la ligne.</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="52"/>
        <source>The reference names %1</source>
        <extracomment>How the customer was found: the bank reference names these documents.</extracomment>
        <translation>La référence cite %1</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="55"/>
        <source>Account %1 paid for this customer before</source>
        <translation>Le compte %1 a déjà payé pour ce client</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="58"/>
        <source>Account %1 is the customer&apos;s</source>
        <translation>Le compte %1 est celui du client</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="61"/>
        <source>The reference names the customer code %1</source>
        <translation>La référence cite le code client %1</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="64"/>
        <source>The payer&apos;s name is the customer&apos;s</source>
        <translation>Le nom du payeur est celui du client</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="70"/>
        <source>%1; the amount is their open total.</source>
        <extracomment>%1 is how the customer was found (&quot;The reference names INV-1&quot;).</extracomment>
        <translation>%1&#xa0;; le montant est leur total ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="73"/>
        <source>%1; the amount is what is open on %2.</source>
        <extracomment>%1 is how the customer was found, %2 the document.</extracomment>
        <translation>%1&#xa0;; le montant est ce qui reste ouvert sur %2.</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="76"/>
        <source>%1; the amount is the open total of the oldest items, %2.</source>
        <extracomment>%1 is how the customer was found, %2 the documents.</extracomment>
        <translation>%1&#xa0;; le montant est le total ouvert des éléments les plus anciens, %2.</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="79"/>
        <source>%1; the amount differs from their open total.</source>
        <translation>%1&#xa0;; le montant diffère de leur total ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="83"/>
        <source>%1; the amount matches no open item (a payment on account).</source>
        <translation>%1&#xa0;; le montant ne correspond à aucun élément ouvert (un acompte).</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="92"/>
        <source>The receipt, its customer or one of its documents changed meanwhile: it was posted or ignored, or a document was paid. The queue is read again.</source>
        <translation>L’encaissement, son client ou l’une de ses pièces a changé entre-temps&#xa0;: il a été comptabilisé ou ignoré, ou une pièce a été payée. La liste est relue.</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="103"/>
        <source>Imported “%1”: credits %2, new %3, duplicates %4, debits skipped %5, pending skipped %6.</source>
        <extracomment>After a bank statement import: the file, then the counts of its entries.</extracomment>
        <translation>«&#xa0;%1&#xa0;» importé&#xa0;: crédits %2, nouveaux %3, doublons %4, débits ignorés %5, en attente ignorés %6.</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="6"/>
        <source>Record Payment</source>
        <translation>Enregistrer un paiement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="14"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="27"/>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="40"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="57"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="81"/>
        <source>&amp;Method:</source>
        <translation>Moyen de &amp;paiement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="98"/>
        <source>Re&amp;ference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="111"/>
        <source>R&amp;eason:</source>
        <translation>Mo&amp;tif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="128"/>
        <source>A&amp;llocation to open items:</source>
        <translation>&amp;Affectation aux éléments ouverts&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="145"/>
        <source>&amp;Oldest First</source>
        <translation>Plus anciens d’a&amp;bord</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="148"/>
        <source>Allocate the amount to the oldest items first, as ARDesk proposes</source>
        <translation>Affecter le montant aux éléments les plus anciens d’abord, comme ARDesk le propose</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="158"/>
        <source>Clea&amp;r</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="161"/>
        <source>Allocate nothing: the whole amount stays unapplied</source>
        <translation>N’affecter rien&#xa0;: tout le montant reste non affecté</translation>
    </message>
</context>
<context>
    <name>CustomerDetailDialog</name>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="9"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="33"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="38"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="43"/>
        <source>Credit limit</source>
        <translation>Plafond de crédit</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="48"/>
        <source>Reminders</source>
        <translation>Relances</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="53"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="75"/>
        <source>&amp;Edit Customer…</source>
        <translation>&amp;Modifier le client…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="81"/>
        <source>S&amp;tatement…</source>
        <translation>Rele&amp;vé…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="82"/>
        <source>The customer&apos;s statement of account as of today, in a print preview</source>
        <translation>Le relevé de compte du client à ce jour, dans un aperçu avant impression</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="88"/>
        <source>Statement as P&amp;DF…</source>
        <translation>Relevé en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="89"/>
        <source>Write the customer&apos;s statement of account as of today into a PDF file</source>
        <translation>Enregistrer le relevé de compte du client à ce jour dans un fichier PDF</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="95"/>
        <source>A&amp;gency</source>
        <translation>A&amp;gence</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="96"/>
        <source>Hand the customer over to a collection agency, take it back, or export the case file for the agency</source>
        <translation>Confier le client à une agence de recouvrement, le reprendre ou exporter le dossier pour l’agence</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="105"/>
        <source>&amp;Open Items</source>
        <translation>Éléments &amp;ouverts</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="116"/>
        <source>&amp;Payments</source>
        <translation>&amp;Paiements</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="127"/>
        <source>P&amp;lans</source>
        <translation>É&amp;chéanciers</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="135"/>
        <source>&amp;Activity</source>
        <translation>&amp;Activité</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="141"/>
        <source>Log &amp;Call…</source>
        <translation>Noter un appe&amp;l…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="147"/>
        <source>Log E-&amp;mail…</source>
        <translation>Noter un &amp;e-mail…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="153"/>
        <source>Add &amp;Note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="159"/>
        <source>Promise to Pa&amp;y…</source>
        <translation>Promesse de pa&amp;iement…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="165"/>
        <source>&amp;Dispute Invoice…</source>
        <translation>Contester une &amp;facture…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="171"/>
        <source>&amp;Resolve Dispute</source>
        <translation>&amp;Résoudre le litige</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="9"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="19"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="25"/>
        <source>The customer_id of files and the command line</source>
        <translation>Le customer_id des fichiers et de la ligne de commande</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="30"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="39"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="45"/>
        <source>Where reminders and statements go</source>
        <translation>Destinataire des relances et des relevés</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="50"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="59"/>
        <source>Ban&amp;k account:</source>
        <translation>Compte &amp;bancaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="65"/>
        <source>IBAN or account number the customer pays from</source>
        <translation>IBAN ou numéro du compte depuis lequel le client paie</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="66"/>
        <source>Receipts from this account are matched to the customer on the Bank page</source>
        <translation>Les encaissements venant de ce compte sont rapprochés de ce client sur la page Banque</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="71"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="83"/>
        <source>Payment &amp;terms:</source>
        <translation>Conditions de &amp;paiement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="89"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="90"/>
        <source>Due on receipt</source>
        <translation>Payable à réception</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="97"/>
        <source>Early-payment &amp;discount:</source>
        <translation>Esc&amp;ompte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="103"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="104"/>
        <source>Percent off an invoice paid within the discount period, like 2 for “2/10 net 30”</source>
        <translation>Pourcentage déduit d’une facture payée dans le délai d’escompte, par exemple 2 pour «&#xa0;2/10 net 30&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="109"/>
        <source>Discount pe&amp;riod:</source>
        <translation>Déla&amp;i d’escompte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="115"/>
        <source> days after the issue date</source>
        <translation> jours après la date d’émission</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="122"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Devise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="131"/>
        <source>Credit &amp;limit:</source>
        <translation>Plafond de c&amp;rédit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="137"/>
        <source>No limit</source>
        <translation>Aucun plafond</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="143"/>
        <source>Letter lan&amp;guage:</source>
        <translation>&amp;Langue des courriers&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="152"/>
        <source>On &amp;hold: send no reminders</source>
        <translation>&amp;Suspendu&#xa0;: aucune relance</translation>
    </message>
</context>
<context>
    <name>DunningLevelsDialog</name>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="9"/>
        <source>Dunning Levels</source>
        <translation>Niveaux de relance</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="14"/>
        <source>An overdue item reaches a level this many days past its due date. Each run raises an item at most one level; the highest level on a customer&apos;s letter picks its template and fee. Level 0, when switched on, is a courtesy reminder a few days before the due date, without fee or interest.</source>
        <translation>Un élément en retard atteint un niveau ce nombre de jours après son échéance. Chaque campagne fait monter un élément d’un niveau au plus&#xa0;; le niveau le plus élevé sur le courrier d’un client détermine son modèle et ses frais. Le niveau 0, s’il est activé, est un rappel de courtoisie quelques jours avant l’échéance, sans frais ni intérêts.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="20"/>
        <source>Reminder levels</source>
        <translation>Niveaux de relance</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="27"/>
        <source>&amp;Add Level</source>
        <translation>&amp;Ajouter un niveau</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="32"/>
        <source>&amp;Remove Last Level</source>
        <translation>&amp;Supprimer le dernier niveau</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="42"/>
        <source>Edit &amp;Template…</source>
        <translation>Modifier le &amp;modèle…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="49"/>
        <source>Selected level</source>
        <translation>Niveau sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="54"/>
        <source>S&amp;end this level</source>
        <translation>&amp;Envoyer ce niveau</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="59"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="68"/>
        <source>&amp;Days overdue:</source>
        <translation>&amp;Jours de retard&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="83"/>
        <source>&amp;Sent as:</source>
        <translation>En&amp;voyé par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="96"/>
        <source>&amp;Fee:</source>
        <translation>&amp;Frais&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="120"/>
        <source>&amp;Interest a year:</source>
        <translation>&amp;Intérêts annuels&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="128"/>
        <source> %</source>
        <translation>&#x202f;%</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="136"/>
        <source>A courtesy reminder goes out before the due date: it never charges a fee or interest.</source>
        <translation>Un rappel de courtoisie part avant l’échéance&#xa0;: il ne facture jamais de frais ni d’intérêts.</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="17"/>
        <source>There is no ARDesk ledger at “%1”: the server has no such database, or no ledger was created in it yet (“ardesk-cli init” creates one).</source>
        <translation>Il n’y a pas de dossier ARDesk à «&#xa0;%1&#xa0;»&#xa0;: le serveur n’a pas cette base de données, ou aucun dossier n’y a encore été créé («&#xa0;ardesk-cli init&#xa0;» en crée un).</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="21"/>
        <source>The ledger “%1” does not exist. It may have been moved, renamed or deleted.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’existe pas. Il a peut-être été déplacé, renommé ou supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="24"/>
        <source>“%1” is not an ARDesk ledger, or it is damaged.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un dossier ARDesk, ou il est endommagé.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="26"/>
        <source>The ledger “%1” is in use by another program. Try again when that program has finished.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» est utilisé par un autre programme. Réessayez lorsque ce programme aura terminé.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="30"/>
        <source>The ledger “%1” was saved by a newer version of ARDesk. Install that version to open it; this one leaves the file untouched.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» a été enregistré par une version plus récente d’ARDesk. Installez cette version pour l’ouvrir&#xa0;; celle-ci laisse le fichier intact.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="34"/>
        <source>The ledger “%1” could not be read from disk.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’a pas pu être lu sur le disque.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="36"/>
        <source>The server of the ledger “%1” cannot be reached, or it refused the user name or password. Check the address, the network and the password.</source>
        <translation>Le serveur du dossier « %1 » est injoignable, ou il a refusé le nom d’utilisateur ou le mot de passe. Vérifiez l’adresse, le réseau et le mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="40"/>
        <source>The ledger “%1” was saved by an older version of ARDesk and must be brought up to date, but it cannot be written here. Open it once where it can be written, or copy it to a folder of yours.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» a été enregistré par une version plus ancienne d’ARDesk et doit être mis à jour, mais il ne peut pas être modifié ici. Ouvrez-le une fois là où il peut être modifié, ou copiez-le dans l’un de vos répertoires.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="54"/>
        <source>The ledger “%1” could not be opened.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="61"/>
        <source>The ledger is in use by another program. Try again when that program has finished.</source>
        <translation>Le dossier est utilisé par un autre programme. Réessayez lorsque ce programme aura terminé.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="64"/>
        <source>The ledger is damaged: some of its data cannot be read.</source>
        <translation>Le dossier est endommagé&#xa0;: certaines de ses données sont illisibles.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="66"/>
        <source>The ledger file has disappeared. It may have been moved or deleted.</source>
        <translation>Le fichier du dossier a disparu. Il a peut-être été déplacé ou supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="68"/>
        <source>The connection to the ledger&apos;s server was lost. Nothing half-done was kept; try again when the server can be reached.</source>
        <translation>La connexion au serveur du dossier a été perdue. Rien d’inachevé n’a été conservé ; réessayez lorsque le serveur sera joignable.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="83"/>
        <source>The ledger could not be read.</source>
        <translation>Le dossier n’a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="92"/>
        <source>The ledger does not allow this change; nothing was changed.</source>
        <translation>Le dossier n’autorise pas cette modification&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="99"/>
        <source>This ledger is read-only: its file, its folder or its disk cannot be written. Nothing was changed.</source>
        <translation>Ce dossier est en lecture seule&#xa0;: son fichier, son répertoire ou son disque ne peut pas être modifié. Rien n’a été changé.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="102"/>
        <source>The disk that holds the ledger is full. Nothing was changed; free some space and try again.</source>
        <translation>Le disque qui contient le dossier est plein. Rien n’a été changé&#xa0;; libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="112"/>
        <source>The change could not be saved to the ledger; nothing was changed.</source>
        <translation>La modification n’a pas pu être enregistrée dans le dossier&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="120"/>
        <source>“%1” already exists, and ARDesk never overwrites a file. Choose another name.</source>
        <translation>« %1 » existe déjà, et ARDesk n’écrase jamais un fichier. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="123"/>
        <source>“%1” is in use by another program. Try again when that program has finished.</source>
        <translation>« %1 » est utilisé par un autre programme. Réessayez lorsque ce programme aura terminé.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="140"/>
        <source>“%1” could not be written. Check that you may write to that folder and that the disk is not full.</source>
        <translation>« %1 » n’a pas pu être écrit. Vérifiez que vous pouvez écrire dans ce dossier et que le disque n’est pas plein.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../ui/widgets/FileDialogs.cpp" line="36"/>
        <source>Open Ledger</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <location filename="../ui/widgets/FileDialogs.cpp" line="37"/>
        <location filename="../ui/widgets/FileDialogs.cpp" line="47"/>
        <source>ARDesk ledgers (*.ardesk);;All files (*)</source>
        <translation>Dossiers ARDesk (*.ardesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/FileDialogs.cpp" line="60"/>
        <location filename="../ui/widgets/FileDialogs.cpp" line="80"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/FileDialogs.cpp" line="70"/>
        <source>Bank statements (*.xml *.sta *.txt *.940 *.mt940);;All files (*)</source>
        <translation>Relevés bancaires (*.xml *.sta *.txt *.940 *.mt940);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/FileDialogs.cpp" line="94"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Fichiers PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/FileDialogs.cpp" line="111"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/FileDialogs.cpp" line="112"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ForesightText</name>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="11"/>
        <source>Pays %n day(s) late on average</source>
        <translation>
            <numerusform>Paie en moyenne avec %n jour de retard</numerusform>
            <numerusform>Paie en moyenne avec %n jours de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="13"/>
        <source>Pays %n day(s) early on average</source>
        <translation>
            <numerusform>Paie en moyenne %n jour en avance</numerusform>
            <numerusform>Paie en moyenne %n jours en avance</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="15"/>
        <source>Pays on time</source>
        <translation>Paie à l’échéance</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="17"/>
        <source>Paid late %1 of %n time(s)</source>
        <translation>
            <numerusform>A payé en retard %1 fois sur %n</numerusform>
            <numerusform>A payé en retard %1 fois sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="21"/>
        <source>Paying later lately (%n day(s) a month)</source>
        <translation>
            <numerusform>Paie de plus en plus tard (%n jour par mois)</numerusform>
            <numerusform>Paie de plus en plus tard (%n jours par mois)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="22"/>
        <source>Paying sooner lately (%n day(s) a month)</source>
        <translation>
            <numerusform>Paie de plus en plus tôt (%n jour par mois)</numerusform>
            <numerusform>Paie de plus en plus tôt (%n jours par mois)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="24"/>
        <source>Erratic (varies by %n day(s))</source>
        <translation>
            <numerusform>Irrégulier (varie de %n jour)</numerusform>
            <numerusform>Irrégulier (varie de %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="26"/>
        <source>Larger than usual (%1%)</source>
        <translation>Plus élevé que d’habitude (%1 %)</translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="28"/>
        <source>Smaller than usual (%1%)</source>
        <translation>Plus faible que d’habitude (%1 %)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="30"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="32"/>
        <source>Pays at the end of the month</source>
        <translation>Paie en fin de mois</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="34"/>
        <source>Only %n payment(s) known</source>
        <translation>
            <numerusform>Seulement %n paiement connu</numerusform>
            <numerusform>Seulement %n paiements connus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="36"/>
        <source>No payment history</source>
        <translation>Aucun historique de paiement</translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="38"/>
        <source>Partly paid</source>
        <translation>Payé en partie</translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="40"/>
        <source>Disputed</source>
        <translation>Contesté</translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="42"/>
        <source>Reminder level %1 sent</source>
        <translation>Relance de niveau %1 envoyée</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="44"/>
        <source>%n broken promise(s) to pay</source>
        <translation>
            <numerusform>%n promesse de paiement non tenue</numerusform>
            <numerusform>%n promesses de paiement non tenues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="46"/>
        <source>Installment plan defaulted</source>
        <translation>Échéancier non respecté</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="48"/>
        <source>%n open dispute(s)</source>
        <translation>
            <numerusform>%n litige ouvert</numerusform>
            <numerusform>%n litiges ouverts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="50"/>
        <source>%1% of the open amount over 30 days overdue</source>
        <translation>%1 % du montant ouvert en retard de plus de 30 jours</translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="66"/>
        <source>Risk %1 (%2 of 100)</source>
        <translation>Risque %1 (%2 sur 100)</translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="72"/>
        <source>Expected to be paid on %1; chance of paying late: %2%</source>
        <translation>Paiement attendu le %1 ; probabilité de retard : %2 %</translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="76"/>
        <source>Estimated partly from similar customers: little history of its own.</source>
        <translation>Estimé en partie d’après des clients semblables : peu d’historique propre.</translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="78"/>
        <source>Estimated from similar customers: no history of its own.</source>
        <translation>Estimé d’après des clients semblables : aucun historique propre.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="9"/>
        <location filename="../ui/dialogs/ImportWizard.ui" line="177"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="13"/>
        <source>Choose a File</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="16"/>
        <source>What the file holds, its layout, and where it is. ARDesk&apos;s native CSV has one header row naming the columns, dates as YYYY-MM-DD, amounts like 1234.50; files from QuickBooks Online, Xero or GnuCash are read in their own layout.</source>
        <translation>Ce que contient le fichier, son format et son emplacement. Le CSV natif d’ARDesk a une ligne d’en-tête qui nomme les colonnes, des dates au format AAAA-MM-JJ et des montants comme 1234.50&#xa0;; les fichiers de QuickBooks Online, Xero ou GnuCash sont lus dans leur propre format.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="26"/>
        <source>&amp;Import:</source>
        <translation>&amp;Importer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="39"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="52"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="65"/>
        <source>How the file writes its dates. Detect reads them all and picks the only order that fits.</source>
        <translation>Comment le fichier écrit ses dates. «&#xa0;Détecter&#xa0;» les lit toutes et choisit le seul ordre qui convient.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="70"/>
        <source>Decimal &amp;comma (1.234,56)</source>
        <translation>Virgule déci&amp;male (1.234,56)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="71"/>
        <source>The file writes amounts with a decimal comma, as GnuCash does in many European languages.</source>
        <translation>Le fichier écrit les montants avec une virgule décimale, comme GnuCash dans de nombreuses langues européennes.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="83"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="91"/>
        <source>A .csv file</source>
        <translation>Un fichier .csv</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="97"/>
        <source>Bro&amp;wse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="119"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="122"/>
        <source>The first rows as ARDesk reads them, under the file&apos;s own column names. Nothing is imported yet.</source>
        <translation>Les premières lignes telles qu’ARDesk les lit, sous les noms de colonnes du fichier. Rien n’est encore importé.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="137"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="140"/>
        <source>Every row is checked against the ledger without changing it. All or nothing: if any row has a problem, nothing is imported.</source>
        <translation>Chaque ligne est vérifiée par rapport au dossier sans le modifier. Tout ou rien&#xa0;: si une ligne pose problème, rien n’est importé.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="158"/>
        <location filename="../ui/dialogs/ImportWizard.ui" line="198"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="164"/>
        <source>Check &amp;Again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="180"/>
        <source>The rows are written in one transaction: stopping leaves the ledger as it was.</source>
        <translation>Les lignes sont écrites en une seule transaction&#xa0;: arrêter laisse le dossier tel qu’il était.</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="6"/>
        <source>New Invoice</source>
        <translation>Nouvelle facture</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="14"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="27"/>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="40"/>
        <source>&amp;Issued on:</source>
        <translation>Émise l&amp;e&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="57"/>
        <source>&amp;Due on:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="74"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="98"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="111"/>
        <source>Early-payment disc&amp;ount:</source>
        <translation>Escom&amp;pte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="123"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="130"/>
        <source>% if paid by</source>
        <translation>% si payé au plus tard le</translation>
    </message>
</context>
<context>
    <name>LetterPrinting</name>
    <message>
        <location filename="../ui/printing/LetterPrinting.cpp" line="56"/>
        <source>Cannot Print</source>
        <translation>Impression impossible</translation>
    </message>
    <message>
        <location filename="../ui/printing/LetterPrinting.cpp" line="57"/>
        <source>The letters could not be laid out for printing.</source>
        <translation>Les courriers n’ont pas pu être mis en page pour l’impression.</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <location filename="../ui/text/NumberFormat.cpp" line="44"/>
        <source>%1 %2</source>
        <extracomment>An amount and its currency code, as in &quot;1,234.50 EUR&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/text/NumberFormat.cpp" line="55"/>
        <source>%1%</source>
        <extracomment>A percentage, as in &quot;35.5%&quot;.</extracomment>
        <translation>%1&#x202f;%</translation>
    </message>
</context>
<context>
    <name>PaymentMethodNames</name>
    <message>
        <location filename="../ui/text/PaymentMethodNames.cpp" line="10"/>
        <source>Bank transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location filename="../ui/text/PaymentMethodNames.cpp" line="12"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../ui/text/PaymentMethodNames.cpp" line="14"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../ui/text/PaymentMethodNames.cpp" line="16"/>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location filename="../ui/text/PaymentMethodNames.cpp" line="18"/>
        <source>Direct debit</source>
        <translation>Prélèvement</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../ui/dialogs/PlanDialog.ui" line="13"/>
        <source>Customer:</source>
        <translation>Client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.ui" line="23"/>
        <source>Plan date:</source>
        <translation>Date de l’échéancier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.ui" line="31"/>
        <source>Terms:</source>
        <translation>Conditions&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.ui" line="41"/>
        <source>Amounts:</source>
        <translation>Montants&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.ui" line="49"/>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.ui" line="60"/>
        <source>&amp;Installments</source>
        <translation>É&amp;chéances</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.ui" line="73"/>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Rééchelonner…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.ui" line="79"/>
        <source>Cancel &amp;Plan…</source>
        <translation>&amp;Annuler l’échéancier…</translation>
    </message>
</context>
<context>
    <name>PlanTermsEditor</name>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.ui" line="20"/>
        <source>Plan &amp;date:</source>
        <translation>&amp;Date de l’échéancier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.ui" line="31"/>
        <source>&amp;Installments:</source>
        <translation>&amp;Nombre d’échéances&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.ui" line="44"/>
        <source>&amp;Frequency:</source>
        <translation>&amp;Fréquence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.ui" line="53"/>
        <source>First d&amp;ue:</source>
        <translation>&amp;Première échéance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.ui" line="64"/>
        <source>Do&amp;wn payment:</source>
        <translation>&amp;Acompte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.ui" line="75"/>
        <source>F&amp;ee:</source>
        <translation>Frai&amp;s&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.ui" line="86"/>
        <source>Annual &amp;rate (%):</source>
        <translation>&amp;Taux annuel (%)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.ui" line="113"/>
        <source>Sc&amp;hedule:</source>
        <translation>&amp;Calendrier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <location filename="../ui/text/ReminderText.cpp" line="8"/>
        <source>Level %1</source>
        <comment>a reminder level</comment>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <location filename="../ui/text/ReminderText.cpp" line="9"/>
        <source>%1 – %2</source>
        <comment>a reminder level: its number, its name</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/text/ReminderText.cpp" line="17"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../ui/text/ReminderText.cpp" line="19"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/text/ReminderText.cpp" line="21"/>
        <source>Letter and e-mail</source>
        <translation>Courrier et e-mail</translation>
    </message>
    <message>
        <location filename="../ui/text/ReminderText.cpp" line="29"/>
        <source>%1 · %2</source>
        <comment>a reminder sent: its level, how it was sent</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/text/ReminderText.cpp" line="35"/>
        <source>Level %1 · %2</source>
        <comment>an invoice&apos;s last reminder: its level, the date it was sent</comment>
        <translation>Niveau %1 · %2</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <location filename="../ui/printing/ReportPrinter.cpp" line="117"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="9"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="16"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="20"/>
        <source>Company (printed on letters and statements)</source>
        <translation>Entreprise (imprimée sur les courriers et les relevés)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="25"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="34"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="46"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="55"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="64"/>
        <source>&amp;Tax ID:</source>
        <translation>Identifiant &amp;fiscal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="70"/>
        <source>VAT or tax number</source>
        <translation>Numéro de TVA ou identifiant fiscal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="75"/>
        <source>Re&amp;gistration:</source>
        <translation>Immatri&amp;culation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="81"/>
        <source>Company register and number, such as Registered in England No. 01234567</source>
        <translation>Registre et numéro, par exemple RCS Paris 123 456 789</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="89"/>
        <source>Ledger</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="94"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="112"/>
        <source>Aging &amp;buckets:</source>
        <translation>T&amp;ranches d’ancienneté&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="118"/>
        <source>30,60,90</source>
        <translation>30,60,90</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="131"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="136"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="149"/>
        <source>A new language takes effect the next time ARDesk starts.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage d’ARDesk.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="164"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="168"/>
        <source>How customers pay (printed on reminders, statements and e-mails)</source>
        <translation>Comment les clients paient (imprimé sur les relances, relevés et e-mails)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="173"/>
        <source>Account &amp;holder:</source>
        <translation>&amp;Titulaire du compte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="179"/>
        <source>Empty: the company&apos;s name</source>
        <translation>Vide&#xa0;: le nom de l’entreprise</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="184"/>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="200"/>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="216"/>
        <source>Account &amp;number:</source>
        <translation>&amp;Numéro de compte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="222"/>
        <source>Where there is no IBAN</source>
        <translation>À défaut d’IBAN</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="227"/>
        <source>&amp;Routing / sort code:</source>
        <translation>Code banque / &amp;guichet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="236"/>
        <source>Payment &amp;link:</source>
        <translation>&amp;Lien de paiement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="261"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="265"/>
        <source>Outgoing mail server (SMTP) on this computer</source>
        <translation>Serveur de courrier sortant (SMTP) de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="270"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="276"/>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="281"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="297"/>
        <source>S&amp;ecurity:</source>
        <translation>Sé&amp;curité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="310"/>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="316"/>
        <source>Empty when the server needs no login</source>
        <translation>Vide si le serveur ne demande pas d’identification</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="321"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="332"/>
        <source>&amp;From address:</source>
        <translation>Adresse de l’&amp;expéditeur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.ui" line="9"/>
        <source>Letter Templates</source>
        <translation>Modèles de courrier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.ui" line="16"/>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.ui" line="25"/>
        <source>L&amp;anguage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.ui" line="34"/>
        <source>Preview &amp;for:</source>
        <translation>Aperçu &amp;pour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.ui" line="65"/>
        <source>&amp;Template (HTML with mustache fields):</source>
        <translation>&amp;Modèle (HTML avec champs mustache)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.ui" line="92"/>
        <source>F&amp;ields:</source>
        <translation>C&amp;hamps&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.ui" line="101"/>
        <source>I&amp;nsert Field</source>
        <translation>&amp;Insérer le champ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.ui" line="114"/>
        <source>&amp;Preview:</source>
        <translation>&amp;Aperçu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.ui" line="134"/>
        <source>&amp;Restore Default</source>
        <translation>&amp;Rétablir le modèle par défaut</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <location filename="../ui/session/UiLanguage.cpp" line="17"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.ui" line="6"/>
        <source>Write Off</source>
        <translation>Passer en perte</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.ui" line="21"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.ui" line="38"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.ui" line="62"/>
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tif&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ardesk::ActivityDialog</name>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="22"/>
        <source>Log Call</source>
        <translation>Noter un appel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="24"/>
        <source>Log E-mail</source>
        <translation>Noter un e-mail</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="26"/>
        <source>Add Note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="28"/>
        <source>Promise to Pay</source>
        <translation>Promesse de paiement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="30"/>
        <source>Dispute Invoice</source>
        <translation>Contester une facture</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="48"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="61"/>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Montant (%1)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="66"/>
        <source>&amp;Reason:</source>
        <translation>M&amp;otif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="70"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="76"/>
        <source>%1 — due %2, open %3</source>
        <translation>%1 — échéance %2, restant dû %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="119"/>
        <source>Enter the promised amount in %1, like %2.</source>
        <translation>Saisissez le montant promis en %1, comme %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="122"/>
        <source>The pay-by date cannot be before the date of the promise.</source>
        <translation>La date de paiement ne peut pas précéder la date de la promesse.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="126"/>
        <source>The customer has no open invoice that is not disputed already.</source>
        <translation>Le client n’a aucune facture ouverte qui ne soit pas déjà contestée.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="129"/>
        <source>Write the note.</source>
        <translation>Rédigez la note.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="168"/>
        <source>Cannot Record Activity</source>
        <translation>Impossible d’enregistrer l’activité</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="169"/>
        <source>The activity could not be recorded.</source>
        <translation>L’activité n’a pas pu être enregistrée.</translation>
    </message>
</context>
<context>
    <name>ardesk::ActivityListModel</name>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="52"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="54"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="56"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="58"/>
        <source>Promise to pay</source>
        <translation>Promesse de paiement</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="60"/>
        <source>Dispute</source>
        <translation>Litige</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="72"/>
        <source>Reminder</source>
        <comment>a reminder sent, in the activity log</comment>
        <translation>Relance</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="86"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="88"/>
        <source>Kept</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="90"/>
        <source>Broken</source>
        <translation>Non tenue</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="122"/>
        <source>%1 by %2</source>
        <translation>%1 avant le %2</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="126"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="133"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="134"/>
        <source>Resolved %1</source>
        <translation>Résolu le %1</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="185"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="187"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="189"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="191"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="193"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>ardesk::AgencyHandoverDialog</name>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="38"/>
        <source>Take Back from Agency</source>
        <translation>Reprendre à l’agence de recouvrement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="40"/>
        <source>%1 was handed over to %2 on %3. Taken back, the customer gets reminders again from the date below, and you collect its open items yourself.</source>
        <translation>%1 a été confié à %2 le %3. Une fois repris, le client reçoit de nouveau des relances à partir de la date ci-dessous, et vous recouvrez vous-même ses postes ouverts.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="46"/>
        <source>Hand Over to Agency</source>
        <translation>Confier à une agence de recouvrement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="47"/>
        <source>From the date below the agency collects what %1 owes: no reminders go out to the customer, and its open items show the hand-over. The activity log records it.</source>
        <translation>À partir de la date ci-dessous, l’agence recouvre ce que doit %1&#xa0;: le client ne reçoit plus de relances et ses postes ouverts indiquent la remise du dossier. L’historique l’enregistre.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="55"/>
        <source>For example: Northern Collections Ltd</source>
        <translation>Par exemple&#xa0;: Recouvrement du Nord SARL</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="59"/>
        <source>Why the customer is taken back (optional)</source>
        <translation>Pourquoi le client est repris (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="60"/>
        <source>File number, what was agreed (optional)</source>
        <translation>Numéro de dossier, ce qui a été convenu (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="65"/>
        <source>Taken &amp;back on:</source>
        <translation>&amp;Repris le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="65"/>
        <source>Handed &amp;over on:</source>
        <translation>&amp;Confié le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="67"/>
        <source>&amp;Agency:</source>
        <translation>&amp;Agence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="70"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="74"/>
        <source>&amp;Take Back</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="74"/>
        <source>&amp;Hand Over</source>
        <translation>&amp;Confier</translation>
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
        <location filename="../ui/charts/AgingBucketChart.cpp" line="71"/>
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
        <location filename="../ui/dialogs/AgingBucketDialog.cpp" line="65"/>
        <source>Current Invoices as of %1</source>
        <translation>Factures non échues au %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgingBucketDialog.cpp" line="66"/>
        <source>Invoices %1 Days Overdue as of %2</source>
        <translation>Factures en retard de %1 jours au %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgingBucketDialog.cpp" line="73"/>
        <source>No open invoices in this bucket.</source>
        <translation>Aucune facture ouverte dans cette tranche.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgingBucketDialog.cpp" line="76"/>
        <source>Invoices: %1 · Open: %2</source>
        <translation>Factures : %1 · Restant dû : %2</translation>
    </message>
</context>
<context>
    <name>ardesk::AgingDetailModel</name>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="83"/>
        <source>%1 until %2</source>
        <translation>%1 jusqu’au %2</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="134"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="136"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="138"/>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="140"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="142"/>
        <source>Days Overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="144"/>
        <source>Open Amount</source>
        <translation>Montant restant dû</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="146"/>
        <source>Early-Payment Discount</source>
        <translation>Escompte</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="148"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ardesk::AgingSummaryModel</name>
    <message>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="89"/>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="142"/>
        <source>Total</source>
        <extracomment>The row that adds up every customer of one currency in the aging summary.</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="131"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="133"/>
        <source>ID</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="135"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="140"/>
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
    <name>ardesk::AllocationTableModel</name>
    <message>
        <location filename="../ui/models/AllocationTableModel.cpp" line="147"/>
        <source>Settles the item with an early-payment discount of %1</source>
        <translation>Solde la pièce avec un escompte de %1</translation>
    </message>
    <message>
        <location filename="../ui/models/AllocationTableModel.cpp" line="150"/>
        <source>Up to %1</source>
        <translation>Jusqu’à %1</translation>
    </message>
    <message>
        <location filename="../ui/models/AllocationTableModel.cpp" line="201"/>
        <source>Document</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location filename="../ui/models/AllocationTableModel.cpp" line="203"/>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location filename="../ui/models/AllocationTableModel.cpp" line="205"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/models/AllocationTableModel.cpp" line="207"/>
        <source>Open</source>
        <translation>Restant dû</translation>
    </message>
    <message>
        <location filename="../ui/models/AllocationTableModel.cpp" line="209"/>
        <source>Allocate</source>
        <translation>Affecter</translation>
    </message>
</context>
<context>
    <name>ardesk::AuditTrailModel</name>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="27"/>
        <source>Logged</source>
        <translation>Consignée</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="28"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="31"/>
        <source>Corrected</source>
        <translation>Corrigée</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="32"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="34"/>
        <source>Voided</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="36"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="38"/>
        <source>Applied</source>
        <translation>Affecté</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="40"/>
        <source>Un-applied</source>
        <translation>Affectation retirée</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="42"/>
        <source>Written off</source>
        <translation>Passé en perte</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="44"/>
        <source>Discount granted</source>
        <translation>Escompte accordé</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="46"/>
        <source>Reminder sent</source>
        <translation>Relance envoyée</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="48"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="50"/>
        <source>Handed over to agency</source>
        <translation>Confié à l’agence de recouvrement</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="52"/>
        <source>Taken back from agency</source>
        <translation>Repris à l’agence</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="54"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="56"/>
        <source>Rescheduled</source>
        <translation>Rééchelonné</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="66"/>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="68"/>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="70"/>
        <source>Payment %1</source>
        <translation>Paiement %1</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="72"/>
        <source>Credit note %1</source>
        <translation>Avoir %1</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="74"/>
        <source>Plan %1</source>
        <translation>Échéancier %1</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="91"/>
        <source>%1 to invoice %2</source>
        <translation>%1 sur la facture %2</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="93"/>
        <source>%1 from invoice %2</source>
        <translation>%1 retiré de la facture %2</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="95"/>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="106"/>
        <source>(outside ARDesk)</source>
        <comment>who changed it: unknown</comment>
        <translation>(hors ARDesk)</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="152"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="154"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="156"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="158"/>
        <source>Document</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="160"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>ardesk::BankAutoPostDialog</name>
    <message>
        <location filename="../ui/dialogs/BankAutoPostDialog.cpp" line="26"/>
        <source>Post All Sure Receipts</source>
        <translation>Comptabiliser tous les encaissements sûrs</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/BankAutoPostDialog.cpp" line="35"/>
        <source>%n receipt(s) score %1 or more and would be posted as payments, each to the customer and documents shown, in booking-date order, all in one go:</source>
        <translation>
            <numerusform>%n encaissement obtient %1 ou plus et serait comptabilisé comme paiement, au client et aux pièces indiqués, par date d’opération, en une seule fois&#xa0;:</numerusform>
            <numerusform>%n encaissements obtiennent %1 ou plus et seraient comptabilisés comme paiements, chacun au client et aux pièces indiqués, par date d’opération, en une seule fois&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankAutoPostDialog.cpp" line="45"/>
        <source>Receipts to post</source>
        <translation>Encaissements à comptabiliser</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankAutoPostDialog.cpp" line="55"/>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/BankAutoPostDialog.cpp" line="60"/>
        <source>&amp;Post %n Receipt(s)</source>
        <translation>
            <numerusform>&amp;Comptabiliser %n encaissement</numerusform>
            <numerusform>&amp;Comptabiliser %n encaissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::BankCsvColumnsPage</name>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="72"/>
        <source>Decimal &amp;comma (1234,50)</source>
        <translation>&amp;Virgule décimale (1234,50)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="79"/>
        <source>Which Column Holds What</source>
        <translation>Quelle colonne contient quoi</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="80"/>
        <source>Name the columns of an entry, then the account the file is a statement of. The profile is saved in the ledger under its name, for every later file of this bank.</source>
        <translation>Indiquez les colonnes d’une opération, puis le compte dont le fichier est le relevé. Le profil est enregistré dans le grand livre sous son nom, pour chaque fichier ultérieur de cette banque.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="84"/>
        <source>One column, money out negative:</source>
        <translation>Une colonne, sorties négatives&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="85"/>
        <source>A debit and a credit column:</source>
        <translation>Une colonne débit et une colonne crédit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="89"/>
        <source>dd day, MM month, yyyy or yy year</source>
        <translation>dd jour, MM mois, yyyy ou yy année</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="94"/>
        <source>Your account&apos;s IBAN or number</source>
        <translation>IBAN ou numéro de votre compte</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="96"/>
        <source>e.g. the bank&apos;s name</source>
        <translation>p. ex. le nom de la banque</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="119"/>
        <source>Booking &amp;date:</source>
        <translation>Date d’opé&amp;ration&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="120"/>
        <source>&amp;Value date:</source>
        <translation>Date de va&amp;leur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="121"/>
        <source>A&amp;mount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="122"/>
        <source>&amp;Payer:</source>
        <translation>Paye&amp;ur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="123"/>
        <source>Payer&apos;s acco&amp;unt:</source>
        <translation>&amp;Compte du payeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="124"/>
        <source>&amp;Remittance text:</source>
        <translation>Lib&amp;ellé du virement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="125"/>
        <source>Bank&apos;s entr&amp;y ID:</source>
        <translation>Identifian&amp;t bancaire de l’opération&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="126"/>
        <source>Dates &amp;written:</source>
        <translation>&amp;Format des dates&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="127"/>
        <source>Curr&amp;ency:</source>
        <translation>&amp;Devise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="128"/>
        <source>Statement of &amp;account:</source>
        <translation>Relevés du c&amp;ompte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="129"/>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nom du profil&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="175"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="182"/>
        <source>%1 (e.g. “%2”)</source>
        <extracomment>A column of the bank&apos;s file: %1 its position or header name, %2 a value of it.</extracomment>
        <translation>%1 (p. ex. «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="182"/>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="183"/>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="288"/>
        <source>Choose the column with the booking date.</source>
        <translation>Choisissez la colonne de la date d’opération.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="290"/>
        <source>Choose the column with the amount.</source>
        <translation>Choisissez la colonne du montant.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="292"/>
        <source>Choose both the debit and the credit column.</source>
        <translation>Choisissez la colonne débit et la colonne crédit.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="294"/>
        <source>Enter the account the bank&apos;s files are statements of.</source>
        <translation>Saisissez le compte dont les fichiers de la banque sont les relevés.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="296"/>
        <source>Name the profile, e.g. after the bank.</source>
        <translation>Nommez le profil, p. ex. d’après la banque.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="298"/>
        <source>The profile is not complete: %1.</source>
        <translation>Le profil est incomplet&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="300"/>
        <source>The file does not read with these settings: %1</source>
        <translation>Le fichier ne se lit pas avec ces réglages&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="317"/>
        <source>The file reads: %n entries, %1 of them money in.</source>
        <extracomment>%n entries of the file; %1 how many of them are money in.</extracomment>
        <translation>
            <numerusform>Le fichier se lit&#xa0;: %n opération, dont entrées&#xa0;: %1.</numerusform>
            <numerusform>Le fichier se lit&#xa0;: %n opérations, dont entrées&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="323"/>
        <source>The first money in: %1, %2 from %3.</source>
        <extracomment>%1 a date, %2 an amount with its currency, %3 who paid.</extracomment>
        <translation>Première entrée&#xa0;: %1, %2 de %3.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="328"/>
        <source>an unnamed payer</source>
        <translation>un payeur sans nom</translation>
    </message>
</context>
<context>
    <name>ardesk::BankCsvLayoutPage</name>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="31"/>
        <source>The next row names the &amp;columns</source>
        <translation>La ligne suivante nomme les &amp;colonnes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="36"/>
        <source>How the File Is Written</source>
        <translation>Comment le fichier est écrit</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="37"/>
        <source>Set how your bank writes the file until its entries show one per row, in columns.</source>
        <translation>Indiquez comment votre banque écrit le fichier, jusqu’à ce que ses opérations apparaissent une par ligne, en colonnes.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="41"/>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="42"/>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="43"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="44"/>
        <source>Vertical bar ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="49"/>
        <source>Rows the bank writes before the entries: account, period, balances</source>
        <translation>Lignes que la banque écrit avant les opérations&#xa0;: compte, période, soldes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="55"/>
        <source>Rows the bank writes after the last entry: closing balance, totals</source>
        <translation>Lignes que la banque écrit après la dernière opération&#xa0;: solde final, totaux</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="63"/>
        <source>&amp;Separator:</source>
        <translation>Sép&amp;arateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="66"/>
        <source>Rows be&amp;fore the entries:</source>
        <translation>Lignes a&amp;vant les opérations&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="70"/>
        <source>Rows &amp;after the entries:</source>
        <translation>Lignes après les opé&amp;rations&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="129"/>
        <source>Column %1</source>
        <extracomment>A column of the bank&apos;s file without a header: %1 its position, 1 for the first.</extracomment>
        <translation>Colonne %1</translation>
    </message>
</context>
<context>
    <name>ardesk::BankCsvProfileDialog</name>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="23"/>
        <source>Import Bank CSV</source>
        <translation>Importer un CSV bancaire</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="24"/>
        <source>“%1” is a CSV export. Which bank&apos;s column profile reads it?</source>
        <translation>« %1 » est un export CSV. Quel profil de colonnes de quelle banque le lit ?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="41"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="43"/>
        <source>&amp;New Profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="50"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="76"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="79"/>
        <source>Columns separated by “%1”, with a header row</source>
        <translation>Colonnes séparées par « %1 », avec une ligne d’en-tête</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="80"/>
        <source>Columns separated by “%1”, without a header row</source>
        <translation>Colonnes séparées par « %1 », sans ligne d’en-tête</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="81"/>
        <source>Dates written %1; amounts with a decimal %2</source>
        <translation>Dates au format %1 ; montants avec %2 décimale</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="82"/>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="82"/>
        <source>point</source>
        <translation>point</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="84"/>
        <source>Amounts in the columns “%1” (debit) and “%2” (credit)</source>
        <translation>Montants dans les colonnes « %1 » (débit) et « %2 » (crédit)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="86"/>
        <source>Amounts in the column “%1”</source>
        <translation>Montants dans la colonne « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="87"/>
        <source>Account %1, in %2</source>
        <translation>Compte %1, en %2</translation>
    </message>
</context>
<context>
    <name>ardesk::BankCsvProfileWizard</name>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileWizard.cpp" line="18"/>
        <source>New Bank CSV Profile for “%1”</source>
        <extracomment>%1 the bank file&apos;s name.</extracomment>
        <translation>Nouveau profil CSV bancaire pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileWizard.cpp" line="24"/>
        <source>Save and &amp;Import</source>
        <translation>Enregistrer et &amp;importer</translation>
    </message>
</context>
<context>
    <name>ardesk::BankIgnoreDialog</name>
    <message>
        <location filename="../ui/dialogs/BankIgnoreDialog.cpp" line="23"/>
        <source>Ignore Receipt</source>
        <translation>Ignorer l’encaissement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankIgnoreDialog.cpp" line="26"/>
        <source>Take the receipt of %1 from %2, booked on %3, out of the queue? It is not posted to any customer.</source>
        <translation>Retirer de la liste l’encaissement de %1 de %2, du %3&#xa0;? Il n’est comptabilisé pour aucun client.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankIgnoreDialog.cpp" line="33"/>
        <source>&amp;Reason (kept with the line):</source>
        <translation>&amp;Motif (conservé avec la ligne)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankIgnoreDialog.cpp" line="36"/>
        <source>For example: refund from a supplier</source>
        <translation>Par exemple&#xa0;: remboursement d’un fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankIgnoreDialog.cpp" line="40"/>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorer</translation>
    </message>
</context>
<context>
    <name>ardesk::BankPage</name>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="69"/>
        <source>Receipts: %1 of %2</source>
        <translation>Encaissements&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="84"/>
        <source>&amp;Import Statement…</source>
        <translation>&amp;Importer un relevé…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="85"/>
        <source>&amp;Match</source>
        <translation>&amp;Rapprocher</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="86"/>
        <source>&amp;Post…</source>
        <translation>&amp;Comptabiliser…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="87"/>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="88"/>
        <source>&amp;Split…</source>
        <translation>&amp;Répartir…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="89"/>
        <source>I&amp;gnore…</source>
        <translation>I&amp;gnorer…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="91"/>
        <source>Post &amp;All ≥ %1…</source>
        <translation>&amp;Tout comptabiliser ≥ %1…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="122"/>
        <source>Import a bank statement (camt.053, camt.054 or MT940); each receipt is added once, however often it is imported. You can also drop the file on this page.</source>
        <translation>Importer un relevé bancaire (camt.053, camt.054 ou MT940)&#xa0;; chaque encaissement n’est ajouté qu’une fois, quel que soit le nombre d’importations. Vous pouvez aussi déposer le fichier sur cette page.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="126"/>
        <source>Propose again who paid what for every receipt in the queue</source>
        <translation>Proposer à nouveau qui a payé quoi pour chaque encaissement de la liste</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="128"/>
        <source>Post the selected receipt as proposed (Enter)</source>
        <translation>Comptabiliser l’encaissement sélectionné comme proposé (Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="131"/>
        <source>Post the selected receipt to another customer or other documents</source>
        <translation>Comptabiliser l’encaissement sélectionné pour un autre client ou d’autres pièces</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="134"/>
        <source>Post the selected receipt across several customers, each with its share</source>
        <translation>Comptabiliser l’encaissement sélectionné sur plusieurs clients, chacun pour sa part</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="137"/>
        <source>Take the selected line out of the queue with a reason, such as a refund (Delete)</source>
        <translation>Retirer la ligne sélectionnée de la liste avec un motif, par exemple un remboursement (Suppr)</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="144"/>
        <source>Show every receipt scoring %1 or more, then post them all at once</source>
        <translation>Afficher chaque encaissement obtenant %1 ou plus, puis les comptabiliser tous en une fois</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="148"/>
        <source>Bank commands</source>
        <translation>Commandes bancaires</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="166"/>
        <source>Receipts to apply</source>
        <translation>Encaissements à affecter</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="196"/>
        <location filename="../ui/views/BankPage.cpp" line="230"/>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="253"/>
        <source>Receipts to apply: %1</source>
        <translation>Encaissements à affecter&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="280"/>
        <source>Match Receipts</source>
        <translation>Rapprocher les encaissements</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="281"/>
        <source>Matching the receipts to open documents…</source>
        <translation>Rapprochement des encaissements avec les pièces ouvertes…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="371"/>
        <source>Select a receipt to see it in full.</source>
        <translation>Sélectionnez un encaissement pour le voir en entier.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="380"/>
        <source>%1 (account %2)</source>
        <extracomment>A payer and its bank account.</extracomment>
        <translation>%1 (compte %2)</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="383"/>
        <source>&lt;b&gt;%1&lt;/b&gt; from %2, booked on %3</source>
        <extracomment>The selected bank line: amount, payer, booking date, then its reference.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; de %2, opération du %3</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="388"/>
        <source>reference “%1”</source>
        <translation>référence «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="391"/>
        <source>No proposal: post it with Change… to the customer who paid, or ignore it.</source>
        <translation>Aucune proposition&#xa0;: comptabilisez-le avec Modifier… pour le client qui a payé, ou ignorez-le.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="394"/>
        <source>Proposed: %1, score %2, on account.</source>
        <extracomment>%1 customer, %2 score.</extracomment>
        <translation>Proposition&#xa0;: %1, score %2, en acompte.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="399"/>
        <source>Proposed: %1 for %2, score %3.</source>
        <extracomment>%1 customer, %2 documents, %3 score.</extracomment>
        <translation>Proposition&#xa0;: %1 pour %2, score %3.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="415"/>
        <source>Matching the receipts…</source>
        <translation>Rapprochement des encaissements…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="418"/>
        <source>No receipts to apply.

Import a bank statement (camt.053, camt.054 or MT940) with Import Statement…, or drop the file on this page.
Each receipt is proposed a customer and the documents it pays: Enter posts the selected proposal, Delete takes a line out of the queue.</source>
        <translation>Aucun encaissement à affecter.

Importez un relevé bancaire (camt.053, camt.054 ou MT940) avec Importer un relevé…, ou déposez le fichier sur cette page.
Pour chaque encaissement, un client et les pièces payées sont proposés&#xa0;: Entrée comptabilise la proposition sélectionnée, Suppr retire une ligne de la liste.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="429"/>
        <location filename="../ui/views/BankPage.cpp" line="440"/>
        <source>Import Bank Statement</source>
        <translation>Importer un relevé bancaire</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="441"/>
        <source>Importing “%1”…</source>
        <translation>Importation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="450"/>
        <location filename="../ui/views/BankPage.cpp" line="508"/>
        <location filename="../ui/views/BankPage.cpp" line="526"/>
        <source>The import of “%1” was cancelled; nothing was imported.</source>
        <translation>L’importation de «&#xa0;%1&#xa0;» a été annulée&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="469"/>
        <source>“%1” could not be imported: it is not a bank statement ARDesk reads (camt.053, camt.054, MT940, OFX, or CSV with its profile), it is damaged, it names no account, or it is in a currency the ledger does not bill in. Nothing was imported.</source>
        <translation>« %1 » n’a pas pu être importé : ce n’est pas un relevé que lit ARDesk (camt.053, camt.054, MT940, OFX, ou CSV avec son profil), il est endommagé, il n’indique aucun compte, ou il est dans une devise que le grand livre ne facture pas. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="477"/>
        <source>“%1” could not be read. Nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="484"/>
        <source>Cannot Import Statement</source>
        <translation>Impossible d’importer le relevé</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="494"/>
        <source>Cannot Read CSV Profiles</source>
        <translation>Impossible de lire les profils CSV</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="531"/>
        <source>Cannot Save CSV Profile</source>
        <translation>Impossible d’enregistrer le profil CSV</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="541"/>
        <source>Cannot Match Receipts</source>
        <translation>Impossible de rapprocher les encaissements</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="544"/>
        <source>Cannot Post Receipts</source>
        <translation>Impossible de comptabiliser les encaissements</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="546"/>
        <source>Nothing was posted: %1</source>
        <translation>Rien n’a été comptabilisé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="568"/>
        <source>It pays the customer&apos;s oldest open items; what is left stays on the customer as unapplied credit.</source>
        <translation>Il paie les éléments ouverts les plus anciens du client&#xa0;; le reste demeure chez le client comme crédit non affecté.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="570"/>
        <source>It pays %1 first, then the customer&apos;s oldest open items; what is left stays on the customer as unapplied credit.</source>
        <translation>Il paie d’abord %1, puis les éléments ouverts les plus anciens du client&#xa0;; le reste demeure chez le client comme crédit non affecté.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="574"/>
        <source>Post the receipt of %1 from %2 to %3?

%4</source>
        <extracomment>%1 amount, %2 payer, %3 customer, %4 what it pays (a sentence).</extracomment>
        <translation>Comptabiliser l’encaissement de %1 de %2 pour %3&#xa0;?

%4</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="576"/>
        <source>Post Receipt</source>
        <translation>Comptabiliser l’encaissement</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="582"/>
        <source>Cannot Post Receipt</source>
        <translation>Impossible de comptabiliser l’encaissement</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="587"/>
        <location filename="../ui/views/BankPage.cpp" line="608"/>
        <location filename="../ui/views/BankPage.cpp" line="626"/>
        <source>Posted %1 from %2 to %3.</source>
        <translation>%1 de %2 comptabilisé pour %3.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="642"/>
        <source>Cannot Ignore Line</source>
        <translation>Impossible d’ignorer la ligne</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="648"/>
        <source>Ignored %1 from %2: %3</source>
        <translation>%1 de %2 ignoré&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="658"/>
        <location filename="../ui/views/BankPage.cpp" line="680"/>
        <location filename="../ui/views/BankPage.cpp" line="692"/>
        <source>Post All</source>
        <translation>Tout comptabiliser</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="659"/>
        <source>Finding the receipts to post…</source>
        <translation>Recherche des encaissements à comptabiliser…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="681"/>
        <source>No receipt scores %1 or more: post them one by one.</source>
        <translation>Aucun encaissement n’obtient %1 ou plus&#xa0;: comptabilisez-les un par un.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="693"/>
        <source>Posting the receipts…</source>
        <translation>Comptabilisation des encaissements…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="705"/>
        <source>Post All was cancelled; nothing was posted.</source>
        <translation>Tout comptabiliser a été annulé&#xa0;; rien n’a été comptabilisé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/BankPage.cpp" line="713"/>
        <source>Posted %n receipt(s).</source>
        <translation>
            <numerusform>%n encaissement comptabilisé.</numerusform>
            <numerusform>%n encaissements comptabilisés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="715"/>
        <source>The ledger changed after the preview, so the receipts posted differ from those listed.</source>
        <translation>Le grand livre a changé après l’aperçu&#xa0;; les encaissements comptabilisés diffèrent de ceux listés.</translation>
    </message>
</context>
<context>
    <name>ardesk::BankPostDialog</name>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="39"/>
        <source>Post Receipt</source>
        <translation>Comptabiliser l’encaissement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="53"/>
        <source>Open items to pay first</source>
        <translation>Éléments ouverts à payer d’abord</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="67"/>
        <source>The receipt pays the ticked documents first, then the customer&apos;s oldest open items; what is left stays on the customer as unapplied credit. The payer&apos;s account is remembered for this customer.</source>
        <translation>L’encaissement paie d’abord les pièces cochées, puis les éléments ouverts les plus anciens du client&#xa0;; le reste demeure chez le client comme crédit non affecté. Le compte du payeur est retenu pour ce client.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="78"/>
        <source>&amp;Post</source>
        <translation>&amp;Comptabiliser</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="84"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="87"/>
        <source>&amp;Documents to pay first:</source>
        <translation>&amp;Pièces à payer d’abord&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="125"/>
        <source>Cannot Read Open Items</source>
        <translation>Impossible de lire les éléments ouverts</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="126"/>
        <source>The customer&apos;s open items could not be read.</source>
        <translation>Les éléments ouverts du client n’ont pas pu être lus.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="144"/>
        <source>Choose the customer who paid.</source>
        <translation>Choisissez le client qui a payé.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="145"/>
        <source>No customer has this code or name. Pick one from the suggestions.</source>
        <translation>Aucun client n’a ce code ou ce nom. Choisissez-en un parmi les suggestions.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="147"/>
        <source>%1 is billed in %2; the receipt is in %3.</source>
        <translation>%1 est facturé en %2&#xa0;; l’encaissement est en %3.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="150"/>
        <source>%1 has no open items: the whole receipt stays on the customer as unapplied credit.</source>
        <translation>%1 n’a aucun élément ouvert&#xa0;: tout l’encaissement demeure chez le client comme crédit non affecté.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="156"/>
        <source>Ticked: %1 open    Receipt: %2</source>
        <translation>Cochées&#xa0;: %1 ouvert    Encaissement&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="176"/>
        <source>Cannot Post Receipt</source>
        <translation>Impossible de comptabiliser l’encaissement</translation>
    </message>
</context>
<context>
    <name>ardesk::BankQueueModel</name>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="71"/>
        <source>No proposal</source>
        <translation>Aucune proposition</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="120"/>
        <source>%1, account %2</source>
        <extracomment>A payer&apos;s name and bank account.</extracomment>
        <translation>%1, compte %2</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="131"/>
        <source>Score %1 of 100</source>
        <translation>Score de %1 sur 100</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="148"/>
        <source>Booked</source>
        <translation>Date d’opération</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="150"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="152"/>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="154"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="156"/>
        <source>Proposed customer</source>
        <translation>Client proposé</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="158"/>
        <source>Documents</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="160"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="162"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>ardesk::BankSplitDialog</name>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="55"/>
        <source>&amp;Add Part</source>
        <translation>&amp;Ajouter une part</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="56"/>
        <source>&amp;Remove Part</source>
        <translation>&amp;Retirer la part</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="63"/>
        <source>Split Receipt</source>
        <translation>Répartir l’encaissement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="73"/>
        <source>Amount of the part</source>
        <translation>Montant de la part</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="75"/>
        <source>Optional, for example INV-1, INV-2</source>
        <translation>Facultatif, par exemple INV-1, INV-2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="84"/>
        <source>Parts of the receipt</source>
        <translation>Parts de l’encaissement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="96"/>
        <source>Each part becomes a payment of its customer and pays the documents named first, then that customer&apos;s oldest open items; what is left stays on the customer as unapplied credit. The parts must add up to the receipt.</source>
        <translation>Chaque part devient un paiement de son client et règle d’abord les pièces indiquées, puis les pièces ouvertes les plus anciennes de ce client ; le reste demeure chez le client comme crédit non affecté. Les parts doivent totaliser l’encaissement.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="105"/>
        <source>&amp;Post Split</source>
        <translation>&amp;Comptabiliser la répartition</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="120"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="121"/>
        <source>A&amp;mount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="122"/>
        <source>&amp;Documents to pay first:</source>
        <translation>&amp;Pièces à payer d’abord&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="171"/>
        <source>Choose the customer of the part.</source>
        <translation>Choisissez le client de la part.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="172"/>
        <source>No customer has this code or name. Pick one from the suggestions.</source>
        <translation>Aucun client n’a ce code ou ce nom. Choisissez-en un parmi les suggestions.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="174"/>
        <source>%1 is billed in %2; the receipt is in %3.</source>
        <translation>%1 est facturé en %2&#xa0;; l’encaissement est en %3.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="180"/>
        <source>The part is more than the %1 left to split.</source>
        <translation>La part dépasse les %1 restant à répartir.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="187"/>
        <source>The customer&apos;s open items could not be read.</source>
        <translation>Les éléments ouverts du client n’ont pas pu être lus.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="193"/>
        <source>%1 is not an open item of %2.</source>
        <translation>%1 n’est pas une pièce ouverte de %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="234"/>
        <source>Split: %1 of %2    Left: %3</source>
        <translation>Réparti : %1 sur %2    Reste : %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="251"/>
        <source>Cannot Split Receipt</source>
        <translation>Impossible de répartir l’encaissement</translation>
    </message>
</context>
<context>
    <name>ardesk::CollectionsPage</name>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="66"/>
        <location filename="../ui/views/CollectionsPage.cpp" line="79"/>
        <source>P&amp;review Run</source>
        <translation>&amp;Prévisualiser la campagne</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="72"/>
        <location filename="../ui/views/CollectionsPage.cpp" line="80"/>
        <source>Preview &amp;Letter…</source>
        <translation>Aperçu du &amp;courrier…</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="73"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="74"/>
        <location filename="../ui/views/CollectionsPage.cpp" line="82"/>
        <source>Save Letters as P&amp;DF…</source>
        <translation>Enregistrer les courriers en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="75"/>
        <source>One PDF per c&amp;ustomer</source>
        <translation>Un PDF par c&amp;lient</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="76"/>
        <source>&amp;Book interest and fees</source>
        <translation>Co&amp;mptabiliser les intérêts et les frais</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="78"/>
        <location filename="../ui/views/CollectionsPage.cpp" line="84"/>
        <source>&amp;Send E-mails…</source>
        <translation>En&amp;voyer les e-mails…</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="81"/>
        <source>&amp;Print Letters…</source>
        <translation>&amp;Imprimer les courriers…</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="225"/>
        <location filename="../ui/views/CollectionsPage.cpp" line="279"/>
        <source>Collections</source>
        <translation>Recouvrement</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="226"/>
        <source>&amp;As of:</source>
        <translation>A&amp;u&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="99"/>
        <source>Run as of</source>
        <translation>Date de la campagne</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="77"/>
        <location filename="../ui/views/CollectionsPage.cpp" line="83"/>
        <source>Save E-&amp;mails as .eml…</source>
        <translation>Enre&amp;gistrer les e-mails en .eml…</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="85"/>
        <source>Sort by &amp;Amount at Risk</source>
        <translation>Trier par montant à &amp;risque</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="103"/>
        <source>List who gets which reminder as of the date; records nothing</source>
        <translation>Lister qui reçoit quelle relance à cette date&#xa0;; n’enregistre rien</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="125"/>
        <source>Reminders of the run</source>
        <translation>Relances de la campagne</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="153"/>
        <source>Items of the selected reminder</source>
        <translation>Éléments de la relance sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="170"/>
        <source>Print every letter of the run; records nothing</source>
        <translation>Imprimer tous les courriers de la campagne&#xa0;; n’enregistre rien</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="172"/>
        <source>Write the letters into PDF files and record them as sent</source>
        <translation>Écrire les courriers dans des fichiers PDF et les enregistrer comme envoyés</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="175"/>
        <source>Save each customer&apos;s letter as its own PDF file in a folder, instead of one file for the whole run</source>
        <translation>Enregistrer le courrier de chaque client dans son propre fichier PDF, dans un répertoire, au lieu d’un seul fichier pour toute la campagne</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="179"/>
        <source>Also book each reminder&apos;s late-payment interest and fee as a charge (an invoice REM-date-customer) on the customer&apos;s account</source>
        <translation>Comptabiliser aussi les intérêts de retard et les frais de chaque relance au débit du compte du client (une facture REM-date-client)</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="183"/>
        <source>Write the e-mails as .eml drafts into a folder and record them as sent</source>
        <translation>Écrire les e-mails comme brouillons .eml dans un répertoire et les enregistrer comme envoyés</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="186"/>
        <source>Send the e-mails through the mail server of the settings and record them</source>
        <translation>Envoyer les e-mails par le serveur de courrier des paramètres et les enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="208"/>
        <source>Put first the customers with the most money likely to be paid late: each open item&apos;s amount times its predicted chance of being paid late</source>
        <translation>Mettre en tête les clients dont le plus d’argent risque d’arriver en retard : le montant de chaque pièce ouverte multiplié par sa probabilité prévue de retard</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="218"/>
        <source>Cannot Read the Dunning Run</source>
        <translation>Impossible de lire la campagne de relance</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="316"/>
        <source>Reminders as of %1: %2</source>
        <translation>Relances au %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="372"/>
        <source>%1 may already have paid %2 on %3.</source>
        <translation>%1 a peut-être déjà payé %2 le %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/CollectionsPage.cpp" line="378"/>
        <source>%n bank receipt(s) are waiting to be applied on the Bank page: a customer may already have paid.</source>
        <translation>
            <numerusform>%n encaissement bancaire attend d’être affecté dans la page Banque : un client a peut-être déjà payé.</numerusform>
            <numerusform>%n encaissements bancaires attendent d’être affectés dans la page Banque : un client a peut-être déjà payé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="394"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="395"/>
        <source>Left out, with a collection agency: %1.</source>
        <translation>Exclus, confiés à une agence de recouvrement&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="430"/>
        <source>Reading who is due a reminder…</source>
        <translation>Recherche des clients à relancer…</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="433"/>
        <source>Nobody is due a reminder as of %1.</source>
        <translation>Aucun client n’est à relancer au %1.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="445"/>
        <source>Cannot Compose the Letter</source>
        <translation>Impossible de rédiger le courrier</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="446"/>
        <source>The letter to %1 could not be written from its template. Check the template of the level “%2”.</source>
        <translation>Le courrier à %1 n’a pas pu être rédigé à partir de son modèle. Vérifiez le modèle du niveau «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="464"/>
        <source>Letter to %1</source>
        <translation>Courrier à %1</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="473"/>
        <source>Print Reminders</source>
        <translation>Imprimer les relances</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="480"/>
        <source>Save Letters as PDF</source>
        <translation>Enregistrer les courriers en PDF</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="493"/>
        <source>reminders-%1.pdf</source>
        <translation>relances-%1.pdf</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="497"/>
        <source>Letters to “%1”</source>
        <translation>Courriers dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="506"/>
        <source>Save E-mails</source>
        <translation>Enregistrer les e-mails</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="510"/>
        <source>Save E-mails as .eml</source>
        <translation>Enregistrer les e-mails en .eml</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="522"/>
        <source>E-mail drafts (.eml) to “%1”</source>
        <translation>Brouillons d’e-mail (.eml) dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="529"/>
        <source>Send E-mails</source>
        <translation>Envoyer les e-mails</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="533"/>
        <source>No mail server is set up. Enter it in Edit &gt; Settings first.</source>
        <translation>Aucun serveur de courrier n’est configuré. Saisissez-le d’abord dans Édition &gt; Paramètres.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="548"/>
        <source>No password is saved for %1 on %2. Enter it in Edit &gt; Settings first.</source>
        <translation>Aucun mot de passe n’est enregistré pour %1 sur %2. Saisissez-le d’abord dans Édition &gt; Paramètres.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="550"/>
        <source>The password for %1 on %2 could not be read from the keychain.</source>
        <translation>Le mot de passe de %1 sur %2 n’a pas pu être lu dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="565"/>
        <source>E-mails sent through %1</source>
        <translation>E-mails envoyés par %1</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="574"/>
        <source>%1 (%2), level %3</source>
        <extracomment>A customer in the notes of a reminder run: name (code), level number.</extracomment>
        <translation>%1 (%2), niveau %3</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="577"/>
        <source>%1: no e-mail address, so a letter is due instead.</source>
        <translation>%1&#xa0;: pas d’adresse e-mail, un courrier est donc dû à la place.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="581"/>
        <source>%1: not sent; its letter goes out with Save Letters as PDF.</source>
        <translation>%1&#xa0;: non envoyé&#xa0;; son courrier part avec «&#xa0;Enregistrer les courriers en PDF&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="584"/>
        <source>%1: not sent; its e-mail goes out with Save E-mails or Send E-mails.</source>
        <translation>%1&#xa0;: non envoyé&#xa0;; son e-mail part avec «&#xa0;Enregistrer les e-mails en .eml&#xa0;» ou «&#xa0;Envoyer les e-mails&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="591"/>
        <source>%1: not sent; the mail server refused the address. It stays in the run. %2</source>
        <extracomment>%2 names the customer&apos;s address, the mail server and the server&apos;s reply.</extracomment>
        <translation>%1&#xa0;: non envoyé&#xa0;; le serveur de messagerie a refusé l’adresse. Le client reste dans la campagne. %2</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="608"/>
        <source>The e-mails need a sender: enter a sender address in Edit &gt; Settings &gt; E-mail, or the company&apos;s e-mail address, first.</source>
        <translation>Les e-mails ont besoin d’un expéditeur&#xa0;: saisissez d’abord une adresse d’expéditeur dans Édition &gt; Paramètres &gt; E-mail, ou l’adresse e-mail de l’entreprise.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="623"/>
        <source>Folder for the Letters of Levels Sent by Letter and E-mail</source>
        <translation>Répertoire des courriers des niveaux envoyés par courrier et par e-mail</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="634"/>
        <source>%1: %2 (%3), %4</source>
        <translation>%1&#xa0;: %2 (%3), %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/CollectionsPage.cpp" line="641"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="643"/>
        <source>%1 for the run as of %2, recorded as sent once written:

%3

A customer gets a reminder only by the channel of its level: letters go to the PDF, e-mails to the drafts or the server; a level sent by both needs an e-mail run, which also writes its letters. Customers without an e-mail address get a letter instead.

Go ahead?</source>
        <translation>%1 pour la campagne au %2, enregistrés comme envoyés une fois écrits&#xa0;:

%3

Un client ne reçoit une relance que par le canal de son niveau&#xa0;: les courriers vont dans le PDF, les e-mails dans les brouillons ou au serveur&#xa0;; un niveau envoyé par les deux demande une campagne par e-mail, qui écrit aussi ses courriers. Les clients sans adresse e-mail reçoivent un courrier à la place.

Continuer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="649"/>
        <location filename="../ui/views/CollectionsPage.cpp" line="658"/>
        <location filename="../ui/views/CollectionsPage.cpp" line="668"/>
        <source>Run Reminders</source>
        <translation>Lancer les relances</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="659"/>
        <source>Sending reminders…</source>
        <translation>Envoi des relances…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/CollectionsPage.cpp" line="669"/>
        <source>Reminders recorded for %n customer(s).</source>
        <translation>
            <numerusform>Relances enregistrées pour %n client.</numerusform>
            <numerusform>Relances enregistrées pour %n clients.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="672"/>
        <source>the ledger could not record the reminders.</source>
        <translation>le dossier n’a pas pu enregistrer les relances.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="674"/>
        <source>a file could not be written, or the mail server refused a message.</source>
        <translation>un fichier n’a pas pu être écrit, ou le serveur de courrier a refusé un message.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="676"/>
        <source>a reminder could not be composed: check its template and the customer&apos;s e-mail address.</source>
        <translation>une relance n’a pas pu être rédigée&#xa0;: vérifiez son modèle et l’adresse e-mail du client.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="680"/>
        <source>The run stopped: %1

%2 The others were not sent and stay in the run.</source>
        <translation>La campagne s’est arrêtée&#xa0;: %1

%2 Les autres relances n’ont pas été envoyées et restent dans la campagne.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="686"/>
        <source>Cancelled. %1 The others were not sent and stay in the run.</source>
        <translation>Annulé. %1 Les autres relances n’ont pas été envoyées et restent dans la campagne.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="689"/>
        <source>%1 Some customers were left out of this run; see the details.</source>
        <translation>%1 Certains clients ont été exclus de cette campagne&#xa0;; voir les détails.</translation>
    </message>
</context>
<context>
    <name>ardesk::ConnectedUsersLabel</name>
    <message numerus="yes">
        <location filename="../ui/widgets/ConnectedUsersLabel.cpp" line="62"/>
        <source>Nobody else is connected to this ledger&apos;s server database (checked every %n second(s)).</source>
        <translation>
            <numerusform>Personne d&apos;autre n&apos;est connecté à la base de données serveur de ce dossier (vérifié toutes les %n seconde).</numerusform>
            <numerusform>Personne d&apos;autre n&apos;est connecté à la base de données serveur de ce dossier (vérifié toutes les %n secondes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/ConnectedUsersLabel.cpp" line="65"/>
        <source>Also connected to this ledger&apos;s server database: %1 (checked every %n second(s)).</source>
        <translation>
            <numerusform>Également connectés à la base de données serveur de ce dossier : %1 (vérifié toutes les %n seconde).</numerusform>
            <numerusform>Également connectés à la base de données serveur de ce dossier : %1 (vérifié toutes les %n secondes).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConnectedUsersLabel.cpp" line="70"/>
        <source>No one else connected</source>
        <translation>Personne d&apos;autre n&apos;est connecté</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConnectedUsersLabel.cpp" line="72"/>
        <source>Also connected: %1</source>
        <translation>Également connectés : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/ConnectedUsersLabel.cpp" line="75"/>
        <source>Also connected: %1 and %n more</source>
        <translation>
            <numerusform>Également connectés : %1 et %n autre</numerusform>
            <numerusform>Également connectés : %1 et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::CorrectionListModel</name>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="16"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="18"/>
        <source>Issue date</source>
        <translation>Date d’émission</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="20"/>
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="22"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="24"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="26"/>
        <source>Discount until</source>
        <translation>Escompte jusqu’au</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="48"/>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="50"/>
        <source>Voided</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="52"/>
        <source>Un-applied</source>
        <translation>Affectation retirée</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="54"/>
        <source>Applied</source>
        <translation>Affecté</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="56"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="65"/>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="67"/>
        <source>Payment %1</source>
        <translation>Paiement %1</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="69"/>
        <source>Credit note %1</source>
        <translation>Avoir %1</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="82"/>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="86"/>
        <source>%1: %2 → %3, as of %4</source>
        <translation>%1&#xa0;: %2 → %3, au %4</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="89"/>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="91"/>
        <source>Amount %1</source>
        <translation>Montant %1</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="136"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="138"/>
        <source>Document</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="140"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="142"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="144"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>ardesk::CreditApplicationModel</name>
    <message>
        <location filename="../ui/models/CreditApplicationModel.cpp" line="51"/>
        <source>Document</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditApplicationModel.cpp" line="51"/>
        <source>Applied</source>
        <translation>Affecté</translation>
    </message>
</context>
<context>
    <name>ardesk::CreditApplicationsDialog</name>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="42"/>
        <source>&amp;Un-apply</source>
        <translation>&amp;Retirer l’affectation</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="43"/>
        <source>&amp;Apply</source>
        <translation>&amp;Affecter</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="46"/>
        <source>Payment %1</source>
        <translation>Paiement %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="47"/>
        <source>Credit Note %1</source>
        <translation>Avoir %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="54"/>
        <source>Why it changes, for the history</source>
        <translation>Motif de la modification, pour l’historique</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="59"/>
        <source>Paid with it now</source>
        <translation>Réglé avec actuellement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="65"/>
        <source>Allocation to open items</source>
        <translation>Affectation aux éléments ouverts</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="76"/>
        <source>Change as &amp;of:</source>
        <translation>Modification &amp;au&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="77"/>
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="88"/>
        <source>Paid with it now:</source>
        <translation>Réglé avec actuellement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="91"/>
        <source>Apply what is unapplied to open items:</source>
        <translation>Affecter le non-affecté aux éléments ouverts&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="115"/>
        <source>%1 could not be read.</source>
        <translation>%1 n’a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="127"/>
        <source>%1 of %2, void since %3: %4</source>
        <translation>%1 de %2, annulé depuis le %3&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="132"/>
        <source>%1 of %2 dated %3; unapplied: %4.</source>
        <translation>%1 de %2 du %3&#xa0;; non affecté&#xa0;: %4.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="182"/>
        <source>Cannot Un-apply</source>
        <translation>Impossible de retirer l’affectation</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="183"/>
        <source>%1 could not be un-applied from %2.</source>
        <translation>L’affectation de %1 à %2 n’a pas pu être retirée.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="201"/>
        <source>Cannot Apply</source>
        <translation>Affectation impossible</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="201"/>
        <source>%1 could not be applied.</source>
        <translation>%1 n’a pas pu être affecté.</translation>
    </message>
</context>
<context>
    <name>ardesk::CreditDialog</name>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="32"/>
        <source>Record Payment</source>
        <translation>Enregistrer un paiement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="32"/>
        <source>New Credit Note</source>
        <translation>Nouvel avoir</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="33"/>
        <source>Payment &amp;ID:</source>
        <translation>&amp;Identifiant du paiement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="33"/>
        <source>Credit note &amp;number:</source>
        <translation>&amp;Numéro de l’avoir&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="50"/>
        <source>Allocation to open items</source>
        <translation>Affectation aux éléments ouverts</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="75"/>
        <source>%1 takes from nothing up to its open %2.</source>
        <translation>%1 accepte de rien jusqu’à son restant dû de %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="133"/>
        <source>Cannot Read Open Items</source>
        <translation>Impossible de lire les éléments ouverts</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="134"/>
        <source>The customer&apos;s open items could not be read.</source>
        <translation>Les éléments ouverts du client n’ont pas pu être lus.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="164"/>
        <source>Allocated: %1    Unapplied: %2</source>
        <translation>Affecté&#xa0;: %1    Non affecté&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="175"/>
        <source>Choose the customer.</source>
        <translation>Choisissez le client.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="176"/>
        <source>No customer has this code or name. Pick one from the suggestions.</source>
        <translation>Aucun client n’a ce code ou ce nom. Choisissez-en un parmi les suggestions.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="178"/>
        <source>Enter the payment&apos;s ID.</source>
        <translation>Saisissez l’identifiant du paiement.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="178"/>
        <source>Enter the credit note&apos;s number.</source>
        <translation>Saisissez le numéro de l’avoir.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="180"/>
        <source>Payment %1 already exists.</source>
        <translation>Le paiement %1 existe déjà.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="181"/>
        <source>Credit note %1 already exists.</source>
        <translation>L’avoir %1 existe déjà.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="185"/>
        <source>The allocation is %1 more than the amount. Lower a share.</source>
        <translation>L’affectation dépasse le montant de %1. Réduisez une part.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="218"/>
        <source>Cannot Record Payment</source>
        <translation>Impossible d’enregistrer le paiement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="218"/>
        <source>Cannot Save Credit Note</source>
        <translation>Impossible d’enregistrer l’avoir</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="219"/>
        <source>The payment could not be recorded.</source>
        <translation>Le paiement n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="220"/>
        <source>The credit note could not be saved.</source>
        <translation>L’avoir n’a pas pu être enregistré.</translation>
    </message>
</context>
<context>
    <name>ardesk::CreditListModel</name>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="54"/>
        <source>Void since %1: %2</source>
        <translation>Annulé depuis le %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="113"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="115"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="115"/>
        <source>Credit Note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="117"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="119"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="121"/>
        <source>Unapplied</source>
        <translation>Non affecté</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="123"/>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="125"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="125"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>ardesk::CreditsPage</name>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="44"/>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="47"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="48"/>
        <source>Unapplied</source>
        <translation>Non affectés</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="49"/>
        <source>Only those with money not yet allocated to an invoice</source>
        <translation>Seulement ceux dont une partie n’est pas encore affectée à une facture</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="53"/>
        <source>Search payments</source>
        <translation>Rechercher des paiements</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="54"/>
        <source>Search credit notes</source>
        <translation>Rechercher des avoirs</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="55"/>
        <source>Search by number, customer or reference</source>
        <translation>Rechercher par numéro, client ou référence</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="56"/>
        <source>Search by number, customer or reason</source>
        <translation>Rechercher par numéro, client ou motif</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="91"/>
        <source>Cannot Read Payments</source>
        <translation>Impossible de lire les paiements</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="92"/>
        <source>Cannot Read Credit Notes</source>
        <translation>Impossible de lire les avoirs</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="106"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="106"/>
        <source>Credit Notes</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="192"/>
        <source>Payments: %1</source>
        <translation>Paiements&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="192"/>
        <source>Credit notes: %1</source>
        <translation>Avoirs&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="194"/>
        <source>Payments: %1 of %2</source>
        <translation>Paiements&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="194"/>
        <source>Credit notes: %1 of %2</source>
        <translation>Avoirs&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="226"/>
        <source>No payment number, customer or reference matches “%1”.</source>
        <translation>Aucun numéro de paiement, client ni référence ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="227"/>
        <source>No credit note number, customer or reason matches “%1”.</source>
        <translation>Aucun numéro d’avoir, client ni motif ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="230"/>
        <source>Every payment is fully applied.</source>
        <translation>Tous les paiements sont entièrement affectés.</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="231"/>
        <source>Every credit note is fully applied.</source>
        <translation>Tous les avoirs sont entièrement affectés.</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="233"/>
        <source>This ledger has no payments yet.
Record one with Edit ▸ Record Payment… (Ctrl+Shift+P).</source>
        <translation>Ce dossier ne contient encore aucun paiement.
Enregistrez-en un avec Édition ▸ Enregistrer un paiement… (Ctrl+Maj+P).</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="235"/>
        <source>This ledger has no credit notes yet.
Enter one with Edit ▸ New Credit Note… (Ctrl+Shift+C).</source>
        <translation>Ce dossier ne contient encore aucun avoir.
Saisissez-en un avec Édition ▸ Nouvel avoir… (Ctrl+Maj+C).</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerCreditsModel</name>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="42"/>
        <source>Discount allowed</source>
        <translation>Escompte accordé</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="43"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="43"/>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="57"/>
        <source>Void since %1: %2</source>
        <translation>Annulé depuis le %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="101"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="103"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="105"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="107"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="109"/>
        <source>Unapplied</source>
        <translation>Non affecté</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="111"/>
        <source>Reference or Reason</source>
        <translation>Référence ou motif</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerDetailDialog</name>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="75"/>
        <source>&amp;Hand Over to Agency…</source>
        <translation>&amp;Confier à une agence de recouvrement…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="76"/>
        <source>&amp;Take Back from Agency…</source>
        <translation>&amp;Reprendre à l’agence…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="77"/>
        <source>&amp;Export Case File…</source>
        <translation>&amp;Exporter le dossier de recouvrement…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="113"/>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="119"/>
        <source>&amp;Corrections</source>
        <translation>&amp;Corrections</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="129"/>
        <source>Open items</source>
        <translation>Éléments ouverts</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="130"/>
        <source>Payments and credit notes</source>
        <translation>Paiements et avoirs</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="131"/>
        <source>Installment plans</source>
        <translation>Échéanciers</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="132"/>
        <source>Activity log</source>
        <translation>Journal d’activité</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="168"/>
        <source>The statement and a letter to the agency with the reminders sent and the activity log as PDF, and the same as CSV files beside it</source>
        <translation>Le relevé et une lettre à l’agence avec les relances envoyées et l’historique en PDF, et les mêmes données en fichiers CSV à côté</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="211"/>
        <source>Cannot Read Customer</source>
        <translation>Impossible de lire le client</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="267"/>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="304"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="275"/>
        <source>On hold</source>
        <translation>Suspendues</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="276"/>
        <source>Active</source>
        <comment>reminders: sent as items fall due, not on hold</comment>
        <translation>Actives</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="279"/>
        <source>The %1 oldest of %2 open items.</source>
        <translation>Les %1 plus anciens des %2 éléments ouverts.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="281"/>
        <source>Open items: %1, oldest due first.</source>
        <translation>Éléments ouverts&#xa0;: %1, échéance la plus ancienne d’abord.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="284"/>
        <source>The %1 latest of %2 payments and credit notes.</source>
        <translation>Les %1 plus récents des %2 paiements et avoirs.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="286"/>
        <source>Payments and credit notes: %1, latest first.</source>
        <translation>Paiements et avoirs&#xa0;: %1, les plus récents d’abord.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="290"/>
        <source>&amp;Open Items (%1)</source>
        <translation>Éléments &amp;ouverts (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="304"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="311"/>
        <source>Customer %1 — %2</source>
        <translation>Client %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="318"/>
        <source>Due on receipt</source>
        <translation>Payable à réception</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="319"/>
        <source>Net %1</source>
        <translation>%1 jours net</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="368"/>
        <source>Select an open dispute in the list to resolve it</source>
        <translation>Sélectionnez un litige ouvert dans la liste pour le résoudre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="377"/>
        <source>Resolve Dispute</source>
        <translation>Résoudre le litige</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="378"/>
        <source>Resolve the dispute on invoice %1 as of %2? Reminders include the invoice again.</source>
        <translation>Résoudre le litige sur la facture %1 au %2&#xa0;? Les relances incluront de nouveau la facture.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="383"/>
        <source>Cannot Resolve Dispute</source>
        <translation>Impossible de résoudre le litige</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="384"/>
        <source>The dispute could not be resolved.</source>
        <translation>Le litige n’a pas pu être résolu.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="412"/>
        <source>Cannot Compose the Statement</source>
        <translation>Impossible de rédiger le relevé</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="413"/>
        <source>The statement could not be written from its template.</source>
        <translation>Le relevé n’a pas pu être rédigé à partir de son modèle.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="426"/>
        <source>Statement for %1</source>
        <translation>Relevé de compte de %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="436"/>
        <source>Save Statement as PDF</source>
        <translation>Enregistrer le relevé en PDF</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="441"/>
        <source>statement-%1-%2.pdf</source>
        <translation>releve-%1-%2.pdf</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="452"/>
        <source>“%1” could not be written. Check that you may write to that folder and that the disk is not full.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit. Vérifiez que vous pouvez écrire dans ce dossier et que le disque n’est pas plein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="476"/>
        <source>Export Case File</source>
        <translation>Exporter le dossier de recouvrement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="481"/>
        <source>case-file-%1-%2.pdf</source>
        <translation>dossier-recouvrement-%1-%2.pdf</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="489"/>
        <source>Writing the case file of %1…</source>
        <translation>Écriture du dossier de recouvrement de %1…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="503"/>
        <source>The case file could not be written to “%1”.</source>
        <translation>Le dossier de recouvrement n’a pas pu être écrit dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="510"/>
        <source>The case file is written: %1, with %2, %3 and %4 beside it.</source>
        <translation>Le dossier de recouvrement est écrit&#xa0;: %1, avec %2, %3 et %4 à côté.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="122"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="128"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerDialog</name>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="27"/>
        <source>New Customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="38"/>
        <source>Edit Customer %1</source>
        <translation>Modifier le client %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="45"/>
        <source>The currency cannot change: the customer has documents in it.</source>
        <translation>La devise ne peut pas changer&#xa0;: le client a des pièces dans cette devise.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="118"/>
        <source>Enter a code for the customer.</source>
        <translation>Saisissez un code pour le client.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="119"/>
        <source>The code must not start or end with blanks.</source>
        <translation>Le code ne doit pas commencer ni finir par des espaces.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="123"/>
        <source>Another customer has the code “%1”.</source>
        <translation>Un autre client a le code «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="125"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>Saisissez le nom du client.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="127"/>
        <source>“%1” is not an e-mail address (name@example.com).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail (nom@example.com).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="130"/>
        <source>“%1” is not a bank account: an IBAN with correct check digits, or an account number of letters, digits, “-”, “/” and “.”.</source>
        <translation>« %1 » n’est pas un compte bancaire : un IBAN avec des chiffres de contrôle corrects, ou un numéro de compte fait de lettres, de chiffres, « - », « / » et « . ».</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="138"/>
        <source>Enter the credit limit as an amount in %1, like %2, or leave it empty.</source>
        <translation>Saisissez le plafond de crédit comme un montant en %1, comme %2, ou laissez le champ vide.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="148"/>
        <source>Enter the early-payment discount as a percentage from 0 to 100 with at most two decimals, like %1, or leave it empty.</source>
        <translation>Saisissez l’escompte en pourcentage de 0 à 100 avec au plus deux décimales, par exemple %1, ou laissez le champ vide.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="179"/>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="200"/>
        <source>Cannot Save Customer</source>
        <translation>Impossible d’enregistrer le client</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="180"/>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="201"/>
        <source>The customer could not be saved.</source>
        <translation>Le client n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="186"/>
        <source>Cannot Add Customer</source>
        <translation>Impossible d’ajouter le client</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="187"/>
        <source>The customer could not be added.</source>
        <translation>Le client n’a pas pu être ajouté.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="206"/>
        <source>Customer Changed Meanwhile</source>
        <translation>Client modifié entre-temps</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="207"/>
        <source>Someone else changed customer %1 while you were editing it. Save your version over theirs? No shows theirs in the form instead.</source>
        <translation>Quelqu’un d’autre a modifié le client %1 pendant que vous le modifiiez. Enregistrer votre version à la place de la sienne&#xa0;? «&#xa0;Non&#xa0;» affiche plutôt sa version dans le formulaire.</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerListModel</name>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="122"/>
        <source>Due on receipt</source>
        <translation>Payable à réception</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="123"/>
        <source>Net %1</source>
        <translation>%1 jours net</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="160"/>
        <source>Over the credit limit of %1</source>
        <translation>Au-delà du plafond de crédit de %1</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="235"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="237"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="239"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="241"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="243"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="245"/>
        <source>Oldest Due</source>
        <translation>Échéance la plus ancienne</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="249"/>
        <source>On Hold</source>
        <translation>Relances suspendues</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="253"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="255"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="257"/>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="247"/>
        <source>Credit Limit</source>
        <translation>Plafond de crédit</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="113"/>
        <source>On hold</source>
        <translation>Relances suspendues</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="251"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerOpenItemsModel</name>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="89"/>
        <source>Disputed</source>
        <translation>En litige</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="91"/>
        <source>Installment</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="149"/>
        <source>Document</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="151"/>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="153"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="155"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="157"/>
        <source>Open Amount</source>
        <translation>Restant dû</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="159"/>
        <source>Days Overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="161"/>
        <source>Expected Payment</source>
        <translation>Paiement prévu</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="163"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerPicker</name>
    <message>
        <location filename="../ui/widgets/CustomerPicker.cpp" line="16"/>
        <source>Code or name</source>
        <translation>Code ou nom</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CustomerPicker.cpp" line="49"/>
        <source>%1 (%2)</source>
        <extracomment>A customer in a picker: its name, then its code.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomersPage</name>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="41"/>
        <source>&amp;New Customer…</source>
        <translation>&amp;Nouveau client…</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="43"/>
        <source>&amp;Open Account</source>
        <translation>&amp;Ouvrir le compte</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="44"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="155"/>
        <location filename="../ui/views/CustomersPage.cpp" line="192"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="63"/>
        <source>Customer filter</source>
        <translation>Filtre des clients</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="42"/>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="64"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="65"/>
        <source>With balance</source>
        <translation>Avec solde</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="66"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="67"/>
        <source>On hold</source>
        <translation>Relances suspendues</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="68"/>
        <source>Over limit</source>
        <translation>Plafond dépassé</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="69"/>
        <source>Owing something, or in credit</source>
        <translation>Débiteurs ou créditeurs</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="70"/>
        <source>With anything open past its due date today</source>
        <translation>Avec un élément ouvert échu à ce jour</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="72"/>
        <source>Owing more than their credit limit</source>
        <translation>Doivent plus que leur plafond de crédit</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="76"/>
        <source>Search by code or name</source>
        <translation>Rechercher par code ou nom</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="114"/>
        <source>Add a customer (Ctrl+Shift+N or Insert)</source>
        <translation>Ajouter un client (Ctrl+Maj+N ou Inser)</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="116"/>
        <source>Edit the selected customer (F2)</source>
        <translation>Modifier le client sélectionné (F2)</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="119"/>
        <source>Open the selected customer&apos;s account: open items, payments, plans and activity (Enter)</source>
        <translation>Ouvrir le compte du client sélectionné&#xa0;: éléments ouverts, paiements, échéanciers et activité (Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="126"/>
        <source>Save every customer with their balance today as CSV or as an Excel workbook</source>
        <translation>Enregistrer tous les clients avec leur solde à ce jour en CSV ou en classeur Excel</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="149"/>
        <source>Cannot Rate Customers&apos; Risk</source>
        <translation>Impossible d’évaluer le risque des clients</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="289"/>
        <source>Customers: %1</source>
        <translation>Clients&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="290"/>
        <source>Customers: %1 of %2</source>
        <translation>Clients&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="368"/>
        <source>Export Customers</source>
        <translation>Exporter les clients</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="401"/>
        <source>No customer matches “%1”.</source>
        <translation>Aucun client ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="404"/>
        <source>This ledger has no customers yet.
Add one with New Customer… (Ctrl+Shift+N), or import a customer list with “ardesk-cli import customers FILE”.</source>
        <translation>Ce dossier ne contient encore aucun client.
Ajoutez-en un avec Nouveau client… (Ctrl+Maj+N), ou importez une liste de clients avec «&#xa0;ardesk-cli import customers FICHIER&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="398"/>
        <source>No customer code or name contains “%1”.</source>
        <translation>Aucun code ni nom de client ne contient «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="157"/>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="143"/>
        <location filename="../ui/views/CustomersPage.cpp" line="224"/>
        <location filename="../ui/views/CustomersPage.cpp" line="326"/>
        <source>Cannot Read Customers</source>
        <translation>Impossible de lire les clients</translation>
    </message>
</context>
<context>
    <name>ardesk::DashboardPage</name>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="47"/>
        <source>Total receivables</source>
        <translation>Total des créances</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="48"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="49"/>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="50"/>
        <source>CEI</source>
        <translation>CEI</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="51"/>
        <source>Unapplied credit</source>
        <translation>Crédit non affecté</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="52"/>
        <source>Receipts to apply</source>
        <translation>Encaissements à affecter</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="62"/>
        <location filename="../ui/views/DashboardPage.cpp" line="166"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="64"/>
        <source>&amp;As of:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="67"/>
        <source>As of date</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="72"/>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="79"/>
        <source>Days sales outstanding: receivables at the end of the month divided by the month&apos;s credit sales, times its days.</source>
        <translation>Délai moyen de recouvrement (DSO) : créances en fin de mois divisées par les ventes à crédit du mois, multipliées par son nombre de jours.</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="81"/>
        <source>Collection effectiveness index: the share of what could have been collected in the month that was collected.</source>
        <translation>Indice d’efficacité du recouvrement (CEI) : la part de ce qui pouvait être encaissé dans le mois qui l’a été.</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="84"/>
        <source>Money received on the bank statements that is not yet posted to a customer or ignored: the queue of the Bank page.</source>
        <translation>Argent reçu sur les relevés bancaires qui n’est pas encore comptabilisé pour un client ni ignoré&#xa0;: la liste de la page Banque.</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="92"/>
        <source>Fo&amp;recast:</source>
        <translation>Pré&amp;vision&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="95"/>
        <source>Forecast period</source>
        <translation>Période de prévision</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="96"/>
        <source>Next 12 weeks</source>
        <translation>12 prochaines semaines</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="98"/>
        <source>Next 6 months</source>
        <translation>6 prochains mois</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="101"/>
        <source>Bars: the receipts to expect from the open items and plan installments, from each customer&apos;s payment habits. Band: the range that holds 80% of the likely outcomes. Line: what falls due by the terms.</source>
        <translation>Barres : les encaissements attendus des pièces ouvertes et des échéances de plans, selon les habitudes de paiement de chaque client. Bande : l’intervalle qui contient 80 % des issues probables. Ligne : ce qui arrive à échéance selon les conditions.</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="197"/>
        <source>Receivables as of %1</source>
        <translation>Créances au %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="267"/>
        <source>Open invoices as of %1</source>
        <translation>Factures ouvertes au %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="271"/>
        <source>%1 of receivables</source>
        <translation>%1 des créances</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="274"/>
        <source>Payments and credits not yet applied</source>
        <translation>Paiements et avoirs non encore affectés</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/DashboardPage.cpp" line="289"/>
        <source>%n bank line(s) to post or ignore</source>
        <translation>
            <numerusform>%n ligne bancaire à comptabiliser ou ignorer</numerusform>
            <numerusform>%n lignes bancaires à comptabiliser ou ignorer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="291"/>
        <source>and %1</source>
        <translation>et %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="301"/>
        <source>Days, %1</source>
        <translation>Jours, %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="303"/>
        <source>%1%</source>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="308"/>
        <source>Not included above, in other currencies: %1</source>
        <translation>Non inclus ci-dessus, dans d’autres devises : %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="119"/>
        <source>Cannot Read the Dashboard</source>
        <translation>Impossible de lire le tableau de bord</translation>
    </message>
</context>
<context>
    <name>ardesk::DocumentCorrections</name>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="27"/>
        <source>Payment %1</source>
        <translation>Paiement %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="28"/>
        <source>Credit Note %1</source>
        <translation>Avoir %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="58"/>
        <source>Correct a Document</source>
        <translation>Corriger une pièce</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="59"/>
        <source>Select one invoice, payment or credit note in its list first.</source>
        <translation>Sélectionnez d’abord une facture, un paiement ou un avoir dans sa liste.</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="69"/>
        <location filename="../ui/views/DocumentCorrections.cpp" line="85"/>
        <source>Cannot Read Invoice</source>
        <translation>Impossible de lire la facture</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="90"/>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="104"/>
        <source>Delete Invoice</source>
        <translation>Supprimer la facture</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="105"/>
        <source>Delete invoice %1? Only an invoice entered by mistake and never used can be deleted; the deletion is recorded.</source>
        <translation>Supprimer la facture %1&#xa0;? Seule une facture saisie par erreur et jamais utilisée peut être supprimée&#xa0;; la suppression est consignée.</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="111"/>
        <source>Cannot Delete Invoice</source>
        <translation>Impossible de supprimer la facture</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="112"/>
        <source>Invoice %1 cannot be deleted; void it instead.</source>
        <translation>La facture %1 ne peut pas être supprimée&#xa0;; annulez-la plutôt.</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="137"/>
        <source>Cannot Read Document</source>
        <translation>Impossible de lire la pièce</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="156"/>
        <source>Delete Document</source>
        <translation>Supprimer la pièce</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="157"/>
        <source>Delete %1? Only a document entered by mistake and never used can be deleted; the deletion is recorded.</source>
        <translation>Supprimer %1&#xa0;? Seule une pièce saisie par erreur et jamais utilisée peut être supprimée&#xa0;; la suppression est consignée.</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="164"/>
        <source>Cannot Delete Document</source>
        <translation>Impossible de supprimer la pièce</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="165"/>
        <source>%1 cannot be deleted; void it instead.</source>
        <translation>%1 ne peut pas être supprimé&#xa0;; annulez-le plutôt.</translation>
    </message>
</context>
<context>
    <name>ardesk::DunningLevelModel</name>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="95"/>
        <source>%1 %</source>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="111"/>
        <source>On</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="111"/>
        <source>Off</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="114"/>
        <source>On the due date</source>
        <translation>À l’échéance</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/DunningLevelModel.cpp" line="115"/>
        <source>%n day(s) before due</source>
        <translation>
            <numerusform>%n jour avant l’échéance</numerusform>
            <numerusform>%n jours avant l’échéance</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="158"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="160"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="162"/>
        <source>Sent</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="164"/>
        <source>Days Overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="166"/>
        <source>Sent As</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="168"/>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="170"/>
        <source>Interest a Year</source>
        <translation>Intérêts annuels</translation>
    </message>
</context>
<context>
    <name>ardesk::DunningLevelsDialog</name>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="74"/>
        <source>Cannot Read Dunning Levels</source>
        <translation>Impossible de lire les niveaux de relance</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="121"/>
        <source>Level %1: courtesy reminder</source>
        <translation>Niveau %1&#xa0;: rappel de courtoisie</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="122"/>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="126"/>
        <source>&amp;Days before due:</source>
        <translation>&amp;Jours avant l’échéance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="126"/>
        <source>&amp;Days overdue:</source>
        <translation>&amp;Jours de retard&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="170"/>
        <source>Enter the fee as an amount such as %1, or leave it empty for none.</source>
        <translation>Saisissez les frais comme un montant, par exemple %1, ou laissez le champ vide pour n’en appliquer aucun.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="179"/>
        <source>Level %1 needs a name.</source>
        <translation>Le niveau %1 doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="181"/>
        <source>Level %1 must be reached later than level %2: enter more than %3 days overdue.</source>
        <translation>Le niveau %1 doit être atteint après le niveau %2&#xa0;: saisissez plus de %3 jours de retard.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="187"/>
        <source>Add at least one level.</source>
        <translation>Ajoutez au moins un niveau.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="196"/>
        <source>Reminder %1</source>
        <translation>Relance %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="227"/>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="238"/>
        <source>Cannot Save Dunning Levels</source>
        <translation>Impossible d’enregistrer les niveaux de relance</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="244"/>
        <source>Dunning Levels Changed Meanwhile</source>
        <translation>Niveaux de relance modifiés entre-temps</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="245"/>
        <source>Someone else changed the dunning levels while you were editing them. Save your version over theirs? No shows theirs instead.</source>
        <translation>Quelqu’un d’autre a modifié les niveaux de relance pendant que vous les modifiiez. Enregistrer votre version à la place de la sienne&#xa0;? «&#xa0;Non&#xa0;» affiche plutôt sa version.</translation>
    </message>
</context>
<context>
    <name>ardesk::ExportRunner</name>
    <message>
        <location filename="../ui/jobs/ExportRunner.cpp" line="44"/>
        <source>Exporting the customer list…</source>
        <translation>Exportation de la liste des clients…</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ExportRunner.cpp" line="56"/>
        <source>Exporting the open items…</source>
        <translation>Exportation des éléments ouverts…</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ExportRunner.cpp" line="69"/>
        <source>Exporting the aging report…</source>
        <translation>Exportation de la balance âgée…</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ExportRunner.cpp" line="81"/>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/ExportRunner.cpp" line="125"/>
        <source>%n row(s) exported to “%1”.</source>
        <translation>
            <numerusform>%n ligne exportée dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n lignes exportées dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/jobs/ExportRunner.cpp" line="136"/>
        <source>The report could not be written to “%1”.</source>
        <translation>Le rapport n’a pas pu être écrit dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ExportRunner.cpp" line="138"/>
        <source>Cannot Export the Report</source>
        <translation>Impossible d’exporter le rapport</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ExportRunner.cpp" line="84"/>
        <source>Rows written: %1</source>
        <translation>Lignes écrites&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ardesk::ForecastChart</name>
    <message>
        <location filename="../ui/charts/ForecastChart.cpp" line="25"/>
        <source>Cash-in forecast</source>
        <translation>Prévision des encaissements</translation>
    </message>
    <message>
        <location filename="../ui/charts/ForecastChart.cpp" line="26"/>
        <source>Cash-in Forecast</source>
        <translation>Prévision des encaissements</translation>
    </message>
    <message>
        <location filename="../ui/charts/ForecastChart.cpp" line="62"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location filename="../ui/charts/ForecastChart.cpp" line="69"/>
        <source>Due by the terms</source>
        <translation>Dû selon les conditions</translation>
    </message>
    <message>
        <location filename="../ui/charts/ForecastChart.cpp" line="83"/>
        <source>Likely range (80%)</source>
        <translation>Intervalle probable (80 %)</translation>
    </message>
</context>
<context>
    <name>ardesk::ImportIssueModel</name>
    <message>
        <location filename="../ui/models/ImportIssueModel.cpp" line="62"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/models/ImportIssueModel.cpp" line="64"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../ui/models/ImportIssueModel.cpp" line="66"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../ui/models/ImportIssueModel.cpp" line="68"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>ardesk::ImportWizard</name>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="43"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="46"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="47"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="48"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="49"/>
        <source>Credit notes</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="54"/>
        <source>ARDesk CSV</source>
        <translation>CSV ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="55"/>
        <source>QuickBooks Online</source>
        <translation>QuickBooks Online</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="56"/>
        <source>Xero</source>
        <translation>Xero</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="57"/>
        <source>GnuCash</source>
        <translation>GnuCash</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="62"/>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="188"/>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="70"/>
        <source>%1 (%2)</source>
        <extracomment>A date order and an example date written in it: &quot;D/M/Y (29/3/2019)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="80"/>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="88"/>
        <source>Problems found</source>
        <translation>Problèmes détectés</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="97"/>
        <source>Check progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="98"/>
        <source>Import progress</source>
        <translation>Progression de l’importation</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="174"/>
        <source>D/M/Y</source>
        <extracomment>Day, month, year: translate the letters.</extracomment>
        <translation>J/M/A</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="177"/>
        <source>M/D/Y</source>
        <extracomment>Month, day, year: translate the letters.</extracomment>
        <translation>M/J/A</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="180"/>
        <source>Y/M/D</source>
        <extracomment>Year, month, day: translate the letters.</extracomment>
        <translation>A/M/J</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="188"/>
        <source>Detect (found %1)</source>
        <translation>Détecter (trouvé&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="201"/>
        <source>Import File</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="211"/>
        <source>There is no file “%1”.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="263"/>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="270"/>
        <source>“%1” is empty.</source>
        <translation>«&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportWizard.cpp" line="272"/>
        <source>The first %n row(s) of “%1”:</source>
        <translation>
            <numerusform>La première ligne de «&#xa0;%1&#xa0;»&#xa0;:</numerusform>
            <numerusform>Les %n premières lignes de «&#xa0;%1&#xa0;»&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportWizard.cpp" line="274"/>
        <source>All %n row(s) of “%1”:</source>
        <translation>
            <numerusform>%n ligne de «&#xa0;%1&#xa0;»&#xa0;:</numerusform>
            <numerusform>Les %n lignes de «&#xa0;%1&#xa0;»&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="276"/>
        <source>The preview stops at a problem (%1); the check lists them all.</source>
        <translation>L’aperçu s’arrête au premier problème (%1)&#xa0;; la vérification les liste tous.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="290"/>
        <source>Checking every row of “%1”…</source>
        <translation>Vérification de chaque ligne de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="299"/>
        <source>Importing “%1”…</source>
        <translation>Importation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="339"/>
        <source>Saving the ledger…</source>
        <translation>Enregistrement du dossier…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="380"/>
        <source>Dates read as %1.</source>
        <translation>Dates lues au format %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="385"/>
        <source>No problems found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="387"/>
        <source>The check was stopped. Check Again starts it over.</source>
        <translation>La vérification a été arrêtée. «&#xa0;Vérifier à nouveau&#xa0;» la relance depuis le début.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportWizard.cpp" line="390"/>
        <source>%n problem(s) found. Nothing will be imported until the file is corrected: fix it, save it, and click Check Again.</source>
        <translation>
            <numerusform>%n problème détecté. Rien ne sera importé tant que le fichier n’est pas corrigé&#xa0;: corrigez-le, enregistrez-le et cliquez sur «&#xa0;Vérifier à nouveau&#xa0;».</numerusform>
            <numerusform>%n problèmes détectés. Rien ne sera importé tant que le fichier n’est pas corrigé&#xa0;: corrigez-le, enregistrez-le et cliquez sur «&#xa0;Vérifier à nouveau&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="395"/>
        <source>The file has a header but no rows: nothing to import.</source>
        <translation>Le fichier a un en-tête mais aucune ligne&#xa0;: rien à importer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportWizard.cpp" line="399"/>
        <source>No problems in %n row(s). Click Import to add them to the ledger.</source>
        <translation>
            <numerusform>Aucun problème dans %n ligne. Cliquez sur «&#xa0;Importer&#xa0;» pour l’ajouter au dossier.</numerusform>
            <numerusform>Aucun problème dans %n lignes. Cliquez sur «&#xa0;Importer&#xa0;» pour les ajouter au dossier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="412"/>
        <source>The import was stopped. Nothing was imported: the ledger is as it was.</source>
        <translation>L’importation a été arrêtée. Rien n’a été importé&#xa0;: le dossier est tel qu’il était.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportWizard.cpp" line="417"/>
        <source>Nothing was imported: %n problem(s) appeared since the check, the first: %1</source>
        <translation>
            <numerusform>Rien n’a été importé&#xa0;: %n problème est apparu depuis la vérification&#xa0;: %1</numerusform>
            <numerusform>Rien n’a été importé&#xa0;: %n problèmes sont apparus depuis la vérification, le premier&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportWizard.cpp" line="423"/>
        <source>%n row(s) imported into the ledger.</source>
        <translation>
            <numerusform>%n ligne importée dans le dossier.</numerusform>
            <numerusform>%n lignes importées dans le dossier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="440"/>
        <source>Cannot Check the File</source>
        <translation>Impossible de vérifier le fichier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="440"/>
        <source>Cannot Import</source>
        <translation>Importation impossible</translation>
    </message>
</context>
<context>
    <name>ardesk::InstallmentModel</name>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="33"/>
        <source>Partly paid</source>
        <translation>Partiellement payée</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="35"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="31"/>
        <source>Paid</source>
        <comment>installment status</comment>
        <translation>Payée</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="37"/>
        <source>Due</source>
        <comment>installment status: not yet due</comment>
        <translation>À échoir</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="39"/>
        <source>Rescheduled</source>
        <translation>Rééchelonnée</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="41"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/InstallmentModel.cpp" line="84"/>
        <source>Partly paid, %n day(s) overdue</source>
        <translation>
            <numerusform>Partiellement payée, %n jour de retard</numerusform>
            <numerusform>Partiellement payée, %n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="102"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="104"/>
        <source>Due</source>
        <comment>column: due date</comment>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="106"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="108"/>
        <source>Paid</source>
        <comment>column: amount paid</comment>
        <translation>Payé</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="110"/>
        <source>Open</source>
        <translation>Restant dû</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="112"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>ardesk::InvoiceDialog</name>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="89"/>
        <source>The customer&apos;s terms: %1 % within %2 days of the issue date</source>
        <translation>Conditions du client&#xa0;: %1&#xa0;% dans les %2&#xa0;jours suivant la date d’émission</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="92"/>
        <source>The customer has no early-payment discount; enter one for this invoice only if you like.</source>
        <translation>Le client n’a pas d’escompte&#xa0;; saisissez-en un pour cette facture seulement si vous le souhaitez.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="112"/>
        <source>The issue date plus the customer&apos;s terms (%1 days)</source>
        <translation>La date d’émission plus les conditions du client (%1 jours)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="122"/>
        <source>Choose the customer.</source>
        <translation>Choisissez le client.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="123"/>
        <source>No customer has this code or name. Pick one from the suggestions.</source>
        <translation>Aucun client n’a ce code ou ce nom. Choisissez-en un parmi les suggestions.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="125"/>
        <source>Enter the invoice number.</source>
        <translation>Saisissez le numéro de facture.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="127"/>
        <source>Numbers starting with PLAN- are reserved for installment plans.</source>
        <translation>Les numéros commençant par PLAN- sont réservés aux échéanciers.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="129"/>
        <source>Invoice %1 already exists.</source>
        <translation>La facture %1 existe déjà.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="131"/>
        <source>Enter the early-payment discount as a percentage from 0 to 100 with at most two decimals, like %1, or leave it empty.</source>
        <translation>Saisissez l’escompte en pourcentage de 0 à 100 avec au plus deux décimales, par exemple %1, ou laissez le champ vide.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="136"/>
        <source>The discount must be offered until the issue date or later.</source>
        <translation>L’escompte doit valoir au moins jusqu’à la date d’émission.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="163"/>
        <source>Cannot Save Invoice</source>
        <translation>Impossible d’enregistrer la facture</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="164"/>
        <source>The invoice could not be saved.</source>
        <translation>La facture n’a pas pu être enregistrée.</translation>
    </message>
</context>
<context>
    <name>ardesk::InvoiceEditDialog</name>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="53"/>
        <source>Edit Invoice %1</source>
        <translation>Modifier la facture %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="58"/>
        <source>Why it changes, for the history</source>
        <translation>Motif de la modification, pour l’historique</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="93"/>
        <source>This invoice is void since %1: %2</source>
        <translation>Cette facture est annulée depuis le %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="96"/>
        <source>Applied to it so far: %1. The amount cannot be less.</source>
        <translation>Déjà affecté&#xa0;: %1. Le montant ne peut pas être inférieur.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="68"/>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="69"/>
        <source>&amp;Issue date:</source>
        <translation>Date d’é&amp;mission&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="70"/>
        <source>&amp;Due date:</source>
        <translation>Date d’é&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="71"/>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Montant (%1)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="72"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="73"/>
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="117"/>
        <source>A void invoice cannot be changed.</source>
        <translation>Une facture annulée ne peut pas être modifiée.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="119"/>
        <source>Enter the invoice number.</source>
        <translation>Saisissez le numéro de la facture.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="124"/>
        <source>%1 is applied to this invoice: un-apply it first to lower the amount.</source>
        <translation>%1 est affecté à cette facture&#xa0;: retirez d’abord l’affectation pour baisser le montant.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="151"/>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="163"/>
        <source>Cannot Save Invoice</source>
        <translation>Impossible d’enregistrer la facture</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="152"/>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="164"/>
        <source>Invoice %1 could not be changed.</source>
        <translation>La facture %1 n’a pas pu être modifiée.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="169"/>
        <source>Invoice Changed Meanwhile</source>
        <translation>Facture modifiée entre-temps</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="170"/>
        <source>Someone else changed invoice %1 while you were editing it. Save your version over theirs? No shows theirs in the form instead.</source>
        <translation>Quelqu’un d’autre a modifié la facture %1 pendant que vous la modifiiez. Enregistrer votre version à la place de la sienne&#xa0;? «&#xa0;Non&#xa0;» affiche plutôt sa version dans le formulaire.</translation>
    </message>
</context>
<context>
    <name>ardesk::InvoiceListModel</name>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="20"/>
        <source>%1 · disputed</source>
        <comment>invoice status with an open dispute</comment>
        <translation>%1 · en litige</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="23"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="25"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="27"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="29"/>
        <source>On plan</source>
        <translation>Sous échéancier</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="31"/>
        <source>Void</source>
        <comment>invoice status</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="82"/>
        <source>%1 · %2</source>
        <comment>invoice status, then the collection agency</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="151"/>
        <source>The customer is with the collection agency %1: no reminders go out</source>
        <translation>Le client est confié à l’agence de recouvrement %1&#xa0;: aucune relance n’est envoyée</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="154"/>
        <source>The customer disputes this invoice: reminders skip it until the dispute is resolved</source>
        <translation>Le client conteste cette facture&#xa0;: les relances l’ignorent jusqu’à la résolution du litige</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="183"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="185"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="187"/>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="189"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="191"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="193"/>
        <source>Open Amount</source>
        <translation>Montant ouvert</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="195"/>
        <source>Days Overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="197"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="199"/>
        <source>Last Reminder</source>
        <translation>Dernière relance</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="201"/>
        <source>Expected Payment</source>
        <translation>Paiement prévu</translation>
    </message>
</context>
<context>
    <name>ardesk::InvoicesPage</name>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="42"/>
        <location filename="../ui/views/InvoicesPage.cpp" line="67"/>
        <location filename="../ui/views/InvoicesPage.cpp" line="130"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="45"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="48"/>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="49"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="50"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="51"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="52"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="53"/>
        <source>On plan</source>
        <translation>Sous échéancier</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="54"/>
        <source>Disputed</source>
        <translation>En litige</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="55"/>
        <source>Anything left to pay, overdue or not</source>
        <translation>Reste à payer, en retard ou non</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="56"/>
        <source>Covered by an active installment plan</source>
        <translation>Couverte par un échéancier actif</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="57"/>
        <source>With an open dispute</source>
        <translation>Avec un litige ouvert</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="60"/>
        <source>Search invoices</source>
        <translation>Rechercher des factures</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="61"/>
        <source>Search by number or customer</source>
        <translation>Rechercher par numéro ou client</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="116"/>
        <source>Cannot Predict Pay Dates</source>
        <translation>Impossible de prévoir les dates de paiement</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="198"/>
        <source>Invoices: %1</source>
        <translation>Factures : %1</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="199"/>
        <source>Invoices: %1 of %2</source>
        <translation>Factures : %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="245"/>
        <source>This ledger has no invoices yet.
Import invoices with “ardesk-cli import invoices FILE”.</source>
        <translation>Ce dossier ne contient encore aucune facture.
Importez des factures avec « ardesk-cli import invoices FICHIER ».</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="249"/>
        <source>No invoice has the status “%1”.</source>
        <translation>Aucune facture n’a le statut « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="252"/>
        <source>No invoice number or customer matches “%1”.</source>
        <translation>Aucun numéro de facture ni client ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="108"/>
        <source>Cannot Read Invoices</source>
        <translation>Impossible de lire les factures</translation>
    </message>
</context>
<context>
    <name>ardesk::JobProgressDialog</name>
    <message>
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="27"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <location filename="../ui/charts/KpiTrendChart.cpp" line="83"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../ui/charts/KpiTrendChart.cpp" line="91"/>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
</context>
<context>
    <name>ardesk::LedgerOpener</name>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="44"/>
        <source>&amp;New Company…</source>
        <translation>&amp;Nouvelle entreprise…</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="45"/>
        <source>Start a new company ledger file</source>
        <translation>Créer le dossier d’une nouvelle entreprise</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="48"/>
        <source>&amp;Open Ledger…</source>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="49"/>
        <source>Open a company ledger file</source>
        <translation>Ouvrir le fichier du dossier d’une entreprise</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="53"/>
        <source>Open &amp;Server Ledger…</source>
        <translation>Ouvrir un dossier sur un ser&amp;veur…</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="54"/>
        <source>Open a ledger kept on a PostgreSQL server, shared with other users</source>
        <translation>Ouvrir un dossier conservé sur un serveur PostgreSQL et partagé avec d’autres utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="58"/>
        <source>Open &amp;Demo Company</source>
        <translation>Ouvrir l’entreprise de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="59"/>
        <source>Open a made-up company to try ARDesk without real data</source>
        <translation>Ouvrir une entreprise fictive pour essayer ARDesk sans vraies données</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="62"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="85"/>
        <source>Open &amp;Recent</source>
        <translation>Dossiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="103"/>
        <source>Cannot Open Ledger</source>
        <translation>Impossible d’ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="182"/>
        <source>Password Not Remembered</source>
        <translation>Mot de passe non retenu</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="183"/>
        <source>The ledger is open, but the system keychain did not take its password: ARDesk will ask for it next time.</source>
        <translation>Le dossier est ouvert, mais le trousseau du système n’a pas accepté son mot de passe&#xa0;: ARDesk le demandera la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="245"/>
        <source>Open Demo Company</source>
        <translation>Ouvrir l’entreprise de démonstration</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="246"/>
        <source>Creating the demo company…</source>
        <translation>Création de l’entreprise de démonstration…</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="259"/>
        <source>Cannot Create the Demo Company</source>
        <translation>Impossible de créer l’entreprise de démonstration</translation>
    </message>
</context>
<context>
    <name>ardesk::MainWindow</name>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="164"/>
        <source>&amp;Backup…</source>
        <translation>&amp;Sauvegarde…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="165"/>
        <source>Save a copy of the open ledger to another file</source>
        <translation>Enregistrer une copie du dossier ouvert dans un autre fichier</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="169"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="170"/>
        <source>Add customers, invoices, payments or credit notes from a CSV file</source>
        <translation>Ajouter des clients, factures, paiements ou avoirs depuis un fichier CSV</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="175"/>
        <source>&amp;Customers…</source>
        <translation>&amp;Clients…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="176"/>
        <source>Save every customer with their balance today as CSV or as an Excel workbook</source>
        <translation>Enregistrer tous les clients avec leur solde à ce jour en CSV ou en classeur Excel</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="181"/>
        <source>&amp;Open Items…</source>
        <translation>Éléments &amp;ouverts…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="182"/>
        <source>Save every invoice and installment open today as CSV or as an Excel workbook</source>
        <translation>Enregistrer toutes les factures et échéances ouvertes à ce jour en CSV ou en classeur Excel</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="199"/>
        <source>&amp;Settings…</source>
        <translation>Paramè&amp;tres…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="200"/>
        <source>Company details, currency, aging buckets and language</source>
        <translation>Coordonnées de l’entreprise, devise, tranches d’ancienneté et langue</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="210"/>
        <source>When reminders go out, how, and with which fee and interest</source>
        <translation>Quand les relances partent, comment, et avec quels frais et intérêts</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="213"/>
        <source>Letter &amp;Templates…</source>
        <translation>&amp;Modèles de courrier…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="214"/>
        <source>The text of the reminder letters and e-mails</source>
        <translation>Le texte des courriers et e-mails de relance</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="186"/>
        <source>&amp;Close Ledger</source>
        <translation>&amp;Fermer le dossier</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="189"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="225"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="235"/>
        <source>Put a customer&apos;s open invoices on an installment plan</source>
        <translation>Mettre les factures ouvertes d’un client sous échéancier</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="239"/>
        <source>New &amp;Invoice…</source>
        <translation>Nouvelle &amp;facture…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="240"/>
        <source>Enter an invoice</source>
        <translation>Saisir une facture</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="244"/>
        <source>Record &amp;Payment…</source>
        <translation>Enregistrer un &amp;paiement…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="245"/>
        <source>Record a customer&apos;s payment and allocate it</source>
        <translation>Enregistrer le paiement d’un client et l’affecter</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="249"/>
        <source>New &amp;Credit Note…</source>
        <translation>Nouvel &amp;avoir…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="250"/>
        <source>Enter a credit note and allocate it</source>
        <translation>Saisir un avoir et l’affecter</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="254"/>
        <source>&amp;Write Off…</source>
        <translation>Passer en pert&amp;e…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="255"/>
        <source>Write off the invoice selected on the Invoices page</source>
        <translation>Passer en perte la facture sélectionnée dans la page Factures</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="217"/>
        <source>&amp;About ARDesk</source>
        <translation>À &amp;propos d’ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="209"/>
        <source>Dunning Le&amp;vels…</source>
        <translation>&amp;Niveaux de relance…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="234"/>
        <source>New P&amp;lan…</source>
        <translation>Nouvel é&amp;chéancier…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="263"/>
        <source>&amp;Edit Document…</source>
        <translation>&amp;Modifier la pièce…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="264"/>
        <source>Correct the selected invoice, or change what the selected payment or credit note pays</source>
        <translation>Corriger la facture sélectionnée, ou modifier ce que règle le paiement ou l’avoir sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="269"/>
        <source>&amp;Void…</source>
        <translation>A&amp;nnuler…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="270"/>
        <source>Void the selected invoice, payment or credit note, keeping it in the history</source>
        <translation>Annuler la facture, le paiement ou l’avoir sélectionné, en le gardant dans l’historique</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="275"/>
        <source>&amp;Delete Document</source>
        <translation>&amp;Supprimer la pièce</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="276"/>
        <source>Delete the selected document, if it was never used</source>
        <translation>Supprimer la pièce sélectionnée, si elle n’a jamais servi</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="303"/>
        <source>Show the %1 page</source>
        <translation>Afficher la page « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="316"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="321"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="331"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="349"/>
        <source>&amp;Collections</source>
        <translation>&amp;Recouvrement</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="359"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="363"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="365"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="370"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="440"/>
        <source>Write Off</source>
        <translation>Passer en perte</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="441"/>
        <source>Select the invoice to write off in the invoice list.</source>
        <translation>Sélectionnez la facture à passer en perte dans la liste des factures.</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="516"/>
        <location filename="../ui/views/MainWindow.cpp" line="522"/>
        <source>Back Up Ledger</source>
        <translation>Sauvegarder le dossier</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="523"/>
        <source>Backing up the ledger…</source>
        <translation>Sauvegarde du dossier…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="536"/>
        <source>Cannot Back Up Ledger</source>
        <translation>Impossible de sauvegarder le dossier</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="542"/>
        <source>Ledger backed up to “%1”.</source>
        <translation>Dossier sauvegardé dans « %1 ».</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/MainWindow.cpp" line="554"/>
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>%n ligne importée.</numerusform>
            <numerusform>%n lignes importées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="565"/>
        <source>Export Open Items</source>
        <translation>Exporter les éléments ouverts</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="592"/>
        <source>Cannot Read Dunning Levels</source>
        <translation>Impossible de lire les niveaux de relance</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="632"/>
        <source>About ARDesk</source>
        <translation>À propos d’ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="633"/>
        <source>ARDesk %1

Accounts receivable for small-business bookkeepers: who owes what, how late, and what to do about it.</source>
        <translation>ARDesk %1

Comptabilité clients pour les comptables de petites entreprises&#xa0;: qui doit quoi, avec quel retard, et que faire.</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="666"/>
        <source>ARDesk</source>
        <translation>ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="673"/>
        <source>ARDesk — %1</source>
        <translation>ARDesk — %1</translation>
    </message>
</context>
<context>
    <name>ardesk::NewCompanyDialog</name>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="48"/>
        <source>New Company</source>
        <translation>Nouvelle entreprise</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="51"/>
        <source>As it appears on your invoices</source>
        <translation>Tel qu’il figure sur vos factures</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="58"/>
        <source>The currency the ledger keeps its totals in</source>
        <translation>La devise dans laquelle le dossier tient ses totaux</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="65"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="78"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="83"/>
        <source>Company &amp;name:</source>
        <translation>&amp;Nom de l’entreprise :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="84"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="85"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="125"/>
        <source>New Company Ledger</source>
        <translation>Dossier de la nouvelle entreprise</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="137"/>
        <source>Enter the company&apos;s name.</source>
        <translation>Saisissez le nom de l’entreprise.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="139"/>
        <source>Choose where to save the ledger.</source>
        <translation>Choisissez où enregistrer le dossier.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="141"/>
        <source>“%1” already exists. Choose another name or location: ARDesk never overwrites a ledger.</source>
        <translation>« %1 » existe déjà. Choisissez un autre nom ou emplacement : ARDesk n’écrase jamais un dossier.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="157"/>
        <source>Cannot Create Company</source>
        <translation>Impossible de créer l’entreprise</translation>
    </message>
</context>
<context>
    <name>ardesk::OpenItemChoiceModel</name>
    <message>
        <location filename="../ui/models/OpenItemChoiceModel.cpp" line="131"/>
        <source>Pay first</source>
        <translation>Payer d’abord</translation>
    </message>
    <message>
        <location filename="../ui/models/OpenItemChoiceModel.cpp" line="133"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/models/OpenItemChoiceModel.cpp" line="135"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
</context>
<context>
    <name>ardesk::PlanCustomerPage</name>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="42"/>
        <source>Put &amp;all open invoices on the plan</source>
        <translation>Inclure &amp;toutes les factures ouvertes dans l’échéancier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="48"/>
        <source>Customer and Invoices</source>
        <translation>Client et factures</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="49"/>
        <source>Choose the customer and the open invoices the plan takes over.</source>
        <translation>Choisissez le client et les factures ouvertes que l’échéancier reprend.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="51"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="54"/>
        <source>Search by name or number</source>
        <translation>Rechercher par nom ou code</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="64"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="83"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="83"/>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="83"/>
        <source>To Cover</source>
        <translation>À couvrir</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="87"/>
        <source>Open invoices</source>
        <translation>Factures ouvertes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="184"/>
        <source>Cannot Read Invoices</source>
        <translation>Impossible de lire les factures</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="250"/>
        <source>Choose a customer.</source>
        <translation>Choisissez un client.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="253"/>
        <source>%1 has nothing open on %2 that a plan could take over.</source>
        <translation>%1 n’a rien d’ouvert au %2 qu’un échéancier pourrait reprendre.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="257"/>
        <source>Amount to cover on %1: %2</source>
        <translation>Montant à couvrir au %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ardesk::PlanDialog</name>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="47"/>
        <source>Installments</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="61"/>
        <source>Cannot Read Plan</source>
        <translation>Impossible de lire l’échéancier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="72"/>
        <source>Plan %1 — %2</source>
        <translation>Échéancier %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="73"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/PlanDialog.cpp" line="75"/>
        <source>%n installment(s), %1, the first due on %2</source>
        <translation>
            <numerusform>%n échéance, %1, le %2</numerusform>
            <numerusform>%n échéances, %1, la première le %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="79"/>
        <source>; down payment %1 on the plan date</source>
        <translation>; acompte de %1 à la date de l’échéancier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="81"/>
        <source>; %1% interest a year</source>
        <translation>; %1&#x202f;% d’intérêts par an</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="84"/>
        <source>; fee %1</source>
        <translation>; frais de %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="86"/>
        <source>; replaces plan %1</source>
        <translation>; remplace l’échéancier %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="88"/>
        <source>Total %1, paid %2, open %3</source>
        <translation>Total %1, payé %2, restant dû %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="94"/>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="130"/>
        <source>Plan %1 until %2</source>
        <translation>Échéancier %1 jusqu’au %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="152"/>
        <source>Cancel Plan</source>
        <translation>Annuler l’échéancier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="153"/>
        <source>Cancel plan %1 of %2? What is still unpaid goes back to the invoices, which are due again on their own due dates; unpaid fee and interest lapse.</source>
        <translation>Annuler l’échéancier %1 de %2&#xa0;? Ce qui reste impayé revient aux factures, de nouveau exigibles à leurs propres dates d’échéance&#xa0;; les frais et intérêts impayés sont abandonnés.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="161"/>
        <source>Cannot Cancel Plan</source>
        <translation>Impossible d’annuler l’échéancier</translation>
    </message>
</context>
<context>
    <name>ardesk::PlanListModel</name>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="58"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="60"/>
        <source>Completed</source>
        <translation>Soldé</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="62"/>
        <source>Defaulted</source>
        <translation>Défaillant</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="64"/>
        <source>Rescheduled</source>
        <translation>Rééchelonné</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="66"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="178"/>
        <source>Plan</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="180"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="182"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="184"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="186"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="188"/>
        <source>Open</source>
        <translation>Restant dû</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="190"/>
        <source>Next Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="192"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>ardesk::PlanScheduleModel</name>
    <message>
        <location filename="../ui/models/PlanScheduleModel.cpp" line="40"/>
        <source>Down payment</source>
        <translation>Acompte</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanScheduleModel.cpp" line="95"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanScheduleModel.cpp" line="97"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanScheduleModel.cpp" line="99"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanScheduleModel.cpp" line="101"/>
        <source>Interest</source>
        <translation>Intérêts</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanScheduleModel.cpp" line="103"/>
        <source>Principal</source>
        <translation>Capital</translation>
    </message>
</context>
<context>
    <name>ardesk::PlanSummaryPage</name>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="30"/>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="31"/>
        <source>Create Plan puts the invoices on this plan.</source>
        <translation>«&#xa0;Créer l’échéancier&#xa0;» place les factures sous cet échéancier.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="38"/>
        <source>Schedule</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="62"/>
        <source>all open invoices</source>
        <translation>toutes les factures ouvertes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="66"/>
        <source>Customer: %1 (%2)</source>
        <translation>Client&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="67"/>
        <source>Invoices: %1</source>
        <translation>Factures&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="68"/>
        <source>Plan date: %1</source>
        <translation>Date de l’échéancier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="69"/>
        <source>Installments: %1 (%2), the first due on %3</source>
        <translation>Échéances&#xa0;: %1 (%2), la première le %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="73"/>
        <source>Covered: %1</source>
        <translation>Couvert&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="77"/>
        <source>Down payment, due on the plan date: %1</source>
        <translation>Acompte, exigible à la date de l’échéancier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="81"/>
        <source>Fee: %1</source>
        <translation>Frais&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="83"/>
        <source>Interest at %1% a year: %2</source>
        <translation>Intérêts à %1&#x202f;% par an&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="86"/>
        <source>Total to pay: %1</source>
        <translation>Total à payer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ardesk::PlanTermsEditor</name>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="53"/>
        <source>None</source>
        <extracomment>Placeholder of an optional amount field.</extracomment>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="56"/>
        <source>No interest</source>
        <translation>Sans intérêts</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="59"/>
        <source>Schedule preview</source>
        <translation>Aperçu du calendrier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="84"/>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="86"/>
        <source>Every two weeks</source>
        <translation>Toutes les deux semaines</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="88"/>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="171"/>
        <source>Enter the down payment as an amount, like %1.</source>
        <translation>Saisissez l’acompte comme un montant, comme %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="175"/>
        <source>Enter the fee as an amount, like %1.</source>
        <translation>Saisissez les frais comme un montant, comme %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="181"/>
        <source>Enter the annual rate in percent, like %1.</source>
        <translation>Saisissez le taux annuel en pourcentage, comme %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="185"/>
        <source>The first installment cannot be due before the plan&apos;s date.</source>
        <translation>La première échéance ne peut pas précéder la date de l’échéancier.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="202"/>
        <source>These terms do not make a plan: %1.</source>
        <translation>Ces conditions ne permettent pas d’établir un échéancier&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="227"/>
        <source>Covered: %1</source>
        <translation>Couvert&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="229"/>
        <source>Fee: %1</source>
        <translation>Frais&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="231"/>
        <source>Interest: %1</source>
        <translation>Intérêts&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="232"/>
        <source>Total to pay: %1</source>
        <translation>Total à payer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ardesk::PlanTermsPage</name>
    <message>
        <location filename="../ui/dialogs/PlanTermsPage.cpp" line="21"/>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsPage.cpp" line="22"/>
        <source>How the amount is to be paid. The schedule follows every change.</source>
        <translation>Comment le montant doit être payé. Le calendrier suit chaque modification.</translation>
    </message>
</context>
<context>
    <name>ardesk::PlanWizard</name>
    <message>
        <location filename="../ui/dialogs/PlanWizard.cpp" line="24"/>
        <source>New Installment Plan</source>
        <translation>Nouvel échéancier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanWizard.cpp" line="28"/>
        <source>&amp;Create Plan</source>
        <translation>&amp;Créer l’échéancier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanWizard.cpp" line="52"/>
        <source>Cannot Create Plan</source>
        <translation>Impossible de créer l’échéancier</translation>
    </message>
</context>
<context>
    <name>ardesk::PlansPage</name>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="36"/>
        <source>&amp;New Plan…</source>
        <translation>&amp;Nouvel échéancier…</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="42"/>
        <source>Installment Plans</source>
        <translation>Échéanciers</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="44"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="47"/>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="48"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="55"/>
        <source>Search plans</source>
        <translation>Rechercher des échéanciers</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="56"/>
        <source>Search by customer</source>
        <translation>Rechercher par client</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="63"/>
        <source>Put a customer&apos;s open invoices on an installment plan</source>
        <translation>Mettre les factures ouvertes d’un client sous échéancier</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="68"/>
        <source>Installment plans</source>
        <translation>Échéanciers</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="95"/>
        <source>Plans</source>
        <translation>Échéanciers</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="134"/>
        <source>Cannot Read Plans</source>
        <translation>Impossible de lire les échéanciers</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="146"/>
        <source>Plans: %1</source>
        <translation>Échéanciers&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="147"/>
        <source>Plans: %1 of %2</source>
        <translation>Échéanciers&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="201"/>
        <source>This ledger has no installment plans yet.
Click New Plan… to start one.</source>
        <translation>Ce dossier ne contient encore aucun échéancier.
Cliquez sur «&#xa0;Nouvel échéancier…&#xa0;» pour en créer un.</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="203"/>
        <source>No plan matches the status and search.</source>
        <translation>Aucun échéancier ne correspond au statut et à la recherche.</translation>
    </message>
</context>
<context>
    <name>ardesk::RecurringDialog</name>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="58"/>
        <source>New Recurring Invoice</source>
        <translation>Nouvelle facture récurrente</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="71"/>
        <source>Edit Recurring Invoice %1</source>
        <translation>Modifier la facture récurrente %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="82"/>
        <source>What each invoice bills, e.g. Monthly hosting</source>
        <translation>Ce que chaque facture facture, p. ex. Hébergement mensuel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="85"/>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="86"/>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="87"/>
        <source>Quarterly</source>
        <translation>Trimestrielle</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="88"/>
        <source>Yearly</source>
        <translation>Annuelle</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="93"/>
        <source>The start&apos;s day</source>
        <translation>Le jour du début</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="94"/>
        <source>Day of the month:</source>
        <translation>Jour du mois :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="95"/>
        <source>The last day of the month</source>
        <translation>Le dernier jour du mois</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="98"/>
        <source>Clamped to the month&apos;s end: day 31 is the 30th in April and the 28th or 29th in February</source>
        <translation>Ramené à la fin du mois : le jour 31 est le 30 en avril et le 28 ou 29 en février</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="102"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="103"/>
        <source>After a number of invoices:</source>
        <translation>Après un nombre de factures :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="104"/>
        <source>On a date:</source>
        <translation>À une date :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="112"/>
        <source>Prefix, month and count:</source>
        <translation>Préfixe, mois et compteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="113"/>
        <source>On from the sequence of:</source>
        <translation>À la suite de la séquence de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="115"/>
        <source>Invoices are numbered &lt;prefix&gt;&lt;year&gt;&lt;month&gt;-&lt;n&gt;</source>
        <translation>Les factures sont numérotées &lt;préfixe&gt;&lt;année&gt;&lt;mois&gt;-&lt;n&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="117"/>
        <source>e.g. INV-000001</source>
        <translation>p. ex. INV-000001</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="119"/>
        <source>Invoices take the next free numbers of this sequence, padded alike: after INV-000412 comes INV-000413</source>
        <translation>Les factures prennent les numéros libres suivants de cette séquence, complétés de même&#xa0;: après INV-000412 vient INV-000413</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="147"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="148"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="149"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="150"/>
        <source>&amp;Repeats:</source>
        <translation>&amp;Répétition :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="151"/>
        <source>&amp;Starting:</source>
        <translation>Dé&amp;but :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="153"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="155"/>
        <source>Dates:</source>
        <translation>Dates :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="317"/>
        <source>Choose the customer.</source>
        <translation>Choisissez le client.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="318"/>
        <source>No customer has this code or name. Pick one from the suggestions.</source>
        <translation>Aucun client n’a ce code ou ce nom. Choisissez-en un parmi les suggestions.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="324"/>
        <source>Enter what each invoice bills.</source>
        <translation>Indiquez ce que chaque facture facture.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="400"/>
        <source>Recurring Invoice Changed Meanwhile</source>
        <translation>Facture récurrente modifiée entre-temps</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="401"/>
        <source>Someone else changed this recurring invoice while you were editing it. Save your version over theirs? No shows theirs in the form instead.</source>
        <translation>Quelqu’un d’autre a modifié cette facture récurrente pendant que vous la modifiiez. Enregistrer votre version à la place de la sienne&#xa0;? «&#xa0;Non&#xa0;» affiche plutôt sa version dans le formulaire.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="301"/>
        <source>Enter the number prefix, e.g. %1.</source>
        <translation>Indiquez le préfixe du numéro, p. ex. %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="152"/>
        <source>On da&amp;y:</source>
        <translation>Le &amp;jour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="154"/>
        <source>&amp;Numbers:</source>
        <translation>&amp;Numérotation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="300"/>
        <source>Enter a number of the sequence to continue, e.g. INV-000001.</source>
        <translation>Saisissez un numéro de la séquence à poursuivre, p. ex. INV-000001.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="304"/>
        <source>The sequence is named by a number that ends in digits, e.g. INV-000001.</source>
        <translation>La séquence est désignée par un numéro qui se termine par des chiffres, p. ex. INV-000001.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="306"/>
        <source>Numbers starting with PLAN- are reserved for installment plans.</source>
        <translation>Les numéros commençant par PLAN- sont réservés aux échéanciers.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="328"/>
        <source>The end date is before the start.</source>
        <translation>La date de fin est antérieure au début.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="346"/>
        <source>%1 (numbered on from %2)</source>
        <extracomment>%1 the first dates, %2 an invoice number the sequence goes on from.</extracomment>
        <translation>%1 (numérotées à la suite de %2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="350"/>
        <source>%1 (the first numbered %2)</source>
        <extracomment>%1 the first dates, %2 the first invoice number.</extracomment>
        <translation>%1 (la première numérotée %2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="374"/>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="382"/>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="395"/>
        <source>Cannot Save Recurring Invoice</source>
        <translation>Impossible d&apos;enregistrer la facture récurrente</translation>
    </message>
</context>
<context>
    <name>ardesk::RecurringInvoiceModel</name>
    <message>
        <location filename="../ui/models/RecurringInvoiceModel.cpp" line="76"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringInvoiceModel.cpp" line="78"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringInvoiceModel.cpp" line="80"/>
        <source>Issue Date</source>
        <translation>Date d&apos;émission</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringInvoiceModel.cpp" line="82"/>
        <source>Due Date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringInvoiceModel.cpp" line="84"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringInvoiceModel.cpp" line="86"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ardesk::RecurringListModel</name>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="70"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="72"/>
        <source>Paused</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="74"/>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="76"/>
        <source>Finished</source>
        <translation>Achevée</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="87"/>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="89"/>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="92"/>
        <source>Quarterly</source>
        <translation>Trimestrielle</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="95"/>
        <source>Yearly</source>
        <translation>Annuelle</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="100"/>
        <source>%1 on the last day</source>
        <extracomment>%1 is Monthly, Quarterly or Yearly.</extracomment>
        <translation>%1, le dernier jour</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="102"/>
        <source>%1 on day %2</source>
        <extracomment>%1 is Monthly, Quarterly or Yearly; %2 the day of the month.</extracomment>
        <translation>%1, le %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/RecurringListModel.cpp" line="109"/>
        <source>After %n invoice(s)</source>
        <translation>
            <numerusform>Après %n facture</numerusform>
            <numerusform>Après %n factures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="112"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="203"/>
        <source>Paused from %1</source>
        <translation>Suspendue depuis le %1</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="221"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="223"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="225"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="227"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="229"/>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="231"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="233"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="235"/>
        <source>Created</source>
        <translation>Créées</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="237"/>
        <source>Next</source>
        <translation>Prochaine</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="239"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>ardesk::RecurringPage</name>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="43"/>
        <source>Invoices: %1 of %2</source>
        <translation>Factures : %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="50"/>
        <source>%1 — %2 (no. %3)</source>
        <translation>%1 — %2 (n° %3)</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="63"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="64"/>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="65"/>
        <source>&amp;Pause</source>
        <translation>S&amp;uspendre</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="66"/>
        <source>&amp;Resume</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="67"/>
        <source>En&amp;d…</source>
        <translation>&amp;Terminer…</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="68"/>
        <source>Create D&amp;ue Invoices…</source>
        <translation>Créer les factures &amp;dues…</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="75"/>
        <source>Recurring Invoices</source>
        <translation>Factures récurrentes</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="77"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="80"/>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="81"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="88"/>
        <source>Search recurring invoices</source>
        <translation>Rechercher des factures récurrentes</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="89"/>
        <source>Search by customer or description</source>
        <translation>Rechercher par client ou description</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="98"/>
        <source>Recurring invoices</source>
        <translation>Factures récurrentes</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="140"/>
        <source>Bill a customer the same amount every week, month, quarter or year (Insert)</source>
        <translation>Facturer le même montant à un client chaque semaine, mois, trimestre ou année (Inser)</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="143"/>
        <source>Change the selected recurring invoice (Enter)</source>
        <translation>Modifier la facture récurrente sélectionnée (Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="145"/>
        <source>Bill nothing dated today or later until resumed; the paused dates are never billed</source>
        <translation>Ne rien facturer daté d&apos;aujourd&apos;hui ou plus tard jusqu&apos;à la reprise ; les dates suspendues ne sont jamais facturées</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="148"/>
        <source>Bill again from today; the dates while paused stay unbilled</source>
        <translation>Facturer à nouveau à partir d&apos;aujourd&apos;hui ; les dates de la suspension restent non facturées</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="150"/>
        <source>Bill nothing dated after today; what is due up to today is still created by the next run</source>
        <translation>Ne rien facturer daté après aujourd&apos;hui ; ce qui est dû jusqu&apos;à aujourd&apos;hui est encore créé à la prochaine exécution</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="153"/>
        <source>Show every invoice due and not created yet, then create them all at once</source>
        <translation>Afficher toutes les factures dues pas encore créées, puis les créer toutes d&apos;un coup</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="187"/>
        <source>Recurring</source>
        <translation>Récurrentes</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="228"/>
        <location filename="../ui/views/RecurringPage.cpp" line="456"/>
        <source>Cannot Read Recurring Invoices</source>
        <translation>Impossible de lire les factures récurrentes</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="243"/>
        <source>Recurring invoices: %1</source>
        <translation>Factures récurrentes : %1</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="244"/>
        <source>Recurring invoices: %1 of %2</source>
        <translation>Factures récurrentes : %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="304"/>
        <source>This ledger has no recurring invoices yet.
Click New… to bill a customer the same amount every week, month, quarter or year.</source>
        <translation>Ce dossier ne contient encore aucune facture récurrente.
Cliquez sur Nouveau… pour facturer le même montant à un client chaque semaine, mois, trimestre ou année.</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="307"/>
        <source>No recurring invoice matches the status and search.</source>
        <translation>Aucune facture récurrente ne correspond au statut et à la recherche.</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="361"/>
        <source>Pause Recurring Invoice</source>
        <translation>Suspendre la facture récurrente</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="362"/>
        <source>Pause %1 from today, %2?

Nothing dated today or later is billed until you resume it, and the dates while paused are never billed. Invoices due before today and not created yet are still created by the next run.</source>
        <translation>Suspendre %1 à partir d&apos;aujourd&apos;hui, %2 ?

Rien de daté d&apos;aujourd&apos;hui ou plus tard n&apos;est facturé jusqu&apos;à la reprise, et les dates de la suspension ne sont jamais facturées. Les factures dues avant aujourd&apos;hui et pas encore créées le sont encore à la prochaine exécution.</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="368"/>
        <source>Resume Recurring Invoice</source>
        <translation>Reprendre la facture récurrente</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="369"/>
        <source>Resume %1 from today, %2?

It bills again from today; the dates while it was paused stay unbilled.</source>
        <translation>Reprendre %1 à partir d&apos;aujourd&apos;hui, %2 ?

La facturation reprend aujourd&apos;hui ; les dates de la suspension restent non facturées.</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="374"/>
        <source>End Recurring Invoice</source>
        <translation>Terminer la facture récurrente</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="375"/>
        <source>End %1 today, %2?

Nothing dated after today is billed. Invoices due up to today and not created yet are still created by the next run. This cannot be undone.</source>
        <translation>Terminer %1 aujourd&apos;hui, %2 ?

Rien de daté après aujourd&apos;hui n&apos;est facturé. Les factures dues jusqu&apos;à aujourd&apos;hui et pas encore créées le sont encore à la prochaine exécution. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="412"/>
        <source>Create Due Invoices</source>
        <translation>Créer les factures dues</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="413"/>
        <source>Creating the invoices…</source>
        <translation>Création des factures…</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="431"/>
        <source>Creating the due invoices was cancelled; nothing was created.</source>
        <translation>La création des factures dues a été annulée ; rien n&apos;a été créé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/RecurringPage.cpp" line="437"/>
        <source>Created %n invoice(s).</source>
        <translation>
            <numerusform>%n facture créée.</numerusform>
            <numerusform>%n factures créées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="440"/>
        <source>Numbers %1 to %2.</source>
        <extracomment>%1 the first invoice number, %2 the last.</extracomment>
        <translation>Numéros %1 à %2.</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="442"/>
        <source>The ledger changed after the preview, so the invoices created differ from those listed.</source>
        <translation>Le dossier a changé après l&apos;aperçu : les factures créées diffèrent de celles listées.</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="459"/>
        <source>Cannot Create Invoices</source>
        <translation>Impossible de créer les factures</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="460"/>
        <source>Nothing was created: %1</source>
        <translation>Rien n&apos;a été créé : %1</translation>
    </message>
</context>
<context>
    <name>ardesk::RecurringPreviewDialog</name>
    <message>
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="30"/>
        <source>Create Due Invoices</source>
        <translation>Créer les factures dues</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="35"/>
        <source>Every invoice the schedules are due to issue on or before this date and that was not created yet</source>
        <translation>Toutes les factures que les factures récurrentes doivent émettre au plus tard à cette date et qui ne sont pas encore créées</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="39"/>
        <source>Due &amp;on or before:</source>
        <translation>Dues &amp;au plus tard le :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="46"/>
        <source>Invoices to create</source>
        <translation>Factures à créer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="69"/>
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="83"/>
        <source>Finding the invoices due…</source>
        <translation>Recherche des factures dues…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="70"/>
        <source>&amp;Create Invoices</source>
        <translation>&amp;Créer les factures</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="98"/>
        <source>No invoice is due on or before %1: every one due was created already.</source>
        <translation>Aucune facture n&apos;est due au plus tard le %1 : toutes celles dues ont déjà été créées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="101"/>
        <source>%n invoice(s) due on or before %1 and not created yet. Each is created once, numbered as shown, due after the customer&apos;s terms, all in one go:</source>
        <translation>
            <numerusform>%n facture due au plus tard le %1 et pas encore créée. Elle est créée une fois, numérotée comme indiqué, à l&apos;échéance des conditions du client :</numerusform>
            <numerusform>%n factures dues au plus tard le %1 et pas encore créées. Chacune est créée une fois, numérotée comme indiqué, à l&apos;échéance des conditions du client, toutes d&apos;un coup :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="110"/>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="111"/>
        <source>&amp;Create %n Invoice(s)</source>
        <translation>
            <numerusform>&amp;Créer %n facture</numerusform>
            <numerusform>&amp;Créer %n factures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::ReminderRunModel</name>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="65"/>
        <source>Document</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="65"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="65"/>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="65"/>
        <source>Open</source>
        <translation>Restant dû</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="65"/>
        <location filename="../ui/models/ReminderRunModel.cpp" line="212"/>
        <source>Interest</source>
        <translation>Intérêts</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/ReminderRunModel.cpp" line="106"/>
        <source>%n: %1</source>
        <translation>
            <numerusform>%n&#xa0;: %1</numerusform>
            <numerusform>%n&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="187"/>
        <source>Of %1 open, %2 is expected to be paid late</source>
        <translation>Sur %1 ouverts, %2 devraient être payés en retard</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="202"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="204"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="206"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="208"/>
        <source>Documents</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="210"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="214"/>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="216"/>
        <source>Total Due</source>
        <translation>Total dû</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="218"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="220"/>
        <source>At Risk</source>
        <translation>À risque</translation>
    </message>
</context>
<context>
    <name>ardesk::ReportsPage</name>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="62"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="186"/>
        <source>Aging Report</source>
        <translation>Balance âgée</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="81"/>
        <source>As of date</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="61"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="63"/>
        <source>Print Previe&amp;w…</source>
        <translation>Aperçu a&amp;vant impression…</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="86"/>
        <source>Aging basis</source>
        <translation>Base de l’ancienneté</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="87"/>
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="88"/>
        <source>Issue date</source>
        <translation>Date d’émission</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="91"/>
        <source>Bucket edges in days</source>
        <translation>Limites des tranches en jours</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="93"/>
        <source>Days overdue at which the aging columns end, separated by commas: 30,60,90 gives Current, 1–30, 31–60, 61–90 and 91+.</source>
        <translation>Jours de retard auxquels les colonnes se terminent, séparés par des virgules : 30,60,90 donne Non échu, 1–30, 31–60, 61–90 et 91+.</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="97"/>
        <source>Report layout</source>
        <translation>Présentation du rapport</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="98"/>
        <source>Summary by customer</source>
        <translation>Synthèse par client</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="99"/>
        <source>Detail by invoice</source>
        <translation>Détail par facture</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="102"/>
        <source>Customer ID</source>
        <translation>Numéro client</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="103"/>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="119"/>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="131"/>
        <source>Save the report as CSV, as ardesk-cli aging writes it, or as an Excel workbook</source>
        <translation>Enregistrer le rapport en CSV, tel que l’écrit ardesk-cli aging, ou en classeur Excel</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="147"/>
        <source>Aging report</source>
        <translation>Balance âgée</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="204"/>
        <source>&amp;As of:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="205"/>
        <source>&amp;Basis:</source>
        <translation>&amp;Base :</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="206"/>
        <source>B&amp;uckets:</source>
        <translation>&amp;Tranches :</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="207"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Présentation :</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="208"/>
        <source>Cus&amp;tomer:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="229"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="268"/>
        <source>Open items as of %1: %2</source>
        <translation>Éléments ouverts au %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="271"/>
        <source>Customers with open items as of %1: %2</source>
        <translation>Clients avec éléments ouverts au %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="291"/>
        <source>Bucket edges must be whole numbers of days, each larger than the one before, separated by commas without spaces: for example 30,60,90. The table still shows the last valid report.</source>
        <translation>Les limites des tranches doivent être des nombres entiers de jours, chacun plus grand que le précédent, séparés par des virgules sans espaces : par exemple 30,60,90. Le tableau affiche toujours le dernier rapport valide.</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="346"/>
        <source>No customer has the ID “%1”. The table still shows the last report.</source>
        <translation>Aucun client n’a le numéro « %1 ». Le tableau affiche toujours le dernier rapport.</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="350"/>
        <source>Cannot Read the Aging Report</source>
        <translation>Impossible de lire la balance âgée</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="371"/>
        <source>Export Aging Report</source>
        <translation>Exporter la balance âgée</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="398"/>
        <source>Print Aging Report</source>
        <translation>Imprimer la balance âgée</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="411"/>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
</context>
<context>
    <name>ardesk::RescheduleDialog</name>
    <message>
        <location filename="../ui/dialogs/RescheduleDialog.cpp" line="29"/>
        <source>Reschedule Plan %1</source>
        <translation>Rééchelonner l’échéancier %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RescheduleDialog.cpp" line="32"/>
        <source>What plan %1 still owes, %2, moves to a new plan with these terms. The old schedule is kept as history.</source>
        <translation>Ce que l’échéancier %1 doit encore, %2, passe dans un nouvel échéancier à ces conditions. L’ancien calendrier est conservé comme historique.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RescheduleDialog.cpp" line="52"/>
        <source>Re&amp;schedule on:</source>
        <translation>Rééchelonner &amp;le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RescheduleDialog.cpp" line="64"/>
        <source>&amp;Reschedule</source>
        <translation>&amp;Rééchelonner</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RescheduleDialog.cpp" line="84"/>
        <source>Cannot Reschedule Plan</source>
        <translation>Impossible de rééchelonner l’échéancier</translation>
    </message>
</context>
<context>
    <name>ardesk::ServerLedgerDialog</name>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="29"/>
        <source>&amp;Remember password</source>
        <translation>&amp;Retenir le mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="35"/>
        <source>Open Server Ledger</source>
        <translation>Ouvrir un dossier sur un serveur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="38"/>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="45"/>
        <source>The database on the server that holds the ledger</source>
        <translation>La base de données du serveur qui contient le dossier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="51"/>
        <source>Empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>Vide&#xa0;: celui de ~/.pgpass ou de PGPASSWORD</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="54"/>
        <source>Keep the password in the system keychain, never in ARDesk&apos;s settings</source>
        <translation>Conserver le mot de passe dans le trousseau du système, jamais dans les réglages d’ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="66"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="71"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="72"/>
        <source>P&amp;ort:</source>
        <translation>Por&amp;t&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="73"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="74"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="75"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="76"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="97"/>
        <source>never encrypt</source>
        <translation>ne jamais chiffrer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="98"/>
        <source>encrypt when the server can (default)</source>
        <translation>chiffrer si le serveur le peut (par défaut)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="99"/>
        <source>always encrypt, without checking the server&apos;s certificate</source>
        <translation>toujours chiffrer, sans vérifier le certificat du serveur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="100"/>
        <source>always encrypt; the certificate must come from a trusted authority</source>
        <translation>toujours chiffrer&#xa0;; le certificat doit venir d’une autorité de confiance</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="102"/>
        <source>always encrypt; the certificate must be trusted and name this host</source>
        <translation>toujours chiffrer&#xa0;; le certificat doit être de confiance et nommer cet hôte</translation>
    </message>
</context>
<context>
    <name>ardesk::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="65"/>
        <source>Open a ledger to change its settings.</source>
        <translation>Ouvrez un dossier pour modifier ses paramètres.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="72"/>
        <source>Cannot Read Settings</source>
        <translation>Impossible de lire les paramètres</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="101"/>
        <source>Fixed: the ledger has invoices, payments or credit notes in %1.</source>
        <translation>Fixée&#xa0;: le dossier contient des factures, paiements ou avoirs en %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="103"/>
        <source>The currency the ledger keeps its totals in. It can change until the first invoice, payment or credit note.</source>
        <translation>La devise dans laquelle le dossier tient ses totaux. Elle peut changer jusqu’à la première facture, le premier paiement ou le premier avoir.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="109"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="110"/>
        <source>TLS (port 465)</source>
        <translation>TLS (port 465)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="111"/>
        <source>None (local relay only)</source>
        <translation>Aucune (relais local uniquement)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="121"/>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="123"/>
        <source>Kept in the system keychain, never in a settings file. Leave empty to keep the saved password.</source>
        <translation>Conservé dans le trousseau du système, jamais dans un fichier de paramètres. Laissez vide pour garder le mot de passe enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="126"/>
        <source>Empty: the company&apos;s e-mail address from the General tab.</source>
        <translation>Vide&#xa0;: l’adresse e-mail de l’entreprise indiquée dans l’onglet Général.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="145"/>
        <source>Password Not Saved</source>
        <translation>Mot de passe non enregistré</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="146"/>
        <source>The system keychain is not available, so the e-mail password was not saved. The other settings were. To send e-mail, unlock or install a keychain (such as GNOME Keyring or KWallet) and enter the password again, or set ARDESK_SMTP_PASSWORD for the command line.</source>
        <translation>Le trousseau du système n’est pas disponible&#xa0;: le mot de passe de messagerie n’a donc pas été enregistré. Les autres paramètres l’ont été. Pour envoyer des e-mails, déverrouillez ou installez un trousseau (comme GNOME Keyring ou KWallet) et saisissez de nouveau le mot de passe, ou définissez ARDESK_SMTP_PASSWORD pour la ligne de commande.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="162"/>
        <source>Days past due where the report columns end, the default of the Reports page and the dashboard.</source>
        <translation>Jours de retard auxquels les colonnes du rapport se terminent&#xa0;; valeur par défaut de la page Rapports et du tableau de bord.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="164"/>
        <source>Enter whole days in increasing order, separated by commas, such as 30,60,90.</source>
        <translation>Saisissez des nombres entiers de jours en ordre croissant, séparés par des virgules, par exemple 30,60,90.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="188"/>
        <source>Printed in groups of four. Letters in EUR get a QR code that banking apps scan to fill in the transfer (GiroCode).</source>
        <translation>Imprimé par groupes de quatre. Les courriers en EUR reçoivent un code QR que les applications bancaires scannent pour remplir le virement (GiroCode).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="190"/>
        <source>This is not a valid IBAN: check it letter by letter; the check digits (the third and fourth characters) do not match the rest.</source>
        <translation>Cet IBAN n’est pas valide&#xa0;: vérifiez-le caractère par caractère&#xa0;; la clé de contrôle (troisième et quatrième caractères) ne correspond pas au reste.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="194"/>
        <source>The bank&apos;s code, 8 or 11 letters and digits.</source>
        <translation>Le code de la banque, 8 ou 11 lettres et chiffres.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="195"/>
        <source>This is not a BIC: expected 8 or 11 letters and digits, such as COBADEFF or COBADEFFXXX.</source>
        <translation>Ce n’est pas un BIC&#xa0;: 8 ou 11 lettres et chiffres attendus, par exemple COBADEFF ou COBADEFFXXX.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="199"/>
        <source>Optional. {customer}, {documents}, {amount}, {currency} and {reference} are filled in for each letter. Letters in other currencies than EUR get a QR code of this link.</source>
        <translation>Facultatif. {customer}, {documents}, {amount}, {currency} et {reference} sont remplis pour chaque courrier. Les courriers dans une autre devise que l’EUR reçoivent un code QR de ce lien.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="201"/>
        <source>This is not a payment link: it must be a web address (https://…) and may use only the placeholders {customer}, {documents}, {amount}, {currency} and {reference}.</source>
        <translation>Ce n’est pas un lien de paiement&#xa0;: il doit être une adresse web (https://…) et ne peut utiliser que les champs {customer}, {documents}, {amount}, {currency} et {reference}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="233"/>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="260"/>
        <source>Cannot Save Settings</source>
        <translation>Impossible d’enregistrer les paramètres</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="249"/>
        <source>Settings Changed Meanwhile</source>
        <translation>Paramètres modifiés entre-temps</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="250"/>
        <source>Someone else changed the ledger&apos;s settings while you were editing them. Save your version over theirs? No shows theirs instead.</source>
        <translation>Quelqu’un d’autre a modifié les paramètres du grand livre pendant que vous les modifiiez. Enregistrer votre version à la place de la sienne&#xa0;? «&#xa0;Non&#xa0;» affiche plutôt sa version.</translation>
    </message>
</context>
<context>
    <name>ardesk::SplitPartModel</name>
    <message>
        <location filename="../ui/models/SplitPartModel.cpp" line="71"/>
        <source>%1 (%2)</source>
        <extracomment>A customer of a split receipt: name (code).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/models/SplitPartModel.cpp" line="92"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/models/SplitPartModel.cpp" line="94"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../ui/models/SplitPartModel.cpp" line="96"/>
        <source>Documents to Pay First</source>
        <translation>Pièces à régler d’abord</translation>
    </message>
</context>
<context>
    <name>ardesk::TemplateEditorDialog</name>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="104"/>
        <source>Sample customer</source>
        <translation>Client d’exemple</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="116"/>
        <source>Cannot Read Letter Templates</source>
        <translation>Impossible de lire les modèles de courrier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="122"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="124"/>
        <source>Items table (all levels)</source>
        <translation>Tableau des éléments (tous les niveaux)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="125"/>
        <source>How to pay (all letters)</source>
        <translation>Comment payer (tous les courriers)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="126"/>
        <source>Discount offers (all letters)</source>
        <translation>Offres d’escompte (toutes les lettres)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="127"/>
        <source>Page foot: registration, tax and bank details (all letters)</source>
        <translation>Pied de page&#xa0;: immatriculation, TVA et coordonnées bancaires (toutes les lettres)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="192"/>
        <source>Payment reminder</source>
        <translation>Rappel de paiement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="205"/>
        <source>Discard Changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="206"/>
        <source>Discard your changes to this template?</source>
        <translation>Abandonner vos modifications de ce modèle&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="232"/>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="268"/>
        <source>Sample Customer Ltd</source>
        <translation>Client Exemple SARL</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="279"/>
        <source>%1 has nothing overdue today: the items below are samples.</source>
        <translation>%1 n’a rien en retard aujourd’hui&#xa0;: les éléments ci-dessous sont des exemples.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="281"/>
        <source>Choose a customer to preview their overdue items; these are samples.</source>
        <translation>Choisissez un client pour prévisualiser ses éléments en retard&#xa0;; ceux-ci sont des exemples.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="306"/>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="310"/>
        <source>Go to error</source>
        <translation>Aller à l’erreur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="362"/>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="384"/>
        <source>Cannot Save Template</source>
        <translation>Impossible d’enregistrer le modèle</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="376"/>
        <source>Template Changed Meanwhile</source>
        <translation>Modèle modifié entre-temps</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="377"/>
        <source>Someone else changed this template while you were editing it. Save your version over theirs? No shows theirs instead; Cancel keeps yours here, not saved.</source>
        <translation>Quelqu’un d’autre a modifié ce modèle pendant que vous le modifiiez. Enregistrer votre version à la place de la sienne&#xa0;? «&#xa0;Non&#xa0;» affiche plutôt sa version&#xa0;; «&#xa0;Annuler&#xa0;» garde la vôtre ici, sans l’enregistrer.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="401"/>
        <source>Restore Default</source>
        <translation>Rétablir le modèle par défaut</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="402"/>
        <source>Replace this template with the one ARDesk comes with? Your version is deleted from the ledger.</source>
        <translation>Remplacer ce modèle par celui fourni avec ARDesk&#xa0;? Votre version sera supprimée du dossier.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="407"/>
        <source>Cannot Restore Template</source>
        <translation>Impossible de rétablir le modèle</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="420"/>
        <source>This ledger&apos;s own version</source>
        <translation>Version propre à ce dossier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="420"/>
        <source>The default template</source>
        <translation>Modèle par défaut</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="422"/>
        <source>%1 (changed, not saved)</source>
        <translation>%1 (modifications non enregistrées)</translation>
    </message>
</context>
<context>
    <name>ardesk::VoidDialog</name>
    <message>
        <location filename="../ui/dialogs/VoidDialog.cpp" line="31"/>
        <source>Void %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/VoidDialog.cpp" line="33"/>
        <source>%1 is kept and marked void. Reports as of the void date and later leave it out; reports of earlier dates show it as before.</source>
        <translation>%1 est conservé et marqué annulé. Les états à la date d’annulation et après l’excluent&#xa0;; ceux des dates antérieures le montrent comme avant.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/VoidDialog.cpp" line="44"/>
        <source>Why it is void, for the history</source>
        <translation>Motif de l’annulation, pour l’historique</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/VoidDialog.cpp" line="49"/>
        <source>&amp;Void</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/VoidDialog.cpp" line="52"/>
        <source>Void &amp;as of:</source>
        <translation>Annulé &amp;au&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/VoidDialog.cpp" line="53"/>
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/VoidDialog.cpp" line="71"/>
        <source>Enter the reason for the void.</source>
        <translation>Saisissez le motif de l’annulation.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/VoidDialog.cpp" line="84"/>
        <source>Cannot Void</source>
        <translation>Annulation impossible</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/VoidDialog.cpp" line="85"/>
        <source>%1 could not be voided.</source>
        <translation>%1 n’a pas pu être annulé.</translation>
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
    <name>ardesk::WriteOffDialog</name>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="26"/>
        <source>Write Off %1</source>
        <translation>Passer %1 en perte</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="29"/>
        <source>&amp;Write Off</source>
        <translation>&amp;Passer en perte</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="32"/>
        <source>Why the customer will not pay this</source>
        <translation>Pourquoi le client ne paiera pas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="42"/>
        <source>Invoice %1 of %2: %3 open.</source>
        <translation>Facture %1 de %2&#xa0;: %3 restant dû.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="47"/>
        <source>Invoice %1 could not be read.</source>
        <translation>La facture %1 n’a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="67"/>
        <source>Nothing is open on this invoice.</source>
        <translation>Rien ne reste dû sur cette facture.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="73"/>
        <source>Only %1 is open.</source>
        <translation>Seul %1 reste dû.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="75"/>
        <source>Enter the reason for the write-off.</source>
        <translation>Saisissez le motif du passage en perte.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="92"/>
        <source>Cannot Write Off</source>
        <translation>Passage en perte impossible</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="93"/>
        <source>Invoice %1 could not be written off.</source>
        <translation>La facture %1 n’a pas pu être passée en perte.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="99"/>
        <source>Accounts receivable for small-business bookkeepers.</source>
        <translation>Comptabilité clients pour les comptables de petites entreprises.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="103"/>
        <source>The ledger file to open.</source>
        <translation>Le fichier du dossier à ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="107"/>
        <source>Save a picture of every page as DIR/&lt;page&gt;.png at 1280×800, then quit.</source>
        <translation>Enregistrer une image de chaque page dans RÉP/&lt;page&gt;.png en 1280×800, puis quitter.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="109"/>
        <source>DIR</source>
        <translation>RÉP</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="115"/>
        <source>Only one ledger can be opened at a time.</source>
        <translation>Un seul dossier peut être ouvert à la fois.</translation>
    </message>
</context>
</TS>
