%% Metric sampling and system information for the Bilby agent.
%%
%% Two speeds. sample/1 (the live sample, every second) reads only cheap BIFs and the figures others
%% keep for it, so the agent server answers it inline. slow_sample/0 (the history sample, every minute
%% by default) reads what costs more (allocators, os_mon, Mnesia); it runs in a request worker, and
%% each call into os_mon or Mnesia runs in a helper with its own deadline, so a hung server there only
%% costs its own figures.
%%
%% The figures that need a walk over every process or port come from the scanner: it walks on its
%% own, at low priority, and waits ten times as long as the walk took before the next one, so it never
%% takes more than about a tenth of one scheduler however many processes the node holds.
%%
%% Names are dotted. A segment that comes from the node (a node, table, mount or allocator name) is
%% percent-encoded by segment/1: '.', '%' and bytes outside printable ASCII become %XX (lower-case hex).
-module(bilby_agent_metrics).

-export([sample/1, slow_sample/0, wall_time/0, info/0, start_scanner/1, scan_loop/1, segment/1]).

-define(MIN_SCAN_INTERVAL, 1000).
%% Bounds on the metrics with dynamic names, so that a huge cluster or schema stays a small answer.
-define(MAX_PEERS, 64).
-define(MAX_MOUNTS, 32).
-define(MAX_TABLES, 100).
%% Deadline of one call into os_mon or Mnesia, and the heap its helper may grow to (words).
-define(HELPER_TIMEOUT, 2000).
-define(HELPER_MAX_HEAP, 4194304).
%% Ports beyond which the open files are not counted by listing /proc/self/fd (see open_files/0).
-define(FD_LIST_MAX, 10000).

%% ---------------------------------------------------------------------------------------------------
%% Live sample

