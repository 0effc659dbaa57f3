%% The evaluator (SPEC X5): one Erlang or Elixir expression, evaluated in an agent worker.
%%
%% The worker is the evaluating process, so the agent's limits are the evaluator's: the request's
%% timeout (the console's default is 5 s) kills it, and so does its heap limit. What the expression
%% prints goes to a capture process set as the worker's group leader, never to the node's standard
%% output, and comes back with the result. The value comes back as text rendered on the node, cut at
%% ?VALUE_MAX characters (a 100 MB binary costs the console 1 MB), never as the term itself.
%%
%% Bindings are the console's: the agent server keeps them per language between requests and hands
%% them to each evaluation; the worker sends the new ones back before it answers. Bindings larger than
%% ?BINDINGS_MAX words are not kept (the server would hold them for the session), and the reply says so.
-module(bilby_agent_eval).

-export([eval/4, elixir_available/0]).

-define(VALUE_MAX, 1048576).
-define(OUTPUT_MAX, 262144).
-define(BINDINGS_MAX, 2097152).

%% eval(erlang | elixir, Text, Bindings, Server) -> #{status, value, truncated, output, ...}
%% status: ok (value is the result), exception (value is the error, formatted like a shell would).
eval(Lang, Text, Bindings, Server) when is_binary(Text) ->
    Capture = start_capture(),
    group_leader(Capture, self()),
    Started = erlang:monotonic_time(microsecond),
    {Status, Value, NewBindings} =
        try evaluate(Lang, unicode:characters_to_list(Text), Bindings) of
            {V, B} -> {ok, render(Lang, V), B}
        catch
            throw:{bilby_parse, Message} -> {parse_error, Message, Bindings};
            Class:Reason:Stack -> {exception, format_exception(Lang, Class, Reason, Stack), Bindings}
        end,
    Elapsed = erlang:monotonic_time(microsecond) - Started,
    {Output, OutputCut} = output(Capture),
    Kept = keep(NewBindings, Bindings),
    Server ! {eval_bindings, self(), Lang, Kept},
    {ValueText, Cut} = cut(Value, ?VALUE_MAX),
    #{status => Status, value => ValueText, truncated => Cut, value_max => ?VALUE_MAX,
      output => Output, output_truncated => OutputCut, elapsed_us => Elapsed,
      bindings => [binding_name(Name) || {Name, _} <- Kept],
      bindings_dropped => Kept =/= NewBindings}.

elixir_available() ->
    case code:ensure_loaded('Elixir.Code') of
        {module, _} -> true;
        _ -> false
    end.

evaluate(erlang, Text, Bindings) ->
    Tokens = case erl_scan:string(with_dot(Text)) of
                 {ok, T, _} -> T;
                 {error, {Loc, Mod, Desc}, _} -> throw({bilby_parse, location(Loc) ++ Mod:format_error(Desc)})
             end,
    Exprs = case erl_parse:parse_exprs(Tokens) of
                {ok, E} -> E;
                {error, {Loc2, Mod2, Desc2}} -> throw({bilby_parse, location(Loc2) ++ Mod2:format_error(Desc2)})
            end,
    {value, Value, NewBindings} = erl_eval:exprs(Exprs, Bindings),
    {Value, NewBindings};
evaluate(elixir, Text, Bindings) ->
    elixir_available() orelse throw({bilby_parse, "Elixir is not available on this node"}),
    'Elixir.Code':eval_string(unicode:characters_to_binary(Text), Bindings).

%% The shell lets one leave out the final dot.
with_dot(Text) ->
    case lists:reverse(string:trim(Text, trailing)) of
        [$. | _] -> Text;
        _ -> Text ++ "."
    end.

location({Line, Col}) -> io_lib:format("line ~p, column ~p: ", [Line, Col]);
location(Line) when is_integer(Line) -> io_lib:format("line ~p: ", [Line]);
location(_) -> "".

%% Rendered with a soft limit somewhat above the cut: a value that fits is never shortened, one that
%% does not is cut at exactly ?VALUE_MAX below.
render(erlang, Value) ->
    io_lib:format("~tp", [Value], [{chars_limit, ?VALUE_MAX + ?VALUE_MAX div 4}]);
