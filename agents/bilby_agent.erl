%% Bilby's request server, loaded into a managed node by the console.
%%
%% Protocol: the console sends {Tag, Request} or {Tag, Request, Opts} to this process; it answers
%% {Tag, {ok, Value}} or {Tag, {error, Reason}} to the console's pid. Each request runs in its own
%% worker process with a timeout, a heap limit and a result-size cap, so a slow or huge request never
%% blocks the others or grows the node without bound. The server watches the console's node and stops
%% when it goes. Loading, starting, stopping and removing the code are serialized on the node by the
%% console's lifecycle expressions (agents/lifecycle.exprs): the server is started by them, and at its
%% end hands its departure to their Depart fun, which runs in a process of its own (no agent code) and
%% removes the code when no other console's agent is left.
%%
%% The live `metrics` request is answered inline from cheap reads; `metrics_slow` (the history-rate
%% figures) runs in a worker like any other request. While it runs, the server holds the
%% scheduler_wall_time flag (the flag is counted per process and drops when this process exits) and a
%% share in the node's Bilby system monitor (bilby_agent_sysmon), unless another one is set.
%%
%% Events: after {subscribe_events, Opts} the server holds a share in the node's events hub
%% (bilby_agent_events) and forwards its batches to the console as {bilby_events, Events, Dropped},
%% an untagged message. It leaves the hub before any agent code is removed: the hub's logger and
%% alarm handlers and its meta traces must be gone before their code is.
%%
%% The evaluator's bindings are the server's, per language, handed to each evaluation and taken back
%% from it (eval_bindings). Long requests (gc_all) send {bilby_progress, Tag, Done, Total} to the console
%% and stop early on {cancel, Tag}.
%%
%% Read-only: a server started with #{read_only => true} (or switched by {set_read_only, true}) refuses
%% every request that changes the node with {error, read_only}, whatever the console's UI does.
-module(bilby_agent).

-export([start/2, init/4, server_name/1, console_of/1]).

-define(DEFAULT_TIMEOUT, 5000).
-define(MAX_TIMEOUT, 600000).
-define(DEFAULT_MAX_BYTES, 1048576).
-define(MAX_WORKERS, 64).
%% Heap limit of one worker, in words (64 MB on a 64-bit node): a runaway request dies alone.
-define(WORKER_MAX_HEAP, 8388608).
%% A mailbox preview the user confirmed copies the whole queue (OTP has no partial read), and an
%% evaluation holds the user's value while it is rendered: up to 256 MB for these.
-define(LARGE_WORKER_MAX_HEAP, 33554432).
-define(MODULES, [bilby_agent_metrics, bilby_agent_sysmon, bilby_agent_health, bilby_agent_procs,
                  bilby_agent_inspect, bilby_agent_ets, bilby_agent_eval, bilby_agent_actions,
                  bilby_agent_ports, bilby_agent_sup, bilby_agent_evtrace, bilby_agent_evhandlers,
                  bilby_agent_events, bilby_agent_labels, bilby_agent]).
%% Requests that change the node: refused while the server is read-only. The evaluator runs any code.
-define(CHANGES_NODE, [proc_terminate, proc_gc, eval, gc_all, purge_old_code, kill_shell]).

