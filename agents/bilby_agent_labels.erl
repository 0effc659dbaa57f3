%% The best label of a process, wherever Bilby shows a pid: its registered name; else the label proc_lib
%% keeps for it (OTP 27's proc_lib:set_label/1); else a name the application keeps in the process
%% dictionary (RabbitMQ's process_name: "queue 'q1' in vhost '/'"); else, for a child of a small
%% supervisor, its child id. Bilby's own processes are labelled as Bilby's. undefined when none of these
%% applies (the console then shows the initial call).
%%
%% The dictionary is read at most once a process (labels are cached in a table of the server's) and only
%% for processes under 64 MB: on OTP 25 reading one key means copying the whole dictionary.
-module(bilby_agent_labels).

-export([new_cache/0, describe/3, own_pids/0, is_own/2]).

-define(DICT_READ_MAX, 67108864).
-define(CACHE_MAX, 20000).
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
            Result = {Label, Initial} = compute(Pid, Own),
            ets:info(Cache, size) >= ?CACHE_MAX andalso ets:delete_all_objects(Cache),
            ets:insert(Cache, {Pid, Label, Initial}),
            Result
    end.

compute(Pid, Own) ->
    case erlang:process_info(Pid, [registered_name, initial_call, memory]) of
        undefined ->
            {undefined, undefined};
        [{_, Name}, {_, Initial}, {_, Memory}] ->
            Dict = case Memory =< ?DICT_READ_MAX of
                       true ->
                           case erlang:process_info(Pid, dictionary) of
                               {dictionary, D} -> D;
                               undefined -> []
                           end;
                       false ->
                           []
                   end,
            RealInitial = case lists:keyfind('$initial_call', 1, Dict) of
                              {_, MFA = {M, F, A}} when is_atom(M), is_atom(F), is_integer(A) -> MFA;
                              _ -> Initial
                          end,
            {label(Pid, Name, Dict, RealInitial, Own), RealInitial}
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
