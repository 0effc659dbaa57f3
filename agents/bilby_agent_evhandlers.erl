%% The handlers the events hub (bilby_agent_events) installs in the node's own machinery: a logger
%% handler, a handler in SASL's alarm_handler and one in each of Lager's sinks. They run in other
%% people's processes (the process that logs, the event managers), so they do as little as possible:
%% count, or send the hub one bounded event. Also the rendering of terms as bounded text, shared by the hub's sources.
-module(bilby_agent_evhandlers).

-export([render/2, cut/2, set_lager_level/2]).
%% logger handler callbacks
-export([log/2]).
%% gen_event callbacks (a handler in SASL's alarm_handler, or in a Lager sink)
-export([init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2]).

-define(LOG_PER_S, 200).
-define(TEXT_MAX, 4096).
-define(DETAILS_MAX, 65536).
%% The hub's drop counter for log events (bilby_agent_events:origins/0 order).
-define(LOG_INDEX, 1).

%% A term as text, bounded while it is printed (not after): huge terms cost no more than Max.
%% Binaries and strings that read as text are shown as they are.
render(Term, Max) ->
    try render_text(Term, Max)
    catch _:_ -> <<"(unprintable)">>
    end.

render_text(Term, Max) when is_binary(Term) ->
    Head = cut(Term, Max),
    case unicode:characters_to_list(Head) of
        Chars when is_list(Chars) ->
            case io_lib:printable_unicode_list(Chars) of
                true -> Head;
                false -> print(Term, Max)
            end;
        _ ->
            print(Term, Max)
    end;
render_text(Term, Max) when is_list(Term), Term =/= [] ->
    Head = lists:sublist(Term, Max),
    case io_lib:printable_unicode_list(Head) of
        true -> cut(unicode:characters_to_binary(Head), Max);
        false -> print(Term, Max)
    end;
render_text(Term, Max) ->
    print(Term, Max).

print(Term, Max) ->
    cut(unicode:characters_to_binary(io_lib:format("~0tP", [Term, 40], [{chars_limit, Max}])), Max).

%% Cuts a UTF-8 binary to at most Max bytes on a character boundary.
cut(Bin, Max) when byte_size(Bin) =< Max -> Bin;
cut(Bin, Max) -> back_to_boundary(Bin, Max).

back_to_boundary(_Bin, 0) -> <<>>;
back_to_boundary(Bin, N) ->
    case binary:at(Bin, N) of
        C when C band 16#C0 =:= 16#80 -> back_to_boundary(Bin, N - 1);
        _ -> binary:part(Bin, 0, N)
    end.

%%% logger handler: runs in the process that logs, so it only counts, or formats one bounded event.

log(Event = #{level := Level}, #{config := #{hub := Hub, bucket := Bucket, drops := Drops}}) ->
    case admit(Bucket, ?LOG_PER_S) of
        true ->
            try Hub ! {event, log_event(Level, Event)}
            catch _:_ -> counters:add(Drops, ?LOG_INDEX, 1)
            end;
        false ->
            counters:add(Drops, ?LOG_INDEX, 1)
    end,
    ok.

%% A token bucket refilled every second, shared by every logging process (no message, no lock).
admit(Bucket, Limit) ->
    Now = erlang:monotonic_time(second),
    case atomics:get(Bucket, 1) of
        Now -> ok;
        Old ->
            case atomics:compare_exchange(Bucket, 1, Old, Now) of
                ok -> atomics:put(Bucket, 2, 0);
                _ -> ok
            end
    end,
    atomics:add_get(Bucket, 2, 1) =< Limit.

log_event(Level, Event = #{msg := Msg, meta := Meta}) ->
    Kind = case Meta of
               #{error_logger := #{type := crash_report}} -> crash_report;
               #{error_logger := #{type := supervisor_report}} -> supervisor_report;
               _ when element(1, Msg) =:= report -> report;
               _ -> message
           end,
    Text = format(Event, #{single_line => true, template => [msg], max_size => ?TEXT_MAX,
                           chars_limit => ?TEXT_MAX, depth => 30}),
    Details = case Kind of
                  message -> <<>>;
                  _ -> format(Event, #{single_line => false, template => [msg], max_size => ?DETAILS_MAX,
                                       chars_limit => ?DETAILS_MAX, depth => 60})
              end,
    #{time_us => maps:get(time, Meta, os:system_time(microsecond)), origin => log, severity => Level,
      text => cut(Text, ?TEXT_MAX), details => cut(Details, ?DETAILS_MAX),
      meta => #{kind => Kind,
                pid => case maps:get(pid, Meta, undefined) of P when is_pid(P) -> P; _ -> undefined end,
                mfa => case maps:get(mfa, Meta, undefined) of
                           {M, F, A} when is_atom(M), is_atom(F), is_integer(A) ->
                               iolist_to_binary(io_lib:format("~tw:~tw/~w", [M, F, A]));
                           _ -> undefined
                       end}}.

