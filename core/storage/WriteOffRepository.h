#pragma once

#include "domain/Error.h"
#include "domain/WriteOff.h"

namespace ardesk {

class Database;

class WriteOffRepository {
public:
    explicit WriteOffRepository(Database& database);

    Result<WriteOffId> insert(const WriteOff& writeOff);

private:
    Database& m_database;
};

} // namespace ardesk
