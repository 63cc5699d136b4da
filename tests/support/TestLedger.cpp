#include "support/TestLedger.h"

using namespace Qt::StringLiterals;

namespace ardesk::test {

TestLedger::TestLedger() = default;

QString TestLedger::path() const
{
    return m_dir.filePath(u"ledger.ardesk"_s);
}

QString dataFile(const QString& relative)
{
    return QStringLiteral(ARDESK_TEST_DATA_DIR) + u'/' + relative;
}

} // namespace ardesk::test
