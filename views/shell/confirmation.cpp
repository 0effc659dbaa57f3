#include "shell/confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace bilby {

QMessageBox *askToConfirm(QWidget *parent, const QString &title, const QString &text, const QString &details,
                          const QString &confirmText, const std::function<void()> &onConfirmed)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->setInformativeText(details);
    box->button(QMessageBox::Yes)->setText(confirmText);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    // The box is the connection's context: it dies with its parent, and then nothing runs.
    QObject::connect(box, &QMessageBox::finished, box, [box, onConfirmed] {
        if (box->clickedButton() == box->button(QMessageBox::Yes) && onConfirmed)
            onConfirmed();
    });
    box->open();
    return box;
}

} // namespace bilby
