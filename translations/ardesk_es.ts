<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AgingLabels</name>
    <message>
        <location filename="../ui/common/AgingLabels.cpp" line="12"/>
        <source>Current</source>
        <translation>Al corriente</translation>
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
        <translation>Antigüedad de saldos – detalle al %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="53"/>
        <source>Aging Summary as of %1</source>
        <translation>Antigüedad de saldos – resumen al %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="58"/>
        <source>Aged by issue date</source>
        <translation>Antigüedad según la fecha de emisión</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="58"/>
        <source>Aged by due date</source>
        <translation>Antigüedad según la fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="60"/>
        <source>Buckets: %1</source>
        <translation>Tramos: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="62"/>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="66"/>
        <location filename="../ui/common/AgingReportDocument.cpp" line="87"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="66"/>
        <location filename="../ui/common/AgingReportDocument.cpp" line="87"/>
        <source>ID</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="66"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="69"/>
        <location filename="../ui/common/AgingReportDocument.cpp" line="97"/>
        <source>Unapplied</source>
        <translation>Sin aplicar</translation>
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
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="88"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="88"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="88"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="89"/>
        <source>Bucket</source>
        <translation>Tramo</translation>
    </message>
    <message>
        <location filename="../ui/common/AgingReportDocument.cpp" line="89"/>
        <source>Open Amount</source>
        <translation>Importe pendiente</translation>
    </message>
