#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include "csv/CsvReader.h"

namespace ardesk {

// Reads a CsvReader's records on a thread of its own, some thousands ahead of the one who takes
// them: an import then splits and decodes the file while it checks and writes the rows already
// read, on two cores instead of one. Hands out exactly what the reader gives, in order, with
// the reader's syntax error and position as of each record taken.
//
// The reader (and its device) belong to the reading thread from construction until the
// destructor, which stops it early when the taker leaves before the end (a cancelled or
// failed import).
class CsvReadAhead {
public:
    explicit CsvReadAhead(CsvReader& reader);
    ~CsvReadAhead();
    CsvReadAhead(const CsvReadAhead&) = delete;
    CsvReadAhead& operator=(const CsvReadAhead&) = delete;

    CsvReader::Status next(CsvRecord& record);
    const CsvSyntaxError& syntaxError() const { return m_current.error; }
    qint64 bytesRead() const { return m_current.bytesRead; }

private:
    struct Read {
        CsvReader::Status status = CsvReader::Status::End;
        CsvRecord record;
        CsvSyntaxError error;
        qint64 bytesRead = 0;
    };
    using Batch = std::vector<Read>;

    void readAll(CsvReader& reader);
    // False when the taker has left.
    bool hand(Batch&& batch);

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    bool m_stopping = false;

    Batch m_taking;
    std::size_t m_next = 0;
    Read m_current;
    std::thread m_thread; // last: started once everything it uses is there
};

} // namespace ardesk