format(Event, Config) ->
    try unicode:characters_to_binary(logger_formatter:format(Event, Config)) of
        Bin when is_binary(Bin) -> Bin;
        _ -> <<"(unprintable log event)">>
    catch
        _:_ -> <<"(unprintable log event)">>
    end.

%% The lowest severity the subscribers want, as Lager's number (1 emergency .. 128 debug); slot 3 of the
%% hub's bucket, read by the Lager handlers without a message.
set_lager_level(Bucket, Level) ->
    atomics:put(Bucket, 3, lager_severity(Level)).

lager_severity(emergency) -> 1;
lager_severity(alert) -> 2;
lager_severity(critical) -> 4;
lager_severity(error) -> 8;
lager_severity(warning) -> 16;
lager_severity(notice) -> 32;
lager_severity(info) -> 64;
lager_severity(debug) -> 128.

lager_event(Msg, Bucket) ->
    Meta = lager_msg:metadata(Msg),
    Wanted = lager_msg:severity_as_int(Msg) =< atomics:get(Bucket, 3),
    case Wanted andalso lists:keyfind(module, 1, Meta) of
        false ->
            skip;
        {module, Module} ->
            Text = case unicode:characters_to_binary(lager_msg:message(Msg)) of
                       Bin when is_binary(Bin) -> cut(Bin, ?TEXT_MAX);
                       _ -> <<"(unprintable log event)">>
                   end,
            {Mega, Sec, Micro} = lager_msg:timestamp(Msg),
            #{time_us => (Mega * 1000000 + Sec) * 1000000 + Micro, origin => log,
              severity => lager_msg:severity(Msg),
              text => Text,
              details => <<>>,
              meta => #{kind => lager,
                        pid => case proplists:get_value(pid, Meta) of P when is_pid(P) -> P; _ -> undefined end,
                        mfa => lager_mfa(Module, Meta)}}
    end.

lager_mfa(Module, Meta) ->
    Function = proplists:get_value(function, Meta),
    Line = proplists:get_value(line, Meta),
    iolist_to_binary(io_lib:format("~tw:~tw line ~w", [Module, Function, Line])).

%%% gen_event handler in an alarm manager (alarm_handler, rabbit_alarm: its state is {alarm, Manager, Hub}) or in a Lager sink (its
%%% state is {lager, Hub, Bucket, Drops}).

init({alarm, Manager, Hub}) when is_pid(Hub) -> {ok, {alarm, Manager, Hub}};
init(State = {lager, Hub, _Bucket, _Drops}) when is_pid(Hub) -> {ok, State}.

%% Lager's messages arrive formatted and cut by Lager in the caller; they share the logger handler's
%% budget of ?LOG_PER_S a second. Messages without a module in their metadata are the ones Lager
%% redirects from error_logger, which the logger handler has seen already.
handle_event({log, Msg}, State = {lager, Hub, Bucket, Drops}) ->
    try lager_event(Msg, Bucket) of
        skip -> {ok, State};
        Event ->
            case admit(Bucket, ?LOG_PER_S) andalso is_process_alive(Hub) of
                true -> Hub ! {event, Event};
                false -> counters:add(Drops, ?LOG_INDEX, 1)
            end,
            {ok, State}
    catch
        _:_ -> {ok, State}
    end;
handle_event(_, State = {lager, _, _, _}) ->
    {ok, State};
handle_event({set_alarm, {Id, Desc}}, State) -> notify_alarm(State, set, Id, Desc);
handle_event({set_alarm, Id}, State) -> notify_alarm(State, set, Id, []);
handle_event({clear_alarm, Id}, State) -> notify_alarm(State, clear, Id, []);
handle_event(_, State) -> {ok, State}.

%% A handler whose hub has gone removes itself rather than send to nobody.
notify_alarm(State = {alarm, Manager, Hub}, Op, Id, Desc) ->
    case is_process_alive(Hub) of
        true -> Hub ! {alarm, Manager, Op, Id, Desc}, {ok, State};
        false -> remove_handler
    end.

%% Lager asks every handler of a sink for its level and logs what the most verbose one wants; an empty
%% mask leaves the node's levels as its owners set them (we take what Lager dispatches anyway).
handle_call(get_loglevel, State = {lager, _, _, _}) -> {ok, {mask, 0}, State};
handle_call(_, State) -> {ok, ok, State}.
handle_info(_, State) -> {ok, State}.
terminate(_, _) -> ok.
