%% The node's system monitor while Bilby watches it: counts the events, keeps nothing else.
%%
%% A node has one system monitor. This process takes the role only when nobody holds it, and it is
%% shared by every console's agent server on the node: each one joins, gets the counters to read
%% (counters:get/2, no message per sample), and leaves. When the last one has gone, or when someone
%% else has taken the system monitor over, it clears the monitor (only while it is still its own) and
%% exits, so nothing stays behind on the node.
%%
%% Details on request: while the events hub (bilby_agent_events) asks for them with
%% {details, Hub, Drops, Index}, each event is also sent to the hub, at most ?DETAILS_PER_S a second;
%% beyond that it is counted in the hub's drop counters (Drops, Index) and not sent.
-module(bilby_agent_sysmon).

-export([join/1, leave/1, init/1, events/0, call/3]).

%% Thresholds: events worth counting on a healthy production node, rare otherwise.
-define(LONG_GC_MS, 100).
-define(LONG_SCHEDULE_MS, 100).
-define(LARGE_HEAP_BYTES, 134217728).
%% How often the monitor checks that it still holds the system monitor.
-define(CHECK_MS, 5000).
-define(REPLY_TIMEOUT, 1000).
-define(DETAILS_PER_S, 10).

%% Where details go: undefined, or the hub with its drop counters and this window's count.
-record(details, {hub, drops, index, second = 0, sent = 0}).

%% Counter indices, in the order of events().
events() -> [busy_port, busy_dist_port, long_gc, long_schedule, large_heap].

%% Joins (starting it if needed) the node's Bilby system monitor for the calling agent server.
%% Returns {ok, Pid, Counters}, or {error, taken} when another system monitor is set.
join(Server) ->
    join(Server, 3).

join(_Server, 0) ->
    {error, unavailable};
join(Server, Tries) ->
    case whereis(?MODULE) of
        undefined ->
            case erlang:system_monitor() of
                undefined ->
                    _ = start(),
                    join(Server, Tries - 1);
                _ ->
                    {error, taken}
            end;
        Pid ->
            case call(Pid, {join, Server}) of
                {ok, Counters} -> {ok, Pid, Counters};
                {error, gone} -> join(Server, Tries - 1);
                Error -> Error
            end
    end.

%% Leaves; the last one to leave stops the monitor, and the monitor is cleared when this returns.
leave(Server) ->
    case whereis(?MODULE) of
        undefined -> ok;
        Pid -> _ = call(Pid, {leave, Server}), ok
    end.

call(Pid, Request) ->
    call(Pid, Request, ?REPLY_TIMEOUT).

%% The call protocol of the node's shared Bilby processes (this monitor and the events hub): the
%% request goes as {Request, From, Tag} and comes back as {Tag, Reply}; {error, gone} when the process
%% died, {error, timeout} when it did not answer in time.
call(Pid, Request, Timeout) ->
    MRef = erlang:monitor(process, Pid),
    Pid ! {Request, self(), MRef},
    receive
        {MRef, Reply} ->
            erlang:demonitor(MRef, [flush]),
            Reply;
        {'DOWN', MRef, process, Pid, _} ->
            {error, gone}
    after Timeout ->
        erlang:demonitor(MRef, [flush]),
        {error, timeout}
    end.

start() ->
    {Pid, MRef} = spawn_opt(?MODULE, init, [self()], [monitor, {priority, high}, {message_queue_data, off_heap}]),
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

