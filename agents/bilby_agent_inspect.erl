%% The process inspector (SPEC X2, X3): one process's information, messages, dictionary, state and
%% stack, and the two things done to it (terminate, garbage-collect). Each request runs in an agent
%% worker, with the worker's timeout and heap limit.
%%
%% Reading a mailbox or a dictionary copies it into the worker (there is no partial read in OTP), so:
%% the information request never reads them, only their sizes; the messages request refuses a queue
%% longer than ?CONFIRM_ABOVE unless the console says the user confirmed; and what comes back is a
%% preview, each term rendered on the node and cut at ?TERM_MAX bytes, so the reply stays small however
%% large the messages are. sys:get_state runs in a process of its own that is killed after its
%% timeout: a process that never answers costs the worker a bounded wait, never the agent.
-module(bilby_agent_inspect).

-export([info/2, messages/2, dictionary/1, state/2, stack/1, terminate/2, gc/1, target/1]).

-define(TERM_MAX, 4096).
-define(STATE_MAX, 65536).
-define(MESSAGES_MAX, 100).
-define(CONFIRM_ABOVE, 100000).
-define(DICT_MAX, 1000).
-define(LINKS_MAX, 1000).
-define(STATE_TIMEOUT_MAX, 30000).

%% The process a request names: a pid, the text of a pid on this node (<<"<0.85.0>">>), or a registered
%% name (an atom, or its text; never made into a new atom).
target(Pid) when is_pid(Pid) ->
    Pid;
target(Name) when is_atom(Name) ->
    registered(Name);
target(<<"<", _/binary>> = Text) ->
    try list_to_pid(binary_to_list(Text))
    catch error:badarg -> erlang:error({bad_pid, Text})
    end;
target(Text) when is_binary(Text) ->
    try binary_to_existing_atom(Text) of
        Name -> registered(Name)
    catch
        error:badarg -> erlang:error({no_such_name, Text})
    end.

registered(Name) ->
    case whereis(Name) of
        Pid when is_pid(Pid) -> Pid;
        _ -> erlang:error({no_such_name, Name})
    end.

%% Every key of process_info/2 that is cheap to read; messages, dictionary and the binaries a process
%% refers to come by request only. Pids, ports and references stay terms so that the console can
%% navigate to them; the rest is rendered text.
info(Target, Labels) ->
    Pid = target(Target),
    Keys = [registered_name, status, initial_call, current_function, current_location, message_queue_len,
            links, monitors, monitored_by, trap_exit, priority, group_leader, total_heap_size, heap_size,
            stack_size, memory, reductions, garbage_collection, min_heap_size, min_bin_vheap_size,
            max_heap_size, message_queue_data, error_handler, parent],
    case erlang:process_info(Pid, Keys) of
        undefined ->
            erlang:error(no_such_process);
        Info ->
            Map = maps:from_list(Info),
            {Label, Initial} = bilby_agent_labels:describe(Pid, bilby_agent_labels:own_pids(), Labels),
            Map#{pid => Pid,
                 label => Label,
                 registered_name := case maps:get(registered_name, Map) of [] -> undefined; N -> N end,
                 initial_call := case Initial of undefined -> maps:get(initial_call, Map); _ -> Initial end,
                 links := lists:sublist(maps:get(links, Map), ?LINKS_MAX),
                 monitors := lists:sublist([monitor_target(M) || M <- maps:get(monitors, Map)], ?LINKS_MAX),
                 monitored_by := lists:sublist(maps:get(monitored_by, Map), ?LINKS_MAX),
                 current_location := frame(maps:get(current_location, Map)),
                 garbage_collection := render(maps:get(garbage_collection, Map), ?TERM_MAX),
                 max_heap_size := render(maps:get(max_heap_size, Map), ?TERM_MAX),
                 links_total => length(maps:get(links, Map)),
                 monitors_total => length(maps:get(monitors, Map))}
    end.

%% {process, Pid} | {process, {Name, Node}} | {port, Port} ...: the pid or port when there is one.
monitor_target({process, Pid}) when is_pid(Pid) -> Pid;
monitor_target({port, Port}) when is_port(Port) -> Port;
monitor_target(Other) -> render(Other, 256).

