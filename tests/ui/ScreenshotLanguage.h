#pragma once

#include <optional>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QString>
#include <QTranslator>

#include <catch2/catch.hpp>

#include "DefaultLocale.h"
#include "session/UiLanguage.h"

namespace ardesk::test {

// For a screenshot test's scope: Qt's and the application's translations and the locale for
// ARDESK_SHOTS_LANGUAGE (say, de), as main() installs them; nothing when it is not set. The
// target defines ARDESK_QM_DIR, where the built .qm files are.
class ScreenshotLanguage {
public:
    ScreenshotLanguage()
        : m_language(qEnvironmentVariable("ARDESK_SHOTS_LANGUAGE"))
    {
        if (m_language.isEmpty())
            return;
        m_locale.emplace(QLocale(m_language));
        // Qt's own strings (standard buttons) where Qt's translations are installed.
        if (m_qtTranslator.load(QLocale(m_language), QStringLiteral("qtbase"), QStringLiteral("_"),
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qtTranslator);
        REQUIRE(UiLanguage::loadTranslation(m_translator, QLocale(m_language),
                                            QStringLiteral(ARDESK_QM_DIR)));
        QCoreApplication::installTranslator(&m_translator);
    }
    ~ScreenshotLanguage()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QCoreApplication::removeTranslator(&m_qtTranslator);
    }
    ScreenshotLanguage(const ScreenshotLanguage&) = delete;
    ScreenshotLanguage& operator=(const ScreenshotLanguage&) = delete;

    // "-de" to put in a file name; empty in the default language.
    QString suffix() const { return m_language.isEmpty() ? QString() : u'-' + m_language; }

private:
    QString m_language;
    std::optional<DefaultLocale> m_locale;
    QTranslator m_qtTranslator;
    QTranslator m_translator;
};

} // namespace ardesk::test
