<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.ui" line="9"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.ui" line="19"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.ui" line="30"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.ui" line="41"/>
        <source>&amp;Pay by:</source>
        <translation>&amp;Zahlung bis:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.ui" line="52"/>
        <source>&amp;Invoice:</source>
        <translation>&amp;Rechnung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.ui" line="61"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>AgencyText</name>
    <message>
        <location filename="../ui/text/AgencyText.cpp" line="7"/>
        <source>With %1</source>
        <comment>an item of a customer handed over to a collection agency</comment>
        <translation>Bei %1</translation>
    </message>
    <message>
        <location filename="../ui/text/AgencyText.cpp" line="12"/>
        <source>With %1 since %2</source>
        <comment>a customer handed over to a collection agency</comment>
        <translation>Bei %1 seit %2</translation>
    </message>
</context>
<context>
    <name>AgingLabels</name>
    <message>
        <location filename="../ui/text/AgingLabels.cpp" line="12"/>
        <source>Current</source>
        <translation>Nicht fällig</translation>
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
        <translation>Altersstruktur – Einzelposten zum %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="140"/>
        <source>Aging Summary as of %1</source>
        <translation>Altersstruktur – Übersicht zum %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="64"/>
        <source>Aged by issue date</source>
        <translation>Nach Rechnungsdatum gealtert</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="64"/>
        <source>Aged by due date</source>
        <translation>Nach Fälligkeitsdatum gealtert</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="66"/>
        <source>Buckets: %1</source>
        <translation>Zeiträume: %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="68"/>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="74"/>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="96"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="74"/>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="96"/>
        <source>ID</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="74"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="78"/>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="106"/>
        <source>Unapplied</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="78"/>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="92"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="96"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="97"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="97"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="97"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="98"/>
        <source>Bucket</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="98"/>
        <source>Open Amount</source>
        <translation>Offener Betrag</translation>
    </message>
</context>
<context>
    <name>AmountText</name>
    <message>
        <location filename="../ui/text/AmountText.cpp" line="19"/>
        <source>Enter the amount.</source>
        <translation>Geben Sie den Betrag ein.</translation>
    </message>
    <message>
        <location filename="../ui/text/AmountText.cpp" line="24"/>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <location filename="../ui/text/AmountText.cpp" line="29"/>
        <source>Enter a whole amount like %1: %2 has no decimals.</source>
        <translation>Geben Sie einen ganzen Betrag wie %1 ein: %2 hat keine Nachkommastellen.</translation>
    </message>
    <message>
        <location filename="../ui/text/AmountText.cpp" line="31"/>
        <source>Enter an amount like %1, with at most %2 decimals.</source>
        <translation>Geben Sie einen Betrag wie %1 ein, mit höchstens %2 Nachkommastellen.</translation>
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
        <translation>einem Zahler ohne Namen</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="31"/>
        <source>%1 received on %2 from %3.</source>
        <translation>%1 eingegangen am %2 von %3.</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="35"/>
        <source>Payer&apos;s account: %1</source>
        <translation>Konto des Zahlers: %1</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="37"/>
        <source>Reference: %1</source>
        <translation>Verwendungszweck: %1</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="48"/>
        <source>No open document, customer code, known account or customer name in the line.</source>
        <translation>Kein offener Beleg, keine Kundennummer, kein bekanntes Konto und kein Kundenname im Umsatz.</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="52"/>
        <source>The reference names %1</source>
        <extracomment>How the customer was found: the bank reference names these documents.</extracomment>
        <translation>Der Verwendungszweck nennt %1</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="55"/>
        <source>Account %1 paid for this customer before</source>
        <translation>Konto %1 hat schon für diesen Kunden gezahlt</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="58"/>
        <source>Account %1 is the customer&apos;s</source>
        <translation>Konto %1 ist das des Kunden</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="61"/>
        <source>The reference names the customer code %1</source>
        <translation>Der Verwendungszweck nennt die Kundennummer %1</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="64"/>
        <source>The payer&apos;s name is the customer&apos;s</source>
        <translation>Der Name des Zahlers ist der des Kunden</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="70"/>
        <source>%1; the amount is their open total.</source>
        <extracomment>%1 is how the customer was found (&quot;The reference names INV-1&quot;).</extracomment>
        <translation>%1; der Betrag ist ihr offener Gesamtbetrag.</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="73"/>
        <source>%1; the amount is what is open on %2.</source>
        <extracomment>%1 is how the customer was found, %2 the document.</extracomment>
        <translation>%1; der Betrag ist der offene Betrag von %2.</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="76"/>
        <source>%1; the amount is the open total of the oldest items, %2.</source>
        <extracomment>%1 is how the customer was found, %2 the documents.</extracomment>
        <translation>%1; der Betrag ist der offene Gesamtbetrag der ältesten Posten, %2.</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="79"/>
        <source>%1; the amount differs from their open total.</source>
        <translation>%1; der Betrag weicht von ihrem offenen Gesamtbetrag ab.</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="83"/>
        <source>%1; the amount matches no open item (a payment on account).</source>
        <translation>%1; der Betrag passt zu keinem offenen Posten (eine Zahlung auf Rechnung des Kontos).</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="92"/>
        <source>The receipt, its customer or one of its documents changed meanwhile: it was posted or ignored, or a document was paid. The queue is read again.</source>
        <translation>Der Zahlungseingang, sein Kunde oder einer seiner Belege hat sich inzwischen geändert: er wurde gebucht oder ignoriert, oder ein Beleg wurde bezahlt. Die Liste wird neu gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="103"/>
        <source>Imported “%1”: credits %2, new %3, duplicates %4, debits skipped %5, pending skipped %6.</source>
        <extracomment>After a bank statement import: the file, then the counts of its entries.</extracomment>
        <translation>„%1“ importiert: Gutschriften %2, neu %3, Duplikate %4, übergangene Lastschriften %5, übergangene vorgemerkte Umsätze %6.</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="6"/>
        <source>Record Payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="14"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="27"/>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="40"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="57"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="81"/>
        <source>&amp;Method:</source>
        <translation>&amp;Zahlungsart:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="98"/>
        <source>Re&amp;ference:</source>
        <translation>Re&amp;ferenz:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="111"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="128"/>
        <source>A&amp;llocation to open items:</source>
        <translation>Z&amp;uordnung zu offenen Posten:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="145"/>
        <source>&amp;Oldest First</source>
        <translation>Ä&amp;lteste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="148"/>
        <source>Allocate the amount to the oldest items first, as ARDesk proposes</source>
        <translation>Den Betrag zuerst den ältesten Posten zuordnen, wie ARDesk es vorschlägt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="158"/>
        <source>Clea&amp;r</source>
        <translation>Zuordnung &amp;aufheben</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="161"/>
        <source>Allocate nothing: the whole amount stays unapplied</source>
        <translation>Nichts zuordnen: der ganze Betrag bleibt nicht zugeordnet</translation>
    </message>
</context>
<context>
    <name>CustomerDetailDialog</name>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="9"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="33"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="38"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="43"/>
        <source>Credit limit</source>
        <translation>Kreditlimit</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="48"/>
        <source>Reminders</source>
        <translation>Mahnungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="53"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="75"/>
        <source>&amp;Edit Customer…</source>
        <translation>Kunde &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="81"/>
        <source>S&amp;tatement…</source>
        <translation>&amp;Kontoauszug…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="82"/>
        <source>The customer&apos;s statement of account as of today, in a print preview</source>
        <translation>Der Kontoauszug des Kunden zum heutigen Tag, in der Druckvorschau</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="88"/>
        <source>Statement as P&amp;DF…</source>
        <translation>Kontoauszug als P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="89"/>
        <source>Write the customer&apos;s statement of account as of today into a PDF file</source>
        <translation>Den Kontoauszug des Kunden zum heutigen Tag in eine PDF-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="95"/>
        <source>A&amp;gency</source>
        <translation>In&amp;kasso</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="96"/>
        <source>Hand the customer over to a collection agency, take it back, or export the case file for the agency</source>
        <translation>Den Kunden an ein Inkassounternehmen übergeben, zurückholen oder die Inkassoakte exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="105"/>
        <source>&amp;Open Items</source>
        <translation>&amp;Offene Posten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="116"/>
        <source>&amp;Payments</source>
        <translation>&amp;Zahlungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="127"/>
        <source>P&amp;lans</source>
        <translation>Raten&amp;pläne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="135"/>
        <source>&amp;Activity</source>
        <translation>&amp;Aktivitäten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="141"/>
        <source>Log &amp;Call…</source>
        <translation>Anr&amp;uf erfassen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="147"/>
        <source>Log E-&amp;mail…</source>
        <translation>&amp;E-Mail erfassen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="153"/>
        <source>Add &amp;Note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="159"/>
        <source>Promise to Pa&amp;y…</source>
        <translation>Zahlungszu&amp;sage…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="165"/>
        <source>&amp;Dispute Invoice…</source>
        <translation>Rechnung beans&amp;tanden…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="171"/>
        <source>&amp;Resolve Dispute</source>
        <translation>Beanstandung e&amp;rledigen</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="9"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="19"/>
        <source>&amp;Code:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="25"/>
        <source>The customer_id of files and the command line</source>
        <translation>Die customer_id in Dateien und auf der Kommandozeile</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="30"/>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="39"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="45"/>
        <source>Where reminders and statements go</source>
        <translation>Wohin Mahnungen und Kontoauszüge gehen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="50"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="59"/>
        <source>Ban&amp;k account:</source>
        <translation>&amp;Bankkonto:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="65"/>
        <source>IBAN or account number the customer pays from</source>
        <translation>IBAN oder Kontonummer, von der der Kunde zahlt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="66"/>
        <source>Receipts from this account are matched to the customer on the Bank page</source>
        <translation>Zahlungseingänge von diesem Konto werden auf der Seite Bank diesem Kunden zugeordnet</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="71"/>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="83"/>
        <source>Payment &amp;terms:</source>
        <translation>&amp;Zahlungsziel:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="89"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="90"/>
        <source>Due on receipt</source>
        <translation>Sofort fällig</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="97"/>
        <source>Early-payment &amp;discount:</source>
        <translation>Sk&amp;onto:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="103"/>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="104"/>
        <source>Percent off an invoice paid within the discount period, like 2 for “2/10 net 30”</source>
        <translation>Prozent Skonto auf eine innerhalb der Skontofrist bezahlte Rechnung, z.&#xa0;B. 2 für „2/10 netto 30“</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="109"/>
        <source>Discount pe&amp;riod:</source>
        <translation>Skontof&amp;rist:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="115"/>
        <source> days after the issue date</source>
        <translation> Tage nach Rechnungsdatum</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="122"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="131"/>
        <source>Credit &amp;limit:</source>
        <translation>&amp;Kreditlimit:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="137"/>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="143"/>
        <source>Letter lan&amp;guage:</source>
        <translation>Brief&amp;sprache:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="152"/>
        <source>On &amp;hold: send no reminders</source>
        <translation>Ma&amp;hnsperre: keine Mahnungen senden</translation>
    </message>
