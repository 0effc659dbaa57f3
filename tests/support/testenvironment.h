#pragma once

#include "connection/cookievault.h"
#include "settings/settings.h"
#include "topology/noderegistry.h"

#include <QTemporaryDir>

namespace bilby::test {

/// Everything a window or a registry needs, isolated in a temporary directory: settings, a file-only
/// cookie vault and the history file beside them; never the user's.
struct Environment
{
    QTemporaryDir dir;
    Settings settings{Settings::iniPathIn(dir.path())};
    CookieVault vault{[this] {
        CookieVault::Options options;
        options.forceFile = true;
        options.directory = dir.path();
        return options;
    }()};
    NodeRegistry registry{&settings, &vault};
};

} // namespace bilby::test
