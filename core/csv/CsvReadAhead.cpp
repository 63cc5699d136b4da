#include "csv/CsvReadAhead.h"

namespace ardesk {

namespace {
// Records per hand-over, and hand-overs waiting at most: a few megabytes ahead, so that a
// million-row file still never sits in memory as a whole.
constexpr std::size_t batchRecords = 2048;
constexpr std::size_t batchesAhead = 4;
} // namespace

CsvReadAhead::CsvReadAhead(CsvReader& reader)
    : m_thread([this, &reader] { readAll(reader); })
{}

CsvReadAhead::~CsvReadAhead()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void CsvReadAhead::readAll(CsvReader& reader)
{
    for (;;) {
        Batch batch;
        batch.reserve(batchRecords);
        bool ended = false;
        while (batch.size() < batchRecords && !ended) {
            Read& read = batch.emplace_back();
            read.status = reader.next(read.record);
            if (read.status == CsvReader::Status::SyntaxError)
                read.error = reader.syntaxError();
            read.bytesRead = reader.bytesRead();
            ended = read.status == CsvReader::Status::End;
        }
        if (!hand(std::move(batch)) || ended)
            return;
    }
}

bool CsvReadAhead::hand(Batch&& batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopping || m_ready.size() < batchesAhead; });
    if (m_stopping)
        return false;
    m_ready.push_back(std::move(batch));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

CsvReader::Status CsvReadAhead::next(CsvRecord& record)
{
    if (m_next == m_taking.size()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty(); });
        m_taking = std::move(m_ready.front());
        m_ready.pop_front();
        lock.unlock();
        m_changed.notify_all();
        m_next = 0;
    }
    Read& read = m_taking[m_next];
    // The last record read is End, and stays so however often it is asked for.
    if (read.status != CsvReader::Status::End)
        ++m_next;
    m_current.status = read.status;
    m_current.error = std::move(read.error);
    m_current.bytesRead = read.bytesRead;
    record = std::move(read.record);
    return m_current.status;
}

} // namespace ardesk