</context>
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
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="63"/>
        <source>“%1” already exists, and ARDesk never overwrites a file. Choose another name.</source>
        <translation>«%1» ya existe, y ARDesk nunca sobrescribe un archivo. Elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="66"/>
        <source>“%1” is in use by another program. Try again when that program has finished.</source>
        <translation>«%1» está siendo usado por otro programa. Inténtelo de nuevo cuando ese programa haya terminado.</translation>
    </message>
    <message>
        <location filename="../ui/common/ErrorMessages.cpp" line="78"/>
        <source>“%1” could not be written. Check that you may write to that folder and that the disk is not full.</source>
        <translation>No se pudo escribir «%1». Compruebe que puede escribir en esa carpeta y que el disco no está lleno.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../ui/common/FileDialogs.cpp" line="30"/>
        <source>Open Ledger</source>
        <translation>Abrir libro</translation>
    </message>
    <message>
        <location filename="../ui/common/FileDialogs.cpp" line="31"/>
        <location filename="../ui/common/FileDialogs.cpp" line="41"/>
        <source>ARDesk ledgers (*.ardesk);;All files (*)</source>
        <translation>Libros de ARDesk (*.ardesk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/common/FileDialogs.cpp" line="56"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
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
        <translation>Antigüedad por tramos</translation>
    </message>
    <message>
        <location filename="../ui/charts/AgingBucketChart.cpp" line="26"/>
        <source>Aging</source>
        <translation>Antigüedad de saldos</translation>
    </message>
    <message>
        <location filename="../ui/charts/AgingBucketChart.cpp" line="29"/>
        <source>Click a bar to list its invoices</source>
        <translation>Haga clic en una barra para ver sus facturas</translation>
    </message>
    <message>
        <location filename="../ui/charts/AgingBucketChart.cpp" line="72"/>
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
</context>
<context>
    <name>ardesk::AgingBucketDialog</name>
    <message>
        <location filename="../ui/dialogs/AgingBucketDialog.cpp" line="36"/>
        <source>Open items</source>
        <translation>Partidas abiertas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgingBucketDialog.cpp" line="63"/>
        <source>Current Invoices as of %1</source>
        <translation>Facturas al corriente a %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgingBucketDialog.cpp" line="64"/>
        <source>Invoices %1 Days Overdue as of %2</source>
        <translation>Facturas con %1 días de retraso a %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgingBucketDialog.cpp" line="71"/>
        <source>No open invoices in this bucket.</source>
        <translation>No hay facturas abiertas en este tramo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgingBucketDialog.cpp" line="74"/>
        <source>Invoices: %1 · Open: %2</source>
        <translation>Facturas: %1 · Pendiente: %2</translation>
    </message>
</context>
<context>
    <name>ardesk::AgingDetailModel</name>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="107"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="109"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="111"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="113"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="115"/>
        <source>Days Overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="117"/>
        <source>Open Amount</source>
        <translation>Importe pendiente</translation>
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
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="126"/>
        <source>ID</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="128"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="133"/>
        <source>Unapplied</source>
        <translation>Sin aplicar</translation>
    </message>
</context>
<context>
    <name>ardesk::AgingTrendChart</name>
    <message>
        <location filename="../ui/charts/AgingTrendChart.cpp" line="23"/>
        <source>Aging by month end</source>
        <translation>Antigüedad a fin de mes</translation>
    </message>
    <message>
        <location filename="../ui/charts/AgingTrendChart.cpp" line="24"/>
        <source>Aging by Month End</source>
        <translation>Antigüedad a fin de mes</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerListModel</name>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="154"/>
        <source>Due on receipt</source>
        <translation>Pago inmediato</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="155"/>
        <source>Net %1</source>
        <translation>Neto %1 días</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="217"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="219"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="221"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="223"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="225"/>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="227"/>
        <source>Credit Limit</source>
        <translation>Límite de crédito</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="229"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomersPage</name>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="37"/>
        <location filename="../ui/views/CustomersPage.cpp" line="125"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="45"/>
        <source>Search by code or name</source>
        <translation>Buscar por código o nombre</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="160"/>
        <source>Customers: %1</source>
        <translation>Clientes: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="161"/>
        <source>Customers: %1 of %2</source>
        <translation>Clientes: %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="196"/>
        <source>This ledger has no customers yet.
Import a customer list with “ardesk-cli import customers FILE”.</source>
        <translation>Este libro aún no tiene clientes.
Importe una lista de clientes con «ardesk-cli import customers ARCHIVO».</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="198"/>
        <source>No customer code or name contains “%1”.</source>
        <translation>Ningún código ni nombre de cliente contiene «%1».</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="215"/>
        <source>Cannot Read Customers</source>
        <translation>No se pueden leer los clientes</translation>
    </message>
</context>
<context>
    <name>ardesk::DashboardPage</name>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="43"/>
        <source>Total receivables</source>
        <translation>Total de cuentas por cobrar</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="44"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
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
        <translation>Crédito sin aplicar</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="55"/>
        <location filename="../ui/views/DashboardPage.cpp" line="137"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="62"/>
        <source>&amp;As of:</source>
        <translation>&amp;A fecha:</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="65"/>
        <source>As of date</source>
        <translation>Fecha de referencia</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="70"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="77"/>
        <source>Days sales outstanding: receivables at the end of the month divided by the month&apos;s credit sales, times its days.</source>
        <translation>Período medio de cobro (DSO): cuentas por cobrar a fin de mes divididas entre las ventas a crédito del mes, por sus días.</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="79"/>
        <source>Collection effectiveness index: the share of what could have been collected in the month that was collected.</source>
        <translation>Índice de eficacia de cobro (CEI): la parte de lo que podía cobrarse en el mes que se cobró.</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="158"/>
        <source>Receivables as of %1</source>
        <translation>Cuentas por cobrar a %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="232"/>
        <source>Open invoices as of %1</source>
        <translation>Facturas abiertas a %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="236"/>
        <source>%1 of receivables</source>
        <translation>%1 de las cuentas por cobrar</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="239"/>
        <source>Payments and credits not yet applied</source>
        <translation>Pagos y abonos aún sin aplicar</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="248"/>
        <source>Days, %1</source>
        <translation>Días, %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="250"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="255"/>
        <source>Not included above, in other currencies: %1</source>
        <translation>No incluido arriba, en otras monedas: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="278"/>
        <source>Cannot Read the Dashboard</source>
        <translation>No se puede leer el panel</translation>
    </message>
</context>
<context>
    <name>ardesk::InvoiceListModel</name>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="113"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="115"/>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="117"/>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="119"/>
        <source>On plan</source>
        <translation>En plan de pagos</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="235"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="237"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="239"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="241"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="243"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="245"/>
        <source>Open Amount</source>
        <translation>Importe pendiente</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="247"/>
        <source>Days Overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="249"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ardesk::InvoicesPage</name>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="40"/>
        <location filename="../ui/views/InvoicesPage.cpp" line="70"/>
        <location filename="../ui/views/InvoicesPage.cpp" line="157"/>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="48"/>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="51"/>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="52"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="53"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="54"/>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="55"/>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="56"/>
        <source>On plan</source>
        <translation>En plan de pagos</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="57"/>
        <source>Anything left to pay, overdue or not</source>
        <translation>Con importe pendiente, vencida o no</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="58"/>
        <source>Covered by an active installment plan</source>
        <translation>Cubierta por un plan de pagos activo</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="61"/>
        <source>Search invoices</source>
        <translation>Buscar facturas</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="62"/>
        <source>Search by number or customer</source>
        <translation>Buscar por número o cliente</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="190"/>
        <source>Invoices: %1</source>
        <translation>Facturas: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="191"/>
        <source>Invoices: %1 of %2</source>
        <translation>Facturas: %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="219"/>
        <source>This ledger has no invoices yet.
Import invoices with “ardesk-cli import invoices FILE”.</source>
        <translation>Este libro aún no tiene facturas.
Importe facturas con «ardesk-cli import invoices ARCHIVO».</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="223"/>
        <source>No invoice has the status “%1”.</source>
        <translation>Ninguna factura tiene el estado «%1».</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="226"/>
        <source>No invoice number or customer matches “%1”.</source>
        <translation>Ningún número de factura ni cliente coincide con «%1».</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="243"/>
        <source>Cannot Read Invoices</source>
        <translation>No se pueden leer las facturas</translation>
    </message>
</context>
<context>
    <name>ardesk::KpiTrendChart</name>
    <message>
        <location filename="../ui/charts/KpiTrendChart.cpp" line="46"/>
        <source>DSO and CEI by month</source>
        <translation>DSO y CEI por mes</translation>
    </message>
    <message>
        <location filename="../ui/charts/KpiTrendChart.cpp" line="47"/>
        <source>DSO and CEI by Month</source>
        <translation>DSO y CEI por mes</translation>
    </message>
    <message>
        <location filename="../ui/charts/KpiTrendChart.cpp" line="60"/>
        <source>DSO (days)</source>
        <translation>DSO (días)</translation>
    </message>
    <message>
        <location filename="../ui/charts/KpiTrendChart.cpp" line="62"/>
        <source>CEI (%)</source>
        <translation>CEI (%)</translation>
    </message>
    <message>
        <location filename="../ui/charts/KpiTrendChart.cpp" line="85"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location filename="../ui/charts/KpiTrendChart.cpp" line="93"/>
        <source>Percent</source>
        <translation>Porcentaje</translation>
    </message>
</context>
<context>
    <name>ardesk::MainWindow</name>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="108"/>
        <source>&amp;New Company…</source>
        <translation>&amp;Nueva empresa…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="111"/>
        <source>Start a new company ledger file</source>
        <translation>Crear el libro de una empresa nueva</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="114"/>
        <source>&amp;Open Ledger…</source>
        <translation>&amp;Abrir libro…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="117"/>
        <source>Open a company ledger file</source>
        <translation>Abrir el archivo de libro de una empresa</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="120"/>
        <source>Open &amp;Demo Company</source>
        <translation>Abrir empresa de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="122"/>
        <source>Open a made-up company to try ARDesk without real data</source>
        <translation>Abrir una empresa ficticia para probar ARDesk sin datos reales</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="125"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vaciar lista</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="132"/>
        <source>&amp;Backup…</source>
        <translation>Copia de se&amp;guridad…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="134"/>
        <source>Save a copy of the open ledger to another file</source>
        <translation>Guardar una copia del libro abierto en otro archivo</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="137"/>
        <source>&amp;Close Ledger</source>
        <translation>&amp;Cerrar libro</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="142"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="149"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="162"/>
        <source>&amp;About ARDesk</source>
        <translation>&amp;Acerca de ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="175"/>
        <source>Show the %1 page</source>
        <translation>Mostrar la página «%1»</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="188"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="192"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="205"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="209"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="213"/>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="215"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="220"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="229"/>
        <source>Cannot Open Ledger</source>
        <translation>No se puede abrir el libro</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="295"/>
        <source>Creating the demo company…</source>
        <translation>Creando la empresa de demostración…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="295"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="297"/>
        <source>Open Demo Company</source>
        <translation>Abrir empresa de demostración</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="313"/>
        <source>Cannot Create the Demo Company</source>
        <translation>No se puede crear la empresa de demostración</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="341"/>
        <source>Back Up Ledger</source>
        <translation>Copia de seguridad del libro</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="348"/>
        <source>Cannot Back Up Ledger</source>
        <translation>No se puede hacer la copia de seguridad del libro</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="353"/>
        <source>Ledger backed up to “%1”.</source>
        <translation>Copia de seguridad del libro guardada en «%1».</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="394"/>
        <source>About ARDesk</source>
        <translation>Acerca de ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="395"/>
        <source>ARDesk %1

Accounts receivable for small-business bookkeepers: who owes what, how late, and what to do about it.</source>
        <translation>ARDesk %1

Cuentas por cobrar para contables de pequeñas empresas: quién debe qué, con cuánto retraso y qué hacer al respecto.</translation>
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
        <translation>Nueva empresa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="50"/>
        <source>As it appears on your invoices</source>
        <translation>Tal como aparece en sus facturas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="57"/>
        <source>The currency the ledger keeps its totals in</source>
        <translation>La moneda en la que el libro lleva sus totales</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="64"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="77"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="82"/>
        <source>Company &amp;name:</source>
        <translation>&amp;Nombre de la empresa:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="83"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="84"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="124"/>
        <source>New Company Ledger</source>
        <translation>Libro de la nueva empresa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="136"/>
        <source>Enter the company&apos;s name.</source>
        <translation>Escriba el nombre de la empresa.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="138"/>
        <source>Choose where to save the ledger.</source>
        <translation>Elija dónde guardar el libro.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="140"/>
        <source>“%1” already exists. Choose another name or location: ARDesk never overwrites a ledger.</source>
        <translation>«%1» ya existe. Elija otro nombre u otra ubicación: ARDesk nunca sobrescribe un libro.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="156"/>
        <source>Cannot Create Company</source>
        <translation>No se puede crear la empresa</translation>
    </message>
</context>
<context>
    <name>ardesk::ReportsPage</name>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="68"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="69"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="70"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="76"/>
        <source>Aging Report</source>
        <translation>Antigüedad de saldos</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="84"/>
        <source>As of date</source>
        <translation>Fecha de corte</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="89"/>
        <source>Aging basis</source>
        <translation>Base de la antigüedad</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="90"/>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="91"/>
        <source>Issue date</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="94"/>
        <source>Bucket edges in days</source>
        <translation>Límites de los tramos en días</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="96"/>
        <source>Days overdue at which the aging columns end, separated by commas: 30,60,90 gives Current, 1–30, 31–60, 61–90 and 91+.</source>
        <translation>Días de retraso en que terminan las columnas, separados por comas: 30,60,90 da No vencido, 1–30, 31–60, 61–90 y 91+.</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="100"/>
        <source>Report layout</source>
        <translation>Formato del informe</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="101"/>
        <source>Summary by customer</source>
        <translation>Resumen por cliente</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="102"/>
        <source>Detail by invoice</source>
        <translation>Detalle por factura</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="105"/>
        <source>Customer ID</source>
        <translation>Número de cliente</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="106"/>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="118"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="126"/>
        <source>Save the report as CSV, as ardesk-cli aging writes it</source>
        <translation>Guardar el informe como CSV, tal como lo escribe ardesk-cli aging</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="141"/>
        <source>Aging report</source>
        <translation>Antigüedad de saldos</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="184"/>
        <source>&amp;As of:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="185"/>
        <source>&amp;Basis:</source>
        <translation>&amp;Base:</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="186"/>
        <source>B&amp;uckets:</source>
        <translation>&amp;Tramos:</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="187"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="188"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="210"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="234"/>
        <source>Open items as of %1: %2</source>
        <translation>Partidas abiertas al %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="237"/>
        <source>Customers with open items as of %1: %2</source>
        <translation>Clientes con partidas abiertas al %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="257"/>
        <source>Bucket edges must be whole numbers of days, each larger than the one before, separated by commas without spaces: for example 30,60,90. The table still shows the last valid report.</source>
        <translation>Los límites de los tramos deben ser números enteros de días, cada uno mayor que el anterior, separados por comas sin espacios: por ejemplo 30,60,90. La tabla sigue mostrando el último informe válido.</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="303"/>
        <source>No customer has the ID “%1”. The table still shows the last report.</source>
        <translation>Ningún cliente tiene el número «%1». La tabla sigue mostrando el último informe.</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="307"/>
        <source>Cannot Read the Aging Report</source>
        <translation>No se puede leer la antigüedad de saldos</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="331"/>
        <source>Export Aging Report</source>
        <translation>Exportar antigüedad de saldos</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="345"/>
        <source>Cannot Export the Report</source>
        <translation>No se puede exportar el informe</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="346"/>
        <source>The report could not be written to “%1”.</source>
        <translation>No se pudo escribir el informe en «%1».</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="357"/>
        <source>Print Aging Report</source>
        <translation>Imprimir antigüedad de saldos</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="369"/>
        <source>Print Preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
</context>
<context>
    <name>ardesk::WelcomePage</name>
    <message>
        <location filename="../ui/views/WelcomePage.cpp" line="29"/>
        <source>Welcome to ARDesk</source>
        <translation>Bienvenido a ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/views/WelcomePage.cpp" line="37"/>
        <source>Start a new company, open a company ledger (an .ardesk file), or look around in a made-up company first.</source>
        <translation>Cree una empresa nueva, abra un libro (un archivo .ardesk) o eche antes un vistazo a una empresa ficticia.</translation>
    </message>
    <message>
        <location filename="../ui/views/WelcomePage.cpp" line="45"/>
        <source>New Company…</source>
        <translation>Nueva empresa…</translation>
    </message>
    <message>
        <location filename="../ui/views/WelcomePage.cpp" line="49"/>
        <source>Open Ledger…</source>
        <translation>Abrir libro…</translation>
    </message>
    <message>
        <location filename="../ui/views/WelcomePage.cpp" line="54"/>
        <source>Open Demo Company</source>
        <translation>Abrir empresa de demostración</translation>
    </message>
    <message>
        <location filename="../ui/views/WelcomePage.cpp" line="56"/>
        <source>A company with made-up customers, invoices and payments, to try ARDesk without touching real data</source>
        <translation>Una empresa con clientes, facturas y pagos ficticios, para probar ARDesk sin tocar datos reales</translation>
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
