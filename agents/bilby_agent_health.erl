%% Health checks behind the console's polled alarms, run once a second in an agent worker.
%%
%% Each check is cheap in the steady state: files are parsed again only when their size or
%% modification time changed, and the code path is listed again only when the path or one of its
%% directories changed. What was learnt is kept in an ETS table that the console's agent server owns
%% (so it goes when the server goes), passed in as Cache.
%%
%% The result is a map (see check/2); lists are capped, so a node with thousands of modules of old
%% code still answers in a few kilobytes.
-module(bilby_agent_health).

-export([check/3, invisible/1]).

-define(MAX_LISTED, 100).
-define(MAX_CLASHES, 20).
-define(MAX_CLASH_MODULES, 10).
%% The walk for processes running old code: its share of one health request (the console waits 2 s),
%% how many checks are in flight at once, and how often a module's count is taken again (seconds).
-define(IN_USE_BUDGET_MS, 300).
-define(IN_USE_BATCH, 1000).
-define(IN_USE_REFRESH_S, 10).
-define(MAX_APP_FILES, 200).
-define(MAX_REL_FILES, 20).
%% Files larger than this are not read at all (a sys.config is a few kilobytes).
-define(MAX_FILE_BYTES, 16777216).

check(Scan, Cache, Labels) ->
    {OldCount, Old} = old_code(Cache),
    Path = code_path(),
    {Files, Problems} = config_files(Cache, Path),
    #{old_code => Old,
      old_code_count => OldCount,
      config_files => Files,
      config_problems => Problems,
      clashes => clashes(Cache, Path),
      shells => shells(),
      system_memory => system_memory(),
      schedulers_online => erlang:system_info(schedulers_online),
      max_queue => top_process(Scan, message_queue_max_pid, message_queue_len, Labels),
      max_memory => top_process(Scan, memory_max_pid, memory, Labels)}.

%% ---------------------------------------------------------------------------------------------------
%% Old code: a reload leaves the previous version until a purge. It can hurt when a process still runs
%% it (the next reload kills that process); applications that compile modules at run time (RabbitMQ's
%% rabbit_ff_registry, ejabberd's ets_cache_options) leave old code nobody runs, by design. For each
%% module: how many processes run its old code, how long Bilby has seen it, and whether the code was
%% generated at run time (loaded from no file on disk).

old_code(Cache) ->
    %% erlang:loaded/0 reads the module table directly; code:all_loaded/0 asks the code server.
    Old = lists:sort([M || M <- erlang:loaded(), erlang:check_old_code(M)]),
    Now = erlang:monotonic_time(second),
    Seen = case ets:lookup(Cache, old_code_seen) of
               [{_, Known}] -> Known;
               [] -> #{}
           end,
    Since = maps:from_list([{M, maps:get(M, Seen, Now)} || M <- Old]),
    ets:insert(Cache, {old_code_seen, Since}),
    InUse = in_use(Cache, Old),
    Generated = cached(Cache, old_code_generated, Old, fun() -> maps:from_list([{M, generated(M)} || M <- Old]) end),
    Rows = [#{module => M, in_use => maps:get(M, InUse, unknown), age_s => Now - maps:get(M, Since),
              generated => maps:get(M, Generated)} || M <- Old],
    %% The ones that can hurt first, so that the cap never hides them.
    Sorted = lists:sort(fun(A, B) -> rank(A) =< rank(B) end, Rows),
    {length(Old), lists:sublist(Sorted, ?MAX_LISTED)}.

