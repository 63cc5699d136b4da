<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../ui/common/FileDialogs.cpp" line="27"/>
        <source>Open Ledger</source>
        <translation>Debitorenbuch öffnen</translation>
    </message>
    <message>
        <location filename="../ui/common/FileDialogs.cpp" line="28"/>
        <source>ARDesk ledgers (*.ardesk);;All files (*)</source>
        <translation>ARDesk-Debitorenbücher (*.ardesk);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerListModel</name>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="168"/>
        <source>Due on receipt</source>
        <translation>Sofort fällig</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="169"/>
        <source>Net %1</source>
        <translation>%1 Tage netto</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="231"/>
        <source>Code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="233"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="235"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="237"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="239"/>
        <source>Terms</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="241"/>
        <source>Credit Limit</source>
        <translation>Kreditlimit</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="243"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomersPage</name>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="36"/>
        <location filename="../ui/views/CustomersPage.cpp" line="131"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="44"/>
        <source>Search by code or name</source>
        <translation>Nach Nummer oder Name suchen</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="166"/>
        <source>Customers: %1</source>
        <translation>Kunden: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="167"/>
        <source>Customers: %1 of %2</source>
        <translation>Kunden: %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="202"/>
        <source>This ledger has no customers yet.
Import a customer list with “ardesk-cli import customers FILE”.</source>
        <translation>Dieses Debitorenbuch enthält noch keine Kunden.
Importieren Sie eine Kundenliste mit „ardesk-cli import customers DATEI“.</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="204"/>
        <source>No customer code or name contains “%1”.</source>
        <translation>Keine Kundennummer und kein Kundenname enthält „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="221"/>
        <source>Cannot Read Customers</source>
        <translation>Kunden können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ardesk::MainWindow</name>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="86"/>
        <source>&amp;Open Ledger…</source>
        <translation>Debitorenbuch ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="89"/>
        <source>Open a company ledger file</source>
        <translation>Die Debitorenbuch-Datei einer Firma öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="92"/>
        <source>&amp;Close Ledger</source>
        <translation>Debitorenbuch &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="97"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="104"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="112"/>
        <source>&amp;About ARDesk</source>
        <translation>Ü&amp;ber ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="120"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="127"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="131"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="140"/>
        <source>Cannot Open Ledger</source>
        <translation>Debitorenbuch kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="218"/>
        <source>About ARDesk</source>
        <translation>Über ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="219"/>
        <source>ARDesk %1

Accounts receivable for small-business bookkeepers: who owes what, how late, and what to do about it.</source>
        <translation>ARDesk %1

Debitorenbuchhaltung für Buchhalter kleiner Unternehmen: wer was schuldet, wie lange schon und was zu tun ist.</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="241"/>
        <source>ARDesk</source>
        <translation>ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="248"/>
        <source>ARDesk — %1</source>
        <translation>ARDesk — %1</translation>
    </message>
</context>
<context>
    <name>ardesk::WelcomePage</name>
    <message>
        <location filename="../ui/views/WelcomePage.cpp" line="27"/>
        <source>No ledger is open</source>
        <translation>Kein Debitorenbuch geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/views/WelcomePage.cpp" line="36"/>
        <source>Open a company ledger (an .ardesk file) to see its customers.
To start a new one, run “ardesk-cli --ledger FILE init --company NAME”.</source>
        <translation>Öffnen Sie das Debitorenbuch einer Firma (eine .ardesk-Datei), um ihre Kunden zu sehen.
Ein neues legen Sie mit „ardesk-cli --ledger DATEI init --company NAME“ an.</translation>
    </message>
    <message>
        <location filename="../ui/views/WelcomePage.cpp" line="45"/>
        <source>Open Ledger…</source>
        <translation>Debitorenbuch öffnen…</translation>
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
