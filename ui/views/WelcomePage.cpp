#include "views/WelcomePage.h"

#include <algorithm>

#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ardesk {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"welcomePage"_s);

    // The application's icon, when it has one (the tests' application has none).
    auto* iconLabel = new QLabel(this);
    iconLabel->setObjectName(u"welcomeIconLabel"_s);
    iconLabel->setAlignment(Qt::AlignCenter);
    const QIcon icon = QApplication::windowIcon();
    if (!icon.isNull())
        iconLabel->setPixmap(icon.pixmap(QSize(96, 96), devicePixelRatio()));
    iconLabel->setVisible(!icon.isNull());

    auto* titleLabel = new QLabel(tr("Welcome to ARDesk"), this);
    titleLabel->setObjectName(u"welcomeTitleLabel"_s);
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    titleLabel->setAlignment(Qt::AlignCenter);

    auto* hintLabel = new QLabel(tr("Start a new company, open a company ledger (an .ardesk "
                                    "file), or look around in a made-up company first."),
                                 this);
    hintLabel->setObjectName(u"welcomeHintLabel"_s);
    hintLabel->setAlignment(Qt::AlignCenter);
    hintLabel->setWordWrap(true);
    hintLabel->setForegroundRole(QPalette::PlaceholderText);

    auto* newPushButton = new QPushButton(tr("New Company…"), this);
    newPushButton->setObjectName(u"newCompanyPushButton"_s);
    connect(newPushButton, &QPushButton::clicked, this, &WelcomePage::newCompanyRequested);

    auto* openPushButton = new QPushButton(tr("Open Ledger…"), this);
    openPushButton->setObjectName(u"openLedgerPushButton"_s);
    openPushButton->setDefault(true);
    connect(openPushButton, &QPushButton::clicked, this, &WelcomePage::openRequested);

    auto* demoPushButton = new QPushButton(tr("Open Demo Company"), this);
    demoPushButton->setObjectName(u"openDemoPushButton"_s);
    demoPushButton->setToolTip(tr("A company with made-up customers, invoices and payments, "
                                  "to try ARDesk without touching real data"));
    connect(demoPushButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);

    // One column of equally wide buttons reads as a choice of three, not as a form.
    auto* buttonLayout = new QVBoxLayout;
    buttonLayout->setSpacing(8);
    int buttonWidth = 0;
    for (QPushButton* button : {newPushButton, openPushButton, demoPushButton})
        buttonWidth = std::max(buttonWidth, button->sizeHint().width() + 48);
    for (QPushButton* button : {newPushButton, openPushButton, demoPushButton}) {
        button->setMinimumWidth(buttonWidth);
        buttonLayout->addWidget(button, 0, Qt::AlignHCenter);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(iconLabel);
    layout->addSpacing(12);
    layout->addWidget(titleLabel);
    layout->addSpacing(8);
    layout->addWidget(hintLabel);
    layout->addSpacing(16);
    layout->addLayout(buttonLayout);
    layout->addStretch(3);

    setFocusProxy(openPushButton);
}

} // namespace ardesk
