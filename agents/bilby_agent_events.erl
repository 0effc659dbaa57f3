%% The node's events hub while Bilby watches it: logger events, SASL alarms, shell expressions, code
%% loading, application environment changes and (opt-in) system monitor details, batched to every
%% console's agent server.
%%
%% One hub per node, shared like bilby_agent_sysmon: each agent server joins and leaves; the hub installs
%% its sources while it has subscribers and the last one to leave removes everything it installed before
%% it answers, so the agent code can be purged safely afterwards. It never displaces what is not its own:
%% a meta trace or handler held by someone else makes that source unavailable, with the reason.
%%
%% Bounds: the logger handler admits at most ?LOG_PER_S events a second (counted beyond, in the caller,
%% with no message); the hub keeps at most ?QUEUE_MAX pending events and sends each subscriber one batch
%% of at most ?BATCH_MAX events every ?BATCH_MS; the rest is dropped and counted per origin.
%% The trace-based sources (shell, code, config) live in bilby_agent_evtrace; the logger and alarm
%% handlers, and the rendering of terms as bounded text, in bilby_agent_evhandlers.
-module(bilby_agent_events).

-export([join/2, leave/2, set_options/2, shell_pids/0, cleanup/1, origins/0]).
-export([hub/1]).

-define(BATCH_MS, 200).
-define(BATCH_MAX, 500).
-define(QUEUE_MAX, 5000).
-define(TEXT_MAX, 4096).
-define(RESYNC_MS, 10000).
-define(REPLY_TIMEOUT, 5000).
%% Heap limit of the hub, in words (32 MB on a 64-bit node): a runaway hub dies alone; the servers clean up.
-define(HUB_MAX_HEAP, 4194304).
%% Beyond this many messages waiting, trace messages are counted as dropped without being decoded.
-define(MAILBOX_SHED, 20000).
-define(HANDLER_ID, bilby_agent_events).
-define(HANDLERS, bilby_agent_evhandlers).
%% Event managers that carry set_alarm/clear_alarm events, and the handlers that answer get_alarms.
-define(ALARM_MANAGERS, [alarm_handler, rabbit_alarm]).
-define(ALARM_KEEPERS, [alarm_handler, rabbit_alarm]).
%% How long the hub waits for an alarm manager to answer, and how soon after losing a handler (its manager
%% stopped: rabbitmqctl stop_app) it looks for the manager again.
-define(MANAGER_TIMEOUT, 1000).
-define(ALARM_RETRY_MS, 1000).