render(elixir, Value) ->
    'Elixir.Kernel':inspect(Value, [{pretty, true}, {limit, 100000}, {printable_limit, ?VALUE_MAX + 1}]).

format_exception(erlang, Class, Reason, Stack) ->
    Ours = fun(M, _F, _A) -> M =:= erl_eval orelse M =:= ?MODULE end,
    try erl_error:format_exception(Class, Reason, Stack, #{stack_trim_fun => Ours})
    catch _:_ -> io_lib:format("~p: ~tp", [Class, Reason])
    end;
format_exception(elixir, Class, Reason, Stack) ->
    try 'Elixir.Exception':format(Class, Reason, Stack)
    catch _:_ -> io_lib:format("~p: ~tp", [Class, Reason])
    end.

cut(Chars, Max) ->
    Bin = unicode:characters_to_binary(Chars),
    case string:length(Bin) > Max of
        true -> {unicode:characters_to_binary(string:slice(Bin, 0, Max)), true};
        false -> {Bin, false}
    end.

%% Bindings the server keeps; when they grow too large, the new ones are dropped and the old ones kept.
keep(New, Old) ->
    case erts_debug:flat_size(New) =< ?BINDINGS_MAX of
        true -> New;
        false -> Old
    end.

binding_name(Name) when is_atom(Name) -> atom_to_binary(Name, utf8);
binding_name(Name) -> unicode:characters_to_binary(io_lib:format("~tp", [Name])).

%% The capture process: a group leader that keeps what is written (up to ?OUTPUT_MAX bytes) and gives
%% end of file to reads. It ends once it has handed its output over, or with the worker it is linked to
%% when that one is killed.
start_capture() ->
    spawn_link(fun() -> capture([], 0, false) end).

output(Capture) ->
    Ref = make_ref(),
    Capture ! {bilby_output, self(), Ref},
    receive
        {Ref, Chunks, Cut} -> {iolist_to_binary(lists:reverse(Chunks)), Cut}
    after 1000 ->
        {<<>>, true}
    end.

capture(Chunks, Size, Cut) ->
    receive
        {io_request, From, ReplyAs, Request} ->
            {Reply, Text} = io_request(Request),
            From ! {io_reply, ReplyAs, Reply},
            case Text of
                <<>> -> capture(Chunks, Size, Cut);
                _ when Size >= ?OUTPUT_MAX -> capture(Chunks, Size, true);
                _ ->
                    Room = ?OUTPUT_MAX - Size,
                    Part = binary:part(Text, 0, min(Room, byte_size(Text))),
                    capture([Part | Chunks], Size + byte_size(Part), Cut orelse byte_size(Text) > Room)
            end;
        {bilby_output, Pid, Ref} ->
            Pid ! {Ref, Chunks, Cut};
        _ ->
            capture(Chunks, Size, Cut)
    end.

%% {Reply, TextWritten}
io_request({put_chars, Enc, Chars}) -> put_chars(Enc, Chars);
io_request({put_chars, Enc, M, F, A}) -> put_chars(Enc, catch apply(M, F, A));
io_request({put_chars, Chars}) -> put_chars(latin1, Chars);
io_request({put_chars, M, F, A}) -> put_chars(latin1, catch apply(M, F, A));
io_request({requests, Requests}) ->
    lists:foldl(fun(R, {_, Acc}) ->
                        {Reply, Text} = io_request(R),
                        {Reply, <<Acc/binary, Text/binary>>}
                end, {ok, <<>>}, Requests);
io_request({setopts, _}) -> {ok, <<>>};
io_request(getopts) -> {[{binary, false}, {encoding, unicode}], <<>>};
io_request({get_geometry, _}) -> {{error, enotsup}, <<>>};
io_request(_) -> {eof, <<>>}. % reads: the evaluator has no keyboard

put_chars(Enc, Chars) ->
    case unicode:characters_to_binary(Chars, Enc, utf8) of
        Bin when is_binary(Bin) -> {ok, Bin};
        _ -> {{error, put_chars}, <<>>}
    end.
