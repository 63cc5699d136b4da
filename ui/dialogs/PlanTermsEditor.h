#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QDate>
#include <QWidget>

#include "domain/CurrencyCode.h"
#include "plans/PlanReport.h"

namespace Ui {
class PlanTermsEditor;
}

namespace ardesk {

class PlanScheduleModel;

// The terms of a plan (date, installments, frequency, first due date, down payment, fee,
// annual rate) with a live preview of the schedule they make. The schedule comes from the
// core (PlanService::preview or previewReschedule, through the previewer), recomputed on
// every change, so that what is shown is exactly what will be stored. Amounts are entered and
// shown in the user's locale. Used by the plan wizard and by Reschedule Plan.
class PlanTermsEditor : public QWidget {
    Q_OBJECT

public:
    using Previewer = std::function<Result<PlanPreview>(const PlanScheduleRequest&)>;

    explicit PlanTermsEditor(QWidget* parent = nullptr);
    ~PlanTermsEditor() override;

    // The date field's label: the plan's date in the wizard, the day of a reschedule.
    void setDateLabel(const QString& text);
    // The currency amounts are entered in, and the source of previews; then recomputes.
    void setPreviewer(CurrencyCode currency, Previewer previewer);
    // Fills the fields; amounts and the rate in the request's plain form ("1234.50").
    void setTerms(const PlanScheduleRequest& terms);

    QDate planDate() const;
    // The terms as entered, in the plain form the service takes; valid while isValid().
    PlanScheduleRequest request() const;
    bool isValid() const { return m_preview.has_value(); }
    const std::optional<PlanPreview>& preview() const { return m_preview; }
    // Why the terms make no plan; empty while they do.
    QString problem() const;
    PlanScheduleModel* scheduleModel() const { return m_model; }

    static QString frequencyText(PlanFrequency frequency);

Q_SIGNALS:
    // The preview was recomputed (it may have become valid or invalid).
    void previewChanged();

public Q_SLOTS:
    void refresh();

private:
    std::optional<PlanScheduleRequest> parse(QString* problem) const;
    void showPreview();

    std::unique_ptr<Ui::PlanTermsEditor> m_ui;
    PlanScheduleModel* m_model;
    std::optional<CurrencyCode> m_currency; // set with the previewer
    Previewer m_previewer;
    std::optional<PlanPreview> m_preview;
};

} // namespace ardesk
