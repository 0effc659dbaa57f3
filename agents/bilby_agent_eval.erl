%% The evaluator (SPEC X5): one Erlang or Elixir expression, evaluated in an agent worker.
%%
%% The worker is the evaluating process, so the agent's limits are the evaluator's: the request's
%% timeout (the console's default is 5 s) kills it, and so does its heap limit (256 MB for an evaluation:
%% a shell user's value of a few million terms fits, an expression that grows without end does not). What the expression
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
-define(PRETTY_MAX, 65536).
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
    {ValueText, Cut0} = cut(Value, ?VALUE_MAX),
    Cut = Cut0 orelse get(bilby_eval_shrunk) =:= true,
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

%% Erlang's pretty printer needs about a hundred bytes of heap per character it writes, more than a
%% worker may have for a value near the cut: a value is first written flat by write/1, which stops once
%% it holds ?VALUE_MAX bytes, and only one that comes out short (?PRETTY_MAX) is pretty-printed.
render(erlang, Value) ->
    case write(Value) of
        {Text, true} when byte_size(Text) =< ?PRETTY_MAX -> io_lib:format("~tp", [Value]);
        {Text, _} -> Text
    end;
render(elixir, Value) ->
    %% Elixir's inspect has limits of its own; binaries are shortened first, as inspect reads them whole.
    'Elixir.Kernel':inspect(shrink(Value), [{pretty, true}, {limit, 10000}, {printable_limit, ?PRETTY_MAX}]).

%% {Text, Complete}: Value in Erlang syntax on one line, cut once it holds more than ?VALUE_MAX bytes.
%% The text grows as one binary (appended in place), so the cost is the text itself.
write(Value) ->
    try {w(Value, <<>>), true}
    catch throw:{bilby_full, Text} -> {Text, false}
    end.

add(Acc, Text) ->
    Acc1 = <<Acc/binary, (unicode:characters_to_binary(Text))/binary>>,
    case byte_size(Acc1) > ?VALUE_MAX of
        true -> throw({bilby_full, Acc1});
        false -> Acc1
    end.

w([], Acc) -> add(Acc, "[]");
w(List, Acc) when is_list(List) ->
    case io_lib:printable_unicode_list(List) of
        true -> add(string_chunks(List, add(Acc, "\"")), "\"");
        false -> items(List, add(Acc, "["), true)
    end;
w(Tuple, Acc) when is_tuple(Tuple) ->
    add(elements(Tuple, 1, add(Acc, "{")), "}");
w(Map, Acc) when is_map(Map) ->
    add(pairs(maps:next(maps:iterator(Map)), add(Acc, "#{"), true), "}");
w(Bin, Acc) when is_binary(Bin) ->
    case printable_utf8(Bin) of
        true -> add(binary_chunks(Bin, add(Acc, "<<\"")), "\">>");
        false -> add(bytes(Bin, add(Acc, "<<"), true), ">>")
    end;
w(Atom, Acc) when is_atom(Atom) -> add(Acc, io_lib:write_atom(Atom));
w(Int, Acc) when is_integer(Int) -> add(Acc, integer_to_binary(Int));
w(Bits, Acc) when is_bitstring(Bits), bit_size(Bits) > 8 * ?VALUE_MAX ->
    add(Acc, "<<...>>");
w(Other, Acc) -> add(Acc, io_lib:write(Other)). % floats, pids, ports, references, funs, short bitstrings

items([], Acc, _) -> add(Acc, "]");
items([H | T], Acc, First) -> items(T, w(H, comma(Acc, First)), false);
items(Tail, Acc, _) -> add(w(Tail, add(Acc, "|")), "]").

elements(Tuple, I, Acc) when I > tuple_size(Tuple) -> Acc;
elements(Tuple, I, Acc) -> elements(Tuple, I + 1, w(element(I, Tuple), comma(Acc, I =:= 1))).

pairs(none, Acc, _) -> Acc;
pairs({K, V, Next}, Acc, First) -> pairs(maps:next(Next), w(V, add(w(K, comma(Acc, First)), " => ")), false).

comma(Acc, true) -> Acc;
comma(Acc, false) -> add(Acc, ",").

bytes(<<>>, Acc, _) -> Acc;
bytes(<<B, Rest/binary>>, Acc, First) -> bytes(Rest, add(comma(Acc, First), integer_to_binary(B)), false);
bytes(Bits, Acc, _) -> add(Acc, [":" | io_lib:write(Bits)]).

%% A string, escaped as the shell would, a thousand characters at a time.
string_chunks([], Acc) -> Acc;
string_chunks(List, Acc) ->
    {Chunk, Rest} = lists:split(min(1000, length_upto(List, 1000)), List),
    string_chunks(Rest, add(Acc, unquote(io_lib:write_string(Chunk)))).

binary_chunks(<<>>, Acc) -> Acc;
binary_chunks(Bin, Acc) ->
    Rest = skip_chars(Bin, 1000),
    Chunk = binary:part(Bin, 0, byte_size(Bin) - byte_size(Rest)),
    binary_chunks(Rest, add(Acc, unquote(io_lib:write_string(unicode:characters_to_list(Chunk))))).

length_upto(List, Max) -> length_upto(List, Max, 0).
length_upto([_ | T], Max, N) when N < Max -> length_upto(T, Max, N + 1);
length_upto(_, _, N) -> N.

skip_chars(Bin, 0) -> Bin;
skip_chars(<<_/utf8, Rest/binary>>, N) -> skip_chars(Rest, N - 1);
skip_chars(Bin, _) -> Bin.

unquote(Quoted) ->
    Bin = unicode:characters_to_binary(Quoted),
    binary:part(Bin, 1, byte_size(Bin) - 2).

%% Whether the binary is UTF-8 text the shell would print as a string.
printable_utf8(<<>>) -> true;
printable_utf8(<<C/utf8, Rest/binary>>) when C >= $\s, C < 127; C > 159 -> printable_utf8(Rest);
printable_utf8(<<C, Rest/binary>>) when C =:= $\n; C =:= $\r; C =:= $\t; C =:= $\v; C =:= $\b; C =:= $\f; C =:= $\e ->
    printable_utf8(Rest);
printable_utf8(_) -> false.

%% For Elixir: the value with every binary cut to ?VALUE_MAX + 1 bytes, looking at no more than
%% ?VALUE_MAX terms (each renders as one character at least, so what lies beyond is cut in any case).
shrink(Value) ->
    {Shrunk, _} = shrink(Value, ?VALUE_MAX),
    %% Remembered for the reply's `truncated`: inspect marks its own cuts in the text, not ours.
    put(bilby_eval_shrunk, Shrunk =/= Value),
    Shrunk.

shrink(Term, Budget) when Budget =< 0 -> {cut_off(Term), 0};
shrink(Bin, Budget) when is_binary(Bin), byte_size(Bin) > ?VALUE_MAX -> {binary:part(Bin, 0, ?VALUE_MAX + 1), Budget - 1};
shrink(List, Budget) when is_list(List) -> shrink_list(List, Budget, []);
shrink(Tuple, Budget) when is_tuple(Tuple) ->
    {Items, B} = shrink_list(tuple_to_list(Tuple), Budget - 1, []),
    {list_to_tuple(Items), B};
shrink(Map, Budget) when is_map(Map), map_size(Map) > 0 ->
    {Pairs, B} = shrink_list(maps:to_list(Map), Budget - 1, []),
    {maps:from_list(Pairs), B};
shrink(Term, Budget) -> {Term, Budget - 1}.

shrink_list([], Budget, Acc) -> {lists:reverse(Acc), Budget};
shrink_list([H | T], Budget, Acc) when Budget > 0 ->
    {H1, B} = shrink(H, Budget),
    shrink_list(T, B, [H1 | Acc]);
shrink_list([_ | _], _Budget, Acc) -> {lists:reverse(Acc, ['...']), 0};
shrink_list(Improper, Budget, Acc) -> {lists:reverse(Acc, Improper), Budget - 1}.

cut_off(Bin) when is_binary(Bin), byte_size(Bin) > ?VALUE_MAX -> binary:part(Bin, 0, ?VALUE_MAX + 1);
cut_off(Term) when is_list(Term); is_tuple(Term); is_map(Term) -> '...';
cut_off(Term) -> Term.

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
