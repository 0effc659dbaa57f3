# The platform_windows test: compiles the platform layer's Windows implementation (every model/platform/*.cpp
# but the *_posix.cpp ones) with the mingw-w64 cross compiler and links it with windows_main.cpp into an .exe.
# Run as cmake -DCXX=<compiler or empty> -DSOURCE_DIR=<repo> -DOUTPUT=<exe> -P crosscompile.cmake.
if(NOT CXX OR NOT EXISTS "${CXX}")
    message(FATAL_ERROR "platform_windows: the mingw-w64 cross compiler (x86_64-w64-mingw32-g++-posix or "
        "x86_64-w64-mingw32-g++) was not found when the build was configured. Install Debian's "
        "g++-mingw-w64-x86-64 (scripts/bilby.sh deps does) and configure again.")
endif()
file(GLOB sources "${SOURCE_DIR}/model/platform/*.cpp")
list(FILTER sources EXCLUDE REGEX "_posix\\.cpp$")
list(APPEND sources "${SOURCE_DIR}/tests/platform/windows_main.cpp")
execute_process(
    COMMAND "${CXX}" -std=c++17 -Wall -Wextra -Werror -I "${SOURCE_DIR}/model" ${sources} -o "${OUTPUT}"
        -static -lws2_32 -ladvapi32
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "platform_windows: the Windows implementation does not compile or link (see above).")
endif()
message(STATUS "platform_windows: built ${OUTPUT}")
