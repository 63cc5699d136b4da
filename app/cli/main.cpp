#include <QCoreApplication>

#include "CliApplication.h"
#include "services/LedgerLocation.h"

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    ardesk::LedgerLocation::setApplicationIdentity();
    return ardesk::cli::CliApplication().run(QCoreApplication::arguments());
}
