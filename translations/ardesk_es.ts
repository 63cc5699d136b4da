<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="12"/>
        <source>The ledger “%1” does not exist. It may have been moved, renamed or deleted.</source>
        <translation>El libro «%1» no existe. Puede que se haya movido, renombrado o eliminado.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="15"/>
        <source>“%1” is not an ARDesk ledger, or it is damaged.</source>
        <translation>«%1» no es un libro de ARDesk o está dañado.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="17"/>
        <source>The ledger “%1” is in use by another program. Try again when that program has finished.</source>
        <translation>El libro «%1» está en uso por otro programa. Inténtelo de nuevo cuando ese programa haya terminado.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="21"/>
        <source>The ledger “%1” was saved by a newer version of ARDesk. Install that version to open it; this one leaves the file untouched.</source>
        <translation>El libro «%1» se guardó con una versión más reciente de ARDesk. Instale esa versión para abrirlo; esta deja el archivo intacto.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="25"/>
        <source>The ledger “%1” could not be read from disk.</source>
        <translation>No se pudo leer el libro «%1» del disco.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="33"/>
        <source>The ledger “%1” could not be opened.</source>
        <translation>No se pudo abrir el libro «%1».</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="40"/>
        <source>The ledger is in use by another program. Try again when that program has finished.</source>
        <translation>El libro está en uso por otro programa. Inténtelo de nuevo cuando ese programa haya terminado.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="43"/>
        <source>The ledger is damaged: some of its data cannot be read.</source>
        <translation>El libro está dañado: algunos de sus datos no se pueden leer.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="45"/>
        <source>The ledger file has disappeared. It may have been moved or deleted.</source>
        <translation>El archivo del libro ha desaparecido. Puede que se haya movido o eliminado.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="55"/>
        <source>The ledger could not be read.</source>
        <translation>No se pudo leer el libro.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../ui/common/FileDialogs.cpp" line="27"/>
        <source>Open Ledger</source>
        <translation>Abrir libro</translation>
    </message>
    <message>
        <location filename="../ui/common/FileDialogs.cpp" line="28"/>
        <source>ARDesk ledgers (*.ardesk);;All files (*)</source>
        <translation>Libros de ARDesk (*.ardesk);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerListModel</name>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="168"/>
        <source>Due on receipt</source>
        <translation>Pago inmediato</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="169"/>
        <source>Net %1</source>
        <translation>Neto %1 días</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="231"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="233"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="235"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="237"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="239"/>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="241"/>
        <source>Credit Limit</source>
        <translation>Límite de crédito</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="243"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomersPage</name>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="36"/>
        <location filename="../ui/views/CustomersPage.cpp" line="131"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="44"/>
        <source>Search by code or name</source>
        <translation>Buscar por código o nombre</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="166"/>
        <source>Customers: %1</source>
        <translation>Clientes: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="167"/>
        <source>Customers: %1 of %2</source>
        <translation>Clientes: %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="202"/>
        <source>This ledger has no customers yet.
Import a customer list with “ardesk-cli import customers FILE”.</source>
        <translation>Este libro aún no tiene clientes.
Importe una lista de clientes con «ardesk-cli import customers ARCHIVO».</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="204"/>
        <source>No customer code or name contains “%1”.</source>
        <translation>Ningún código ni nombre de cliente contiene «%1».</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="221"/>
        <source>Cannot Read Customers</source>
        <translation>No se pueden leer los clientes</translation>
    </message>
</context>
<context>
    <name>ardesk::MainWindow</name>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="86"/>
        <source>&amp;Open Ledger…</source>
        <translation>&amp;Abrir libro…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="89"/>
        <source>Open a company ledger file</source>
        <translation>Abrir el archivo de libro de una empresa</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="92"/>
        <source>&amp;Close Ledger</source>
        <translation>&amp;Cerrar libro</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="97"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="104"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="112"/>
        <source>&amp;About ARDesk</source>
        <translation>&amp;Acerca de ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="120"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="127"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="131"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="140"/>
        <source>Cannot Open Ledger</source>
        <translation>No se puede abrir el libro</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="218"/>
        <source>About ARDesk</source>
        <translation>Acerca de ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="219"/>
        <source>ARDesk %1

Accounts receivable for small-business bookkeepers: who owes what, how late, and what to do about it.</source>
        <translation>ARDesk %1

Cuentas por cobrar para contables de pequeñas empresas: quién debe qué, con cuánto retraso y qué hacer al respecto.</translation>
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
        <translation>No hay ningún libro abierto</translation>
    </message>
    <message>
        <location filename="../ui/views/WelcomePage.cpp" line="36"/>
        <source>Open a company ledger (an .ardesk file) to see its customers.
To start a new one, run “ardesk-cli --ledger FILE init --company NAME”.</source>
        <translation>Abra el libro de una empresa (un archivo .ardesk) para ver sus clientes.
Para crear uno nuevo, ejecute «ardesk-cli --ledger ARCHIVO init --company NOMBRE».</translation>
    </message>
    <message>
        <location filename="../ui/views/WelcomePage.cpp" line="45"/>
        <source>Open Ledger…</source>
        <translation>Abrir libro…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="94"/>
        <source>Accounts receivable for small-business bookkeepers.</source>
        <translation>Cuentas por cobrar para contables de pequeñas empresas.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="98"/>
        <source>The ledger file to open.</source>
        <translation>El archivo de libro que se abrirá.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="102"/>
        <source>Save a picture of every page as DIR/&lt;page&gt;.png at 1280×800, then quit.</source>
        <translation>Guardar una imagen de cada página como DIR/&lt;página&gt;.png a 1280×800 y salir.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="104"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="110"/>
        <source>Only one ledger can be opened at a time.</source>
        <translation>Solo se puede abrir un libro a la vez.</translation>
    </message>
</context>
</TS>
