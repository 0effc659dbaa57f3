%% Node actions (SPEC X6, X7): garbage-collect every process in batches, soft-purge old code, list and
%% terminate shell processes. Each runs in an agent worker; the server refuses them all when read-only.
%%
%% Collecting every process at once is what makes a node stall (every scheduler busy copying heaps);
%% batches of a few hundred with a pause between them spread the work out. Each batch is asked for
%% asynchronously and waited for at most ?BATCH_WAIT ms, so a process that does not get scheduled (a
%% long NIF, a suspended process) delays the walk by a bounded time. Progress goes to the console as
%% {bilby_progress, Tag, Done, Total} at most every ?PROGRESS_EVERY ms; a `bilby_cancel` message (the
%% server sends it on {cancel, Tag}) stops the walk after the current batch, and the reply says so.
-module(bilby_agent_actions).

-export([gc_all/3, old_code/0, purge_old_code/0, shells/0, kill_shell/1]).

-define(BATCH_WAIT, 5000).
-define(PROGRESS_EVERY, 200).

gc_all(Opts, Console, Tag) ->
    Batch = clamp(maps:get(batch, Opts, 500), 1, 100000),
    Pause = clamp(maps:get(pause, Opts, 50), 0, 60000),
    Pids = erlang:processes(),
    Total = length(Pids),
    Before = erlang:memory(processes),
    Started = now_ms(),
    %% Monotonic time can be negative: the first progress is due after the first batch.
    {Done, Cancelled} = batches(Pids, #{batch => Batch, pause => Pause, console => Console, tag => Tag,
                                        total => Total, sent => Started - ?PROGRESS_EVERY}, 0),
    progress(Console, Tag, Done, Total),
    #{total => Total, done => Done, cancelled => Cancelled, batch => Batch, pause => Pause,
      memory_before => Before, memory_after => erlang:memory(processes), elapsed_ms => now_ms() - Started}.

batches([], _Ctx, Done) ->
    {Done, false};
batches(Pids, Ctx = #{batch := Batch, pause := Pause}, Done) ->
    {Now, Rest} = take(Pids, Batch, []),
    Ref = make_ref(),
    Asked = length([P || P <- Now, erlang:garbage_collect(P, [{async, Ref}]) =:= async]),
    wait_batch(Ref, Asked, now_ms() + ?BATCH_WAIT),
    Done1 = Done + length(Now),
    Ctx1 = maybe_progress(Ctx, Done1),
    case Rest of
        [] -> {Done1, false};
        _ ->
            receive
                bilby_cancel -> {Done1, true}
            after Pause ->
                batches(Rest, Ctx1, Done1)
            end
    end.

take(Rest, 0, Acc) -> {Acc, Rest};
take([], _, Acc) -> {Acc, []};
take([P | Rest], N, Acc) -> take(Rest, N - 1, [P | Acc]).

wait_batch(_Ref, 0, _Deadline) ->
    ok;
wait_batch(Ref, Left, Deadline) ->
    receive
        {garbage_collect, Ref, _} -> wait_batch(Ref, Left - 1, Deadline)
    after max(0, Deadline - now_ms()) ->
        timeout
    end.

maybe_progress(Ctx = #{sent := Sent, console := Console, tag := Tag, total := Total}, Done) ->
    Now = now_ms(),
    case Now - Sent >= ?PROGRESS_EVERY of
        true -> progress(Console, Tag, Done, Total), Ctx#{sent := Now};
        false -> Ctx
    end.

progress(Console, Tag, Done, Total) ->
    %% nosuspend: a console that reads slowly loses a progress message, never stalls the walk.
    _ = erlang:send(Console, {bilby_progress, Tag, Done, Total}, [nosuspend]),
    ok.

%% The modules that have old code, and the processes that still run it (at most 20 per module).
old_code() ->
    [#{module => M, processes => old_code_users(M)} || M <- modules_with_old_code()].

%% Soft purge: old code that no process runs any more is removed; code still in use stays (a hard
%% purge would kill those processes, which is not ours to do).
purge_old_code() ->
    {Purged, InUse} = lists:partition(fun code:soft_purge/1, modules_with_old_code()),
    #{purged => Purged, in_use => [#{module => M, processes => old_code_users(M)} || M <- InUse]}.

modules_with_old_code() ->
    lists:sort([M || {M, _} <- code:all_loaded(), erlang:check_old_code(M)]).

old_code_users(Module) ->
    lists:sublist([P || P <- erlang:processes(), erlang:check_process_code(P, Module) =:= true], 20).

%% Shells: each shell server (local or a remote shell's) with its evaluator. A shell server is a process
%% of the shell module that names its evaluator in its dictionary; only those few dictionaries are read.
shells() ->
    [S || P <- erlang:processes(), in_shell_module(P), S <- [shell_info(P)], S =/= undefined].

in_shell_module(P) ->
    case erlang:process_info(P, current_function) of
        {current_function, {shell, _, _}} -> true;
        _ -> false
    end.

shell_info(Server) ->
    case evaluator(Server) of
        undefined ->
            undefined;
        Evaluator ->
            {group_leader, Leader} = erlang:process_info(Server, group_leader),
            Eval = erlang:process_info(Evaluator, [current_function, memory, message_queue_len, reductions]),
            #{server => Server, evaluator => Evaluator, from => node(Leader), remote => node(Leader) =/= node(),
              evaluator_info => case Eval of undefined -> #{}; _ -> maps:from_list(Eval) end,
              server_memory => element(2, erlang:process_info(Server, memory))}
    end.

evaluator(Server) ->
    case erlang:process_info(Server, dictionary) of
        {dictionary, Dict} ->
            case lists:keyfind(evaluator, 1, Dict) of
                {evaluator, E} when is_pid(E) -> E;
                _ -> undefined
            end;
        undefined ->
            undefined
    end.

%% Ends a shell: its evaluator and its server (a remote shell then says so to its user).
kill_shell(Target) ->
    Server = bilby_agent_inspect:target(Target),
    case evaluator(Server) of
        undefined ->
            erlang:error(not_a_shell);
        Evaluator ->
            exit(Evaluator, kill),
            exit(Server, kill),
            #{server => Server, evaluator => Evaluator}
    end.

now_ms() -> erlang:monotonic_time(millisecond).

clamp(V, Lo, Hi) when is_integer(V) -> max(Lo, min(Hi, V));
clamp(_, Lo, _) -> Lo.
