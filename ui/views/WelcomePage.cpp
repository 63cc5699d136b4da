#include "views/WelcomePage.h"

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

    auto* titleLabel = new QLabel(tr("No ledger is open"), this);
    titleLabel->setObjectName(u"welcomeTitleLabel"_s);
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    titleLabel->setAlignment(Qt::AlignCenter);

    auto* hintLabel =
        new QLabel(tr("Open a company ledger (an .ardesk file) to see its customers.\n"
                      "To start a new one, run “ardesk-cli --ledger FILE init --company NAME”."),
                   this);
    hintLabel->setObjectName(u"welcomeHintLabel"_s);
    hintLabel->setAlignment(Qt::AlignCenter);
    hintLabel->setWordWrap(true);
    hintLabel->setForegroundRole(QPalette::PlaceholderText);
    hintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* openPushButton = new QPushButton(tr("Open Ledger…"), this);
    openPushButton->setObjectName(u"openLedgerPushButton"_s);
    openPushButton->setDefault(true);
    openPushButton->setMinimumWidth(openPushButton->sizeHint().width() + 48);
    connect(openPushButton, &QPushButton::clicked, this, &WelcomePage::openRequested);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(iconLabel);
    layout->addSpacing(12);
    layout->addWidget(titleLabel);
    layout->addSpacing(8);
    layout->addWidget(hintLabel);
    layout->addSpacing(16);
    layout->addWidget(openPushButton, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    setFocusProxy(openPushButton);
}

} // namespace ardesk
