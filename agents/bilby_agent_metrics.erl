%% Metric sampling and system information for the Bilby agent.
%%
%% sample/2 reads only cheap BIFs, so it can run every second on any node. The message-queue figures
%% need a walk over every process: the scanner does that on its own, at low priority, and waits ten
%% times as long as the walk took before the next one, so it never takes more than about a tenth of
%% one scheduler however many processes the node holds.
-module(bilby_agent_metrics).

-export([sample/2, info/0, start_scanner/1, scan_loop/1]).

-define(MIN_SCAN_INTERVAL, 1000).

sample(MqSum, MqMax) ->
    Mem = erlang:memory(),
    {Reductions, _} = erlang:statistics(reductions),
    {ContextSwitches, _} = erlang:statistics(context_switches),
    {GcCount, _Words, _} = erlang:statistics(garbage_collection),
    {{input, In}, {output, Out}} = erlang:statistics(io),
    {WallMs, _} = erlang:statistics(wall_clock),
    [{<<"memory.", (atom_to_binary(K))/binary>>, proplists:get_value(K, Mem, 0)}
     || K <- [total, processes, processes_used, system, atom, atom_used, binary, code, ets]]
    ++ [{<<"limits.process_count">>, erlang:system_info(process_count)},
        {<<"limits.process_limit">>, erlang:system_info(process_limit)},
        {<<"limits.port_count">>, erlang:system_info(port_count)},
        {<<"limits.port_limit">>, erlang:system_info(port_limit)},
        {<<"limits.atom_count">>, erlang:system_info(atom_count)},
        {<<"limits.atom_limit">>, erlang:system_info(atom_limit)},
        {<<"limits.ets_count">>, erlang:system_info(ets_count)},
        {<<"limits.ets_limit">>, erlang:system_info(ets_limit)},
        {<<"runtime.reductions">>, Reductions},
        {<<"runtime.run_queue">>, erlang:statistics(total_run_queue_lengths)},
        {<<"runtime.context_switches">>, ContextSwitches},
        {<<"runtime.gc_count">>, GcCount},
        {<<"runtime.io_in_bytes">>, In},
        {<<"runtime.io_out_bytes">>, Out},
        {<<"runtime.uptime_s">>, WallMs div 1000},
        {<<"processes.message_queue_sum">>, MqSum},
        {<<"processes.message_queue_max">>, MqMax}].

info() ->
    {WallMs, _} = erlang:statistics(wall_clock),
    {Release, Version} = release(),
    {OsFamily, OsName} = os:type(),
    #{node => node(),
      otp_release => list_to_binary(erlang:system_info(otp_release)),
      erts_version => list_to_binary(erlang:system_info(version)),
      schedulers => erlang:system_info(schedulers),
      schedulers_online => erlang:system_info(schedulers_online),
      logical_processors => erlang:system_info(logical_processors),
      uptime_s => WallMs div 1000,
      word_size => erlang:system_info(wordsize),
      os => iolist_to_binary([atom_to_list(OsFamily), "/", atom_to_list(OsName), " ", os_version()]),
      system_architecture => list_to_binary(erlang:system_info(system_architecture)),
      release_name => Release,
      release_version => Version,
      creation => erlang:system_info(creation),
      start_time_ms => erlang:system_time(millisecond) - WallMs,
      net_ticktime => net_kernel:get_net_ticktime()}.

%% A node booted from a release script reports that release; plain `erl` reports OTP's own script.
release() ->
    case init:script_id() of
        {"Erlang/OTP", _} -> {undefined, undefined};
        {"OTP " ++ _, _} -> {undefined, undefined};
        {Name, Vsn} when is_list(Name), is_list(Vsn) -> {list_to_binary(Name), list_to_binary(Vsn)};
        _ -> {undefined, undefined}
    end.

os_version() ->
    case os:version() of
        {Major, Minor, Patch} -> io_lib:format("~b.~b.~b", [Major, Minor, Patch]);
        V when is_list(V) -> V
    end.

start_scanner(Server) ->
    spawn_opt(?MODULE, scan_loop, [Server], [link, {priority, low}]).

scan_loop(Server) ->
    T0 = erlang:monotonic_time(millisecond),
    {Sum, Max} = scan(erlang:processes(), 0, 0),
    Server ! {mq_scan, Sum, Max},
    Elapsed = erlang:monotonic_time(millisecond) - T0,
    timer:sleep(max(?MIN_SCAN_INTERVAL, 10 * Elapsed)),
    ?MODULE:scan_loop(Server).

scan([], Sum, Max) -> {Sum, Max};
scan([P | Ps], Sum, Max) ->
    case erlang:process_info(P, message_queue_len) of
        {message_queue_len, N} -> scan(Ps, Sum + N, max(Max, N));
        undefined -> scan(Ps, Sum, Max)
    end.
