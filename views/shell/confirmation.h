#pragma once

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace bilby {

/**
 * @brief Asks the user to confirm an action that changes a node (SPEC U5): a window-modal question
 * opened without a nested event loop, Cancel by default (Enter in a hurry does nothing).
 *
 * @p onConfirmed runs when the user clicks the Yes button (labelled @p confirmText), and only while
 * @p parent exists; the box deletes itself once closed. Returns the box (tests answer it).
 */
QMessageBox *askToConfirm(QWidget *parent, const QString &title, const QString &text, const QString &details,
                          const QString &confirmText, const std::function<void()> &onConfirmed);

} // namespace bilby