%% Ctx: scan (the scanner's latest figures, or undefined before its first walk), sysmon (the system
%% monitor's counters, or undefined), wall_time ({Previous, Current} from wall_time/0), console (the
%% console's node, whose own distribution traffic is left out) and hidden (what hidden peers moved so far,
%% see dist/2). Returns {Values, Hidden}: the server keeps Hidden for the next sample.
sample(Ctx = #{console := Console}) ->
    {Dist, Hidden} = dist(Console, maps:get(hidden, Ctx, #{})),
    {values(Ctx) ++ Dist ++ process_figures(), Hidden}.

values(#{scan := Scan, sysmon := Sysmon, wall_time := {WallPrev, WallNow}}) ->
    Mem = erlang:memory(),
    {Reductions, _} = erlang:statistics(reductions),
    {ContextSwitches, _} = erlang:statistics(context_switches),
    {GcCount, GcWords, _} = erlang:statistics(garbage_collection),
    {{input, In}, {output, Out}} = erlang:statistics(io),
    {WallMs, _} = erlang:statistics(wall_clock),
    {RuntimeMs, _} = erlang:statistics(runtime),
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
        {<<"runtime.gc_reclaimed_bytes">>, GcWords * erlang:system_info(wordsize)},
        {<<"runtime.io_in_bytes">>, In},
        {<<"runtime.io_out_bytes">>, Out},
        {<<"runtime.cpu_time_s">>, RuntimeMs / 1000},
        {<<"runtime.uptime_s">>, WallMs div 1000}]
    ++ run_queues()
    ++ utilisation(WallPrev, WallNow)
    ++ scanned(Scan)
    ++ sysmon(Sysmon).

%% The OS process's resident memory (what the OS and RabbitMQ's watermark see, beside memory.total);
%% Linux's /proc, absent elsewhere.
process_figures() ->
    Resident = case file:read_file("/proc/self/status") of
                   {ok, Status} ->
                       case re:run(Status, <<"VmRSS:\\s+([0-9]+) kB">>, [{capture, all_but_first, binary}]) of
                           {match, [KiB]} -> [{<<"os.process.resident_bytes">>, binary_to_integer(KiB) * 1024}];
                           nomatch -> []
                       end;
                   _ -> []
               end,
    Resident.

run_queues() ->
    Normal = erlang:system_info(schedulers),
    {Queues, Dirty} = lists:split(Normal, erlang:statistics(run_queue_lengths_all)),
    [{<<"scheduler.", (integer_to_binary(Id))/binary, ".run_queue">>, Q}
     || {Id, Q} <- lists:zip(lists:seq(1, Normal), Queues)]
    ++ case Dirty of
           [DirtyCpu, DirtyIo | _] ->
               [{<<"scheduler.dirty_cpu.run_queue">>, DirtyCpu}, {<<"scheduler.dirty_io.run_queue">>, DirtyIo}];
           _ ->
               []
       end.

%% Scheduler wall time, sorted by scheduler id; undefined while the flag is off. The agent server turns
%% the flag on for as long as it runs (the flag is held per process: it drops when the server exits).
wall_time() ->
    case erlang:statistics(scheduler_wall_time_all) of
        undefined -> undefined;
        List -> lists:sort(List)
    end.

%% Utilisation over the interval between two wall_time/0 readings: active time over total time,
%% 0..1. Normal schedulers one by one and together (the online ones), dirty schedulers together.
utilisation(Prev, Now) when is_list(Prev), is_list(Now), length(Prev) =:= length(Now) ->
    Normal = erlang:system_info(schedulers),
    Online = erlang:system_info(schedulers_online),
    DirtyCpu = erlang:system_info(dirty_cpu_schedulers),
    Deltas = [{Id, A1 - A0, T1 - T0} || {{Id, A0, T0}, {Id, A1, T1}} <- lists:zip(Prev, Now)],
    {NormalDeltas, Dirty} = lists:split(Normal, Deltas),
    {CpuDeltas, IoDeltas} = lists:split(min(DirtyCpu, length(Dirty)), Dirty),
    [{<<"scheduler.", (integer_to_binary(Id))/binary, ".utilisation">>, A / T}
     || {Id, A, T} <- NormalDeltas, T > 0]
    ++ ratio(<<"scheduler.utilisation">>, lists:sublist(NormalDeltas, Online))
    ++ ratio(<<"scheduler.dirty_cpu.utilisation">>, CpuDeltas)
    ++ ratio(<<"scheduler.dirty_io.utilisation">>, IoDeltas);
utilisation(_, _) ->
    [].

ratio(Name, Deltas) ->
    case lists:sum([T || {_, _, T} <- Deltas]) of
        Total when Total > 0 -> [{Name, lists:sum([A || {_, A, _} <- Deltas]) / Total}];
        _ -> []
    end.

scanned(undefined) ->
    [];
scanned(Scan) ->
    [{<<"processes.", (atom_to_binary(K))/binary>>, maps:get(K, Scan)}
     || K <- [message_queue_sum, message_queue_max, memory_max]]
    ++ [{<<"ports.", (atom_to_binary(K))/binary>>, maps:get(K, Scan)} || K <- [tcp, udp, sctp, other]]
    ++ [{<<"sockets.count">>, maps:get(sockets, Scan)}].

sysmon(undefined) ->
    [];
sysmon(Counters) ->
    Events = bilby_agent_sysmon:events(),
    [{<<"sysmon.", (atom_to_binary(E))/binary>>, counters:get(Counters, I)}
     || {I, E} <- lists:zip(lists:seq(1, length(Events)), Events)].

%% Traffic per connected visible node through its distribution port (TCP distribution; a peer whose
%% controller is a process, as with TLS, has no per-peer figures), the first ?MAX_PEERS by name. Hidden
%% peers come and go (every rabbitmqctl run, every remote shell, other consoles): their traffic is summed
%% into dist.hidden.*, so that the set of metric names stays bounded. The sums are counters that must
%% never go back when a peer leaves: Hidden keeps what each hidden peer had moved at the previous sample
%% and the totals, and each sample adds what moved since.
dist(Console, Hidden) ->
    HiddenNodes = maps:from_list([{N, true} || N <- erlang:nodes(hidden)]),
    Peers = lists:sort([{N, C} || {N, C} <- erlang:system_info(dist_ctrl), N =/= Console]),
    {Visible, Others} = lists:partition(fun({N, _}) -> not is_map_key(N, HiddenNodes) end, Peers),
    {HiddenMetrics, Hidden1} = hidden(Others, Hidden),
    {[{<<"dist.peers">>, length(Visible)}, {<<"dist.hidden_peers">>, length(Others)}]
     ++ lists:append([peer(N, C) || {N, C} <- lists:sublist(Visible, ?MAX_PEERS)]) ++ HiddenMetrics,
     Hidden1}.

hidden(Peers, Hidden) ->
    Last = maps:get(last, Hidden, #{}),
    {In0, Out0} = maps:get(total, Hidden, {0, 0}),
    Now = [{N, Stats} || {N, C} <- Peers, Stats <- [port_stats(C)], Stats =/= undefined],
    {In, Out} = lists:foldl(fun({N, {I, O, _}}, {AccIn, AccOut}) ->
                                    {I0, O0} = maps:get(N, Last, {0, 0}),
                                    {AccIn + max(0, I - I0), AccOut + max(0, O - O0)}
                            end, {In0, Out0}, Now),
    Queue = lists:sum([Q || {_, {_, _, Q}} <- Now]),
    {[{<<"dist.hidden.bytes_in">>, In}, {<<"dist.hidden.bytes_out">>, Out}, {<<"dist.hidden.queue_bytes">>, Queue}],
     #{total => {In, Out}, last => maps:from_list([{N, {I, O}} || {N, {I, O, _}} <- Now])}}.

port_stats(Port) when is_port(Port) ->
    try {inet:getstat(Port, [recv_oct, send_oct]), erlang:port_info(Port, queue_size)} of
        {{ok, Stats}, {queue_size, Queue}} ->
            {proplists:get_value(recv_oct, Stats, 0), proplists:get_value(send_oct, Stats, 0), Queue};
        _ ->
            undefined
    catch
        _:_ -> undefined % the connection went down meanwhile
    end;
port_stats(_) ->
    undefined.

peer(Node, Controller) ->
    case port_stats(Controller) of
        {In, Out, Queue} ->
            Prefix = <<"dist.", (segment(atom_to_binary(Node)))/binary>>,
            [{<<Prefix/binary, ".bytes_in">>, In}, {<<Prefix/binary, ".bytes_out">>, Out},
             {<<Prefix/binary, ".queue_bytes">>, Queue}];
        undefined ->
            []
    end.

%% ---------------------------------------------------------------------------------------------------
%% History sample

slow_sample() ->
    %% The helpers run side by side, so the whole sample takes at most one helper deadline. They are
    %% linked, so they go with this worker when the agent kills it; trapping exits meanwhile keeps a
    %% helper that hit its heap limit from taking the worker with it.
    Trap = process_flag(trap_exit, true),
    try
        Deadline = erlang:monotonic_time(millisecond) + ?HELPER_TIMEOUT,
        Helpers = [helper(F) || F <- [fun cpu_sup/0, fun memsup/0, fun disksup/0, fun mnesia/0]],
        Allocators = allocators(),
        Allocators ++ open_files() ++ lists:append([await(H, Deadline) || H <- Helpers])
    after
        process_flag(trap_exit, Trap)
    end.

%% Carriers and blocks of every alloc_util allocator, summed over its instances, multiblock and
%% singleblock carriers together (and the carriers the instances have left in the migration pool).
allocators() ->
    Types = erlang:system_info(alloc_util_allocators),
    Sizes = [{T, allocator_sizes(T)} || T <- Types],
    Carriers = lists:sum([C || {_, {C, _}} <- Sizes]),
    Blocks = lists:sum([B || {_, {_, B}} <- Sizes]),
    lists:append([allocator_metrics(<<"allocator.", (segment(atom_to_binary(T)))/binary, ".">>, C, B)
                  || {T, {C, B}} <- Sizes])
    ++ allocator_metrics(<<"allocator.">>, Carriers, Blocks).

allocator_metrics(Prefix, Carriers, Blocks) ->
    [{<<Prefix/binary, "carriers_bytes">>, Carriers},
     {<<Prefix/binary, "blocks_bytes">>, Blocks}]
    ++ [{<<Prefix/binary, "usage">>, Blocks / Carriers} || Carriers > 0].

allocator_sizes(Type) ->
    case erlang:system_info({allocator, Type}) of
        Instances when is_list(Instances) ->
            lists:foldl(fun({instance, _, Props}, {C, B}) ->
                                {C1, B1} = instance_sizes(Props),
                                {C + C1, B + B1};
                           (_, Acc) ->
                                Acc
                        end, {0, 0}, Instances);
        _ ->
            {0, 0} % the allocator is disabled
    end.

instance_sizes(Props) ->
    lists:foldl(fun(Kind, {C, B}) ->
                        case lists:keyfind(Kind, 1, Props) of
                            {Kind, Stats} -> {C + carriers_size(Stats), B + blocks_size(Stats)};
                            false -> {C, B}
                        end
                end, {0, 0}, [mbcs, sbcs, mbcs_pool]).

carriers_size(Stats) ->
    case lists:keyfind(carriers_size, 1, Stats) of
        {carriers_size, Current, _, _} -> Current;
        {carriers_size, Current} -> Current;
        false -> 0
    end.

%% OTP 23 and later report blocks per allocation type (a carrier may hold blocks of other types).
blocks_size(Stats) ->
    case lists:keyfind(blocks, 1, Stats) of
        {blocks, PerType} when is_list(PerType) ->
            lists:sum([Size || {_, Figures} <- PerType, {size, Size, _, _} <- Figures]);
        false ->
            0
    end.

%% os_mon's processes are never started here: without them their figures are absent.
cpu_sup() ->
    case whereis(cpu_sup) of
        undefined -> [];
        _ ->
            [{<<"os.cpu.load1">>, cpu_sup:avg1() / 256},
             {<<"os.cpu.load5">>, cpu_sup:avg5() / 256},
             {<<"os.cpu.load15">>, cpu_sup:avg15() / 256},
             {<<"os.processes">>, cpu_sup:nprocs()}]
    end.

memsup() ->
    case whereis(memsup) of
        undefined -> [];
        _ ->
            Data = memsup:get_system_memory_data(),
            Known = [{system_total_memory, <<"system_total">>}, {total_memory, <<"total">>},
                     {free_memory, <<"free">>}, {available_memory, <<"available">>},
                     {buffered_memory, <<"buffered">>}, {cached_memory, <<"cached">>},
                     {total_swap, <<"swap_total">>}, {free_swap, <<"swap_free">>}],
            [{<<"os.memory.", Name/binary>>, V} || {K, Name} <- Known, {_, V} <- [lists:keyfind(K, 1, Data)]]
            ++ case {lists:keyfind(total_memory, 1, Data), lists:keyfind(available_memory, 1, Data)} of
                   {{_, Total}, {_, Available}} when Total > 0 ->
                       [{<<"os.memory.used_percent">>, 100 * (Total - Available) / Total}];
                   _ ->
                       []
               end
    end.

disksup() ->
    case whereis(disksup) of
        undefined -> [];
        _ ->
            %% Before its first check disksup answers [{"none", 0, 0}].
            Real = real_file_system(),
            Disks = lists:sublist(lists:sort([D || D = {Mount, _, _} <- disksup:get_disk_data(), Mount =/= "none",
                                                   Real(Mount)]),
                                  ?MAX_MOUNTS),
            lists:append([[{<<"os.disk.", Seg/binary, ".used_percent">>, Percent},
                           {<<"os.disk.", Seg/binary, ".size_bytes">>, KiB * 1024}]
                          || {Mount, KiB, Percent} <- Disks, Seg <- [segment(mount_name(Mount))]])
    end.

%% The open files and sockets, and their limit from /proc/self/limits ("Max open files  1048576  1048576
%% files"). Linux 6.2 and later give the count as the size of /proc/self/fd; older kernels only by listing
%% it, one entry per descriptor (about 110 bytes each), which is skipped on a node with more ports than
%% ?FD_LIST_MAX. prim_file reads straight from the driver: file's functions go through the node's file
%% server, which the node's own file operations queue on.
open_files() ->
    Open = case prim_file:read_file_info("/proc/self/fd") of
               {ok, Info} when element(2, Info) > 0 -> % the size
                   [{<<"os.process.fds">>, element(2, Info)}];
               {ok, _} ->
                   case erlang:system_info(port_count) =< ?FD_LIST_MAX andalso prim_file:list_dir("/proc/self/fd") of
                       {ok, Fds} -> [{<<"os.process.fds">>, length(Fds)}];
                       _ -> []
                   end;
               _ ->
                   []
           end,
    Limit = case prim_file:read_file("/proc/self/limits") of
                {ok, Limits} ->
                    case re:run(Limits, <<"Max open files\\s+([0-9]+)">>, [{capture, all_but_first, binary}]) of
                        {match, [Max]} -> [{<<"os.process.fd_limit">>, binary_to_integer(Max)}];
                        nomatch -> []
                    end;
                _ -> []
            end,
    Open ++ Limit.

%% disksup lists every mount, /dev, /dev/shm and the cgroup folders among them: only file systems that
%% hold files count. Linux says what each mount is in /proc/mounts; elsewhere, mounts under the kernel's
%% own folders are left out.
real_file_system() ->
    case file:read_file("/proc/mounts") of
        {ok, Bin} ->
            Pseudo = [<<"proc">>, <<"sysfs">>, <<"devtmpfs">>, <<"devpts">>, <<"tmpfs">>, <<"cgroup">>,
                      <<"cgroup2">>, <<"securityfs">>, <<"debugfs">>, <<"tracefs">>, <<"mqueue">>, <<"hugetlbfs">>,
                      <<"pstore">>, <<"bpf">>, <<"configfs">>, <<"fusectl">>, <<"ramfs">>, <<"nsfs">>,
                      <<"binfmt_misc">>, <<"autofs">>, <<"squashfs">>, <<"efivarfs">>, <<"rpc_pipefs">>],
            Types = maps:from_list([{Mount, Type} || Line <- binary:split(Bin, <<"\n">>, [global]),
                                                     [_Dev, Mount, Type | _] <- [binary:split(Line, <<" ">>, [global])]]),
            fun(Mount) -> not lists:member(maps:get(mount_name(Mount), Types, <<"unknown">>), Pseudo) end;
        _ ->
            fun(Mount) -> not lists:any(fun(P) -> lists:prefix(P, Mount) end, ["/dev", "/sys", "/proc", "/run"]) end
    end.

%% Mount points come as character lists (Unicode on most systems, raw bytes on some).
mount_name(Mount) ->
    case unicode:characters_to_binary(Mount) of
        Bin when is_binary(Bin) -> Bin;
        _ -> list_to_binary([C band 255 || C <- Mount])
    end.

%% Checks for Mnesia's supervisor first: calling the mnesia module on a node without it would load it.
mnesia() ->
    case is_pid(whereis(mnesia_sup)) andalso mnesia:system_info(is_running) =:= yes of
        false -> [];
        true ->
            Tables = lists:sublist(lists:sort(mnesia:system_info(local_tables)), ?MAX_TABLES),
            WordSize = erlang:system_info(wordsize),
            [{<<"mnesia.transactions.commits">>, mnesia:system_info(transaction_commits)},
             {<<"mnesia.transactions.failures">>, mnesia:system_info(transaction_failures)},
             {<<"mnesia.transactions.restarts">>, mnesia:system_info(transaction_restarts)},
             {<<"mnesia.transactions.log_writes">>, mnesia:system_info(transaction_log_writes)},
             {<<"mnesia.locks.held">>, length(mnesia:system_info(held_locks))},
             {<<"mnesia.locks.queued">>, length(mnesia:system_info(lock_queue))},
             {<<"mnesia.tables">>, length(mnesia:system_info(local_tables))}]
            ++ lists:append([table(T, WordSize) || T <- Tables])
    end.

table(Table, WordSize) ->
    Prefix = <<"mnesia.table.", (segment(atom_to_binary(Table)))/binary>>,
    Memory = case {mnesia:table_info(Table, storage_type), mnesia:table_info(Table, memory)} of
                 {disc_only_copies, Bytes} when is_integer(Bytes) -> [Bytes]; % dets reports bytes
                 {Type, Words} when is_integer(Words), (Type =:= ram_copies orelse Type =:= disc_copies) ->
                     [Words * WordSize];
                 _ -> [] % external backends: no unit we can trust
             end,
    [{<<Prefix/binary, ".size">>, mnesia:table_info(Table, size)}]
    ++ [{<<Prefix/binary, ".memory_bytes">>, M} || M <- Memory].

%% Runs Fun in a linked process of its own with a heap limit; await/2 gives up on it at the deadline.
helper(Fun) ->
    Self = self(),
    spawn_opt(fun() -> Self ! {self(), try Fun() catch _:_ -> [] end} end,
              [link, monitor, {max_heap_size, #{size => ?HELPER_MAX_HEAP, kill => true, error_logger => false}}]).

await({Pid, MRef}, Deadline) ->
    receive
        {Pid, Metrics} ->
            erlang:demonitor(MRef, [flush]),
            Metrics;
        {'DOWN', MRef, process, Pid, _} ->
            []
    after max(0, Deadline - erlang:monotonic_time(millisecond)) ->
        unlink(Pid),
        exit(Pid, kill),
        erlang:demonitor(MRef, [flush]),
        receive {Pid, _} -> ok after 0 -> ok end,
        []
    end.

%% ---------------------------------------------------------------------------------------------------
%% Names

%% Percent-encodes one dynamic segment of a metric name, so names stay dotted and unambiguous.
segment(Bin) when is_binary(Bin) ->
    << <<(escape(C))/binary>> || <<C>> <= Bin >>.

escape(C) when C =:= $.; C =:= $%; C =< 32; C >= 127 ->
    <<$%, (hex(C bsr 4)), (hex(C band 15))>>;
escape(C) ->
    <<C>>.

hex(N) when N < 10 -> $0 + N;
hex(N) -> $a + N - 10.

%% ---------------------------------------------------------------------------------------------------
%% System information

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

%% ---------------------------------------------------------------------------------------------------
%% Background scanner

start_scanner(Server) ->
    spawn_opt(?MODULE, scan_loop, [Server], [link, {priority, low}]).

scan_loop(Server) ->
    T0 = erlang:monotonic_time(millisecond),
    %% Bilby's own processes (the events hub's queue of up to 20,000 messages, an evaluation's heap of up
    %% to 256 MB) are left out: the queue and memory alarms blame the node's processes, never Bilby's.
    Own = bilby_agent_labels:own_pids(),
    {Sum, {Max, MaxPid}, {MemMax, MemPid}} = scan_processes(erlang:processes(), Own, 0, {0, undefined}, {0, undefined}),
    Ports = scan_ports(erlang:ports(), #{tcp => 0, udp => 0, sctp => 0, other => 0}),
    %% The pids say which process holds the longest queue and the most memory (for the alarms' details).
    Server ! {scan, Ports#{message_queue_sum => Sum, message_queue_max => Max, memory_max => MemMax,
                           message_queue_max_pid => MaxPid, memory_max_pid => MemPid, sockets => sockets()}},
    Elapsed = erlang:monotonic_time(millisecond) - T0,
    timer:sleep(max(?MIN_SCAN_INTERVAL, 10 * Elapsed)),
    ?MODULE:scan_loop(Server).

scan_processes([], _Own, Sum, Max, MemMax) -> {Sum, Max, MemMax};
scan_processes([P | Ps], Own, Sum, Max, MemMax) ->
    case erlang:process_info(P, [message_queue_len, memory]) of
        [_, _] when is_map_key(P, Own) ->
            scan_processes(Ps, Own, Sum, Max, MemMax);
        [{message_queue_len, N}, {memory, M}] ->
            scan_processes(Ps, Own, Sum + N, larger({N, P}, Max), larger({M, P}, MemMax));
        undefined ->
            scan_processes(Ps, Own, Sum, Max, MemMax)
    end.

larger({V, _} = New, {Old, _}) when V > Old -> New;
larger(_, Old) -> Old.

scan_ports([], Counts) -> Counts;
scan_ports([P | Ps], Counts) ->
    Kind = case erlang:port_info(P, name) of
               {name, "tcp_inet"} -> tcp;
               {name, "udp_inet"} -> udp;
               {name, "sctp_inet"} -> sctp;
               {name, _} -> other;
               undefined -> closed
           end,
    case Counts of
        #{Kind := N} -> scan_ports(Ps, Counts#{Kind := N + 1});
        _ -> scan_ports(Ps, Counts)
    end.

%% Sockets of the socket module (a NIF, not ports); none while nothing has loaded that module.
sockets() ->
    case erlang:module_loaded(socket) of
        true -> try socket:number_of() catch _:_ -> 0 end;
        false -> 0
    end.
