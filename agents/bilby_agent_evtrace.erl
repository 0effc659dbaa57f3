%% The events hub's sources that come from meta tracing: shell expressions, code loading and purging,
%% application environment changes. Runs inside the hub (bilby_agent_events): install/uninstall set and
%% clear the meta trace patterns with the hub as tracer; handle/2 turns trace messages into events.
%%
%% Meta tracing needs no erlang:trace/3 on any process, so users' own tracing is left alone; a function
%% that already has a live meta tracer that is not ours makes its source unavailable. Trace messages
%% copy the traced call's arguments, so only functions with small arguments are traced:
%% shell:expand_hist/2 gets the typed expressions and the command number (not the bindings);
%% code loading sees module names, magic references and the (shared, uncopied) beam binary;
%% Elixir's IEx is seen in 'Elixir.IEx.Evaluator':parse/3, which gets each typed line and the text
%% buffered so far (not the bindings), and returns {ok, ...} once an expression is complete.
-module(bilby_agent_evtrace).

-export([install/1, uninstall/1, handle/2, resync/1, origin/1, shell_pids/1]).

-define(TEXT_MAX, 4096).
-define(VALUE_MAX, 1024).
%% Old values of the application environment are kept rendered only when at most this long.
-define(KEEP_MAX, 256).
-define(SHELLS_MAX, 64).
-define(PENDING_MAX, 1000).
-define(MD5S_MAX, 4096).
-define(ENV_CHUNK, 100).
-define(IEX, 'Elixir.IEx.Evaluator').