%% scan: the scanner's latest figures (undefined until its first walk); wall_time: the scheduler wall
%% time at the previous live sample; sysmon: {Pid, Counters} of the system monitor, or undefined.
%% events: the events hub's pid while subscribed, else undefined; event_opts: the subscription's options,
%% kept to join again when the hub died; hub_restarts: how many times this server did that.
%% bindings: the evaluator's, per language (erlang, elixir), kept between requests.
%% depart: the lifecycle's departure fun and the modules it removes (see shutdown/3). shutdown_watch: the
%% monitor that tells an orderly shutdown (watch_shutdown/0).
%% hidden_dist: what hidden peers moved, summed across samples (bilby_agent_metrics:dist/2).
-record(state, {console, name, workers = #{}, scanner, scan, wall_time, sysmon,
                events, event_opts = #{}, hub_restarts = 0, read_only = false, bindings = #{},
                depart, shutdown_watch = #{}, hidden_dist = #{}}).
-define(MAX_HUB_RESTARTS, 3).

%% Called by the lifecycle expressions, which hold the node's lifecycle lock meanwhile, with the
%% departure fun in Opts. Returns {ok, Pid} of a server dedicated to that console.
start(ConsolePid, Opts = #{depart := Depart}) when is_pid(ConsolePid), is_function(Depart, 4) ->
    Name = server_name(node(ConsolePid)),
    Parent = self(),
    Init = #{read_only => maps:get(read_only, Opts, false) =:= true,
             depart => {Depart, maps:get(modules, Opts, ?MODULES)}},
    {Pid, MRef} = spawn_opt(?MODULE, init, [ConsolePid, Name, Parent, Init],
                            [monitor, {priority, high}, {message_queue_data, off_heap}]),
    receive
        {started, Pid, Result} ->
            erlang:demonitor(MRef, [flush]),
            Result;
        {'DOWN', MRef, process, Pid, Reason} ->
            {error, Reason}
    after 5000 ->
        %% Gone (and its name free) before this returns: the lifecycle then removes the code it loaded.
        exit(Pid, kill),
        receive {'DOWN', MRef, process, Pid, _} -> ok end,
        {error, timeout}
    end.

%% Each console's server is registered as bilby_agent_srv_<console node>: the name says whose it is
%% (bilby_agent_labels, bilby_agent_ports) and that a console still uses the code (lifecycle.exprs, which
%% cannot call agent code, spells the prefix out itself).
server_name(ConsoleNode) when is_atom(ConsoleNode) ->
    list_to_atom(server_prefix() ++ atom_to_list(ConsoleNode)).

%% {ok, ConsoleNode} (as a string) when Name is a server's registered name, else false.
console_of(Name) when is_atom(Name) ->
    Prefix = server_prefix(),
    String = atom_to_list(Name),
    case lists:prefix(Prefix, String) andalso length(String) > length(Prefix) of
        true -> {ok, lists:nthtail(length(Prefix), String)};
        false -> false
    end.

server_prefix() -> "bilby_agent_srv_".

init(ConsolePid, Name, Parent, #{read_only := ReadOnly, depart := Depart}) ->
    try register(Name, self()) of
        true ->
            erlang:monitor_node(node(ConsolePid), true),
            process_flag(trap_exit, true),
            AppController = watch_shutdown(),
            Scanner = bilby_agent_metrics:start_scanner(self()),
            _ = erlang:system_flag(scheduler_wall_time, true),
            Sysmon = join_sysmon(),
            Parent ! {started, self(), {ok, self()}},
            try
                loop(#state{console = ConsolePid, name = Name, scanner = Scanner, sysmon = Sysmon,
                            wall_time = bilby_agent_metrics:wall_time(), read_only = ReadOnly,
                            depart = Depart, shutdown_watch = AppController})
            catch
                exit:normal ->
                    %% shutdown/3's own end.
                    exit(normal);
                _:_ ->
                    crashed(#state{console = ConsolePid, name = Name, depart = Depart})
            end
    catch
        error:badarg ->
            Parent ! {started, self(), {error, already_running}}
    end.

loop(S = #state{console = Console}) ->
    receive
        {Tag, Request} when is_integer(Tag) ->
            loop(guarded(Tag, Request, #{}, S));
        {Tag, Request, Opts} when is_integer(Tag), is_map(Opts) ->
            loop(guarded(Tag, Request, Opts, S));
        {scan, Scan} ->
            loop(S#state{scan = Scan});
        {worker_done, Worker, Tag, Reply} ->
            case maps:take(Worker, S#state.workers) of
                {{Tag, TRef}, Workers} ->
                    erlang:cancel_timer(TRef),
                    Console ! {Tag, Reply},
                    loop(S#state{workers = Workers});
                error ->
                    loop(S)
            end;
        {eval_bindings, Worker, Lang, Bindings} when is_map_key(Worker, S#state.workers) ->
            loop(S#state{bindings = maps:put(Lang, Bindings, S#state.bindings)});
        {worker_timeout, Worker} ->
            loop(worker_failed(Worker, timeout, S));
        {'EXIT', Worker, Reason} when is_map_key(Worker, S#state.workers) ->
            loop(worker_failed(Worker, Reason, S));
        {'EXIT', Scanner, _} when Scanner =:= S#state.scanner ->
            loop(S#state{scanner = bilby_agent_metrics:start_scanner(self())});
        {'EXIT', _, _} ->
            loop(S);
        {bilby_hub_batch, Hub, Events, Dropped} when Hub =:= S#state.events ->
            %% nosuspend: a console that cannot keep up loses a batch rather than stall this server.
            _ = erlang:send(Console, {bilby_events, Events, Dropped}, [nosuspend]),
            loop(S);
        {'DOWN', _, process, Hub, _} when Hub =:= S#state.events ->
            loop(hub_died(Hub, S));
        rejoin_events ->
            loop(rejoin_events(S));
        {'DOWN', _, process, Pid, _} when element(1, S#state.sysmon) =:= Pid ->
            %% The system monitor went (taken over by someone else): its counters are absent from now.
            loop(S#state{sysmon = undefined});
        {nodedown, _} ->
            shutdown(S, undefined, undefined);
        {'DOWN', Ref, process, _, _} when is_map_key(Ref, S#state.shutdown_watch) ->
            case init:get_status() of
                {stopping, _} ->
                    %% nosuspend: the node is going; this server is killed soon after.
                    _ = erlang:send(Console, {bilby_node_stopping, init}, [nosuspend]),
                    loop(S#state{shutdown_watch = #{}});
                _ ->
                    %% An application stopped (or a supervisor restarted) while the node runs on: watch
                    %% what runs now.
                    [erlang:demonitor(R, [flush]) || R <- maps:keys(S#state.shutdown_watch)],
                    loop(S#state{shutdown_watch = watch_shutdown()})
            end;
        _Other ->
            %% Nothing else is expected; dropping keeps the mailbox bounded.
            loop(S)
    end.

%% The read-only check, in front of every request.
guarded(Tag, Request, Opts, S = #state{read_only = true}) ->
    case lists:member(request_name(Request), ?CHANGES_NODE) of
        true ->
            S#state.console ! {Tag, {error, read_only}},
            S;
        false ->
            request(Tag, Request, Opts, S)
    end;
guarded(Tag, Request, Opts, S) ->
    request(Tag, Request, Opts, S).

%% A request is an atom (purge_old_code) or a tuple named by its first element ({gc_all, Opts}).
request_name(Request) when is_atom(Request) -> Request;
request_name(Request) when tuple_size(Request) > 0 -> element(1, Request);
request_name(_) -> undefined.

request(Tag, stop, _Opts, S) ->
    %% Acknowledged at once; the departure answers later, with the same tag, {ok, removed}, {ok, kept}
    %% (another console's agent still uses the code) or {ok, busy}. It can take seconds (the lock, the
    %% purge of each module on a node of many processes): the console knows meanwhile that it is under way.
    S#state.console ! {Tag, {ok, stopping}},
    shutdown(S, S#state.console, Tag);
request(Tag, {set_read_only, ReadOnly}, _Opts, S) when is_boolean(ReadOnly) ->
    S#state.console ! {Tag, {ok, ReadOnly}},
    S#state{read_only = ReadOnly};
request(Tag, ping, _Opts, S) ->
    S#state.console ! {Tag, {ok, pong}},
    S;
request(Tag, {subscribe_events, EventOpts}, _Opts, S) when is_map(EventOpts) ->
    {Reply, S1} = subscribe_events(EventOpts, S),
    S#state.console ! {Tag, Reply},
    S1;
request(Tag, {set_event_options, EventOpts}, _Opts, S = #state{events = Hub}) when is_map(EventOpts) ->
    Reply = case Hub of
                undefined -> {error, not_subscribed};
                _ -> bilby_agent_events:set_options(self(), EventOpts)
            end,
    S#state.console ! {Tag, case Reply of ok -> {ok, ok}; _ -> Reply end},
    S#state{event_opts = maps:merge(S#state.event_opts, EventOpts)};
request(Tag, metrics, _Opts, S) ->
    %% Cheap BIF reads (no process walk: that one runs in the scanner), answered inline.
    WallTime = bilby_agent_metrics:wall_time(),
    Ctx = #{scan => S#state.scan, wall_time => {S#state.wall_time, WallTime}, console => node(S#state.console),
            sysmon => case S#state.sysmon of {_, Counters} -> Counters; undefined -> undefined end},
    {Reply, Hidden} = try bilby_agent_metrics:sample(Ctx#{hidden => S#state.hidden_dist}) of
                          {Values, H} -> {{ok, Values}, H}
                      catch
                          C:R -> {{error, {C, R}}, S#state.hidden_dist}
                      end,
    S#state.console ! {Tag, Reply},
    S#state{wall_time = WallTime, hidden_dist = Hidden};
request(Tag, health, Opts, S) ->
    %% The checks run in a worker like any request, with the scanner's latest figures and caches
    %% that outlive the worker.
    request(Tag, {health, S#state.scan, health_cache(), labels_cache()}, Opts, S);
request(Tag, {procs, ProcOpts}, Opts, S) when is_map(ProcOpts) ->
    %% The top list's reductions are counted from this console's previous refresh: the counts live in a
    %% table of this server's.
    request(Tag, {procs, ProcOpts, reductions_table(), labels_cache()}, Opts, S);
request(Tag, {proc_info, Pid}, Opts, S) ->
    request(Tag, {proc_info, Pid, labels_cache()}, Opts, S);
request(Tag, ets_tables, Opts, S) ->
    %% Owners are named as everywhere else, Bilby's own tables marked as such.
    request(Tag, {ets_tables, labels_cache()}, Opts, S);
request(Tag, {ports, PortOpts}, Opts, S) when is_map(PortOpts) ->
    request(Tag, {ports, PortOpts, labels_cache()}, Opts, S);
request(Tag, {eval, Lang, Text}, Opts, S) when (Lang =:= erlang orelse Lang =:= elixir), is_binary(Text) ->
    %% The worker evaluates with this session's bindings and sends the new ones back (eval_bindings).
    request(Tag, {eval, Lang, Text, maps:get(Lang, S#state.bindings, []), self()}, Opts, S);
request(Tag, {eval_forget, Lang}, _Opts, S) ->
    S#state.console ! {Tag, {ok, ok}},
    S#state{bindings = maps:remove(Lang, S#state.bindings)};
request(Tag, {gc_all, GcOpts}, Opts, S) when is_map(GcOpts) ->
    %% Progress goes straight to the console; {cancel, Tag} stops it between two batches.
    request(Tag, {gc_all, GcOpts, S#state.console, Tag}, Opts, S);
request(Tag, {cancel, Target}, _Opts, S) ->
    Found = [W || {W, {T, _}} <- maps:to_list(S#state.workers), T =:= Target],
    [W ! bilby_cancel || W <- Found],
    S#state.console ! {Tag, {ok, Found =/= []}},
    S;
request(Tag, Request, Opts, S = #state{workers = Workers}) when map_size(Workers) >= ?MAX_WORKERS ->
    _ = Request, _ = Opts,
    S#state.console ! {Tag, {error, busy}},
    S;
request(Tag, Request, Opts, S) ->
    Timeout = clamp(maps:get(timeout, Opts, ?DEFAULT_TIMEOUT), 1, ?MAX_TIMEOUT),
    MaxBytes = maps:get(max_bytes, Opts, ?DEFAULT_MAX_BYTES),
    Server = self(),
    Worker = spawn_opt(fun() -> work(Server, Tag, Request, MaxBytes) end,
                       [link, {max_heap_size, #{size => heap_limit(Request), kill => true, error_logger => false}}]),
    TRef = erlang:send_after(Timeout, self(), {worker_timeout, Worker}),
    S#state{workers = maps:put(Worker, {Tag, TRef}, S#state.workers)}.

heap_limit({proc_messages, _, #{confirmed := true}}) -> ?LARGE_WORKER_MAX_HEAP;
heap_limit({eval, _, _, _, _}) -> ?LARGE_WORKER_MAX_HEAP;
heap_limit(_) -> ?WORKER_MAX_HEAP.

work(Server, Tag, Request, MaxBytes) ->
    Reply = try handle(Request) of
                Value ->
                    case erlang:external_size(Value) of
                        Size when Size =< MaxBytes -> {ok, Value};
                        Size -> {error, {too_large, Size, MaxBytes}}
                    end
            catch
                Class:Reason -> {error, {Class, Reason}}
            end,
    Server ! {worker_done, self(), Tag, Reply}.

handle(info) -> bilby_agent_metrics:info();
handle(metrics_slow) -> bilby_agent_metrics:slow_sample();
handle({procs, Opts, Tab, Labels}) -> bilby_agent_procs:top(Opts, Tab, Labels);
handle({proc_info, Pid, Labels}) -> bilby_agent_inspect:info(Pid, Labels);
handle({proc_messages, Pid, Opts}) -> bilby_agent_inspect:messages(Pid, Opts);
handle({proc_dictionary, Pid}) -> bilby_agent_inspect:dictionary(Pid);
handle({proc_state, Pid, Timeout}) when is_integer(Timeout) -> bilby_agent_inspect:state(Pid, Timeout);
handle({proc_stack, Pid}) -> bilby_agent_inspect:stack(Pid);
handle({proc_terminate, Pid, Reason}) -> bilby_agent_inspect:terminate(Pid, Reason);
handle({proc_gc, Pid}) -> bilby_agent_inspect:gc(Pid);
handle({ets_tables, Labels}) -> bilby_agent_ets:tables(Labels);
handle({ets_page, Table, Cont, Size}) when is_integer(Size) -> bilby_agent_ets:page(Table, Cont, Size);
handle({ets_lookup, Table, Key}) -> bilby_agent_ets:lookup(Table, Key);
handle({health, Scan, Cache, Labels}) -> bilby_agent_health:check(Scan, Cache, Labels);
handle({eval, Lang, Text, Bindings, Server}) -> bilby_agent_eval:eval(Lang, Text, Bindings, Server);
handle(eval_languages) ->
    %% The node's own language first: Elixir where the elixir application runs (a Mix release, iex).
    case bilby_agent_eval:elixir_available() of
        false -> [erlang];
        true ->
            case lists:keymember(elixir, 1, application:which_applications()) of
                true -> [elixir, erlang];
                false -> [erlang, elixir]
            end
    end;
handle({gc_all, Opts, Console, Tag}) -> bilby_agent_actions:gc_all(Opts, Console, Tag);
handle(old_code) -> bilby_agent_actions:old_code();
handle(purge_old_code) -> bilby_agent_actions:purge_old_code();
handle(shells) -> bilby_agent_actions:shells();
handle({kill_shell, Pid}) -> bilby_agent_actions:kill_shell(Pid);
handle({ports, Opts, Labels}) when is_map(Opts) -> bilby_agent_ports:ports(Opts, Labels);
handle(applications) -> bilby_agent_sup:applications();
handle({sup_tree, App}) -> bilby_agent_sup:tree(App);
handle({sleep, Ms}) when is_integer(Ms), Ms >= 0, Ms =< 60000 ->
    %% Diagnostic: a request that takes a known time, used to check timeouts end to end.
    timer:sleep(Ms), slept;
handle(Request) -> erlang:error({unknown_request, Request}).

worker_failed(Worker, Reason, S = #state{workers = Workers}) ->
    case maps:take(Worker, Workers) of
        {{Tag, TRef}, Rest} ->
            erlang:cancel_timer(TRef),
            unlink(Worker),
            exit(Worker, kill),
            Error = case Reason of
                        timeout -> timeout;
                        killed -> heap_limit;
                        _ -> {worker_exit, Reason}
                    end,
            S#state.console ! {Tag, {error, Error}},
            S#state{workers = Rest};
        error ->
            S
    end.

%% Stops every helper process, then hands over to the lifecycle's departure, which waits for this
%% process to end, takes the lifecycle lock and removes the code unless another console's agent runs.
%% ReplyTo (the console, for a stop request) hears from the departure what became of the code.
shutdown(#state{name = Name, workers = Workers, scanner = Scanner, sysmon = Sysmon, events = Hub,
                depart = {Depart, Modules}}, ReplyTo, Tag) ->
    %% First: the hub's handlers and traces call into agent code, which the departure removes.
    Hub =:= undefined orelse bilby_agent_events:leave(self(), Hub),
    [exit(W, kill) || W <- maps:keys(Workers)],
    Scanner =:= undefined orelse exit(Scanner, kill),
    _ = erlang:system_flag(scheduler_wall_time, false),
    %% Synchronous: the last one to leave clears the system monitor before the code goes.
    Sysmon =:= undefined orelse bilby_agent_sysmon:leave(self()),
    unregister(Name),
    %% erlang:apply runs the departure fun (erl_eval's, not ours) in a process that runs no agent code.
    _ = spawn(erlang, apply, [Depart, [self(), Modules, ReplyTo, Tag]]),
    exit(normal).

%% A crash in the loop lost the state: what shutdown/3 needs is found again (the hub is the node's one, a
%% share in the system monitor is left by pid, the workers and the scanner are linked), so that the
%% departure still removes the code; the console's requests time out from then on.
crashed(S) ->
    {links, Linked} = erlang:process_info(self(), links),
    Hub = whereis(bilby_agent_events),
    shutdown(S#state{workers = maps:from_list([{P, true} || P <- Linked, is_pid(P)]), scanner = undefined,
                     sysmon = {undefined, undefined}, events = Hub}, undefined, undefined).

%% A share in the node's Bilby system monitor; none when another system monitor is set.
join_sysmon() ->
    case bilby_agent_sysmon:join(self()) of
        {ok, Pid, Counters} ->
            erlang:monitor(process, Pid),
            {Pid, Counters};
        {error, _} ->
            undefined
    end.

%% init:stop stops every application in reverse order, kernel (and the distribution inside it) last:
%% the end of another application's master, or of kernel_safe_sup (started after the distribution on a
%% plain node), while init says `stopping` means the node shuts down in order, and the console is told
%% while the connection still carries it. (RabbitMQ starts its distribution late, after kernel_safe_sup,
%% but its sasl and other applications still end before kernel.)
%% The masters are read from the application controller's table (what application_controller:get_master/1
%% does), not asked of it: application:which_applications/0 is a call of up to 5 s, and the controller is
%% busy for that long while an application stops (rabbitmqctl stop_app), when this is called.
watch_shutdown() ->
    Masters = try ets:match(ac_tab, {{application_master, '$1'}, '$2'}) of
                  Found -> [P || [App, P] <- Found, App =/= kernel]
              catch
                  error:badarg -> []
              end,
    maps:from_list([{erlang:monitor(process, P), true} || P <- [whereis(kernel_safe_sup) | Masters], is_pid(P)]).

%% The process counts of the previous top list by reductions.
reductions_table() ->
    server_table(reductions_table, fun bilby_agent_procs:new_reductions_table/0).

%% Process labels, read once a process (bilby_agent_labels).
labels_cache() ->
    server_table(labels_cache, fun bilby_agent_labels:new_cache/0).

%% What the health checks learnt (file stamps, the code path's clashes).
health_cache() ->
    server_table(health_cache, fun() -> ets:new(bilby_agent_health, [set, public]) end).

%% A table of this server's, made on first use: it outlives the workers that read and write it.
server_table(Key, New) ->
    case get(Key) of
        undefined ->
            Tab = New(),
            put(Key, Tab),
            Tab;
        Tab ->
            Tab
    end.

%% Joins the events hub (or changes the options of the share already held).
subscribe_events(Opts, S = #state{events = undefined}) ->
    case bilby_agent_events:join(self(), Opts) of
        {ok, Hub, Info} ->
            erlang:monitor(process, Hub),
            {{ok, Info}, S#state{events = Hub, event_opts = Opts}};
        {error, Reason} ->
            {{error, Reason}, S}
    end;
subscribe_events(Opts, S = #state{events = Hub}) ->
    case bilby_agent_events:join(self(), Opts) of
        {ok, Hub, Info} -> {{ok, Info}, S#state{event_opts = Opts}};
        {ok, _Other, _} -> {{error, hub_changed}, S};
        {error, Reason} -> {{error, Reason}, S}
    end.

%% The hub died (killed at its heap limit, say): remove what it left installed, then join a new one a
%% little later, a bounded number of times so that a hub that keeps dying does not loop.
hub_died(Hub, S) ->
    bilby_agent_events:cleanup(Hub),
    case S#state.hub_restarts < ?MAX_HUB_RESTARTS of
        true -> erlang:send_after(1000, self(), rejoin_events);
        false -> ok
    end,
    S#state{events = undefined, hub_restarts = S#state.hub_restarts + 1}.

rejoin_events(S = #state{events = undefined}) ->
    {_, S1} = subscribe_events(S#state.event_opts, S),
    S1;
rejoin_events(S) ->
    S.

clamp(V, Lo, Hi) when is_integer(V) -> max(Lo, min(Hi, V));
clamp(_, Lo, _) -> Lo.
