<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.ui" line="9"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.ui" line="19"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.ui" line="30"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.ui" line="41"/>
        <source>&amp;Pay by:</source>
        <translation>&amp;Pagar antes del:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.ui" line="52"/>
        <source>&amp;Invoice:</source>
        <translation>Fa&amp;ctura:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.ui" line="61"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
</context>
<context>
    <name>AgencyText</name>
    <message>
        <location filename="../ui/text/AgencyText.cpp" line="7"/>
        <source>With %1</source>
        <comment>an item of a customer handed over to a collection agency</comment>
        <translation>En %1</translation>
    </message>
    <message>
        <location filename="../ui/text/AgencyText.cpp" line="12"/>
        <source>With %1 since %2</source>
        <comment>a customer handed over to a collection agency</comment>
        <translation>En %1 desde el %2</translation>
    </message>
</context>
<context>
    <name>AgingLabels</name>
    <message>
        <location filename="../ui/text/AgingLabels.cpp" line="12"/>
        <source>Current</source>
        <translation>Al corriente</translation>
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
        <translation>Antigüedad de saldos – detalle al %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="140"/>
        <source>Aging Summary as of %1</source>
        <translation>Antigüedad de saldos – resumen al %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="64"/>
        <source>Aged by issue date</source>
        <translation>Antigüedad según la fecha de emisión</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="64"/>
        <source>Aged by due date</source>
        <translation>Antigüedad según la fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="66"/>
        <source>Buckets: %1</source>
        <translation>Tramos: %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="68"/>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="74"/>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="96"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="74"/>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="96"/>
        <source>ID</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="74"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="78"/>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="106"/>
        <source>Unapplied</source>
        <translation>Sin aplicar</translation>
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
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="97"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="97"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="97"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="98"/>
        <source>Bucket</source>
        <translation>Tramo</translation>
    </message>
    <message>
        <location filename="../ui/printing/AgingReportDocument.cpp" line="98"/>
        <source>Open Amount</source>
        <translation>Importe pendiente</translation>
    </message>
</context>
<context>
    <name>AmountText</name>
    <message>
        <location filename="../ui/text/AmountText.cpp" line="19"/>
        <source>Enter the amount.</source>
        <translation>Escriba el importe.</translation>
    </message>
    <message>
        <location filename="../ui/text/AmountText.cpp" line="24"/>
        <source>The amount must be more than zero.</source>
        <translation>El importe debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../ui/text/AmountText.cpp" line="29"/>
        <source>Enter a whole amount like %1: %2 has no decimals.</source>
        <translation>Escriba un importe entero como %1: %2 no tiene decimales.</translation>
    </message>
    <message>
        <location filename="../ui/text/AmountText.cpp" line="31"/>
        <source>Enter an amount like %1, with at most %2 decimals.</source>
        <translation>Escriba un importe como %1, con %2 decimales como máximo.</translation>
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
        <translation>un pagador sin nombre</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="31"/>
        <source>%1 received on %2 from %3.</source>
        <translation>%1 recibido el %2 de %3.</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="35"/>
        <source>Payer&apos;s account: %1</source>
        <translation>Cuenta del pagador: %1</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="37"/>
        <source>Reference: %1</source>
        <translation>Referencia: %1</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="48"/>
        <source>No open document, customer code, known account or customer name in the line.</source>
        <translation>Ningún documento abierto, código de cliente, cuenta conocida ni nombre de cliente en el movimiento.</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="52"/>
        <source>The reference names %1</source>
        <extracomment>How the customer was found: the bank reference names these documents.</extracomment>
        <translation>La referencia menciona %1</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="55"/>
        <source>Account %1 paid for this customer before</source>
        <translation>La cuenta %1 ya pagó antes por este cliente</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="58"/>
        <source>Account %1 is the customer&apos;s</source>
        <translation>La cuenta %1 es la del cliente</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="61"/>
        <source>The reference names the customer code %1</source>
        <translation>La referencia menciona el código de cliente %1</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="64"/>
        <source>The payer&apos;s name is the customer&apos;s</source>
        <translation>El nombre del pagador es el del cliente</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="70"/>
        <source>%1; the amount is their open total.</source>
        <extracomment>%1 is how the customer was found (&quot;The reference names INV-1&quot;).</extracomment>
        <translation>%1; el importe es su total abierto.</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="73"/>
        <source>%1; the amount is what is open on %2.</source>
        <extracomment>%1 is how the customer was found, %2 the document.</extracomment>
        <translation>%1; el importe es lo que queda abierto de %2.</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="76"/>
        <source>%1; the amount is the open total of the oldest items, %2.</source>
        <extracomment>%1 is how the customer was found, %2 the documents.</extracomment>
        <translation>%1; el importe es el total abierto de las partidas más antiguas, %2.</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="79"/>
        <source>%1; the amount differs from their open total.</source>
        <translation>%1; el importe difiere de su total abierto.</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="83"/>
        <source>%1; the amount matches no open item (a payment on account).</source>
        <translation>%1; el importe no coincide con ninguna partida abierta (un pago a cuenta).</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="92"/>
        <source>The receipt, its customer or one of its documents changed meanwhile: it was posted or ignored, or a document was paid. The queue is read again.</source>
        <translation>El cobro, su cliente o uno de sus documentos cambió entretanto: se contabilizó o se ignoró, o se pagó un documento. La lista se vuelve a leer.</translation>
    </message>
    <message>
        <location filename="../ui/text/BankMatchText.cpp" line="103"/>
        <source>Imported “%1”: credits %2, new %3, duplicates %4, debits skipped %5, pending skipped %6.</source>
        <extracomment>After a bank statement import: the file, then the counts of its entries.</extracomment>
        <translation>«%1» importado: abonos %2, nuevos %3, duplicados %4, cargos omitidos %5, pendientes omitidos %6.</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="6"/>
        <source>Record Payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="14"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="27"/>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="40"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="57"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="81"/>
        <source>&amp;Method:</source>
        <translation>Forma de &amp;pago:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="98"/>
        <source>Re&amp;ference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="111"/>
        <source>R&amp;eason:</source>
        <translation>M&amp;otivo:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="128"/>
        <source>A&amp;llocation to open items:</source>
        <translation>&amp;Asignación a partidas abiertas:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="145"/>
        <source>&amp;Oldest First</source>
        <translation>Más an&amp;tiguas primero</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="148"/>
        <source>Allocate the amount to the oldest items first, as ARDesk proposes</source>
        <translation>Asignar el importe primero a las partidas más antiguas, como propone ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="158"/>
        <source>Clea&amp;r</source>
        <translation>&amp;Vaciar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.ui" line="161"/>
        <source>Allocate nothing: the whole amount stays unapplied</source>
        <translation>No asignar nada: todo el importe queda sin aplicar</translation>
    </message>
</context>
<context>
    <name>CustomerDetailDialog</name>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="9"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="33"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="38"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="43"/>
        <source>Credit limit</source>
        <translation>Límite de crédito</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="48"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="53"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="75"/>
        <source>&amp;Edit Customer…</source>
        <translation>&amp;Editar cliente…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="81"/>
        <source>S&amp;tatement…</source>
        <translation>Ex&amp;tracto…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="82"/>
        <source>The customer&apos;s statement of account as of today, in a print preview</source>
        <translation>El extracto de cuenta del cliente a día de hoy, en una vista previa de impresión</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="88"/>
        <source>Statement as P&amp;DF…</source>
        <translation>Extracto en PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="89"/>
        <source>Write the customer&apos;s statement of account as of today into a PDF file</source>
        <translation>Escribir el extracto de cuenta del cliente a día de hoy en un archivo PDF</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="95"/>
        <source>A&amp;gency</source>
        <translation>A&amp;gencia</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="96"/>
        <source>Hand the customer over to a collection agency, take it back, or export the case file for the agency</source>
        <translation>Entregar el cliente a una agencia de cobro, recuperarlo o exportar el expediente para la agencia</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="105"/>
        <source>&amp;Open Items</source>
        <translation>Partidas &amp;abiertas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="116"/>
        <source>&amp;Payments</source>
        <translation>&amp;Pagos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="127"/>
        <source>P&amp;lans</source>
        <translation>Pla&amp;nes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="135"/>
        <source>&amp;Activity</source>
        <translation>A&amp;ctividad</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="141"/>
        <source>Log &amp;Call…</source>
        <translation>Registrar &amp;llamada…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="147"/>
        <source>Log E-&amp;mail…</source>
        <translation>Registrar co&amp;rreo…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="153"/>
        <source>Add &amp;Note…</source>
        <translation>Añadir n&amp;ota…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="159"/>
        <source>Promise to Pa&amp;y…</source>
        <translation>Promesa de pa&amp;go…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="165"/>
        <source>&amp;Dispute Invoice…</source>
        <translation>&amp;Disputar factura…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.ui" line="171"/>
        <source>&amp;Resolve Dispute</source>
        <translation>Re&amp;solver disputa</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="9"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="19"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="25"/>
        <source>The customer_id of files and the command line</source>
        <translation>El customer_id de los archivos y de la línea de órdenes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="30"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="39"/>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="45"/>
        <source>Where reminders and statements go</source>
        <translation>Adonde se envían los recordatorios y los extractos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="50"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="59"/>
        <source>Ban&amp;k account:</source>
        <translation>Cuenta &amp;bancaria:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="65"/>
        <source>IBAN or account number the customer pays from</source>
        <translation>IBAN o número de la cuenta desde la que paga el cliente</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="66"/>
        <source>Receipts from this account are matched to the customer on the Bank page</source>
        <translation>Los cobros desde esta cuenta se asignan a este cliente en la página Banco</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="71"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="83"/>
        <source>Payment &amp;terms:</source>
        <translation>Condiciones de &amp;pago:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="89"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="90"/>
        <source>Due on receipt</source>
        <translation>Pago inmediato</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="97"/>
        <source>Early-payment &amp;discount:</source>
        <translation>Descuent&amp;o por pronto pago:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="103"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="104"/>
        <source>Percent off an invoice paid within the discount period, like 2 for “2/10 net 30”</source>
        <translation>Porcentaje que se descuenta de una factura pagada dentro del plazo de descuento, por ejemplo 2 para «2/10 neto 30»</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="109"/>
        <source>Discount pe&amp;riod:</source>
        <translation>Pla&amp;zo del descuento:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="115"/>
        <source> days after the issue date</source>
        <translation> días después de la fecha de emisión</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="122"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="131"/>
        <source>Credit &amp;limit:</source>
        <translation>&amp;Límite de crédito:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="137"/>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="143"/>
        <source>Letter lan&amp;guage:</source>
        <translation>&amp;Idioma de las cartas:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.ui" line="152"/>
        <source>On &amp;hold: send no reminders</source>
        <translation>En e&amp;spera: no enviar recordatorios</translation>
    </message>
