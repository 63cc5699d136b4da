#include "io/CsvReadAhead.h"

namespace ardesk {

namespace {
// Records per hand-over, and hand-overs waiting at most: enough to keep both threads busy,
// little enough memory (a few thousand records) however large the file.
constexpr size_t batchRecords = 512;
constexpr size_t readyBatches = 8;
} // namespace

CsvReadAhead::CsvReadAhead(CsvReader& reader)
    : m_reader(reader)
    , m_thread([this] { readAhead(); })
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

void CsvReadAhead::readAhead()
{
    bool ended = false;
    while (!ended) {
        Batch batch;
        batch.reserve(batchRecords);
        while (batch.size() < batchRecords && !ended) {
            Item item;
            item.status = m_reader.next(item.record);
            if (item.status == CsvReader::Status::SyntaxError)
                item.error = m_reader.syntaxError();
            item.bytesRead = m_reader.bytesRead();
            ended = item.status == CsvReader::Status::End;
            batch.push_back(std::move(item));
        }
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopping || m_ready.size() < readyBatches; });
        if (m_stopping)
            return;
        m_ready.push_back(std::move(batch));
        lock.unlock();
        m_changed.notify_all();
    }
}

CsvReader::Status CsvReadAhead::next(CsvRecord& record)
{
    if (m_next == m_batch.size()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty(); });
        m_batch = std::move(m_ready.front());
        m_ready.pop_front();
        lock.unlock();
        m_changed.notify_all();
        m_next = 0;
    }
    Item& item = m_batch[m_next];
    if (item.status == CsvReader::Status::End)
        return item.status; // stays at the end: every later call returns End again
    ++m_next;
    record = std::move(item.record);
    m_error = std::move(item.error);
    m_bytesRead = item.bytesRead;
    return item.status;
}

} // namespace ardesk