rank(#{in_use := N, module := M}) when is_integer(N), N > 0 -> {0, M};
rank(#{generated := false, module := M}) -> {1, M};
rank(#{module := M}) -> {2, M}.

%% Processes running the old code of each module: check_process_code/3 is a signal to every process, which
%% answers when it is next scheduled (128 ms a module for 100,000 idle processes, 3.6 s on a busy node).
%% So the walk runs ?IN_USE_BUDGET_MS a request, never more: each module's walk resumes where the previous
%% request left it (the cache keeps the position and the processes found so far, per module), and
%% the modules take turns, the ones never counted first, then the longest ago, so that every one is
%% counted in the end. A module is reported unknown until its first walk ends (or finds a process).
%% allow_gc false: never garbage-collect someone else's process to find out; `aborted` counts as in use.
in_use(_Cache, []) ->
    #{};
in_use(Cache, Old) ->
    Deadline = erlang:monotonic_time(millisecond) + ?IN_USE_BUDGET_MS,
    Known0 = case ets:lookup(Cache, old_code_in_use) of
                 [{_, K}] -> maps:with(Old, K);
                 [] -> #{}
             end,
    ets:insert(Cache, {old_code_in_use, Known0}),
    Now = erlang:monotonic_time(second),
    Due = [M || {_, M} <- lists:sort([{turn(maps:get(M, Known0, undefined), Now), M} || M <- Old]),
                turn(maps:get(M, Known0, undefined), Now) =/= later],
    Known = walk(Due, erlang:processes(), Deadline, Cache, Known0),
    maps:map(fun(_, #{count := N}) when is_integer(N) -> N;
                (_, #{found := F}) when F > 0 -> F; % at least, so far
                (_, _) -> unknown
             end, Known).

%% A module's place in the queue: a walk under way, never counted, counted longest ago; later when fresh.
turn(undefined, _Now) -> {0, 0};
turn(#{offset := Offset}, _Now) when Offset > 0 -> {0, 0};
turn(#{count := undefined}, _Now) -> {1, 0};
turn(#{at := At}, Now) when Now - At >= ?IN_USE_REFRESH_S -> {2, At};
turn(_, _Now) -> later.

walk([], _Procs, _Deadline, _Cache, Known) ->
    Known;
walk([M | Ms], Procs, Deadline, Cache, Known) ->
    Entry = maps:get(M, Known, #{count => undefined, at => 0, offset => 0, found => 0}),
    case walk_module(M, Entry, Procs, Deadline) of
        {done, Found} ->
            Known1 = Known#{M => Entry#{count => Found, at => erlang:monotonic_time(second), offset => 0, found => 0}},
            ets:insert(Cache, {old_code_in_use, Known1}),
            walk(Ms, Procs, Deadline, Cache, Known1);
        {partial, Offset, Found} ->
            Known1 = Known#{M => Entry#{offset => Offset, found => Found}},
            ets:insert(Cache, {old_code_in_use, Known1}),
            Known1
    end.

%% Resumes at Offset in the process list (taken anew each request: processes come and go, and a count
%% is a few seconds' picture in any case). Checks go out in batches and are awaited until Deadline.
walk_module(M, #{offset := Offset0, found := Found0}, Procs, Deadline) ->
    Rest = lists:nthtail(min(Offset0, length(Procs)), Procs),
    walk_module(M, Rest, Offset0, Found0, Deadline).

walk_module(_M, [], _Offset, Found, _Deadline) ->
    {done, Found};
walk_module(M, Procs, Offset, Found, Deadline) ->
    case erlang:monotonic_time(millisecond) >= Deadline of
        true ->
            {partial, Offset, Found};
        false ->
            {Batch, Rest} = split(?IN_USE_BATCH, Procs),
            Ref = make_ref(),
            Sent = lists:foldl(fun(P, I) ->
                                       try erlang:check_process_code(P, M, [{async, {Ref, I}}, {allow_gc, false}]) of
                                           _ -> I + 1
                                       catch
                                           error:badarg -> self() ! {check_process_code, {Ref, I}, false}, I + 1
                                       end
                               end, 0, Batch),
            case collect(Ref, Sent, Deadline, #{}) of
                {all, InUse} ->
                    walk_module(M, Rest, Offset + Sent, Found + InUse, Deadline);
                {some, Answers} ->
                    %% Out of time: the answers in a row from the batch's start count, the rest is asked again.
                    {Checked, InUse} = in_a_row(Answers, 0, 0),
                    {partial, Offset + Checked, Found + InUse}
            end
    end.

collect(_Ref, 0, _Deadline, Answers) ->
    {all, length([true || true <- maps:values(Answers)])};
collect(Ref, Left, Deadline, Answers) ->
    receive
        {check_process_code, {Ref, I}, Result} ->
            collect(Ref, Left - 1, Deadline, Answers#{I => Result =/= false})
    after max(0, Deadline - erlang:monotonic_time(millisecond)) ->
        {some, Answers}
    end.

in_a_row(Answers, I, InUse) ->
    case Answers of
        #{I := true} -> in_a_row(Answers, I + 1, InUse + 1);
        #{I := false} -> in_a_row(Answers, I + 1, InUse);
        _ -> {I, InUse}
    end.

%% The first N (or fewer) and the rest, without measuring the whole list.
split(N, List) -> split(N, List, []).

split(0, Rest, Acc) -> {lists:reverse(Acc), Rest};
split(_, [], Acc) -> {lists:reverse(Acc), []};
split(N, [X | Rest], Acc) -> split(N - 1, Rest, [X | Acc]).

%% Loaded from no .beam file that exists: compiled and loaded at run time by an application.
generated(Module) ->
    case code:is_loaded(Module) of
        {file, File} when is_list(File) ->
            not (filename:extension(File) =:= ".beam" andalso filelib:is_regular(File));
        {file, preloaded} -> false;
        _ -> true
    end.

%% ---------------------------------------------------------------------------------------------------
%% Files the next boot reads: sys.config, vm.args, the boot script, the release and application files.

config_files(Cache, Path) ->
    Files = cached(Cache, boot_files, {Path, application:loaded_applications()},
                   fun() -> lists:usort(boot_files()) end),
    Checked = [{F, cached_problem(Cache, F, Kind)} || {F, Kind} <- Files],
    {[list_to_binary(F) || {F, _} <- Checked],
     [#{file => list_to_binary(F), problem => P} || {F, P} <- Checked, P =/= ok]}.

boot_files() ->
    [{with_ext(F, ".config"), config} || [F | _] <- arguments(config)]
    ++ [{F, args} || [F | _] <- arguments(args_file)]
    ++ [{with_ext(F, ".boot"), boot} || [F | _] <- arguments(boot), filename:pathtype(F) =/= relative
                                                                      orelse filelib:is_file(with_ext(F, ".boot"))]
    ++ [{F, rel} || F <- lists:sublist(filelib:wildcard(filename:join([code:root_dir(), "releases", "*", "*.rel"])),
                                       ?MAX_REL_FILES)]
    ++ lists:sublist([{F, app} || {App, _, _} <- application:loaded_applications(),
                                  F <- [code:where_is_file(atom_to_list(App) ++ ".app")], is_list(F)],
                     ?MAX_APP_FILES).

arguments(Flag) ->
    case init:get_argument(Flag) of
        {ok, Values} -> Values;
        error -> []
    end.

with_ext(File, Ext) ->
    case filename:extension(File) of
        Ext -> File;
        _ -> File ++ Ext
    end.

%% Parsing again only when the file changed.
cached_problem(Cache, File, Kind) ->
    Stamp = case file_info(File) of
                {ok, Info} -> {element(2, Info), element(6, Info)}; % size, mtime
                {error, Reason} -> {missing, Reason}
            end,
    case ets:lookup(Cache, {file, File}) of
        [{_, Stamp, Problem}] ->
            Problem;
        _ ->
            Problem = problem(File, Kind, Stamp),
            ets:insert(Cache, {{file, File}, Stamp, Problem}),
            Problem
    end.

problem(_File, _Kind, {missing, Reason}) ->
    iolist_to_binary(["cannot be read: ", file:format_error(Reason)]);
problem(_File, _Kind, {Size, _}) when Size > ?MAX_FILE_BYTES ->
    <<"larger than 16 MB: not checked">>;
problem(File, Kind, _Stamp) ->
    case file:read_file(File) of
        {ok, Bin} ->
            case invisible(Bin) of
                ok -> parses(File, Kind, Bin);
                Found -> Found
            end;
        {error, Reason} ->
            iolist_to_binary(["cannot be read: ", file:format_error(Reason)])
    end.

%% vm.args has no parser of its own at boot beyond splitting words: only invisible characters matter.
parses(_File, args, _Bin) ->
    ok;
parses(_File, boot, Bin) ->
    try binary_to_term(Bin) of
        {script, _, _} -> ok;
        _ -> <<"is not a boot script">>
    catch
        error:badarg -> <<"is not a boot script (damaged binary)">>
    end;
parses(File, Kind, _Bin) ->
    case file:consult(File) of
        {ok, Terms} -> shape(Kind, Terms);
        {error, Reason} -> iolist_to_binary(["does not parse: ", file:format_error(Reason)])
    end.

shape(config, [List]) when is_list(List) -> ok;
shape(config, _) -> <<"is not one list of {Application, Settings}">>;
shape(rel, [{release, _, _, _}]) -> ok;
shape(rel, _) -> <<"is not one {release, ...} term">>;
shape(app, [{application, _, Props}]) when is_list(Props) -> ok;
shape(app, _) -> <<"is not one {application, Name, Properties} term">>.

%% Characters that do not show in an editor but change what a file means: C0 controls other than
%% tab, line feed and carriage return, DEL, C1 controls, no-break and zero-width spaces, soft hyphens,
%% bidirectional controls, word joiners and byte order marks. Returns ok or where the first one is.
invisible(Bin) ->
    invisible(Bin, 1, 1).

invisible(<<>>, _Line, _Col) ->
    ok;
invisible(<<$\n, Rest/binary>>, Line, _Col) ->
    invisible(Rest, Line + 1, 1);
invisible(<<C, Rest/binary>>, Line, Col) when C =:= $\t; C =:= $\r; C >= 32, C < 127 ->
    invisible(Rest, Line, Col + 1);
invisible(<<C/utf8, Rest/binary>>, Line, Col) ->
    case invisible_name(C) of
        visible -> invisible(Rest, Line, Col + 1);
        Name -> at(Line, Col, io_lib:format("U+~4.16.0B (~s)", [C, Name]))
    end;
invisible(<<B, _/binary>>, Line, Col) ->
    at(Line, Col, io_lib:format("the byte 16#~2.16.0B, which is not UTF-8", [B])).

at(Line, Col, What) ->
    iolist_to_binary(io_lib:format("line ~b, column ~b: invisible character ~s", [Line, Col, What])).

invisible_name(C) when C < 32 -> "control character";
invisible_name(127) -> "delete";
invisible_name(C) when C >= 16#80, C =< 16#9F -> "control character";
invisible_name(16#A0) -> "no-break space";
invisible_name(16#AD) -> "soft hyphen";
invisible_name(C) when C >= 16#200B, C =< 16#200F -> "zero-width or direction mark";
invisible_name(C) when C >= 16#2028, C =< 16#202E -> "line separator or direction control";
invisible_name(C) when C >= 16#2060, C =< 16#2064 -> "word joiner";
invisible_name(16#FEFF) -> "byte order mark";
invisible_name(_) -> visible.

%% ---------------------------------------------------------------------------------------------------
%% Code path clashes: one module found in two directories of the path (the first one wins, silently).

clashes(Cache, Path) ->
    %% Which applications are loaded decides whether a clash is latent.
    Stamp = {[{D, dir_mtime(D)} || D <- Path], [A || {A, _, _} <- application:loaded_applications()]},
    cached(Cache, clashes, Stamp, fun() -> find_clashes(Path) end).

%% The code path without repeats: "." and the directory it names are one directory.
code_path() ->
    unique([normalize(D) || D <- code:get_path()], #{}).

%% Only relative entries need work (the path is read every second, and filename's functions are slow).
normalize(Dir) ->
    case filename:pathtype(Dir) of
        absolute -> Dir;
        _ -> filename:join([Part || Part <- filename:split(filename:absname(Dir)), Part =/= "."])
    end.

unique([], _Seen) -> [];
unique([D | Ds], Seen) when is_map_key(D, Seen) -> unique(Ds, Seen);
unique([D | Ds], Seen) -> [D | unique(Ds, Seen#{D => true})].

%% Compute() again only when Stamp differs from the last time. The table keeps a digest of the stamp,
%% not the stamp: stamps are whole code paths with each directory's mtime, and the loaded applications
%% with their descriptions (tens of KB on RabbitMQ), which made this table the node's second largest.
cached(Cache, Key, Stamp0, Compute) ->
    Stamp = digest(Stamp0),
    case ets:lookup(Cache, Key) of
        [{_, Stamp, Value}] ->
            Value;
        _ ->
            Value = Compute(),
            ets:insert(Cache, {Key, Stamp, Value}),
            Value
    end.

digest(Stamp) ->
    erlang:md5(term_to_binary(Stamp)).

dir_mtime(Dir) ->
    case file_info(Dir) of
        {ok, Info} -> element(6, Info);
        _ -> none
    end.

%% Straight to the driver: file:read_file_info/2 goes through the file server, twice the cost, and
%% the stamps are read every second.
file_info(Name) ->
    try
        prim_file:read_file_info(Name, [{time, posix}])
    catch
        error:undef -> file:read_file_info(Name, [{time, posix}])
    end.

%% A module in two directories is a clash only when the copies differ: the same directory reached
%% through a symbolic link, or the same file shipped twice, is not. Clashes are grouped by the
%% directories involved (one line per application). A group whose directories are all copies of one
%% application (RabbitMQ's bundled jose-1.11.1 before the system's jose-1.11.5) is `shadowed`: the first
%% copy wins whole, and the node runs one consistent version; see clash_kind/2 for the others.
find_clashes(Path) ->
    Loaded = [atom_to_list(A) || {A, _, _} <- application:loaded_applications()],
    Dirs = unique([realpath(D) || D <- Path], #{}),
    Seen = lists:foldl(fun(Dir, Acc) -> add_dir(Dir, Acc) end, #{}, Dirs),
    Real = [{Distinct, M} || {M, Ds} <- maps:to_list(Seen), length(Ds) > 1,
                             Distinct <- [distinct_copies(M, lists:reverse(Ds))], length(Distinct) > 1],
    Groups = maps:to_list(lists:foldl(fun({Ds, M}, G) -> maps:update_with(Ds, fun(Ms) -> [M | Ms] end, [M], G) end,
                                      #{}, Real)),
    [#{dirs => [list_to_binary(D) || D <- Ds], count => length(Ms),
       modules => lists:sublist(lists:sort(Ms), ?MAX_CLASH_MODULES),
       kind => clash_kind([app_of(D) || D <- Ds], Loaded)}
     || {Ds, Ms} <- lists:sublist(lists:sort(Groups), ?MAX_CLASHES)].

%% shadowed: copies of one application. latent: the shadowed copies belong to applications that are not
%% loaded (ejabberd's own eldap module before OTP's eldap application, which nothing started): nothing
%% running is affected until someone loads them. clash: anything else.
clash_kind([App | Others], Loaded) ->
    case lists:usort([App | Others]) of
        [Same] when Same =/= none ->
            shadowed;
        _ ->
            case Others =/= [] andalso lists:all(fun(A) -> A =/= none andalso not lists:member(A, Loaded) end, Others) of
                true -> latent;
                false -> clash
            end
    end.

%% The application a code path directory belongs to: ".../jose-1.11.1/ebin" is jose.
app_of(Dir) ->
    case lists:reverse(filename:split(Dir)) of
        ["ebin", AppDir | _] ->
            case string:split(AppDir, "-", trailing) of
                [Name, [C | _]] when C >= $0, C =< $9 -> Name;
                _ -> AppDir
            end;
        _ ->
            none
    end.

%% The directories holding a different copy of Module, in path order (the first of identical copies).
distinct_copies(Module, Dirs) ->
    {Kept, _} = lists:foldl(fun(D, {Acc, Sums}) ->
                                    Sum = beam_md5(filename:join(D, binary_to_list(Module) ++ ".beam")),
                                    case lists:member(Sum, Sums) of
                                        true -> {Acc, Sums};
                                        false -> {[D | Acc], [Sum | Sums]}
                                    end
                            end, {[], []}, Dirs),
    lists:reverse(Kept).

%% The module's own md5 (what module_info(md5) gives), else the file's bytes' md5.
beam_md5(File) ->
    case beam_lib:md5(File) of
        {ok, {_, Md5}} -> Md5;
        _ ->
            case file:read_file(File) of
                {ok, Bin} -> erlang:md5(Bin);
                Error -> Error
            end
    end.

%% The directory with every symbolic link resolved (at most 32 links, against loops).
realpath(Dir) ->
    realpath(filename:split(filename:absname(Dir)), [], 32).

realpath([], Acc, _Links) ->
    filename:join(lists:reverse(Acc));
realpath([".." | Rest], [Root], Links) ->
    realpath(Rest, [Root], Links);
realpath([".." | Rest], [_ | Acc], Links) ->
    realpath(Rest, Acc, Links);
realpath(["." | Rest], Acc, Links) ->
    realpath(Rest, Acc, Links);
realpath([Part | Rest], Acc, Links) ->
    Here = filename:join(lists:reverse([Part | Acc])),
    case Links > 0 andalso file:read_link(Here) of
        {ok, Target} ->
            Base = case filename:pathtype(Target) of
                       absolute -> [];
                       _ -> Acc
                   end,
            realpath(filename:split(Target) ++ Rest, Base, Links - 1);
        _ ->
            realpath(Rest, [Part | Acc], Links)
    end.

add_dir(Dir, Acc) ->
    case file:list_dir(Dir) of
        {ok, Names} ->
            lists:foldl(fun(Name, A) ->
                                case filename:extension(Name) of
                                    ".beam" ->
                                        M = list_to_binary(filename:rootname(Name)),
                                        maps:update_with(M, fun(Ds) -> [Dir | Ds] end, [Dir], A);
                                    _ ->
                                        A
                                end
                        end, Acc, Names);
        _ ->
            Acc
    end.

%% ---------------------------------------------------------------------------------------------------
%% Shell processes (seen evaluating by the events hub) and their memory.

shells() ->
    Pids = try bilby_agent_events:shell_pids() catch _:_ -> [] end,
    [#{pid => P, memory => M} || P <- Pids, {memory, M} <- [erlang:process_info(P, memory)]].

%% ---------------------------------------------------------------------------------------------------
%% The machine's memory: /proc/meminfo on Linux (cheap, no os_mon needed), else memsup when it runs.

system_memory() ->
    case file:read_file("/proc/meminfo") of
        {ok, Bin} -> meminfo(Bin);
        _ -> memsup_memory()
    end.

meminfo(Bin) ->
    case {meminfo_kb(Bin, <<"MemTotal:">>), meminfo_kb(Bin, <<"MemAvailable:">>)} of
        {Total, Available} when is_integer(Total), is_integer(Available) ->
            #{total => Total * 1024, used => (Total - Available) * 1024};
        _ ->
            undefined
    end.

%% "MemTotal:       24684084 kB": the number after the key, in kB.
meminfo_kb(Bin, Key) ->
    case binary:match(Bin, Key) of
        {At, Len} -> digits(binary:part(Bin, At + Len, min(32, byte_size(Bin) - At - Len)), undefined);
        nomatch -> undefined
    end.

digits(<<$\s, Rest/binary>>, undefined) -> digits(Rest, undefined);
digits(<<D, Rest/binary>>, Acc) when D >= $0, D =< $9 -> digits(Rest, (case Acc of undefined -> 0; _ -> Acc end) * 10 + D - $0);
digits(_, Acc) -> Acc.

memsup_memory() ->
    case whereis(memsup) of
        undefined ->
            undefined;
        _ ->
            Data = memsup:get_system_memory_data(),
            Total = proplists:get_value(system_total_memory, Data, proplists:get_value(total_memory, Data)),
            Free = proplists:get_value(available_memory, Data, proplists:get_value(free_memory, Data)),
            case is_integer(Total) andalso is_integer(Free) of
                true -> #{total => Total, used => Total - Free};
                false -> undefined
            end
    end.

%% ---------------------------------------------------------------------------------------------------
%% The process the scanner found with the longest queue or the most memory, as it is now.

top_process(undefined, _PidKey, _Item, _Labels) ->
    undefined;
top_process(Scan, PidKey, Item, Labels) ->
    case maps:get(PidKey, Scan, undefined) of
        Pid when is_pid(Pid) ->
            case erlang:process_info(Pid, [Item, current_function]) of
                [{Item, Value}, {current_function, Current}] ->
                    {Label, Initial} = bilby_agent_labels:describe(Pid, bilby_agent_labels:own_pids(), Labels),
                    #{pid => Pid, value => Value, name => Label,
                      current_function => mfa(Current), initial_call => mfa(Initial)};
                undefined ->
                    undefined
            end;
        _ ->
            undefined
    end.

mfa({M, F, A}) when is_atom(M), is_atom(F), is_integer(A) ->
    iolist_to_binary(io_lib:format("~s:~s/~b", [M, F, A]));
mfa(_) ->
    undefined.
