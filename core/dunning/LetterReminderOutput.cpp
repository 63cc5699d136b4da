#include "dunning/LetterReminderOutput.h"

namespace ardesk {

LetterReminderOutput::LetterReminderOutput(CompanyDetails company, QString path,
                                           LetterTemplates templates, LetterLayout layout)
    : m_composer(company, std::move(templates))
    , m_writer(std::move(company), std::move(layout))
    , m_path(std::move(path))
{}

Result<void> LetterReminderOutput::deliver(const ReminderNotice& notice, const Accepted&)
{
    const auto letter = m_composer.reminder(notice);
    if (!letter)
        return std::unexpected(letter.error());
    if (!m_open) {
        if (auto opened = m_writer.open(m_path); !opened)
            return opened;
        m_open = true;
    }
    return m_writer.add(*letter);
}

Result<void> LetterReminderOutput::finish()
{
    if (!m_open)
        return {};
    m_open = false;
    return m_writer.finish();
}

} // namespace ardesk
