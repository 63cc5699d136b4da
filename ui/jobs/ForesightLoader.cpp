#include "jobs/ForesightLoader.h"

#include "foresight/ForesightService.h"
#include "jobs/JobRunner.h"
#include "storage/Database.h"

namespace ardesk {

namespace {

Result<std::shared_ptr<const ForesightIndex>> readIndex(const QString& path, QDate asOf)
{
    auto database = Database::open(path);
    if (!database)
        return std::unexpected(database.error());
    auto overview = ForesightService(**database).overview(asOf);
    if (!overview)
        return std::unexpected(overview.error());
    auto index = std::make_shared<ForesightIndex>();
    index->asOf = asOf;
    index->predictions.reserve(overview->predictions.size());
    for (Prediction& prediction : overview->predictions)
        index->predictions.insert(prediction.invoiceId, std::move(prediction));
    for (CustomerRisk& risk : overview->risks)
        index->risks.insert(risk.customerId, std::move(risk));
    return std::shared_ptr<const ForesightIndex>(std::move(index));
}

} // namespace

const Prediction* ForesightIndex::prediction(qint64 invoiceId) const
{
    const auto found = predictions.constFind(invoiceId);
    return found == predictions.cend() ? nullptr : &*found;
}

const CustomerRisk* ForesightIndex::risk(qint64 customerId) const
{
    const auto found = risks.constFind(customerId);
    return found == risks.cend() ? nullptr : &*found;
}

ForesightLoader::ForesightLoader(QObject* parent)
    : QObject(parent)
    , m_jobs(new JobRunner(this))
    , m_index(std::make_shared<ForesightIndex>())
{
    connect(m_jobs, &JobRunner::runningChanged, this, &ForesightLoader::loadingChanged);
}

void ForesightLoader::setLedgerPath(const QString& path)
{
    m_path = path;
    m_jobs->discard();
    m_index = std::make_shared<ForesightIndex>();
}

bool ForesightLoader::isLoading() const
{
    return m_jobs->isRunning();
}

void ForesightLoader::refresh(QDate asOf)
{
    if (m_path.isEmpty())
        return;
    m_jobs->start([path = m_path, asOf](const JobControl&) { return readIndex(path, asOf); },
                  [this](const Result<std::shared_ptr<const ForesightIndex>>& outcome) {
                      if (!outcome) {
                          Q_EMIT failed(outcome.error());
                          return;
                      }
                      m_index = *outcome;
                      Q_EMIT loaded();
                  });
}

} // namespace ardesk
