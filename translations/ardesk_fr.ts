<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../ui/common/FileDialogs.cpp" line="27"/>
        <source>Open Ledger</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <location filename="../ui/common/FileDialogs.cpp" line="28"/>
        <source>ARDesk ledgers (*.ardesk);;All files (*)</source>
        <translation>Dossiers ARDesk (*.ardesk);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerListModel</name>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="168"/>
        <source>Due on receipt</source>
        <translation>Payable à réception</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="169"/>
        <source>Net %1</source>
        <translation>%1 jours net</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="231"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="233"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="235"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="237"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="239"/>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="241"/>
        <source>Credit Limit</source>
        <translation>Plafond de crédit</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="243"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomersPage</name>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="36"/>
        <location filename="../ui/views/CustomersPage.cpp" line="131"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="44"/>
        <source>Search by code or name</source>
        <translation>Rechercher par code ou nom</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="166"/>
        <source>Customers: %1</source>
        <translation>Clients&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="167"/>
        <source>Customers: %1 of %2</source>
        <translation>Clients&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="202"/>
        <source>This ledger has no customers yet.
Import a customer list with “ardesk-cli import customers FILE”.</source>
        <translation>Ce dossier ne contient encore aucun client.
Importez une liste de clients avec «&#xa0;ardesk-cli import customers FICHIER&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="204"/>
        <source>No customer code or name contains “%1”.</source>
        <translation>Aucun code ni nom de client ne contient «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="221"/>
        <source>Cannot Read Customers</source>
        <translation>Impossible de lire les clients</translation>
    </message>
</context>
<context>
    <name>ardesk::MainWindow</name>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="86"/>
        <source>&amp;Open Ledger…</source>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="89"/>
        <source>Open a company ledger file</source>
        <translation>Ouvrir le fichier du dossier d’une entreprise</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="92"/>
        <source>&amp;Close Ledger</source>
        <translation>&amp;Fermer le dossier</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="97"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="104"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="112"/>
        <source>&amp;About ARDesk</source>
        <translation>À &amp;propos d’ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="120"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="127"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="131"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="140"/>
        <source>Cannot Open Ledger</source>
        <translation>Impossible d’ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="218"/>
        <source>About ARDesk</source>
        <translation>À propos d’ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="219"/>
        <source>ARDesk %1

Accounts receivable for small-business bookkeepers: who owes what, how late, and what to do about it.</source>
        <translation>ARDesk %1

Comptabilité clients pour les comptables de petites entreprises&#xa0;: qui doit quoi, avec quel retard, et que faire.</translation>
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
        <translation>Aucun dossier ouvert</translation>
    </message>
    <message>
        <location filename="../ui/views/WelcomePage.cpp" line="36"/>
        <source>Open a company ledger (an .ardesk file) to see its customers.
To start a new one, run “ardesk-cli --ledger FILE init --company NAME”.</source>
        <translation>Ouvrez le dossier d’une entreprise (un fichier .ardesk) pour voir ses clients.
Pour en créer un, lancez «&#xa0;ardesk-cli --ledger FICHIER init --company NOM&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/views/WelcomePage.cpp" line="45"/>
        <source>Open Ledger…</source>
        <translation>Ouvrir un dossier…</translation>
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
