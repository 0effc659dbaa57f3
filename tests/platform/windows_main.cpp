// Links the platform layer's Windows implementation into an executable, so that every function it declares
// is defined and its libraries resolve (the platform_windows test; cross-compiled with mingw-w64, never run).
// Running it on Windows exercises each call once and reports what failed.
#include "platform/filelock.h"
#include "platform/poll.h"
#include "platform/privatefile.h"
#include "platform/signals.h"
#include "platform/socket.h"

#include <cstdio>

using namespace bilby::platform;

int main()
{
    int failures = 0;
    const auto check = [&failures](bool ok, const char *what) {
        if (!ok) {
            std::printf("failed: %s\n", what);
            ++failures;
        }
    };
    WakeUp wakeUp;
    check(wakeUp.isValid(), "WakeUp");
    wakeUp.signal(7);
    check(waitFor(wakeUp.handle(), Readable, 1000), "waitFor after signal()");
    check(wakeUp.take() == 7, "take()");
    wakeUp.drain();
    PollItem items[1] = {{wakeUp.handle()}};
    check(waitFor(items, 1, 10) == 0, "waitFor times out");

    check(installQuitHandlers(&wakeUp), "installQuitHandlers");
    check(quitRequestName(0) == "Ctrl-C", "quitRequestName");
    removeQuitHandlers();
    ignoreBrokenPipe();

    check(!hostName().empty(), "hostName");
    TcpClient client;
    const ConnectResult result = client.connect("127.0.0.1", 4369, 1000);
    if (result.outcome == ConnectResult::Outcome::Connected) {
        const char request[] = {0, 1, 110};
        char reply[4];
        client.send(request, sizeof request);
        client.readExactly(reply, 4, std::chrono::steady_clock::now() + std::chrono::seconds(1));
        setIoTimeouts(InvalidSocket, 1000);
        peerClosed(InvalidSocket);
    }

    const std::filesystem::path file = std::filesystem::temp_directory_path() / "bilby-platform-check";
    std::FILE *created = std::fopen(file.string().c_str(), "w");
    if (created)
        std::fclose(created);
    check(makePrivate(file, OwnerAccess::ReadWrite), "makePrivate");
    check(!rangeLockedElsewhere(file, 0, 1), "rangeLockedElsewhere");
    std::filesystem::remove(file);
    std::printf("%d failed\n", failures);
    return failures == 0 ? 0 : 1;
}
