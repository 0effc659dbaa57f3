#!/usr/bin/env escript
%% Parses lifecycle.exprs (one begin ... end expression) and writes its abstract form as an external
%% term, which the console hands to erl_eval on the node: a syntax error fails the build, not a session.
main([In, Out]) ->
    {ok, Bin} = file:read_file(In),
    {ok, Tokens, _} = erl_scan:string(unicode:characters_to_list(Bin)),
    case erl_parse:parse_exprs(Tokens) of
        {ok, [Expr]} ->
            ok = file:write_file(Out, term_to_binary(Expr));
        {ok, Exprs} ->
            io:format(standard_error, "~s: expected one expression, found ~b~n", [In, length(Exprs)]),
            halt(1);
        {error, {Line, Mod, Reason}} ->
            io:format(standard_error, "~s:~p: ~s~n", [In, Line, Mod:format_error(Reason)]),
            halt(1)
    end.
