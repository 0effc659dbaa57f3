#include "tools/ownfootprint.h"

#include <QCheckBox>
#include <QCoreApplication>

namespace bilby {

QCheckBox *newOwnFootprintCheck(QWidget *parent)
{
    auto *check = new QCheckBox(QCoreApplication::translate("bilby::OwnFootprint", "Bilby's own"), parent);
    check->setObjectName(QStringLiteral("showOwnCheck"));
    check->setToolTip(QCoreApplication::translate(
        "bilby::OwnFootprint", "Also list what Bilby's agent itself uses on the node (left out by default)"));
    return check;
}

} // namespace bilby
