%% The best label of a process, wherever Bilby shows a pid: its registered name; else the label proc_lib
%% keeps for it (OTP 27's proc_lib:set_label/1); else a name the application keeps in the process
%% dictionary (RabbitMQ's process_name: "queue 'q1' in vhost '/'"); else, for a child of a small
%% supervisor, its child id. Bilby's own processes are labelled as Bilby's. undefined when none of these
%% applies (the console then shows the initial call).
%%
%% The dictionary is read at most once a process (labels are cached in a table of the server's). Before
%% OTP 26 reading one key means copying the whole dictionary: a large one killed the agent's worker at its
%% heap limit (64 MB), and the request with it. So only processes under 8 MB are read in the worker; a
%% larger one (often a small dictionary beside a long mailbox: a RabbitMQ queue that cannot keep up) is
%% read by a helper of its own that may grow to 16 MB and keeps only the keys a label needs. OTP 26 reads
%% single keys. A read that fails, or kills its reader, leaves the process labelled without the
%% dictionary, for good.
-module(bilby_agent_labels).

-export([new_cache/0, describe/3, own_pids/0, is_own/2]).

%% Bytes of process memory beyond which the whole dictionary is not copied (OTP 25).
-define(DICT_READ_MAX, 8388608).
%% The helper that reads the dictionary of a larger process: its heap limit (words: 16 MB) and deadline.
-define(DICT_HELPER_MAX_HEAP, 2097152).
-define(DICT_HELPER_TIMEOUT, 500).
%% Entries of about 150 bytes: one table of ~300 KB per console at most.
-define(CACHE_MAX, 2000).
%% Entries of processes that have ended are dropped at least this often (milliseconds).
-define(PRUNE_MS, 10000).
%% The dictionary keys a label is made from.
-define(DICT_KEYS, ['$initial_call', '$process_label', process_name, '$ancestors']).
-define(LABEL_MAX, 200).
%% Children of supervisors larger than this are not looked up (which_children lists them all).
-define(SUP_CHILDREN_MAX, 200).
-define(SUP_TIMEOUT, 500).

new_cache() ->
    ets:new(bilby_agent_labels, [set, public]).

%% {Label | undefined, InitialCall}: the initial call is proc_lib's real one where the dictionary was read.
describe(Pid, Own, Cache) ->
    case ets:lookup(Cache, Pid) of
        [{_, Label, Initial}] ->
            {Label, Initial};
        [] ->
            make_room(Cache),
            compute(Pid, Own, Cache)
    end.

%% Dead processes go first; a table still full of live ones is emptied (their labels are read again).
make_room(Cache) ->
    Now = erlang:monotonic_time(millisecond),
    Due = case ets:lookup(Cache, '$pruned') of
              [{_, At}] -> Now - At >= ?PRUNE_MS;
              [] -> true
          end,
    case Due orelse ets:info(Cache, size) >= ?CACHE_MAX of
        true ->
            Dead = ets:foldl(fun({P, _, _}, Acc) when is_pid(P) ->
                                     case is_process_alive(P) of
                                         true -> Acc;
                                         false -> [P | Acc]
                                     end;
                                (_, Acc) ->
                                     Acc
                             end, [], Cache),
            [ets:delete(Cache, P) || P <- Dead],
            ets:info(Cache, size) >= ?CACHE_MAX andalso ets:delete_all_objects(Cache),
            ets:insert(Cache, {'$pruned', Now});
        false ->
            ok
    end.

compute(Pid, Own, Cache) ->
    case erlang:process_info(Pid, [registered_name, initial_call, memory]) of
        undefined ->
            {undefined, undefined};
        [{_, Name}, {_, Initial}, {_, Memory}] ->
            %% What is known without the dictionary is cached first: should reading it kill this worker,
            %% the next request does not try again.
            Plain = {label(Pid, Name, [], Initial, Own), Initial},
            ets:insert(Cache, erlang:insert_element(1, Plain, Pid)),
            case catch dictionary(Pid, Memory) of
                Dict when is_list(Dict), Dict =/= [] ->
                    RealInitial = case lists:keyfind('$initial_call', 1, Dict) of
                                      {_, MFA = {M, F, A}} when is_atom(M), is_atom(F), is_integer(A) -> MFA;
                                      _ -> Initial
                                  end,
                    Result = {label(Pid, Name, Dict, RealInitial, Own), RealInitial},
                    ets:insert(Cache, erlang:insert_element(1, Result, Pid)),
                    Result;
                _ ->
                    Plain
            end
    end.

%% The entries of the process dictionary a label needs (a list like the dictionary, maybe shorter).
dictionary(Pid, Memory) ->
    case single_keys() of
        true ->
            [{Key, Value} || Key <- ?DICT_KEYS, {_, Value} <- [erlang:process_info(Pid, {dictionary, Key})],
                             Value =/= undefined];
        false when Memory =< ?DICT_READ_MAX ->
            case erlang:process_info(Pid, dictionary) of
                {dictionary, D} -> D;
                undefined -> []
            end;
        false ->
            read_aside(Pid)
    end.

%% The label's keys of a large process's dictionary, read by a helper that dies alone at its heap limit.
read_aside(Pid) ->
    Self = self(),
    {Helper, MRef} =
        spawn_opt(fun() ->
                          Keys = case erlang:process_info(Pid, dictionary) of
                                     {dictionary, D} -> [KV || KV = {K, _} <- D, lists:member(K, ?DICT_KEYS)];
                                     undefined -> []
                                 end,
                          Self ! {self(), dictionary_keys, Keys}
                  end,
                  [monitor, {priority, low},
                   {max_heap_size, #{size => ?DICT_HELPER_MAX_HEAP, kill => true, error_logger => false}}]),
    receive
        {Helper, dictionary_keys, Keys} ->
            erlang:demonitor(MRef, [flush]),
            Keys;
        {'DOWN', MRef, process, Helper, _} ->
            []
    after ?DICT_HELPER_TIMEOUT ->
        exit(Helper, kill),
        erlang:demonitor(MRef, [flush]),
        []
    end.

%% OTP 26 reads one key of another process's dictionary: process_info(Pid, {dictionary, Key}).
single_keys() ->
    try erlang:process_info(self(), {dictionary, '$initial_call'}) of
        _ -> true
    catch
        error:badarg -> false
    end.

label(Pid, Name, Dict, Initial, Own) ->
    First = fun F([]) -> undefined;
                F([Try | Rest]) ->
                    case Try() of
                        undefined -> F(Rest);
                        Label -> cut(Label)
                    end
            end,
    First([fun() -> own(Pid, Name, Initial, Own) end,
           fun() -> case Name of [] -> undefined; _ -> atom_to_binary(Name) end end,
           fun() -> proc_lib_label(Dict) end,
           fun() -> process_name(Dict) end,
           fun() -> child_id(Pid, Dict) end]).

%% OTP 27's proc_lib:set_label/1 keeps it under this key.
proc_lib_label(Dict) ->
    case lists:keyfind('$process_label', 1, Dict) of
        {_, Label} -> text(Label);
        false -> undefined
    end.

%% RabbitMQ: {rabbit_amqqueue_process, #resource{virtual_host, kind, name}} and friends.
process_name(Dict) ->
    case lists:keyfind(process_name, 1, Dict) of
        {_, {_Module, {resource, VHost, Kind, Name}}} when is_binary(VHost), is_atom(Kind), is_binary(Name) ->
            iolist_to_binary([atom_to_list(Kind), " '", Name, "' in vhost '", VHost, "'"]);
        {_, {Module, What}} when is_atom(Module) ->
            iolist_to_binary([atom_to_list(Module), " ", text(What)]);
        {_, What} ->
            text(What);
        false ->
            undefined
    end.

%% The child id under the parent supervisor (proc_lib's '$ancestors' names the parent first).
child_id(Pid, Dict) ->
    case lists:keyfind('$ancestors', 1, Dict) of
        {_, [Parent | _]} ->
            Sup = case Parent of
                      P when is_pid(P) -> P;
                      N when is_atom(N) -> whereis(N);
                      _ -> undefined
                  end,
            case is_pid(Sup) andalso small_supervisor(Sup) of
                true ->
                    case catch gen_server:call(Sup, which_children, ?SUP_TIMEOUT) of
                        Children when is_list(Children) ->
                            case [Id || {Id, Child, _, _} <- Children, Child =:= Pid] of
                                [Id | _] when Id =/= undefined ->
                                    iolist_to_binary(["child ", text(Id), " of ", text(Parent)]);
                                _ ->
                                    undefined
                            end;
                        _ ->
                            undefined
                    end;
                false ->
                    undefined
            end;
        _ ->
            undefined
    end.

%% A supervisor (its initial call says so) whose child list is short: links count its children.
small_supervisor(Sup) ->
    case erlang:process_info(Sup, [dictionary, links]) of
        [{dictionary, D}, {links, Links}] when length(Links) =< ?SUP_CHILDREN_MAX + 1 ->
            case lists:keyfind('$initial_call', 1, D) of
                {_, {supervisor, _, _}} -> true;
                _ -> false
            end;
        _ ->
            false
    end.

%% Bilby's own processes: the servers (one per console), the workers and scanners linked to them,
%% the events hub and the system monitor.
own_pids() ->
    Named = [{N, whereis(N)} || N <- registered(), lists:prefix("bilby_agent", atom_to_list(N))],
    Servers = [P || {N, P} <- Named, is_pid(P), bilby_agent:console_of(N) =/= false],
    Linked = lists:append([L || S <- Servers, {links, L} <- [erlang:process_info(S, links)]]),
    maps:from_list([{P, true} || P <- [P || {_, P} <- Named] ++ Linked, is_pid(P)]).

is_own(Pid, Own) ->
    is_map_key(Pid, Own).

own(Pid, Name, Initial, Own) ->
    case is_own(Pid, Own) orelse own_module(Initial) of
        false ->
            undefined;
        true ->
            Role = case Name of
                       bilby_agent_events -> <<"events hub">>;
                       bilby_agent_sysmon -> <<"system monitor">>;
                       [] -> <<"worker">>;
                       _ ->
                           case bilby_agent:console_of(Name) of
                               {ok, Console} -> iolist_to_binary(["server for ", Console]);
                               false -> atom_to_binary(Name)
                           end
                   end,
            <<"Bilby agent: ", Role/binary>>
    end.

own_module({M, _, _}) when is_atom(M) -> lists:prefix("bilby_agent", atom_to_list(M));
own_module(_) -> false.

text(T) when is_binary(T) -> T;
text(T) when is_atom(T) -> atom_to_binary(T);
text(T) ->
    case io_lib:printable_unicode_list(T) of
        true -> unicode:characters_to_binary(T);
        false -> iolist_to_binary(io_lib:format("~0tp", [T], [{chars_limit, ?LABEL_MAX}]))
    end.

cut(B) when byte_size(B) > ?LABEL_MAX -> unicode:characters_to_binary([string:slice(B, 0, ?LABEL_MAX), "..."]);
cut(B) -> B.
