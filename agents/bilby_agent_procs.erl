%% The process manager's top list, computed on the node so that only N rows travel.
%%
%% A refresh walks every process once. The walk is shared by workers, one per online scheduler (at
%% most ?MAX_WORKERS), which pull chunks of the process list: each keeps its own N best in a gb_set and
%% skips, after one process_info/2 call, every process below its current N-th value, so most processes
%% cost a single BIF call. Only the N
%% rows of the merged winners are then described (label, initial and current function).
%%
%% Sorting by reductions ranks what each process did since the previous refresh of the same console:
%% the counts of that refresh live in an ETS table owned by the agent server (off the workers' heaps),
%% replaced by the counts of this refresh, so processes that died since fall out. A process new since
%% the previous refresh counts all its reductions.
%%
%% Memory: the process list (two words a process) and a chunk in flight per worker; the workers' sets
%% hold N entries each. The walk reads no message queue, dictionary or heap of any process; only the
%% N rows are labelled (bilby_agent_labels, which may read their dictionaries once). Bilby's own
%% processes are left out unless Opts has own => true.
-module(bilby_agent_procs).

-export([top/3, new_reductions_table/0]).

-define(MAX_TOP, 500).
-define(MAX_WORKERS, 8).
-define(CHUNK, 5000).
-define(FILTER_MAX, 200).

%% The table a server keeps between reductions refreshes: {reductions, Pid} -> count, plus the time of
%% the refresh under the key refreshed_at.
new_reductions_table() ->
    ets:new(bilby_agent_reductions, [set, public, {write_concurrency, true}]).

%% Opts: sort (memory | message_queue_len | reductions), top (1..?MAX_TOP), filter (a binary matched
%% against registered names and the modules of the initial and current functions; <<>> for none).
%% Returns #{sort, processes => [Row], scanned, interval_ms}; interval_ms is undefined for a first
%% reductions refresh (the counts are then since each process started).
top(Opts, RedsTab, Labels) when is_map(Opts) ->
    Sort = case maps:get(sort, Opts, memory) of
               S when S =:= memory; S =:= message_queue_len; S =:= reductions -> S;
               _ -> erlang:error({bad_sort, maps:get(sort, Opts)})
           end,
    N = case maps:get(top, Opts, 50) of
            T when is_integer(T), T >= 1 -> min(T, ?MAX_TOP);
            _ -> erlang:error(bad_top)
        end,
    Filter = case maps:get(filter, Opts, <<>>) of
                 F when is_binary(F), byte_size(F) =< ?FILTER_MAX -> string:lowercase(F);
                 _ -> erlang:error(bad_filter)
             end,
    Now = erlang:monotonic_time(millisecond),
    {Interval, Generation} = generation(Sort, RedsTab, Now),
    Pids = erlang:processes(),
    Scanned = length(Pids),
    Own = bilby_agent_labels:own_pids(),
    %% Bilby's own processes are left out unless asked for (own => true): the console is not the node.
    Skip = case maps:get(own, Opts, false) of true -> #{}; _ -> Own end,
    Ctx = #{sort => Sort, n => N, filter => Filter, tab => RedsTab, generation => Generation, skip => Skip},
    Best = walk(Pids, Scanned, Ctx),
    _ = Sort =:= reductions andalso forget_older(RedsTab, Generation),
    Rows = [Row || {Value, Pid} <- Best, Row <- describe(Pid, Sort, Value, Own, Labels)],
    #{sort => Sort, processes => Rows, scanned => Scanned, interval_ms => Interval}.

%% Reductions refreshes are numbered; each one's counts carry its number and the previous ones are
%% deleted after the walk.
generation(reductions, Tab, Now) ->
    Interval = case ets:lookup(Tab, refreshed_at) of
                   [{_, Then, _}] -> Now - Then;
                   [] -> undefined
               end,
    Gen = ets:update_counter(Tab, generation, 1, {generation, 0}),
    ets:insert(Tab, {refreshed_at, Now, Gen}),
    {Interval, Gen};
generation(_, _Tab, _Now) ->
    {undefined, 0}.

forget_older(Tab, Gen) ->
    ets:select_delete(Tab, [{{{reductions, '_'}, '_', '$1'}, [{'<', '$1', Gen}], [true]}]).

walk(Pids, Count, Ctx = #{n := N}) ->
    Workers = max(1, min(min(erlang:system_info(schedulers_online), ?MAX_WORKERS), Count div ?CHUNK + 1)),
    Best = case Workers of
               1 -> local_best(Pids, Ctx);
               _ -> parallel_best(Pids, Workers, Ctx)
           end,
    lists:sublist(lists:reverse(lists:sort(Best)), N).

%% The workers pull chunks of ?CHUNK pids from this process as they finish the previous one, so that
%% the process list is never copied whole (a million pids are 16 MB) and a slow chunk does not hold up
%% the others. Each worker keeps its own N best across its chunks.
parallel_best(Pids, Workers, Ctx) ->
    Self = self(),
    Ws = [spawn_monitor(fun() -> worker(Self, Ctx, gb_sets:empty(), 0, -1) end) || _ <- lists:seq(1, Workers)],
    feed(Pids),
    lists:append([collect(Pid, MRef) || {Pid, MRef} <- Ws]).

feed(Pids) ->
    receive
        {more, Worker} ->
            {Chunk, Rest} = take(Pids, ?CHUNK, []),
            Worker ! {chunk, Chunk},
            case Chunk of
                [] -> feed_done();
                _ -> feed(Rest)
            end
    end.

%% Every other worker that asks now gets the empty chunk that ends it.
feed_done() ->
    receive
        {more, Worker} -> Worker ! {chunk, []}, feed_done()
    after 0 -> ok
    end.

take(Rest, 0, Acc) -> {Acc, Rest};
take([], _, Acc) -> {Acc, []};
take([P | Ps], K, Acc) -> take(Ps, K - 1, [P | Acc]).

worker(Feeder, Ctx = #{n := N}, Set, Size, Min) ->
    Feeder ! {more, self()},
    receive
        {chunk, []} ->
            Feeder ! {self(), gb_sets:to_list(Set)};
        {chunk, Chunk} ->
            {Set1, Size1, Min1} = best(Chunk, Ctx, Set, Size, N, Min),
            worker(Feeder, Ctx, Set1, Size1, Min1)
    end.

collect(Pid, MRef) ->
    receive
        {Pid, Result} ->
            erlang:demonitor(MRef, [flush]),
            Result;
        {more, Pid} ->
            %% A worker that asked after the feed ended.
            Pid ! {chunk, []},
            collect(Pid, MRef);
        {'DOWN', MRef, process, Pid, Reason} ->
            erlang:error({walk_failed, Reason})
    end.

%% The N best of a list as [{Value, Pid}]; a process that has died meanwhile is skipped.
local_best(Pids, Ctx = #{n := N}) ->
    {Set, _, _} = best(Pids, Ctx, gb_sets:empty(), 0, N, -1),
    gb_sets:to_list(Set).

%% Set holds the Size (at most N) best so far, Min the smallest of them.
best([], _Ctx, Set, Size, _N, Min) ->
    {Set, Size, Min};
best([P | Ps], Ctx, Set, Size, N, Min) ->
    case value(P, Ctx) of
        undefined ->
            best(Ps, Ctx, Set, Size, N, Min);
        V when Size < N ->
            S1 = gb_sets:add({V, P}, Set),
            best(Ps, Ctx, S1, Size + 1, N, element(1, gb_sets:smallest(S1)));
        V when V > Min ->
            {_, S0} = gb_sets:take_smallest(Set),
            S1 = gb_sets:add({V, P}, S0),
            best(Ps, Ctx, S1, Size, N, element(1, gb_sets:smallest(S1)));
        _ ->
            best(Ps, Ctx, Set, Size, N, Min)
    end.

value(P, #{skip := Skip}) when is_map_key(P, Skip) ->
    undefined;
value(P, Ctx = #{filter := Filter}) when Filter =/= <<>> ->
    case erlang:process_info(P, [registered_name, initial_call, current_function]) of
        undefined -> undefined;
        Info ->
            case matches(Info, Filter) of
                true -> value(P, Ctx#{filter := <<>>, skip := #{}});
                false -> undefined
            end
    end;
value(P, #{sort := reductions, tab := Tab, generation := Gen}) ->
    case erlang:process_info(P, reductions) of
        {reductions, R} ->
            Key = {reductions, P},
            Before = case ets:lookup(Tab, Key) of
                         [{_, B, _}] -> B;
                         [] -> 0
                     end,
            ets:insert(Tab, {Key, R, Gen}),
            R - Before;
        undefined ->
            undefined
    end;
value(P, #{sort := Sort}) ->
    case erlang:process_info(P, Sort) of
        {_, V} -> V;
        undefined -> undefined
    end.

matches(Info, Filter) ->
    Texts = [case proplists:get_value(registered_name, Info) of
                 [] -> <<>>;
                 Name -> atom_to_binary(Name)
             end,
             mod(proplists:get_value(initial_call, Info)),
             mod(proplists:get_value(current_function, Info))],
    lists:any(fun(T) -> binary:match(string:lowercase(T), Filter) =/= nomatch end, Texts).

mod({M, _, _}) when is_atom(M) -> atom_to_binary(M);
mod(_) -> <<>>.

%% One row, as a tuple (rows travel fifty at a time: maps would repeat their keys in each): {Pid, Label,
%% Memory, MessageQueueLen, Reductions, ReductionsDelta, CurrentFunction, InitialCall}; Label (see
%% bilby_agent_labels) and ReductionsDelta are undefined when there is none. [] when the process died
%% since the walk.
describe(Pid, Sort, Value, Own, Labels) ->
    Keys = [memory, message_queue_len, reductions, current_function],
    case erlang:process_info(Pid, Keys) of
        [{_, Memory0}, {_, Queue0}, {_, Reductions}, {_, Current}] ->
            %% The sorted figure is the walk's, so that the rows are in order even when a process
            %% changed since.
            Memory = case Sort of memory -> Value; _ -> Memory0 end,
            Queue = case Sort of message_queue_len -> Value; _ -> Queue0 end,
            {Label, Initial} = bilby_agent_labels:describe(Pid, Own, Labels),
            [{Pid, Label, Memory, Queue, Reductions, case Sort of reductions -> Value; _ -> undefined end,
              Current, Initial}];
        _ ->
            []
    end.

