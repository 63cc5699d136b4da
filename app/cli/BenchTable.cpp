#include "BenchTable.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

BenchTable::BenchTable()
    : m_out(stdout)
    , m_locale(QLocale::English, QLocale::UnitedStates)
{}

QString BenchTable::number(qint64 value) const
{
    return m_locale.toString(value);
}

QString BenchTable::megabytes(qint64 bytes) const
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1) + u" MB"_s;
}

void BenchTable::text(QString line)
{
    while (line.endsWith(u' '))
        line.chop(1);
    m_out << line << Qt::endl;
}

void BenchTable::timed(const QString& label, qint64 rows, double time, const QString& target,
                       bool withRate)
{
    QString rate;
    if (withRate && time > 0)
        rate = number(static_cast<qint64>(static_cast<double>(rows) / time)) + u" rows/s"_s;
    QString line = label.leftJustified(28) + number(rows).rightJustified(11) + u" rows"_s +
                   QString::number(time, 'f', 2).rightJustified(9) + u" s"_s +
                   rate.rightJustified(19);
    if (!target.isEmpty())
        line += u"   "_s + target;
    text(line);
}

void BenchTable::value(const QString& label, const QString& figure, const QString& target)
{
    QString line = label.leftJustified(28) + figure.rightJustified(16);
    if (!target.isEmpty())
        line += u"   "_s + target;
    text(line);
}

QString BenchTable::verdict(bool met)
{
    return met ? u"ok"_s : u"MISSED"_s;
}

} // namespace ardesk::cli