</context>
<context>
    <name>DunningLevelsDialog</name>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="9"/>
        <source>Dunning Levels</source>
        <translation>Mahnstufen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="14"/>
        <source>An overdue item reaches a level this many days past its due date. Each run raises an item at most one level; the highest level on a customer&apos;s letter picks its template and fee. Level 0, when switched on, is a courtesy reminder a few days before the due date, without fee or interest.</source>
        <translation>Ein überfälliger Posten erreicht eine Stufe so viele Tage nach seiner Fälligkeit. Jeder Mahnlauf hebt einen Posten um höchstens eine Stufe an; die höchste Stufe im Brief an einen Kunden bestimmt dessen Vorlage und Gebühr. Stufe 0 ist, wenn eingeschaltet, ein freundlicher Zahlungshinweis einige Tage vor der Fälligkeit, ohne Gebühr oder Zinsen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="20"/>
        <source>Reminder levels</source>
        <translation>Mahnstufen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="27"/>
        <source>&amp;Add Level</source>
        <translation>Stufe &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="32"/>
        <source>&amp;Remove Last Level</source>
        <translation>&amp;Letzte Stufe entfernen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="42"/>
        <source>Edit &amp;Template…</source>
        <translation>&amp;Vorlage bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="49"/>
        <source>Selected level</source>
        <translation>Ausgewählte Stufe</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="54"/>
        <source>S&amp;end this level</source>
        <translation>Diese Stufe &amp;versenden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="59"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="68"/>
        <source>&amp;Days overdue:</source>
        <translation>&amp;Tage überfällig:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="83"/>
        <source>&amp;Sent as:</source>
        <translation>Versand &amp;als:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="96"/>
        <source>&amp;Fee:</source>
        <translation>&amp;Gebühr:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="120"/>
        <source>&amp;Interest a year:</source>
        <translation>&amp;Zinsen pro Jahr:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="128"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="136"/>
        <source>A courtesy reminder goes out before the due date: it never charges a fee or interest.</source>
        <translation>Ein Zahlungshinweis geht vor der Fälligkeit hinaus: Er berechnet nie Gebühren oder Zinsen.</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="17"/>
        <source>There is no ARDesk ledger at “%1”: the server has no such database, or no ledger was created in it yet (“ardesk-cli init” creates one).</source>
        <translation>Unter „%1“ gibt es kein ARDesk-Debitorenbuch: Der Server hat keine solche Datenbank, oder darin wurde noch kein Debitorenbuch angelegt („ardesk-cli init“ legt eines an).</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="21"/>
        <source>The ledger “%1” does not exist. It may have been moved, renamed or deleted.</source>
        <translation>Das Debitorenbuch „%1“ existiert nicht. Es wurde möglicherweise verschoben, umbenannt oder gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="24"/>
        <source>“%1” is not an ARDesk ledger, or it is damaged.</source>
        <translation>„%1“ ist kein ARDesk-Debitorenbuch oder ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="26"/>
        <source>The ledger “%1” is in use by another program. Try again when that program has finished.</source>
        <translation>Das Debitorenbuch „%1“ wird von einem anderen Programm verwendet. Versuchen Sie es erneut, wenn dieses Programm fertig ist.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="30"/>
        <source>The ledger “%1” was saved by a newer version of ARDesk. Install that version to open it; this one leaves the file untouched.</source>
        <translation>Das Debitorenbuch „%1“ wurde mit einer neueren Version von ARDesk gespeichert. Installieren Sie diese Version, um es zu öffnen; diese Version lässt die Datei unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="34"/>
        <source>The ledger “%1” could not be read from disk.</source>
        <translation>Das Debitorenbuch „%1“ konnte nicht vom Datenträger gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="36"/>
        <source>The server of the ledger “%1” cannot be reached, or it refused the user name or password. Check the address, the network and the password.</source>
        <translation>Der Server des Debitorenbuchs „%1“ ist nicht erreichbar oder hat Benutzername oder Passwort abgelehnt. Prüfen Sie die Adresse, das Netzwerk und das Passwort.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="40"/>
        <source>The ledger “%1” was saved by an older version of ARDesk and must be brought up to date, but it cannot be written here. Open it once where it can be written, or copy it to a folder of yours.</source>
        <translation>Das Debitorenbuch „%1“ wurde von einer älteren ARDesk-Version gespeichert und muss aktualisiert werden, kann hier aber nicht geschrieben werden. Öffnen Sie es einmal dort, wo es geschrieben werden kann, oder kopieren Sie es in einen eigenen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="54"/>
        <source>The ledger “%1” could not be opened.</source>
        <translation>Das Debitorenbuch „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="61"/>
        <source>The ledger is in use by another program. Try again when that program has finished.</source>
        <translation>Das Debitorenbuch wird von einem anderen Programm verwendet. Versuchen Sie es erneut, wenn dieses Programm fertig ist.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="64"/>
        <source>The ledger is damaged: some of its data cannot be read.</source>
        <translation>Das Debitorenbuch ist beschädigt: Einige seiner Daten können nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="66"/>
        <source>The ledger file has disappeared. It may have been moved or deleted.</source>
        <translation>Die Datei des Debitorenbuchs ist verschwunden. Sie wurde möglicherweise verschoben oder gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="68"/>
        <source>The connection to the ledger&apos;s server was lost. Nothing half-done was kept; try again when the server can be reached.</source>
        <translation>Die Verbindung zum Server des Debitorenbuchs ist abgebrochen. Nichts Halbfertiges wurde gespeichert; versuchen Sie es erneut, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="83"/>
        <source>The ledger could not be read.</source>
        <translation>Das Debitorenbuch konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="92"/>
        <source>The ledger does not allow this change; nothing was changed.</source>
        <translation>Das Debitorenbuch erlaubt diese Änderung nicht; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="99"/>
        <source>This ledger is read-only: its file, its folder or its disk cannot be written. Nothing was changed.</source>
        <translation>Dieses Debitorenbuch ist schreibgeschützt: Seine Datei, sein Ordner oder sein Datenträger kann nicht beschrieben werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="102"/>
        <source>The disk that holds the ledger is full. Nothing was changed; free some space and try again.</source>
        <translation>Der Datenträger mit dem Debitorenbuch ist voll. Es wurde nichts geändert; schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="112"/>
        <source>The change could not be saved to the ledger; nothing was changed.</source>
        <translation>Die Änderung konnte nicht im Debitorenbuch gespeichert werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="120"/>
        <source>“%1” already exists, and ARDesk never overwrites a file. Choose another name.</source>
        <translation>„%1“ existiert bereits, und ARDesk überschreibt nie eine Datei. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="123"/>
        <source>“%1” is in use by another program. Try again when that program has finished.</source>
        <translation>„%1“ wird von einem anderen Programm verwendet. Versuchen Sie es erneut, wenn dieses Programm fertig ist.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="140"/>
        <source>“%1” could not be written. Check that you may write to that folder and that the disk is not full.</source>
        <translation>„%1“ konnte nicht geschrieben werden. Prüfen Sie, ob Sie in diesen Ordner schreiben dürfen und ob der Datenträger voll ist.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../ui/widgets/FileDialogs.cpp" line="36"/>
        <source>Open Ledger</source>
        <translation>Debitorenbuch öffnen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/FileDialogs.cpp" line="37"/>
        <location filename="../ui/widgets/FileDialogs.cpp" line="47"/>
        <source>ARDesk ledgers (*.ardesk);;All files (*)</source>
        <translation>ARDesk-Debitorenbücher (*.ardesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/FileDialogs.cpp" line="60"/>
        <location filename="../ui/widgets/FileDialogs.cpp" line="80"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/FileDialogs.cpp" line="70"/>
        <source>Bank statements (*.xml *.sta *.txt *.940 *.mt940);;All files (*)</source>
        <translation>Kontoauszüge (*.xml *.sta *.txt *.940 *.mt940);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/FileDialogs.cpp" line="94"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF-Dateien (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/FileDialogs.cpp" line="111"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/FileDialogs.cpp" line="112"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ForesightText</name>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="11"/>
        <source>Pays %n day(s) late on average</source>
        <translation>
            <numerusform>Zahlt im Schnitt %n Tag zu spät</numerusform>
            <numerusform>Zahlt im Schnitt %n Tage zu spät</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="13"/>
        <source>Pays %n day(s) early on average</source>
        <translation>
            <numerusform>Zahlt im Schnitt %n Tag zu früh</numerusform>
            <numerusform>Zahlt im Schnitt %n Tage zu früh</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="15"/>
        <source>Pays on time</source>
        <translation>Zahlt pünktlich</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="17"/>
        <source>Paid late %1 of %n time(s)</source>
        <translation>
            <numerusform>%1 von %n Mal zu spät bezahlt</numerusform>
            <numerusform>%1 von %n Malen zu spät bezahlt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="21"/>
        <source>Paying later lately (%n day(s) a month)</source>
        <translation>
            <numerusform>Zahlt zuletzt später (%n Tag pro Monat)</numerusform>
            <numerusform>Zahlt zuletzt später (%n Tage pro Monat)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="22"/>
        <source>Paying sooner lately (%n day(s) a month)</source>
        <translation>
            <numerusform>Zahlt zuletzt früher (%n Tag pro Monat)</numerusform>
            <numerusform>Zahlt zuletzt früher (%n Tage pro Monat)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="24"/>
        <source>Erratic (varies by %n day(s))</source>
        <translation>
            <numerusform>Unregelmäßig (schwankt um %n Tag)</numerusform>
            <numerusform>Unregelmäßig (schwankt um %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="26"/>
        <source>Larger than usual (%1%)</source>
        <translation>Größer als üblich (%1 %)</translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="28"/>
        <source>Smaller than usual (%1%)</source>
        <translation>Kleiner als üblich (%1 %)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="30"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="32"/>
        <source>Pays at the end of the month</source>
        <translation>Zahlt am Monatsende</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="34"/>
        <source>Only %n payment(s) known</source>
        <translation>
            <numerusform>Nur %n Zahlung bekannt</numerusform>
            <numerusform>Nur %n Zahlungen bekannt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="36"/>
        <source>No payment history</source>
        <translation>Keine Zahlungshistorie</translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="38"/>
        <source>Partly paid</source>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="40"/>
        <source>Disputed</source>
        <translation>Bestritten</translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="42"/>
        <source>Reminder level %1 sent</source>
        <translation>Mahnstufe %1 versandt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="44"/>
        <source>%n broken promise(s) to pay</source>
        <translation>
            <numerusform>%n gebrochene Zahlungszusage</numerusform>
            <numerusform>%n gebrochene Zahlungszusagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="46"/>
        <source>Installment plan defaulted</source>
        <translation>Ratenplan nicht eingehalten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="48"/>
        <source>%n open dispute(s)</source>
        <translation>
            <numerusform>%n offene Reklamation</numerusform>
            <numerusform>%n offene Reklamationen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="50"/>
        <source>%1% of the open amount over 30 days overdue</source>
        <translation>%1 % des offenen Betrags über 30 Tage überfällig</translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="66"/>
        <source>Risk %1 (%2 of 100)</source>
        <translation>Risiko %1 (%2 von 100)</translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="72"/>
        <source>Expected to be paid on %1; chance of paying late: %2%</source>
        <translation>Zahlung erwartet am %1; Wahrscheinlichkeit einer verspäteten Zahlung: %2 %</translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="76"/>
        <source>Estimated partly from similar customers: little history of its own.</source>
        <translation>Teils aus ähnlichen Kunden geschätzt: wenig eigene Historie.</translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="78"/>
        <source>Estimated from similar customers: no history of its own.</source>
        <translation>Aus ähnlichen Kunden geschätzt: keine eigene Historie.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="9"/>
        <location filename="../ui/dialogs/ImportWizard.ui" line="177"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="13"/>
        <source>Choose a File</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="16"/>
        <source>What the file holds, its layout, and where it is. ARDesk&apos;s native CSV has one header row naming the columns, dates as YYYY-MM-DD, amounts like 1234.50; files from QuickBooks Online, Xero or GnuCash are read in their own layout.</source>
        <translation>Was die Datei enthält, wie sie aufgebaut ist und wo sie liegt. Das eigene CSV-Format von ARDesk hat eine Kopfzeile mit den Spaltennamen, Datumsangaben als JJJJ-MM-TT und Beträge wie 1234.50; Dateien aus QuickBooks Online, Xero oder GnuCash werden in ihrem eigenen Aufbau gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="26"/>
        <source>&amp;Import:</source>
        <translation>&amp;Importieren:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="39"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="52"/>
        <source>&amp;Dates:</source>
        <translation>Da&amp;tumsformat:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="65"/>
        <source>How the file writes its dates. Detect reads them all and picks the only order that fits.</source>
        <translation>Wie die Datei ihre Datumsangaben schreibt. „Automatisch erkennen“ liest alle und wählt die einzige Reihenfolge, die passt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="70"/>
        <source>Decimal &amp;comma (1.234,56)</source>
        <translation>Dezimal&amp;komma (1.234,56)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="71"/>
        <source>The file writes amounts with a decimal comma, as GnuCash does in many European languages.</source>
        <translation>Die Datei schreibt Beträge mit Dezimalkomma, wie GnuCash in vielen europäischen Sprachen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="83"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="91"/>
        <source>A .csv file</source>
        <translation>Eine .csv-Datei</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="97"/>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="119"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="122"/>
        <source>The first rows as ARDesk reads them, under the file&apos;s own column names. Nothing is imported yet.</source>
        <translation>Die ersten Zeilen, wie ARDesk sie liest, unter den Spaltennamen der Datei. Noch wird nichts importiert.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="137"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="140"/>
        <source>Every row is checked against the ledger without changing it. All or nothing: if any row has a problem, nothing is imported.</source>
        <translation>Jede Zeile wird mit dem Debitorenbuch abgeglichen, ohne es zu ändern. Alles oder nichts: Hat eine Zeile ein Problem, wird nichts importiert.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="158"/>
        <location filename="../ui/dialogs/ImportWizard.ui" line="198"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="164"/>
        <source>Check &amp;Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="180"/>
        <source>The rows are written in one transaction: stopping leaves the ledger as it was.</source>
        <translation>Die Zeilen werden in einer Transaktion geschrieben: Anhalten lässt das Debitorenbuch, wie es war.</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="6"/>
        <source>New Invoice</source>
        <translation>Neue Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="14"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="27"/>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="40"/>
        <source>&amp;Issued on:</source>
        <translation>&amp;Ausgestellt am:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="57"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="74"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="98"/>
        <source>D&amp;escription:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="111"/>
        <source>Early-payment disc&amp;ount:</source>
        <translation>Sk&amp;onto:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="123"/>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="130"/>
        <source>% if paid by</source>
        <translation>% bei Zahlung bis</translation>
    </message>
</context>
<context>
    <name>LetterPrinting</name>
    <message>
        <location filename="../ui/printing/LetterPrinting.cpp" line="56"/>
        <source>Cannot Print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/printing/LetterPrinting.cpp" line="57"/>
        <source>The letters could not be laid out for printing.</source>
        <translation>Die Briefe konnten nicht für den Druck aufbereitet werden.</translation>
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
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>PaymentMethodNames</name>
    <message>
        <location filename="../ui/text/PaymentMethodNames.cpp" line="10"/>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <location filename="../ui/text/PaymentMethodNames.cpp" line="12"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../ui/text/PaymentMethodNames.cpp" line="14"/>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location filename="../ui/text/PaymentMethodNames.cpp" line="16"/>
        <source>Cheque</source>
        <translation>Scheck</translation>
    </message>
    <message>
        <location filename="../ui/text/PaymentMethodNames.cpp" line="18"/>
        <source>Direct debit</source>
        <translation>Lastschrift</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../ui/dialogs/PlanDialog.ui" line="13"/>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.ui" line="23"/>
        <source>Plan date:</source>
        <translation>Plandatum:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.ui" line="31"/>
        <source>Terms:</source>
        <translation>Konditionen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.ui" line="41"/>
        <source>Amounts:</source>
        <translation>Beträge:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.ui" line="49"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.ui" line="60"/>
        <source>&amp;Installments</source>
        <translation>&amp;Raten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.ui" line="73"/>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Umplanen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.ui" line="79"/>
        <source>Cancel &amp;Plan…</source>
        <translation>Ratenplan &amp;aufheben…</translation>
    </message>
</context>
<context>
    <name>PlanTermsEditor</name>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.ui" line="20"/>
        <source>Plan &amp;date:</source>
        <translation>Plan&amp;datum:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.ui" line="31"/>
        <source>&amp;Installments:</source>
        <translation>&amp;Anzahl Raten:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.ui" line="44"/>
        <source>&amp;Frequency:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.ui" line="53"/>
        <source>First d&amp;ue:</source>
        <translation>Erste &amp;Fälligkeit:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.ui" line="64"/>
        <source>Do&amp;wn payment:</source>
        <translation>An&amp;zahlung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.ui" line="75"/>
        <source>F&amp;ee:</source>
        <translation>&amp;Gebühr:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.ui" line="86"/>
        <source>Annual &amp;rate (%):</source>
        <translation>&amp;Jahreszins (%):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.ui" line="113"/>
        <source>Sc&amp;hedule:</source>
        <translation>&amp;Tilgungsplan:</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <location filename="../ui/text/ReminderText.cpp" line="8"/>
        <source>Level %1</source>
        <comment>a reminder level</comment>
        <translation>Stufe %1</translation>
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
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../ui/text/ReminderText.cpp" line="19"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/text/ReminderText.cpp" line="21"/>
        <source>Letter and e-mail</source>
        <translation>Brief und E-Mail</translation>
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
        <translation>Stufe %1 · %2</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <location filename="../ui/printing/ReportPrinter.cpp" line="117"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="9"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="16"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="20"/>
        <source>Company (printed on letters and statements)</source>
        <translation>Firma (auf Briefen und Kontoauszügen gedruckt)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="25"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="34"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="46"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="55"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="64"/>
        <source>&amp;Tax ID:</source>
        <translation>&amp;Steuernummer:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="70"/>
        <source>VAT or tax number</source>
        <translation>USt-IdNr. oder Steuernummer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="75"/>
        <source>Re&amp;gistration:</source>
        <translation>Handelsre&amp;gister:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="81"/>
        <source>Company register and number, such as Registered in England No. 01234567</source>
        <translation>Register und Nummer, z.&#xa0;B. Amtsgericht Hamburg HRB 12345</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="89"/>
        <source>Ledger</source>
        <translation>Debitorenbuch</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="94"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="112"/>
        <source>Aging &amp;buckets:</source>
        <translation>Fälligkeits&amp;zeiträume:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="118"/>
        <source>30,60,90</source>
        <translation>30,60,90</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="131"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="136"/>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="149"/>
        <source>A new language takes effect the next time ARDesk starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von ARDesk.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="164"/>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="168"/>
        <source>How customers pay (printed on reminders, statements and e-mails)</source>
        <translation>Wie Kunden bezahlen (auf Mahnungen, Kontoauszügen und E-Mails)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="173"/>
        <source>Account &amp;holder:</source>
        <translation>Kontoin&amp;haber:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="179"/>
        <source>Empty: the company&apos;s name</source>
        <translation>Leer: der Name des Unternehmens</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="184"/>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="200"/>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="216"/>
        <source>Account &amp;number:</source>
        <translation>Konto&amp;nummer:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="222"/>
        <source>Where there is no IBAN</source>
        <translation>Wo es keine IBAN gibt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="227"/>
        <source>&amp;Routing / sort code:</source>
        <translation>Bankleit&amp;zahl:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="236"/>
        <source>Payment &amp;link:</source>
        <translation>Zahlungs&amp;link:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="261"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="265"/>
        <source>Outgoing mail server (SMTP) on this computer</source>
        <translation>Postausgangsserver (SMTP) auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="270"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="276"/>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="281"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="297"/>
        <source>S&amp;ecurity:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="310"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="316"/>
        <source>Empty when the server needs no login</source>
        <translation>Leer, wenn der Server keine Anmeldung verlangt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="321"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="332"/>
        <source>&amp;From address:</source>
        <translation>&amp;Absenderadresse:</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.ui" line="9"/>
        <source>Letter Templates</source>
        <translation>Briefvorlagen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.ui" line="16"/>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.ui" line="25"/>
        <source>L&amp;anguage:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.ui" line="34"/>
        <source>Preview &amp;for:</source>
        <translation>Vorschau &amp;für:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.ui" line="65"/>
        <source>&amp;Template (HTML with mustache fields):</source>
        <translation>Vor&amp;lage (HTML mit Mustache-Feldern):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.ui" line="92"/>
        <source>F&amp;ields:</source>
        <translation>F&amp;elder:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.ui" line="101"/>
        <source>I&amp;nsert Field</source>
        <translation>Feld e&amp;infügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.ui" line="114"/>
        <source>&amp;Preview:</source>
        <translation>&amp;Vorschau:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.ui" line="134"/>
        <source>&amp;Restore Default</source>
        <translation>Standard &amp;wiederherstellen</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <location filename="../ui/session/UiLanguage.cpp" line="17"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.ui" line="6"/>
        <source>Write Off</source>
        <translation>Ausbuchen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.ui" line="21"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.ui" line="38"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.ui" line="62"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
</context>
<context>
    <name>ardesk::ActivityDialog</name>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="22"/>
        <source>Log Call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="24"/>
        <source>Log E-mail</source>
        <translation>E-Mail erfassen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="26"/>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="28"/>
        <source>Promise to Pay</source>
        <translation>Zahlungszusage</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="30"/>
        <source>Dispute Invoice</source>
        <translation>Rechnung beanstanden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="48"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="61"/>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Betrag (%1):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="66"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="70"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="76"/>
        <source>%1 — due %2, open %3</source>
        <translation>%1 — fällig %2, offen %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="119"/>
        <source>Enter the promised amount in %1, like %2.</source>
        <translation>Geben Sie den zugesagten Betrag in %1 ein, wie %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="122"/>
        <source>The pay-by date cannot be before the date of the promise.</source>
        <translation>Das Zahlungsdatum darf nicht vor dem Datum der Zusage liegen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="126"/>
        <source>The customer has no open invoice that is not disputed already.</source>
        <translation>Der Kunde hat keine offene Rechnung, die nicht bereits beanstandet ist.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="129"/>
        <source>Write the note.</source>
        <translation>Schreiben Sie die Notiz.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="168"/>
        <source>Cannot Record Activity</source>
        <translation>Aktivität kann nicht erfasst werden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="169"/>
        <source>The activity could not be recorded.</source>
        <translation>Die Aktivität konnte nicht erfasst werden.</translation>
    </message>
</context>
<context>
    <name>ardesk::ActivityListModel</name>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="52"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="54"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="56"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="58"/>
        <source>Promise to pay</source>
        <translation>Zahlungszusage</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="60"/>
        <source>Dispute</source>
        <translation>Beanstandung</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="72"/>
        <source>Reminder</source>
        <comment>a reminder sent, in the activity log</comment>
        <translation>Mahnung</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="86"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="88"/>
        <source>Kept</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="90"/>
        <source>Broken</source>
        <translation>Gebrochen</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="122"/>
        <source>%1 by %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="126"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="133"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="134"/>
        <source>Resolved %1</source>
        <translation>Erledigt %1</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="185"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="187"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="189"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="191"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="193"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ardesk::AgencyHandoverDialog</name>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="38"/>
        <source>Take Back from Agency</source>
        <translation>Vom Inkasso zurückholen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="40"/>
        <source>%1 was handed over to %2 on %3. Taken back, the customer gets reminders again from the date below, and you collect its open items yourself.</source>
        <translation>%1 wurde am %3 an %2 übergeben. Zurückgeholt erhält der Kunde ab dem unten stehenden Datum wieder Mahnungen, und Sie treiben seine offenen Posten selbst ein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="46"/>
        <source>Hand Over to Agency</source>
        <translation>An Inkasso übergeben</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="47"/>
        <source>From the date below the agency collects what %1 owes: no reminders go out to the customer, and its open items show the hand-over. The activity log records it.</source>
        <translation>Ab dem unten stehenden Datum treibt das Inkassounternehmen ein, was %1 schuldet: Der Kunde erhält keine Mahnungen, und seine offenen Posten zeigen die Übergabe. Der Verlauf hält sie fest.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="55"/>
        <source>For example: Northern Collections Ltd</source>
        <translation>Zum Beispiel: Inkasso Nord GmbH</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="59"/>
        <source>Why the customer is taken back (optional)</source>
        <translation>Warum der Kunde zurückgeholt wird (optional)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="60"/>
        <source>File number, what was agreed (optional)</source>
        <translation>Aktenzeichen, Vereinbartes (optional)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="65"/>
        <source>Taken &amp;back on:</source>
        <translation>&amp;Zurückgeholt am:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="65"/>
        <source>Handed &amp;over on:</source>
        <translation>Über&amp;geben am:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="67"/>
        <source>&amp;Agency:</source>
        <translation>&amp;Inkassounternehmen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="70"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="74"/>
        <source>&amp;Take Back</source>
        <translation>&amp;Zurückholen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="74"/>
        <source>&amp;Hand Over</source>
        <translation>&amp;Übergeben</translation>
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
        <location filename="../ui/charts/AgingBucketChart.cpp" line="71"/>
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
        <location filename="../ui/dialogs/AgingBucketDialog.cpp" line="65"/>
        <source>Current Invoices as of %1</source>
        <translation>Nicht fällige Rechnungen zum %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgingBucketDialog.cpp" line="66"/>
        <source>Invoices %1 Days Overdue as of %2</source>
        <translation>Rechnungen %1 Tage überfällig zum %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgingBucketDialog.cpp" line="73"/>
        <source>No open invoices in this bucket.</source>
        <translation>Keine offenen Rechnungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgingBucketDialog.cpp" line="76"/>
        <source>Invoices: %1 · Open: %2</source>
        <translation>Rechnungen: %1 · Offen: %2</translation>
    </message>
</context>
<context>
    <name>ardesk::AgingDetailModel</name>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="83"/>
        <source>%1 until %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="134"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="136"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="138"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="140"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="142"/>
        <source>Days Overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="144"/>
        <source>Open Amount</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="146"/>
        <source>Early-Payment Discount</source>
        <translation>Skonto</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="148"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>ardesk::AgingSummaryModel</name>
    <message>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="89"/>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="142"/>
        <source>Total</source>
        <extracomment>The row that adds up every customer of one currency in the aging summary.</extracomment>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="131"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="133"/>
        <source>ID</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="135"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="140"/>
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
    <name>ardesk::AllocationTableModel</name>
    <message>
        <location filename="../ui/models/AllocationTableModel.cpp" line="147"/>
        <source>Settles the item with an early-payment discount of %1</source>
        <translation>Begleicht den Posten mit %1 Skonto</translation>
    </message>
    <message>
        <location filename="../ui/models/AllocationTableModel.cpp" line="150"/>
        <source>Up to %1</source>
        <translation>Bis zu %1</translation>
    </message>
    <message>
        <location filename="../ui/models/AllocationTableModel.cpp" line="201"/>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../ui/models/AllocationTableModel.cpp" line="203"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../ui/models/AllocationTableModel.cpp" line="205"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/models/AllocationTableModel.cpp" line="207"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/models/AllocationTableModel.cpp" line="209"/>
        <source>Allocate</source>
        <translation>Zuordnen</translation>
    </message>
</context>
<context>
    <name>ardesk::AuditTrailModel</name>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="27"/>
        <source>Logged</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="28"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="31"/>
        <source>Corrected</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="32"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="34"/>
        <source>Voided</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="36"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="38"/>
        <source>Applied</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="40"/>
        <source>Un-applied</source>
        <translation>Zuordnung aufgehoben</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="42"/>
        <source>Written off</source>
        <translation>Abgeschrieben</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="44"/>
        <source>Discount granted</source>
        <translation>Skonto gewährt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="46"/>
        <source>Reminder sent</source>
        <translation>Mahnung versendet</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="48"/>
        <source>Resolved</source>
        <translation>Geklärt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="50"/>
        <source>Handed over to agency</source>
        <translation>An Inkasso übergeben</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="52"/>
        <source>Taken back from agency</source>
        <translation>Vom Inkasso zurückgeholt</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="54"/>
        <source>Cancelled</source>
        <translation>Aufgehoben</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="56"/>
        <source>Rescheduled</source>
        <translation>Umgeplant</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="66"/>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="68"/>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="70"/>
        <source>Payment %1</source>
        <translation>Zahlung %1</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="72"/>
        <source>Credit note %1</source>
        <translation>Gutschrift %1</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="74"/>
        <source>Plan %1</source>
        <translation>Ratenplan %1</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="91"/>
        <source>%1 to invoice %2</source>
        <translation>%1 auf Rechnung %2</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="93"/>
        <source>%1 from invoice %2</source>
        <translation>%1 von Rechnung %2</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="95"/>
        <source>Level %1</source>
        <translation>Mahnstufe %1</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="106"/>
        <source>(outside ARDesk)</source>
        <comment>who changed it: unknown</comment>
        <translation>(außerhalb von ARDesk)</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="152"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="154"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="156"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="158"/>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="160"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ardesk::BankAutoPostDialog</name>
    <message>
        <location filename="../ui/dialogs/BankAutoPostDialog.cpp" line="26"/>
        <source>Post All Sure Receipts</source>
        <translation>Alle sicheren Zahlungseingänge buchen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/BankAutoPostDialog.cpp" line="35"/>
        <source>%n receipt(s) score %1 or more and would be posted as payments, each to the customer and documents shown, in booking-date order, all in one go:</source>
        <translation>
            <numerusform>%n Zahlungseingang erreicht %1 oder mehr und würde als Zahlung gebucht, an den gezeigten Kunden und die gezeigten Belege, nach Buchungstag, alle auf einmal:</numerusform>
            <numerusform>%n Zahlungseingänge erreichen %1 oder mehr und würden als Zahlungen gebucht, jeder an den gezeigten Kunden und die gezeigten Belege, nach Buchungstag, alle auf einmal:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankAutoPostDialog.cpp" line="45"/>
        <source>Receipts to post</source>
        <translation>Zu buchende Zahlungseingänge</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankAutoPostDialog.cpp" line="55"/>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/BankAutoPostDialog.cpp" line="60"/>
        <source>&amp;Post %n Receipt(s)</source>
        <translation>
            <numerusform>%n Zahlungseingang &amp;buchen</numerusform>
            <numerusform>%n Zahlungseingänge &amp;buchen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::BankCsvColumnsPage</name>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="72"/>
        <source>Decimal &amp;comma (1234,50)</source>
        <translation>Dezimal&amp;komma (1234,50)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="79"/>
        <source>Which Column Holds What</source>
        <translation>Welche Spalte was enthält</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="80"/>
        <source>Name the columns of an entry, then the account the file is a statement of. The profile is saved in the ledger under its name, for every later file of this bank.</source>
        <translation>Wählen Sie die Spalten einer Buchung, dann das Konto, dessen Auszug die Datei ist. Das Profil wird unter seinem Namen im Hauptbuch gespeichert, für jede spätere Datei dieser Bank.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="84"/>
        <source>One column, money out negative:</source>
        <translation>Eine Spalte, Abgänge negativ:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="85"/>
        <source>A debit and a credit column:</source>
        <translation>Eine Soll- und eine Haben-Spalte:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="89"/>
        <source>dd day, MM month, yyyy or yy year</source>
        <translation>dd Tag, MM Monat, yyyy oder yy Jahr</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="94"/>
        <source>Your account&apos;s IBAN or number</source>
        <translation>IBAN oder Nummer Ihres Kontos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="96"/>
        <source>e.g. the bank&apos;s name</source>
        <translation>z. B. der Name der Bank</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="119"/>
        <source>Booking &amp;date:</source>
        <translation>Buchungs&amp;datum:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="120"/>
        <source>&amp;Value date:</source>
        <translation>&amp;Valutadatum:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="121"/>
        <source>A&amp;mount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="122"/>
        <source>&amp;Payer:</source>
        <translation>Za&amp;hler:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="123"/>
        <source>Payer&apos;s acco&amp;unt:</source>
        <translation>Kon&amp;to des Zahlers:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="124"/>
        <source>&amp;Remittance text:</source>
        <translation>Verwe&amp;ndungszweck:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="125"/>
        <source>Bank&apos;s entr&amp;y ID:</source>
        <translation>&amp;Eintrags-ID der Bank:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="126"/>
        <source>Dates &amp;written:</source>
        <translation>Datums&amp;format:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="127"/>
        <source>Curr&amp;ency:</source>
        <translation>Wäh&amp;rung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="128"/>
        <source>Statement of &amp;account:</source>
        <translation>&amp;Auszüge des Kontos:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="129"/>
        <source>Profile &amp;name:</source>
        <translation>&amp;Profilname:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="175"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="182"/>
        <source>%1 (e.g. “%2”)</source>
        <extracomment>A column of the bank&apos;s file: %1 its position or header name, %2 a value of it.</extracomment>
        <translation>%1 (z. B. „%2“)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="182"/>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="183"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="288"/>
        <source>Choose the column with the booking date.</source>
        <translation>Wählen Sie die Spalte mit dem Buchungsdatum.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="290"/>
        <source>Choose the column with the amount.</source>
        <translation>Wählen Sie die Spalte mit dem Betrag.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="292"/>
        <source>Choose both the debit and the credit column.</source>
        <translation>Wählen Sie die Soll- und die Haben-Spalte.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="294"/>
        <source>Enter the account the bank&apos;s files are statements of.</source>
        <translation>Geben Sie das Konto ein, dessen Auszüge die Dateien der Bank sind.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="296"/>
        <source>Name the profile, e.g. after the bank.</source>
        <translation>Geben Sie dem Profil einen Namen, z. B. den der Bank.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="298"/>
        <source>The profile is not complete: %1.</source>
        <translation>Das Profil ist unvollständig: %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="300"/>
        <source>The file does not read with these settings: %1</source>
        <translation>Mit diesen Einstellungen lässt sich die Datei nicht lesen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="317"/>
        <source>The file reads: %n entries, %1 of them money in.</source>
        <extracomment>%n entries of the file; %1 how many of them are money in.</extracomment>
        <translation>
            <numerusform>Die Datei liest sich: %n Buchung, davon Eingänge: %1.</numerusform>
            <numerusform>Die Datei liest sich: %n Buchungen, davon Eingänge: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="323"/>
        <source>The first money in: %1, %2 from %3.</source>
        <extracomment>%1 a date, %2 an amount with its currency, %3 who paid.</extracomment>
        <translation>Der erste Eingang: %1, %2 von %3.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="328"/>
        <source>an unnamed payer</source>
        <translation>einem ungenannten Zahler</translation>
    </message>
</context>
<context>
    <name>ardesk::BankCsvLayoutPage</name>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="31"/>
        <source>The next row names the &amp;columns</source>
        <translation>Die nächste Zeile benennt die &amp;Spalten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="36"/>
        <source>How the File Is Written</source>
        <translation>Wie die Datei geschrieben ist</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="37"/>
        <source>Set how your bank writes the file until its entries show one per row, in columns.</source>
        <translation>Stellen Sie ein, wie Ihre Bank die Datei schreibt, bis ihre Buchungen eine je Zeile in Spalten erscheinen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="41"/>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="42"/>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="43"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="44"/>
        <source>Vertical bar ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="49"/>
        <source>Rows the bank writes before the entries: account, period, balances</source>
        <translation>Zeilen, die die Bank vor die Buchungen schreibt: Konto, Zeitraum, Salden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="55"/>
        <source>Rows the bank writes after the last entry: closing balance, totals</source>
        <translation>Zeilen, die die Bank nach der letzten Buchung schreibt: Schlusssaldo, Summen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="63"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="66"/>
        <source>Rows be&amp;fore the entries:</source>
        <translation>Zeilen &amp;vor den Buchungen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="70"/>
        <source>Rows &amp;after the entries:</source>
        <translation>Zeilen &amp;nach den Buchungen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="129"/>
        <source>Column %1</source>
        <extracomment>A column of the bank&apos;s file without a header: %1 its position, 1 for the first.</extracomment>
        <translation>Spalte %1</translation>
    </message>
</context>
<context>
    <name>ardesk::BankCsvProfileDialog</name>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="23"/>
        <source>Import Bank CSV</source>
        <translation>Bank-CSV importieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="24"/>
        <source>“%1” is a CSV export. Which bank&apos;s column profile reads it?</source>
        <translation>„%1“ ist ein CSV-Export. Mit welchem Spaltenprofil welcher Bank wird er gelesen?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="41"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="43"/>
        <source>&amp;New Profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="50"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="76"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="79"/>
        <source>Columns separated by “%1”, with a header row</source>
        <translation>Spalten durch „%1“ getrennt, mit Kopfzeile</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="80"/>
        <source>Columns separated by “%1”, without a header row</source>
        <translation>Spalten durch „%1“ getrennt, ohne Kopfzeile</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="81"/>
        <source>Dates written %1; amounts with a decimal %2</source>
        <translation>Datum im Format %1; Beträge mit Dezimal%2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="82"/>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="82"/>
        <source>point</source>
        <translation>punkt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="84"/>
        <source>Amounts in the columns “%1” (debit) and “%2” (credit)</source>
        <translation>Beträge in den Spalten „%1“ (Soll) und „%2“ (Haben)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="86"/>
        <source>Amounts in the column “%1”</source>
        <translation>Beträge in der Spalte „%1“</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="87"/>
        <source>Account %1, in %2</source>
        <translation>Konto %1, in %2</translation>
    </message>
</context>
<context>
    <name>ardesk::BankCsvProfileWizard</name>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileWizard.cpp" line="18"/>
        <source>New Bank CSV Profile for “%1”</source>
        <extracomment>%1 the bank file&apos;s name.</extracomment>
        <translation>Neues Bank-CSV-Profil für „%1“</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileWizard.cpp" line="24"/>
        <source>Save and &amp;Import</source>
        <translation>Speichern und &amp;importieren</translation>
    </message>
</context>
<context>
    <name>ardesk::BankIgnoreDialog</name>
    <message>
        <location filename="../ui/dialogs/BankIgnoreDialog.cpp" line="23"/>
        <source>Ignore Receipt</source>
        <translation>Zahlungseingang ignorieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankIgnoreDialog.cpp" line="26"/>
        <source>Take the receipt of %1 from %2, booked on %3, out of the queue? It is not posted to any customer.</source>
        <translation>Den Zahlungseingang über %1 von %2, gebucht am %3, aus der Liste nehmen? Er wird keinem Kunden gebucht.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankIgnoreDialog.cpp" line="33"/>
        <source>&amp;Reason (kept with the line):</source>
        <translation>&amp;Grund (wird beim Umsatz gespeichert):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankIgnoreDialog.cpp" line="36"/>
        <source>For example: refund from a supplier</source>
        <translation>Zum Beispiel: Erstattung eines Lieferanten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankIgnoreDialog.cpp" line="40"/>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorieren</translation>
    </message>
</context>
<context>
    <name>ardesk::BankPage</name>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="69"/>
        <source>Receipts: %1 of %2</source>
        <translation>Zahlungseingänge: %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="84"/>
        <source>&amp;Import Statement…</source>
        <translation>Kontoauszug &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="85"/>
        <source>&amp;Match</source>
        <translation>&amp;Abgleichen</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="86"/>
        <source>&amp;Post…</source>
        <translation>&amp;Buchen…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="87"/>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="88"/>
        <source>&amp;Split…</source>
        <translation>&amp;Aufteilen…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="89"/>
        <source>I&amp;gnore…</source>
        <translation>I&amp;gnorieren…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="91"/>
        <source>Post &amp;All ≥ %1…</source>
        <translation>A&amp;lle ≥ %1 buchen…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="122"/>
        <source>Import a bank statement (camt.053, camt.054 or MT940); each receipt is added once, however often it is imported. You can also drop the file on this page.</source>
        <translation>Einen Kontoauszug importieren (camt.053, camt.054 oder MT940); jeder Zahlungseingang wird einmal aufgenommen, wie oft er auch importiert wird. Sie können die Datei auch auf diese Seite ziehen.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="126"/>
        <source>Propose again who paid what for every receipt in the queue</source>
        <translation>Für jeden Zahlungseingang der Liste neu vorschlagen, wer was bezahlt hat</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="128"/>
        <source>Post the selected receipt as proposed (Enter)</source>
        <translation>Den gewählten Zahlungseingang wie vorgeschlagen buchen (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="131"/>
        <source>Post the selected receipt to another customer or other documents</source>
        <translation>Den gewählten Zahlungseingang auf einen anderen Kunden oder andere Belege buchen</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="134"/>
        <source>Post the selected receipt across several customers, each with its share</source>
        <translation>Den gewählten Zahlungseingang auf mehrere Kunden buchen, jeden mit seinem Anteil</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="137"/>
        <source>Take the selected line out of the queue with a reason, such as a refund (Delete)</source>
        <translation>Den gewählten Umsatz mit einem Grund aus der Liste nehmen, etwa eine Erstattung (Entf)</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="144"/>
        <source>Show every receipt scoring %1 or more, then post them all at once</source>
        <translation>Jeden Zahlungseingang mit %1 oder mehr zeigen und dann alle auf einmal buchen</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="148"/>
        <source>Bank commands</source>
        <translation>Bankbefehle</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="166"/>
        <source>Receipts to apply</source>
        <translation>Zuzuordnende Zahlungseingänge</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="196"/>
        <location filename="../ui/views/BankPage.cpp" line="230"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="253"/>
        <source>Receipts to apply: %1</source>
        <translation>Zuzuordnende Zahlungseingänge: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="280"/>
        <source>Match Receipts</source>
        <translation>Zahlungseingänge abgleichen</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="281"/>
        <source>Matching the receipts to open documents…</source>
        <translation>Die Zahlungseingänge werden mit offenen Belegen abgeglichen…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="371"/>
        <source>Select a receipt to see it in full.</source>
        <translation>Wählen Sie einen Zahlungseingang, um ihn vollständig zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="380"/>
        <source>%1 (account %2)</source>
        <extracomment>A payer and its bank account.</extracomment>
        <translation>%1 (Konto %2)</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="383"/>
        <source>&lt;b&gt;%1&lt;/b&gt; from %2, booked on %3</source>
        <extracomment>The selected bank line: amount, payer, booking date, then its reference.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; von %2, gebucht am %3</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="388"/>
        <source>reference “%1”</source>
        <translation>Verwendungszweck „%1“</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="391"/>
        <source>No proposal: post it with Change… to the customer who paid, or ignore it.</source>
        <translation>Kein Vorschlag: buchen Sie ihn mit Ändern… auf den Kunden, der gezahlt hat, oder ignorieren Sie ihn.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="394"/>
        <source>Proposed: %1, score %2, on account.</source>
        <extracomment>%1 customer, %2 score.</extracomment>
        <translation>Vorschlag: %1, Bewertung %2, auf das Kundenkonto.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="399"/>
        <source>Proposed: %1 for %2, score %3.</source>
        <extracomment>%1 customer, %2 documents, %3 score.</extracomment>
        <translation>Vorschlag: %1 für %2, Bewertung %3.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="415"/>
        <source>Matching the receipts…</source>
        <translation>Die Zahlungseingänge werden abgeglichen…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="418"/>
        <source>No receipts to apply.

Import a bank statement (camt.053, camt.054 or MT940) with Import Statement…, or drop the file on this page.
Each receipt is proposed a customer and the documents it pays: Enter posts the selected proposal, Delete takes a line out of the queue.</source>
        <translation>Keine zuzuordnenden Zahlungseingänge.

Importieren Sie einen Kontoauszug (camt.053, camt.054 oder MT940) mit Kontoauszug importieren…, oder ziehen Sie die Datei auf diese Seite.
Für jeden Zahlungseingang werden ein Kunde und die bezahlten Belege vorgeschlagen: die Eingabetaste bucht den gewählten Vorschlag, Entf nimmt einen Umsatz aus der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="429"/>
        <location filename="../ui/views/BankPage.cpp" line="440"/>
        <source>Import Bank Statement</source>
        <translation>Kontoauszug importieren</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="441"/>
        <source>Importing “%1”…</source>
        <translation>„%1“ wird importiert…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="450"/>
        <location filename="../ui/views/BankPage.cpp" line="508"/>
        <location filename="../ui/views/BankPage.cpp" line="526"/>
        <source>The import of “%1” was cancelled; nothing was imported.</source>
        <translation>Der Import von „%1“ wurde abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="469"/>
        <source>“%1” could not be imported: it is not a bank statement ARDesk reads (camt.053, camt.054, MT940, OFX, or CSV with its profile), it is damaged, it names no account, or it is in a currency the ledger does not bill in. Nothing was imported.</source>
        <translation>„%1“ konnte nicht importiert werden: Es ist kein Kontoauszug, den ARDesk liest (camt.053, camt.054, MT940, OFX oder CSV mit seinem Profil), er ist beschädigt, nennt kein Konto oder ist in einer Währung, in der das Hauptbuch nicht fakturiert. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="477"/>
        <source>“%1” could not be read. Nothing was imported.</source>
        <translation>„%1“ konnte nicht gelesen werden. Nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="484"/>
        <source>Cannot Import Statement</source>
        <translation>Kontoauszug kann nicht importiert werden</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="494"/>
        <source>Cannot Read CSV Profiles</source>
        <translation>CSV-Profile können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="531"/>
        <source>Cannot Save CSV Profile</source>
        <translation>CSV-Profil kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="541"/>
        <source>Cannot Match Receipts</source>
        <translation>Zahlungseingänge können nicht abgeglichen werden</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="544"/>
        <source>Cannot Post Receipts</source>
        <translation>Zahlungseingänge können nicht gebucht werden</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="546"/>
        <source>Nothing was posted: %1</source>
        <translation>Nichts wurde gebucht: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="568"/>
        <source>It pays the customer&apos;s oldest open items; what is left stays on the customer as unapplied credit.</source>
        <translation>Er bezahlt die ältesten offenen Posten des Kunden; was übrig bleibt, bleibt als nicht zugeordnetes Guthaben beim Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="570"/>
        <source>It pays %1 first, then the customer&apos;s oldest open items; what is left stays on the customer as unapplied credit.</source>
        <translation>Er bezahlt zuerst %1, dann die ältesten offenen Posten des Kunden; was übrig bleibt, bleibt als nicht zugeordnetes Guthaben beim Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="574"/>
        <source>Post the receipt of %1 from %2 to %3?

%4</source>
        <extracomment>%1 amount, %2 payer, %3 customer, %4 what it pays (a sentence).</extracomment>
        <translation>Den Zahlungseingang über %1 von %2 auf %3 buchen?

%4</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="576"/>
        <source>Post Receipt</source>
        <translation>Zahlungseingang buchen</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="582"/>
        <source>Cannot Post Receipt</source>
        <translation>Zahlungseingang kann nicht gebucht werden</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="587"/>
        <location filename="../ui/views/BankPage.cpp" line="608"/>
        <location filename="../ui/views/BankPage.cpp" line="626"/>
        <source>Posted %1 from %2 to %3.</source>
        <translation>%1 von %2 auf %3 gebucht.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="642"/>
        <source>Cannot Ignore Line</source>
        <translation>Umsatz kann nicht ignoriert werden</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="648"/>
        <source>Ignored %1 from %2: %3</source>
        <translation>%1 von %2 ignoriert: %3</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="658"/>
        <location filename="../ui/views/BankPage.cpp" line="680"/>
        <location filename="../ui/views/BankPage.cpp" line="692"/>
        <source>Post All</source>
        <translation>Alle buchen</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="659"/>
        <source>Finding the receipts to post…</source>
        <translation>Die zu buchenden Zahlungseingänge werden gesucht…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="681"/>
        <source>No receipt scores %1 or more: post them one by one.</source>
        <translation>Kein Zahlungseingang erreicht %1 oder mehr: buchen Sie sie einzeln.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="693"/>
        <source>Posting the receipts…</source>
        <translation>Die Zahlungseingänge werden gebucht…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="705"/>
        <source>Post All was cancelled; nothing was posted.</source>
        <translation>Alle buchen wurde abgebrochen; nichts wurde gebucht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/BankPage.cpp" line="713"/>
        <source>Posted %n receipt(s).</source>
        <translation>
            <numerusform>%n Zahlungseingang gebucht.</numerusform>
            <numerusform>%n Zahlungseingänge gebucht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="715"/>
        <source>The ledger changed after the preview, so the receipts posted differ from those listed.</source>
        <translation>Das Hauptbuch hat sich nach der Vorschau geändert; die gebuchten Zahlungseingänge weichen von den gezeigten ab.</translation>
    </message>
</context>
<context>
    <name>ardesk::BankPostDialog</name>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="39"/>
        <source>Post Receipt</source>
        <translation>Zahlungseingang buchen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="53"/>
        <source>Open items to pay first</source>
        <translation>Zuerst zu bezahlende offene Posten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="67"/>
        <source>The receipt pays the ticked documents first, then the customer&apos;s oldest open items; what is left stays on the customer as unapplied credit. The payer&apos;s account is remembered for this customer.</source>
        <translation>Der Zahlungseingang bezahlt zuerst die angehakten Belege, dann die ältesten offenen Posten des Kunden; was übrig bleibt, bleibt als nicht zugeordnetes Guthaben beim Kunden. Das Konto des Zahlers wird für diesen Kunden gemerkt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="78"/>
        <source>&amp;Post</source>
        <translation>&amp;Buchen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="84"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="87"/>
        <source>&amp;Documents to pay first:</source>
        <translation>Zuerst zu bezahlende &amp;Belege:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="125"/>
        <source>Cannot Read Open Items</source>
        <translation>Offene Posten können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="126"/>
        <source>The customer&apos;s open items could not be read.</source>
        <translation>Die offenen Posten des Kunden konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="144"/>
        <source>Choose the customer who paid.</source>
        <translation>Wählen Sie den Kunden, der gezahlt hat.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="145"/>
        <source>No customer has this code or name. Pick one from the suggestions.</source>
        <translation>Kein Kunde hat diese Nummer oder diesen Namen. Wählen Sie einen aus den Vorschlägen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="147"/>
        <source>%1 is billed in %2; the receipt is in %3.</source>
        <translation>%1 wird in %2 fakturiert; der Zahlungseingang ist in %3.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="150"/>
        <source>%1 has no open items: the whole receipt stays on the customer as unapplied credit.</source>
        <translation>%1 hat keine offenen Posten: der ganze Zahlungseingang bleibt als nicht zugeordnetes Guthaben beim Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="156"/>
        <source>Ticked: %1 open    Receipt: %2</source>
        <translation>Angehakt: %1 offen    Zahlungseingang: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="176"/>
        <source>Cannot Post Receipt</source>
        <translation>Zahlungseingang kann nicht gebucht werden</translation>
    </message>
</context>
<context>
    <name>ardesk::BankQueueModel</name>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="71"/>
        <source>No proposal</source>
        <translation>Kein Vorschlag</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="120"/>
        <source>%1, account %2</source>
        <extracomment>A payer&apos;s name and bank account.</extracomment>
        <translation>%1, Konto %2</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="131"/>
        <source>Score %1 of 100</source>
        <translation>Bewertung %1 von 100</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="148"/>
        <source>Booked</source>
        <translation>Buchungstag</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="150"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="152"/>
        <source>Payer</source>
        <translation>Zahler</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="154"/>
        <source>Reference</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="156"/>
        <source>Proposed customer</source>
        <translation>Vorgeschlagener Kunde</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="158"/>
        <source>Documents</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="160"/>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="162"/>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>ardesk::BankSplitDialog</name>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="55"/>
        <source>&amp;Add Part</source>
        <translation>Anteil &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="56"/>
        <source>&amp;Remove Part</source>
        <translation>Anteil &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="63"/>
        <source>Split Receipt</source>
        <translation>Zahlungseingang aufteilen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="73"/>
        <source>Amount of the part</source>
        <translation>Betrag des Anteils</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="75"/>
        <source>Optional, for example INV-1, INV-2</source>
        <translation>Optional, zum Beispiel INV-1, INV-2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="84"/>
        <source>Parts of the receipt</source>
        <translation>Anteile des Zahlungseingangs</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="96"/>
        <source>Each part becomes a payment of its customer and pays the documents named first, then that customer&apos;s oldest open items; what is left stays on the customer as unapplied credit. The parts must add up to the receipt.</source>
        <translation>Jeder Anteil wird eine Zahlung seines Kunden und begleicht zuerst die genannten Belege, dann die ältesten offenen Posten dieses Kunden; ein Rest bleibt beim Kunden als nicht zugeordnetes Guthaben. Die Anteile müssen zusammen den Zahlungseingang ergeben.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="105"/>
        <source>&amp;Post Split</source>
        <translation>Aufteilung &amp;buchen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="120"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="121"/>
        <source>A&amp;mount:</source>
        <translation>Be&amp;trag:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="122"/>
        <source>&amp;Documents to pay first:</source>
        <translation>Zuerst zu bezahlende &amp;Belege:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="171"/>
        <source>Choose the customer of the part.</source>
        <translation>Wählen Sie den Kunden des Anteils.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="172"/>
        <source>No customer has this code or name. Pick one from the suggestions.</source>
        <translation>Kein Kunde hat diese Nummer oder diesen Namen. Wählen Sie einen aus den Vorschlägen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="174"/>
        <source>%1 is billed in %2; the receipt is in %3.</source>
        <translation>%1 wird in %2 fakturiert; der Zahlungseingang ist in %3.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="180"/>
        <source>The part is more than the %1 left to split.</source>
        <translation>Der Anteil ist größer als die noch aufzuteilenden %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="187"/>
        <source>The customer&apos;s open items could not be read.</source>
        <translation>Die offenen Posten des Kunden konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="193"/>
        <source>%1 is not an open item of %2.</source>
        <translation>%1 ist kein offener Posten von %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="234"/>
        <source>Split: %1 of %2    Left: %3</source>
        <translation>Aufgeteilt: %1 von %2    Rest: %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="251"/>
        <source>Cannot Split Receipt</source>
        <translation>Zahlungseingang kann nicht aufgeteilt werden</translation>
    </message>
</context>
<context>
    <name>ardesk::CollectionsPage</name>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="66"/>
        <location filename="../ui/views/CollectionsPage.cpp" line="79"/>
        <source>P&amp;review Run</source>
        <translation>Mahnlauf-&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="72"/>
        <location filename="../ui/views/CollectionsPage.cpp" line="80"/>
        <source>Preview &amp;Letter…</source>
        <translation>B&amp;riefvorschau…</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="73"/>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="74"/>
        <location filename="../ui/views/CollectionsPage.cpp" line="82"/>
        <source>Save Letters as P&amp;DF…</source>
        <translation>Briefe als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="75"/>
        <source>One PDF per c&amp;ustomer</source>
        <translation>Eine PDF-Datei je &amp;Kunde</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="76"/>
        <source>&amp;Book interest and fees</source>
        <translation>&amp;Zinsen und Gebühren buchen</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="78"/>
        <location filename="../ui/views/CollectionsPage.cpp" line="84"/>
        <source>&amp;Send E-mails…</source>
        <translation>E-Mails se&amp;nden…</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="81"/>
        <source>&amp;Print Letters…</source>
        <translation>Briefe &amp;drucken…</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="225"/>
        <location filename="../ui/views/CollectionsPage.cpp" line="279"/>
        <source>Collections</source>
        <translation>Mahnwesen</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="226"/>
        <source>&amp;As of:</source>
        <translation>&amp;Stichtag:</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="99"/>
        <source>Run as of</source>
        <translation>Stichtag des Mahnlaufs</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="77"/>
        <location filename="../ui/views/CollectionsPage.cpp" line="83"/>
        <source>Save E-&amp;mails as .eml…</source>
        <translation>E-Mails als .eml spei&amp;chern…</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="85"/>
        <source>Sort by &amp;Amount at Risk</source>
        <translation>Nach gefährdetem &amp;Betrag sortieren</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="103"/>
        <source>List who gets which reminder as of the date; records nothing</source>
        <translation>Auflisten, wer zum Stichtag welche Mahnung erhält; erfasst nichts</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="125"/>
        <source>Reminders of the run</source>
        <translation>Mahnungen des Mahnlaufs</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="153"/>
        <source>Items of the selected reminder</source>
        <translation>Posten der ausgewählten Mahnung</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="170"/>
        <source>Print every letter of the run; records nothing</source>
        <translation>Jeden Brief des Mahnlaufs drucken; erfasst nichts</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="172"/>
        <source>Write the letters into PDF files and record them as sent</source>
        <translation>Die Briefe in PDF-Dateien schreiben und als versandt erfassen</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="175"/>
        <source>Save each customer&apos;s letter as its own PDF file in a folder, instead of one file for the whole run</source>
        <translation>Den Brief jedes Kunden als eigene PDF-Datei in einem Ordner speichern statt einer Datei für den ganzen Mahnlauf</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="179"/>
        <source>Also book each reminder&apos;s late-payment interest and fee as a charge (an invoice REM-date-customer) on the customer&apos;s account</source>
        <translation>Verzugszinsen und Gebühr jeder Mahnung zusätzlich als Belastung (eine Rechnung REM-Datum-Kunde) auf das Konto des Kunden buchen</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="183"/>
        <source>Write the e-mails as .eml drafts into a folder and record them as sent</source>
        <translation>Die E-Mails als .eml-Entwürfe in einen Ordner schreiben und als versandt erfassen</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="186"/>
        <source>Send the e-mails through the mail server of the settings and record them</source>
        <translation>Die E-Mails über den Mailserver aus den Einstellungen senden und erfassen</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="208"/>
        <source>Put first the customers with the most money likely to be paid late: each open item&apos;s amount times its predicted chance of being paid late</source>
        <translation>Die Kunden mit dem meisten Geld, das wahrscheinlich zu spät kommt, zuerst: der Betrag jedes offenen Postens mal seiner vorhergesagten Wahrscheinlichkeit einer verspäteten Zahlung</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="218"/>
        <source>Cannot Read the Dunning Run</source>
        <translation>Mahnlauf kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="316"/>
        <source>Reminders as of %1: %2</source>
        <translation>Mahnungen zum %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="372"/>
        <source>%1 may already have paid %2 on %3.</source>
        <translation>%1 hat %2 möglicherweise schon am %3 bezahlt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/CollectionsPage.cpp" line="378"/>
        <source>%n bank receipt(s) are waiting to be applied on the Bank page: a customer may already have paid.</source>
        <translation>
            <numerusform>%n Zahlungseingang wartet auf der Seite Bank auf die Zuordnung: Ein Kunde hat vielleicht schon bezahlt.</numerusform>
            <numerusform>%n Zahlungseingänge warten auf der Seite Bank auf die Zuordnung: Ein Kunde hat vielleicht schon bezahlt.</numerusform>
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
        <translation>Ausgelassen, beim Inkassounternehmen: %1.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="430"/>
        <source>Reading who is due a reminder…</source>
        <translation>Es wird ermittelt, wer eine Mahnung erhält…</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="433"/>
        <source>Nobody is due a reminder as of %1.</source>
        <translation>Zum %1 ist niemand zu mahnen.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="445"/>
        <source>Cannot Compose the Letter</source>
        <translation>Brief kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="446"/>
        <source>The letter to %1 could not be written from its template. Check the template of the level “%2”.</source>
        <translation>Der Brief an %1 konnte nicht aus seiner Vorlage erstellt werden. Prüfen Sie die Vorlage der Stufe „%2“.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="464"/>
        <source>Letter to %1</source>
        <translation>Brief an %1</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="473"/>
        <source>Print Reminders</source>
        <translation>Mahnungen drucken</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="480"/>
        <source>Save Letters as PDF</source>
        <translation>Briefe als PDF speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="493"/>
        <source>reminders-%1.pdf</source>
        <translation>mahnungen-%1.pdf</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="497"/>
        <source>Letters to “%1”</source>
        <translation>Briefe in „%1“</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="506"/>
        <source>Save E-mails</source>
        <translation>E-Mails speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="510"/>
        <source>Save E-mails as .eml</source>
        <translation>E-Mails als .eml speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="522"/>
        <source>E-mail drafts (.eml) to “%1”</source>
        <translation>E-Mail-Entwürfe (.eml) in „%1“</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="529"/>
        <source>Send E-mails</source>
        <translation>E-Mails senden</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="533"/>
        <source>No mail server is set up. Enter it in Edit &gt; Settings first.</source>
        <translation>Es ist kein Mailserver eingerichtet. Geben Sie ihn zuerst unter Bearbeiten &gt; Einstellungen ein.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="548"/>
        <source>No password is saved for %1 on %2. Enter it in Edit &gt; Settings first.</source>
        <translation>Für %1 auf %2 ist kein Passwort gespeichert. Geben Sie es zuerst unter Bearbeiten &gt; Einstellungen ein.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="550"/>
        <source>The password for %1 on %2 could not be read from the keychain.</source>
        <translation>Das Passwort für %1 auf %2 konnte nicht aus dem Schlüsselbund gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="565"/>
        <source>E-mails sent through %1</source>
        <translation>E-Mails über %1</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="574"/>
        <source>%1 (%2), level %3</source>
        <extracomment>A customer in the notes of a reminder run: name (code), level number.</extracomment>
        <translation>%1 (%2), Stufe %3</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="577"/>
        <source>%1: no e-mail address, so a letter is due instead.</source>
        <translation>%1: keine E-Mail-Adresse, daher ist stattdessen ein Brief fällig.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="581"/>
        <source>%1: not sent; its letter goes out with Save Letters as PDF.</source>
        <translation>%1: nicht versandt; der Brief geht mit „Briefe als PDF speichern“ hinaus.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="584"/>
        <source>%1: not sent; its e-mail goes out with Save E-mails or Send E-mails.</source>
        <translation>%1: nicht versandt; die E-Mail geht mit „E-Mails als .eml speichern“ oder „E-Mails senden“ hinaus.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="591"/>
        <source>%1: not sent; the mail server refused the address. It stays in the run. %2</source>
        <extracomment>%2 names the customer&apos;s address, the mail server and the server&apos;s reply.</extracomment>
        <translation>%1: nicht gesendet; der Mailserver hat die Adresse abgelehnt. Die Mahnung bleibt im Mahnlauf. %2</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="608"/>
        <source>The e-mails need a sender: enter a sender address in Edit &gt; Settings &gt; E-mail, or the company&apos;s e-mail address, first.</source>
        <translation>Die E-Mails brauchen einen Absender: Geben Sie zuerst eine Absenderadresse unter Bearbeiten &gt; Einstellungen &gt; E-Mail oder die E-Mail-Adresse der Firma ein.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="623"/>
        <source>Folder for the Letters of Levels Sent by Letter and E-mail</source>
        <translation>Ordner für die Briefe der Stufen mit Versand per Brief und E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="634"/>
        <source>%1: %2 (%3), %4</source>
        <translation>%1: %2 (%3), %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/CollectionsPage.cpp" line="641"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="643"/>
        <source>%1 for the run as of %2, recorded as sent once written:

%3

A customer gets a reminder only by the channel of its level: letters go to the PDF, e-mails to the drafts or the server; a level sent by both needs an e-mail run, which also writes its letters. Customers without an e-mail address get a letter instead.

Go ahead?</source>
        <translation>%1 für den Mahnlauf zum %2, als versandt erfasst, sobald geschrieben:

%3

Ein Kunde erhält eine Mahnung nur auf dem Versandweg seiner Stufe: Briefe gehen in die PDF-Datei, E-Mails in die Entwürfe oder an den Server; eine Stufe mit Versand auf beiden Wegen braucht einen E-Mail-Lauf, der auch ihre Briefe schreibt. Kunden ohne E-Mail-Adresse erhalten stattdessen einen Brief.

Fortfahren?</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="649"/>
        <location filename="../ui/views/CollectionsPage.cpp" line="658"/>
        <location filename="../ui/views/CollectionsPage.cpp" line="668"/>
        <source>Run Reminders</source>
        <translation>Mahnlauf ausführen</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="659"/>
        <source>Sending reminders…</source>
        <translation>Mahnungen werden versandt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/CollectionsPage.cpp" line="669"/>
        <source>Reminders recorded for %n customer(s).</source>
        <translation>
            <numerusform>Mahnungen für %n Kunden erfasst.</numerusform>
            <numerusform>Mahnungen für %n Kunden erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="672"/>
        <source>the ledger could not record the reminders.</source>
        <translation>Das Debitorenbuch konnte die Mahnungen nicht erfassen.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="674"/>
        <source>a file could not be written, or the mail server refused a message.</source>
        <translation>Eine Datei konnte nicht geschrieben werden, oder der Mailserver hat eine Nachricht abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="676"/>
        <source>a reminder could not be composed: check its template and the customer&apos;s e-mail address.</source>
        <translation>Eine Mahnung konnte nicht erstellt werden: Prüfen Sie ihre Vorlage und die E-Mail-Adresse des Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="680"/>
        <source>The run stopped: %1

%2 The others were not sent and stay in the run.</source>
        <translation>Der Mahnlauf wurde abgebrochen: %1

%2 Die übrigen wurden nicht versandt und bleiben im Mahnlauf.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="686"/>
        <source>Cancelled. %1 The others were not sent and stay in the run.</source>
        <translation>Abgebrochen. %1 Die übrigen wurden nicht versandt und bleiben im Mahnlauf.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="689"/>
        <source>%1 Some customers were left out of this run; see the details.</source>
        <translation>%1 Einige Kunden wurden in diesem Mahnlauf ausgelassen; siehe Details.</translation>
    </message>
</context>
<context>
    <name>ardesk::ConnectedUsersLabel</name>
    <message numerus="yes">
        <location filename="../ui/widgets/ConnectedUsersLabel.cpp" line="62"/>
        <source>Nobody else is connected to this ledger&apos;s server database (checked every %n second(s)).</source>
        <translation>
            <numerusform>Niemand sonst ist mit der Serverdatenbank dieses Debitorenbuchs verbunden (alle %n Sekunde geprüft).</numerusform>
            <numerusform>Niemand sonst ist mit der Serverdatenbank dieses Debitorenbuchs verbunden (alle %n Sekunden geprüft).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/ConnectedUsersLabel.cpp" line="65"/>
        <source>Also connected to this ledger&apos;s server database: %1 (checked every %n second(s)).</source>
        <translation>
            <numerusform>Ebenfalls mit der Serverdatenbank dieses Debitorenbuchs verbunden: %1 (alle %n Sekunde geprüft).</numerusform>
            <numerusform>Ebenfalls mit der Serverdatenbank dieses Debitorenbuchs verbunden: %1 (alle %n Sekunden geprüft).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConnectedUsersLabel.cpp" line="70"/>
        <source>No one else connected</source>
        <translation>Niemand sonst verbunden</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConnectedUsersLabel.cpp" line="72"/>
        <source>Also connected: %1</source>
        <translation>Ebenfalls verbunden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/ConnectedUsersLabel.cpp" line="75"/>
        <source>Also connected: %1 and %n more</source>
        <translation>
            <numerusform>Ebenfalls verbunden: %1 und %n weiterer</numerusform>
            <numerusform>Ebenfalls verbunden: %1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::CorrectionListModel</name>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="16"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="18"/>
        <source>Issue date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="20"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="22"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="24"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="26"/>
        <source>Discount until</source>
        <translation>Skonto bis</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="48"/>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="50"/>
        <source>Voided</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="52"/>
        <source>Un-applied</source>
        <translation>Zuordnung aufgehoben</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="54"/>
        <source>Applied</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="56"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="65"/>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="67"/>
        <source>Payment %1</source>
        <translation>Zahlung %1</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="69"/>
        <source>Credit note %1</source>
        <translation>Gutschrift %1</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="82"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="86"/>
        <source>%1: %2 → %3, as of %4</source>
        <translation>%1: %2 → %3, zum %4</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="89"/>
        <source>as of %1</source>
        <translation>zum %1</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="91"/>
        <source>Amount %1</source>
        <translation>Betrag %1</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="136"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="138"/>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="140"/>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="142"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="144"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>ardesk::CreditApplicationModel</name>
    <message>
        <location filename="../ui/models/CreditApplicationModel.cpp" line="51"/>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditApplicationModel.cpp" line="51"/>
        <source>Applied</source>
        <translation>Zugeordnet</translation>
    </message>
</context>
<context>
    <name>ardesk::CreditApplicationsDialog</name>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="42"/>
        <source>&amp;Un-apply</source>
        <translation>Zuordnung &amp;aufheben</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="43"/>
        <source>&amp;Apply</source>
        <translation>&amp;Zuordnen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="46"/>
        <source>Payment %1</source>
        <translation>Zahlung %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="47"/>
        <source>Credit Note %1</source>
        <translation>Gutschrift %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="54"/>
        <source>Why it changes, for the history</source>
        <translation>Warum geändert, für den Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="59"/>
        <source>Paid with it now</source>
        <translation>Jetzt damit bezahlt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="65"/>
        <source>Allocation to open items</source>
        <translation>Zuordnung zu offenen Posten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="76"/>
        <source>Change as &amp;of:</source>
        <translation>Änderung &amp;zum:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="77"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="88"/>
        <source>Paid with it now:</source>
        <translation>Jetzt damit bezahlt:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="91"/>
        <source>Apply what is unapplied to open items:</source>
        <translation>Nicht Zugeordnetes offenen Posten zuordnen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="115"/>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="127"/>
        <source>%1 of %2, void since %3: %4</source>
        <translation>%1 über %2, seit %3 storniert: %4</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="132"/>
        <source>%1 of %2 dated %3; unapplied: %4.</source>
        <translation>%1 über %2 vom %3; nicht zugeordnet: %4.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="182"/>
        <source>Cannot Un-apply</source>
        <translation>Zuordnung kann nicht aufgehoben werden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="183"/>
        <source>%1 could not be un-applied from %2.</source>
        <translation>Die Zuordnung von %1 zu %2 konnte nicht aufgehoben werden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="201"/>
        <source>Cannot Apply</source>
        <translation>Zuordnen nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="201"/>
        <source>%1 could not be applied.</source>
        <translation>%1 konnte nicht zugeordnet werden.</translation>
    </message>
</context>
<context>
    <name>ardesk::CreditDialog</name>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="32"/>
        <source>Record Payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="32"/>
        <source>New Credit Note</source>
        <translation>Neue Gutschrift</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="33"/>
        <source>Payment &amp;ID:</source>
        <translation>Zahlungs-&amp;ID:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="33"/>
        <source>Credit note &amp;number:</source>
        <translation>Gutschrift&amp;nummer:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="50"/>
        <source>Allocation to open items</source>
        <translation>Zuordnung zu offenen Posten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="75"/>
        <source>%1 takes from nothing up to its open %2.</source>
        <translation>%1 nimmt zwischen nichts und seinem offenen Betrag von %2 auf.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="133"/>
        <source>Cannot Read Open Items</source>
        <translation>Offene Posten können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="134"/>
        <source>The customer&apos;s open items could not be read.</source>
        <translation>Die offenen Posten des Kunden konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="164"/>
        <source>Allocated: %1    Unapplied: %2</source>
        <translation>Zugeordnet: %1    Nicht zugeordnet: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="175"/>
        <source>Choose the customer.</source>
        <translation>Wählen Sie den Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="176"/>
        <source>No customer has this code or name. Pick one from the suggestions.</source>
        <translation>Kein Kunde hat diese Nummer oder diesen Namen. Wählen Sie einen aus den Vorschlägen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="178"/>
        <source>Enter the payment&apos;s ID.</source>
        <translation>Geben Sie die ID der Zahlung ein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="178"/>
        <source>Enter the credit note&apos;s number.</source>
        <translation>Geben Sie die Nummer der Gutschrift ein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="180"/>
        <source>Payment %1 already exists.</source>
        <translation>Die Zahlung %1 gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="181"/>
        <source>Credit note %1 already exists.</source>
        <translation>Die Gutschrift %1 gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="185"/>
        <source>The allocation is %1 more than the amount. Lower a share.</source>
        <translation>Die Zuordnung ist %1 höher als der Betrag. Verringern Sie einen Anteil.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="218"/>
        <source>Cannot Record Payment</source>
        <translation>Zahlung kann nicht erfasst werden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="218"/>
        <source>Cannot Save Credit Note</source>
        <translation>Gutschrift kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="219"/>
        <source>The payment could not be recorded.</source>
        <translation>Die Zahlung konnte nicht erfasst werden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="220"/>
        <source>The credit note could not be saved.</source>
        <translation>Die Gutschrift konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>ardesk::CreditListModel</name>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="54"/>
        <source>Void since %1: %2</source>
        <translation>Storniert seit %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="113"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="115"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="115"/>
        <source>Credit Note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="117"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="119"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="121"/>
        <source>Unapplied</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="123"/>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="125"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="125"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>ardesk::CreditsPage</name>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="44"/>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="47"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="48"/>
        <source>Unapplied</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="49"/>
        <source>Only those with money not yet allocated to an invoice</source>
        <translation>Nur solche mit Geld, das noch keiner Rechnung zugeordnet ist</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="53"/>
        <source>Search payments</source>
        <translation>Zahlungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="54"/>
        <source>Search credit notes</source>
        <translation>Gutschriften durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="55"/>
        <source>Search by number, customer or reference</source>
        <translation>Nach Nummer, Kunde oder Referenz suchen</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="56"/>
        <source>Search by number, customer or reason</source>
        <translation>Nach Nummer, Kunde oder Grund suchen</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="91"/>
        <source>Cannot Read Payments</source>
        <translation>Zahlungen können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="92"/>
        <source>Cannot Read Credit Notes</source>
        <translation>Gutschriften können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="106"/>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="106"/>
        <source>Credit Notes</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="192"/>
        <source>Payments: %1</source>
        <translation>Zahlungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="192"/>
        <source>Credit notes: %1</source>
        <translation>Gutschriften: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="194"/>
        <source>Payments: %1 of %2</source>
        <translation>Zahlungen: %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="194"/>
        <source>Credit notes: %1 of %2</source>
        <translation>Gutschriften: %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="226"/>
        <source>No payment number, customer or reference matches “%1”.</source>
        <translation>Keine Zahlungsnummer, kein Kunde und keine Referenz passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="227"/>
        <source>No credit note number, customer or reason matches “%1”.</source>
        <translation>Keine Gutschriftnummer, kein Kunde und kein Grund passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="230"/>
        <source>Every payment is fully applied.</source>
        <translation>Jede Zahlung ist vollständig zugeordnet.</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="231"/>
        <source>Every credit note is fully applied.</source>
        <translation>Jede Gutschrift ist vollständig zugeordnet.</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="233"/>
        <source>This ledger has no payments yet.
Record one with Edit ▸ Record Payment… (Ctrl+Shift+P).</source>
        <translation>Dieses Debitorenbuch enthält noch keine Zahlungen.
Erfassen Sie eine mit Bearbeiten ▸ Zahlung erfassen… (Strg+Umschalt+P).</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="235"/>
        <source>This ledger has no credit notes yet.
Enter one with Edit ▸ New Credit Note… (Ctrl+Shift+C).</source>
        <translation>Dieses Debitorenbuch enthält noch keine Gutschriften.
Erfassen Sie eine mit Bearbeiten ▸ Neue Gutschrift… (Strg+Umschalt+C).</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerCreditsModel</name>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="42"/>
        <source>Discount allowed</source>
        <translation>Gewährtes Skonto</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="43"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="43"/>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="57"/>
        <source>Void since %1: %2</source>
        <translation>Storniert seit %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="101"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="103"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="105"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="107"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="109"/>
        <source>Unapplied</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="111"/>
        <source>Reference or Reason</source>
        <translation>Referenz oder Grund</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerDetailDialog</name>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="75"/>
        <source>&amp;Hand Over to Agency…</source>
        <translation>An &amp;Inkasso übergeben…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="76"/>
        <source>&amp;Take Back from Agency…</source>
        <translation>Vom Inkasso &amp;zurückholen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="77"/>
        <source>&amp;Export Case File…</source>
        <translation>Inkassoakte &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="113"/>
        <source>Corrections</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="119"/>
        <source>&amp;Corrections</source>
        <translation>&amp;Korrekturen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="129"/>
        <source>Open items</source>
        <translation>Offene Posten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="130"/>
        <source>Payments and credit notes</source>
        <translation>Zahlungen und Gutschriften</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="131"/>
        <source>Installment plans</source>
        <translation>Ratenpläne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="132"/>
        <source>Activity log</source>
        <translation>Aktivitätenprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="168"/>
        <source>The statement and a letter to the agency with the reminders sent and the activity log as PDF, and the same as CSV files beside it</source>
        <translation>Der Kontoauszug und ein Schreiben an das Inkassounternehmen mit den versandten Mahnungen und dem Verlauf als PDF, dazu dasselbe als CSV-Dateien daneben</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="211"/>
        <source>Cannot Read Customer</source>
        <translation>Kunde kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="267"/>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="304"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="275"/>
        <source>On hold</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="276"/>
        <source>Active</source>
        <comment>reminders: sent as items fall due, not on hold</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="279"/>
        <source>The %1 oldest of %2 open items.</source>
        <translation>Die %1 ältesten von %2 offenen Posten.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="281"/>
        <source>Open items: %1, oldest due first.</source>
        <translation>Offene Posten: %1, älteste Fälligkeit zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="284"/>
        <source>The %1 latest of %2 payments and credit notes.</source>
        <translation>Die %1 neuesten von %2 Zahlungen und Gutschriften.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="286"/>
        <source>Payments and credit notes: %1, latest first.</source>
        <translation>Zahlungen und Gutschriften: %1, neueste zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="290"/>
        <source>&amp;Open Items (%1)</source>
        <translation>&amp;Offene Posten (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="304"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="311"/>
        <source>Customer %1 — %2</source>
        <translation>Kunde %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="318"/>
        <source>Due on receipt</source>
        <translation>Sofort fällig</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="319"/>
        <source>Net %1</source>
        <translation>%1 Tage netto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="368"/>
        <source>Select an open dispute in the list to resolve it</source>
        <translation>Wählen Sie eine offene Beanstandung in der Liste, um sie zu erledigen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="377"/>
        <source>Resolve Dispute</source>
        <translation>Beanstandung erledigen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="378"/>
        <source>Resolve the dispute on invoice %1 as of %2? Reminders include the invoice again.</source>
        <translation>Die Beanstandung der Rechnung %1 zum %2 als erledigt markieren? Mahnungen enthalten die Rechnung dann wieder.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="383"/>
        <source>Cannot Resolve Dispute</source>
        <translation>Beanstandung kann nicht erledigt werden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="384"/>
        <source>The dispute could not be resolved.</source>
        <translation>Die Beanstandung konnte nicht erledigt werden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="412"/>
        <source>Cannot Compose the Statement</source>
        <translation>Kontoauszug kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="413"/>
        <source>The statement could not be written from its template.</source>
        <translation>Der Kontoauszug konnte nicht aus seiner Vorlage erstellt werden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="426"/>
        <source>Statement for %1</source>
        <translation>Kontoauszug für %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="436"/>
        <source>Save Statement as PDF</source>
        <translation>Kontoauszug als PDF speichern</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="441"/>
        <source>statement-%1-%2.pdf</source>
        <translation>kontoauszug-%1-%2.pdf</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="452"/>
        <source>“%1” could not be written. Check that you may write to that folder and that the disk is not full.</source>
        <translation>„%1“ konnte nicht geschrieben werden. Prüfen Sie, ob Sie in diesen Ordner schreiben dürfen und ob der Datenträger voll ist.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="476"/>
        <source>Export Case File</source>
        <translation>Inkassoakte exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="481"/>
        <source>case-file-%1-%2.pdf</source>
        <translation>inkassoakte-%1-%2.pdf</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="489"/>
        <source>Writing the case file of %1…</source>
        <translation>Inkassoakte von %1 wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="503"/>
        <source>The case file could not be written to “%1”.</source>
        <translation>Die Inkassoakte konnte nicht nach „%1“ geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="510"/>
        <source>The case file is written: %1, with %2, %3 and %4 beside it.</source>
        <translation>Die Inkassoakte ist geschrieben: %1, daneben %2, %3 und %4.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="122"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="128"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerDialog</name>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="27"/>
        <source>New Customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="38"/>
        <source>Edit Customer %1</source>
        <translation>Kunde %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="45"/>
        <source>The currency cannot change: the customer has documents in it.</source>
        <translation>Die Währung kann sich nicht ändern: Der Kunde hat Belege in dieser Währung.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="118"/>
        <source>Enter a code for the customer.</source>
        <translation>Geben Sie eine Nummer für den Kunden ein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="119"/>
        <source>The code must not start or end with blanks.</source>
        <translation>Die Nummer darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="123"/>
        <source>Another customer has the code “%1”.</source>
        <translation>Ein anderer Kunde hat die Nummer „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="125"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>Geben Sie den Namen des Kunden ein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="127"/>
        <source>“%1” is not an e-mail address (name@example.com).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (name@example.com).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="130"/>
        <source>“%1” is not a bank account: an IBAN with correct check digits, or an account number of letters, digits, “-”, “/” and “.”.</source>
        <translation>„%1“ ist kein Bankkonto: eine IBAN mit richtigen Prüfziffern oder eine Kontonummer aus Buchstaben, Ziffern, „-“, „/“ und „.“.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="138"/>
        <source>Enter the credit limit as an amount in %1, like %2, or leave it empty.</source>
        <translation>Geben Sie das Kreditlimit als Betrag in %1 ein, wie %2, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="148"/>
        <source>Enter the early-payment discount as a percentage from 0 to 100 with at most two decimals, like %1, or leave it empty.</source>
        <translation>Geben Sie das Skonto als Prozentsatz von 0 bis 100 mit höchstens zwei Nachkommastellen ein, z.&#xa0;B. %1, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="179"/>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="200"/>
        <source>Cannot Save Customer</source>
        <translation>Kunde kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="180"/>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="201"/>
        <source>The customer could not be saved.</source>
        <translation>Der Kunde konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="186"/>
        <source>Cannot Add Customer</source>
        <translation>Kunde kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="187"/>
        <source>The customer could not be added.</source>
        <translation>Der Kunde konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="206"/>
        <source>Customer Changed Meanwhile</source>
        <translation>Kunde inzwischen geändert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="207"/>
        <source>Someone else changed customer %1 while you were editing it. Save your version over theirs? No shows theirs in the form instead.</source>
        <translation>Jemand anderes hat den Kunden %1 geändert, während Sie ihn bearbeitet haben. Ihre Fassung über die andere speichern? Mit „Nein“ zeigt das Formular stattdessen die andere Fassung.</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerListModel</name>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="122"/>
        <source>Due on receipt</source>
        <translation>Sofort fällig</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="123"/>
        <source>Net %1</source>
        <translation>%1 Tage netto</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="160"/>
        <source>Over the credit limit of %1</source>
        <translation>Über dem Kreditlimit von %1</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="235"/>
        <source>Code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="237"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="239"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="241"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="243"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="245"/>
        <source>Oldest Due</source>
        <translation>Älteste Fälligkeit</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="249"/>
        <source>On Hold</source>
        <translation>Mahnsperre</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="253"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="255"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="257"/>
        <source>Terms</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="247"/>
        <source>Credit Limit</source>
        <translation>Kreditlimit</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="113"/>
        <source>On hold</source>
        <translation>Mahnsperre</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="251"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerOpenItemsModel</name>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="89"/>
        <source>Disputed</source>
        <translation>Beanstandet</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="91"/>
        <source>Installment</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="149"/>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="151"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="153"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="155"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="157"/>
        <source>Open Amount</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="159"/>
        <source>Days Overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="161"/>
        <source>Expected Payment</source>
        <translation>Erwartete Zahlung</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="163"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerPicker</name>
    <message>
        <location filename="../ui/widgets/CustomerPicker.cpp" line="16"/>
        <source>Code or name</source>
        <translation>Nummer oder Name</translation>
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
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="43"/>
        <source>&amp;Open Account</source>
        <translation>&amp;Konto öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="44"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="155"/>
        <location filename="../ui/views/CustomersPage.cpp" line="192"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="63"/>
        <source>Customer filter</source>
        <translation>Kundenfilter</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="42"/>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="64"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="65"/>
        <source>With balance</source>
        <translation>Mit Saldo</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="66"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="67"/>
        <source>On hold</source>
        <translation>Mahnsperre</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="68"/>
        <source>Over limit</source>
        <translation>Über Limit</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="69"/>
        <source>Owing something, or in credit</source>
        <translation>Mit offenem Betrag oder Guthaben</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="70"/>
        <source>With anything open past its due date today</source>
        <translation>Mit Posten, die heute überfällig sind</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="72"/>
        <source>Owing more than their credit limit</source>
        <translation>Schulden mehr als ihr Kreditlimit</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="76"/>
        <source>Search by code or name</source>
        <translation>Nach Nummer oder Name suchen</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="114"/>
        <source>Add a customer (Ctrl+Shift+N or Insert)</source>
        <translation>Einen Kunden anlegen (Strg+Umschalt+N oder Einfg)</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="116"/>
        <source>Edit the selected customer (F2)</source>
        <translation>Den ausgewählten Kunden bearbeiten (F2)</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="119"/>
        <source>Open the selected customer&apos;s account: open items, payments, plans and activity (Enter)</source>
        <translation>Das Konto des ausgewählten Kunden öffnen: offene Posten, Zahlungen, Ratenpläne und Aktivitäten (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="126"/>
        <source>Save every customer with their balance today as CSV or as an Excel workbook</source>
        <translation>Alle Kunden mit ihrem heutigen Saldo als CSV-Datei oder Excel-Arbeitsmappe speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="149"/>
        <source>Cannot Rate Customers&apos; Risk</source>
        <translation>Kundenrisiko kann nicht bewertet werden</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="289"/>
        <source>Customers: %1</source>
        <translation>Kunden: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="290"/>
        <source>Customers: %1 of %2</source>
        <translation>Kunden: %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="368"/>
        <source>Export Customers</source>
        <translation>Kunden exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="401"/>
        <source>No customer matches “%1”.</source>
        <translation>Kein Kunde passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="404"/>
        <source>This ledger has no customers yet.
Add one with New Customer… (Ctrl+Shift+N), or import a customer list with “ardesk-cli import customers FILE”.</source>
        <translation>Dieses Debitorenbuch enthält noch keine Kunden.
Legen Sie einen mit Neuer Kunde… (Strg+Umschalt+N) an oder importieren Sie eine Kundenliste mit „ardesk-cli import customers DATEI“.</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="398"/>
        <source>No customer code or name contains “%1”.</source>
        <translation>Keine Kundennummer und kein Kundenname enthält „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="157"/>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="143"/>
        <location filename="../ui/views/CustomersPage.cpp" line="224"/>
        <location filename="../ui/views/CustomersPage.cpp" line="326"/>
        <source>Cannot Read Customers</source>
        <translation>Kunden können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ardesk::DashboardPage</name>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="47"/>
        <source>Total receivables</source>
        <translation>Forderungen gesamt</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="48"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
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
        <translation>Nicht zugeordnetes Guthaben</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="52"/>
        <source>Receipts to apply</source>
        <translation>Zuzuordnende Zahlungseingänge</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="62"/>
        <location filename="../ui/views/DashboardPage.cpp" line="166"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="64"/>
        <source>&amp;As of:</source>
        <translation>&amp;Stichtag:</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="67"/>
        <source>As of date</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="72"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="79"/>
        <source>Days sales outstanding: receivables at the end of the month divided by the month&apos;s credit sales, times its days.</source>
        <translation>Forderungslaufzeit (DSO): Forderungen am Monatsende geteilt durch die Zielverkäufe des Monats, mal seine Tage.</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="81"/>
        <source>Collection effectiveness index: the share of what could have been collected in the month that was collected.</source>
        <translation>Inkasso-Effektivitätsindex (CEI): der Anteil dessen, was im Monat hätte eingezogen werden können, der tatsächlich eingezogen wurde.</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="84"/>
        <source>Money received on the bank statements that is not yet posted to a customer or ignored: the queue of the Bank page.</source>
        <translation>Auf den Kontoauszügen eingegangenes Geld, das noch keinem Kunden gebucht und nicht ignoriert ist: die Liste der Seite Bank.</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="92"/>
        <source>Fo&amp;recast:</source>
        <translation>P&amp;rognose:</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="95"/>
        <source>Forecast period</source>
        <translation>Prognosezeitraum</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="96"/>
        <source>Next 12 weeks</source>
        <translation>Nächste 12 Wochen</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="98"/>
        <source>Next 6 months</source>
        <translation>Nächste 6 Monate</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="101"/>
        <source>Bars: the receipts to expect from the open items and plan installments, from each customer&apos;s payment habits. Band: the range that holds 80% of the likely outcomes. Line: what falls due by the terms.</source>
        <translation>Balken: die zu erwartenden Zahlungseingänge aus offenen Posten und Planraten, nach dem Zahlungsverhalten jedes Kunden. Band: der Bereich, in dem 80 % der wahrscheinlichen Ergebnisse liegen. Linie: was laut Zahlungsbedingungen fällig wird.</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="197"/>
        <source>Receivables as of %1</source>
        <translation>Forderungen zum %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="267"/>
        <source>Open invoices as of %1</source>
        <translation>Offene Rechnungen zum %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="271"/>
        <source>%1 of receivables</source>
        <translation>%1 der Forderungen</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="274"/>
        <source>Payments and credits not yet applied</source>
        <translation>Noch nicht zugeordnete Zahlungen und Gutschriften</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/DashboardPage.cpp" line="289"/>
        <source>%n bank line(s) to post or ignore</source>
        <translation>
            <numerusform>%n Kontoumsatz zu buchen oder zu ignorieren</numerusform>
            <numerusform>%n Kontoumsätze zu buchen oder zu ignorieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="291"/>
        <source>and %1</source>
        <translation>und %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="301"/>
        <source>Days, %1</source>
        <translation>Tage, %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="303"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="308"/>
        <source>Not included above, in other currencies: %1</source>
        <translation>Oben nicht enthalten, in anderen Währungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="119"/>
        <source>Cannot Read the Dashboard</source>
        <translation>Übersicht kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ardesk::DocumentCorrections</name>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="27"/>
        <source>Payment %1</source>
        <translation>Zahlung %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="28"/>
        <source>Credit Note %1</source>
        <translation>Gutschrift %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="58"/>
        <source>Correct a Document</source>
        <translation>Beleg korrigieren</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="59"/>
        <source>Select one invoice, payment or credit note in its list first.</source>
        <translation>Wählen Sie zuerst eine Rechnung, Zahlung oder Gutschrift in ihrer Liste aus.</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="69"/>
        <location filename="../ui/views/DocumentCorrections.cpp" line="85"/>
        <source>Cannot Read Invoice</source>
        <translation>Rechnung kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="90"/>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="104"/>
        <source>Delete Invoice</source>
        <translation>Rechnung löschen</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="105"/>
        <source>Delete invoice %1? Only an invoice entered by mistake and never used can be deleted; the deletion is recorded.</source>
        <translation>Rechnung %1 löschen? Nur eine versehentlich erfasste und nie verwendete Rechnung kann gelöscht werden; das Löschen wird festgehalten.</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="111"/>
        <source>Cannot Delete Invoice</source>
        <translation>Rechnung kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="112"/>
        <source>Invoice %1 cannot be deleted; void it instead.</source>
        <translation>Rechnung %1 kann nicht gelöscht werden; stornieren Sie sie stattdessen.</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="137"/>
        <source>Cannot Read Document</source>
        <translation>Beleg kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="156"/>
        <source>Delete Document</source>
        <translation>Beleg löschen</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="157"/>
        <source>Delete %1? Only a document entered by mistake and never used can be deleted; the deletion is recorded.</source>
        <translation>%1 löschen? Nur ein versehentlich erfasster und nie verwendeter Beleg kann gelöscht werden; das Löschen wird festgehalten.</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="164"/>
        <source>Cannot Delete Document</source>
        <translation>Beleg kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="165"/>
        <source>%1 cannot be deleted; void it instead.</source>
        <translation>%1 kann nicht gelöscht werden; stornieren Sie es stattdessen.</translation>
    </message>
</context>
<context>
    <name>ardesk::DunningLevelModel</name>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="95"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="111"/>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="111"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="114"/>
        <source>On the due date</source>
        <translation>Am Fälligkeitstag</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/DunningLevelModel.cpp" line="115"/>
        <source>%n day(s) before due</source>
        <translation>
            <numerusform>%n Tag vor Fälligkeit</numerusform>
            <numerusform>%n Tage vor Fälligkeit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="158"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="160"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="162"/>
        <source>Sent</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="164"/>
        <source>Days Overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="166"/>
        <source>Sent As</source>
        <translation>Versand als</translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="168"/>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="170"/>
        <source>Interest a Year</source>
        <translation>Zinsen pro Jahr</translation>
    </message>
</context>
<context>
    <name>ardesk::DunningLevelsDialog</name>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="74"/>
        <source>Cannot Read Dunning Levels</source>
        <translation>Mahnstufen können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="121"/>
        <source>Level %1: courtesy reminder</source>
        <translation>Stufe %1: Zahlungshinweis</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="122"/>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="126"/>
        <source>&amp;Days before due:</source>
        <translation>&amp;Tage vor Fälligkeit:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="126"/>
        <source>&amp;Days overdue:</source>
        <translation>&amp;Tage überfällig:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="170"/>
        <source>Enter the fee as an amount such as %1, or leave it empty for none.</source>
        <translation>Geben Sie die Gebühr als Betrag ein, etwa %1, oder lassen Sie das Feld leer, wenn keine Gebühr anfällt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="179"/>
        <source>Level %1 needs a name.</source>
        <translation>Stufe %1 braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="181"/>
        <source>Level %1 must be reached later than level %2: enter more than %3 days overdue.</source>
        <translation>Stufe %1 muss später erreicht werden als Stufe %2: Geben Sie mehr als %3 Tage überfällig ein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="187"/>
        <source>Add at least one level.</source>
        <translation>Legen Sie mindestens eine Stufe an.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="196"/>
        <source>Reminder %1</source>
        <translation>Mahnung %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="227"/>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="238"/>
        <source>Cannot Save Dunning Levels</source>
        <translation>Mahnstufen können nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="244"/>
        <source>Dunning Levels Changed Meanwhile</source>
        <translation>Mahnstufen inzwischen geändert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="245"/>
        <source>Someone else changed the dunning levels while you were editing them. Save your version over theirs? No shows theirs instead.</source>
        <translation>Jemand anderes hat die Mahnstufen geändert, während Sie sie bearbeitet haben. Ihre Fassung über die andere speichern? Mit „Nein“ wird stattdessen die andere Fassung angezeigt.</translation>
    </message>
</context>
<context>
    <name>ardesk::ExportRunner</name>
    <message>
        <location filename="../ui/jobs/ExportRunner.cpp" line="44"/>
        <source>Exporting the customer list…</source>
        <translation>Die Kundenliste wird exportiert…</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ExportRunner.cpp" line="56"/>
        <source>Exporting the open items…</source>
        <translation>Die offenen Posten werden exportiert…</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ExportRunner.cpp" line="69"/>
        <source>Exporting the aging report…</source>
        <translation>Die Altersstruktur wird exportiert…</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ExportRunner.cpp" line="81"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/ExportRunner.cpp" line="125"/>
        <source>%n row(s) exported to “%1”.</source>
        <translation>
            <numerusform>%n Zeile nach „%1“ exportiert.</numerusform>
            <numerusform>%n Zeilen nach „%1“ exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/jobs/ExportRunner.cpp" line="136"/>
        <source>The report could not be written to “%1”.</source>
        <translation>Der Bericht konnte nicht in „%1“ geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ExportRunner.cpp" line="138"/>
        <source>Cannot Export the Report</source>
        <translation>Bericht kann nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ExportRunner.cpp" line="84"/>
        <source>Rows written: %1</source>
        <translation>Geschriebene Zeilen: %1</translation>
    </message>
</context>
<context>
    <name>ardesk::ForecastChart</name>
    <message>
        <location filename="../ui/charts/ForecastChart.cpp" line="25"/>
        <source>Cash-in forecast</source>
        <translation>Prognose der Zahlungseingänge</translation>
    </message>
    <message>
        <location filename="../ui/charts/ForecastChart.cpp" line="26"/>
        <source>Cash-in Forecast</source>
        <translation>Prognose der Zahlungseingänge</translation>
    </message>
    <message>
        <location filename="../ui/charts/ForecastChart.cpp" line="62"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location filename="../ui/charts/ForecastChart.cpp" line="69"/>
        <source>Due by the terms</source>
        <translation>Laut Bedingungen fällig</translation>
    </message>
    <message>
        <location filename="../ui/charts/ForecastChart.cpp" line="83"/>
        <source>Likely range (80%)</source>
        <translation>Wahrscheinlicher Bereich (80 %)</translation>
    </message>
</context>
<context>
    <name>ardesk::ImportIssueModel</name>
    <message>
        <location filename="../ui/models/ImportIssueModel.cpp" line="62"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/models/ImportIssueModel.cpp" line="64"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/models/ImportIssueModel.cpp" line="66"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../ui/models/ImportIssueModel.cpp" line="68"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ardesk::ImportWizard</name>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="43"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="46"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="47"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="48"/>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="49"/>
        <source>Credit notes</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="54"/>
        <source>ARDesk CSV</source>
        <translation>ARDesk-CSV</translation>
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
        <translation>Automatisch erkennen</translation>
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
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="88"/>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="97"/>
        <source>Check progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="98"/>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="174"/>
        <source>D/M/Y</source>
        <extracomment>Day, month, year: translate the letters.</extracomment>
        <translation>T/M/J</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="177"/>
        <source>M/D/Y</source>
        <extracomment>Month, day, year: translate the letters.</extracomment>
        <translation>M/T/J</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="180"/>
        <source>Y/M/D</source>
        <extracomment>Year, month, day: translate the letters.</extracomment>
        <translation>J/M/T</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="188"/>
        <source>Detect (found %1)</source>
        <translation>Automatisch erkennen (gefunden: %1)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="201"/>
        <source>Import File</source>
        <translation>Datei importieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="211"/>
        <source>There is no file “%1”.</source>
        <translation>Es gibt keine Datei „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="263"/>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="270"/>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportWizard.cpp" line="272"/>
        <source>The first %n row(s) of “%1”:</source>
        <translation>
            <numerusform>Die erste Zeile von „%1“:</numerusform>
            <numerusform>Die ersten %n Zeilen von „%1“:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportWizard.cpp" line="274"/>
        <source>All %n row(s) of “%1”:</source>
        <translation>
            <numerusform>Die einzige Zeile von „%1“:</numerusform>
            <numerusform>Alle %n Zeilen von „%1“:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="276"/>
        <source>The preview stops at a problem (%1); the check lists them all.</source>
        <translation>Die Vorschau endet bei einem Problem (%1); die Prüfung listet alle auf.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="290"/>
        <source>Checking every row of “%1”…</source>
        <translation>Jede Zeile von „%1“ wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="299"/>
        <source>Importing “%1”…</source>
        <translation>„%1“ wird importiert…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="339"/>
        <source>Saving the ledger…</source>
        <translation>Das Debitorenbuch wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="380"/>
        <source>Dates read as %1.</source>
        <translation>Datumsangaben gelesen als %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="385"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="387"/>
        <source>The check was stopped. Check Again starts it over.</source>
        <translation>Die Prüfung wurde angehalten. „Erneut prüfen“ startet sie von vorn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportWizard.cpp" line="390"/>
        <source>%n problem(s) found. Nothing will be imported until the file is corrected: fix it, save it, and click Check Again.</source>
        <translation>
            <numerusform>%n Problem gefunden. Es wird nichts importiert, bis die Datei korrigiert ist: Beheben Sie es, speichern Sie die Datei und klicken Sie auf „Erneut prüfen“.</numerusform>
            <numerusform>%n Probleme gefunden. Es wird nichts importiert, bis die Datei korrigiert ist: Beheben Sie sie, speichern Sie die Datei und klicken Sie auf „Erneut prüfen“.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="395"/>
        <source>The file has a header but no rows: nothing to import.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Zeilen: nichts zu importieren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportWizard.cpp" line="399"/>
        <source>No problems in %n row(s). Click Import to add them to the ledger.</source>
        <translation>
            <numerusform>Keine Probleme in %n Zeile. Klicken Sie auf „Importieren“, um sie dem Debitorenbuch hinzuzufügen.</numerusform>
            <numerusform>Keine Probleme in %n Zeilen. Klicken Sie auf „Importieren“, um sie dem Debitorenbuch hinzuzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="412"/>
        <source>The import was stopped. Nothing was imported: the ledger is as it was.</source>
        <translation>Der Import wurde angehalten. Es wurde nichts importiert: Das Debitorenbuch ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportWizard.cpp" line="417"/>
        <source>Nothing was imported: %n problem(s) appeared since the check, the first: %1</source>
        <translation>
            <numerusform>Es wurde nichts importiert: Seit der Prüfung ist %n Problem aufgetreten: %1</numerusform>
            <numerusform>Es wurde nichts importiert: Seit der Prüfung sind %n Probleme aufgetreten, das erste: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportWizard.cpp" line="423"/>
        <source>%n row(s) imported into the ledger.</source>
        <translation>
            <numerusform>%n Zeile in das Debitorenbuch importiert.</numerusform>
            <numerusform>%n Zeilen in das Debitorenbuch importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="440"/>
        <source>Cannot Check the File</source>
        <translation>Datei kann nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="440"/>
        <source>Cannot Import</source>
        <translation>Import nicht möglich</translation>
    </message>
</context>
<context>
    <name>ardesk::InstallmentModel</name>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="33"/>
        <source>Partly paid</source>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="35"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="31"/>
        <source>Paid</source>
        <comment>installment status</comment>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="37"/>
        <source>Due</source>
        <comment>installment status: not yet due</comment>
        <translation>Noch nicht fällig</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="39"/>
        <source>Rescheduled</source>
        <translation>Umgeplant</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="41"/>
        <source>Cancelled</source>
        <translation>Aufgehoben</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/InstallmentModel.cpp" line="84"/>
        <source>Partly paid, %n day(s) overdue</source>
        <translation>
            <numerusform>Teilweise bezahlt, %n Tag überfällig</numerusform>
            <numerusform>Teilweise bezahlt, %n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="102"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="104"/>
        <source>Due</source>
        <comment>column: due date</comment>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="106"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="108"/>
        <source>Paid</source>
        <comment>column: amount paid</comment>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="110"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="112"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ardesk::InvoiceDialog</name>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="89"/>
        <source>The customer&apos;s terms: %1 % within %2 days of the issue date</source>
        <translation>Konditionen des Kunden: %1&#xa0;% innerhalb von %2 Tagen nach Rechnungsdatum</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="92"/>
        <source>The customer has no early-payment discount; enter one for this invoice only if you like.</source>
        <translation>Der Kunde hat kein Skonto; geben Sie bei Bedarf eines nur für diese Rechnung ein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="112"/>
        <source>The issue date plus the customer&apos;s terms (%1 days)</source>
        <translation>Rechnungsdatum plus Zahlungsziel des Kunden (%1 Tage)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="122"/>
        <source>Choose the customer.</source>
        <translation>Wählen Sie den Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="123"/>
        <source>No customer has this code or name. Pick one from the suggestions.</source>
        <translation>Kein Kunde hat diese Nummer oder diesen Namen. Wählen Sie einen aus den Vorschlägen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="125"/>
        <source>Enter the invoice number.</source>
        <translation>Geben Sie die Rechnungsnummer ein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="127"/>
        <source>Numbers starting with PLAN- are reserved for installment plans.</source>
        <translation>Nummern, die mit PLAN- beginnen, sind Ratenplänen vorbehalten.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="129"/>
        <source>Invoice %1 already exists.</source>
        <translation>Die Rechnung %1 gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="131"/>
        <source>Enter the early-payment discount as a percentage from 0 to 100 with at most two decimals, like %1, or leave it empty.</source>
        <translation>Geben Sie das Skonto als Prozentsatz von 0 bis 100 mit höchstens zwei Nachkommastellen ein, z.&#xa0;B. %1, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="136"/>
        <source>The discount must be offered until the issue date or later.</source>
        <translation>Das Skonto muss mindestens bis zum Rechnungsdatum gelten.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="163"/>
        <source>Cannot Save Invoice</source>
        <translation>Rechnung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="164"/>
        <source>The invoice could not be saved.</source>
        <translation>Die Rechnung konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>ardesk::InvoiceEditDialog</name>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="53"/>
        <source>Edit Invoice %1</source>
        <translation>Rechnung %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="58"/>
        <source>Why it changes, for the history</source>
        <translation>Warum geändert, für den Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="93"/>
        <source>This invoice is void since %1: %2</source>
        <translation>Diese Rechnung ist seit %1 storniert: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="96"/>
        <source>Applied to it so far: %1. The amount cannot be less.</source>
        <translation>Bisher zugeordnet: %1. Der Betrag kann nicht kleiner sein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="68"/>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="69"/>
        <source>&amp;Issue date:</source>
        <translation>&amp;Rechnungsdatum:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="70"/>
        <source>&amp;Due date:</source>
        <translation>&amp;Fälligkeitsdatum:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="71"/>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Betrag (%1):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="72"/>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="73"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="117"/>
        <source>A void invoice cannot be changed.</source>
        <translation>Eine stornierte Rechnung kann nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="119"/>
        <source>Enter the invoice number.</source>
        <translation>Geben Sie die Rechnungsnummer ein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="124"/>
        <source>%1 is applied to this invoice: un-apply it first to lower the amount.</source>
        <translation>Dieser Rechnung sind %1 zugeordnet: Heben Sie die Zuordnung zuerst auf, um den Betrag zu senken.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="151"/>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="163"/>
        <source>Cannot Save Invoice</source>
        <translation>Rechnung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="152"/>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="164"/>
        <source>Invoice %1 could not be changed.</source>
        <translation>Rechnung %1 konnte nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="169"/>
        <source>Invoice Changed Meanwhile</source>
        <translation>Rechnung inzwischen geändert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="170"/>
        <source>Someone else changed invoice %1 while you were editing it. Save your version over theirs? No shows theirs in the form instead.</source>
        <translation>Jemand anderes hat die Rechnung %1 geändert, während Sie sie bearbeitet haben. Ihre Fassung über die andere speichern? Mit „Nein“ zeigt das Formular stattdessen die andere Fassung.</translation>
    </message>
</context>
<context>
    <name>ardesk::InvoiceListModel</name>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="20"/>
        <source>%1 · disputed</source>
        <comment>invoice status with an open dispute</comment>
        <translation>%1 · beanstandet</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="23"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="25"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="27"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="29"/>
        <source>On plan</source>
        <translation>Im Ratenplan</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="31"/>
        <source>Void</source>
        <comment>invoice status</comment>
        <translation>Storniert</translation>
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
        <translation>Der Kunde ist beim Inkassounternehmen %1: Es gehen keine Mahnungen hinaus</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="154"/>
        <source>The customer disputes this invoice: reminders skip it until the dispute is resolved</source>
        <translation>Der Kunde beanstandet diese Rechnung: Mahnungen lassen sie aus, bis die Beanstandung erledigt ist</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="183"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="185"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="187"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="189"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="191"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="193"/>
        <source>Open Amount</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="195"/>
        <source>Days Overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="197"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="199"/>
        <source>Last Reminder</source>
        <translation>Letzte Mahnung</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="201"/>
        <source>Expected Payment</source>
        <translation>Erwartete Zahlung</translation>
    </message>
</context>
<context>
    <name>ardesk::InvoicesPage</name>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="42"/>
        <location filename="../ui/views/InvoicesPage.cpp" line="67"/>
        <location filename="../ui/views/InvoicesPage.cpp" line="130"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="45"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="48"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="49"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="50"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="51"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="52"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="53"/>
        <source>On plan</source>
        <translation>Im Ratenplan</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="54"/>
        <source>Disputed</source>
        <translation>Beanstandet</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="55"/>
        <source>Anything left to pay, overdue or not</source>
        <translation>Noch etwas zu zahlen, überfällig oder nicht</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="56"/>
        <source>Covered by an active installment plan</source>
        <translation>Von einem aktiven Ratenplan übernommen</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="57"/>
        <source>With an open dispute</source>
        <translation>Mit offener Beanstandung</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="60"/>
        <source>Search invoices</source>
        <translation>Rechnungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="61"/>
        <source>Search by number or customer</source>
        <translation>Nach Nummer oder Kunde suchen</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="116"/>
        <source>Cannot Predict Pay Dates</source>
        <translation>Zahlungstermine können nicht vorhergesagt werden</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="198"/>
        <source>Invoices: %1</source>
        <translation>Rechnungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="199"/>
        <source>Invoices: %1 of %2</source>
        <translation>Rechnungen: %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="245"/>
        <source>This ledger has no invoices yet.
Import invoices with “ardesk-cli import invoices FILE”.</source>
        <translation>Dieses Debitorenbuch enthält noch keine Rechnungen.
Importieren Sie Rechnungen mit „ardesk-cli import invoices DATEI“.</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="249"/>
        <source>No invoice has the status “%1”.</source>
        <translation>Keine Rechnung hat den Status „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="252"/>
        <source>No invoice number or customer matches “%1”.</source>
        <translation>Keine Rechnungsnummer und kein Kunde passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="108"/>
        <source>Cannot Read Invoices</source>
        <translation>Rechnungen können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ardesk::JobProgressDialog</name>
    <message>
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="27"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
        <location filename="../ui/charts/KpiTrendChart.cpp" line="83"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../ui/charts/KpiTrendChart.cpp" line="91"/>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
</context>
<context>
    <name>ardesk::LedgerOpener</name>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="44"/>
        <source>&amp;New Company…</source>
        <translation>&amp;Neue Firma…</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="45"/>
        <source>Start a new company ledger file</source>
        <translation>Ein neues Debitorenbuch für eine Firma anlegen</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="48"/>
        <source>&amp;Open Ledger…</source>
        <translation>Debitorenbuch ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="49"/>
        <source>Open a company ledger file</source>
        <translation>Die Debitorenbuch-Datei einer Firma öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="53"/>
        <source>Open &amp;Server Ledger…</source>
        <translation>Debitorenbuch auf Se&amp;rver öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="54"/>
        <source>Open a ledger kept on a PostgreSQL server, shared with other users</source>
        <translation>Ein Debitorenbuch öffnen, das auf einem PostgreSQL-Server liegt und mit anderen geteilt wird</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="58"/>
        <source>Open &amp;Demo Company</source>
        <translation>&amp;Demo-Firma öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="59"/>
        <source>Open a made-up company to try ARDesk without real data</source>
        <translation>Eine erfundene Firma öffnen, um ARDesk ohne echte Daten auszuprobieren</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="62"/>
        <source>&amp;Clear Menu</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="85"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="103"/>
        <source>Cannot Open Ledger</source>
        <translation>Debitorenbuch kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="182"/>
        <source>Password Not Remembered</source>
        <translation>Passwort nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="183"/>
        <source>The ledger is open, but the system keychain did not take its password: ARDesk will ask for it next time.</source>
        <translation>Das Debitorenbuch ist geöffnet, aber der Schlüsselbund des Systems hat das Passwort nicht übernommen: ARDesk fragt beim nächsten Mal danach.</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="245"/>
        <source>Open Demo Company</source>
        <translation>Demo-Firma öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="246"/>
        <source>Creating the demo company…</source>
        <translation>Demo-Firma wird angelegt…</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="259"/>
        <source>Cannot Create the Demo Company</source>
        <translation>Demo-Firma kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ardesk::MainWindow</name>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="164"/>
        <source>&amp;Backup…</source>
        <translation>Sicherungs&amp;kopie…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="165"/>
        <source>Save a copy of the open ledger to another file</source>
        <translation>Eine Kopie des geöffneten Debitorenbuchs in einer anderen Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="169"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="170"/>
        <source>Add customers, invoices, payments or credit notes from a CSV file</source>
        <translation>Kunden, Rechnungen, Zahlungen oder Gutschriften aus einer CSV-Datei hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="175"/>
        <source>&amp;Customers…</source>
        <translation>&amp;Kunden…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="176"/>
        <source>Save every customer with their balance today as CSV or as an Excel workbook</source>
        <translation>Alle Kunden mit ihrem heutigen Saldo als CSV-Datei oder Excel-Arbeitsmappe speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="181"/>
        <source>&amp;Open Items…</source>
        <translation>&amp;Offene Posten…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="182"/>
        <source>Save every invoice and installment open today as CSV or as an Excel workbook</source>
        <translation>Alle heute offenen Rechnungen und Raten als CSV-Datei oder Excel-Arbeitsmappe speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="199"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="200"/>
        <source>Company details, currency, aging buckets and language</source>
        <translation>Firmendaten, Währung, Fälligkeitszeiträume und Sprache</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="210"/>
        <source>When reminders go out, how, and with which fee and interest</source>
        <translation>Wann Mahnungen versandt werden, auf welchem Weg und mit welcher Gebühr und welchen Zinsen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="213"/>
        <source>Letter &amp;Templates…</source>
        <translation>Briefvor&amp;lagen…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="214"/>
        <source>The text of the reminder letters and e-mails</source>
        <translation>Der Text der Mahnbriefe und Mahn-E-Mails</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="186"/>
        <source>&amp;Close Ledger</source>
        <translation>Debitorenbuch &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="189"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="225"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="235"/>
        <source>Put a customer&apos;s open invoices on an installment plan</source>
        <translation>Offene Rechnungen eines Kunden in einen Ratenplan übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="239"/>
        <source>New &amp;Invoice…</source>
        <translation>Neue &amp;Rechnung…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="240"/>
        <source>Enter an invoice</source>
        <translation>Eine Rechnung erfassen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="244"/>
        <source>Record &amp;Payment…</source>
        <translation>&amp;Zahlung erfassen…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="245"/>
        <source>Record a customer&apos;s payment and allocate it</source>
        <translation>Die Zahlung eines Kunden erfassen und zuordnen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="249"/>
        <source>New &amp;Credit Note…</source>
        <translation>Neue &amp;Gutschrift…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="250"/>
        <source>Enter a credit note and allocate it</source>
        <translation>Eine Gutschrift erfassen und zuordnen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="254"/>
        <source>&amp;Write Off…</source>
        <translation>&amp;Ausbuchen…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="255"/>
        <source>Write off the invoice selected on the Invoices page</source>
        <translation>Die auf der Seite Rechnungen ausgewählte Rechnung ausbuchen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="217"/>
        <source>&amp;About ARDesk</source>
        <translation>Ü&amp;ber ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="209"/>
        <source>Dunning Le&amp;vels…</source>
        <translation>Mahn&amp;stufen…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="234"/>
        <source>New P&amp;lan…</source>
        <translation>Neuer Ra&amp;tenplan…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="263"/>
        <source>&amp;Edit Document…</source>
        <translation>Beleg &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="264"/>
        <source>Correct the selected invoice, or change what the selected payment or credit note pays</source>
        <translation>Die ausgewählte Rechnung korrigieren oder ändern, was die ausgewählte Zahlung oder Gutschrift begleicht</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="269"/>
        <source>&amp;Void…</source>
        <translation>Stor&amp;nieren…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="270"/>
        <source>Void the selected invoice, payment or credit note, keeping it in the history</source>
        <translation>Die ausgewählte Rechnung, Zahlung oder Gutschrift stornieren; sie bleibt im Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="275"/>
        <source>&amp;Delete Document</source>
        <translation>Beleg &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="276"/>
        <source>Delete the selected document, if it was never used</source>
        <translation>Den ausgewählten Beleg löschen, wenn er nie verwendet wurde</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="303"/>
        <source>Show the %1 page</source>
        <translation>Die Seite „%1“ anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="316"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="321"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="331"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="349"/>
        <source>&amp;Collections</source>
        <translation>&amp;Mahnwesen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="359"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="363"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="365"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="370"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="440"/>
        <source>Write Off</source>
        <translation>Ausbuchen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="441"/>
        <source>Select the invoice to write off in the invoice list.</source>
        <translation>Wählen Sie die auszubuchende Rechnung in der Rechnungsliste.</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="516"/>
        <location filename="../ui/views/MainWindow.cpp" line="522"/>
        <source>Back Up Ledger</source>
        <translation>Debitorenbuch sichern</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="523"/>
        <source>Backing up the ledger…</source>
        <translation>Das Debitorenbuch wird gesichert…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="536"/>
        <source>Cannot Back Up Ledger</source>
        <translation>Debitorenbuch kann nicht gesichert werden</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="542"/>
        <source>Ledger backed up to “%1”.</source>
        <translation>Debitorenbuch gesichert nach „%1“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/MainWindow.cpp" line="554"/>
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>%n Zeile importiert.</numerusform>
            <numerusform>%n Zeilen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="565"/>
        <source>Export Open Items</source>
        <translation>Offene Posten exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="592"/>
        <source>Cannot Read Dunning Levels</source>
        <translation>Mahnstufen können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="632"/>
        <source>About ARDesk</source>
        <translation>Über ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="633"/>
        <source>ARDesk %1

Accounts receivable for small-business bookkeepers: who owes what, how late, and what to do about it.</source>
        <translation>ARDesk %1

Debitorenbuchhaltung für Buchhalter kleiner Unternehmen: wer was schuldet, wie lange schon und was zu tun ist.</translation>
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
        <translation>Neue Firma</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="51"/>
        <source>As it appears on your invoices</source>
        <translation>Wie auf Ihren Rechnungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="58"/>
        <source>The currency the ledger keeps its totals in</source>
        <translation>Die Währung, in der das Debitorenbuch seine Summen führt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="65"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="78"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="83"/>
        <source>Company &amp;name:</source>
        <translation>Firmen&amp;name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="84"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="85"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="125"/>
        <source>New Company Ledger</source>
        <translation>Debitorenbuch der neuen Firma</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="137"/>
        <source>Enter the company&apos;s name.</source>
        <translation>Geben Sie den Namen der Firma ein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="139"/>
        <source>Choose where to save the ledger.</source>
        <translation>Wählen Sie, wo das Debitorenbuch gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="141"/>
        <source>“%1” already exists. Choose another name or location: ARDesk never overwrites a ledger.</source>
        <translation>„%1“ existiert bereits. Wählen Sie einen anderen Namen oder Ort: ARDesk überschreibt nie ein Debitorenbuch.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="157"/>
        <source>Cannot Create Company</source>
        <translation>Firma kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ardesk::OpenItemChoiceModel</name>
    <message>
        <location filename="../ui/models/OpenItemChoiceModel.cpp" line="131"/>
        <source>Pay first</source>
        <translation>Zuerst bezahlen</translation>
    </message>
    <message>
        <location filename="../ui/models/OpenItemChoiceModel.cpp" line="133"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/models/OpenItemChoiceModel.cpp" line="135"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>ardesk::PlanCustomerPage</name>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="42"/>
        <source>Put &amp;all open invoices on the plan</source>
        <translation>&amp;Alle offenen Rechnungen in den Ratenplan übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="48"/>
        <source>Customer and Invoices</source>
        <translation>Kunde und Rechnungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="49"/>
        <source>Choose the customer and the open invoices the plan takes over.</source>
        <translation>Wählen Sie den Kunden und die offenen Rechnungen, die der Ratenplan übernimmt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="51"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="54"/>
        <source>Search by name or number</source>
        <translation>Nach Name oder Nummer suchen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="64"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="83"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="83"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="83"/>
        <source>To Cover</source>
        <translation>Zu decken</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="87"/>
        <source>Open invoices</source>
        <translation>Offene Rechnungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="184"/>
        <source>Cannot Read Invoices</source>
        <translation>Rechnungen können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="250"/>
        <source>Choose a customer.</source>
        <translation>Wählen Sie einen Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="253"/>
        <source>%1 has nothing open on %2 that a plan could take over.</source>
        <translation>%1 hat am %2 nichts offen, das ein Ratenplan übernehmen könnte.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="257"/>
        <source>Amount to cover on %1: %2</source>
        <translation>Zu deckender Betrag am %1: %2</translation>
    </message>
</context>
<context>
    <name>ardesk::PlanDialog</name>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="47"/>
        <source>Installments</source>
        <translation>Raten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="61"/>
        <source>Cannot Read Plan</source>
        <translation>Ratenplan kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="72"/>
        <source>Plan %1 — %2</source>
        <translation>Ratenplan %1 — %2</translation>
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
            <numerusform>%n Rate, %1, fällig am %2</numerusform>
            <numerusform>%n Raten, %1, die erste fällig am %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="79"/>
        <source>; down payment %1 on the plan date</source>
        <translation>; Anzahlung %1 am Plandatum</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="81"/>
        <source>; %1% interest a year</source>
        <translation>; %1 % Zinsen pro Jahr</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="84"/>
        <source>; fee %1</source>
        <translation>; Gebühr %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="86"/>
        <source>; replaces plan %1</source>
        <translation>; ersetzt Ratenplan %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="88"/>
        <source>Total %1, paid %2, open %3</source>
        <translation>Gesamt %1, bezahlt %2, offen %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="94"/>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="130"/>
        <source>Plan %1 until %2</source>
        <translation>Ratenplan %1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="152"/>
        <source>Cancel Plan</source>
        <translation>Ratenplan aufheben</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="153"/>
        <source>Cancel plan %1 of %2? What is still unpaid goes back to the invoices, which are due again on their own due dates; unpaid fee and interest lapse.</source>
        <translation>Ratenplan %1 von %2 aufheben? Was noch unbezahlt ist, geht an die Rechnungen zurück, die wieder zu ihren eigenen Fälligkeitsdaten fällig sind; unbezahlte Gebühren und Zinsen entfallen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="161"/>
        <source>Cannot Cancel Plan</source>
        <translation>Ratenplan kann nicht aufgehoben werden</translation>
    </message>
</context>
<context>
    <name>ardesk::PlanListModel</name>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="58"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="60"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="62"/>
        <source>Defaulted</source>
        <translation>In Verzug</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="64"/>
        <source>Rescheduled</source>
        <translation>Umgeplant</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="66"/>
        <source>Cancelled</source>
        <translation>Aufgehoben</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="178"/>
        <source>Plan</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="180"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="182"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="184"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="186"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="188"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="190"/>
        <source>Next Due</source>
        <translation>Nächste Rate</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="192"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ardesk::PlanScheduleModel</name>
    <message>
        <location filename="../ui/models/PlanScheduleModel.cpp" line="40"/>
        <source>Down payment</source>
        <translation>Anzahlung</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanScheduleModel.cpp" line="95"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanScheduleModel.cpp" line="97"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanScheduleModel.cpp" line="99"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanScheduleModel.cpp" line="101"/>
        <source>Interest</source>
        <translation>Zinsen</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanScheduleModel.cpp" line="103"/>
        <source>Principal</source>
        <translation>Tilgung</translation>
    </message>
</context>
<context>
    <name>ardesk::PlanSummaryPage</name>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="30"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="31"/>
        <source>Create Plan puts the invoices on this plan.</source>
        <translation>„Ratenplan anlegen“ übernimmt die Rechnungen in diesen Ratenplan.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="38"/>
        <source>Schedule</source>
        <translation>Tilgungsplan</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="62"/>
        <source>all open invoices</source>
        <translation>alle offenen Rechnungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="66"/>
        <source>Customer: %1 (%2)</source>
        <translation>Kunde: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="67"/>
        <source>Invoices: %1</source>
        <translation>Rechnungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="68"/>
        <source>Plan date: %1</source>
        <translation>Plandatum: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="69"/>
        <source>Installments: %1 (%2), the first due on %3</source>
        <translation>Raten: %1 (%2), die erste fällig am %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="73"/>
        <source>Covered: %1</source>
        <translation>Gedeckt: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="77"/>
        <source>Down payment, due on the plan date: %1</source>
        <translation>Anzahlung, fällig am Plandatum: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="81"/>
        <source>Fee: %1</source>
        <translation>Gebühr: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="83"/>
        <source>Interest at %1% a year: %2</source>
        <translation>Zinsen zu %1 % pro Jahr: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="86"/>
        <source>Total to pay: %1</source>
        <translation>Insgesamt zu zahlen: %1</translation>
    </message>
</context>
<context>
    <name>ardesk::PlanTermsEditor</name>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="53"/>
        <source>None</source>
        <extracomment>Placeholder of an optional amount field.</extracomment>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="56"/>
        <source>No interest</source>
        <translation>Keine Zinsen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="59"/>
        <source>Schedule preview</source>
        <translation>Vorschau des Tilgungsplans</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="84"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="86"/>
        <source>Every two weeks</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="88"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="171"/>
        <source>Enter the down payment as an amount, like %1.</source>
        <translation>Geben Sie die Anzahlung als Betrag ein, wie %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="175"/>
        <source>Enter the fee as an amount, like %1.</source>
        <translation>Geben Sie die Gebühr als Betrag ein, wie %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="181"/>
        <source>Enter the annual rate in percent, like %1.</source>
        <translation>Geben Sie den Jahreszins in Prozent ein, wie %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="185"/>
        <source>The first installment cannot be due before the plan&apos;s date.</source>
        <translation>Die erste Rate kann nicht vor dem Plandatum fällig sein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="202"/>
        <source>These terms do not make a plan: %1.</source>
        <translation>Mit diesen Konditionen entsteht kein Ratenplan: %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="227"/>
        <source>Covered: %1</source>
        <translation>Gedeckt: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="229"/>
        <source>Fee: %1</source>
        <translation>Gebühr: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="231"/>
        <source>Interest: %1</source>
        <translation>Zinsen: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="232"/>
        <source>Total to pay: %1</source>
        <translation>Insgesamt zu zahlen: %1</translation>
    </message>
</context>
<context>
    <name>ardesk::PlanTermsPage</name>
    <message>
        <location filename="../ui/dialogs/PlanTermsPage.cpp" line="21"/>
        <source>Terms</source>
        <translation>Konditionen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsPage.cpp" line="22"/>
        <source>How the amount is to be paid. The schedule follows every change.</source>
        <translation>Wie der Betrag gezahlt werden soll. Der Tilgungsplan folgt jeder Änderung.</translation>
    </message>
</context>
<context>
    <name>ardesk::PlanWizard</name>
    <message>
        <location filename="../ui/dialogs/PlanWizard.cpp" line="24"/>
        <source>New Installment Plan</source>
        <translation>Neuer Ratenplan</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanWizard.cpp" line="28"/>
        <source>&amp;Create Plan</source>
        <translation>Ratenplan &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanWizard.cpp" line="52"/>
        <source>Cannot Create Plan</source>
        <translation>Ratenplan kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ardesk::PlansPage</name>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="36"/>
        <source>&amp;New Plan…</source>
        <translation>&amp;Neuer Ratenplan…</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="42"/>
        <source>Installment Plans</source>
        <translation>Ratenpläne</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="44"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="47"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="48"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="55"/>
        <source>Search plans</source>
        <translation>Ratenpläne durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="56"/>
        <source>Search by customer</source>
        <translation>Nach Kunde suchen</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="63"/>
        <source>Put a customer&apos;s open invoices on an installment plan</source>
        <translation>Offene Rechnungen eines Kunden in einen Ratenplan übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="68"/>
        <source>Installment plans</source>
        <translation>Ratenpläne</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="95"/>
        <source>Plans</source>
        <translation>Ratenpläne</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="134"/>
        <source>Cannot Read Plans</source>
        <translation>Ratenpläne können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="146"/>
        <source>Plans: %1</source>
        <translation>Ratenpläne: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="147"/>
        <source>Plans: %1 of %2</source>
        <translation>Ratenpläne: %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="201"/>
        <source>This ledger has no installment plans yet.
Click New Plan… to start one.</source>
        <translation>Dieses Debitorenbuch enthält noch keine Ratenpläne.
Klicken Sie auf „Neuer Ratenplan…“, um einen anzulegen.</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="203"/>
        <source>No plan matches the status and search.</source>
        <translation>Kein Ratenplan passt zu Status und Suche.</translation>
    </message>
</context>
<context>
    <name>ardesk::RecurringDialog</name>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="58"/>
        <source>New Recurring Invoice</source>
        <translation>Neue wiederkehrende Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="71"/>
        <source>Edit Recurring Invoice %1</source>
        <translation>Wiederkehrende Rechnung %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="82"/>
        <source>What each invoice bills, e.g. Monthly hosting</source>
        <translation>Was jede Rechnung berechnet, z. B. Hosting monatlich</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="85"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="86"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="87"/>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="88"/>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="93"/>
        <source>The start&apos;s day</source>
        <translation>Der Tag des Beginns</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="94"/>
        <source>Day of the month:</source>
        <translation>Tag des Monats:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="95"/>
        <source>The last day of the month</source>
        <translation>Der letzte Tag des Monats</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="98"/>
        <source>Clamped to the month&apos;s end: day 31 is the 30th in April and the 28th or 29th in February</source>
        <translation>Auf das Monatsende begrenzt: Tag 31 ist im April der 30. und im Februar der 28. oder 29.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="102"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="103"/>
        <source>After a number of invoices:</source>
        <translation>Nach einer Anzahl Rechnungen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="104"/>
        <source>On a date:</source>
        <translation>An einem Datum:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="112"/>
        <source>Prefix, month and count:</source>
        <translation>Präfix, Monat und Zähler:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="113"/>
        <source>On from the sequence of:</source>
        <translation>Fortlaufend ab der Folge von:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="115"/>
        <source>Invoices are numbered &lt;prefix&gt;&lt;year&gt;&lt;month&gt;-&lt;n&gt;</source>
        <translation>Rechnungen werden &lt;Präfix&gt;&lt;Jahr&gt;&lt;Monat&gt;-&lt;n&gt; nummeriert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="117"/>
        <source>e.g. INV-000001</source>
        <translation>z. B. INV-000001</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="119"/>
        <source>Invoices take the next free numbers of this sequence, padded alike: after INV-000412 comes INV-000413</source>
        <translation>Die Rechnungen erhalten die nächsten freien Nummern dieser Folge, gleich lang aufgefüllt: nach INV-000412 kommt INV-000413</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="147"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="148"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="149"/>
        <source>&amp;Description:</source>
        <translation>Beschreib&amp;ung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="150"/>
        <source>&amp;Repeats:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="151"/>
        <source>&amp;Starting:</source>
        <translation>Begi&amp;nn:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="153"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Endet:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="155"/>
        <source>Dates:</source>
        <translation>Termine:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="317"/>
        <source>Choose the customer.</source>
        <translation>Wählen Sie den Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="318"/>
        <source>No customer has this code or name. Pick one from the suggestions.</source>
        <translation>Kein Kunde hat diese Nummer oder diesen Namen. Wählen Sie einen aus den Vorschlägen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="324"/>
        <source>Enter what each invoice bills.</source>
        <translation>Geben Sie ein, was jede Rechnung berechnet.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="400"/>
        <source>Recurring Invoice Changed Meanwhile</source>
        <translation>Wiederkehrende Rechnung inzwischen geändert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="401"/>
        <source>Someone else changed this recurring invoice while you were editing it. Save your version over theirs? No shows theirs in the form instead.</source>
        <translation>Jemand anderes hat diese wiederkehrende Rechnung geändert, während Sie sie bearbeitet haben. Ihre Fassung über die andere speichern? Mit „Nein“ zeigt das Formular stattdessen die andere Fassung.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="301"/>
        <source>Enter the number prefix, e.g. %1.</source>
        <translation>Geben Sie das Nummernpräfix ein, z. B. %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="152"/>
        <source>On da&amp;y:</source>
        <translation>Am &amp;Tag:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="154"/>
        <source>&amp;Numbers:</source>
        <translation>Numme&amp;rierung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="300"/>
        <source>Enter a number of the sequence to continue, e.g. INV-000001.</source>
        <translation>Geben Sie eine Nummer der fortzusetzenden Folge ein, z. B. INV-000001.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="304"/>
        <source>The sequence is named by a number that ends in digits, e.g. INV-000001.</source>
        <translation>Die Folge wird durch eine Nummer benannt, die auf Ziffern endet, z. B. INV-000001.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="306"/>
        <source>Numbers starting with PLAN- are reserved for installment plans.</source>
        <translation>Nummern, die mit PLAN- beginnen, sind Ratenplänen vorbehalten.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="328"/>
        <source>The end date is before the start.</source>
        <translation>Das Enddatum liegt vor dem Beginn.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="346"/>
        <source>%1 (numbered on from %2)</source>
        <extracomment>%1 the first dates, %2 an invoice number the sequence goes on from.</extracomment>
        <translation>%1 (fortlaufend nummeriert ab %2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="350"/>
        <source>%1 (the first numbered %2)</source>
        <extracomment>%1 the first dates, %2 the first invoice number.</extracomment>
        <translation>%1 (die erste mit Nummer %2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="374"/>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="382"/>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="395"/>
        <source>Cannot Save Recurring Invoice</source>
        <translation>Wiederkehrende Rechnung kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>ardesk::RecurringInvoiceModel</name>
    <message>
        <location filename="../ui/models/RecurringInvoiceModel.cpp" line="76"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringInvoiceModel.cpp" line="78"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringInvoiceModel.cpp" line="80"/>
        <source>Issue Date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringInvoiceModel.cpp" line="82"/>
        <source>Due Date</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringInvoiceModel.cpp" line="84"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringInvoiceModel.cpp" line="86"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>ardesk::RecurringListModel</name>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="70"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="72"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="74"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="76"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="87"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="89"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="92"/>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="95"/>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="100"/>
        <source>%1 on the last day</source>
        <extracomment>%1 is Monthly, Quarterly or Yearly.</extracomment>
        <translation>%1 am Monatsletzten</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="102"/>
        <source>%1 on day %2</source>
        <extracomment>%1 is Monthly, Quarterly or Yearly; %2 the day of the month.</extracomment>
        <translation>%1 am %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/RecurringListModel.cpp" line="109"/>
        <source>After %n invoice(s)</source>
        <translation>
            <numerusform>Nach %n Rechnung</numerusform>
            <numerusform>Nach %n Rechnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="112"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="203"/>
        <source>Paused from %1</source>
        <translation>Pausiert ab %1</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="221"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="223"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="225"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="227"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="229"/>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="231"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="233"/>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="235"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="237"/>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="239"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ardesk::RecurringPage</name>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="43"/>
        <source>Invoices: %1 of %2</source>
        <translation>Rechnungen: %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="50"/>
        <source>%1 — %2 (no. %3)</source>
        <translation>%1 — %2 (Nr. %3)</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="63"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="64"/>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="65"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="66"/>
        <source>&amp;Resume</source>
        <translation>F&amp;ortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="67"/>
        <source>En&amp;d…</source>
        <translation>Be&amp;enden…</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="68"/>
        <source>Create D&amp;ue Invoices…</source>
        <translation>&amp;Fällige Rechnungen erstellen…</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="75"/>
        <source>Recurring Invoices</source>
        <translation>Wiederkehrende Rechnungen</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="77"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="80"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="81"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="88"/>
        <source>Search recurring invoices</source>
        <translation>Wiederkehrende Rechnungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="89"/>
        <source>Search by customer or description</source>
        <translation>Nach Kunde oder Beschreibung suchen</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="98"/>
        <source>Recurring invoices</source>
        <translation>Wiederkehrende Rechnungen</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="140"/>
        <source>Bill a customer the same amount every week, month, quarter or year (Insert)</source>
        <translation>Einem Kunden jede Woche, jeden Monat, jedes Quartal oder jedes Jahr denselben Betrag berechnen (Einfg)</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="143"/>
        <source>Change the selected recurring invoice (Enter)</source>
        <translation>Die ausgewählte wiederkehrende Rechnung ändern (Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="145"/>
        <source>Bill nothing dated today or later until resumed; the paused dates are never billed</source>
        <translation>Nichts mit Datum ab heute berechnen, bis fortgesetzt wird; pausierte Termine werden nie berechnet</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="148"/>
        <source>Bill again from today; the dates while paused stay unbilled</source>
        <translation>Ab heute wieder berechnen; die Termine während der Pause bleiben unberechnet</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="150"/>
        <source>Bill nothing dated after today; what is due up to today is still created by the next run</source>
        <translation>Nichts mit Datum nach heute berechnen; was bis heute fällig ist, erstellt der nächste Lauf noch</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="153"/>
        <source>Show every invoice due and not created yet, then create them all at once</source>
        <translation>Alle fälligen, noch nicht erstellten Rechnungen zeigen und dann alle auf einmal erstellen</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="187"/>
        <source>Recurring</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="228"/>
        <location filename="../ui/views/RecurringPage.cpp" line="456"/>
        <source>Cannot Read Recurring Invoices</source>
        <translation>Wiederkehrende Rechnungen können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="243"/>
        <source>Recurring invoices: %1</source>
        <translation>Wiederkehrende Rechnungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="244"/>
        <source>Recurring invoices: %1 of %2</source>
        <translation>Wiederkehrende Rechnungen: %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="304"/>
        <source>This ledger has no recurring invoices yet.
Click New… to bill a customer the same amount every week, month, quarter or year.</source>
        <translation>Dieses Debitorenbuch enthält noch keine wiederkehrenden Rechnungen.
Klicken Sie auf Neu…, um einem Kunden jede Woche, jeden Monat, jedes Quartal oder jedes Jahr denselben Betrag zu berechnen.</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="307"/>
        <source>No recurring invoice matches the status and search.</source>
        <translation>Keine wiederkehrende Rechnung entspricht Status und Suche.</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="361"/>
        <source>Pause Recurring Invoice</source>
        <translation>Wiederkehrende Rechnung pausieren</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="362"/>
        <source>Pause %1 from today, %2?

Nothing dated today or later is billed until you resume it, and the dates while paused are never billed. Invoices due before today and not created yet are still created by the next run.</source>
        <translation>%1 ab heute, %2, pausieren?

Nichts mit Datum ab heute wird berechnet, bis Sie fortsetzen, und die Termine während der Pause werden nie berechnet. Vor heute fällige, noch nicht erstellte Rechnungen erstellt der nächste Lauf noch.</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="368"/>
        <source>Resume Recurring Invoice</source>
        <translation>Wiederkehrende Rechnung fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="369"/>
        <source>Resume %1 from today, %2?

It bills again from today; the dates while it was paused stay unbilled.</source>
        <translation>%1 ab heute, %2, fortsetzen?

Ab heute wird wieder berechnet; die Termine während der Pause bleiben unberechnet.</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="374"/>
        <source>End Recurring Invoice</source>
        <translation>Wiederkehrende Rechnung beenden</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="375"/>
        <source>End %1 today, %2?

Nothing dated after today is billed. Invoices due up to today and not created yet are still created by the next run. This cannot be undone.</source>
        <translation>%1 heute, %2, beenden?

Nichts mit Datum nach heute wird berechnet. Bis heute fällige, noch nicht erstellte Rechnungen erstellt der nächste Lauf noch. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="412"/>
        <source>Create Due Invoices</source>
        <translation>Fällige Rechnungen erstellen</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="413"/>
        <source>Creating the invoices…</source>
        <translation>Rechnungen werden erstellt…</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="431"/>
        <source>Creating the due invoices was cancelled; nothing was created.</source>
        <translation>Das Erstellen der fälligen Rechnungen wurde abgebrochen; nichts wurde erstellt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/RecurringPage.cpp" line="437"/>
        <source>Created %n invoice(s).</source>
        <translation>
            <numerusform>%n Rechnung erstellt.</numerusform>
            <numerusform>%n Rechnungen erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="440"/>
        <source>Numbers %1 to %2.</source>
        <extracomment>%1 the first invoice number, %2 the last.</extracomment>
        <translation>Nummern %1 bis %2.</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="442"/>
        <source>The ledger changed after the preview, so the invoices created differ from those listed.</source>
        <translation>Das Debitorenbuch hat sich nach der Vorschau geändert, daher weichen die erstellten Rechnungen von den aufgelisteten ab.</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="459"/>
        <source>Cannot Create Invoices</source>
        <translation>Rechnungen können nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="460"/>
        <source>Nothing was created: %1</source>
        <translation>Nichts wurde erstellt: %1</translation>
    </message>
</context>
<context>
    <name>ardesk::RecurringPreviewDialog</name>
    <message>
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="30"/>
        <source>Create Due Invoices</source>
        <translation>Fällige Rechnungen erstellen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="35"/>
        <source>Every invoice the schedules are due to issue on or before this date and that was not created yet</source>
        <translation>Jede Rechnung, die die wiederkehrenden Rechnungen bis zu diesem Datum ausstellen müssen und die noch nicht erstellt wurde</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="39"/>
        <source>Due &amp;on or before:</source>
        <translation>Fällig &amp;bis einschließlich:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="46"/>
        <source>Invoices to create</source>
        <translation>Zu erstellende Rechnungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="69"/>
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="83"/>
        <source>Finding the invoices due…</source>
        <translation>Fällige Rechnungen werden gesucht…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="70"/>
        <source>&amp;Create Invoices</source>
        <translation>Rechnungen &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="98"/>
        <source>No invoice is due on or before %1: every one due was created already.</source>
        <translation>Bis %1 ist keine Rechnung fällig: Alle fälligen wurden bereits erstellt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="101"/>
        <source>%n invoice(s) due on or before %1 and not created yet. Each is created once, numbered as shown, due after the customer&apos;s terms, all in one go:</source>
        <translation>
            <numerusform>%n Rechnung bis %1 fällig und noch nicht erstellt. Sie wird einmal erstellt, wie gezeigt nummeriert, fällig nach dem Zahlungsziel des Kunden:</numerusform>
            <numerusform>%n Rechnungen bis %1 fällig und noch nicht erstellt. Jede wird einmal erstellt, wie gezeigt nummeriert, fällig nach dem Zahlungsziel des Kunden, alle auf einmal:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="110"/>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="111"/>
        <source>&amp;Create %n Invoice(s)</source>
        <translation>
            <numerusform>%n Rechnung &amp;erstellen</numerusform>
            <numerusform>%n Rechnungen &amp;erstellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::ReminderRunModel</name>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="65"/>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="65"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="65"/>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="65"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="65"/>
        <location filename="../ui/models/ReminderRunModel.cpp" line="212"/>
        <source>Interest</source>
        <translation>Zinsen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/ReminderRunModel.cpp" line="106"/>
        <source>%n: %1</source>
        <translation>
            <numerusform>%n: %1</numerusform>
            <numerusform>%n: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="187"/>
        <source>Of %1 open, %2 is expected to be paid late</source>
        <translation>Von %1 offen werden voraussichtlich %2 verspätet bezahlt</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="202"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="204"/>
        <source>Level</source>
        <translation>Mahnstufe</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="206"/>
        <source>Channel</source>
        <translation>Versandweg</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="208"/>
        <source>Documents</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="210"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="214"/>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="216"/>
        <source>Total Due</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="218"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="220"/>
        <source>At Risk</source>
        <translation>Gefährdet</translation>
    </message>
</context>
<context>
    <name>ardesk::ReportsPage</name>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="62"/>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="186"/>
        <source>Aging Report</source>
        <translation>Altersstruktur der Forderungen</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="81"/>
        <source>As of date</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="61"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="63"/>
        <source>Print Previe&amp;w…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="86"/>
        <source>Aging basis</source>
        <translation>Grundlage der Altersberechnung</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="87"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="88"/>
        <source>Issue date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="91"/>
        <source>Bucket edges in days</source>
        <translation>Zeitraumgrenzen in Tagen</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="93"/>
        <source>Days overdue at which the aging columns end, separated by commas: 30,60,90 gives Current, 1–30, 31–60, 61–90 and 91+.</source>
        <translation>Tage überfällig, an denen die Spalten enden, durch Kommas getrennt: 30,60,90 ergibt Nicht fällig, 1–30, 31–60, 61–90 und 91+.</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="97"/>
        <source>Report layout</source>
        <translation>Berichtsform</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="98"/>
        <source>Summary by customer</source>
        <translation>Übersicht nach Kunden</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="99"/>
        <source>Detail by invoice</source>
        <translation>Einzelposten nach Rechnung</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="102"/>
        <source>Customer ID</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="103"/>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="119"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="131"/>
        <source>Save the report as CSV, as ardesk-cli aging writes it, or as an Excel workbook</source>
        <translation>Den Bericht als CSV-Datei speichern, wie ardesk-cli aging sie schreibt, oder als Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="147"/>
        <source>Aging report</source>
        <translation>Altersstruktur der Forderungen</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="204"/>
        <source>&amp;As of:</source>
        <translation>&amp;Stichtag:</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="205"/>
        <source>&amp;Basis:</source>
        <translation>&amp;Grundlage:</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="206"/>
        <source>B&amp;uckets:</source>
        <translation>&amp;Zeiträume:</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="207"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="208"/>
        <source>Cus&amp;tomer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="229"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="268"/>
        <source>Open items as of %1: %2</source>
        <translation>Offene Posten zum %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="271"/>
        <source>Customers with open items as of %1: %2</source>
        <translation>Kunden mit offenen Posten zum %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="291"/>
        <source>Bucket edges must be whole numbers of days, each larger than the one before, separated by commas without spaces: for example 30,60,90. The table still shows the last valid report.</source>
        <translation>Zeitraumgrenzen müssen ganze Tageszahlen sein, jede größer als die vorige, durch Kommas ohne Leerzeichen getrennt: zum Beispiel 30,60,90. Die Tabelle zeigt weiter den letzten gültigen Bericht.</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="346"/>
        <source>No customer has the ID “%1”. The table still shows the last report.</source>
        <translation>Kein Kunde hat die Nummer „%1“. Die Tabelle zeigt weiter den letzten Bericht.</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="350"/>
        <source>Cannot Read the Aging Report</source>
        <translation>Altersstruktur kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="371"/>
        <source>Export Aging Report</source>
        <translation>Altersstruktur exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="398"/>
        <source>Print Aging Report</source>
        <translation>Altersstruktur drucken</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="411"/>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
</context>
<context>
    <name>ardesk::RescheduleDialog</name>
    <message>
        <location filename="../ui/dialogs/RescheduleDialog.cpp" line="29"/>
        <source>Reschedule Plan %1</source>
        <translation>Ratenplan %1 umplanen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RescheduleDialog.cpp" line="32"/>
        <source>What plan %1 still owes, %2, moves to a new plan with these terms. The old schedule is kept as history.</source>
        <translation>Was Ratenplan %1 noch schuldet, %2, geht in einen neuen Ratenplan mit diesen Konditionen über. Der alte Tilgungsplan bleibt als Verlauf erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RescheduleDialog.cpp" line="52"/>
        <source>Re&amp;schedule on:</source>
        <translation>&amp;Umplanen am:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RescheduleDialog.cpp" line="64"/>
        <source>&amp;Reschedule</source>
        <translation>Um&amp;planen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RescheduleDialog.cpp" line="84"/>
        <source>Cannot Reschedule Plan</source>
        <translation>Ratenplan kann nicht umgeplant werden</translation>
    </message>
</context>
<context>
    <name>ardesk::ServerLedgerDialog</name>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="29"/>
        <source>&amp;Remember password</source>
        <translation>Passwort &amp;merken</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="35"/>
        <source>Open Server Ledger</source>
        <translation>Debitorenbuch auf Server öffnen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="38"/>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="45"/>
        <source>The database on the server that holds the ledger</source>
        <translation>Die Datenbank auf dem Server, die das Debitorenbuch enthält</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="51"/>
        <source>Empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>Leer: aus ~/.pgpass oder PGPASSWORD</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="54"/>
        <source>Keep the password in the system keychain, never in ARDesk&apos;s settings</source>
        <translation>Das Passwort im Schlüsselbund des Systems aufbewahren, nie in den Einstellungen von ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="66"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="71"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="72"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="73"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="74"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="75"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="76"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="97"/>
        <source>never encrypt</source>
        <translation>nie verschlüsseln</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="98"/>
        <source>encrypt when the server can (default)</source>
        <translation>verschlüsseln, wenn der Server es kann (Standard)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="99"/>
        <source>always encrypt, without checking the server&apos;s certificate</source>
        <translation>immer verschlüsseln, ohne das Zertifikat des Servers zu prüfen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="100"/>
        <source>always encrypt; the certificate must come from a trusted authority</source>
        <translation>immer verschlüsseln; das Zertifikat muss von einer vertrauenswürdigen Stelle stammen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="102"/>
        <source>always encrypt; the certificate must be trusted and name this host</source>
        <translation>immer verschlüsseln; das Zertifikat muss vertrauenswürdig sein und diesen Host nennen</translation>
    </message>
</context>
<context>
    <name>ardesk::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="65"/>
        <source>Open a ledger to change its settings.</source>
        <translation>Öffnen Sie ein Debitorenbuch, um seine Einstellungen zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="72"/>
        <source>Cannot Read Settings</source>
        <translation>Einstellungen können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="101"/>
        <source>Fixed: the ledger has invoices, payments or credit notes in %1.</source>
        <translation>Festgelegt: Das Debitorenbuch enthält Rechnungen, Zahlungen oder Gutschriften in %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="103"/>
        <source>The currency the ledger keeps its totals in. It can change until the first invoice, payment or credit note.</source>
        <translation>Die Währung, in der das Debitorenbuch seine Summen führt. Sie kann bis zur ersten Rechnung, Zahlung oder Gutschrift geändert werden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="109"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="110"/>
        <source>TLS (port 465)</source>
        <translation>TLS (Port 465)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="111"/>
        <source>None (local relay only)</source>
        <translation>Keine (nur lokales Relay)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="121"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="123"/>
        <source>Kept in the system keychain, never in a settings file. Leave empty to keep the saved password.</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt, nie in einer Einstellungsdatei. Leer lassen, um das gespeicherte Passwort zu behalten.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="126"/>
        <source>Empty: the company&apos;s e-mail address from the General tab.</source>
        <translation>Leer: die E-Mail-Adresse der Firma aus der Registerkarte „Allgemein“.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="145"/>
        <source>Password Not Saved</source>
        <translation>Passwort nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="146"/>
        <source>The system keychain is not available, so the e-mail password was not saved. The other settings were. To send e-mail, unlock or install a keychain (such as GNOME Keyring or KWallet) and enter the password again, or set ARDESK_SMTP_PASSWORD for the command line.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher wurde das E-Mail-Passwort nicht gespeichert. Die übrigen Einstellungen wurden gespeichert. Um E-Mails zu senden, entsperren oder installieren Sie einen Schlüsselbund (etwa GNOME Keyring oder KWallet) und geben Sie das Passwort erneut ein, oder setzen Sie ARDESK_SMTP_PASSWORD für die Kommandozeile.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="162"/>
        <source>Days past due where the report columns end, the default of the Reports page and the dashboard.</source>
        <translation>Tage überfällig, an denen die Berichtsspalten enden; Vorgabe für die Seite Berichte und die Übersicht.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="164"/>
        <source>Enter whole days in increasing order, separated by commas, such as 30,60,90.</source>
        <translation>Geben Sie ganze Tage in aufsteigender Reihenfolge ein, durch Kommas getrennt, etwa 30,60,90.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="188"/>
        <source>Printed in groups of four. Letters in EUR get a QR code that banking apps scan to fill in the transfer (GiroCode).</source>
        <translation>Wird in Vierergruppen gedruckt. Briefe in EUR erhalten einen QR-Code, mit dem Banking-Apps die Überweisung ausfüllen (GiroCode).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="190"/>
        <source>This is not a valid IBAN: check it letter by letter; the check digits (the third and fourth characters) do not match the rest.</source>
        <translation>Das ist keine gültige IBAN: Bitte prüfen Sie sie Zeichen für Zeichen; die Prüfziffern (drittes und viertes Zeichen) passen nicht zum Rest.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="194"/>
        <source>The bank&apos;s code, 8 or 11 letters and digits.</source>
        <translation>Der Code der Bank, 8 oder 11 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="195"/>
        <source>This is not a BIC: expected 8 or 11 letters and digits, such as COBADEFF or COBADEFFXXX.</source>
        <translation>Das ist kein BIC: erwartet werden 8 oder 11 Buchstaben und Ziffern, etwa COBADEFF oder COBADEFFXXX.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="199"/>
        <source>Optional. {customer}, {documents}, {amount}, {currency} and {reference} are filled in for each letter. Letters in other currencies than EUR get a QR code of this link.</source>
        <translation>Optional. {customer}, {documents}, {amount}, {currency} und {reference} werden für jeden Brief ausgefüllt. Briefe in anderen Währungen als EUR erhalten einen QR-Code dieses Links.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="201"/>
        <source>This is not a payment link: it must be a web address (https://…) and may use only the placeholders {customer}, {documents}, {amount}, {currency} and {reference}.</source>
        <translation>Das ist kein Zahlungslink: Er muss eine Webadresse (https://…) sein und darf nur die Platzhalter {customer}, {documents}, {amount}, {currency} und {reference} verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="233"/>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="260"/>
        <source>Cannot Save Settings</source>
        <translation>Einstellungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="249"/>
        <source>Settings Changed Meanwhile</source>
        <translation>Einstellungen inzwischen geändert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="250"/>
        <source>Someone else changed the ledger&apos;s settings while you were editing them. Save your version over theirs? No shows theirs instead.</source>
        <translation>Jemand anderes hat die Einstellungen des Debitorenbuchs geändert, während Sie sie bearbeitet haben. Ihre Fassung über die andere speichern? Mit „Nein“ wird stattdessen die andere Fassung angezeigt.</translation>
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
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/models/SplitPartModel.cpp" line="94"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/models/SplitPartModel.cpp" line="96"/>
        <source>Documents to Pay First</source>
        <translation>Zuerst zu begleichende Belege</translation>
    </message>
</context>
<context>
    <name>ardesk::TemplateEditorDialog</name>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="104"/>
        <source>Sample customer</source>
        <translation>Musterkunde</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="116"/>
        <source>Cannot Read Letter Templates</source>
        <translation>Briefvorlagen können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="122"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="124"/>
        <source>Items table (all levels)</source>
        <translation>Postentabelle (alle Stufen)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="125"/>
        <source>How to pay (all letters)</source>
        <translation>So zahlen Sie (alle Briefe)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="126"/>
        <source>Discount offers (all letters)</source>
        <translation>Skontoangebote (alle Briefe)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="127"/>
        <source>Page foot: registration, tax and bank details (all letters)</source>
        <translation>Fußzeile: Register, Steuer- und Bankangaben (alle Briefe)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="192"/>
        <source>Payment reminder</source>
        <translation>Zahlungserinnerung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="205"/>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="206"/>
        <source>Discard your changes to this template?</source>
        <translation>Ihre Änderungen an dieser Vorlage verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="232"/>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="268"/>
        <source>Sample Customer Ltd</source>
        <translation>Musterkunde GmbH</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="279"/>
        <source>%1 has nothing overdue today: the items below are samples.</source>
        <translation>%1 hat heute nichts Überfälliges: Die Posten unten sind Beispiele.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="281"/>
        <source>Choose a customer to preview their overdue items; these are samples.</source>
        <translation>Wählen Sie einen Kunden, um seine überfälligen Posten in der Vorschau zu sehen; dies sind Beispiele.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="306"/>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="310"/>
        <source>Go to error</source>
        <translation>Zum Fehler</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="362"/>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="384"/>
        <source>Cannot Save Template</source>
        <translation>Vorlage kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="376"/>
        <source>Template Changed Meanwhile</source>
        <translation>Vorlage inzwischen geändert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="377"/>
        <source>Someone else changed this template while you were editing it. Save your version over theirs? No shows theirs instead; Cancel keeps yours here, not saved.</source>
        <translation>Jemand anderes hat diese Vorlage geändert, während Sie sie bearbeitet haben. Ihre Fassung über die andere speichern? Mit „Nein“ wird stattdessen die andere Fassung angezeigt; mit „Abbrechen“ bleibt Ihre hier, ungespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="401"/>
        <source>Restore Default</source>
        <translation>Standard wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="402"/>
        <source>Replace this template with the one ARDesk comes with? Your version is deleted from the ledger.</source>
        <translation>Diese Vorlage durch die mit ARDesk gelieferte ersetzen? Ihre Version wird aus dem Debitorenbuch gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="407"/>
        <source>Cannot Restore Template</source>
        <translation>Vorlage kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="420"/>
        <source>This ledger&apos;s own version</source>
        <translation>Eigene Version dieses Debitorenbuchs</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="420"/>
        <source>The default template</source>
        <translation>Die Standardvorlage</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="422"/>
        <source>%1 (changed, not saved)</source>
        <translation>%1 (geändert, nicht gespeichert)</translation>
    </message>
</context>
<context>
    <name>ardesk::VoidDialog</name>
    <message>
        <location filename="../ui/dialogs/VoidDialog.cpp" line="31"/>
        <source>Void %1</source>
        <translation>%1 stornieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/VoidDialog.cpp" line="33"/>
        <source>%1 is kept and marked void. Reports as of the void date and later leave it out; reports of earlier dates show it as before.</source>
        <translation>%1 bleibt erhalten und wird als storniert markiert. Berichte ab dem Stornodatum lassen es weg; Berichte früherer Stichtage zeigen es wie bisher.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/VoidDialog.cpp" line="44"/>
        <source>Why it is void, for the history</source>
        <translation>Warum storniert, für den Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/VoidDialog.cpp" line="49"/>
        <source>&amp;Void</source>
        <translation>&amp;Stornieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/VoidDialog.cpp" line="52"/>
        <source>Void &amp;as of:</source>
        <translation>Storniert &amp;ab:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/VoidDialog.cpp" line="53"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/VoidDialog.cpp" line="71"/>
        <source>Enter the reason for the void.</source>
        <translation>Geben Sie den Grund für die Stornierung ein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/VoidDialog.cpp" line="84"/>
        <source>Cannot Void</source>
        <translation>Stornieren nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/VoidDialog.cpp" line="85"/>
        <source>%1 could not be voided.</source>
        <translation>%1 konnte nicht storniert werden.</translation>
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
    <name>ardesk::WriteOffDialog</name>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="26"/>
        <source>Write Off %1</source>
        <translation>%1 ausbuchen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="29"/>
        <source>&amp;Write Off</source>
        <translation>&amp;Ausbuchen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="32"/>
        <source>Why the customer will not pay this</source>
        <translation>Warum der Kunde dies nicht bezahlen wird</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="42"/>
        <source>Invoice %1 of %2: %3 open.</source>
        <translation>Rechnung %1 von %2: %3 offen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="47"/>
        <source>Invoice %1 could not be read.</source>
        <translation>Rechnung %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="67"/>
        <source>Nothing is open on this invoice.</source>
        <translation>Auf dieser Rechnung ist nichts offen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="73"/>
        <source>Only %1 is open.</source>
        <translation>Nur %1 ist offen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="75"/>
        <source>Enter the reason for the write-off.</source>
        <translation>Geben Sie den Grund für die Ausbuchung ein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="92"/>
        <source>Cannot Write Off</source>
        <translation>Ausbuchen nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="93"/>
        <source>Invoice %1 could not be written off.</source>
        <translation>Rechnung %1 konnte nicht ausgebucht werden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="99"/>
        <source>Accounts receivable for small-business bookkeepers.</source>
        <translation>Debitorenbuchhaltung für Buchhalter kleiner Unternehmen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="103"/>
        <source>The ledger file to open.</source>
        <translation>Die zu öffnende Debitorenbuch-Datei.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="107"/>
        <source>Save a picture of every page as DIR/&lt;page&gt;.png at 1280×800, then quit.</source>
        <translation>Jede Seite als VERZ/&lt;Seite&gt;.png in 1280×800 speichern, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="109"/>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="115"/>
        <source>Only one ledger can be opened at a time.</source>
        <translation>Es kann nur ein Debitorenbuch gleichzeitig geöffnet werden.</translation>
    </message>
</context>
</TS>