%% The first Limit messages (at most ?MESSAGES_MAX), each rendered and cut, with its full size.
%% Opts: limit, confirmed (the user agreed to copy a queue longer than ?CONFIRM_ABOVE).
messages(Target, Opts) when is_map(Opts) ->
    Pid = target(Target),
    Limit = max(1, min(maps:get(limit, Opts, ?MESSAGES_MAX), ?MESSAGES_MAX)),
    Length = case erlang:process_info(Pid, message_queue_len) of
                 {_, L} -> L;
                 undefined -> erlang:error(no_such_process)
             end,
    case Length > ?CONFIRM_ABOVE andalso maps:get(confirmed, Opts, false) =/= true of
        true ->
            erlang:error({confirm, Length, ?CONFIRM_ABOVE});
        false ->
            case erlang:process_info(Pid, messages) of
                {messages, All} ->
                    Head = lists:sublist(All, Limit),
                    #{total => length(All),
                      messages => [#{text => render(M, ?TERM_MAX), bytes => erlang:external_size(M)}
                                   || M <- Head]};
                undefined ->
                    erlang:error(no_such_process)
            end
    end.

%% The dictionary's first ?DICT_MAX entries, keys and values rendered and cut.
dictionary(Target) ->
    Pid = target(Target),
    case erlang:process_info(Pid, dictionary) of
        {dictionary, Dict} ->
            #{total => length(Dict),
              entries => [#{key => render(K, 1024), value => render(V, ?TERM_MAX)}
                          || {K, V} <- lists:sublist(Dict, ?DICT_MAX)]};
        undefined ->
            erlang:error(no_such_process)
    end.

%% sys:get_state/2 from a process of its own, killed when the timeout has passed (a process that is not
%% a sys process, or is busy, never answers).
state(Target, Timeout0) ->
    Pid = target(Target),
    Timeout = max(100, min(Timeout0, ?STATE_TIMEOUT_MAX)),
    is_process_alive(Pid) orelse erlang:error(no_such_process),
    Self = self(),
    {Asker, MRef} = spawn_monitor(fun() ->
                                          Result = try {ok, sys:get_state(Pid, Timeout)}
                                                   catch C:R -> {failed, C, R}
                                                   end,
                                          Self ! {self(), Result}
                                  end),
    receive
        {Asker, {ok, State}} ->
            erlang:demonitor(MRef, [flush]),
            #{text => render(State, ?STATE_MAX), bytes => erlang:external_size(State)};
        {Asker, {failed, exit, {timeout, _}}} ->
            erlang:demonitor(MRef, [flush]),
            erlang:error({no_answer, Timeout});
        {Asker, {failed, _, Reason}} ->
            erlang:demonitor(MRef, [flush]),
            erlang:error({not_a_sys_process, render(Reason, 512)});
        {'DOWN', MRef, process, Asker, Reason} ->
            erlang:error({not_a_sys_process, render(Reason, 512)})
    after Timeout + 500 ->
        exit(Asker, kill),
        erlang:demonitor(MRef, [flush]),
        erlang:error({no_answer, Timeout})
    end.

%% The current stack trace, a line per frame.
stack(Target) ->
    Pid = target(Target),
    case erlang:process_info(Pid, current_stacktrace) of
        {current_stacktrace, Frames} -> [frame(F) || F <- Frames];
        undefined -> erlang:error(no_such_process)
    end.

%% exit(Pid, Reason), then whether it ended within a second (a process trapping exits may not, unless
%% the reason is kill).
terminate(Target, Reason) ->
    Pid = target(Target),
    MRef = erlang:monitor(process, Pid),
    exit(Pid, Reason),
    receive
        {'DOWN', MRef, process, Pid, Why} -> #{ended => true, reason => render(Why, 512)}
    after 1000 ->
        erlang:demonitor(MRef, [flush]),
        #{ended => false, reason => undefined}
    end.

%% Garbage-collects one process; its memory before and after.
gc(Target) ->
    Pid = target(Target),
    Before = case erlang:process_info(Pid, memory) of
                 {memory, B} -> B;
                 undefined -> erlang:error(no_such_process)
             end,
    true = erlang:garbage_collect(Pid),
    After = case erlang:process_info(Pid, memory) of
                {memory, A} -> A;
                undefined -> undefined
            end,
    #{before => Before, 'after' => After}.

%% A stack frame as people read one: gen_server:loop/7 (gen_server.erl:437).
frame({M, F, Args, Location}) when is_atom(M), is_atom(F), is_list(Location) ->
    Arity = case Args of A when is_integer(A) -> A; A when is_list(A) -> length(A) end,
    Where = case {proplists:get_value(file, Location), proplists:get_value(line, Location)} of
                {undefined, _} -> [];
                {File, undefined} -> [" (", File, ")"];
                {File, Line} -> [" (", File, ":", integer_to_list(Line), ")"]
            end,
    unicode:characters_to_binary(io_lib:format("~ts:~ts/~b~ts", [atom_to_list(M), atom_to_list(F), Arity, Where]));
frame(Other) ->
    render(Other, 1024).

render(Term, Max) ->
    bilby_agent_evhandlers:render(Term, Max).