-record(tr, {shells = #{}, loading = #{}, prepared = #{}, finishing = #{}, deleting = #{},
             purge_mode = purged, md5s = #{}, env_pending = #{}, env = #{}, apps = #{}, iex = #{}}).

sources() ->
    Return = [{'_', [], [{return_trace}]}],
    [{shell, [{{shell, expand_hist, 2}, true}]},
     {iex, [{{?IEX, parse, 3}, Return}]},
     {code, [{{erlang, prepare_loading, 2}, Return},
             {{erlang, finish_loading, 1}, Return},
             {{erlang, delete_module, 1}, Return}]},
     %% Purges are seen inside erts_code_purger (internal functions of OTP 25): where they differ, code
     %% events still come, without the purges, and unavailable says so under code_purge.
     {code_purge, [{{erts_code_purger, do_purge, 2}, true},
                   {{erts_code_purger, do_soft_purge, 2}, true},
                   {{erts_internal, purge_module, 2}, [{['_', complete], [], []}]}]},
     {config, [{{application_controller, F, A}, Return}
               || {F, A} <- [{set_env, 2}, {set_env, 3}, {set_env, 4}, {unset_env, 2}, {unset_env, 3}]]}].

%% Returns {Sources, Unavailable, State}.
install(Hub) ->
    %% The shell module is loaded only when a shell starts: load it now so its pattern can be set.
    _ = code:ensure_loaded(shell),
    %% IEx likewise, on nodes that have Elixir; elsewhere the source is not mentioned at all.
    Elixir = code:which(?IEX) =/= non_existing andalso code:ensure_loaded(?IEX) =:= {module, ?IEX},
    {Ss, Us} = lists:foldl(fun({iex, _}, Acc) when not Elixir ->
                                   Acc;
                              ({Name, Patterns}, {Ss, Us}) ->
                                   case install_source(Hub, Patterns) of
                                       ok when Name =:= code_purge -> {Ss, Us};
                                       ok -> {[Name | Ss], Us};
                                       {unavailable, Why} -> {Ss, Us#{Name => Why}}
                                   end
                           end, {[], #{}}, sources()),
    St = case lists:member(config, Ss) of
             true -> env_snapshot();
             false -> #tr{}
         end,
    {lists:reverse(Ss), Us, St}.

install_source(Hub, Patterns) ->
    Busy = [MFA || {MFA, _} <- Patterns, not free(MFA, Hub)],
    case Busy of
        [] ->
            Set = [{MFA, erlang:trace_pattern(MFA, MS, [{meta, Hub}])} || {MFA, MS} <- Patterns],
            case [MFA || {MFA, 0} <- Set] of
                [] ->
                    ok;
                Missing ->
                    [clear(MFA, Hub) || {MFA, _} <- Patterns],
                    {unavailable, iolist_to_binary(["not found on this node: " | mfas(Missing)])}
            end;
        _ ->
            {unavailable, iolist_to_binary(["already meta-traced by someone else: " | mfas(Busy)])}
    end.

mfas(List) ->
    lists:join(", ", [io_lib:format("~w:~w/~w", [M, F, A]) || {M, F, A} <- List]).

%% A function is free when it has no meta tracer, ours, or one that is dead (and so traces nothing).
free(MFA, Hub) ->
    case erlang:trace_info(MFA, meta) of
        {meta, Hub} -> true;
        {meta, Pid} when is_pid(Pid) -> not is_process_alive(Pid);
        {meta, Gone} -> Gone =:= false orelse Gone =:= undefined orelse Gone =:= [];
        _ -> false
    end.

%% Clears the patterns whose meta tracer is Hub. Once a tracer has died, trace_info/2 no longer names it
%% (OTP 25 shows [] instead), so a dead hub's patterns are those left with no tracer: they trace
%% nothing for anyone, and clearing them displaces nobody.
uninstall(Hub) ->
    Alive = is_process_alive(Hub),
    [clear(MFA, Hub, Alive) || {_, Patterns} <- sources(), {MFA, _} <- Patterns],
    ok.

clear(MFA, Hub) ->
    clear(MFA, Hub, true).

clear(MFA, Hub, HubAlive) ->
    case erlang:trace_info(MFA, meta) of
        {meta, Hub} -> erlang:trace_pattern(MFA, false, [meta]);
        {meta, []} when not HubAlive -> erlang:trace_pattern(MFA, false, [meta]);
        _ -> 0
    end.

%% The origin to count a trace message against when it is dropped unread: one message per event (the
%% call that makes it), none for the returns and helper calls around it.
origin(Trace) when element(3, Trace) =:= call ->
    case element(4, Trace) of
        {shell, expand_hist, _} -> shell;
        {?IEX, parse, _} -> shell;
        {application_controller, _, _} -> config;
        {erlang, finish_loading, _} -> code;
        {erlang, delete_module, _} -> code;
        {erts_internal, purge_module, _} -> code;
        _ -> undefined
    end;
origin(_) ->
    undefined.

shell_pids(#tr{shells = Shells}) ->
    [P || P <- maps:keys(Shells), is_process_alive(P)];
shell_pids(_) ->
    [].

%%% Trace messages → events. Returns {Events, State}.

handle({trace_ts, Pid, call, MFArgs, _TS}, St) -> call(Pid, MFArgs, St);
handle({trace, Pid, call, MFArgs}, St) -> call(Pid, MFArgs, St);
handle({trace_ts, Pid, return_from, MFA, Value, _TS}, St) -> return(Pid, MFA, Value, St);
handle({trace, Pid, return_from, MFA, Value}, St) -> return(Pid, MFA, Value, St);
handle({trace_ts, Pid, exception_from, _MFA, _Value, _TS}, St) -> {[], forget(Pid, St)};
handle({trace, Pid, exception_from, _MFA, _Value}, St) -> {[], forget(Pid, St)};
handle(_, St) -> {[], St}.

call(Pid, {shell, expand_hist, [Exprs, _N]}, St) ->
    {[shell_event(Pid, Exprs)], St#tr{shells = remember_shell(Pid, St#tr.shells)}};
call(Pid, {?IEX, parse, [Input, _Opts, Parser]}, St) ->
    Buffer = case Parser of {B, _} -> B; _ -> <<>> end,
    Text = try unicode:characters_to_binary([Buffer, Input]) of
               Bin when is_binary(Bin) -> bilby_agent_evhandlers:cut(Bin, ?TEXT_MAX * 4);
               _ -> <<"(unprintable input)">>
           catch _:_ -> <<"(unprintable input)">>
           end,
    {[], St#tr{iex = bounded_put(Pid, Text, St#tr.iex)}};
call(Pid, {erlang, prepare_loading, [Mod, _]}, St) when is_atom(Mod) ->
    {[], St#tr{loading = bounded_put(Pid, Mod, St#tr.loading)}};
call(Pid, {erlang, finish_loading, [Refs]}, St = #tr{prepared = Prepared}) when is_list(Refs) ->
    Keys = [erlang:phash2(R) || R <- Refs],
    Mods = [M || K <- Keys, {ok, M} <- [maps:find(K, Prepared)]],
    {[], St#tr{prepared = maps:without(Keys, Prepared),
               finishing = bounded_put(Pid, Mods, St#tr.finishing)}};
call(Pid, {erlang, delete_module, [Mod]}, St) when is_atom(Mod) ->
    {[], St#tr{deleting = bounded_put(Pid, {Mod, md5(Mod)}, St#tr.deleting)}};
call(_Pid, {erts_code_purger, do_purge, _}, St) ->
    {[], St#tr{purge_mode = purged}};
call(_Pid, {erts_code_purger, do_soft_purge, _}, St) ->
    {[], St#tr{purge_mode = soft_purged}};
call(_Pid, {erts_internal, purge_module, [Mod, complete]}, St = #tr{md5s = Md5s}) ->
    Old = case maps:find(Mod, Md5s) of {ok, {_, O}} -> O; error -> undefined end,
    Md5s1 = case maps:find(Mod, Md5s) of {ok, {C, _}} -> Md5s#{Mod => {C, undefined}}; error -> Md5s end,
    {[code_event(St#tr.purge_mode, Mod, Old)], St#tr{md5s = Md5s1}};
call(Pid, {application_controller, F, Args}, St) when F =:= set_env; F =:= unset_env ->
    {[], St#tr{env_pending = bounded_put(Pid, env_keys(F, Args), St#tr.env_pending)}};
call(_Pid, _MFArgs, St) ->
    {[], St}.

%% An incomplete expression is dropped here: the next call carries it again in its buffer.
return(Pid, {?IEX, parse, 3}, Result, St = #tr{iex = Pending}) ->
    case maps:take(Pid, Pending) of
        {Text, Rest} when element(1, Result) =:= ok ->
            {[shell_event(Pid, string:trim(Text))],
             St#tr{iex = Rest, shells = remember_shell(Pid, St#tr.shells)}};
        {_, Rest} ->
            {[], St#tr{iex = Rest}};
        error ->
            {[], St}
    end;
return(Pid, {erlang, prepare_loading, 2}, Ref, St = #tr{loading = Loading}) ->
    case maps:take(Pid, Loading) of
        {Mod, Rest} when is_reference(Ref) ->
            %% Keyed by a hash: holding the reference itself would keep the prepared code alive.
            {[], St#tr{loading = Rest, prepared = bounded_put(erlang:phash2(Ref), Mod, St#tr.prepared)}};
        {_, Rest} ->
            {[], St#tr{loading = Rest}};
        error ->
            {[], St}
    end;
return(Pid, {erlang, finish_loading, 1}, Result, St = #tr{finishing = Finishing}) ->
    case maps:take(Pid, Finishing) of
        {Mods, Rest} when Result =:= ok ->
            lists:foldl(fun(Mod, {Es, S}) ->
                                {E, S1} = loaded(Mod, S),
                                {[E | Es], S1}
                        end, {[], St#tr{finishing = Rest}}, Mods);
        {_, Rest} ->
            {[], St#tr{finishing = Rest}};
        error ->
            {[], St}
    end;
return(Pid, {erlang, delete_module, 1}, Result, St = #tr{deleting = Deleting, md5s = Md5s}) ->
    case maps:take(Pid, Deleting) of
        {{Mod, Md5AtCall}, Rest} when Result =:= true ->
            Md5 = case {Md5AtCall, maps:find(Mod, Md5s)} of
                      {undefined, {ok, {C, _}}} -> C;
                      _ -> Md5AtCall
                  end,
            {[code_event(deleted, Mod, Md5)],
             St#tr{deleting = Rest, md5s = bounded_put(Mod, {undefined, Md5}, Md5s)}};
        {_, Rest} ->
            {[], St#tr{deleting = Rest}};
        error ->
            {[], St}
    end;
return(Pid, {application_controller, _, _}, _Result, St = #tr{env_pending = Pending}) ->
    case maps:take(Pid, Pending) of
        {Keys, Rest} -> env_check(Keys, St#tr{env_pending = Rest});
        error -> {[], St}
    end;
return(_Pid, _MFA, _Value, St) ->
    {[], St}.

forget(Pid, St) ->
    St#tr{loading = maps:remove(Pid, St#tr.loading), finishing = maps:remove(Pid, St#tr.finishing),
          deleting = maps:remove(Pid, St#tr.deleting), env_pending = maps:remove(Pid, St#tr.env_pending),
          iex = maps:remove(Pid, St#tr.iex)}.

%% Per-process bookkeeping between a call and its return; a process that died in between leaves an
%% entry behind, so the maps are cleared when they grow past their bound rather than grow forever.
bounded_put(K, V, Map) when map_size(Map) >= ?PENDING_MAX, not is_map_key(K, Map) -> #{K => V};
bounded_put(K, V, Map) -> Map#{K => V}.

%%% Shell

remember_shell(Pid, Shells) when map_size(Shells) < ?SHELLS_MAX -> Shells#{Pid => true};
remember_shell(Pid, Shells) ->
    Alive = maps:filter(fun(P, _) -> is_process_alive(P) end, Shells),
    case map_size(Alive) < ?SHELLS_MAX of
        true -> Alive#{Pid => true};
        false -> Alive
    end.

%% Exprs: the Erlang shell's abstract expressions, or the text typed in IEx.
shell_event(Pid, Text) when is_binary(Text) ->
    shell_text_event(Pid, Text);
shell_event(Pid, Exprs) ->
    Text = try bilby_agent_evhandlers:cut(unicode:characters_to_binary(erl_pp:exprs(Exprs)), ?TEXT_MAX * 4)
           catch _:_ -> bilby_agent_evhandlers:render(Exprs, ?TEXT_MAX)
           end,
    shell_text_event(Pid, Text).

shell_text_event(Pid, Text) ->
    OneLine = iolist_to_binary(string:replace(Text, "\n", " ", all)),
    #{time_us => os:system_time(microsecond), origin => shell, severity => notice,
      text => bilby_agent_evhandlers:cut(OneLine, ?TEXT_MAX), details => bilby_agent_evhandlers:cut(Text, ?TEXT_MAX),
      meta => #{shell => Pid}}.

%%% Code

loaded(Mod, St = #tr{md5s = Md5s}) ->
    New = md5(Mod),
    Known = maps:find(Mod, Md5s),
    Reloaded = erlang:check_old_code(Mod) orelse
        case Known of {ok, {C, _}} -> C =/= undefined; error -> false end,
    Prev = case Known of {ok, {C1, _}} -> C1; error -> undefined end,
    Op = case Reloaded of true -> reloaded; false -> loaded end,
    _ = Mod =:= ?IEX andalso trace_iex(),
    {code_event(Op, Mod, New), St#tr{md5s = bounded_md5s(Mod, {New, Prev}, Md5s)}}.

bounded_md5s(Mod, V, Md5s) when map_size(Md5s) >= ?MD5S_MAX -> #{Mod => V};
bounded_md5s(Mod, V, Md5s) -> Md5s#{Mod => V}.

md5(Mod) ->
    try erlang:get_module_info(Mod, md5) of
        Bin when is_binary(Bin) -> hex(Bin);
        _ -> undefined
    catch
        _:_ -> undefined
    end.

hex(Bin) ->
    << <<(lists:nth(N + 1, "0123456789abcdef"))>> || <<N:4>> <= Bin >>.

code_event(Op, Mod, Md5) ->
    Name = atom_to_binary(Mod),
    Verb = case Op of
               loaded -> <<"loaded">>;
               reloaded -> <<"reloaded">>;
               purged -> <<"purged (old code removed)">>;
               soft_purged -> <<"soft-purged (old code removed)">>;
               deleted -> <<"deleted (current code made old)">>
           end,
    Sum = case Md5 of undefined -> <<>>; _ -> <<", md5 ", Md5/binary>> end,
    #{time_us => os:system_time(microsecond), origin => code, severity => notice,
      text => <<"Module ", Name/binary, " ", Verb/binary, Sum/binary>>, details => <<>>,
      meta => #{op => Op, module => Mod, md5 => Md5}}.

%% IEx loaded after the hub started (a release's remote console): its pattern is set now; a (re)load
%% drops the patterns of the old code.
trace_iex() ->
    Hub = self(),
    MFA = {?IEX, parse, 3},
    free(MFA, Hub) andalso erlang:trace_pattern(MFA, [{'_', [], [{return_trace}]}], [{meta, Hub}]).

%%% Application environment

env_keys(set_env, [App, Key, _]) -> [{App, Key}];
env_keys(set_env, [App, Key, _, _]) -> [{App, Key}];
env_keys(unset_env, [App, Key]) -> [{App, Key}];
env_keys(unset_env, [App, Key, _]) -> [{App, Key}];
env_keys(set_env, [Config, _]) when is_list(Config) ->
    lists:sublist([{App, Key} || {App, Env} <- Config, is_list(Env), {Key, _} <- Env], 1000);
env_keys(_, _) -> [].

%% One value's fingerprint: its hash, and its text when it is short enough to keep.
fingerprint(Value) ->
    Text = bilby_agent_evhandlers:render(Value, ?VALUE_MAX),
    {erlang:phash2(Value), case byte_size(Text) =< ?KEEP_MAX of true -> Text; false -> undefined end, Text}.

env_lookup(App, Key) ->
    case catch ets:lookup(ac_tab, {env, App, Key}) of
        [{_, Value}] -> {ok, Value};
        _ -> none
    end.

env_check(Keys, St) ->
    lists:foldl(fun({App, Key}, {Es, S}) ->
                        case env_diff(App, Key, env_lookup(App, Key), S) of
                            {none, S1} -> {Es, S1};
                            {E, S1} -> {[E | Es], S1}
                        end
                end, {[], St}, Keys).

env_diff(App, Key, Now, St = #tr{env = Env, apps = Apps}) ->
    Before = maps:find({App, Key}, Env),
    case {Before, Now} of
        {error, none} ->
            {none, St};
        {{ok, {Hash, _}}, {ok, Value}} ->
            %% Rendered only when it changed: most checks find the same hash.
            case erlang:phash2(Value) of
                Hash ->
                    {none, St};
                _ ->
                    {NewHash, Keep, Text} = fingerprint(Value),
                    {config_event(set, App, Key, old_text(Before), Text),
                     St#tr{env = Env#{{App, Key} => {NewHash, Keep}}}}
            end;
        {error, {ok, Value}} ->
            {NewHash, Keep, Text} = fingerprint(Value),
            {config_event(set, App, Key, undefined, Text),
             St#tr{env = Env#{{App, Key} => {NewHash, Keep}}, apps = Apps#{App => true}}};
        {{ok, _}, none} ->
            {config_event(unset, App, Key, old_text(Before), undefined), St#tr{env = maps:remove({App, Key}, Env)}}
    end.

old_text({ok, {_, undefined}}) -> <<"(a large value, not kept)">>;
old_text({ok, {_, Text}}) -> Text;
old_text(error) -> undefined.

config_event(Op, App, Key, Old, New) ->
    KeyText = bilby_agent_evhandlers:render(Key, ?VALUE_MAX),
    AppText = atom_to_binary(App),
    Show = fun(undefined) -> <<"(unset)">>; (T) -> T end,
    Text = <<AppText/binary, " ", KeyText/binary, ": ", (Show(Old))/binary, " -> ", (Show(New))/binary>>,
    #{time_us => os:system_time(microsecond), origin => config, severity => notice,
      text => bilby_agent_evhandlers:cut(Text, ?TEXT_MAX),
      details => <<"old: ", (Show(Old))/binary, "\nnew: ", (Show(New))/binary>>,
      meta => #{op => Op, app => App, key => KeyText, old => Old, new => New}}.

%% The environment's fingerprints, read in chunks so that a big environment is never copied at once.
env_snapshot() ->
    Env = fold_env(fun(App, Key, Value, Acc) ->
                           {Hash, Keep, _} = fingerprint(Value),
                           Acc#{{App, Key} => {Hash, Keep}}
                   end, #{}),
    #tr{env = Env, apps = maps:from_list([{App, true} || {App, _} <- maps:keys(Env)])}.

fold_env(Fun, Acc0) ->
    MS = [{{{env, '$1', '$2'}, '$3'}, [], [{{'$1', '$2', '$3'}}]}],
    fold_chunks(catch ets:select(ac_tab, MS, ?ENV_CHUNK), Fun, Acc0).

fold_chunks({Rows, Cont}, Fun, Acc) when is_list(Rows) ->
    Acc1 = lists:foldl(fun({App, Key, Value}, A) -> Fun(App, Key, Value, A) end, Acc, Rows),
    fold_chunks(catch ets:select(Cont), Fun, Acc1);
fold_chunks(_, _Fun, Acc) ->
    Acc.

%% Every ?RESYNC_MS: changes made without the traced functions (ets, release handling), only for
%% applications already known (loading an application is not a change of its configuration).
resync(undefined) ->
    {[], undefined};
resync(St = #tr{env = Env0, apps = Apps}) ->
    %% Keys only, no value copied; then values one at a time, and large ones (known only by their hash)
    %% not at all: those are seen when changed through the traced functions.
    Present = maps:from_list([{K, true} || K <- env_keys()]),
    Loaded = maps:from_list([{App, true} || {App, _, _} <- application:loaded_applications()]),
    Keys = lists:usort(maps:keys(Present) ++ maps:keys(Env0)),
    {Events, St1} = lists:foldl(fun(K, Acc) -> resync_key(K, Present, Loaded, Acc) end, {[], St}, Keys),
    Shells = maps:filter(fun(P, _) -> is_process_alive(P) end, St#tr.shells),
    NewApps = maps:merge(Apps, maps:from_list([{App, true} || {App, _} <- maps:keys(Present)])),
    {lists:reverse(Events), St1#tr{apps = NewApps, shells = Shells}}.

env_keys() ->
    case catch ets:select(ac_tab, [{{{env, '$1', '$2'}, '_'}, [], [{{'$1', '$2'}}]}]) of
        Keys when is_list(Keys) -> Keys;
        _ -> []
    end.

resync_key({App, _}, _Present, Loaded, Acc) when not is_map_key(App, Loaded) ->
    Acc;
resync_key(K = {App, Key}, Present, _Loaded, {Es, S = #tr{env = Env, apps = Apps}}) ->
    case {maps:find(K, Env), is_map_key(K, Present)} of
        {{ok, {_, undefined}}, true} ->
            {Es, S};
        {error, true} when not is_map_key(App, Apps) ->
            %% A newly loaded application: its keys are learnt, not reported.
            case env_lookup(App, Key) of
                {ok, Value} ->
                    {Hash, Keep, _} = fingerprint(Value),
                    {Es, S#tr{env = Env#{K => {Hash, Keep}}}};
                none ->
                    {Es, S}
            end;
        _ ->
            case env_diff(App, Key, env_lookup(App, Key), S) of
                {none, S1} -> {Es, S1};
                {E, S1} -> {[E | Es], S1}
            end
    end.
