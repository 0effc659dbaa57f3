# Finds erl_interface (ei) of the Erlang/OTP found on PATH; it ships no CMake or pkg-config files.
# Defines the imported target ErlInterface::ei and the variables ERL_EXECUTABLE, ERLC_EXECUTABLE.
find_program(ERL_EXECUTABLE erl)
find_program(ERLC_EXECUTABLE erlc)
if(ERL_EXECUTABLE)
    execute_process(
        COMMAND ${ERL_EXECUTABLE} -noshell -eval "io:format(\"~s\", [code:lib_dir(erl_interface)])" -s init stop
        OUTPUT_VARIABLE ERL_INTERFACE_DIR OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
endif()
find_path(ERL_INTERFACE_INCLUDE_DIR ei.h HINTS ${ERL_INTERFACE_DIR}/include)
find_library(ERL_INTERFACE_LIBRARY NAMES ei HINTS ${ERL_INTERFACE_DIR}/lib)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(ErlInterface
    REQUIRED_VARS ERL_INTERFACE_LIBRARY ERL_INTERFACE_INCLUDE_DIR ERL_EXECUTABLE ERLC_EXECUTABLE)

if(ErlInterface_FOUND AND NOT TARGET ErlInterface::ei)
    add_library(ErlInterface::ei STATIC IMPORTED)
    set_target_properties(ErlInterface::ei PROPERTIES
        IMPORTED_LOCATION ${ERL_INTERFACE_LIBRARY}
        INTERFACE_INCLUDE_DIRECTORIES ${ERL_INTERFACE_INCLUDE_DIR}
        # libei.a is the thread-safe build: its users must see _REENTRANT (else __erl_errno is undefined).
        INTERFACE_COMPILE_DEFINITIONS _REENTRANT
        INTERFACE_LINK_LIBRARIES Threads::Threads)
endif()

if(ERL_EXECUTABLE AND NOT ERL_OTP_RELEASE)
    execute_process(
        COMMAND ${ERL_EXECUTABLE} -noshell -eval "io:format(\"~s\", [erlang:system_info(otp_release)])" -s init stop
        OUTPUT_VARIABLE ERL_OTP_RELEASE OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    set(ERL_OTP_RELEASE ${ERL_OTP_RELEASE} CACHE STRING "OTP release of the erlc that compiles the agents")
endif()