</context>
<context>
    <name>DunningLevelsDialog</name>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="9"/>
        <source>Dunning Levels</source>
        <translation>Niveles de reclamación</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="14"/>
        <source>An overdue item reaches a level this many days past its due date. Each run raises an item at most one level; the highest level on a customer&apos;s letter picks its template and fee. Level 0, when switched on, is a courtesy reminder a few days before the due date, without fee or interest.</source>
        <translation>Una partida vencida alcanza un nivel cuando acumula este número de días de retraso desde su vencimiento. Cada tanda sube una partida como máximo un nivel; el nivel más alto de la carta de un cliente determina su plantilla y su comisión. El nivel 0, si está activado, es un recordatorio de cortesía unos días antes del vencimiento, sin comisión ni intereses.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="20"/>
        <source>Reminder levels</source>
        <translation>Niveles de recordatorio</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="27"/>
        <source>&amp;Add Level</source>
        <translation>&amp;Añadir nivel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="32"/>
        <source>&amp;Remove Last Level</source>
        <translation>&amp;Quitar el último nivel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="42"/>
        <source>Edit &amp;Template…</source>
        <translation>Editar &amp;plantilla…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="49"/>
        <source>Selected level</source>
        <translation>Nivel seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="54"/>
        <source>S&amp;end this level</source>
        <translation>&amp;Enviar este nivel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="59"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="68"/>
        <source>&amp;Days overdue:</source>
        <translation>&amp;Días de retraso:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="83"/>
        <source>&amp;Sent as:</source>
        <translation>&amp;Forma de envío:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="96"/>
        <source>&amp;Fee:</source>
        <translation>&amp;Comisión:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="120"/>
        <source>&amp;Interest a year:</source>
        <translation>&amp;Interés anual:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="128"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.ui" line="136"/>
        <source>A courtesy reminder goes out before the due date: it never charges a fee or interest.</source>
        <translation>Un recordatorio de cortesía se envía antes del vencimiento: nunca cobra comisiones ni intereses.</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="17"/>
        <source>There is no ARDesk ledger at “%1”: the server has no such database, or no ledger was created in it yet (“ardesk-cli init” creates one).</source>
        <translation>No hay ningún libro de ARDesk en «%1»: el servidor no tiene esa base de datos, o todavía no se ha creado ningún libro en ella («ardesk-cli init» crea uno).</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="21"/>
        <source>The ledger “%1” does not exist. It may have been moved, renamed or deleted.</source>
        <translation>El libro «%1» no existe. Puede que se haya movido, renombrado o eliminado.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="24"/>
        <source>“%1” is not an ARDesk ledger, or it is damaged.</source>
        <translation>«%1» no es un libro de ARDesk o está dañado.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="26"/>
        <source>The ledger “%1” is in use by another program. Try again when that program has finished.</source>
        <translation>El libro «%1» está en uso por otro programa. Inténtelo de nuevo cuando ese programa haya terminado.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="30"/>
        <source>The ledger “%1” was saved by a newer version of ARDesk. Install that version to open it; this one leaves the file untouched.</source>
        <translation>El libro «%1» se guardó con una versión más reciente de ARDesk. Instale esa versión para abrirlo; esta deja el archivo intacto.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="34"/>
        <source>The ledger “%1” could not be read from disk.</source>
        <translation>No se pudo leer el libro «%1» del disco.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="36"/>
        <source>The server of the ledger “%1” cannot be reached, or it refused the user name or password. Check the address, the network and the password.</source>
        <translation>No se puede conectar con el servidor del libro «%1», o ha rechazado el usuario o la contraseña. Compruebe la dirección, la red y la contraseña.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="40"/>
        <source>The ledger “%1” was saved by an older version of ARDesk and must be brought up to date, but it cannot be written here. Open it once where it can be written, or copy it to a folder of yours.</source>
        <translation>El libro «%1» se guardó con una versión anterior de ARDesk y debe actualizarse, pero aquí no se puede escribir. Ábralo una vez donde se pueda escribir o cópielo en una carpeta suya.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="54"/>
        <source>The ledger “%1” could not be opened.</source>
        <translation>No se pudo abrir el libro «%1».</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="61"/>
        <source>The ledger is in use by another program. Try again when that program has finished.</source>
        <translation>El libro está en uso por otro programa. Inténtelo de nuevo cuando ese programa haya terminado.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="64"/>
        <source>The ledger is damaged: some of its data cannot be read.</source>
        <translation>El libro está dañado: algunos de sus datos no se pueden leer.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="66"/>
        <source>The ledger file has disappeared. It may have been moved or deleted.</source>
        <translation>El archivo del libro ha desaparecido. Puede que se haya movido o eliminado.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="68"/>
        <source>The connection to the ledger&apos;s server was lost. Nothing half-done was kept; try again when the server can be reached.</source>
        <translation>Se perdió la conexión con el servidor del libro. No se guardó nada a medias; vuelva a intentarlo cuando el servidor esté disponible.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="83"/>
        <source>The ledger could not be read.</source>
        <translation>No se pudo leer el libro.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="92"/>
        <source>The ledger does not allow this change; nothing was changed.</source>
        <translation>El libro no permite este cambio; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="99"/>
        <source>This ledger is read-only: its file, its folder or its disk cannot be written. Nothing was changed.</source>
        <translation>Este libro es de solo lectura: no se puede escribir en su archivo, su carpeta o su disco. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="102"/>
        <source>The disk that holds the ledger is full. Nothing was changed; free some space and try again.</source>
        <translation>El disco que contiene el libro está lleno. No se ha cambiado nada; libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="112"/>
        <source>The change could not be saved to the ledger; nothing was changed.</source>
        <translation>No se pudo guardar el cambio en el libro; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="120"/>
        <source>“%1” already exists, and ARDesk never overwrites a file. Choose another name.</source>
        <translation>«%1» ya existe, y ARDesk nunca sobrescribe un archivo. Elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="123"/>
        <source>“%1” is in use by another program. Try again when that program has finished.</source>
        <translation>«%1» está siendo usado por otro programa. Inténtelo de nuevo cuando ese programa haya terminado.</translation>
    </message>
    <message>
        <location filename="../ui/text/ErrorMessages.cpp" line="140"/>
        <source>“%1” could not be written. Check that you may write to that folder and that the disk is not full.</source>
        <translation>No se pudo escribir «%1». Compruebe que puede escribir en esa carpeta y que el disco no está lleno.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../ui/widgets/FileDialogs.cpp" line="36"/>
        <source>Open Ledger</source>
        <translation>Abrir libro</translation>
    </message>
    <message>
        <location filename="../ui/widgets/FileDialogs.cpp" line="37"/>
        <location filename="../ui/widgets/FileDialogs.cpp" line="47"/>
        <source>ARDesk ledgers (*.ardesk);;All files (*)</source>
        <translation>Libros de ARDesk (*.ardesk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/FileDialogs.cpp" line="60"/>
        <location filename="../ui/widgets/FileDialogs.cpp" line="80"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/FileDialogs.cpp" line="70"/>
        <source>Bank statements (*.xml *.sta *.txt *.940 *.mt940);;All files (*)</source>
        <translation>Extractos bancarios (*.xml *.sta *.txt *.940 *.mt940);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/FileDialogs.cpp" line="94"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Archivos PDF (*.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/FileDialogs.cpp" line="111"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/FileDialogs.cpp" line="112"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ForesightText</name>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="11"/>
        <source>Pays %n day(s) late on average</source>
        <translation>
            <numerusform>Paga de media %n día tarde</numerusform>
            <numerusform>Paga de media %n días tarde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="13"/>
        <source>Pays %n day(s) early on average</source>
        <translation>
            <numerusform>Paga de media %n día antes</numerusform>
            <numerusform>Paga de media %n días antes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="15"/>
        <source>Pays on time</source>
        <translation>Paga puntualmente</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="17"/>
        <source>Paid late %1 of %n time(s)</source>
        <translation>
            <numerusform>Pagó tarde %1 de %n vez</numerusform>
            <numerusform>Pagó tarde %1 de %n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="21"/>
        <source>Paying later lately (%n day(s) a month)</source>
        <translation>
            <numerusform>Últimamente paga más tarde (%n día al mes)</numerusform>
            <numerusform>Últimamente paga más tarde (%n días al mes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="22"/>
        <source>Paying sooner lately (%n day(s) a month)</source>
        <translation>
            <numerusform>Últimamente paga antes (%n día al mes)</numerusform>
            <numerusform>Últimamente paga antes (%n días al mes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="24"/>
        <source>Erratic (varies by %n day(s))</source>
        <translation>
            <numerusform>Irregular (varía %n día)</numerusform>
            <numerusform>Irregular (varía %n días)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="26"/>
        <source>Larger than usual (%1%)</source>
        <translation>Mayor de lo habitual (%1 %)</translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="28"/>
        <source>Smaller than usual (%1%)</source>
        <translation>Menor de lo habitual (%1 %)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="30"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n día vencido</numerusform>
            <numerusform>%n días vencido</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="32"/>
        <source>Pays at the end of the month</source>
        <translation>Paga a fin de mes</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="34"/>
        <source>Only %n payment(s) known</source>
        <translation>
            <numerusform>Solo se conoce %n pago</numerusform>
            <numerusform>Solo se conocen %n pagos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="36"/>
        <source>No payment history</source>
        <translation>Sin historial de pagos</translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="38"/>
        <source>Partly paid</source>
        <translation>Pagado en parte</translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="40"/>
        <source>Disputed</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="42"/>
        <source>Reminder level %1 sent</source>
        <translation>Recordatorio de nivel %1 enviado</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="44"/>
        <source>%n broken promise(s) to pay</source>
        <translation>
            <numerusform>%n promesa de pago incumplida</numerusform>
            <numerusform>%n promesas de pago incumplidas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="46"/>
        <source>Installment plan defaulted</source>
        <translation>Plan de pagos incumplido</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="48"/>
        <source>%n open dispute(s)</source>
        <translation>
            <numerusform>%n disputa abierta</numerusform>
            <numerusform>%n disputas abiertas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="50"/>
        <source>%1% of the open amount over 30 days overdue</source>
        <translation>%1 % del importe pendiente vencido hace más de 30 días</translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="66"/>
        <source>Risk %1 (%2 of 100)</source>
        <translation>Riesgo %1 (%2 de 100)</translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="72"/>
        <source>Expected to be paid on %1; chance of paying late: %2%</source>
        <translation>Pago previsto el %1; probabilidad de pago tardío: %2 %</translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="76"/>
        <source>Estimated partly from similar customers: little history of its own.</source>
        <translation>Estimado en parte a partir de clientes similares: poco historial propio.</translation>
    </message>
    <message>
        <location filename="../ui/text/ForesightText.cpp" line="78"/>
        <source>Estimated from similar customers: no history of its own.</source>
        <translation>Estimado a partir de clientes similares: sin historial propio.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="9"/>
        <location filename="../ui/dialogs/ImportWizard.ui" line="177"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="13"/>
        <source>Choose a File</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="16"/>
        <source>What the file holds, its layout, and where it is. ARDesk&apos;s native CSV has one header row naming the columns, dates as YYYY-MM-DD, amounts like 1234.50; files from QuickBooks Online, Xero or GnuCash are read in their own layout.</source>
        <translation>Qué contiene el archivo, su formato y dónde está. El CSV propio de ARDesk tiene una fila de cabecera con los nombres de las columnas, fechas como AAAA-MM-DD e importes como 1234.50; los archivos de QuickBooks Online, Xero o GnuCash se leen en su propio formato.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="26"/>
        <source>&amp;Import:</source>
        <translation>&amp;Importar:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="39"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="52"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="65"/>
        <source>How the file writes its dates. Detect reads them all and picks the only order that fits.</source>
        <translation>Cómo escribe el archivo sus fechas. «Detectar» las lee todas y elige el único orden que encaja.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="70"/>
        <source>Decimal &amp;comma (1.234,56)</source>
        <translation>Co&amp;ma decimal (1.234,56)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="71"/>
        <source>The file writes amounts with a decimal comma, as GnuCash does in many European languages.</source>
        <translation>El archivo escribe los importes con coma decimal, como GnuCash en muchos idiomas europeos.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="83"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="91"/>
        <source>A .csv file</source>
        <translation>Un archivo .csv</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="97"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="119"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="122"/>
        <source>The first rows as ARDesk reads them, under the file&apos;s own column names. Nothing is imported yet.</source>
        <translation>Las primeras filas tal como las lee ARDesk, con los nombres de columna del propio archivo. Todavía no se importa nada.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="137"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="140"/>
        <source>Every row is checked against the ledger without changing it. All or nothing: if any row has a problem, nothing is imported.</source>
        <translation>Cada fila se comprueba con el libro sin modificarlo. Todo o nada: si alguna fila tiene un problema, no se importa nada.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="158"/>
        <location filename="../ui/dialogs/ImportWizard.ui" line="198"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="164"/>
        <source>Check &amp;Again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.ui" line="180"/>
        <source>The rows are written in one transaction: stopping leaves the ledger as it was.</source>
        <translation>Las filas se escriben en una sola transacción: detener deja el libro como estaba.</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="6"/>
        <source>New Invoice</source>
        <translation>Nueva factura</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="14"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="27"/>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="40"/>
        <source>&amp;Issued on:</source>
        <translation>&amp;Emitida el:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="57"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Vence el:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="74"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="98"/>
        <source>D&amp;escription:</source>
        <translation>Descri&amp;pción:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="111"/>
        <source>Early-payment disc&amp;ount:</source>
        <translation>Descuento por pron&amp;to pago:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="123"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.ui" line="130"/>
        <source>% if paid by</source>
        <translation>% si se paga a más tardar el</translation>
    </message>
</context>
<context>
    <name>LetterPrinting</name>
    <message>
        <location filename="../ui/printing/LetterPrinting.cpp" line="56"/>
        <source>Cannot Print</source>
        <translation>No se puede imprimir</translation>
    </message>
    <message>
        <location filename="../ui/printing/LetterPrinting.cpp" line="57"/>
        <source>The letters could not be laid out for printing.</source>
        <translation>No se pudo preparar la disposición de las cartas para imprimirlas.</translation>
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
        <translation>Transferencia</translation>
    </message>
    <message>
        <location filename="../ui/text/PaymentMethodNames.cpp" line="12"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../ui/text/PaymentMethodNames.cpp" line="14"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location filename="../ui/text/PaymentMethodNames.cpp" line="16"/>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../ui/text/PaymentMethodNames.cpp" line="18"/>
        <source>Direct debit</source>
        <translation>Domiciliación</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../ui/dialogs/PlanDialog.ui" line="13"/>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.ui" line="23"/>
        <source>Plan date:</source>
        <translation>Fecha del plan:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.ui" line="31"/>
        <source>Terms:</source>
        <translation>Condiciones:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.ui" line="41"/>
        <source>Amounts:</source>
        <translation>Importes:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.ui" line="49"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.ui" line="60"/>
        <source>&amp;Installments</source>
        <translation>&amp;Cuotas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.ui" line="73"/>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Reprogramar…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.ui" line="79"/>
        <source>Cancel &amp;Plan…</source>
        <translation>Cancelar el &amp;plan…</translation>
    </message>
</context>
<context>
    <name>PlanTermsEditor</name>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.ui" line="20"/>
        <source>Plan &amp;date:</source>
        <translation>&amp;Fecha del plan:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.ui" line="31"/>
        <source>&amp;Installments:</source>
        <translation>&amp;Número de cuotas:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.ui" line="44"/>
        <source>&amp;Frequency:</source>
        <translation>F&amp;recuencia:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.ui" line="53"/>
        <source>First d&amp;ue:</source>
        <translation>&amp;Primer vencimiento:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.ui" line="64"/>
        <source>Do&amp;wn payment:</source>
        <translation>&amp;Entrada:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.ui" line="75"/>
        <source>F&amp;ee:</source>
        <translation>&amp;Comisión:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.ui" line="86"/>
        <source>Annual &amp;rate (%):</source>
        <translation>&amp;Tipo de interés anual (%):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.ui" line="113"/>
        <source>Sc&amp;hedule:</source>
        <translation>Ca&amp;lendario:</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <location filename="../ui/text/ReminderText.cpp" line="8"/>
        <source>Level %1</source>
        <comment>a reminder level</comment>
        <translation>Nivel %1</translation>
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
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../ui/text/ReminderText.cpp" line="19"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../ui/text/ReminderText.cpp" line="21"/>
        <source>Letter and e-mail</source>
        <translation>Carta y correo</translation>
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
        <translation>Nivel %1 · %2</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <location filename="../ui/printing/ReportPrinter.cpp" line="117"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="9"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="16"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="20"/>
        <source>Company (printed on letters and statements)</source>
        <translation>Empresa (impresa en cartas y extractos)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="25"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="34"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="46"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="55"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="64"/>
        <source>&amp;Tax ID:</source>
        <translation>N&amp;IF:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="70"/>
        <source>VAT or tax number</source>
        <translation>NIF o número de IVA</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="75"/>
        <source>Re&amp;gistration:</source>
        <translation>Re&amp;gistro mercantil:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="81"/>
        <source>Company register and number, such as Registered in England No. 01234567</source>
        <translation>Registro y número, por ejemplo Registro Mercantil de Madrid, hoja M-123456</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="89"/>
        <source>Ledger</source>
        <translation>Libro</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="94"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="112"/>
        <source>Aging &amp;buckets:</source>
        <translation>T&amp;ramos de antigüedad:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="118"/>
        <source>30,60,90</source>
        <translation>30,60,90</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="131"/>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="136"/>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="149"/>
        <source>A new language takes effect the next time ARDesk starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie ARDesk.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="164"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="168"/>
        <source>How customers pay (printed on reminders, statements and e-mails)</source>
        <translation>Cómo pagan los clientes (en recordatorios, extractos y correos electrónicos)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="173"/>
        <source>Account &amp;holder:</source>
        <translation>&amp;Titular de la cuenta:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="179"/>
        <source>Empty: the company&apos;s name</source>
        <translation>Vacío: el nombre de la empresa</translation>
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
        <translation>&amp;Número de cuenta:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="222"/>
        <source>Where there is no IBAN</source>
        <translation>Donde no hay IBAN</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="227"/>
        <source>&amp;Routing / sort code:</source>
        <translation>Código de banco / &amp;sucursal:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="236"/>
        <source>Payment &amp;link:</source>
        <translation>&amp;Enlace de pago:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="261"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="265"/>
        <source>Outgoing mail server (SMTP) on this computer</source>
        <translation>Servidor de correo saliente (SMTP) de este equipo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="270"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="276"/>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="281"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="297"/>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;eguridad:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="310"/>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="316"/>
        <source>Empty when the server needs no login</source>
        <translation>Vacío si el servidor no requiere inicio de sesión</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="321"/>
        <source>Pass&amp;word:</source>
        <translation>Contr&amp;aseña:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.ui" line="332"/>
        <source>&amp;From address:</source>
        <translation>Dirección del &amp;remitente:</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.ui" line="9"/>
        <source>Letter Templates</source>
        <translation>Plantillas de cartas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.ui" line="16"/>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.ui" line="25"/>
        <source>L&amp;anguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.ui" line="34"/>
        <source>Preview &amp;for:</source>
        <translation>Vista previa &amp;para:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.ui" line="65"/>
        <source>&amp;Template (HTML with mustache fields):</source>
        <translation>Plan&amp;tilla (HTML con campos mustache):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.ui" line="92"/>
        <source>F&amp;ields:</source>
        <translation>C&amp;ampos:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.ui" line="101"/>
        <source>I&amp;nsert Field</source>
        <translation>Ins&amp;ertar campo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.ui" line="114"/>
        <source>&amp;Preview:</source>
        <translation>&amp;Vista previa:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.ui" line="134"/>
        <source>&amp;Restore Default</source>
        <translation>&amp;Restablecer la predeterminada</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <location filename="../ui/session/UiLanguage.cpp" line="17"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.ui" line="6"/>
        <source>Write Off</source>
        <translation>Declarar incobrable</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.ui" line="21"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.ui" line="38"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.ui" line="62"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>ardesk::ActivityDialog</name>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="22"/>
        <source>Log Call</source>
        <translation>Registrar llamada</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="24"/>
        <source>Log E-mail</source>
        <translation>Registrar correo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="26"/>
        <source>Add Note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="28"/>
        <source>Promise to Pay</source>
        <translation>Promesa de pago</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="30"/>
        <source>Dispute Invoice</source>
        <translation>Disputar factura</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="48"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="61"/>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Importe (%1):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="66"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="70"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="76"/>
        <source>%1 — due %2, open %3</source>
        <translation>%1 — vence %2, pendiente %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="119"/>
        <source>Enter the promised amount in %1, like %2.</source>
        <translation>Escriba el importe prometido en %1, como %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="122"/>
        <source>The pay-by date cannot be before the date of the promise.</source>
        <translation>La fecha de pago no puede ser anterior a la fecha de la promesa.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="126"/>
        <source>The customer has no open invoice that is not disputed already.</source>
        <translation>El cliente no tiene ninguna factura abierta que no esté ya en disputa.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="129"/>
        <source>Write the note.</source>
        <translation>Escriba la nota.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="168"/>
        <source>Cannot Record Activity</source>
        <translation>No se puede registrar la actividad</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ActivityDialog.cpp" line="169"/>
        <source>The activity could not be recorded.</source>
        <translation>No se pudo registrar la actividad.</translation>
    </message>
</context>
<context>
    <name>ardesk::ActivityListModel</name>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="52"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="54"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="56"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="58"/>
        <source>Promise to pay</source>
        <translation>Promesa de pago</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="60"/>
        <source>Dispute</source>
        <translation>Disputa</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="72"/>
        <source>Reminder</source>
        <comment>a reminder sent, in the activity log</comment>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="86"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="88"/>
        <source>Kept</source>
        <translation>Cumplida</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="90"/>
        <source>Broken</source>
        <translation>Incumplida</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="122"/>
        <source>%1 by %2</source>
        <translation>%1 antes del %2</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="126"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="133"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="134"/>
        <source>Resolved %1</source>
        <translation>Resuelta el %1</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="185"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="187"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="189"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="191"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../ui/models/ActivityListModel.cpp" line="193"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ardesk::AgencyHandoverDialog</name>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="38"/>
        <source>Take Back from Agency</source>
        <translation>Recuperar de la agencia de cobro</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="40"/>
        <source>%1 was handed over to %2 on %3. Taken back, the customer gets reminders again from the date below, and you collect its open items yourself.</source>
        <translation>%1 se entregó a %2 el %3. Una vez recuperado, el cliente vuelve a recibir recordatorios a partir de la fecha indicada abajo, y usted mismo cobra sus partidas abiertas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="46"/>
        <source>Hand Over to Agency</source>
        <translation>Entregar a una agencia de cobro</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="47"/>
        <source>From the date below the agency collects what %1 owes: no reminders go out to the customer, and its open items show the hand-over. The activity log records it.</source>
        <translation>A partir de la fecha indicada abajo, la agencia cobra lo que debe %1: el cliente no recibe recordatorios y sus partidas abiertas muestran la entrega. El historial lo registra.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="55"/>
        <source>For example: Northern Collections Ltd</source>
        <translation>Por ejemplo: Cobros del Norte S.L.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="59"/>
        <source>Why the customer is taken back (optional)</source>
        <translation>Por qué se recupera al cliente (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="60"/>
        <source>File number, what was agreed (optional)</source>
        <translation>Número de expediente, lo acordado (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="65"/>
        <source>Taken &amp;back on:</source>
        <translation>&amp;Recuperado el:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="65"/>
        <source>Handed &amp;over on:</source>
        <translation>&amp;Entregado el:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="67"/>
        <source>&amp;Agency:</source>
        <translation>&amp;Agencia:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="70"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="74"/>
        <source>&amp;Take Back</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgencyHandoverDialog.cpp" line="74"/>
        <source>&amp;Hand Over</source>
        <translation>&amp;Entregar</translation>
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
        <location filename="../ui/charts/AgingBucketChart.cpp" line="71"/>
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
        <location filename="../ui/dialogs/AgingBucketDialog.cpp" line="65"/>
        <source>Current Invoices as of %1</source>
        <translation>Facturas al corriente a %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgingBucketDialog.cpp" line="66"/>
        <source>Invoices %1 Days Overdue as of %2</source>
        <translation>Facturas con %1 días de retraso a %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgingBucketDialog.cpp" line="73"/>
        <source>No open invoices in this bucket.</source>
        <translation>No hay facturas abiertas en este tramo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgingBucketDialog.cpp" line="76"/>
        <source>Invoices: %1 · Open: %2</source>
        <translation>Facturas: %1 · Pendiente: %2</translation>
    </message>
</context>
<context>
    <name>ardesk::AgingDetailModel</name>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="83"/>
        <source>%1 until %2</source>
        <translation>%1 hasta el %2</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="134"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="136"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="138"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="140"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="142"/>
        <source>Days Overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="144"/>
        <source>Open Amount</source>
        <translation>Importe pendiente</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="146"/>
        <source>Early-Payment Discount</source>
        <translation>Descuento por pronto pago</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingDetailModel.cpp" line="148"/>
        <source>Note</source>
        <translation>Nota</translation>
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
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="133"/>
        <source>ID</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="135"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../ui/models/AgingSummaryModel.cpp" line="140"/>
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
    <name>ardesk::AllocationTableModel</name>
    <message>
        <location filename="../ui/models/AllocationTableModel.cpp" line="147"/>
        <source>Settles the item with an early-payment discount of %1</source>
        <translation>Salda la partida con un descuento por pronto pago de %1</translation>
    </message>
    <message>
        <location filename="../ui/models/AllocationTableModel.cpp" line="150"/>
        <source>Up to %1</source>
        <translation>Hasta %1</translation>
    </message>
    <message>
        <location filename="../ui/models/AllocationTableModel.cpp" line="201"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../ui/models/AllocationTableModel.cpp" line="203"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location filename="../ui/models/AllocationTableModel.cpp" line="205"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../ui/models/AllocationTableModel.cpp" line="207"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../ui/models/AllocationTableModel.cpp" line="209"/>
        <source>Allocate</source>
        <translation>Asignar</translation>
    </message>
</context>
<context>
    <name>ardesk::AuditTrailModel</name>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="27"/>
        <source>Logged</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="28"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="31"/>
        <source>Corrected</source>
        <translation>Corregida</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="32"/>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="34"/>
        <source>Voided</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="36"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="38"/>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="40"/>
        <source>Un-applied</source>
        <translation>Aplicación quitada</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="42"/>
        <source>Written off</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="44"/>
        <source>Discount granted</source>
        <translation>Descuento concedido</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="46"/>
        <source>Reminder sent</source>
        <translation>Recordatorio enviado</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="48"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="50"/>
        <source>Handed over to agency</source>
        <translation>Entregado a la agencia de cobro</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="52"/>
        <source>Taken back from agency</source>
        <translation>Recuperado de la agencia</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="54"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="56"/>
        <source>Rescheduled</source>
        <translation>Reprogramado</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="66"/>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="68"/>
        <source>Invoice %1</source>
        <translation>Factura %1</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="70"/>
        <source>Payment %1</source>
        <translation>Pago %1</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="72"/>
        <source>Credit note %1</source>
        <translation>Abono %1</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="74"/>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="91"/>
        <source>%1 to invoice %2</source>
        <translation>%1 a la factura %2</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="93"/>
        <source>%1 from invoice %2</source>
        <translation>%1 quitado de la factura %2</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="95"/>
        <source>Level %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="106"/>
        <source>(outside ARDesk)</source>
        <comment>who changed it: unknown</comment>
        <translation>(fuera de ARDesk)</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="152"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="154"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="156"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="158"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../ui/models/AuditTrailModel.cpp" line="160"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>ardesk::BankAutoPostDialog</name>
    <message>
        <location filename="../ui/dialogs/BankAutoPostDialog.cpp" line="26"/>
        <source>Post All Sure Receipts</source>
        <translation>Contabilizar todos los cobros seguros</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/BankAutoPostDialog.cpp" line="35"/>
        <source>%n receipt(s) score %1 or more and would be posted as payments, each to the customer and documents shown, in booking-date order, all in one go:</source>
        <translation>
            <numerusform>%n cobro obtiene %1 o más y se contabilizaría como pago, al cliente y los documentos indicados, por fecha contable, todo de una vez:</numerusform>
            <numerusform>%n cobros obtienen %1 o más y se contabilizarían como pagos, cada uno al cliente y los documentos indicados, por fecha contable, todo de una vez:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankAutoPostDialog.cpp" line="45"/>
        <source>Receipts to post</source>
        <translation>Cobros por contabilizar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankAutoPostDialog.cpp" line="55"/>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/BankAutoPostDialog.cpp" line="60"/>
        <source>&amp;Post %n Receipt(s)</source>
        <translation>
            <numerusform>&amp;Contabilizar %n cobro</numerusform>
            <numerusform>&amp;Contabilizar %n cobros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::BankCsvColumnsPage</name>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="72"/>
        <source>Decimal &amp;comma (1234,50)</source>
        <translation>Coma &amp;decimal (1234,50)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="79"/>
        <source>Which Column Holds What</source>
        <translation>Qué columna contiene qué</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="80"/>
        <source>Name the columns of an entry, then the account the file is a statement of. The profile is saved in the ledger under its name, for every later file of this bank.</source>
        <translation>Indique las columnas de un movimiento y después la cuenta de la que el archivo es un extracto. El perfil se guarda en el libro con su nombre, para cada archivo posterior de este banco.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="84"/>
        <source>One column, money out negative:</source>
        <translation>Una columna, salidas en negativo:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="85"/>
        <source>A debit and a credit column:</source>
        <translation>Una columna de cargo y otra de abono:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="89"/>
        <source>dd day, MM month, yyyy or yy year</source>
        <translation>dd día, MM mes, yyyy o yy año</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="94"/>
        <source>Your account&apos;s IBAN or number</source>
        <translation>IBAN o número de su cuenta</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="96"/>
        <source>e.g. the bank&apos;s name</source>
        <translation>p. ej. el nombre del banco</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="119"/>
        <source>Booking &amp;date:</source>
        <translation>&amp;Fecha contable:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="120"/>
        <source>&amp;Value date:</source>
        <translation>Fecha &amp;valor:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="121"/>
        <source>A&amp;mount:</source>
        <translation>I&amp;mporte:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="122"/>
        <source>&amp;Payer:</source>
        <translation>&amp;Pagador:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="123"/>
        <source>Payer&apos;s acco&amp;unt:</source>
        <translation>&amp;Cuenta del pagador:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="124"/>
        <source>&amp;Remittance text:</source>
        <translation>Co&amp;ncepto:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="125"/>
        <source>Bank&apos;s entr&amp;y ID:</source>
        <translation>Referencia del &amp;banco:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="126"/>
        <source>Dates &amp;written:</source>
        <translation>Formato de f&amp;echas:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="127"/>
        <source>Curr&amp;ency:</source>
        <translation>M&amp;oneda:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="128"/>
        <source>Statement of &amp;account:</source>
        <translation>Extractos de la c&amp;uenta:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="129"/>
        <source>Profile &amp;name:</source>
        <translation>Nomb&amp;re del perfil:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="175"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="182"/>
        <source>%1 (e.g. “%2”)</source>
        <extracomment>A column of the bank&apos;s file: %1 its position or header name, %2 a value of it.</extracomment>
        <translation>%1 (p. ej. «%2»)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="182"/>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="183"/>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="288"/>
        <source>Choose the column with the booking date.</source>
        <translation>Elija la columna de la fecha contable.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="290"/>
        <source>Choose the column with the amount.</source>
        <translation>Elija la columna del importe.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="292"/>
        <source>Choose both the debit and the credit column.</source>
        <translation>Elija la columna de cargo y la de abono.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="294"/>
        <source>Enter the account the bank&apos;s files are statements of.</source>
        <translation>Introduzca la cuenta de la que los archivos del banco son extractos.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="296"/>
        <source>Name the profile, e.g. after the bank.</source>
        <translation>Dé un nombre al perfil, p. ej. el del banco.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="298"/>
        <source>The profile is not complete: %1.</source>
        <translation>El perfil está incompleto: %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="300"/>
        <source>The file does not read with these settings: %1</source>
        <translation>El archivo no se lee con estos ajustes: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="317"/>
        <source>The file reads: %n entries, %1 of them money in.</source>
        <extracomment>%n entries of the file; %1 how many of them are money in.</extracomment>
        <translation>
            <numerusform>El archivo se lee: %n movimiento, de ellos cobros: %1.</numerusform>
            <numerusform>El archivo se lee: %n movimientos, de ellos cobros: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="323"/>
        <source>The first money in: %1, %2 from %3.</source>
        <extracomment>%1 a date, %2 an amount with its currency, %3 who paid.</extracomment>
        <translation>El primer cobro: %1, %2 de %3.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="328"/>
        <source>an unnamed payer</source>
        <translation>un pagador sin nombre</translation>
    </message>
</context>
<context>
    <name>ardesk::BankCsvLayoutPage</name>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="31"/>
        <source>The next row names the &amp;columns</source>
        <translation>La fila siguiente nombra las &amp;columnas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="36"/>
        <source>How the File Is Written</source>
        <translation>Cómo está escrito el archivo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="37"/>
        <source>Set how your bank writes the file until its entries show one per row, in columns.</source>
        <translation>Indique cómo escribe su banco el archivo hasta que sus movimientos aparezcan uno por fila, en columnas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="41"/>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="42"/>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="43"/>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="44"/>
        <source>Vertical bar ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="49"/>
        <source>Rows the bank writes before the entries: account, period, balances</source>
        <translation>Filas que el banco escribe antes de los movimientos: cuenta, periodo, saldos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="55"/>
        <source>Rows the bank writes after the last entry: closing balance, totals</source>
        <translation>Filas que el banco escribe después del último movimiento: saldo final, totales</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="63"/>
        <source>&amp;Separator:</source>
        <translation>Se&amp;parador:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="66"/>
        <source>Rows be&amp;fore the entries:</source>
        <translation>Filas an&amp;tes de los movimientos:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="70"/>
        <source>Rows &amp;after the entries:</source>
        <translation>Filas &amp;después de los movimientos:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvLayoutPage.cpp" line="129"/>
        <source>Column %1</source>
        <extracomment>A column of the bank&apos;s file without a header: %1 its position, 1 for the first.</extracomment>
        <translation>Columna %1</translation>
    </message>
</context>
<context>
    <name>ardesk::BankCsvProfileDialog</name>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="23"/>
        <source>Import Bank CSV</source>
        <translation>Importar CSV bancario</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="24"/>
        <source>“%1” is a CSV export. Which bank&apos;s column profile reads it?</source>
        <translation>«%1» es una exportación CSV. ¿Qué perfil de columnas de qué banco la lee?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="41"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="43"/>
        <source>&amp;New Profile…</source>
        <translation>&amp;Nuevo perfil…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="50"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="76"/>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="79"/>
        <source>Columns separated by “%1”, with a header row</source>
        <translation>Columnas separadas por «%1», con fila de encabezado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="80"/>
        <source>Columns separated by “%1”, without a header row</source>
        <translation>Columnas separadas por «%1», sin fila de encabezado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="81"/>
        <source>Dates written %1; amounts with a decimal %2</source>
        <translation>Fechas en formato %1; importes con %2 decimal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="82"/>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="82"/>
        <source>point</source>
        <translation>punto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="84"/>
        <source>Amounts in the columns “%1” (debit) and “%2” (credit)</source>
        <translation>Importes en las columnas «%1» (debe) y «%2» (haber)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="86"/>
        <source>Amounts in the column “%1”</source>
        <translation>Importes en la columna «%1»</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileDialog.cpp" line="87"/>
        <source>Account %1, in %2</source>
        <translation>Cuenta %1, en %2</translation>
    </message>
</context>
<context>
    <name>ardesk::BankCsvProfileWizard</name>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileWizard.cpp" line="18"/>
        <source>New Bank CSV Profile for “%1”</source>
        <extracomment>%1 the bank file&apos;s name.</extracomment>
        <translation>Nuevo perfil CSV bancario para «%1»</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankCsvProfileWizard.cpp" line="24"/>
        <source>Save and &amp;Import</source>
        <translation>Guardar e &amp;importar</translation>
    </message>
</context>
<context>
    <name>ardesk::BankIgnoreDialog</name>
    <message>
        <location filename="../ui/dialogs/BankIgnoreDialog.cpp" line="23"/>
        <source>Ignore Receipt</source>
        <translation>Ignorar cobro</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankIgnoreDialog.cpp" line="26"/>
        <source>Take the receipt of %1 from %2, booked on %3, out of the queue? It is not posted to any customer.</source>
        <translation>¿Quitar de la lista el cobro de %1 de %2, con fecha contable %3? No se contabiliza a ningún cliente.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankIgnoreDialog.cpp" line="33"/>
        <source>&amp;Reason (kept with the line):</source>
        <translation>&amp;Motivo (se guarda con el movimiento):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankIgnoreDialog.cpp" line="36"/>
        <source>For example: refund from a supplier</source>
        <translation>Por ejemplo: reembolso de un proveedor</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankIgnoreDialog.cpp" line="40"/>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorar</translation>
    </message>
</context>
<context>
    <name>ardesk::BankPage</name>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="69"/>
        <source>Receipts: %1 of %2</source>
        <translation>Cobros: %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="84"/>
        <source>&amp;Import Statement…</source>
        <translation>&amp;Importar extracto…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="85"/>
        <source>&amp;Match</source>
        <translation>Co&amp;nciliar</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="86"/>
        <source>&amp;Post…</source>
        <translation>&amp;Contabilizar…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="87"/>
        <source>&amp;Change…</source>
        <translation>Ca&amp;mbiar…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="88"/>
        <source>&amp;Split…</source>
        <translation>&amp;Dividir…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="89"/>
        <source>I&amp;gnore…</source>
        <translation>I&amp;gnorar…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="91"/>
        <source>Post &amp;All ≥ %1…</source>
        <translation>Contabilizar &amp;todo ≥ %1…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="122"/>
        <source>Import a bank statement (camt.053, camt.054 or MT940); each receipt is added once, however often it is imported. You can also drop the file on this page.</source>
        <translation>Importar un extracto bancario (camt.053, camt.054 o MT940); cada cobro se añade una sola vez, por muchas veces que se importe. También puede soltar el archivo en esta página.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="126"/>
        <source>Propose again who paid what for every receipt in the queue</source>
        <translation>Volver a proponer quién pagó qué para cada cobro de la lista</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="128"/>
        <source>Post the selected receipt as proposed (Enter)</source>
        <translation>Contabilizar el cobro seleccionado como se propone (Intro)</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="131"/>
        <source>Post the selected receipt to another customer or other documents</source>
        <translation>Contabilizar el cobro seleccionado a otro cliente u otros documentos</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="134"/>
        <source>Post the selected receipt across several customers, each with its share</source>
        <translation>Contabilizar el cobro seleccionado entre varios clientes, cada uno con su parte</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="137"/>
        <source>Take the selected line out of the queue with a reason, such as a refund (Delete)</source>
        <translation>Quitar el movimiento seleccionado de la lista con un motivo, como un reembolso (Supr)</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="144"/>
        <source>Show every receipt scoring %1 or more, then post them all at once</source>
        <translation>Mostrar cada cobro con %1 o más y luego contabilizarlos todos a la vez</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="148"/>
        <source>Bank commands</source>
        <translation>Órdenes de banco</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="166"/>
        <source>Receipts to apply</source>
        <translation>Cobros por aplicar</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="196"/>
        <location filename="../ui/views/BankPage.cpp" line="230"/>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="253"/>
        <source>Receipts to apply: %1</source>
        <translation>Cobros por aplicar: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="280"/>
        <source>Match Receipts</source>
        <translation>Conciliar cobros</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="281"/>
        <source>Matching the receipts to open documents…</source>
        <translation>Conciliando los cobros con los documentos abiertos…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="371"/>
        <source>Select a receipt to see it in full.</source>
        <translation>Seleccione un cobro para verlo completo.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="380"/>
        <source>%1 (account %2)</source>
        <extracomment>A payer and its bank account.</extracomment>
        <translation>%1 (cuenta %2)</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="383"/>
        <source>&lt;b&gt;%1&lt;/b&gt; from %2, booked on %3</source>
        <extracomment>The selected bank line: amount, payer, booking date, then its reference.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; de %2, con fecha contable %3</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="388"/>
        <source>reference “%1”</source>
        <translation>referencia «%1»</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="391"/>
        <source>No proposal: post it with Change… to the customer who paid, or ignore it.</source>
        <translation>Sin propuesta: contabilícelo con Cambiar… al cliente que pagó, o ignórelo.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="394"/>
        <source>Proposed: %1, score %2, on account.</source>
        <extracomment>%1 customer, %2 score.</extracomment>
        <translation>Propuesta: %1, puntuación %2, a cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="399"/>
        <source>Proposed: %1 for %2, score %3.</source>
        <extracomment>%1 customer, %2 documents, %3 score.</extracomment>
        <translation>Propuesta: %1 por %2, puntuación %3.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="415"/>
        <source>Matching the receipts…</source>
        <translation>Conciliando los cobros…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="418"/>
        <source>No receipts to apply.

Import a bank statement (camt.053, camt.054 or MT940) with Import Statement…, or drop the file on this page.
Each receipt is proposed a customer and the documents it pays: Enter posts the selected proposal, Delete takes a line out of the queue.</source>
        <translation>No hay cobros por aplicar.

Importe un extracto bancario (camt.053, camt.054 o MT940) con Importar extracto…, o suelte el archivo en esta página.
Para cada cobro se proponen un cliente y los documentos que paga: Intro contabiliza la propuesta seleccionada, Supr quita un movimiento de la lista.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="429"/>
        <location filename="../ui/views/BankPage.cpp" line="440"/>
        <source>Import Bank Statement</source>
        <translation>Importar extracto bancario</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="441"/>
        <source>Importing “%1”…</source>
        <translation>Importando «%1»…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="450"/>
        <location filename="../ui/views/BankPage.cpp" line="508"/>
        <location filename="../ui/views/BankPage.cpp" line="526"/>
        <source>The import of “%1” was cancelled; nothing was imported.</source>
        <translation>Se canceló la importación de «%1»; no se importó nada.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="469"/>
        <source>“%1” could not be imported: it is not a bank statement ARDesk reads (camt.053, camt.054, MT940, OFX, or CSV with its profile), it is damaged, it names no account, or it is in a currency the ledger does not bill in. Nothing was imported.</source>
        <translation>No se pudo importar «%1»: no es un extracto que ARDesk lea (camt.053, camt.054, MT940, OFX o CSV con su perfil), está dañado, no indica ninguna cuenta o está en una moneda que el libro no factura. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="477"/>
        <source>“%1” could not be read. Nothing was imported.</source>
        <translation>No se pudo leer «%1». No se importó nada.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="484"/>
        <source>Cannot Import Statement</source>
        <translation>No se puede importar el extracto</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="494"/>
        <source>Cannot Read CSV Profiles</source>
        <translation>No se pueden leer los perfiles CSV</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="531"/>
        <source>Cannot Save CSV Profile</source>
        <translation>No se puede guardar el perfil CSV</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="541"/>
        <source>Cannot Match Receipts</source>
        <translation>No se pueden conciliar los cobros</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="544"/>
        <source>Cannot Post Receipts</source>
        <translation>No se pueden contabilizar los cobros</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="546"/>
        <source>Nothing was posted: %1</source>
        <translation>No se contabilizó nada: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="568"/>
        <source>It pays the customer&apos;s oldest open items; what is left stays on the customer as unapplied credit.</source>
        <translation>Paga las partidas abiertas más antiguas del cliente; lo que sobre queda en el cliente como crédito sin aplicar.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="570"/>
        <source>It pays %1 first, then the customer&apos;s oldest open items; what is left stays on the customer as unapplied credit.</source>
        <translation>Paga primero %1 y luego las partidas abiertas más antiguas del cliente; lo que sobre queda en el cliente como crédito sin aplicar.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="574"/>
        <source>Post the receipt of %1 from %2 to %3?

%4</source>
        <extracomment>%1 amount, %2 payer, %3 customer, %4 what it pays (a sentence).</extracomment>
        <translation>¿Contabilizar el cobro de %1 de %2 a %3?

%4</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="576"/>
        <source>Post Receipt</source>
        <translation>Contabilizar cobro</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="582"/>
        <source>Cannot Post Receipt</source>
        <translation>No se puede contabilizar el cobro</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="587"/>
        <location filename="../ui/views/BankPage.cpp" line="608"/>
        <location filename="../ui/views/BankPage.cpp" line="626"/>
        <source>Posted %1 from %2 to %3.</source>
        <translation>%1 de %2 contabilizado a %3.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="642"/>
        <source>Cannot Ignore Line</source>
        <translation>No se puede ignorar el movimiento</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="648"/>
        <source>Ignored %1 from %2: %3</source>
        <translation>%1 de %2 ignorado: %3</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="658"/>
        <location filename="../ui/views/BankPage.cpp" line="680"/>
        <location filename="../ui/views/BankPage.cpp" line="692"/>
        <source>Post All</source>
        <translation>Contabilizar todo</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="659"/>
        <source>Finding the receipts to post…</source>
        <translation>Buscando los cobros por contabilizar…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="681"/>
        <source>No receipt scores %1 or more: post them one by one.</source>
        <translation>Ningún cobro obtiene %1 o más: contabilícelos uno a uno.</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="693"/>
        <source>Posting the receipts…</source>
        <translation>Contabilizando los cobros…</translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="705"/>
        <source>Post All was cancelled; nothing was posted.</source>
        <translation>Se canceló Contabilizar todo; no se contabilizó nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/BankPage.cpp" line="713"/>
        <source>Posted %n receipt(s).</source>
        <translation>
            <numerusform>%n cobro contabilizado.</numerusform>
            <numerusform>%n cobros contabilizados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/BankPage.cpp" line="715"/>
        <source>The ledger changed after the preview, so the receipts posted differ from those listed.</source>
        <translation>El libro cambió después de la vista previa; los cobros contabilizados difieren de los mostrados.</translation>
    </message>
</context>
<context>
    <name>ardesk::BankPostDialog</name>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="39"/>
        <source>Post Receipt</source>
        <translation>Contabilizar cobro</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="53"/>
        <source>Open items to pay first</source>
        <translation>Partidas abiertas que pagar primero</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="67"/>
        <source>The receipt pays the ticked documents first, then the customer&apos;s oldest open items; what is left stays on the customer as unapplied credit. The payer&apos;s account is remembered for this customer.</source>
        <translation>El cobro paga primero los documentos marcados y luego las partidas abiertas más antiguas del cliente; lo que sobre queda en el cliente como crédito sin aplicar. La cuenta del pagador se recuerda para este cliente.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="78"/>
        <source>&amp;Post</source>
        <translation>&amp;Contabilizar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="84"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="87"/>
        <source>&amp;Documents to pay first:</source>
        <translation>&amp;Documentos que pagar primero:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="125"/>
        <source>Cannot Read Open Items</source>
        <translation>No se pueden leer las partidas abiertas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="126"/>
        <source>The customer&apos;s open items could not be read.</source>
        <translation>No se pudieron leer las partidas abiertas del cliente.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="144"/>
        <source>Choose the customer who paid.</source>
        <translation>Elija el cliente que pagó.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="145"/>
        <source>No customer has this code or name. Pick one from the suggestions.</source>
        <translation>Ningún cliente tiene este código o nombre. Elija uno de las sugerencias.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="147"/>
        <source>%1 is billed in %2; the receipt is in %3.</source>
        <translation>%1 se factura en %2; el cobro está en %3.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="150"/>
        <source>%1 has no open items: the whole receipt stays on the customer as unapplied credit.</source>
        <translation>%1 no tiene partidas abiertas: todo el cobro queda en el cliente como crédito sin aplicar.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="156"/>
        <source>Ticked: %1 open    Receipt: %2</source>
        <translation>Marcadas: %1 abierto    Cobro: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankPostDialog.cpp" line="176"/>
        <source>Cannot Post Receipt</source>
        <translation>No se puede contabilizar el cobro</translation>
    </message>
</context>
<context>
    <name>ardesk::BankQueueModel</name>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="71"/>
        <source>No proposal</source>
        <translation>Sin propuesta</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="120"/>
        <source>%1, account %2</source>
        <extracomment>A payer&apos;s name and bank account.</extracomment>
        <translation>%1, cuenta %2</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="131"/>
        <source>Score %1 of 100</source>
        <translation>Puntuación %1 de 100</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="148"/>
        <source>Booked</source>
        <translation>Fecha contable</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="150"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="152"/>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="154"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="156"/>
        <source>Proposed customer</source>
        <translation>Cliente propuesto</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="158"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="160"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../ui/models/BankQueueModel.cpp" line="162"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>ardesk::BankSplitDialog</name>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="55"/>
        <source>&amp;Add Part</source>
        <translation>&amp;Añadir parte</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="56"/>
        <source>&amp;Remove Part</source>
        <translation>&amp;Quitar parte</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="63"/>
        <source>Split Receipt</source>
        <translation>Dividir cobro</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="73"/>
        <source>Amount of the part</source>
        <translation>Importe de la parte</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="75"/>
        <source>Optional, for example INV-1, INV-2</source>
        <translation>Opcional, por ejemplo INV-1, INV-2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="84"/>
        <source>Parts of the receipt</source>
        <translation>Partes del cobro</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="96"/>
        <source>Each part becomes a payment of its customer and pays the documents named first, then that customer&apos;s oldest open items; what is left stays on the customer as unapplied credit. The parts must add up to the receipt.</source>
        <translation>Cada parte se convierte en un pago de su cliente y salda primero los documentos indicados y después las partidas pendientes más antiguas de ese cliente; lo que sobre queda en el cliente como crédito sin aplicar. Las partes deben sumar el cobro.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="105"/>
        <source>&amp;Post Split</source>
        <translation>&amp;Contabilizar división</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="120"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="121"/>
        <source>A&amp;mount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="122"/>
        <source>&amp;Documents to pay first:</source>
        <translation>&amp;Documentos que pagar primero:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="171"/>
        <source>Choose the customer of the part.</source>
        <translation>Elija el cliente de la parte.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="172"/>
        <source>No customer has this code or name. Pick one from the suggestions.</source>
        <translation>Ningún cliente tiene este código o nombre. Elija uno de las sugerencias.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="174"/>
        <source>%1 is billed in %2; the receipt is in %3.</source>
        <translation>%1 se factura en %2; el cobro está en %3.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="180"/>
        <source>The part is more than the %1 left to split.</source>
        <translation>La parte supera los %1 que quedan por dividir.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="187"/>
        <source>The customer&apos;s open items could not be read.</source>
        <translation>No se pudieron leer las partidas abiertas del cliente.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="193"/>
        <source>%1 is not an open item of %2.</source>
        <translation>%1 no es una partida pendiente de %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="234"/>
        <source>Split: %1 of %2    Left: %3</source>
        <translation>Dividido: %1 de %2    Queda: %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BankSplitDialog.cpp" line="251"/>
        <source>Cannot Split Receipt</source>
        <translation>No se puede dividir el cobro</translation>
    </message>
</context>
<context>
    <name>ardesk::CollectionsPage</name>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="66"/>
        <location filename="../ui/views/CollectionsPage.cpp" line="79"/>
        <source>P&amp;review Run</source>
        <translation>Vista p&amp;revia de la tanda</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="72"/>
        <location filename="../ui/views/CollectionsPage.cpp" line="80"/>
        <source>Preview &amp;Letter…</source>
        <translation>Vista previa de la car&amp;ta…</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="73"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="74"/>
        <location filename="../ui/views/CollectionsPage.cpp" line="82"/>
        <source>Save Letters as P&amp;DF…</source>
        <translation>Guardar cartas en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="75"/>
        <source>One PDF per c&amp;ustomer</source>
        <translation>U&amp;n PDF por cliente</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="76"/>
        <source>&amp;Book interest and fees</source>
        <translation>C&amp;ontabilizar intereses y comisiones</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="78"/>
        <location filename="../ui/views/CollectionsPage.cpp" line="84"/>
        <source>&amp;Send E-mails…</source>
        <translation>Enviar correo&amp;s…</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="81"/>
        <source>&amp;Print Letters…</source>
        <translation>&amp;Imprimir cartas…</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="225"/>
        <location filename="../ui/views/CollectionsPage.cpp" line="279"/>
        <source>Collections</source>
        <translation>Cobros</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="226"/>
        <source>&amp;As of:</source>
        <translation>A&amp;l:</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="99"/>
        <source>Run as of</source>
        <translation>Fecha de la tanda</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="77"/>
        <location filename="../ui/views/CollectionsPage.cpp" line="83"/>
        <source>Save E-&amp;mails as .eml…</source>
        <translation>Guardar correos como .e&amp;ml…</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="85"/>
        <source>Sort by &amp;Amount at Risk</source>
        <translation>Ordenar por importe en ries&amp;go</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="103"/>
        <source>List who gets which reminder as of the date; records nothing</source>
        <translation>Ver quién recibe qué recordatorio a la fecha indicada; no registra nada</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="125"/>
        <source>Reminders of the run</source>
        <translation>Recordatorios de la tanda</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="153"/>
        <source>Items of the selected reminder</source>
        <translation>Partidas del recordatorio seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="170"/>
        <source>Print every letter of the run; records nothing</source>
        <translation>Imprimir todas las cartas de la tanda; no registra nada</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="172"/>
        <source>Write the letters into PDF files and record them as sent</source>
        <translation>Escribir las cartas en archivos PDF y registrarlas como enviadas</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="175"/>
        <source>Save each customer&apos;s letter as its own PDF file in a folder, instead of one file for the whole run</source>
        <translation>Guardar la carta de cada cliente como un archivo PDF propio en una carpeta, en lugar de un solo archivo para toda la tanda</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="179"/>
        <source>Also book each reminder&apos;s late-payment interest and fee as a charge (an invoice REM-date-customer) on the customer&apos;s account</source>
        <translation>Contabilizar además los intereses de demora y la comisión de cada recordatorio como un cargo (una factura REM-fecha-cliente) en la cuenta del cliente</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="183"/>
        <source>Write the e-mails as .eml drafts into a folder and record them as sent</source>
        <translation>Escribir los correos como borradores .eml en una carpeta y registrarlos como enviados</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="186"/>
        <source>Send the e-mails through the mail server of the settings and record them</source>
        <translation>Enviar los correos a través del servidor de correo de la configuración y registrarlos</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="208"/>
        <source>Put first the customers with the most money likely to be paid late: each open item&apos;s amount times its predicted chance of being paid late</source>
        <translation>Poner primero a los clientes con más dinero que probablemente se pague tarde: el importe de cada partida pendiente por su probabilidad prevista de pago tardío</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="218"/>
        <source>Cannot Read the Dunning Run</source>
        <translation>No se puede leer la tanda de recordatorios</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="316"/>
        <source>Reminders as of %1: %2</source>
        <translation>Recordatorios al %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="372"/>
        <source>%1 may already have paid %2 on %3.</source>
        <translation>Es posible que %1 ya haya pagado %2 el %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/CollectionsPage.cpp" line="378"/>
        <source>%n bank receipt(s) are waiting to be applied on the Bank page: a customer may already have paid.</source>
        <translation>
            <numerusform>%n cobro bancario espera ser aplicado en la página Banco: puede que un cliente ya haya pagado.</numerusform>
            <numerusform>%n cobros bancarios esperan ser aplicados en la página Banco: puede que un cliente ya haya pagado.</numerusform>
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
        <translation>Excluidos, en una agencia de cobro: %1.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="430"/>
        <source>Reading who is due a reminder…</source>
        <translation>Buscando quién debe recibir un recordatorio…</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="433"/>
        <source>Nobody is due a reminder as of %1.</source>
        <translation>Nadie debe recibir un recordatorio a fecha de %1.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="445"/>
        <source>Cannot Compose the Letter</source>
        <translation>No se puede redactar la carta</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="446"/>
        <source>The letter to %1 could not be written from its template. Check the template of the level “%2”.</source>
        <translation>No se pudo redactar la carta a %1 a partir de su plantilla. Revise la plantilla del nivel «%2».</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="464"/>
        <source>Letter to %1</source>
        <translation>Carta a %1</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="473"/>
        <source>Print Reminders</source>
        <translation>Imprimir recordatorios</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="480"/>
        <source>Save Letters as PDF</source>
        <translation>Guardar cartas en PDF</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="493"/>
        <source>reminders-%1.pdf</source>
        <translation>recordatorios-%1.pdf</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="497"/>
        <source>Letters to “%1”</source>
        <translation>Cartas en «%1»</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="506"/>
        <source>Save E-mails</source>
        <translation>Guardar correos</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="510"/>
        <source>Save E-mails as .eml</source>
        <translation>Guardar correos como .eml</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="522"/>
        <source>E-mail drafts (.eml) to “%1”</source>
        <translation>Borradores de correo (.eml) en «%1»</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="529"/>
        <source>Send E-mails</source>
        <translation>Enviar correos</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="533"/>
        <source>No mail server is set up. Enter it in Edit &gt; Settings first.</source>
        <translation>No hay ningún servidor de correo configurado. Indíquelo primero en Edición &gt; Configuración.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="548"/>
        <source>No password is saved for %1 on %2. Enter it in Edit &gt; Settings first.</source>
        <translation>No hay ninguna contraseña guardada para %1 en %2. Indíquela primero en Edición &gt; Configuración.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="550"/>
        <source>The password for %1 on %2 could not be read from the keychain.</source>
        <translation>No se pudo leer del llavero del sistema la contraseña de %1 en %2.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="565"/>
        <source>E-mails sent through %1</source>
        <translation>Correos enviados a través de %1</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="574"/>
        <source>%1 (%2), level %3</source>
        <extracomment>A customer in the notes of a reminder run: name (code), level number.</extracomment>
        <translation>%1 (%2), nivel %3</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="577"/>
        <source>%1: no e-mail address, so a letter is due instead.</source>
        <translation>%1: sin dirección de correo, por lo que corresponde una carta en su lugar.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="581"/>
        <source>%1: not sent; its letter goes out with Save Letters as PDF.</source>
        <translation>%1: no enviado; su carta sale con «Guardar cartas en PDF».</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="584"/>
        <source>%1: not sent; its e-mail goes out with Save E-mails or Send E-mails.</source>
        <translation>%1: no enviado; su correo sale con «Guardar correos como .eml» o «Enviar correos».</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="591"/>
        <source>%1: not sent; the mail server refused the address. It stays in the run. %2</source>
        <extracomment>%2 names the customer&apos;s address, the mail server and the server&apos;s reply.</extracomment>
        <translation>%1: no enviado; el servidor de correo rechazó la dirección. Sigue en la tanda. %2</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="608"/>
        <source>The e-mails need a sender: enter a sender address in Edit &gt; Settings &gt; E-mail, or the company&apos;s e-mail address, first.</source>
        <translation>Los correos necesitan un remitente: indique primero una dirección de remitente en Edición &gt; Configuración &gt; Correo electrónico, o la dirección de correo electrónico de la empresa.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="623"/>
        <source>Folder for the Letters of Levels Sent by Letter and E-mail</source>
        <translation>Carpeta para las cartas de los niveles que se envían por carta y por correo</translation>
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
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="643"/>
        <source>%1 for the run as of %2, recorded as sent once written:

%3

A customer gets a reminder only by the channel of its level: letters go to the PDF, e-mails to the drafts or the server; a level sent by both needs an e-mail run, which also writes its letters. Customers without an e-mail address get a letter instead.

Go ahead?</source>
        <translation>%1 de la tanda al %2; se registran como enviados en cuanto se escriben:

%3

Cada cliente recibe el recordatorio solo por el canal de su nivel: las cartas van al PDF y los correos, a los borradores o al servidor; un nivel que se envía por ambos canales necesita una tanda por correo, que también escribe sus cartas. Los clientes sin dirección de correo electrónico reciben una carta en su lugar.

¿Continuar?</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="649"/>
        <location filename="../ui/views/CollectionsPage.cpp" line="658"/>
        <location filename="../ui/views/CollectionsPage.cpp" line="668"/>
        <source>Run Reminders</source>
        <translation>Enviar recordatorios</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="659"/>
        <source>Sending reminders…</source>
        <translation>Enviando recordatorios…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/CollectionsPage.cpp" line="669"/>
        <source>Reminders recorded for %n customer(s).</source>
        <translation>
            <numerusform>Recordatorios registrados para %n cliente.</numerusform>
            <numerusform>Recordatorios registrados para %n clientes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="672"/>
        <source>the ledger could not record the reminders.</source>
        <translation>el libro no pudo registrar los recordatorios.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="674"/>
        <source>a file could not be written, or the mail server refused a message.</source>
        <translation>no se pudo escribir un archivo o el servidor de correo rechazó un mensaje.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="676"/>
        <source>a reminder could not be composed: check its template and the customer&apos;s e-mail address.</source>
        <translation>no se pudo redactar un recordatorio: revise su plantilla y la dirección de correo electrónico del cliente.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="680"/>
        <source>The run stopped: %1

%2 The others were not sent and stay in the run.</source>
        <translation>La tanda se detuvo: %1

%2 Los demás no se enviaron y siguen en la tanda.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="686"/>
        <source>Cancelled. %1 The others were not sent and stay in the run.</source>
        <translation>Cancelado. %1 Los demás no se enviaron y siguen en la tanda.</translation>
    </message>
    <message>
        <location filename="../ui/views/CollectionsPage.cpp" line="689"/>
        <source>%1 Some customers were left out of this run; see the details.</source>
        <translation>%1 Algunos clientes quedaron fuera de esta tanda; consulte los detalles.</translation>
    </message>
</context>
<context>
    <name>ardesk::ConnectedUsersLabel</name>
    <message numerus="yes">
        <location filename="../ui/widgets/ConnectedUsersLabel.cpp" line="62"/>
        <source>Nobody else is connected to this ledger&apos;s server database (checked every %n second(s)).</source>
        <translation>
            <numerusform>Nadie más está conectado a la base de datos del servidor de este libro (comprobado cada %n segundo).</numerusform>
            <numerusform>Nadie más está conectado a la base de datos del servidor de este libro (comprobado cada %n segundos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/ConnectedUsersLabel.cpp" line="65"/>
        <source>Also connected to this ledger&apos;s server database: %1 (checked every %n second(s)).</source>
        <translation>
            <numerusform>También conectados a la base de datos del servidor de este libro: %1 (comprobado cada %n segundo).</numerusform>
            <numerusform>También conectados a la base de datos del servidor de este libro: %1 (comprobado cada %n segundos).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConnectedUsersLabel.cpp" line="70"/>
        <source>No one else connected</source>
        <translation>Nadie más conectado</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConnectedUsersLabel.cpp" line="72"/>
        <source>Also connected: %1</source>
        <translation>También conectados: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/ConnectedUsersLabel.cpp" line="75"/>
        <source>Also connected: %1 and %n more</source>
        <translation>
            <numerusform>También conectados: %1 y %n más</numerusform>
            <numerusform>También conectados: %1 y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::CorrectionListModel</name>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="16"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="18"/>
        <source>Issue date</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="20"/>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="22"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="24"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="26"/>
        <source>Discount until</source>
        <translation>Descuento hasta</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="48"/>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="50"/>
        <source>Voided</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="52"/>
        <source>Un-applied</source>
        <translation>Aplicación quitada</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="54"/>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="56"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="65"/>
        <source>Invoice %1</source>
        <translation>Factura %1</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="67"/>
        <source>Payment %1</source>
        <translation>Pago %1</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="69"/>
        <source>Credit note %1</source>
        <translation>Abono %1</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="82"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="86"/>
        <source>%1: %2 → %3, as of %4</source>
        <translation>%1: %2 → %3, a fecha de %4</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="89"/>
        <source>as of %1</source>
        <translation>a fecha de %1</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="91"/>
        <source>Amount %1</source>
        <translation>Importe %1</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="136"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="138"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="140"/>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="142"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../ui/models/CorrectionListModel.cpp" line="144"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>ardesk::CreditApplicationModel</name>
    <message>
        <location filename="../ui/models/CreditApplicationModel.cpp" line="51"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditApplicationModel.cpp" line="51"/>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
</context>
<context>
    <name>ardesk::CreditApplicationsDialog</name>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="42"/>
        <source>&amp;Un-apply</source>
        <translation>&amp;Quitar aplicación</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="43"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="46"/>
        <source>Payment %1</source>
        <translation>Pago %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="47"/>
        <source>Credit Note %1</source>
        <translation>Abono %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="54"/>
        <source>Why it changes, for the history</source>
        <translation>Por qué cambia, para el historial</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="59"/>
        <source>Paid with it now</source>
        <translation>Pagado con él ahora</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="65"/>
        <source>Allocation to open items</source>
        <translation>Asignación a partidas abiertas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="76"/>
        <source>Change as &amp;of:</source>
        <translation>Cambio a &amp;fecha de:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="77"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="88"/>
        <source>Paid with it now:</source>
        <translation>Pagado con él ahora:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="91"/>
        <source>Apply what is unapplied to open items:</source>
        <translation>Aplicar lo no aplicado a partidas abiertas:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="115"/>
        <source>%1 could not be read.</source>
        <translation>No se pudo leer %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="127"/>
        <source>%1 of %2, void since %3: %4</source>
        <translation>%1 de %2, anulado desde el %3: %4</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="132"/>
        <source>%1 of %2 dated %3; unapplied: %4.</source>
        <translation>%1 de %2 con fecha %3; sin aplicar: %4.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="182"/>
        <source>Cannot Un-apply</source>
        <translation>No se puede quitar la aplicación</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="183"/>
        <source>%1 could not be un-applied from %2.</source>
        <translation>No se pudo quitar la aplicación de %1 a %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="201"/>
        <source>Cannot Apply</source>
        <translation>No se puede aplicar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditApplicationsDialog.cpp" line="201"/>
        <source>%1 could not be applied.</source>
        <translation>No se pudo aplicar %1.</translation>
    </message>
</context>
<context>
    <name>ardesk::CreditDialog</name>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="32"/>
        <source>Record Payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="32"/>
        <source>New Credit Note</source>
        <translation>Nuevo abono</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="33"/>
        <source>Payment &amp;ID:</source>
        <translation>I&amp;D del pago:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="33"/>
        <source>Credit note &amp;number:</source>
        <translation>&amp;Número del abono:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="50"/>
        <source>Allocation to open items</source>
        <translation>Asignación a partidas abiertas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="75"/>
        <source>%1 takes from nothing up to its open %2.</source>
        <translation>%1 admite desde nada hasta su importe pendiente de %2.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="133"/>
        <source>Cannot Read Open Items</source>
        <translation>No se pueden leer las partidas abiertas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="134"/>
        <source>The customer&apos;s open items could not be read.</source>
        <translation>No se pudieron leer las partidas abiertas del cliente.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="164"/>
        <source>Allocated: %1    Unapplied: %2</source>
        <translation>Asignado: %1    Sin aplicar: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="175"/>
        <source>Choose the customer.</source>
        <translation>Elija el cliente.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="176"/>
        <source>No customer has this code or name. Pick one from the suggestions.</source>
        <translation>Ningún cliente tiene este código o nombre. Elija uno de las sugerencias.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="178"/>
        <source>Enter the payment&apos;s ID.</source>
        <translation>Escriba el ID del pago.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="178"/>
        <source>Enter the credit note&apos;s number.</source>
        <translation>Escriba el número del abono.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="180"/>
        <source>Payment %1 already exists.</source>
        <translation>El pago %1 ya existe.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="181"/>
        <source>Credit note %1 already exists.</source>
        <translation>El abono %1 ya existe.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="185"/>
        <source>The allocation is %1 more than the amount. Lower a share.</source>
        <translation>La asignación supera el importe en %1. Reduzca una parte.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="218"/>
        <source>Cannot Record Payment</source>
        <translation>No se puede registrar el pago</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="218"/>
        <source>Cannot Save Credit Note</source>
        <translation>No se puede guardar el abono</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="219"/>
        <source>The payment could not be recorded.</source>
        <translation>No se pudo registrar el pago.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreditDialog.cpp" line="220"/>
        <source>The credit note could not be saved.</source>
        <translation>No se pudo guardar el abono.</translation>
    </message>
</context>
<context>
    <name>ardesk::CreditListModel</name>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="54"/>
        <source>Void since %1: %2</source>
        <translation>Anulado desde el %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="113"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="115"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="115"/>
        <source>Credit Note</source>
        <translation>Abono</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="117"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="119"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="121"/>
        <source>Unapplied</source>
        <translation>Sin aplicar</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="123"/>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="125"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../ui/models/CreditListModel.cpp" line="125"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>ardesk::CreditsPage</name>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="44"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="47"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="48"/>
        <source>Unapplied</source>
        <translation>Sin aplicar</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="49"/>
        <source>Only those with money not yet allocated to an invoice</source>
        <translation>Solo los que tienen dinero aún sin asignar a una factura</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="53"/>
        <source>Search payments</source>
        <translation>Buscar pagos</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="54"/>
        <source>Search credit notes</source>
        <translation>Buscar abonos</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="55"/>
        <source>Search by number, customer or reference</source>
        <translation>Buscar por número, cliente o referencia</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="56"/>
        <source>Search by number, customer or reason</source>
        <translation>Buscar por número, cliente o motivo</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="91"/>
        <source>Cannot Read Payments</source>
        <translation>No se pueden leer los pagos</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="92"/>
        <source>Cannot Read Credit Notes</source>
        <translation>No se pueden leer los abonos</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="106"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="106"/>
        <source>Credit Notes</source>
        <translation>Abonos</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="192"/>
        <source>Payments: %1</source>
        <translation>Pagos: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="192"/>
        <source>Credit notes: %1</source>
        <translation>Abonos: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="194"/>
        <source>Payments: %1 of %2</source>
        <translation>Pagos: %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="194"/>
        <source>Credit notes: %1 of %2</source>
        <translation>Abonos: %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="226"/>
        <source>No payment number, customer or reference matches “%1”.</source>
        <translation>Ningún número de pago, cliente ni referencia coincide con «%1».</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="227"/>
        <source>No credit note number, customer or reason matches “%1”.</source>
        <translation>Ningún número de abono, cliente ni motivo coincide con «%1».</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="230"/>
        <source>Every payment is fully applied.</source>
        <translation>Todos los pagos están aplicados por completo.</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="231"/>
        <source>Every credit note is fully applied.</source>
        <translation>Todos los abonos están aplicados por completo.</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="233"/>
        <source>This ledger has no payments yet.
Record one with Edit ▸ Record Payment… (Ctrl+Shift+P).</source>
        <translation>Este libro aún no tiene pagos.
Registre uno con Edición ▸ Registrar pago… (Ctrl+Mayús+P).</translation>
    </message>
    <message>
        <location filename="../ui/views/CreditsPage.cpp" line="235"/>
        <source>This ledger has no credit notes yet.
Enter one with Edit ▸ New Credit Note… (Ctrl+Shift+C).</source>
        <translation>Este libro aún no tiene abonos.
Introduzca uno con Edición ▸ Nuevo abono… (Ctrl+Mayús+C).</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerCreditsModel</name>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="42"/>
        <source>Discount allowed</source>
        <translation>Descuento concedido</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="43"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="43"/>
        <source>Credit note</source>
        <translation>Abono</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="57"/>
        <source>Void since %1: %2</source>
        <translation>Anulado desde el %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="101"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="103"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="105"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="107"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="109"/>
        <source>Unapplied</source>
        <translation>Sin aplicar</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerCreditsModel.cpp" line="111"/>
        <source>Reference or Reason</source>
        <translation>Referencia o motivo</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerDetailDialog</name>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="75"/>
        <source>&amp;Hand Over to Agency…</source>
        <translation>&amp;Entregar a una agencia de cobro…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="76"/>
        <source>&amp;Take Back from Agency…</source>
        <translation>&amp;Recuperar de la agencia…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="77"/>
        <source>&amp;Export Case File…</source>
        <translation>&amp;Exportar expediente de cobro…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="113"/>
        <source>Corrections</source>
        <translation>Correcciones</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="119"/>
        <source>&amp;Corrections</source>
        <translation>&amp;Correcciones</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="129"/>
        <source>Open items</source>
        <translation>Partidas abiertas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="130"/>
        <source>Payments and credit notes</source>
        <translation>Pagos y abonos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="131"/>
        <source>Installment plans</source>
        <translation>Planes de pagos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="132"/>
        <source>Activity log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="168"/>
        <source>The statement and a letter to the agency with the reminders sent and the activity log as PDF, and the same as CSV files beside it</source>
        <translation>El extracto y una carta a la agencia con los recordatorios enviados y el historial en PDF, y lo mismo en archivos CSV al lado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="211"/>
        <source>Cannot Read Customer</source>
        <translation>No se puede leer el cliente</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="267"/>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="304"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="275"/>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="276"/>
        <source>Active</source>
        <comment>reminders: sent as items fall due, not on hold</comment>
        <translation>Activos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="279"/>
        <source>The %1 oldest of %2 open items.</source>
        <translation>Las %1 más antiguas de %2 partidas abiertas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="281"/>
        <source>Open items: %1, oldest due first.</source>
        <translation>Partidas abiertas: %1, primero el vencimiento más antiguo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="284"/>
        <source>The %1 latest of %2 payments and credit notes.</source>
        <translation>Los %1 más recientes de %2 pagos y abonos.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="286"/>
        <source>Payments and credit notes: %1, latest first.</source>
        <translation>Pagos y abonos: %1, primero los más recientes.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="290"/>
        <source>&amp;Open Items (%1)</source>
        <translation>Partidas &amp;abiertas (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="304"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="311"/>
        <source>Customer %1 — %2</source>
        <translation>Cliente %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="318"/>
        <source>Due on receipt</source>
        <translation>Pago inmediato</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="319"/>
        <source>Net %1</source>
        <translation>Neto %1 días</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="368"/>
        <source>Select an open dispute in the list to resolve it</source>
        <translation>Seleccione una disputa abierta en la lista para resolverla</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="377"/>
        <source>Resolve Dispute</source>
        <translation>Resolver disputa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="378"/>
        <source>Resolve the dispute on invoice %1 as of %2? Reminders include the invoice again.</source>
        <translation>¿Resolver la disputa de la factura %1 a %2? Los recordatorios volverán a incluir la factura.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="383"/>
        <source>Cannot Resolve Dispute</source>
        <translation>No se puede resolver la disputa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="384"/>
        <source>The dispute could not be resolved.</source>
        <translation>No se pudo resolver la disputa.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="412"/>
        <source>Cannot Compose the Statement</source>
        <translation>No se puede redactar el extracto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="413"/>
        <source>The statement could not be written from its template.</source>
        <translation>No se pudo redactar el extracto a partir de su plantilla.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="426"/>
        <source>Statement for %1</source>
        <translation>Extracto de %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="436"/>
        <source>Save Statement as PDF</source>
        <translation>Guardar extracto en PDF</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="441"/>
        <source>statement-%1-%2.pdf</source>
        <translation>extracto-%1-%2.pdf</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="452"/>
        <source>“%1” could not be written. Check that you may write to that folder and that the disk is not full.</source>
        <translation>No se pudo escribir «%1». Compruebe que puede escribir en esa carpeta y que el disco no está lleno.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="476"/>
        <source>Export Case File</source>
        <translation>Exportar expediente de cobro</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="481"/>
        <source>case-file-%1-%2.pdf</source>
        <translation>expediente-cobro-%1-%2.pdf</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="489"/>
        <source>Writing the case file of %1…</source>
        <translation>Escribiendo el expediente de cobro de %1…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="503"/>
        <source>The case file could not be written to “%1”.</source>
        <translation>No se pudo escribir el expediente de cobro en «%1».</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="510"/>
        <source>The case file is written: %1, with %2, %3 and %4 beside it.</source>
        <translation>El expediente de cobro está escrito: %1, con %2, %3 y %4 al lado.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="122"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDetailDialog.cpp" line="128"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerDialog</name>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="27"/>
        <source>New Customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="38"/>
        <source>Edit Customer %1</source>
        <translation>Editar cliente %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="45"/>
        <source>The currency cannot change: the customer has documents in it.</source>
        <translation>La moneda no puede cambiar: el cliente tiene documentos en ella.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="118"/>
        <source>Enter a code for the customer.</source>
        <translation>Escriba un código para el cliente.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="119"/>
        <source>The code must not start or end with blanks.</source>
        <translation>El código no debe empezar ni terminar con espacios.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="123"/>
        <source>Another customer has the code “%1”.</source>
        <translation>Otro cliente tiene el código «%1».</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="125"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>Escriba el nombre del cliente.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="127"/>
        <source>“%1” is not an e-mail address (name@example.com).</source>
        <translation>«%1» no es una dirección de correo electrónico (nombre@example.com).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="130"/>
        <source>“%1” is not a bank account: an IBAN with correct check digits, or an account number of letters, digits, “-”, “/” and “.”.</source>
        <translation>«%1» no es una cuenta bancaria: un IBAN con dígitos de control correctos, o un número de cuenta de letras, dígitos, «-», «/» y «.».</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="138"/>
        <source>Enter the credit limit as an amount in %1, like %2, or leave it empty.</source>
        <translation>Escriba el límite de crédito como un importe en %1, como %2, o déjelo vacío.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="148"/>
        <source>Enter the early-payment discount as a percentage from 0 to 100 with at most two decimals, like %1, or leave it empty.</source>
        <translation>Introduzca el descuento por pronto pago como porcentaje de 0 a 100 con dos decimales como máximo, por ejemplo %1, o deje el campo vacío.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="179"/>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="200"/>
        <source>Cannot Save Customer</source>
        <translation>No se puede guardar el cliente</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="180"/>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="201"/>
        <source>The customer could not be saved.</source>
        <translation>No se pudo guardar el cliente.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="186"/>
        <source>Cannot Add Customer</source>
        <translation>No se puede añadir el cliente</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="187"/>
        <source>The customer could not be added.</source>
        <translation>No se pudo añadir el cliente.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="206"/>
        <source>Customer Changed Meanwhile</source>
        <translation>Cliente modificado mientras tanto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CustomerDialog.cpp" line="207"/>
        <source>Someone else changed customer %1 while you were editing it. Save your version over theirs? No shows theirs in the form instead.</source>
        <translation>Otra persona modificó el cliente %1 mientras usted lo editaba. ¿Guardar su versión sobre la de esa persona? «No» muestra en cambio la otra versión en el formulario.</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerListModel</name>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="122"/>
        <source>Due on receipt</source>
        <translation>Pago inmediato</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="123"/>
        <source>Net %1</source>
        <translation>Neto %1 días</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="160"/>
        <source>Over the credit limit of %1</source>
        <translation>Por encima del límite de crédito de %1</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="235"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="237"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="239"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="241"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="243"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="245"/>
        <source>Oldest Due</source>
        <translation>Vencimiento más antiguo</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="249"/>
        <source>On Hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="253"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="255"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="257"/>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="247"/>
        <source>Credit Limit</source>
        <translation>Límite de crédito</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="113"/>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerListModel.cpp" line="251"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerOpenItemsModel</name>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="89"/>
        <source>Disputed</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="91"/>
        <source>Installment</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="149"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="151"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="153"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="155"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="157"/>
        <source>Open Amount</source>
        <translation>Importe pendiente</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="159"/>
        <source>Days Overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="161"/>
        <source>Expected Payment</source>
        <translation>Pago previsto</translation>
    </message>
    <message>
        <location filename="../ui/models/CustomerOpenItemsModel.cpp" line="163"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ardesk::CustomerPicker</name>
    <message>
        <location filename="../ui/widgets/CustomerPicker.cpp" line="16"/>
        <source>Code or name</source>
        <translation>Código o nombre</translation>
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
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="43"/>
        <source>&amp;Open Account</source>
        <translation>A&amp;brir cuenta</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="44"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="155"/>
        <location filename="../ui/views/CustomersPage.cpp" line="192"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="63"/>
        <source>Customer filter</source>
        <translation>Filtro de clientes</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="42"/>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="64"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="65"/>
        <source>With balance</source>
        <translation>Con saldo</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="66"/>
        <source>Overdue</source>
        <translation>Con vencidos</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="67"/>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="68"/>
        <source>Over limit</source>
        <translation>Sobre el límite</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="69"/>
        <source>Owing something, or in credit</source>
        <translation>Con deuda o con saldo a favor</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="70"/>
        <source>With anything open past its due date today</source>
        <translation>Con alguna partida vencida a día de hoy</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="72"/>
        <source>Owing more than their credit limit</source>
        <translation>Deben más que su límite de crédito</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="76"/>
        <source>Search by code or name</source>
        <translation>Buscar por código o nombre</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="114"/>
        <source>Add a customer (Ctrl+Shift+N or Insert)</source>
        <translation>Añadir un cliente (Ctrl+Mayús+N o Insert)</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="116"/>
        <source>Edit the selected customer (F2)</source>
        <translation>Editar el cliente seleccionado (F2)</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="119"/>
        <source>Open the selected customer&apos;s account: open items, payments, plans and activity (Enter)</source>
        <translation>Abrir la cuenta del cliente seleccionado: partidas abiertas, pagos, planes y actividad (Intro)</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="126"/>
        <source>Save every customer with their balance today as CSV or as an Excel workbook</source>
        <translation>Guardar todos los clientes con su saldo a día de hoy como CSV o como libro de Excel</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="149"/>
        <source>Cannot Rate Customers&apos; Risk</source>
        <translation>No se puede evaluar el riesgo de los clientes</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="289"/>
        <source>Customers: %1</source>
        <translation>Clientes: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="290"/>
        <source>Customers: %1 of %2</source>
        <translation>Clientes: %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="368"/>
        <source>Export Customers</source>
        <translation>Exportar clientes</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="401"/>
        <source>No customer matches “%1”.</source>
        <translation>Ningún cliente coincide con «%1».</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="404"/>
        <source>This ledger has no customers yet.
Add one with New Customer… (Ctrl+Shift+N), or import a customer list with “ardesk-cli import customers FILE”.</source>
        <translation>Este libro aún no tiene clientes.
Añada uno con Nuevo cliente… (Ctrl+Mayús+N) o importe una lista de clientes con «ardesk-cli import customers ARCHIVO».</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="398"/>
        <source>No customer code or name contains “%1”.</source>
        <translation>Ningún código ni nombre de cliente contiene «%1».</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="157"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../ui/views/CustomersPage.cpp" line="143"/>
        <location filename="../ui/views/CustomersPage.cpp" line="224"/>
        <location filename="../ui/views/CustomersPage.cpp" line="326"/>
        <source>Cannot Read Customers</source>
        <translation>No se pueden leer los clientes</translation>
    </message>
</context>
<context>
    <name>ardesk::DashboardPage</name>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="47"/>
        <source>Total receivables</source>
        <translation>Total de cuentas por cobrar</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="48"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
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
        <translation>Crédito sin aplicar</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="52"/>
        <source>Receipts to apply</source>
        <translation>Cobros por aplicar</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="62"/>
        <location filename="../ui/views/DashboardPage.cpp" line="166"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="64"/>
        <source>&amp;As of:</source>
        <translation>A fec&amp;ha:</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="67"/>
        <source>As of date</source>
        <translation>Fecha de referencia</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="72"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="79"/>
        <source>Days sales outstanding: receivables at the end of the month divided by the month&apos;s credit sales, times its days.</source>
        <translation>Período medio de cobro (DSO): cuentas por cobrar a fin de mes divididas entre las ventas a crédito del mes, por sus días.</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="81"/>
        <source>Collection effectiveness index: the share of what could have been collected in the month that was collected.</source>
        <translation>Índice de eficacia de cobro (CEI): la parte de lo que podía cobrarse en el mes que se cobró.</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="84"/>
        <source>Money received on the bank statements that is not yet posted to a customer or ignored: the queue of the Bank page.</source>
        <translation>Dinero recibido en los extractos bancarios que aún no se ha contabilizado a un cliente ni ignorado: la lista de la página Banco.</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="92"/>
        <source>Fo&amp;recast:</source>
        <translation>P&amp;revisión:</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="95"/>
        <source>Forecast period</source>
        <translation>Periodo de previsión</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="96"/>
        <source>Next 12 weeks</source>
        <translation>Próximas 12 semanas</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="98"/>
        <source>Next 6 months</source>
        <translation>Próximos 6 meses</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="101"/>
        <source>Bars: the receipts to expect from the open items and plan installments, from each customer&apos;s payment habits. Band: the range that holds 80% of the likely outcomes. Line: what falls due by the terms.</source>
        <translation>Barras: los cobros esperados de las partidas pendientes y cuotas de planes, según los hábitos de pago de cada cliente. Banda: el intervalo que contiene el 80 % de los resultados probables. Línea: lo que vence según las condiciones.</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="197"/>
        <source>Receivables as of %1</source>
        <translation>Cuentas por cobrar a %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="267"/>
        <source>Open invoices as of %1</source>
        <translation>Facturas abiertas a %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="271"/>
        <source>%1 of receivables</source>
        <translation>%1 de las cuentas por cobrar</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="274"/>
        <source>Payments and credits not yet applied</source>
        <translation>Pagos y abonos aún sin aplicar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/DashboardPage.cpp" line="289"/>
        <source>%n bank line(s) to post or ignore</source>
        <translation>
            <numerusform>%n movimiento bancario por contabilizar o ignorar</numerusform>
            <numerusform>%n movimientos bancarios por contabilizar o ignorar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="291"/>
        <source>and %1</source>
        <translation>y %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="301"/>
        <source>Days, %1</source>
        <translation>Días, %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="303"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="308"/>
        <source>Not included above, in other currencies: %1</source>
        <translation>No incluido arriba, en otras monedas: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DashboardPage.cpp" line="119"/>
        <source>Cannot Read the Dashboard</source>
        <translation>No se puede leer el panel</translation>
    </message>
</context>
<context>
    <name>ardesk::DocumentCorrections</name>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="27"/>
        <source>Payment %1</source>
        <translation>Pago %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="28"/>
        <source>Credit Note %1</source>
        <translation>Abono %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="58"/>
        <source>Correct a Document</source>
        <translation>Corregir un documento</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="59"/>
        <source>Select one invoice, payment or credit note in its list first.</source>
        <translation>Seleccione primero una factura, un pago o un abono en su lista.</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="69"/>
        <location filename="../ui/views/DocumentCorrections.cpp" line="85"/>
        <source>Cannot Read Invoice</source>
        <translation>No se puede leer la factura</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="90"/>
        <source>Invoice %1</source>
        <translation>Factura %1</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="104"/>
        <source>Delete Invoice</source>
        <translation>Eliminar factura</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="105"/>
        <source>Delete invoice %1? Only an invoice entered by mistake and never used can be deleted; the deletion is recorded.</source>
        <translation>¿Eliminar la factura %1? Solo se puede eliminar una factura introducida por error y nunca usada; la eliminación queda registrada.</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="111"/>
        <source>Cannot Delete Invoice</source>
        <translation>No se puede eliminar la factura</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="112"/>
        <source>Invoice %1 cannot be deleted; void it instead.</source>
        <translation>La factura %1 no se puede eliminar; anúlela en su lugar.</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="137"/>
        <source>Cannot Read Document</source>
        <translation>No se puede leer el documento</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="156"/>
        <source>Delete Document</source>
        <translation>Eliminar documento</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="157"/>
        <source>Delete %1? Only a document entered by mistake and never used can be deleted; the deletion is recorded.</source>
        <translation>¿Eliminar %1? Solo se puede eliminar un documento introducido por error y nunca usado; la eliminación queda registrada.</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="164"/>
        <source>Cannot Delete Document</source>
        <translation>No se puede eliminar el documento</translation>
    </message>
    <message>
        <location filename="../ui/views/DocumentCorrections.cpp" line="165"/>
        <source>%1 cannot be deleted; void it instead.</source>
        <translation>%1 no se puede eliminar; anúlelo en su lugar.</translation>
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
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="111"/>
        <source>Off</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="114"/>
        <source>On the due date</source>
        <translation>En la fecha de vencimiento</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/DunningLevelModel.cpp" line="115"/>
        <source>%n day(s) before due</source>
        <translation>
            <numerusform>%n día antes del vencimiento</numerusform>
            <numerusform>%n días antes del vencimiento</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="158"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="160"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="162"/>
        <source>Sent</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="164"/>
        <source>Days Overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="166"/>
        <source>Sent As</source>
        <translation>Forma de envío</translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="168"/>
        <source>Fee</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <location filename="../ui/models/DunningLevelModel.cpp" line="170"/>
        <source>Interest a Year</source>
        <translation>Interés anual</translation>
    </message>
</context>
<context>
    <name>ardesk::DunningLevelsDialog</name>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="74"/>
        <source>Cannot Read Dunning Levels</source>
        <translation>No se pueden leer los niveles de reclamación</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="121"/>
        <source>Level %1: courtesy reminder</source>
        <translation>Nivel %1: recordatorio de cortesía</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="122"/>
        <source>Level %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="126"/>
        <source>&amp;Days before due:</source>
        <translation>&amp;Días antes del vencimiento:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="126"/>
        <source>&amp;Days overdue:</source>
        <translation>&amp;Días de retraso:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="170"/>
        <source>Enter the fee as an amount such as %1, or leave it empty for none.</source>
        <translation>Escriba la comisión como un importe, como %1, o déjela vacía si no hay comisión.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="179"/>
        <source>Level %1 needs a name.</source>
        <translation>El nivel %1 necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="181"/>
        <source>Level %1 must be reached later than level %2: enter more than %3 days overdue.</source>
        <translation>El nivel %1 debe alcanzarse después del nivel %2: indique más de %3 días de retraso.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="187"/>
        <source>Add at least one level.</source>
        <translation>Añada al menos un nivel.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="196"/>
        <source>Reminder %1</source>
        <translation>Recordatorio %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="227"/>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="238"/>
        <source>Cannot Save Dunning Levels</source>
        <translation>No se pueden guardar los niveles de reclamación</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="244"/>
        <source>Dunning Levels Changed Meanwhile</source>
        <translation>Niveles de reclamación modificados mientras tanto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DunningLevelsDialog.cpp" line="245"/>
        <source>Someone else changed the dunning levels while you were editing them. Save your version over theirs? No shows theirs instead.</source>
        <translation>Otra persona modificó los niveles de reclamación mientras usted los editaba. ¿Guardar su versión sobre la de esa persona? «No» muestra en cambio la otra versión.</translation>
    </message>
</context>
<context>
    <name>ardesk::ExportRunner</name>
    <message>
        <location filename="../ui/jobs/ExportRunner.cpp" line="44"/>
        <source>Exporting the customer list…</source>
        <translation>Exportando la lista de clientes…</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ExportRunner.cpp" line="56"/>
        <source>Exporting the open items…</source>
        <translation>Exportando las partidas abiertas…</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ExportRunner.cpp" line="69"/>
        <source>Exporting the aging report…</source>
        <translation>Exportando la antigüedad de saldos…</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ExportRunner.cpp" line="81"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/jobs/ExportRunner.cpp" line="125"/>
        <source>%n row(s) exported to “%1”.</source>
        <translation>
            <numerusform>%n fila exportada a «%1».</numerusform>
            <numerusform>%n filas exportadas a «%1».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/jobs/ExportRunner.cpp" line="136"/>
        <source>The report could not be written to “%1”.</source>
        <translation>No se pudo escribir el informe en «%1».</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ExportRunner.cpp" line="138"/>
        <source>Cannot Export the Report</source>
        <translation>No se puede exportar el informe</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ExportRunner.cpp" line="84"/>
        <source>Rows written: %1</source>
        <translation>Filas escritas: %1</translation>
    </message>
</context>
<context>
    <name>ardesk::ForecastChart</name>
    <message>
        <location filename="../ui/charts/ForecastChart.cpp" line="25"/>
        <source>Cash-in forecast</source>
        <translation>Previsión de cobros</translation>
    </message>
    <message>
        <location filename="../ui/charts/ForecastChart.cpp" line="26"/>
        <source>Cash-in Forecast</source>
        <translation>Previsión de cobros</translation>
    </message>
    <message>
        <location filename="../ui/charts/ForecastChart.cpp" line="62"/>
        <source>Expected</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../ui/charts/ForecastChart.cpp" line="69"/>
        <source>Due by the terms</source>
        <translation>Vence según las condiciones</translation>
    </message>
    <message>
        <location filename="../ui/charts/ForecastChart.cpp" line="83"/>
        <source>Likely range (80%)</source>
        <translation>Intervalo probable (80 %)</translation>
    </message>
</context>
<context>
    <name>ardesk::ImportIssueModel</name>
    <message>
        <location filename="../ui/models/ImportIssueModel.cpp" line="62"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../ui/models/ImportIssueModel.cpp" line="64"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../ui/models/ImportIssueModel.cpp" line="66"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../ui/models/ImportIssueModel.cpp" line="68"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>ardesk::ImportWizard</name>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="43"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="46"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="47"/>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="48"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="49"/>
        <source>Credit notes</source>
        <translation>Abonos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="54"/>
        <source>ARDesk CSV</source>
        <translation>CSV de ARDesk</translation>
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
        <translation>Detectar</translation>
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
        <translation>Primeras filas del archivo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="88"/>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="97"/>
        <source>Check progress</source>
        <translation>Progreso de la comprobación</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="98"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="174"/>
        <source>D/M/Y</source>
        <extracomment>Day, month, year: translate the letters.</extracomment>
        <translation>D/M/A</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="177"/>
        <source>M/D/Y</source>
        <extracomment>Month, day, year: translate the letters.</extracomment>
        <translation>M/D/A</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="180"/>
        <source>Y/M/D</source>
        <extracomment>Year, month, day: translate the letters.</extracomment>
        <translation>A/M/D</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="188"/>
        <source>Detect (found %1)</source>
        <translation>Detectar (encontrado: %1)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="201"/>
        <source>Import File</source>
        <translation>Importar archivo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="211"/>
        <source>There is no file “%1”.</source>
        <translation>No existe el archivo «%1».</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="263"/>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="270"/>
        <source>“%1” is empty.</source>
        <translation>«%1» está vacío.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportWizard.cpp" line="272"/>
        <source>The first %n row(s) of “%1”:</source>
        <translation>
            <numerusform>La primera fila de «%1»:</numerusform>
            <numerusform>Las %n primeras filas de «%1»:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportWizard.cpp" line="274"/>
        <source>All %n row(s) of “%1”:</source>
        <translation>
            <numerusform>La única fila de «%1»:</numerusform>
            <numerusform>Las %n filas de «%1»:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="276"/>
        <source>The preview stops at a problem (%1); the check lists them all.</source>
        <translation>La vista previa se detiene en un problema (%1); la comprobación los enumera todos.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="290"/>
        <source>Checking every row of “%1”…</source>
        <translation>Comprobando cada fila de «%1»…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="299"/>
        <source>Importing “%1”…</source>
        <translation>Importando «%1»…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="339"/>
        <source>Saving the ledger…</source>
        <translation>Guardando el libro…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="380"/>
        <source>Dates read as %1.</source>
        <translation>Fechas leídas como %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="385"/>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="387"/>
        <source>The check was stopped. Check Again starts it over.</source>
        <translation>La comprobación se detuvo. «Comprobar de nuevo» la vuelve a empezar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportWizard.cpp" line="390"/>
        <source>%n problem(s) found. Nothing will be imported until the file is corrected: fix it, save it, and click Check Again.</source>
        <translation>
            <numerusform>Se encontró %n problema. No se importará nada hasta que se corrija el archivo: corríjalo, guárdelo y haga clic en «Comprobar de nuevo».</numerusform>
            <numerusform>Se encontraron %n problemas. No se importará nada hasta que se corrija el archivo: corríjalo, guárdelo y haga clic en «Comprobar de nuevo».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="395"/>
        <source>The file has a header but no rows: nothing to import.</source>
        <translation>El archivo tiene cabecera pero ninguna fila: no hay nada que importar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportWizard.cpp" line="399"/>
        <source>No problems in %n row(s). Click Import to add them to the ledger.</source>
        <translation>
            <numerusform>Ningún problema en %n fila. Haga clic en «Importar» para añadirla al libro.</numerusform>
            <numerusform>Ningún problema en %n filas. Haga clic en «Importar» para añadirlas al libro.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="412"/>
        <source>The import was stopped. Nothing was imported: the ledger is as it was.</source>
        <translation>La importación se detuvo. No se importó nada: el libro está como estaba.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportWizard.cpp" line="417"/>
        <source>Nothing was imported: %n problem(s) appeared since the check, the first: %1</source>
        <translation>
            <numerusform>No se importó nada: apareció %n problema desde la comprobación: %1</numerusform>
            <numerusform>No se importó nada: aparecieron %n problemas desde la comprobación, el primero: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportWizard.cpp" line="423"/>
        <source>%n row(s) imported into the ledger.</source>
        <translation>
            <numerusform>%n fila importada en el libro.</numerusform>
            <numerusform>%n filas importadas en el libro.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="440"/>
        <source>Cannot Check the File</source>
        <translation>No se puede comprobar el archivo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportWizard.cpp" line="440"/>
        <source>Cannot Import</source>
        <translation>No se puede importar</translation>
    </message>
</context>
<context>
    <name>ardesk::InstallmentModel</name>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="33"/>
        <source>Partly paid</source>
        <translation>Pagada en parte</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="35"/>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="31"/>
        <source>Paid</source>
        <comment>installment status</comment>
        <translation>Pagada</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="37"/>
        <source>Due</source>
        <comment>installment status: not yet due</comment>
        <translation>Por vencer</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="39"/>
        <source>Rescheduled</source>
        <translation>Reprogramada</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="41"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/InstallmentModel.cpp" line="84"/>
        <source>Partly paid, %n day(s) overdue</source>
        <translation>
            <numerusform>Pagada en parte, %n día vencida</numerusform>
            <numerusform>Pagada en parte, %n días vencida</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="102"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="104"/>
        <source>Due</source>
        <comment>column: due date</comment>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="106"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="108"/>
        <source>Paid</source>
        <comment>column: amount paid</comment>
        <translation>Pagado</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="110"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../ui/models/InstallmentModel.cpp" line="112"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ardesk::InvoiceDialog</name>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="89"/>
        <source>The customer&apos;s terms: %1 % within %2 days of the issue date</source>
        <translation>Condiciones del cliente: %1 % dentro de los %2 días siguientes a la fecha de emisión</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="92"/>
        <source>The customer has no early-payment discount; enter one for this invoice only if you like.</source>
        <translation>El cliente no tiene descuento por pronto pago; si lo desea, introduzca uno solo para esta factura.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="112"/>
        <source>The issue date plus the customer&apos;s terms (%1 days)</source>
        <translation>La fecha de emisión más las condiciones del cliente (%1 días)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="122"/>
        <source>Choose the customer.</source>
        <translation>Elija el cliente.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="123"/>
        <source>No customer has this code or name. Pick one from the suggestions.</source>
        <translation>Ningún cliente tiene este código o nombre. Elija uno de las sugerencias.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="125"/>
        <source>Enter the invoice number.</source>
        <translation>Escriba el número de factura.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="127"/>
        <source>Numbers starting with PLAN- are reserved for installment plans.</source>
        <translation>Los números que empiezan por PLAN- están reservados a los planes de pagos.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="129"/>
        <source>Invoice %1 already exists.</source>
        <translation>La factura %1 ya existe.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="131"/>
        <source>Enter the early-payment discount as a percentage from 0 to 100 with at most two decimals, like %1, or leave it empty.</source>
        <translation>Introduzca el descuento por pronto pago como porcentaje de 0 a 100 con dos decimales como máximo, por ejemplo %1, o deje el campo vacío.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="136"/>
        <source>The discount must be offered until the issue date or later.</source>
        <translation>El descuento debe valer al menos hasta la fecha de emisión.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="163"/>
        <source>Cannot Save Invoice</source>
        <translation>No se puede guardar la factura</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceDialog.cpp" line="164"/>
        <source>The invoice could not be saved.</source>
        <translation>No se pudo guardar la factura.</translation>
    </message>
</context>
<context>
    <name>ardesk::InvoiceEditDialog</name>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="53"/>
        <source>Edit Invoice %1</source>
        <translation>Editar factura %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="58"/>
        <source>Why it changes, for the history</source>
        <translation>Por qué cambia, para el historial</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="93"/>
        <source>This invoice is void since %1: %2</source>
        <translation>Esta factura está anulada desde el %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="96"/>
        <source>Applied to it so far: %1. The amount cannot be less.</source>
        <translation>Aplicado hasta ahora: %1. El importe no puede ser menor.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="68"/>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="69"/>
        <source>&amp;Issue date:</source>
        <translation>Fecha de &amp;emisión:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="70"/>
        <source>&amp;Due date:</source>
        <translation>Fecha de &amp;vencimiento:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="71"/>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Importe (%1):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="72"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="73"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="117"/>
        <source>A void invoice cannot be changed.</source>
        <translation>Una factura anulada no se puede modificar.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="119"/>
        <source>Enter the invoice number.</source>
        <translation>Introduzca el número de la factura.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="124"/>
        <source>%1 is applied to this invoice: un-apply it first to lower the amount.</source>
        <translation>Hay %1 aplicado a esta factura: quite primero la aplicación para reducir el importe.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="151"/>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="163"/>
        <source>Cannot Save Invoice</source>
        <translation>No se puede guardar la factura</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="152"/>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="164"/>
        <source>Invoice %1 could not be changed.</source>
        <translation>No se pudo modificar la factura %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="169"/>
        <source>Invoice Changed Meanwhile</source>
        <translation>Factura modificada mientras tanto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvoiceEditDialog.cpp" line="170"/>
        <source>Someone else changed invoice %1 while you were editing it. Save your version over theirs? No shows theirs in the form instead.</source>
        <translation>Otra persona modificó la factura %1 mientras usted la editaba. ¿Guardar su versión sobre la de esa persona? «No» muestra en cambio la otra versión en el formulario.</translation>
    </message>
</context>
<context>
    <name>ardesk::InvoiceListModel</name>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="20"/>
        <source>%1 · disputed</source>
        <comment>invoice status with an open dispute</comment>
        <translation>%1 · en disputa</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="23"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="25"/>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="27"/>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="29"/>
        <source>On plan</source>
        <translation>En plan de pagos</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="31"/>
        <source>Void</source>
        <comment>invoice status</comment>
        <translation>Anulada</translation>
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
        <translation>El cliente está en la agencia de cobro %1: no se envían recordatorios</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="154"/>
        <source>The customer disputes this invoice: reminders skip it until the dispute is resolved</source>
        <translation>El cliente disputa esta factura: los recordatorios la omiten hasta que se resuelva la disputa</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="183"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="185"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="187"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="189"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="191"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="193"/>
        <source>Open Amount</source>
        <translation>Importe pendiente</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="195"/>
        <source>Days Overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="197"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="199"/>
        <source>Last Reminder</source>
        <translation>Último recordatorio</translation>
    </message>
    <message>
        <location filename="../ui/models/InvoiceListModel.cpp" line="201"/>
        <source>Expected Payment</source>
        <translation>Pago previsto</translation>
    </message>
</context>
<context>
    <name>ardesk::InvoicesPage</name>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="42"/>
        <location filename="../ui/views/InvoicesPage.cpp" line="67"/>
        <location filename="../ui/views/InvoicesPage.cpp" line="130"/>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="45"/>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="48"/>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="49"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="50"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="51"/>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="52"/>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="53"/>
        <source>On plan</source>
        <translation>En plan de pagos</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="54"/>
        <source>Disputed</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="55"/>
        <source>Anything left to pay, overdue or not</source>
        <translation>Con importe pendiente, vencida o no</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="56"/>
        <source>Covered by an active installment plan</source>
        <translation>Cubierta por un plan de pagos activo</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="57"/>
        <source>With an open dispute</source>
        <translation>Con una disputa abierta</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="60"/>
        <source>Search invoices</source>
        <translation>Buscar facturas</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="61"/>
        <source>Search by number or customer</source>
        <translation>Buscar por número o cliente</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="116"/>
        <source>Cannot Predict Pay Dates</source>
        <translation>No se pueden prever las fechas de pago</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="198"/>
        <source>Invoices: %1</source>
        <translation>Facturas: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="199"/>
        <source>Invoices: %1 of %2</source>
        <translation>Facturas: %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="245"/>
        <source>This ledger has no invoices yet.
Import invoices with “ardesk-cli import invoices FILE”.</source>
        <translation>Este libro aún no tiene facturas.
Importe facturas con «ardesk-cli import invoices ARCHIVO».</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="249"/>
        <source>No invoice has the status “%1”.</source>
        <translation>Ninguna factura tiene el estado «%1».</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="252"/>
        <source>No invoice number or customer matches “%1”.</source>
        <translation>Ningún número de factura ni cliente coincide con «%1».</translation>
    </message>
    <message>
        <location filename="../ui/views/InvoicesPage.cpp" line="108"/>
        <source>Cannot Read Invoices</source>
        <translation>No se pueden leer las facturas</translation>
    </message>
</context>
<context>
    <name>ardesk::JobProgressDialog</name>
    <message>
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="27"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <location filename="../ui/charts/KpiTrendChart.cpp" line="83"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location filename="../ui/charts/KpiTrendChart.cpp" line="91"/>
        <source>Percent</source>
        <translation>Porcentaje</translation>
    </message>
</context>
<context>
    <name>ardesk::LedgerOpener</name>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="44"/>
        <source>&amp;New Company…</source>
        <translation>&amp;Nueva empresa…</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="45"/>
        <source>Start a new company ledger file</source>
        <translation>Crear el libro de una empresa nueva</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="48"/>
        <source>&amp;Open Ledger…</source>
        <translation>&amp;Abrir libro…</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="49"/>
        <source>Open a company ledger file</source>
        <translation>Abrir el archivo de libro de una empresa</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="53"/>
        <source>Open &amp;Server Ledger…</source>
        <translation>Abrir libro de un ser&amp;vidor…</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="54"/>
        <source>Open a ledger kept on a PostgreSQL server, shared with other users</source>
        <translation>Abrir un libro guardado en un servidor PostgreSQL y compartido con otros usuarios</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="58"/>
        <source>Open &amp;Demo Company</source>
        <translation>Abrir empresa de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="59"/>
        <source>Open a made-up company to try ARDesk without real data</source>
        <translation>Abrir una empresa ficticia para probar ARDesk sin datos reales</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="62"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vaciar lista</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="85"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="103"/>
        <source>Cannot Open Ledger</source>
        <translation>No se puede abrir el libro</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="182"/>
        <source>Password Not Remembered</source>
        <translation>Contraseña no guardada</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="183"/>
        <source>The ledger is open, but the system keychain did not take its password: ARDesk will ask for it next time.</source>
        <translation>El libro está abierto, pero el llavero del sistema no aceptó su contraseña: ARDesk la pedirá la próxima vez.</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="245"/>
        <source>Open Demo Company</source>
        <translation>Abrir empresa de demostración</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="246"/>
        <source>Creating the demo company…</source>
        <translation>Creando la empresa de demostración…</translation>
    </message>
    <message>
        <location filename="../ui/views/LedgerOpener.cpp" line="259"/>
        <source>Cannot Create the Demo Company</source>
        <translation>No se puede crear la empresa de demostración</translation>
    </message>
</context>
<context>
    <name>ardesk::MainWindow</name>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="164"/>
        <source>&amp;Backup…</source>
        <translation>Copia de se&amp;guridad…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="165"/>
        <source>Save a copy of the open ledger to another file</source>
        <translation>Guardar una copia del libro abierto en otro archivo</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="169"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="170"/>
        <source>Add customers, invoices, payments or credit notes from a CSV file</source>
        <translation>Añadir clientes, facturas, pagos o abonos desde un archivo CSV</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="175"/>
        <source>&amp;Customers…</source>
        <translation>&amp;Clientes…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="176"/>
        <source>Save every customer with their balance today as CSV or as an Excel workbook</source>
        <translation>Guardar todos los clientes con su saldo a día de hoy como CSV o como libro de Excel</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="181"/>
        <source>&amp;Open Items…</source>
        <translation>&amp;Partidas abiertas…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="182"/>
        <source>Save every invoice and installment open today as CSV or as an Excel workbook</source>
        <translation>Guardar todas las facturas y cuotas pendientes a día de hoy como CSV o como libro de Excel</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="199"/>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="200"/>
        <source>Company details, currency, aging buckets and language</source>
        <translation>Datos de la empresa, moneda, tramos de antigüedad e idioma</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="210"/>
        <source>When reminders go out, how, and with which fee and interest</source>
        <translation>Cuándo se envían los recordatorios, cómo y con qué comisión e intereses</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="213"/>
        <source>Letter &amp;Templates…</source>
        <translation>&amp;Plantillas de cartas…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="214"/>
        <source>The text of the reminder letters and e-mails</source>
        <translation>El texto de las cartas y los correos de recordatorio</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="186"/>
        <source>&amp;Close Ledger</source>
        <translation>&amp;Cerrar libro</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="189"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="225"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="235"/>
        <source>Put a customer&apos;s open invoices on an installment plan</source>
        <translation>Incluir las facturas abiertas de un cliente en un plan de pagos</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="239"/>
        <source>New &amp;Invoice…</source>
        <translation>Nueva &amp;factura…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="240"/>
        <source>Enter an invoice</source>
        <translation>Introducir una factura</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="244"/>
        <source>Record &amp;Payment…</source>
        <translation>Registrar &amp;pago…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="245"/>
        <source>Record a customer&apos;s payment and allocate it</source>
        <translation>Registrar el pago de un cliente y asignarlo</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="249"/>
        <source>New &amp;Credit Note…</source>
        <translation>Nuevo &amp;abono…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="250"/>
        <source>Enter a credit note and allocate it</source>
        <translation>Introducir un abono y asignarlo</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="254"/>
        <source>&amp;Write Off…</source>
        <translation>Declarar &amp;incobrable…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="255"/>
        <source>Write off the invoice selected on the Invoices page</source>
        <translation>Declarar incobrable la factura seleccionada en la página Facturas</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="217"/>
        <source>&amp;About ARDesk</source>
        <translation>&amp;Acerca de ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="209"/>
        <source>Dunning Le&amp;vels…</source>
        <translation>&amp;Niveles de reclamación…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="234"/>
        <source>New P&amp;lan…</source>
        <translation>Nuevo p&amp;lan de pagos…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="263"/>
        <source>&amp;Edit Document…</source>
        <translation>&amp;Editar documento…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="264"/>
        <source>Correct the selected invoice, or change what the selected payment or credit note pays</source>
        <translation>Corregir la factura seleccionada o cambiar lo que paga el pago o abono seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="269"/>
        <source>&amp;Void…</source>
        <translation>An&amp;ular…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="270"/>
        <source>Void the selected invoice, payment or credit note, keeping it in the history</source>
        <translation>Anular la factura, el pago o el abono seleccionado, conservándolo en el historial</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="275"/>
        <source>&amp;Delete Document</source>
        <translation>Eliminar &amp;documento</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="276"/>
        <source>Delete the selected document, if it was never used</source>
        <translation>Eliminar el documento seleccionado, si nunca se usó</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="303"/>
        <source>Show the %1 page</source>
        <translation>Mostrar la página «%1»</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="316"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="321"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="331"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="349"/>
        <source>&amp;Collections</source>
        <translation>&amp;Cobros</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="359"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="363"/>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="365"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="370"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="440"/>
        <source>Write Off</source>
        <translation>Declarar incobrable</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="441"/>
        <source>Select the invoice to write off in the invoice list.</source>
        <translation>Seleccione en la lista de facturas la factura que se declarará incobrable.</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="516"/>
        <location filename="../ui/views/MainWindow.cpp" line="522"/>
        <source>Back Up Ledger</source>
        <translation>Copia de seguridad del libro</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="523"/>
        <source>Backing up the ledger…</source>
        <translation>Haciendo copia de seguridad del libro…</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="536"/>
        <source>Cannot Back Up Ledger</source>
        <translation>No se puede hacer la copia de seguridad del libro</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="542"/>
        <source>Ledger backed up to “%1”.</source>
        <translation>Copia de seguridad del libro guardada en «%1».</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/MainWindow.cpp" line="554"/>
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>%n fila importada.</numerusform>
            <numerusform>%n filas importadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="565"/>
        <source>Export Open Items</source>
        <translation>Exportar partidas abiertas</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="592"/>
        <source>Cannot Read Dunning Levels</source>
        <translation>No se pueden leer los niveles de reclamación</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="632"/>
        <source>About ARDesk</source>
        <translation>Acerca de ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="633"/>
        <source>ARDesk %1

Accounts receivable for small-business bookkeepers: who owes what, how late, and what to do about it.</source>
        <translation>ARDesk %1

Cuentas por cobrar para contables de pequeñas empresas: quién debe qué, con cuánto retraso y qué hacer al respecto.</translation>
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
        <translation>Nueva empresa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="51"/>
        <source>As it appears on your invoices</source>
        <translation>Tal como aparece en sus facturas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="58"/>
        <source>The currency the ledger keeps its totals in</source>
        <translation>La moneda en la que el libro lleva sus totales</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="65"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="78"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="83"/>
        <source>Company &amp;name:</source>
        <translation>&amp;Nombre de la empresa:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="84"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="85"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="125"/>
        <source>New Company Ledger</source>
        <translation>Libro de la nueva empresa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="137"/>
        <source>Enter the company&apos;s name.</source>
        <translation>Escriba el nombre de la empresa.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="139"/>
        <source>Choose where to save the ledger.</source>
        <translation>Elija dónde guardar el libro.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="141"/>
        <source>“%1” already exists. Choose another name or location: ARDesk never overwrites a ledger.</source>
        <translation>«%1» ya existe. Elija otro nombre u otra ubicación: ARDesk nunca sobrescribe un libro.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewCompanyDialog.cpp" line="157"/>
        <source>Cannot Create Company</source>
        <translation>No se puede crear la empresa</translation>
    </message>
</context>
<context>
    <name>ardesk::OpenItemChoiceModel</name>
    <message>
        <location filename="../ui/models/OpenItemChoiceModel.cpp" line="131"/>
        <source>Pay first</source>
        <translation>Pagar primero</translation>
    </message>
    <message>
        <location filename="../ui/models/OpenItemChoiceModel.cpp" line="133"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../ui/models/OpenItemChoiceModel.cpp" line="135"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
</context>
<context>
    <name>ardesk::PlanCustomerPage</name>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="42"/>
        <source>Put &amp;all open invoices on the plan</source>
        <translation>Incluir &amp;todas las facturas abiertas en el plan</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="48"/>
        <source>Customer and Invoices</source>
        <translation>Cliente y facturas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="49"/>
        <source>Choose the customer and the open invoices the plan takes over.</source>
        <translation>Elija el cliente y las facturas abiertas que incluirá el plan.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="51"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="54"/>
        <source>Search by name or number</source>
        <translation>Buscar por nombre o código</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="64"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="83"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="83"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="83"/>
        <source>To Cover</source>
        <translation>A cubrir</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="87"/>
        <source>Open invoices</source>
        <translation>Facturas abiertas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="184"/>
        <source>Cannot Read Invoices</source>
        <translation>No se pueden leer las facturas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="250"/>
        <source>Choose a customer.</source>
        <translation>Elija un cliente.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="253"/>
        <source>%1 has nothing open on %2 that a plan could take over.</source>
        <translation>%1 no tiene nada pendiente a %2 que pueda incluir un plan.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanCustomerPage.cpp" line="257"/>
        <source>Amount to cover on %1: %2</source>
        <translation>Importe a cubrir a %1: %2</translation>
    </message>
</context>
<context>
    <name>ardesk::PlanDialog</name>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="47"/>
        <source>Installments</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="61"/>
        <source>Cannot Read Plan</source>
        <translation>No se puede leer el plan</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="72"/>
        <source>Plan %1 — %2</source>
        <translation>Plan %1 — %2</translation>
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
            <numerusform>%n cuota, %1, con vencimiento el %2</numerusform>
            <numerusform>%n cuotas, %1, la primera vence el %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="79"/>
        <source>; down payment %1 on the plan date</source>
        <translation>; entrada de %1 en la fecha del plan</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="81"/>
        <source>; %1% interest a year</source>
        <translation>; %1 % de interés anual</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="84"/>
        <source>; fee %1</source>
        <translation>; comisión de %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="86"/>
        <source>; replaces plan %1</source>
        <translation>; sustituye al plan %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="88"/>
        <source>Total %1, paid %2, open %3</source>
        <translation>Total %1, pagado %2, pendiente %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="94"/>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="130"/>
        <source>Plan %1 until %2</source>
        <translation>Plan %1 hasta el %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="152"/>
        <source>Cancel Plan</source>
        <translation>Cancelar el plan</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="153"/>
        <source>Cancel plan %1 of %2? What is still unpaid goes back to the invoices, which are due again on their own due dates; unpaid fee and interest lapse.</source>
        <translation>¿Cancelar el plan %1 de %2? Lo que sigue sin pagar vuelve a las facturas, que vencen de nuevo en sus propias fechas de vencimiento; la comisión y los intereses sin pagar se anulan.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanDialog.cpp" line="161"/>
        <source>Cannot Cancel Plan</source>
        <translation>No se puede cancelar el plan</translation>
    </message>
</context>
<context>
    <name>ardesk::PlanListModel</name>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="58"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="60"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="62"/>
        <source>Defaulted</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="64"/>
        <source>Rescheduled</source>
        <translation>Reprogramado</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="66"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="178"/>
        <source>Plan</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="180"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="182"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="184"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="186"/>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="188"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="190"/>
        <source>Next Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanListModel.cpp" line="192"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ardesk::PlanScheduleModel</name>
    <message>
        <location filename="../ui/models/PlanScheduleModel.cpp" line="40"/>
        <source>Down payment</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanScheduleModel.cpp" line="95"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanScheduleModel.cpp" line="97"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanScheduleModel.cpp" line="99"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/models/PlanScheduleModel.cpp" line="101"/>
        <source>Interest</source>
        <translation>Intereses</translation>
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
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="31"/>
        <source>Create Plan puts the invoices on this plan.</source>
        <translation>«Crear plan» incluye las facturas en este plan.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="38"/>
        <source>Schedule</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="62"/>
        <source>all open invoices</source>
        <translation>todas las facturas abiertas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="66"/>
        <source>Customer: %1 (%2)</source>
        <translation>Cliente: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="67"/>
        <source>Invoices: %1</source>
        <translation>Facturas: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="68"/>
        <source>Plan date: %1</source>
        <translation>Fecha del plan: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="69"/>
        <source>Installments: %1 (%2), the first due on %3</source>
        <translation>Cuotas: %1 (%2), la primera vence el %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="73"/>
        <source>Covered: %1</source>
        <translation>Cubierto: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="77"/>
        <source>Down payment, due on the plan date: %1</source>
        <translation>Entrada, con vencimiento en la fecha del plan: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="81"/>
        <source>Fee: %1</source>
        <translation>Comisión: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="83"/>
        <source>Interest at %1% a year: %2</source>
        <translation>Intereses al %1 % anual: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanSummaryPage.cpp" line="86"/>
        <source>Total to pay: %1</source>
        <translation>Total a pagar: %1</translation>
    </message>
</context>
<context>
    <name>ardesk::PlanTermsEditor</name>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="53"/>
        <source>None</source>
        <extracomment>Placeholder of an optional amount field.</extracomment>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="56"/>
        <source>No interest</source>
        <translation>Sin intereses</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="59"/>
        <source>Schedule preview</source>
        <translation>Vista previa del calendario</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="84"/>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="86"/>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="88"/>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="171"/>
        <source>Enter the down payment as an amount, like %1.</source>
        <translation>Escriba la entrada como un importe, como %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="175"/>
        <source>Enter the fee as an amount, like %1.</source>
        <translation>Escriba la comisión como un importe, como %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="181"/>
        <source>Enter the annual rate in percent, like %1.</source>
        <translation>Escriba el tipo anual en porcentaje, como %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="185"/>
        <source>The first installment cannot be due before the plan&apos;s date.</source>
        <translation>La primera cuota no puede vencer antes de la fecha del plan.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="202"/>
        <source>These terms do not make a plan: %1.</source>
        <translation>Con estas condiciones no se puede crear un plan: %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="227"/>
        <source>Covered: %1</source>
        <translation>Cubierto: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="229"/>
        <source>Fee: %1</source>
        <translation>Comisión: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="231"/>
        <source>Interest: %1</source>
        <translation>Intereses: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsEditor.cpp" line="232"/>
        <source>Total to pay: %1</source>
        <translation>Total a pagar: %1</translation>
    </message>
</context>
<context>
    <name>ardesk::PlanTermsPage</name>
    <message>
        <location filename="../ui/dialogs/PlanTermsPage.cpp" line="21"/>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanTermsPage.cpp" line="22"/>
        <source>How the amount is to be paid. The schedule follows every change.</source>
        <translation>Cómo se pagará el importe. El calendario se actualiza con cada cambio.</translation>
    </message>
</context>
<context>
    <name>ardesk::PlanWizard</name>
    <message>
        <location filename="../ui/dialogs/PlanWizard.cpp" line="24"/>
        <source>New Installment Plan</source>
        <translation>Nuevo plan de pagos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanWizard.cpp" line="28"/>
        <source>&amp;Create Plan</source>
        <translation>&amp;Crear plan</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/PlanWizard.cpp" line="52"/>
        <source>Cannot Create Plan</source>
        <translation>No se puede crear el plan</translation>
    </message>
</context>
<context>
    <name>ardesk::PlansPage</name>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="36"/>
        <source>&amp;New Plan…</source>
        <translation>&amp;Nuevo plan…</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="42"/>
        <source>Installment Plans</source>
        <translation>Planes de pagos</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="44"/>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="47"/>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="48"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="55"/>
        <source>Search plans</source>
        <translation>Buscar planes</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="56"/>
        <source>Search by customer</source>
        <translation>Buscar por cliente</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="63"/>
        <source>Put a customer&apos;s open invoices on an installment plan</source>
        <translation>Incluir las facturas abiertas de un cliente en un plan de pagos</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="68"/>
        <source>Installment plans</source>
        <translation>Planes de pagos</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="95"/>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="134"/>
        <source>Cannot Read Plans</source>
        <translation>No se pueden leer los planes</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="146"/>
        <source>Plans: %1</source>
        <translation>Planes: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="147"/>
        <source>Plans: %1 of %2</source>
        <translation>Planes: %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="201"/>
        <source>This ledger has no installment plans yet.
Click New Plan… to start one.</source>
        <translation>Este libro aún no tiene planes de pagos.
Haga clic en «Nuevo plan…» para crear uno.</translation>
    </message>
    <message>
        <location filename="../ui/views/PlansPage.cpp" line="203"/>
        <source>No plan matches the status and search.</source>
        <translation>Ningún plan coincide con el estado y la búsqueda.</translation>
    </message>
</context>
<context>
    <name>ardesk::RecurringDialog</name>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="58"/>
        <source>New Recurring Invoice</source>
        <translation>Nueva factura recurrente</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="71"/>
        <source>Edit Recurring Invoice %1</source>
        <translation>Editar factura recurrente %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="82"/>
        <source>What each invoice bills, e.g. Monthly hosting</source>
        <translation>Lo que cobra cada factura, p. ej. Alojamiento mensual</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="85"/>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="86"/>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="87"/>
        <source>Quarterly</source>
        <translation>Trimestral</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="88"/>
        <source>Yearly</source>
        <translation>Anual</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="93"/>
        <source>The start&apos;s day</source>
        <translation>El día del inicio</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="94"/>
        <source>Day of the month:</source>
        <translation>Día del mes:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="95"/>
        <source>The last day of the month</source>
        <translation>El último día del mes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="98"/>
        <source>Clamped to the month&apos;s end: day 31 is the 30th in April and the 28th or 29th in February</source>
        <translation>Ajustado al fin de mes: el día 31 es el 30 en abril y el 28 o 29 en febrero</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="102"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="103"/>
        <source>After a number of invoices:</source>
        <translation>Tras un número de facturas:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="104"/>
        <source>On a date:</source>
        <translation>En una fecha:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="112"/>
        <source>Prefix, month and count:</source>
        <translation>Prefijo, mes y contador:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="113"/>
        <source>On from the sequence of:</source>
        <translation>A continuación de la secuencia de:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="115"/>
        <source>Invoices are numbered &lt;prefix&gt;&lt;year&gt;&lt;month&gt;-&lt;n&gt;</source>
        <translation>Las facturas se numeran &lt;prefijo&gt;&lt;año&gt;&lt;mes&gt;-&lt;n&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="117"/>
        <source>e.g. INV-000001</source>
        <translation>p. ej. INV-000001</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="119"/>
        <source>Invoices take the next free numbers of this sequence, padded alike: after INV-000412 comes INV-000413</source>
        <translation>Las facturas toman los siguientes números libres de esta secuencia, con los mismos dígitos: después de INV-000412 viene INV-000413</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="147"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="148"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="149"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="150"/>
        <source>&amp;Repeats:</source>
        <translation>&amp;Repetición:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="151"/>
        <source>&amp;Starting:</source>
        <translation>I&amp;nicio:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="153"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Termina:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="155"/>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="317"/>
        <source>Choose the customer.</source>
        <translation>Elija el cliente.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="318"/>
        <source>No customer has this code or name. Pick one from the suggestions.</source>
        <translation>Ningún cliente tiene este código o nombre. Elija uno de las sugerencias.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="324"/>
        <source>Enter what each invoice bills.</source>
        <translation>Indique lo que cobra cada factura.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="400"/>
        <source>Recurring Invoice Changed Meanwhile</source>
        <translation>Factura recurrente modificada mientras tanto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="401"/>
        <source>Someone else changed this recurring invoice while you were editing it. Save your version over theirs? No shows theirs in the form instead.</source>
        <translation>Otra persona modificó esta factura recurrente mientras usted la editaba. ¿Guardar su versión sobre la de esa persona? «No» muestra en cambio la otra versión en el formulario.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="301"/>
        <source>Enter the number prefix, e.g. %1.</source>
        <translation>Indique el prefijo del número, p. ej. %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="152"/>
        <source>On da&amp;y:</source>
        <translation>El dí&amp;a:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="154"/>
        <source>&amp;Numbers:</source>
        <translation>N&amp;umeración:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="300"/>
        <source>Enter a number of the sequence to continue, e.g. INV-000001.</source>
        <translation>Introduzca un número de la secuencia que desea continuar, p. ej. INV-000001.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="304"/>
        <source>The sequence is named by a number that ends in digits, e.g. INV-000001.</source>
        <translation>La secuencia se indica con un número que termina en cifras, p. ej. INV-000001.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="306"/>
        <source>Numbers starting with PLAN- are reserved for installment plans.</source>
        <translation>Los números que empiezan por PLAN- están reservados a los planes de pagos.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="328"/>
        <source>The end date is before the start.</source>
        <translation>La fecha de fin es anterior al inicio.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="346"/>
        <source>%1 (numbered on from %2)</source>
        <extracomment>%1 the first dates, %2 an invoice number the sequence goes on from.</extracomment>
        <translation>%1 (numeradas a continuación de %2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="350"/>
        <source>%1 (the first numbered %2)</source>
        <extracomment>%1 the first dates, %2 the first invoice number.</extracomment>
        <translation>%1 (la primera con el número %2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="374"/>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="382"/>
        <location filename="../ui/dialogs/RecurringDialog.cpp" line="395"/>
        <source>Cannot Save Recurring Invoice</source>
        <translation>No se puede guardar la factura recurrente</translation>
    </message>
</context>
<context>
    <name>ardesk::RecurringInvoiceModel</name>
    <message>
        <location filename="../ui/models/RecurringInvoiceModel.cpp" line="76"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringInvoiceModel.cpp" line="78"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringInvoiceModel.cpp" line="80"/>
        <source>Issue Date</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringInvoiceModel.cpp" line="82"/>
        <source>Due Date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringInvoiceModel.cpp" line="84"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringInvoiceModel.cpp" line="86"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>ardesk::RecurringListModel</name>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="70"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="72"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="74"/>
        <source>Ended</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="76"/>
        <source>Finished</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="87"/>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="89"/>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="92"/>
        <source>Quarterly</source>
        <translation>Trimestral</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="95"/>
        <source>Yearly</source>
        <translation>Anual</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="100"/>
        <source>%1 on the last day</source>
        <extracomment>%1 is Monthly, Quarterly or Yearly.</extracomment>
        <translation>%1, el último día</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="102"/>
        <source>%1 on day %2</source>
        <extracomment>%1 is Monthly, Quarterly or Yearly; %2 the day of the month.</extracomment>
        <translation>%1, el día %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/RecurringListModel.cpp" line="109"/>
        <source>After %n invoice(s)</source>
        <translation>
            <numerusform>Tras %n factura</numerusform>
            <numerusform>Tras %n facturas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="112"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="203"/>
        <source>Paused from %1</source>
        <translation>En pausa desde el %1</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="221"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="223"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="225"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="227"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="229"/>
        <source>Repeats</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="231"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="233"/>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="235"/>
        <source>Created</source>
        <translation>Creadas</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="237"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../ui/models/RecurringListModel.cpp" line="239"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ardesk::RecurringPage</name>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="43"/>
        <source>Invoices: %1 of %2</source>
        <translation>Facturas: %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="50"/>
        <source>%1 — %2 (no. %3)</source>
        <translation>%1 — %2 (n.º %3)</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="63"/>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="64"/>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="65"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="66"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="67"/>
        <source>En&amp;d…</source>
        <translation>&amp;Terminar…</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="68"/>
        <source>Create D&amp;ue Invoices…</source>
        <translation>Crear &amp;facturas pendientes…</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="75"/>
        <source>Recurring Invoices</source>
        <translation>Facturas recurrentes</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="77"/>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="80"/>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="81"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="88"/>
        <source>Search recurring invoices</source>
        <translation>Buscar facturas recurrentes</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="89"/>
        <source>Search by customer or description</source>
        <translation>Buscar por cliente o descripción</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="98"/>
        <source>Recurring invoices</source>
        <translation>Facturas recurrentes</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="140"/>
        <source>Bill a customer the same amount every week, month, quarter or year (Insert)</source>
        <translation>Facturar a un cliente el mismo importe cada semana, mes, trimestre o año (Insert)</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="143"/>
        <source>Change the selected recurring invoice (Enter)</source>
        <translation>Cambiar la factura recurrente seleccionada (Intro)</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="145"/>
        <source>Bill nothing dated today or later until resumed; the paused dates are never billed</source>
        <translation>No facturar nada con fecha de hoy o posterior hasta reanudar; las fechas en pausa nunca se facturan</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="148"/>
        <source>Bill again from today; the dates while paused stay unbilled</source>
        <translation>Volver a facturar desde hoy; las fechas de la pausa quedan sin facturar</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="150"/>
        <source>Bill nothing dated after today; what is due up to today is still created by the next run</source>
        <translation>No facturar nada con fecha posterior a hoy; lo pendiente hasta hoy aún lo crea la próxima ejecución</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="153"/>
        <source>Show every invoice due and not created yet, then create them all at once</source>
        <translation>Mostrar todas las facturas pendientes aún no creadas y crearlas todas de una vez</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="187"/>
        <source>Recurring</source>
        <translation>Recurrentes</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="228"/>
        <location filename="../ui/views/RecurringPage.cpp" line="456"/>
        <source>Cannot Read Recurring Invoices</source>
        <translation>No se pueden leer las facturas recurrentes</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="243"/>
        <source>Recurring invoices: %1</source>
        <translation>Facturas recurrentes: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="244"/>
        <source>Recurring invoices: %1 of %2</source>
        <translation>Facturas recurrentes: %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="304"/>
        <source>This ledger has no recurring invoices yet.
Click New… to bill a customer the same amount every week, month, quarter or year.</source>
        <translation>Este libro aún no tiene facturas recurrentes.
Haga clic en Nuevo… para facturar a un cliente el mismo importe cada semana, mes, trimestre o año.</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="307"/>
        <source>No recurring invoice matches the status and search.</source>
        <translation>Ninguna factura recurrente coincide con el estado y la búsqueda.</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="361"/>
        <source>Pause Recurring Invoice</source>
        <translation>Pausar factura recurrente</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="362"/>
        <source>Pause %1 from today, %2?

Nothing dated today or later is billed until you resume it, and the dates while paused are never billed. Invoices due before today and not created yet are still created by the next run.</source>
        <translation>¿Pausar %1 desde hoy, %2?

No se factura nada con fecha de hoy o posterior hasta que lo reanude, y las fechas de la pausa nunca se facturan. Las facturas pendientes antes de hoy y aún no creadas las crea todavía la próxima ejecución.</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="368"/>
        <source>Resume Recurring Invoice</source>
        <translation>Reanudar factura recurrente</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="369"/>
        <source>Resume %1 from today, %2?

It bills again from today; the dates while it was paused stay unbilled.</source>
        <translation>¿Reanudar %1 desde hoy, %2?

Vuelve a facturar desde hoy; las fechas de la pausa quedan sin facturar.</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="374"/>
        <source>End Recurring Invoice</source>
        <translation>Terminar factura recurrente</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="375"/>
        <source>End %1 today, %2?

Nothing dated after today is billed. Invoices due up to today and not created yet are still created by the next run. This cannot be undone.</source>
        <translation>¿Terminar %1 hoy, %2?

No se factura nada con fecha posterior a hoy. Las facturas pendientes hasta hoy y aún no creadas las crea todavía la próxima ejecución. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="412"/>
        <source>Create Due Invoices</source>
        <translation>Crear facturas pendientes</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="413"/>
        <source>Creating the invoices…</source>
        <translation>Creando las facturas…</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="431"/>
        <source>Creating the due invoices was cancelled; nothing was created.</source>
        <translation>Se canceló la creación de las facturas pendientes; no se creó nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/RecurringPage.cpp" line="437"/>
        <source>Created %n invoice(s).</source>
        <translation>
            <numerusform>%n factura creada.</numerusform>
            <numerusform>%n facturas creadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="440"/>
        <source>Numbers %1 to %2.</source>
        <extracomment>%1 the first invoice number, %2 the last.</extracomment>
        <translation>Números %1 a %2.</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="442"/>
        <source>The ledger changed after the preview, so the invoices created differ from those listed.</source>
        <translation>El libro cambió después de la vista previa, así que las facturas creadas difieren de las listadas.</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="459"/>
        <source>Cannot Create Invoices</source>
        <translation>No se pueden crear las facturas</translation>
    </message>
    <message>
        <location filename="../ui/views/RecurringPage.cpp" line="460"/>
        <source>Nothing was created: %1</source>
        <translation>No se creó nada: %1</translation>
    </message>
</context>
<context>
    <name>ardesk::RecurringPreviewDialog</name>
    <message>
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="30"/>
        <source>Create Due Invoices</source>
        <translation>Crear facturas pendientes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="35"/>
        <source>Every invoice the schedules are due to issue on or before this date and that was not created yet</source>
        <translation>Todas las facturas que las facturas recurrentes deben emitir hasta esta fecha y que aún no se han creado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="39"/>
        <source>Due &amp;on or before:</source>
        <translation>Pendientes &amp;hasta el:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="46"/>
        <source>Invoices to create</source>
        <translation>Facturas que crear</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="69"/>
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="83"/>
        <source>Finding the invoices due…</source>
        <translation>Buscando las facturas pendientes…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="70"/>
        <source>&amp;Create Invoices</source>
        <translation>&amp;Crear facturas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="98"/>
        <source>No invoice is due on or before %1: every one due was created already.</source>
        <translation>No hay ninguna factura pendiente hasta el %1: todas las pendientes ya se crearon.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="101"/>
        <source>%n invoice(s) due on or before %1 and not created yet. Each is created once, numbered as shown, due after the customer&apos;s terms, all in one go:</source>
        <translation>
            <numerusform>%n factura pendiente hasta el %1 y aún no creada. Se crea una vez, con el número mostrado y vencimiento según las condiciones del cliente:</numerusform>
            <numerusform>%n facturas pendientes hasta el %1 y aún no creadas. Cada una se crea una vez, con el número mostrado y vencimiento según las condiciones del cliente, todas de una vez:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="110"/>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="111"/>
        <source>&amp;Create %n Invoice(s)</source>
        <translation>
            <numerusform>&amp;Crear %n factura</numerusform>
            <numerusform>&amp;Crear %n facturas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::ReminderRunModel</name>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="65"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="65"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="65"/>
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="65"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="65"/>
        <location filename="../ui/models/ReminderRunModel.cpp" line="212"/>
        <source>Interest</source>
        <translation>Intereses</translation>
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
        <translation>De %1 pendientes, se prevé que %2 se paguen tarde</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="202"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="204"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="206"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="208"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="210"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="214"/>
        <source>Fee</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="216"/>
        <source>Total Due</source>
        <translation>Total adeudado</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="218"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../ui/models/ReminderRunModel.cpp" line="220"/>
        <source>At Risk</source>
        <translation>En riesgo</translation>
    </message>
</context>
<context>
    <name>ardesk::ReportsPage</name>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="62"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="186"/>
        <source>Aging Report</source>
        <translation>Antigüedad de saldos</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="81"/>
        <source>As of date</source>
        <translation>Fecha de corte</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="61"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="63"/>
        <source>Print Previe&amp;w…</source>
        <translation>Vista p&amp;revia…</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="86"/>
        <source>Aging basis</source>
        <translation>Base de la antigüedad</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="87"/>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="88"/>
        <source>Issue date</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="91"/>
        <source>Bucket edges in days</source>
        <translation>Límites de los tramos en días</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="93"/>
        <source>Days overdue at which the aging columns end, separated by commas: 30,60,90 gives Current, 1–30, 31–60, 61–90 and 91+.</source>
        <translation>Días de retraso en que terminan las columnas, separados por comas: 30,60,90 da No vencido, 1–30, 31–60, 61–90 y 91+.</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="97"/>
        <source>Report layout</source>
        <translation>Formato del informe</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="98"/>
        <source>Summary by customer</source>
        <translation>Resumen por cliente</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="99"/>
        <source>Detail by invoice</source>
        <translation>Detalle por factura</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="102"/>
        <source>Customer ID</source>
        <translation>Número de cliente</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="103"/>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="119"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="131"/>
        <source>Save the report as CSV, as ardesk-cli aging writes it, or as an Excel workbook</source>
        <translation>Guardar el informe como CSV, tal como lo escribe ardesk-cli aging, o como libro de Excel</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="147"/>
        <source>Aging report</source>
        <translation>Antigüedad de saldos</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="204"/>
        <source>&amp;As of:</source>
        <translation>A&amp;l:</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="205"/>
        <source>&amp;Basis:</source>
        <translation>&amp;Base:</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="206"/>
        <source>B&amp;uckets:</source>
        <translation>&amp;Tramos:</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="207"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="208"/>
        <source>Cus&amp;tomer:</source>
        <translation>Clie&amp;nte:</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="229"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="268"/>
        <source>Open items as of %1: %2</source>
        <translation>Partidas abiertas al %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="271"/>
        <source>Customers with open items as of %1: %2</source>
        <translation>Clientes con partidas abiertas al %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="291"/>
        <source>Bucket edges must be whole numbers of days, each larger than the one before, separated by commas without spaces: for example 30,60,90. The table still shows the last valid report.</source>
        <translation>Los límites de los tramos deben ser números enteros de días, cada uno mayor que el anterior, separados por comas sin espacios: por ejemplo 30,60,90. La tabla sigue mostrando el último informe válido.</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="346"/>
        <source>No customer has the ID “%1”. The table still shows the last report.</source>
        <translation>Ningún cliente tiene el número «%1». La tabla sigue mostrando el último informe.</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="350"/>
        <source>Cannot Read the Aging Report</source>
        <translation>No se puede leer la antigüedad de saldos</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="371"/>
        <source>Export Aging Report</source>
        <translation>Exportar antigüedad de saldos</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="398"/>
        <source>Print Aging Report</source>
        <translation>Imprimir antigüedad de saldos</translation>
    </message>
    <message>
        <location filename="../ui/views/ReportsPage.cpp" line="411"/>
        <source>Print Preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
</context>
<context>
    <name>ardesk::RescheduleDialog</name>
    <message>
        <location filename="../ui/dialogs/RescheduleDialog.cpp" line="29"/>
        <source>Reschedule Plan %1</source>
        <translation>Reprogramar el plan %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RescheduleDialog.cpp" line="32"/>
        <source>What plan %1 still owes, %2, moves to a new plan with these terms. The old schedule is kept as history.</source>
        <translation>Lo que aún se debe del plan %1, %2, pasa a un plan nuevo con estas condiciones. El calendario anterior se conserva como historial.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RescheduleDialog.cpp" line="52"/>
        <source>Re&amp;schedule on:</source>
        <translation>Repro&amp;gramar el:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RescheduleDialog.cpp" line="64"/>
        <source>&amp;Reschedule</source>
        <translation>Reprogra&amp;mar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/RescheduleDialog.cpp" line="84"/>
        <source>Cannot Reschedule Plan</source>
        <translation>No se puede reprogramar el plan</translation>
    </message>
</context>
<context>
    <name>ardesk::ServerLedgerDialog</name>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="29"/>
        <source>&amp;Remember password</source>
        <translation>&amp;Recordar contraseña</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="35"/>
        <source>Open Server Ledger</source>
        <translation>Abrir libro de un servidor</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="38"/>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="45"/>
        <source>The database on the server that holds the ledger</source>
        <translation>La base de datos del servidor que contiene el libro</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="51"/>
        <source>Empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>Vacía: la de ~/.pgpass o PGPASSWORD</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="54"/>
        <source>Keep the password in the system keychain, never in ARDesk&apos;s settings</source>
        <translation>Guardar la contraseña en el llavero del sistema, nunca en la configuración de ARDesk</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="66"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="71"/>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="72"/>
        <source>P&amp;ort:</source>
        <translation>Pu&amp;erto:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="73"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="74"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="75"/>
        <source>&amp;Encryption:</source>
        <translation>Ci&amp;frado:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="76"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="97"/>
        <source>never encrypt</source>
        <translation>no cifrar nunca</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="98"/>
        <source>encrypt when the server can (default)</source>
        <translation>cifrar si el servidor puede (predeterminado)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="99"/>
        <source>always encrypt, without checking the server&apos;s certificate</source>
        <translation>cifrar siempre, sin comprobar el certificado del servidor</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="100"/>
        <source>always encrypt; the certificate must come from a trusted authority</source>
        <translation>cifrar siempre; el certificado debe venir de una autoridad de confianza</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ServerLedgerDialog.cpp" line="102"/>
        <source>always encrypt; the certificate must be trusted and name this host</source>
        <translation>cifrar siempre; el certificado debe ser de confianza y nombrar este servidor</translation>
    </message>
</context>
<context>
    <name>ardesk::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="65"/>
        <source>Open a ledger to change its settings.</source>
        <translation>Abra un libro para cambiar su configuración.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="72"/>
        <source>Cannot Read Settings</source>
        <translation>No se puede leer la configuración</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="101"/>
        <source>Fixed: the ledger has invoices, payments or credit notes in %1.</source>
        <translation>Fija: el libro tiene facturas, pagos o abonos en %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="103"/>
        <source>The currency the ledger keeps its totals in. It can change until the first invoice, payment or credit note.</source>
        <translation>La moneda en la que el libro lleva sus totales. Puede cambiarse hasta la primera factura, pago o abono.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="109"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (puerto 587)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="110"/>
        <source>TLS (port 465)</source>
        <translation>TLS (puerto 465)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="111"/>
        <source>None (local relay only)</source>
        <translation>Ninguna (solo relé local)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="121"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="123"/>
        <source>Kept in the system keychain, never in a settings file. Leave empty to keep the saved password.</source>
        <translation>Se guarda en el llavero del sistema, nunca en un archivo de configuración. Déjela vacía para conservar la contraseña guardada.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="126"/>
        <source>Empty: the company&apos;s e-mail address from the General tab.</source>
        <translation>Vacío: la dirección de correo electrónico de la empresa de la pestaña General.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="145"/>
        <source>Password Not Saved</source>
        <translation>Contraseña no guardada</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="146"/>
        <source>The system keychain is not available, so the e-mail password was not saved. The other settings were. To send e-mail, unlock or install a keychain (such as GNOME Keyring or KWallet) and enter the password again, or set ARDESK_SMTP_PASSWORD for the command line.</source>
        <translation>El llavero del sistema no está disponible, así que la contraseña de correo no se ha guardado. El resto de la configuración, sí. Para enviar correos, desbloquee o instale un llavero (como GNOME Keyring o KWallet) y vuelva a escribir la contraseña, o defina ARDESK_SMTP_PASSWORD para la línea de órdenes.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="162"/>
        <source>Days past due where the report columns end, the default of the Reports page and the dashboard.</source>
        <translation>Días de retraso en que terminan las columnas del informe; valor predeterminado de la página Informes y del panel.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="164"/>
        <source>Enter whole days in increasing order, separated by commas, such as 30,60,90.</source>
        <translation>Escriba días enteros en orden creciente, separados por comas, como 30,60,90.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="188"/>
        <source>Printed in groups of four. Letters in EUR get a QR code that banking apps scan to fill in the transfer (GiroCode).</source>
        <translation>Se imprime en grupos de cuatro. Las cartas en EUR llevan un código QR que las aplicaciones bancarias escanean para rellenar la transferencia (GiroCode).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="190"/>
        <source>This is not a valid IBAN: check it letter by letter; the check digits (the third and fourth characters) do not match the rest.</source>
        <translation>Este IBAN no es válido: revíselo carácter por carácter; los dígitos de control (tercer y cuarto caracteres) no coinciden con el resto.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="194"/>
        <source>The bank&apos;s code, 8 or 11 letters and digits.</source>
        <translation>El código del banco, 8 u 11 letras y dígitos.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="195"/>
        <source>This is not a BIC: expected 8 or 11 letters and digits, such as COBADEFF or COBADEFFXXX.</source>
        <translation>Esto no es un BIC: se esperan 8 u 11 letras y dígitos, como COBADEFF o COBADEFFXXX.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="199"/>
        <source>Optional. {customer}, {documents}, {amount}, {currency} and {reference} are filled in for each letter. Letters in other currencies than EUR get a QR code of this link.</source>
        <translation>Opcional. {customer}, {documents}, {amount}, {currency} y {reference} se rellenan para cada carta. Las cartas en monedas distintas del EUR llevan un código QR de este enlace.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="201"/>
        <source>This is not a payment link: it must be a web address (https://…) and may use only the placeholders {customer}, {documents}, {amount}, {currency} and {reference}.</source>
        <translation>Esto no es un enlace de pago: debe ser una dirección web (https://…) y solo puede usar los marcadores {customer}, {documents}, {amount}, {currency} y {reference}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="233"/>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="260"/>
        <source>Cannot Save Settings</source>
        <translation>No se puede guardar la configuración</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="249"/>
        <source>Settings Changed Meanwhile</source>
        <translation>Configuración modificada mientras tanto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="250"/>
        <source>Someone else changed the ledger&apos;s settings while you were editing them. Save your version over theirs? No shows theirs instead.</source>
        <translation>Otra persona modificó la configuración del libro mientras usted la editaba. ¿Guardar su versión sobre la de esa persona? «No» muestra en cambio la otra versión.</translation>
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
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/models/SplitPartModel.cpp" line="94"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/models/SplitPartModel.cpp" line="96"/>
        <source>Documents to Pay First</source>
        <translation>Documentos que se saldan primero</translation>
    </message>
</context>
<context>
    <name>ardesk::TemplateEditorDialog</name>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="104"/>
        <source>Sample customer</source>
        <translation>Cliente de ejemplo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="116"/>
        <source>Cannot Read Letter Templates</source>
        <translation>No se pueden leer las plantillas de cartas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="122"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="124"/>
        <source>Items table (all levels)</source>
        <translation>Tabla de partidas (todos los niveles)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="125"/>
        <source>How to pay (all letters)</source>
        <translation>Cómo pagar (todas las cartas)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="126"/>
        <source>Discount offers (all letters)</source>
        <translation>Ofertas de descuento (todas las cartas)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="127"/>
        <source>Page foot: registration, tax and bank details (all letters)</source>
        <translation>Pie de página: registro, datos fiscales y bancarios (todas las cartas)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="192"/>
        <source>Payment reminder</source>
        <translation>Recordatorio de pago</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="205"/>
        <source>Discard Changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="206"/>
        <source>Discard your changes to this template?</source>
        <translation>¿Descartar los cambios en esta plantilla?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="232"/>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="268"/>
        <source>Sample Customer Ltd</source>
        <translation>Cliente de Ejemplo, S.L.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="279"/>
        <source>%1 has nothing overdue today: the items below are samples.</source>
        <translation>%1 no tiene nada vencido hoy: las partidas de abajo son de ejemplo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="281"/>
        <source>Choose a customer to preview their overdue items; these are samples.</source>
        <translation>Elija un cliente para ver en la vista previa sus partidas vencidas; estas son de ejemplo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="306"/>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="310"/>
        <source>Go to error</source>
        <translation>Ir al error</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="362"/>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="384"/>
        <source>Cannot Save Template</source>
        <translation>No se puede guardar la plantilla</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="376"/>
        <source>Template Changed Meanwhile</source>
        <translation>Plantilla modificada mientras tanto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="377"/>
        <source>Someone else changed this template while you were editing it. Save your version over theirs? No shows theirs instead; Cancel keeps yours here, not saved.</source>
        <translation>Otra persona modificó esta plantilla mientras usted la editaba. ¿Guardar su versión sobre la de esa persona? «No» muestra en cambio la otra versión; «Cancelar» conserva la suya aquí, sin guardar.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="401"/>
        <source>Restore Default</source>
        <translation>Restablecer la predeterminada</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="402"/>
        <source>Replace this template with the one ARDesk comes with? Your version is deleted from the ledger.</source>
        <translation>¿Sustituir esta plantilla por la que trae ARDesk? Su versión se eliminará del libro.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="407"/>
        <source>Cannot Restore Template</source>
        <translation>No se puede restablecer la plantilla</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="420"/>
        <source>This ledger&apos;s own version</source>
        <translation>Versión propia de este libro</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="420"/>
        <source>The default template</source>
        <translation>La plantilla predeterminada</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/TemplateEditorDialog.cpp" line="422"/>
        <source>%1 (changed, not saved)</source>
        <translation>%1 (modificada, sin guardar)</translation>
    </message>
</context>
<context>
    <name>ardesk::VoidDialog</name>
    <message>
        <location filename="../ui/dialogs/VoidDialog.cpp" line="31"/>
        <source>Void %1</source>
        <translation>Anular %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/VoidDialog.cpp" line="33"/>
        <source>%1 is kept and marked void. Reports as of the void date and later leave it out; reports of earlier dates show it as before.</source>
        <translation>%1 se conserva y se marca como anulado. Los informes a la fecha de anulación o posteriores lo excluyen; los de fechas anteriores lo muestran como antes.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/VoidDialog.cpp" line="44"/>
        <source>Why it is void, for the history</source>
        <translation>Por qué se anula, para el historial</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/VoidDialog.cpp" line="49"/>
        <source>&amp;Void</source>
        <translation>An&amp;ular</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/VoidDialog.cpp" line="52"/>
        <source>Void &amp;as of:</source>
        <translation>Anulado &amp;a fecha de:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/VoidDialog.cpp" line="53"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/VoidDialog.cpp" line="71"/>
        <source>Enter the reason for the void.</source>
        <translation>Introduzca el motivo de la anulación.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/VoidDialog.cpp" line="84"/>
        <source>Cannot Void</source>
        <translation>No se puede anular</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/VoidDialog.cpp" line="85"/>
        <source>%1 could not be voided.</source>
        <translation>No se pudo anular %1.</translation>
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
    <name>ardesk::WriteOffDialog</name>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="26"/>
        <source>Write Off %1</source>
        <translation>Declarar incobrable %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="29"/>
        <source>&amp;Write Off</source>
        <translation>&amp;Declarar incobrable</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="32"/>
        <source>Why the customer will not pay this</source>
        <translation>Por qué el cliente no pagará esto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="42"/>
        <source>Invoice %1 of %2: %3 open.</source>
        <translation>Factura %1 de %2: %3 pendiente.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="47"/>
        <source>Invoice %1 could not be read.</source>
        <translation>No se pudo leer la factura %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="67"/>
        <source>Nothing is open on this invoice.</source>
        <translation>Esta factura no tiene nada pendiente.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="73"/>
        <source>Only %1 is open.</source>
        <translation>Solo quedan pendientes %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="75"/>
        <source>Enter the reason for the write-off.</source>
        <translation>Escriba el motivo por el que se declara incobrable.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="92"/>
        <source>Cannot Write Off</source>
        <translation>No se puede declarar incobrable</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WriteOffDialog.cpp" line="93"/>
        <source>Invoice %1 could not be written off.</source>
        <translation>No se pudo declarar incobrable la factura %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="99"/>
        <source>Accounts receivable for small-business bookkeepers.</source>
        <translation>Cuentas por cobrar para contables de pequeñas empresas.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="103"/>
        <source>The ledger file to open.</source>
        <translation>El archivo de libro que se abrirá.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="107"/>
        <source>Save a picture of every page as DIR/&lt;page&gt;.png at 1280×800, then quit.</source>
        <translation>Guardar una imagen de cada página como DIR/&lt;página&gt;.png a 1280×800 y salir.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="109"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="115"/>
        <source>Only one ledger can be opened at a time.</source>
        <translation>Solo se puede abrir un libro a la vez.</translation>
    </message>
</context>
</TS>
