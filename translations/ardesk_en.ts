<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ForesightText</name>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="11"/>
        <source>Pays %n day(s) late on average</source>
        <translation>
            <numerusform>Pays %n day late on average</numerusform>
            <numerusform>Pays %n days late on average</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="13"/>
        <source>Pays %n day(s) early on average</source>
        <translation>
            <numerusform>Pays %n day early on average</numerusform>
            <numerusform>Pays %n days early on average</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="17"/>
        <source>Paid late %1 of %n time(s)</source>
        <translation>
            <numerusform>Paid late %1 of %n time</numerusform>
            <numerusform>Paid late %1 of %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="21"/>
        <source>Paying later lately (%n day(s) a month)</source>
        <translation>
            <numerusform>Paying later lately (%n day a month)</numerusform>
            <numerusform>Paying later lately (%n days a month)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="22"/>
        <source>Paying sooner lately (%n day(s) a month)</source>
        <translation>
            <numerusform>Paying sooner lately (%n day a month)</numerusform>
            <numerusform>Paying sooner lately (%n days a month)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="24"/>
        <source>Erratic (varies by %n day(s))</source>
        <translation>
            <numerusform>Erratic (varies by %n day)</numerusform>
            <numerusform>Erratic (varies by %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="30"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="34"/>
        <source>Only %n payment(s) known</source>
        <translation>
            <numerusform>Only %n payment known</numerusform>
            <numerusform>Only %n payments known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="44"/>
        <source>%n broken promise(s) to pay</source>
        <translation>
            <numerusform>%n broken promise to pay</numerusform>
            <numerusform>%n broken promises to pay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/text/ForesightText.cpp" line="48"/>
        <source>%n open dispute(s)</source>
        <translation>
            <numerusform>%n open dispute</numerusform>
            <numerusform>%n open disputes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::BankAutoPostDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/BankAutoPostDialog.cpp" line="35"/>
        <source>%n receipt(s) score %1 or more and would be posted as payments, each to the customer and documents shown, in booking-date order, all in one go:</source>
        <translation>
            <numerusform>%n receipt scores %1 or more and would be posted as a payment, to the customer and documents shown, all in one go:</numerusform>
            <numerusform>%n receipts score %1 or more and would be posted as payments, each to the customer and documents shown, in booking-date order, all in one go:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/BankAutoPostDialog.cpp" line="60"/>
        <source>&amp;Post %n Receipt(s)</source>
        <translation>
            <numerusform>&amp;Post %n Receipt</numerusform>
            <numerusform>&amp;Post %n Receipts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::BankCsvColumnsPage</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/BankCsvColumnsPage.cpp" line="317"/>
        <source>The file reads: %n entries, %1 of them money in.</source>
        <extracomment>%n entries of the file; %1 how many of them are money in.</extracomment>
        <translation>
            <numerusform>The file reads: %n entry, %1 of it money in.</numerusform>
            <numerusform>The file reads: %n entries, %1 of them money in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::BankPage</name>
    <message numerus="yes">
        <location filename="../ui/views/BankPage.cpp" line="713"/>
        <source>Posted %n receipt(s).</source>
        <translation>
            <numerusform>Posted %n receipt.</numerusform>
            <numerusform>Posted %n receipts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::CollectionsPage</name>
    <message numerus="yes">
        <location filename="../ui/views/CollectionsPage.cpp" line="378"/>
        <source>%n bank receipt(s) are waiting to be applied on the Bank page: a customer may already have paid.</source>
        <translation>
            <numerusform>%n bank receipt is waiting to be applied on the Bank page: a customer may already have paid.</numerusform>
            <numerusform>%n bank receipts are waiting to be applied on the Bank page: a customer may already have paid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/CollectionsPage.cpp" line="641"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/CollectionsPage.cpp" line="669"/>
        <source>Reminders recorded for %n customer(s).</source>
        <translation>
            <numerusform>Reminders recorded for %n customer.</numerusform>
            <numerusform>Reminders recorded for %n customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::ConnectedUsersLabel</name>
    <message numerus="yes">
        <location filename="../ui/widgets/ConnectedUsersLabel.cpp" line="62"/>
        <source>Nobody else is connected to this ledger&apos;s server database (checked every %n second(s)).</source>
        <translation>
            <numerusform>Nobody else is connected to this ledger&apos;s server database (checked every %n second).</numerusform>
            <numerusform>Nobody else is connected to this ledger&apos;s server database (checked every %n seconds).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/ConnectedUsersLabel.cpp" line="65"/>
        <source>Also connected to this ledger&apos;s server database: %1 (checked every %n second(s)).</source>
        <translation>
            <numerusform>Also connected to this ledger&apos;s server database: %1 (checked every %n second).</numerusform>
            <numerusform>Also connected to this ledger&apos;s server database: %1 (checked every %n seconds).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/ConnectedUsersLabel.cpp" line="75"/>
        <source>Also connected: %1 and %n more</source>
        <translation>
            <numerusform>Also connected: %1 and %n more</numerusform>
            <numerusform>Also connected: %1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::DashboardPage</name>
    <message numerus="yes">
        <location filename="../ui/views/DashboardPage.cpp" line="289"/>
        <source>%n bank line(s) to post or ignore</source>
        <translation>
            <numerusform>%n bank line to post or ignore</numerusform>
            <numerusform>%n bank lines to post or ignore</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::DunningLevelModel</name>
    <message numerus="yes">
        <location filename="../ui/models/DunningLevelModel.cpp" line="115"/>
        <source>%n day(s) before due</source>
        <translation>
            <numerusform>%n day before due</numerusform>
            <numerusform>%n days before due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::ExportRunner</name>
    <message numerus="yes">
        <location filename="../ui/jobs/ExportRunner.cpp" line="125"/>
        <source>%n row(s) exported to “%1”.</source>
        <translation>
            <numerusform>%n row exported to “%1”.</numerusform>
            <numerusform>%n rows exported to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::ImportWizard</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportWizard.cpp" line="272"/>
        <source>The first %n row(s) of “%1”:</source>
        <translation>
            <numerusform>The first row of “%1”:</numerusform>
            <numerusform>The first %n rows of “%1”:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportWizard.cpp" line="274"/>
        <source>All %n row(s) of “%1”:</source>
        <translation>
            <numerusform>The only row of “%1”:</numerusform>
            <numerusform>All %n rows of “%1”:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportWizard.cpp" line="390"/>
        <source>%n problem(s) found. Nothing will be imported until the file is corrected: fix it, save it, and click Check Again.</source>
        <translation>
            <numerusform>%n problem found. Nothing will be imported until the file is corrected: fix it, save it, and click Check Again.</numerusform>
            <numerusform>%n problems found. Nothing will be imported until the file is corrected: fix them, save the file, and click Check Again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportWizard.cpp" line="399"/>
        <source>No problems in %n row(s). Click Import to add them to the ledger.</source>
        <translation>
            <numerusform>No problems in %n row. Click Import to add it to the ledger.</numerusform>
            <numerusform>No problems in %n rows. Click Import to add them to the ledger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportWizard.cpp" line="417"/>
        <source>Nothing was imported: %n problem(s) appeared since the check, the first: %1</source>
        <translation>
            <numerusform>Nothing was imported: %n problem appeared since the check: %1</numerusform>
            <numerusform>Nothing was imported: %n problems appeared since the check, the first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportWizard.cpp" line="423"/>
        <source>%n row(s) imported into the ledger.</source>
        <translation>
            <numerusform>%n row imported into the ledger.</numerusform>
            <numerusform>%n rows imported into the ledger.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::InstallmentModel</name>
    <message numerus="yes">
        <location filename="../ui/models/InstallmentModel.cpp" line="84"/>
        <source>Partly paid, %n day(s) overdue</source>
        <translation>
            <numerusform>Partly paid, %n day overdue</numerusform>
            <numerusform>Partly paid, %n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/views/MainWindow.cpp" line="554"/>
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>%n row imported.</numerusform>
            <numerusform>%n rows imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::PlanDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/PlanDialog.cpp" line="75"/>
        <source>%n installment(s), %1, the first due on %2</source>
        <translation>
            <numerusform>%n installment, %1, due on %2</numerusform>
            <numerusform>%n installments, %1, the first due on %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::RecurringListModel</name>
    <message numerus="yes">
        <location filename="../ui/models/RecurringListModel.cpp" line="109"/>
        <source>After %n invoice(s)</source>
        <translation>
            <numerusform>After %n invoice</numerusform>
            <numerusform>After %n invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::RecurringPage</name>
    <message numerus="yes">
        <location filename="../ui/views/RecurringPage.cpp" line="437"/>
        <source>Created %n invoice(s).</source>
        <translation>
            <numerusform>Created %n invoice.</numerusform>
            <numerusform>Created %n invoices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::RecurringPreviewDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="101"/>
        <source>%n invoice(s) due on or before %1 and not created yet. Each is created once, numbered as shown, due after the customer&apos;s terms, all in one go:</source>
        <translation>
            <numerusform>%n invoice due on or before %1 and not created yet. It is created once, numbered as shown, due after the customer&apos;s terms:</numerusform>
            <numerusform>%n invoices due on or before %1 and not created yet. Each is created once, numbered as shown, due after the customer&apos;s terms, all in one go:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/RecurringPreviewDialog.cpp" line="111"/>
        <source>&amp;Create %n Invoice(s)</source>
        <translation>
            <numerusform>&amp;Create %n Invoice</numerusform>
            <numerusform>&amp;Create %n Invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ardesk::ReminderRunModel</name>
    <message numerus="yes">
        <location filename="../ui/models/ReminderRunModel.cpp" line="106"/>
        <source>%n: %1</source>
        <translation>
            <numerusform>%n: %1</numerusform>
            <numerusform>%n: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
