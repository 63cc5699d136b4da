#include "demo/DemoCompanyData.h"

using namespace Qt::StringLiterals;

namespace ardesk::demo {

namespace {

const QStringView deStreets[] = {u"Hauptstraße",    u"Bahnhofstraße", u"Lindenweg",
                                 u"Gartenstraße",   u"Schulstraße",   u"Am Marktplatz",
                                 u"Industriestraße"};
const QStringView deCities[] = {u"10115 Berlin", u"80331 München", u"20095 Hamburg",
                                u"50667 Köln",   u"04109 Leipzig", u"70173 Stuttgart"};
const QStringView deAreas[] = {u"30", u"89", u"40", u"221", u"341", u"711"};
const QStringView deSurnames[] = {
    u"Müller",   u"Schmidt", u"Schneider", u"Fischer", u"Weber",   u"Meyer",  u"Wagner",
    u"Becker",   u"Schulz",  u"Hoffmann",  u"Schäfer", u"Koch",    u"Bauer",  u"Richter",
    u"Klein",    u"Wolf",    u"Schröder",  u"Neumann", u"Schwarz", u"Braun",  u"Krüger",
    u"Hartmann", u"Lange",   u"Werner",    u"Krause",  u"Lehmann", u"Köhler", u"Weiß"};
const QStringView deTrades[] = {
    u"Bau",         u"Elektrotechnik", u"Metallbau",      u"Logistik",  u"Gartenbau", u"Druckerei",
    u"Haustechnik", u"Software",       u"Möbelwerkstatt", u"Autoteile", u"Feinkost"};
const QStringView deLegal[] = {u"GmbH", u"KG", u"GmbH & Co. KG", u"e.K.", u"AG", u"OHG"};

const QStringView gbStreets[] = {u"High Street",     u"Station Road", u"Church Lane", u"Mill Road",
                                 u"Victoria Street", u"Queen's Road", u"Park Avenue"};
const QStringView gbCities[] = {u"London EC1A 1BB", u"Manchester M1 1AE", u"Leeds LS1 4AP",
                                u"Bristol BS1 4DJ", u"Glasgow G1 1XQ",    u"Cardiff CF10 1EP"};
const QStringView gbAreas[] = {u"20", u"161", u"113", u"117", u"141", u"29"};
const QStringView gbSurnames[] = {
    u"Smith",   u"Jones",    u"Taylor", u"Brown",    u"Williams", u"Wilson", u"Johnson",
    u"Davies",  u"Robinson", u"Wright", u"Thompson", u"Evans",    u"Walker", u"White",
    u"Roberts", u"Green",    u"Hall",   u"Wood",     u"Clarke",   u"Patel",  u"Hughes",
    u"Turner",  u"O'Connor", u"Murphy", u"Kelly",    u"Baker",    u"Harris", u"Cooper"};
const QStringView gbTrades[] = {u"Plumbing",    u"Electrical", u"Joinery",  u"Logistics",
                                u"Consulting",  u"Printing",   u"Catering", u"Engineering",
                                u"Landscaping", u"Software",   u"Builders", u"Motors"};
const QStringView gbLegal[] = {u"Ltd", u"Limited", u"LLP", u"& Sons Ltd", u"PLC"};

const QStringView frStreets[] = {u"rue de la République", u"avenue Jean Jaurès", u"rue Victor Hugo",
                                 u"boulevard Pasteur",    u"place du Marché",    u"rue des Écoles"};
const QStringView frCities[] = {u"75002 Paris",    u"69002 Lyon",     u"13001 Marseille",
                                u"31000 Toulouse", u"33000 Bordeaux", u"44000 Nantes"};
const QStringView frAreas[] = {u"1", u"4", u"5"};
const QStringView frSurnames[] = {
    u"Martin",   u"Bernard",  u"Dubois",   u"Thomas",   u"Robert",  u"Richard", u"Petit",
    u"Durand",   u"Leroy",    u"Moreau",   u"Simon",    u"Laurent", u"Lefèvre", u"Michel",
    u"Bertrand", u"Roux",     u"Vincent",  u"Fournier", u"Girard",  u"Bonnet",  u"Dupont",
    u"Lambert",  u"Fontaine", u"Rousseau", u"Mercier",  u"Blanc",   u"Guérin",  u"Chevalier"};
const QStringView frTrades[] = {u"Transports", u"Menuiserie",  u"Boulangerie", u"Électricité",
                                u"Plomberie",  u"Imprimerie",  u"Conseil",     u"Traiteur",
                                u"Bâtiment",   u"Informatique"};
const QStringView frLegal[] = {u"SARL", u"SAS", u"SA", u"EURL"};

const QStringView esStreets[] = {u"Calle Mayor",   u"Avenida de la Constitución",
                                 u"Calle Real",    u"Paseo de Gracia",
                                 u"Calle del Sol", u"Plaza España"};
const QStringView esCities[] = {u"28013 Madrid",   u"08002 Barcelona", u"41001 Sevilla",
                                u"46002 Valencia", u"48001 Bilbao",    u"29015 Málaga"};
const QStringView esAreas[] = {u"91", u"93", u"95", u"96", u"94"};
const QStringView esSurnames[] = {
    u"García",    u"Fernández", u"González", u"Rodríguez", u"López",     u"Martínez", u"Sánchez",
    u"Pérez",     u"Gómez",     u"Jiménez",  u"Ruiz",      u"Hernández", u"Díaz",     u"Moreno",
    u"Muñoz",     u"Álvarez",   u"Romero",   u"Alonso",    u"Gutiérrez", u"Navarro",  u"Torres",
    u"Domínguez", u"Vázquez",   u"Ramos",    u"Serrano",   u"Blanco",    u"Núñez",    u"Ibáñez"};
const QStringView esTrades[] = {u"Construcciones", u"Transportes", u"Distribuciones",
                                u"Reformas",       u"Talleres",    u"Asesoría",
                                u"Instalaciones",  u"Carpintería", u"Suministros"};
const QStringView esLegal[] = {u"S.L.", u"S.A.", u"S.L.U.", u"S.Coop."};

const QStringView dkStreets[] = {u"Vesterbrogade", u"Nørregade"};
const QStringView dkCities[] = {u"1620 København V", u"8000 Aarhus C"};
const QStringView seStreets[] = {u"Drottninggatan", u"Storgatan"};
const QStringView seCities[] = {u"111 51 Stockholm", u"411 01 Göteborg"};
const QStringView plStreets[] = {u"ul. Piotrkowska", u"ul. Floriańska"};
const QStringView plCities[] = {u"90-001 Łódź", u"31-019 Kraków"};
const QStringView nordicAreas[] = {u"33", u"8", u"42"};

const Country countriesTable[] = {
    {u"de", u"Germany", u"+49", false, deStreets, deCities, deAreas, deSurnames, deTrades, deLegal,
     u"&", u"& Partner", false},
    {u"en", u"United Kingdom", u"+44", true, gbStreets, gbCities, gbAreas, gbSurnames, gbTrades,
     gbLegal, u"&", u"& Partners", false},
    {u"fr", u"France", u"+33", true, frStreets, frCities, frAreas, frSurnames, frTrades, frLegal,
     u"&", u"et Associés", true},
    {u"es", u"Spain", u"+34", false, esStreets, esCities, esAreas, esSurnames, esTrades, esLegal,
     u"y", u"y Asociados", true},
    {u"en", u"Denmark", u"+45", false, dkStreets, dkCities, nordicAreas, {}, {}, {}, {}, {}, false},
    {u"en", u"Sweden", u"+46", false, seStreets, seCities, nordicAreas, {}, {}, {}, {}, {}, false},
    {u"en", u"Poland", u"+48", false, plStreets, plCities, nordicAreas, {}, {}, {}, {}, {}, false},
};

const NamedCustomer namedCustomersTable[] = {
    {u"Müller GmbH", DE},
    {u"Café Lumière", FR},
    {u"Smith, Jones & Partners LLP", GB},
    {u"The \"Blue Door\" Bakery Ltd", GB},
    {u"Hoffmann & Weber KG", DE},
    {u"García Construcciones S.L.", ES},
    {u"Nordlicht Solar GmbH", DE},
    {u"Boulangerie Dupont SARL", FR},
    {u"O'Brien Plumbing Ltd", GB},
    {u"Ångström Optics AB", SE},
    {u"Øresund Shipping ApS", DK},
    {u"Łódź Furniture Sp. z o.o.", PL},
    {u"Brightline Software Ltd", GB},
    {u"Zahnarztpraxis Dr. Schäfer", DE},
    {u"Transportes Peña e Hijos S.A.", ES},
    {u"Atelier Céramique Rousseau", FR},
    {u"Greenfield Landscaping Ltd", GB},
    {u"Bäckerei Schmidt & Söhne", DE},
    {u"Riverside Dental Clinic", GB},
    {u"\"Fix-It\" Handyman Services", GB},
    {u"Clínica Veterinaria San Martín S.L.P.", ES},
    {u"Hotel Zur Post GmbH & Co. KG", DE},
    {u"Lefèvre, Martin et Associés", FR},
    {u"Northwind Traders Ltd", GB},
    {u"Papelería Núñez", ES},
    {u"Ingenieurbüro Köhler", DE},
    {u"Château Beaulieu SCEA", FR},
    {u"Harbour View Restaurant Ltd", GB},
    {u"Kaffeerösterei Bohne & Becher", DE},
    {u"Sierra Nevada Outdoor S.L.", ES},
    {u"Wilson & Daughters Electrical", GB},
    {u"Studio Graphique Éclat", FR},
    {u"Meyer Elektrotechnik e.K.", DE},
    {u"Apex Logistics, Inc.", GB},
    {u"Ferretería Ibáñez", ES},
    {u"Pâtisserie Gaufre d'Or", FR},
    {u"Kingsbridge Accountants LLP", GB},
    {u"Autohaus Fuchs GmbH", DE},
    {u"Naturkost Grünwald eG", DE},
    {u"Oakwood Joinery Ltd", GB},
};

const QStringView quotedPlacesTable[] = {u"Red Lion", u"Golden Spoon", u"Silver Birch", u"Old Mill",
                                         u"Green Man"};
const QStringView mailboxesTable[] = {u"accounts", u"billing", u"ap", u"invoices", u"finance"};
const QStringView descriptionsTable[] = {u"Consulting services",
                                         u"Office supplies",
                                         u"Website maintenance",
                                         u"Repairs, parts and labour",
                                         u"Catering for the \"Summer Party\"",
                                         u"Software licence renewal",
                                         u"Freight & handling",
                                         u"Monthly retainer",
                                         u"Installation and setup",
                                         u"Cleaning services",
                                         u"Printing: brochures, flyers",
                                         u"Equipment rental",
                                         u"Training workshop",
                                         u"Spare parts",
                                         u"Annual support contract",
                                         u"Design and artwork"};
const QStringView creditReasonsTable[] = {u"Damaged goods",
                                          u"Pricing error",
                                          u"Returned items",
                                          u"Goodwill discount",
                                          u"Duplicate billing, corrected",
                                          u"Service not delivered"};

// The stored codes of domain/PaymentMethod.h, which the screen translates.
const QStringView methodNamesTable[] = {u"bank", u"card", u"direct-debit", u"cheque", u"cash"};

} // namespace

const std::span<const Country> countries = countriesTable;
const std::span<const NamedCustomer> namedCustomers = namedCustomersTable;
const std::span<const QStringView> quotedPlaces = quotedPlacesTable;
const std::span<const QStringView> mailboxes = mailboxesTable;
const std::span<const QStringView> descriptions = descriptionsTable;
const std::span<const QStringView> creditReasons = creditReasonsTable;
const std::span<const QStringView> methodNames = methodNamesTable;

} // namespace ardesk::demo
