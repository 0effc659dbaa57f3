%% Ports and sockets (SPEC X8): every port (and every socket of the `socket` module), with its type,
%% owner, bytes in and out, and for sockets the local and peer addresses.
%%
%% A node can hold a hundred thousand sockets, so the list is ranked by bytes moved and cut at the
%% request's limit (the reply says how many there are in all). A port that closes while it is read is
%% left out rather than failing the request.
-module(bilby_agent_ports).

-export([ports/2]).

-define(DEFAULT_LIMIT, 500).
-define(MAX_LIMIT, 5000).

%% Bilby's own connection (the distribution port whose peer is a console's node) is marked `own` and
%% left out unless Opts asks for it (own => true); every owner comes with its label.
ports(Opts, Labels) ->
    Limit = clamp(maps:get(limit, Opts, ?DEFAULT_LIMIT), 1, ?MAX_LIMIT),
    Consoles = consoles(),
    All = [mark(R, Consoles) || P <- erlang:ports(), R <- [port_row(P)], R =/= undefined] ++ socket_rows(),
    Shown = case maps:get(own, Opts, false) of
                true -> All;
                _ -> [R || R = #{own := false} <- All]
            end,
    Ranked = lists:sort(fun(A, B) -> moved(A) >= moved(B) end, Shown),
    OwnPids = bilby_agent_labels:own_pids(),
    #{total => length(All), own => length(All) - length(Shown),
      ports => [label(R, OwnPids, Labels) || R <- lists:sublist(Ranked, Limit)]}.

%% The distribution controllers of the consoles' nodes: each agent server is named after its console's
%% node (bilby_agent_srv_<node>), and erlang:system_info(dist_ctrl) names every connection's port.
consoles() ->
    Nodes = [Node || N <- registered(), {ok, Node} <- [bilby_agent:console_of(N)]],
    maps:from_list([{Ctrl, true} || {Node, Ctrl} <- erlang:system_info(dist_ctrl),
                                    lists:member(atom_to_list(Node), Nodes)]).

mark(Row = #{id := Port}, Consoles) -> Row#{own => is_map_key(Port, Consoles)}.

label(Row = #{owner := Owner}, OwnPids, Labels) when is_pid(Owner) ->
    {Label, _} = bilby_agent_labels:describe(Owner, OwnPids, Labels),
    Row#{owner_label => Label};
label(Row, _OwnPids, _Labels) ->
    Row#{owner_label => undefined}.

moved(#{input := In, output := Out}) -> In + Out.

port_row(Port) ->
    case erlang:port_info(Port) of
        undefined ->
            undefined;
        Info ->
            Name = proplists:get_value(name, Info),
            Type = port_type(Name, proplists:get_value(os_pid, Info)),
            Row = #{id => Port, name => unicode:characters_to_binary(Name), type => Type,
                    owner => proplists:get_value(connected, Info), links => proplists:get_value(links, Info),
                    input => proplists:get_value(input, Info), output => proplists:get_value(output, Info),
                    os_pid => proplists:get_value(os_pid, Info)},
            case is_inet(Type) of
                true -> maps:merge(Row, inet_details(Port));
                false -> Row
            end
    end.

port_type("tcp_inet", _) -> tcp;
port_type("udp_inet", _) -> udp;
port_type("sctp_inet", _) -> sctp;
port_type("efile", _) -> file;
port_type(_, OsPid) when is_integer(OsPid) -> external;
port_type(_, _) -> driver.

is_inet(Type) -> lists:member(Type, [tcp, udp, sctp]).

%% The driver counts bytes on the socket itself (inet:getstat); port_info's counters stay at 0 for it.
inet_details(Port) ->
    Stats = case catch inet:getstat(Port, [recv_oct, send_oct]) of
                {ok, S} -> #{input => proplists:get_value(recv_oct, S, 0),
                             output => proplists:get_value(send_oct, S, 0)};
                _ -> #{}
            end,
    Stats#{local => address(catch inet:sockname(Port)), peer => address(catch inet:peername(Port))}.

%% Sockets of the socket module (OTP 22.1 and later) are not ports: they are listed the same way.
socket_rows() ->
    case erlang:function_exported(socket, which_sockets, 0) orelse code:ensure_loaded(socket) =:= {module, socket} of
        true ->
            try [R || S <- socket:which_sockets(), R <- [socket_row(S)], R =/= undefined]
            catch _:_ -> []
            end;
        false ->
            []
    end.

socket_row(Socket) ->
    try socket:info(Socket) of
        #{counters := Counters, owner := Owner, protocol := Protocol} ->
            #{id => Socket, name => <<"socket">>, type => Protocol, owner => Owner, links => [],
              input => maps:get(read_byte, Counters, 0), output => maps:get(write_byte, Counters, 0),
              os_pid => undefined, own => false, local => address(catch socket:sockname(Socket)),
              peer => address(catch socket:peername(Socket))};
        _ ->
            undefined
    catch
        _:_ -> undefined
    end.

address({ok, {Ip, Port}}) when is_tuple(Ip) -> iolist_to_binary([inet:ntoa(Ip), ":", integer_to_list(Port)]);
address({ok, #{addr := Ip, port := Port}}) when is_tuple(Ip) ->
    iolist_to_binary([inet:ntoa(Ip), ":", integer_to_list(Port)]);
address({ok, Other}) -> unicode:characters_to_binary(io_lib:format("~tp", [Other]));
address(_) -> undefined.

clamp(V, Lo, Hi) when is_integer(V) -> max(Lo, min(Hi, V));
clamp(_, Lo, _) -> Lo.
