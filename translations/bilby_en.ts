<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>bilby</name>
    <message>
        <source>The node stopped accepting data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the node was lost while sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resolve host &apos;%1&apos; (%2). Check the host part of the node name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No epmd is running on host &apos;%1&apos; (port %2 refused the connection). Start the node with -name or -sname, which starts epmd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node &apos;%1&apos; is not registered with epmd on host &apos;%2&apos;. Check the name, or whether the node is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &apos;%1&apos; is unreachable (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out reaching epmd on host &apos;%1&apos;. The host may be down or behind a firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node &apos;%1&apos; did not complete the handshake in time: it may be overloaded or stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node &apos;%1&apos; refused the connection: the cookie does not match. Check the cookie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An older Bilby agent (%1) is still in use on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node refused the agent code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent was not requested for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node runs OTP %1; the agent needs OTP %2 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no agent modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read cookie file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no history file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no samples of node %2. Nodes in it: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no metric %2 of node %3 (see bilby-cli list-metrics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (means of %1 s buckets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> point(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(more: raise --limit or narrow the filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the %1 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s %1 count reaches the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s process ended (crash, out of memory, stopped by someone), its host is down or unreachable, or the node is so overloaded that it no longer answers distribution ticks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host and the node&apos;s logs and erl_crash.dump; look at the notifications just before the node went down. Restart the node if it is not coming back by itself. The alarm clears when Bilby reconnects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages in one queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some process has at least the threshold of messages queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the machine&apos;s memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One process holds more than the threshold of the machine&apos;s memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A process accumulates data: a growing state, a large mailbox, binaries it keeps referring to, or a query result held in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect the process named in the details (memory, message queue, state size). Garbage collecting it helps when it holds old binaries; otherwise fix what it accumulates or restart it through its supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the machine&apos;s memory in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine&apos;s memory is more than the threshold in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node, or other programs on the same machine, use most of the memory; the kernel may soon kill the largest process, which is often the Erlang node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the node&apos;s memory by type on its page: processes, binaries, ETS or code. If the node is not the user, look at the machine. Free memory (garbage collection, smaller caches) or add memory before the machine starts swapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB held by one shell process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shell process holds more than the threshold of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone ran a command in a shell on the node that kept a large result: the shell keeps its variables and the results of earlier commands (for example after ets:tab2list/1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask whoever uses the shell to forget the variables (f().) and the results, or end that shell. Bilby&apos;s evaluator and tools do not keep results on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A module has old code loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A module was reloaded and the previous version is still loaded, because some processes may still run it. A second reload would kill those processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no process still needs the old version (processes running it are killed by a hard purge), then soft-purge the modules named in the details. The alarm clears when no old code is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file the next boot reads fails to parse or contains invisible characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone edited sys.config, vm.args, a .app, .rel or boot file since the node started, and the edit left a syntax error or an invisible character (a no-break or zero-width space, a control character) that changes what the file means. The running node is not affected; the next restart is: it will fail or behave differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file named in the details at the line and column given and fix it before the node restarts. The alarm clears when the file is correct again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same module is found in two directories of the code path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two applications ship a module with the same name, or an old release&apos;s directory is still in the code path. The first one in the path is loaded, silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the directories in the details, remove the stale copy or rename one of the modules; check which version is loaded now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times the number of schedulers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run queue stays above the threshold for the whole window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is more work than the schedulers can do: a CPU-bound burst, too few schedulers for the cores, or processes that spin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the process manager sorted by reductions to find what runs; check the scheduler utilisation on the Metrics page. Spread or limit the work, or give the node more cores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy distribution port events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy distribution port events in the window reach the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes send to another node faster than the connection carries: large messages, a slow peer or network, or a distribution buffer (+zdbbl) too small for the traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at distribution traffic per peer on the Metrics page; send less or smaller data, or raise the distribution buffer busy limit (+zdbbl) at the next restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days until a limit is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the trend of the window, a limit (atoms, processes, ETS tables, memory) will be reached within the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count grows steadily: a slow leak of atoms, processes, tables or memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the metric named in the details on the Metrics page over a longer range; find what grows before it becomes a limit alarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::AddNodeDialog</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app@host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node&apos;s Erlang cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Node name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cookie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the node&apos;s name and cookie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the cookie the node was started with (-setcookie, or ~/.erlang.cookie on its host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cookie is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::Alarm</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::AlarmCatalog</name>
    <message>
        <source>Processes are created faster than they end: a leak (processes that wait forever for a message that never comes), a burst of connections or jobs, or a limit (+P) set too low for the load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the process manager sorted by memory or reductions and look for many processes with the same initial call; find what spawns them. If the load is legitimate, raise +P in vm.args at the next restart. At the limit, spawn fails and the node usually crashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atoms are never garbage collected. Code that turns outside input into atoms (list_to_atom, binary_to_atom, unsafe term decoding) creates new ones until the table is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the code that makes atoms from input (look at the notifications for recently loaded modules and at the atom growth on the Metrics page) and use list_to_existing_atom or keep strings. The node crashes when the table is full; only a restart empties it, so plan one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETS tables are created and not deleted: a process that creates a table per request or per session, or owners that never end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the ETS viewer and look for many tables with the same name or owner; fix the code that creates them. Raise the limit (+e, or ERL_MAX_ETS_TABLES) only if the number is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports and sockets are opened and not closed: connection leaks, files opened and never closed, or more clients than the limit (+Q) allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the ports list for many ports of one kind or owner; close leaking connections. If the load is legitimate, raise +Q at the next restart. At the limit, new connections and files fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One process receives messages faster than it handles them: a slow consumer, a blocked gen_server call, selective receive over a long queue, or a burst of traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect the process named in the details: its current function shows where it is stuck. Reading a long mailbox copies it, so look at the first messages only. Find the senders and slow them down, or make the process faster; as a last resort, restart it through its supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETS table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::AlarmCenter</name>
    <message>
        <source>Some event sources are not available on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent on %1 dropped %2 event(s) under load (%3 since it connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each event source is rate-limited on the node so that watching it never makes things worse; what is over the limit is counted, not kept. Look at the node&apos;s logs for the full story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commented on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 the alarm %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::AlarmEngine</name>
    <message numerus="yes">
        <source>%n module(s) with old code: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shell %1 holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of the machine&apos;s memory in use (%2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node cleared it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node no longer has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node was removed from Bilby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of the limit: %2 of %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2% of the machine&apos;s memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run queue is %1 with %2 schedulers, above the threshold for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 busy distribution port events in the last %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3, growing by %4 an hour; the limit is reached in about %5 at this rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on the node through SASL&apos;s alarm_handler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This alarm was set on the node by an application (os_mon, or the node&apos;s own code); it clears when that application clears it. Look at the node&apos;s notifications for its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared %1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probable cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETS tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::AlarmTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::AlarmTabs</name>
    <message>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::AlarmsCommand</name>
    <message>
        <source>%1 did not answer in time (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node&apos;s own alarms are not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no active alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active alarm(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no active alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::AlarmsPage</name>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared by itself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From an earlier session: only alarms of this session can be acknowledged, commented on or cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probable cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All alarms, with history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All alarms of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute desktop notifications for 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say that someone is looking at the selected alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to the selected alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selected alarm by hand (it is not raised again until its condition ends and comes back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of earlier sessions cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln active: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the alarm %1 on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not raised again while its condition holds; it comes back as a new alarm once the condition has ended and returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alarm to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an alarm to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::CliOptions</name>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution cookie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the cookie from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics: keep printing one sample per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect and request timeout in ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a positive number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--node is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cookie: use --cookie, --cookie-file or the BILBY_COOKIE environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node to connect to (alive@host); collect takes several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collect, query: the history file (SQLite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query: the metric to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query: start, ISO-8601 or relative (-2h, -30m, -7d); default -1h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query: end, like --from; default now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query: raw, history or rollup; default: chosen from the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collect: sampling interval in ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collect: keep samples at full rate this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collect: keep one-minute buckets this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collect: keep hourly rollups this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval needs a number of milliseconds, 100 at least.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query needs --node NAME and --metric METRIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resolution is raw, history or rollup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilby command-line companion.

Commands:
  info          system information of the node
  metrics       one sample of every metric (counters as rates over one second)
  list-metrics  the built-in metrics: name, kind, unit, meaning (no node needed)
  list-alarms   the built-in alarms: severity, threshold, cause, what to do (no node needed)
  collect       sample every --node into the --db history file until SIGINT or SIGTERM
  query         print the stored samples of --metric of --node from --db
  alarms        the node&apos;s active alarms (connect, sample, evaluate); with --db: the stored ones
  check         Nagios plugin: one status line; exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN
  notifications the stored timeline of --db (filters: --node, --origin, --since, --search)
  procs         the top processes by --sort memory, mq or reductions (since the previous refresh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notifications: log, shell, code, config, alarm, node, agent, system_monitor or action; may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alarms, notifications (--db): from this time, ISO-8601 or relative (-2h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notifications: words to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alarms, notifications (--db): at most this many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collect: also record each system monitor event (long GC, long schedule, large heap, busy ports; at most 10 a second per node), not only their counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procs: memory, mq (message queue) or reductions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procs: how many processes (1 to 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procs: only processes whose registered name or initial or current module contains this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info | metrics | list-metrics | list-alarms | collect | query | alarms | check | notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --origin &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort is memory, mq or reductions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--top needs a number from 1 to 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notifications needs --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::CliRunner</name>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agentless: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procs needs the agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procs failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 processes scanned on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; reductions over the last %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; reductions since each process started (first refresh)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::CollectCommand</name>
    <message>
        <source>cannot write samples (they wait in memory): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing samples again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collecting %1 node(s) into %2; stop with Ctrl-C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is down: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last samples could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after %1 sample(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::CookieVault</name>
    <message>
        <source>Looking for a keychain service to store cookies in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies are stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies are stored in %1, readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is running: cookies are stored in %1, readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not store the cookie of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not give the cookie of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no keychain support (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not remove the cookie of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cookie is stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid cookie file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make %1 private to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::DemoNode</name>
    <message>
        <source>Erlang is not installed (no erl on the PATH): the demo node needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo node could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo node did not register with epmd within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo node exited during start-up (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::DistConnection</name>
    <message>
        <source>Could not initialise the distribution client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid process identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the node failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node stopped in the middle of sending a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::EventFeed</name>
    <message>
        <source>No events from %1: the agent is not running there (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent refused to send events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent answered the subscription with something unexpected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the event options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event batch from %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event from %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::MainWindow</name>
    <message>
        <source>Bilby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Bilby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Bilby&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilby watches Erlang and Elixir nodes: add a node by its name and cookie, or start a local demo node to look around first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a Demo Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a demo node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 up / %2 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Bilby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bilby %1&lt;/h3&gt;&lt;p&gt;An operations console for Erlang and Elixir nodes.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from Bilby?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo node is stopped as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its connection is closed and its saved cookie deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record System Monitor &amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add each long garbage collection, long schedule, large heap and busy port to the timeline (at most 10 a second per node)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::ManagedNode</name>
    <message>
        <source>The cookie of this node could not be read (%1). Remove the node and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::MetricBrowser</name>
    <message>
        <source>%1: not a built-in metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Unit: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as New Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search metrics or nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the selected series on the current graph (a metric row means every node that has it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the selected series on a new graph under the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::MetricCatalog</name>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the first background scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unless another system monitor is set on the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per connected node over TCP distribution, first 64 by name, not the console itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when os_mon runs (cpu_sup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when os_mon runs (memsup) and the OS reports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when os_mon runs (disksup), first 32 mounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when Mnesia runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when Mnesia runs, per local table, first 100 by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::MetricGraph</name>
    <message>
        <source>raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (history unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the lines are drawn from: raw samples, or the store&apos;s summaries of one minute or one hour, chosen from the range. Summaries keep each bucket&apos;s lowest and highest value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty graph: add metrics from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::MetricStore</name>
    <message>
        <source>No history file is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::MetricsPage</name>
    <message>
        <source>&lt;p&gt;No graphs yet.&lt;/p&gt;&lt;p&gt;Find a metric in the list on the left, select it (for every node that has it) or some of its nodes, and press &lt;b&gt;Add to Graph&lt;/b&gt; or double-click it.&lt;/p&gt;&lt;p&gt;Graphs share one time axis: drag across a graph to zoom in, drag with Shift or the middle button to pan.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the present: the graphs move on as new samples arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the range chosen last, following the present if it did</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::NodeHealth</name>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s health answer is not a map: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::NodeName</name>
    <message>
        <source>Enter a node name such as myapp@host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node name has the form alive@host, for example myapp@127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before &apos;@&apos; may only hold letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host after &apos;@&apos; is not a valid host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::NodePage</name>
    <message>
        <source>processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTP release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERTS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedulers (online/total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (plain erl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agentless: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes: %1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::NodeSession</name>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agentless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is not running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::NodeWatch</name>
    <message>
        <source>%1 restarted since the last connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent removed from %1: the console disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is down: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (OTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded: %1
Already there: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent loaded on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent stopped and its code was unloaded: nothing of Bilby&apos;s runs on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent stopped on %1: the console disconnected; its code stays for another Bilby console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another console&apos;s agent still runs on the node; the last one to leave removes the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent on %1 did not confirm its removal: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent removes itself when it sees the console&apos;s connection close; on the node, code:is_loaded(bilby_agent) tells whether its code is still there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::NodeWorker</name>
    <message>
        <source>Not connected to the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent is not running on this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node stopped answering (nothing received for %1 s): it may be frozen or overloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node sent a reply that cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable message from the node: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request took too long; the agent stopped it on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected reply from the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is too large to send (%1 bytes; the limit is %2). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::Notification</name>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::NotificationFilterBar</name>
    <message>
        <source>All nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text and details…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::NotificationTableModel</name>
    <message>
        <source>(console)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::NotificationsPage</name>
    <message>
        <source>Show the entries that arrived while you were reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline is in memory only: the history file is not available, so this page shows the last %L1 entries of this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln new: show the newest</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new: show them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1   %2   %3   %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(console)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notification matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries shown; scroll down for older ones.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries shown, the oldest included.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bilby::StoreWarningBar</name>
    <message>
        <source>Hide this message (it comes back if writing fails again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;History is not being saved.&lt;/b&gt; %1 Bilby keeps sampling; the last hour stays in memory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::SyncRpc</name>
    <message>
        <source>The node did not answer (%1) within %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::TabBadge</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::TermCodec</name>
    <message>
        <source>%1 unexpected bytes follow the term.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::TermCodec::Decoder</name>
    <message>
        <source>The term is truncated: %1 more bytes needed, %2 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term claims %1 elements but only %2 bytes remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an external term: version byte %1 instead of 131.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term is nested more than %1 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atom cache references are not supported outside the distribution header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown term tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an atom, found tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An atom is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid or non-finite float.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid sign byte %1 in a big integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid bitstring: %1 bytes with %2 bits in the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference has %1 id words (1 to 5 allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fun is too short (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fun&apos;s creator is not a pid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fun&apos;s index or uniq is not an integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export&apos;s arity is not an integer from 0 to 255.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::TimeSpec</name>
    <message>
        <source>&apos;%1&apos; is not a time: use an ISO-8601 time such as 2026-11-21T03:00:00Z, or a relative one such as -2h, -30m, -7d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a length of time: use a number and a unit, such as 90s, 30m, 6h, 30d, 2y.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::TopologyModel</name>
    <message>
        <source>OTP %1, ERTS %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::TrayIcon</name>
    <message>
        <source>Bilby: the worst active alarm is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilby: no active alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (notifications muted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Bilby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute for 1 Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::TrayState</name>
    <message>
        <source>%1 alarm on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Operations console for Erlang and Elixir nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local demo node and show it (not saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the main window to &lt;file&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait &lt;ms&gt; before the screenshot (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep settings and cookies in &lt;dir&gt; instead of the user&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on the tab &lt;name&gt;: nodes, metrics, alarms or notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tab %1: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilby: %1 received, quitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bilby: %n node(s) did not finish disconnecting in time; their agents remove themselves when they see the connection close.</source>
        <translation>
            <numerusform>Bilby: %n node did not finish disconnecting in time; its agent removes itself when it sees the connection close.</numerusform>
            <numerusform>Bilby: %n nodes did not finish disconnecting in time; their agents remove themselves when they see the connection close.</numerusform>
        </translation>
    </message>
</context>
</TS>
