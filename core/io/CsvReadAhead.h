#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include "io/CsvReader.h"

namespace ardesk {

// Reads a CSV file ahead on a second thread, so that parsing the next rows overlaps the
// caller's work on this one (a bulk import validates and writes while the file is parsed).
// Hands out exactly what the reader would: the same records, statuses and errors, in order.
class CsvReadAhead {
public:
    // Takes the reader over from its current position; nobody else may use it until this
    // object is gone.
    explicit CsvReadAhead(CsvReader& reader);
    ~CsvReadAhead();
    CsvReadAhead(const CsvReadAhead&) = delete;
    CsvReadAhead& operator=(const CsvReadAhead&) = delete;

    CsvReader::Status next(CsvRecord& record);
    // The error of the last SyntaxError that next() returned.
    const CsvSyntaxError& syntaxError() const { return m_error; }
    // The bytes the reader had consumed when it read the last record next() returned.
    qint64 bytesRead() const { return m_bytesRead; }

private:
    struct Item {
        CsvReader::Status status = CsvReader::Status::End;
        CsvRecord record;
        CsvSyntaxError error;
        qint64 bytesRead = 0;
    };
    using Batch = std::vector<Item>;

    void readAhead();

    CsvReader& m_reader;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready; // guarded by m_mutex
    bool m_stopping = false;   // guarded by m_mutex
    Batch m_batch;             // the consumer's current batch
    size_t m_next = 0;
    CsvSyntaxError m_error;
    qint64 m_bytesRead = 0;
    std::thread m_thread; // last: starts once everything above exists
};

} // namespace ardesk