init(Parent) ->
    try register(?MODULE, self()) of
        true ->
            case erlang:system_monitor() of
                undefined ->
                    LargeHeapWords = ?LARGE_HEAP_BYTES div erlang:system_info(wordsize),
                    erlang:system_monitor(self(), [busy_port, busy_dist_port, {long_gc, ?LONG_GC_MS},
                                                   {long_schedule, ?LONG_SCHEDULE_MS},
                                                   {large_heap, LargeHeapWords}]),
                    Parent ! {?MODULE, self(), ok},
                    erlang:send_after(?CHECK_MS, self(), check),
                    put(details, undefined),
                    loop(counters:new(length(events()), [atomics]), #{});
                _ ->
                    Parent ! {?MODULE, self(), taken}
            end
    catch
        error:badarg ->
            Parent ! {?MODULE, self(), already_started}
    end.

loop(Counters, Servers) ->
    receive
        {monitor, Who, busy_dist_port, _Port} when is_map_key(Who, Servers) ->
            %% An agent server suspended on its own console's connection: the console's traffic
            %% (its replies), which says nothing about the node's links. Not counted.
            loop(Counters, Servers);
        {monitor, Who, Event, Info} ->
            case index(Event) of
                0 -> ok;
                I -> counters:add(Counters, I, 1), details(Who, Event, Info)
            end,
            loop(Counters, Servers);
        {details, Hub, Drops, Index} ->
            put(details, case is_pid(Hub) of
                             true -> #details{hub = Hub, drops = Drops, index = Index};
                             false -> undefined
                         end),
            loop(Counters, Servers);
        {{join, Server}, From, Tag} ->
            From ! {Tag, {ok, Counters}},
            case is_map_key(Server, Servers) of
                true -> loop(Counters, Servers);
                false -> loop(Counters, Servers#{Server => erlang:monitor(process, Server)})
            end;
        {{leave, Server}, From, Tag} ->
            case maps:take(Server, Servers) of
                {MRef, Rest} when map_size(Rest) =:= 0 ->
                    erlang:demonitor(MRef, [flush]),
                    %% Released before the answer: the last agent removes our code once it has it.
                    release(),
                    From ! {Tag, ok},
                    exit(normal);
                {MRef, Rest} ->
                    erlang:demonitor(MRef, [flush]),
                    From ! {Tag, ok},
                    loop(Counters, Rest);
                error ->
                    From ! {Tag, ok},
                    loop(Counters, Servers)
            end;
        {'DOWN', _, process, Server, _} ->
            case maps:remove(Server, Servers) of
                Rest when map_size(Rest) =:= 0 ->
                    release(),
                    exit(normal);
                Rest ->
                    loop(Counters, Rest)
            end;
        check ->
            case holds_monitor() of
                true ->
                    erlang:send_after(?CHECK_MS, self(), check),
                    loop(Counters, Servers);
                false ->
                    %% Someone else took the system monitor: our counters would silently stop.
                    exit(normal)
            end;
        _Other ->
            loop(Counters, Servers)
    end.

%% The details' state lives in the process dictionary: it changes rarely and keeps loop/2 as it was.
details(Who, Event, Info) ->
    case get(details) of
        undefined ->
            ok;
        D = #details{hub = Hub, second = Second, sent = Sent} ->
            Now = erlang:monotonic_time(second),
            case {Now, Sent} of
                {Second, N} when N >= ?DETAILS_PER_S ->
                    counters:add(D#details.drops, D#details.index, 1);
                {Second, N} ->
                    Hub ! {sysmon, Event, Who, Info},
                    put(details, D#details{sent = N + 1});
                _ ->
                    Hub ! {sysmon, Event, Who, Info},
                    put(details, D#details{second = Now, sent = 1})
            end
    end.

index(busy_port) -> 1;
index(busy_dist_port) -> 2;
index(long_gc) -> 3;
index(long_schedule) -> 4;
index(large_heap) -> 5;
index(_) -> 0.

%% Clears the system monitor if it is still ours. A join that arrives from now on sees this process go
%% down and starts a new monitor.
release() ->
    case holds_monitor() of
        true -> erlang:system_monitor(undefined);
        false -> ok
    end,
    unregister(?MODULE).

holds_monitor() ->
    Self = self(),
    case erlang:system_monitor() of
        {Self, _} -> true;
        _ -> false
    end.