-record(sub, {mref, level = warning, sysmon = false, base = #{}, sent = #{}}).
-record(hub, {subs = #{}, queue = queue:new(), qlen = 0, drops, bucket, level = warning,
              sources = [], unavailable = #{}, trace, shedding = false}).

%% Origins, in the order of the drop counters.
origins() -> [log, shell, code, config, alarm, system_monitor].

%% Joins (starting it if needed) the node's events hub for the calling agent server.
%% Returns {ok, Hub, #{sources, unavailable, alarms}} or {error, Reason}.
join(Server, Opts) ->
    join(Server, Opts, 3).

join(_Server, _Opts, 0) ->
    {error, unavailable};
join(Server, Opts, Tries) ->
    case whereis(?MODULE) of
        undefined ->
            _ = start(),
            join(Server, Opts, Tries - 1);
        Pid ->
            case call(Pid, {join, Server, Opts}) of
                {ok, Info} -> {ok, Pid, Info};
                {error, gone} -> join(Server, Opts, Tries - 1);
                Error -> Error
            end
    end.

%% Leaves; the last one to leave uninstalls every source before this returns. When the hub died
%% meanwhile, whatever it left behind is removed here (its handlers and traces name its pid).
leave(Server, Hub) ->
    case whereis(?MODULE) of
        Hub when is_pid(Hub) -> _ = call(Hub, {leave, Server}), ok;
        _ -> cleanup(Hub)
    end.

set_options(Server, Opts) ->
    case whereis(?MODULE) of
        undefined -> {error, not_subscribed};
        Pid -> call(Pid, {options, Server, Opts})
    end.

%% The shells seen evaluating expressions (alive ones); [] when the hub is not running.
shell_pids() ->
    case whereis(?MODULE) of
        undefined -> [];
        Pid ->
            case call(Pid, shell_pids) of
                Pids when is_list(Pids) -> Pids;
                _ -> []
            end
    end.

%% Removes what a dead hub left installed: only handlers and traces that name that very pid.
cleanup(Hub) when is_pid(Hub) ->
    case is_process_alive(Hub) of
        true ->
            ok;
        false ->
            _ = remove_log_handler(Hub),
            remove_alarm_handlers(Hub),
            remove_lager_handlers(Hub),
            bilby_agent_evtrace:uninstall(Hub),
            ok
    end;
cleanup(_) ->
    ok.

call(Pid, Request) ->
    bilby_agent_sysmon:call(Pid, Request, ?REPLY_TIMEOUT).

start() ->
    {Pid, MRef} = spawn_opt(?MODULE, hub, [self()],
                            [monitor, {priority, high}, {message_queue_data, off_heap},
                             {max_heap_size, #{size => ?HUB_MAX_HEAP, kill => true, error_logger => false}}]),
    receive
        {?MODULE, Pid, Result} ->
            erlang:demonitor(MRef, [flush]),
            Result;
        {'DOWN', MRef, process, Pid, _} ->
            error
    after ?REPLY_TIMEOUT ->
        exit(Pid, kill),
        erlang:demonitor(MRef, [flush]),
        error
    end.

%%% The hub process

hub(Parent) ->
    try register(?MODULE, self()) of
        true ->
            %% The alarm managers are linked to the hub (supervised handlers): one that is killed must
            %% not take the hub with it.
            process_flag(trap_exit, true),
            Parent ! {?MODULE, self(), ok},
            erlang:send_after(?BATCH_MS, self(), flush),
            erlang:send_after(?RESYNC_MS, self(), resync),
            hub_loop(#hub{drops = counters:new(length(origins()), [write_concurrency]),
                          bucket = atomics:new(3, [{signed, true}])})
    catch
        error:badarg ->
            Parent ! {?MODULE, self(), already_started}
    end.

hub_loop(H) ->
    receive
        {event, Event} ->
            hub_loop(enqueue(Event, H));
        {alarm, Manager, Op, Id, Desc} ->
            hub_loop(enqueue(alarm_event(Manager, Op, Id, Desc), H));
        {sysmon, Event, Pid, Info} ->
            hub_loop(enqueue(sysmon_event(Event, Pid, Info), H));
        Trace when element(1, Trace) =:= trace_ts; element(1, Trace) =:= trace ->
            hub_loop(trace(Trace, H));
        flush ->
            erlang:send_after(?BATCH_MS, self(), flush),
            hub_loop(flush(check_mailbox(H)));
        resync ->
            erlang:send_after(?RESYNC_MS, self(), resync),
            {Events, Trace} = bilby_agent_evtrace:resync(H#hub.trace),
            sysmon_details(H),
            hub_loop(resync_alarms(lists:foldl(fun enqueue/2, H#hub{trace = Trace}, Events)));
        {gen_event_EXIT, {?HANDLERS, _}, Reason} when Reason =/= normal ->
            %% An alarm manager removed our handler or stopped: it may come back (start_app).
            erlang:send_after(?ALARM_RETRY_MS, self(), resync_alarms),
            hub_loop(H);
        {'EXIT', _, _} ->
            %% A linked alarm manager was killed (it sent no gen_event_EXIT).
            erlang:send_after(?ALARM_RETRY_MS, self(), resync_alarms),
            hub_loop(H);
        resync_alarms ->
            hub_loop(resync_alarms(H));
        {{join, Server, Opts}, From, Tag} ->
            H1 = subscribe(Server, Opts, H),
            From ! {Tag, {ok, #{sources => H1#hub.sources, unavailable => H1#hub.unavailable,
                                alarms => current_alarms(H1)}}},
            hub_loop(H1);
        {{options, Server, Opts}, From, Tag} ->
            case maps:find(Server, H#hub.subs) of
                {ok, Sub} ->
                    From ! {Tag, ok},
                    hub_loop(apply_levels(H#hub{subs = (H#hub.subs)#{Server => sub_options(Opts, Sub)}}));
                error ->
                    From ! {Tag, {error, not_subscribed}},
                    hub_loop(H)
            end;
        {{leave, Server}, From, Tag} ->
            H1 = unsubscribe(Server, H),
            case map_size(H1#hub.subs) of
                0 ->
                    %% Uninstalled before the answer: the last agent removes our code once it has it.
                    uninstall(H1),
                    From ! {Tag, ok},
                    exit(normal);
                _ ->
                    From ! {Tag, ok},
                    hub_loop(H1)
            end;
        {shell_pids, From, Tag} ->
            From ! {Tag, bilby_agent_evtrace:shell_pids(H#hub.trace)},
            hub_loop(H);
        {'DOWN', _, process, Server, _} when is_map_key(Server, H#hub.subs) ->
            H1 = unsubscribe(Server, H),
            case map_size(H1#hub.subs) of
                0 -> uninstall(H1), exit(normal);
                _ -> hub_loop(H1)
            end;
        _Other ->
            hub_loop(H)
    end.

subscribe(Server, Opts, H = #hub{subs = Subs}) ->
    Sub0 = case maps:find(Server, Subs) of
               {ok, S} -> S;
               error -> #sub{mref = erlang:monitor(process, Server), base = drop_totals(H)}
           end,
    H1 = H#hub{subs = Subs#{Server => sub_options(Opts, Sub0)}},
    case map_size(Subs) of
        0 -> apply_levels(install(H1));
        _ -> apply_levels(H1)
    end.

unsubscribe(Server, H = #hub{subs = Subs}) ->
    case maps:take(Server, Subs) of
        {#sub{mref = MRef}, Rest} ->
            erlang:demonitor(MRef, [flush]),
            apply_levels(H#hub{subs = Rest});
        error ->
            H
    end.

sub_options(Opts, Sub) ->
    Level = case maps:get(log_level, Opts, Sub#sub.level) of
                L when L =:= emergency; L =:= alert; L =:= critical; L =:= error; L =:= warning;
                       L =:= notice; L =:= info; L =:= debug -> L;
                _ -> Sub#sub.level
            end,
    Sub#sub{level = Level, sysmon = maps:get(sysmon_details, Opts, Sub#sub.sysmon) =:= true}.

%% The logger handler takes the lowest level any subscriber wants; the system monitor sends details while
%% any subscriber wants them.
apply_levels(H = #hub{subs = Subs}) when map_size(Subs) =:= 0 ->
    H;
apply_levels(H = #hub{subs = Subs}) ->
    Level = maps:fold(fun(_, #sub{level = L}, Acc) ->
                              case logger:compare_levels(L, Acc) of lt -> L; _ -> Acc end
                      end, emergency, Subs),
    _ = lists:member(log, H#hub.sources) andalso Level =/= H#hub.level
        andalso logger:update_handler_config(?HANDLER_ID, level, Level),
    bilby_agent_evhandlers:set_lager_level(H#hub.bucket, Level),
    sysmon_details(H),
    H#hub{level = Level}.

sysmon_details(#hub{subs = Subs, drops = Drops}) ->
    Want = maps:fold(fun(_, #sub{sysmon = W}, Acc) -> W orelse Acc end, false, Subs),
    case whereis(bilby_agent_sysmon) of
        undefined -> ok;
        Sysmon -> Sysmon ! {details, case Want of true -> self(); false -> undefined end,
                            Drops, index(system_monitor)}
    end.

%%% Installing and removing the sources

install(H) ->
    Steps = [{log, fun install_log/1}, {alarm, fun install_alarm/1}, {lager, fun install_lager/1}],
    {Sources, Unavailable} =
        lists:foldl(fun({Name, Install}, {Ss, Us}) ->
                            case catch Install(H) of
                                ok -> {[Name | Ss], Us};
                                absent -> {Ss, Us};
                                {unavailable, Why} -> {Ss, Us#{Name => Why}};
                                Other -> {Ss, Us#{Name => bilby_agent_evhandlers:render(Other, 200)}}
                            end
                    end, {[], #{}}, Steps),
    {TraceSources, TraceUnavailable, Trace} = bilby_agent_evtrace:install(self()),
    SysmonSources = case whereis(bilby_agent_sysmon) of
                        undefined -> [];
                        _ -> [system_monitor]
                    end,
    SysmonUnavailable = case SysmonSources of
                            [] -> #{system_monitor => <<"another system monitor is set on the node">>};
                            _ -> #{}
                        end,
    H#hub{sources = lists:reverse(Sources) ++ TraceSources ++ SysmonSources,
          unavailable = maps:merge(maps:merge(Unavailable, TraceUnavailable),
                                   SysmonUnavailable),
          trace = Trace}.

uninstall(H = #hub{}) ->
    _ = remove_log_handler(self()),
    remove_alarm_handlers(self()),
    remove_lager_handlers(self()),
    bilby_agent_evtrace:uninstall(self()),
    case whereis(bilby_agent_sysmon) of
        undefined -> ok;
        Sysmon -> Sysmon ! {details, undefined, H#hub.drops, index(system_monitor)}
    end,
    ok.

install_log(H) ->
    case logger:get_handler_config(?HANDLER_ID) of
        {ok, #{config := #{hub := Old}}} when Old =/= self() ->
            %% Left by a hub that died: ours to replace.
            _ = remove_log_handler(Old);
        _ ->
            ok
    end,
    Config = #{level => H#hub.level, filter_default => log,
               config => #{hub => self(), bucket => H#hub.bucket, drops => H#hub.drops}},
    case logger:add_handler(?HANDLER_ID, ?HANDLERS, Config) of
        ok -> ok;
        {error, Reason} -> {unavailable, bilby_agent_evhandlers:render(Reason, 200)}
    end.

remove_log_handler(Hub) ->
    case logger:get_handler_config(?HANDLER_ID) of
        {ok, #{module := ?HANDLERS, config := #{hub := Hub}}} -> logger:remove_handler(?HANDLER_ID);
        _ -> ok
    end.

%% Alarms live in SASL's alarm_handler (os_mon's, and whatever handler an application put there instead
%% of SASL's own: ejabberd's ejabberd_system_monitor) and in event managers that applications keep for
%% themselves with the same set_alarm/clear_alarm events: RabbitMQ's resource alarms are in rabbit_alarm.
alarm_managers() ->
    [M || M <- ?ALARM_MANAGERS, is_pid(whereis(M))].

install_alarm(_H) ->
    case alarm_managers() of
        [] ->
            {unavailable, <<"SASL's alarm_handler is not running (the sasl application is not started)">>};
        Managers ->
            case [R || {_, R} <- [add_alarm_handler(M) || M <- Managers], R =/= ok] of
                [] -> ok;
                [Other | _] -> {unavailable, bilby_agent_evhandlers:render(Other, 200)}
            end
    end.

%% Supervised: the manager tells the hub when it drops the handler or stops (gen_event_EXIT), and drops
%% the handler itself when the hub ends, however it ends. A manager that does not answer in
%% ?MANAGER_TIMEOUT is left for the next resync: gen_event's add and delete wait without a limit.
add_alarm_handler(Manager) ->
    case handler_present(Manager) of
        false -> {added, gen_event:add_sup_handler(Manager, {?HANDLERS, self()}, {alarm, Manager, self()})};
        true -> {present, ok};
        unknown -> {unknown, <<"the alarm manager did not answer">>}
    end.

%% Our handler answers any call with ok; gen_event answers {error, bad_module} for a handler it lacks.
handler_present(Manager) ->
    handler_present(Manager, self()).

handler_present(Manager, Hub) ->
    case catch gen_event:call(Manager, {?HANDLERS, Hub}, bilby_present, ?MANAGER_TIMEOUT) of
        ok -> true;
        {error, bad_module} -> false;
        _ -> unknown
    end.

%% RabbitMQ's rabbit_alarm lives under rabbit_sup: `rabbitmqctl stop_app` ends it with our handler, and it
%% may not exist yet when the hub starts. Every resync puts the handler back into every alarm manager
%% that runs, and reports the alarms a manager holds on finding it anew.
resync_alarms(H = #hub{subs = Subs}) when map_size(Subs) =:= 0 ->
    H;
resync_alarms(H) ->
    Results = [{M, add_alarm_handler(M)} || M <- alarm_managers()],
    Added = [M || {M, {added, ok}} <- Results],
    Installed = [M || {M, {How, ok}} <- Results, How =:= added orelse How =:= present],
    Events = [alarm_event(M, set, Id, Desc) || M <- Added, {Id, Desc} <- lists:sublist(manager_alarms(M), 1000)],
    H1 = case Installed =/= [] andalso not lists:member(alarm, H#hub.sources) of
             true -> H#hub{sources = H#hub.sources ++ [alarm], unavailable = maps:remove(alarm, H#hub.unavailable)};
             false -> H
         end,
    lists:foldl(fun enqueue/2, H1, Events).

remove_alarm_handlers(Hub) ->
    [catch gen_event:delete_handler(M, {?HANDLERS, Hub}, stop) || M <- alarm_managers(),
                                                                   handler_present(M, Hub) =:= true],
    ok.

%% The alarms set now, also those set before Bilby came, from the handlers known to keep them and answer
%% get_alarms (SASL's own, RabbitMQ's). Other handlers are never called: a handler without a catch-all
%% handle_call would crash on a request it does not know, and its manager would drop it. Their alarms
%% are seen from the moment Bilby's handler is installed.
current_alarms(#hub{sources = Sources}) ->
    case lists:member(alarm, Sources) of
        true ->
            Found = lists:usort([{M, Id, Desc} || M <- alarm_managers(), {Id, Desc} <- manager_alarms(M)]),
            [#{manager => M, alarm_id => bilby_agent_evhandlers:render(Id, 1024),
               description => bilby_agent_evhandlers:render(Desc, ?TEXT_MAX)}
             || {M, Id, Desc} <- lists:sublist(Found, 1000)];
        false ->
            []
    end.

%% Asked of the keepers by name, with a timeout (gen_event:which_handlers/1 waits without one): a manager
%% without that handler answers {error, bad_module}.
manager_alarms(Manager) ->
    lists:append([alarm_list(catch gen_event:call(Manager, H, get_alarms, ?MANAGER_TIMEOUT)) || H <- ?ALARM_KEEPERS]).

alarm_list(Alarms) when is_list(Alarms) ->
    [case A of {_, _} -> A; Id -> {Id, []} end || A <- Alarms];
alarm_list(_) ->
    [].

%% Lager keeps its own event managers ("sinks"): what code logs with lager:error/2 and friends never
%% reaches logger, so a handler goes into each sink. Not into error_logger_lager_event, which carries
%% what lager redirects from error_logger: logger gives us that already.
install_lager(H) ->
    case lager_sinks() of
        [] ->
            absent; % most nodes: nothing to say
        Sinks ->
            Config = {lager, self(), H#hub.bucket, H#hub.drops},
            Added = [Sink || Sink <- Sinks,
                             gen_event:add_handler(Sink, {?HANDLERS, self()}, Config) =:= ok],
            case Added of
                [] -> {unavailable, <<"Lager's event managers did not take our handler">>};
                _ -> ok
            end
    end.

remove_lager_handlers(Hub) ->
    [catch gen_event:delete_handler(Sink, {?HANDLERS, Hub}, stop) || Sink <- lager_sinks()],
    ok.

lager_sinks() ->
    case whereis(lager_event) of
        undefined ->
            [];
        _ ->
            Sinks = case catch lager:list_all_sinks() of
                        L when is_list(L) -> L;
                        _ -> [lager_event]
                    end,
            [S || S <- Sinks, is_atom(S), S =/= error_logger_lager_event, is_pid(whereis(S))]
    end.

%%% Events

trace(Trace, H = #hub{shedding = true}) ->
    count_drop(bilby_agent_evtrace:origin(Trace), H),
    H;
trace(_Trace, H = #hub{trace = undefined}) ->
    H;
trace(Trace, H = #hub{trace = T0}) ->
    {Events, T} = bilby_agent_evtrace:handle(Trace, T0),
    lists:foldl(fun enqueue/2, H#hub{trace = T}, Events).

enqueue(Event = #{origin := Origin}, H = #hub{qlen = N}) when N >= ?QUEUE_MAX ->
    _ = Event,
    count_drop(Origin, H),
    H;
enqueue(Event, H = #hub{queue = Q, qlen = N}) ->
    H#hub{queue = queue:in(Event, Q), qlen = N + 1}.

count_drop(undefined, _H) -> ok;
count_drop(Origin, #hub{drops = Drops}) -> counters:add(Drops, index(Origin), 1).

%% Under a flood of trace messages, stop decoding them until the mailbox has drained.
check_mailbox(H) ->
    {message_queue_len, Len} = process_info(self(), message_queue_len),
    H#hub{shedding = Len > ?MAILBOX_SHED orelse (H#hub.shedding andalso Len > ?MAILBOX_SHED div 10)}.

flush(H = #hub{subs = Subs}) when map_size(Subs) =:= 0 ->
    H;
flush(H = #hub{queue = Q0, qlen = N0, subs = Subs}) ->
    {Batch, Q, N} = take(min(N0, ?BATCH_MAX), Q0, N0, []),
    Totals = drop_totals(H),
    Subs1 = maps:map(fun(Server, Sub) -> send_batch(Server, Sub, Batch, Totals) end, Subs),
    H#hub{queue = Q, qlen = N, subs = Subs1}.

take(0, Q, N, Acc) -> {lists:reverse(Acc), Q, N};
take(K, Q, N, Acc) ->
    {{value, E}, Q1} = queue:out(Q),
    take(K - 1, Q1, N - 1, [E | Acc]).

send_batch(Server, Sub = #sub{base = Base, sent = Sent}, Batch, Totals) ->
    Events = [E || E <- Batch, wanted(E, Sub)],
    Dropped = maps:map(fun(O, V) -> V - maps:get(O, Base, 0) end, Totals),
    case Events =:= [] andalso Dropped =:= Sent of
        true ->
            Sub;
        false ->
            Server ! {bilby_hub_batch, self(), Events, Dropped},
            Sub#sub{sent = Dropped}
    end.

wanted(#{origin := log, severity := S}, #sub{level = L}) -> logger:compare_levels(S, L) =/= lt;
wanted(#{origin := system_monitor}, #sub{sysmon = W}) -> W;
wanted(_, _) -> true.

drop_totals(#hub{drops = Drops}) ->
    maps:from_list([{O, counters:get(Drops, index(O))} || O <- origins()]).

index(log) -> 1;
index(shell) -> 2;
index(code) -> 3;
index(config) -> 4;
index(alarm) -> 5;
index(system_monitor) -> 6.

alarm_event(Manager, Op, Id, Desc) ->
    IdBin = bilby_agent_evhandlers:render(Id, 1024),
    DescBin = case Op of set -> bilby_agent_evhandlers:render(Desc, ?TEXT_MAX); clear -> <<>> end,
    Text = case Op of
               set -> bilby_agent_evhandlers:cut(<<"Alarm set: ", IdBin/binary, " (", DescBin/binary, ")">>, ?TEXT_MAX);
               clear -> bilby_agent_evhandlers:cut(<<"Alarm cleared: ", IdBin/binary>>, ?TEXT_MAX)
           end,
    #{time_us => os:system_time(microsecond), origin => alarm,
      severity => case Op of set -> warning; clear -> notice end,
      text => Text, details => <<>>, meta => #{op => Op, alarm_id => IdBin, description => DescBin, manager => Manager}}.

sysmon_event(Event, Pid, Info) ->
    InfoBin = bilby_agent_evhandlers:render(Info, ?TEXT_MAX),
    Who = bilby_agent_evhandlers:render(Pid, 200),
    #{time_us => os:system_time(microsecond), origin => system_monitor, severity => warning,
      text => bilby_agent_evhandlers:cut(<<(atom_to_binary(Event))/binary, " on ", Who/binary, ": ", InfoBin/binary>>, ?TEXT_MAX),
      details => <<>>,
      meta => #{event => Event, pid => case is_pid(Pid) of true -> Pid; false -> undefined end,
                info => InfoBin}}.
