#pragma once

class QCheckBox;
class QWidget;

namespace bilby {

/**
 * @brief The switch that lists Bilby's own processes, tables or connection on the node.
 *
 * Bilby's agent is a guest: its scanner, its caches and its connection would otherwise top the lists
 * an operator reads to find what the node itself is doing. Off by default; each page asks the agent
 * (or filters) accordingly and says how many it left out.
 */
QCheckBox *newOwnFootprintCheck(QWidget *parent);

} // namespace bilby
