<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>bilby-cli</name>
    <message>
        <source>Run &apos;bilby-cli --help&apos; for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::ActionGate</name>
    <message>
        <source>This node is read-only: the console does not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent is not running on this node: %1</source>
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
    <message>
        <source>&amp;Production node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production nodes are read-only from the first connection while the preference for them is on (Edit &gt; Preferences).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::AgentError</name>
    <message>
        <source>This node is read-only: the agent refuses every request that changes the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process has exited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process is registered under that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a pid of this node (a pid reads like &lt;0.85.0&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process has %1 messages waiting: reading them needs your confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process did not answer sys:get_state in time: it is busy, or it is not an OTP process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state cannot be read with sys:get_state (not an OTP process?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private: only its owner can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private: only its owner %1 can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not an Erlang term (the node parses it, it never evaluates it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent answered with an error: %1</source>
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
    <message>
        <source>% of the %1 limit</source>
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
        <source>minutes old code may stay while no process runs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A process still runs the old code of a reloaded module, or a module loaded from a file kept its old code past the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A module was reloaded and its previous version is still loaded. While a process runs the old version, the next reload of that module kills the process. (Modules that an application compiles at run time, such as RabbitMQ&apos;s rabbit_ff_registry, leave old code that nobody runs: they are counted only while a process runs them.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the processes named in the details finish with the old version (a long-running loop must make a fully qualified call to move to the new one), or restart them, then soft-purge the module from Node actions. The alarm clears when no process runs old code and nothing is left past the threshold.</source>
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
        <source>A module is found in two directories of the code path with different code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two applications ship a module with the same name, an application is installed twice in two versions, or an old release&apos;s directory is still in the code path. The first one in the path is loaded, silently. (The same directory reached through a symbolic link, or identical copies, are not counted.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the directories in the details: remove the stale copy from the code path or the release, or rename one of the modules; check that the version loaded now is the one you want.</source>
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
        <source>RabbitMQ sets its memory alarm (in its own alarm manager, rabbit_alarm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node uses more memory than its high watermark (vm_memory_high_watermark, compared with the operating system&apos;s view of the node&apos;s memory, its resident size). RabbitMQ blocks every connection that publishes until memory falls below the watermark again: producers hang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find what holds the memory: queues with many messages in memory (consumers that are gone or slow), large or many connections; drain or purge the queues, add consumers, or raise the watermark (rabbitmqctl set_vm_memory_high_watermark) if the machine has room. The alarm clears when RabbitMQ clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RabbitMQ sets its disk alarm (in its own alarm manager, rabbit_alarm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The free space of the disk holding the node&apos;s data is below its limit (disk_free_limit). RabbitMQ blocks every connection that publishes until space is freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space on the data disk (old logs, other files), drain queues that page to disk, or lower the limit (rabbitmqctl set_disk_free_limit) if it is set too high. The alarm clears when RabbitMQ clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s %1 count reaches the threshold.</source>
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
    <message>
        <source>The user silenced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user lifted the silence of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node&apos;s log events are not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node&apos;s own alarms (SASL&apos;s alarm_handler, RabbitMQ&apos;s) are not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lager&apos;s log events are not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long garbage collections, long schedules and busy ports are not reported; Bilby leaves the node&apos;s own system monitor in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shell commands are not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEx commands are not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code loads are not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code purges are not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration changes are not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::AlarmEngine</name>
    <message>
        <source>%1: %2</source>
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
    <message numerus="yes">
        <source>%1 (%n process(es))</source>
        <translation>
            <numerusform>%1 (%n process)</numerusform>
            <numerusform>%1 (%n processes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Old code still running: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old code left unpurged for more than %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages queued in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory is above RabbitMQ&apos;s high watermark: publishers are blocked (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free disk space is below RabbitMQ&apos;s limit: publishers are blocked (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not seen again since the node came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on the node through its alarm handler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (silenced)</source>
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
    <name>bilby::AlarmSilence</name>
    <message>
        <source>every alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
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
    <message>
        <source>%1, silenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silenced: shown, but counted by neither the tray nor check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: the node is down, or the alarm was not seen again since it came back. Not counted.</source>
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
        <translation>
            <numerusform>%n active alarm: %1</numerusform>
            <numerusform>%n active alarms: %1</numerusform>
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
    <message>
        <source>Modules found twice in the code path that affect nothing running (not alarms):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n silenced: %1</source>
        <translation>
            <numerusform>; %n silenced: %1</numerusform>
            <numerusform>; %n silenced: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>silenced </source>
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
        <translation>
            <numerusform>%Ln active: %1</numerusform>
            <numerusform>%Ln active: %1</numerusform>
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
    <message>
        <source>Silenced: shown, but counted by neither the tray nor check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: the node is down, or this alarm was not seen again since it came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop counting the selected alarm (or its kind, or its node) for a while, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The silences in force; lift one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%Ln not counted: silenced or stale)</source>
        <translation>
            <numerusform> (%Ln not counted: silenced or stale)</numerusform>
            <numerusform> (%Ln not counted: silenced or stale)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bilby::ApplicationListModel</name>
    <message>
        <source>%1 is a library application: it has no supervisor and no processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select to read its supervision tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library: no processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::ApplicationsPage</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the applications again, and the selected application&apos;s tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an application to read its supervision tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect a process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node is down: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the node (or no agent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected reply from the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer running; the tree shown is the last read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is a library application: no supervisor, no processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the tree again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: reading its supervision tree…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tree shown is the last read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the supervision tree could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no supervision tree (a library application, or it has stopped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n process(es) · read at %2</source>
        <translation>
            <numerusform>%1: %n process · read at %2</numerusform>
            <numerusform>%1: %n processes · read at %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supervisor(s) could not be read: their children are missing (see the marked rows).</source>
        <translation>
            <numerusform>%n supervisor could not be read: its children are missing (see the marked row).</numerusform>
            <numerusform>%n supervisors could not be read: their children are missing (see the marked rows).</numerusform>
        </translation>
    </message>
    <message>
        <source>The tree is cut: it reached the agent&apos;s limit of 5,000 processes.</source>
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
  procs         the top processes by --sort memory, mq or reductions (since the previous refresh)
  proc PID      one process (a pid such as &lt;0.85.0&gt;, or a registered name): information and stack;
                --messages, --dictionary, --state add what it holds (sensitive)
  ets [TABLE]   every ETS table; with TABLE, a page of its rows (--page K) or the rows of --key
  eval EXPR     evaluate an Erlang expression on the node (--elixir: Elixir) and print its value
  gc --all      garbage-collect every process, in batches (--batch, --pause)
  purge         soft-purge old code that no process runs any more
  ports         ports and sockets by bytes moved: type, owner, addresses
  apps [APP]    the running applications; with APP, its supervision tree

Without --cookie or --cookie-file, the cookie comes from BILBY_COOKIE, else from ~/.erlang.cookie
(as for erl and erl_call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics: keep printing one sample per second (the live metrics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics: only the cheap live metrics, not those sampled at the history rate (allocators, file descriptors, os_mon, Mnesia).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collect: the lowest level of the nodes&apos; log events recorded: error, warning (the default), notice, info or debug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check, alarms: leave out this alarm id (may be repeated, or a comma-separated list), e.g. code_path_clash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procs, ets, ports: also list Bilby&apos;s own processes, tables and connection on the node (left out by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proc: also the first 100 messages of its queue (sensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proc: also its process dictionary (sensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proc: also its state, through sys:get_state with a 2 s timeout (sensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ets TABLE: which page of 100 rows (from 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ets TABLE: the rows with this key (an Erlang term).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eval: the expression is Elixir (the node needs it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gc: every process on the node, in batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gc --all: processes per batch (1 to 100000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gc --all: pause between batches (0 to 60000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any command: the agent on the node refuses every request that changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info | metrics | list-metrics | list-alarms | collect | query | alarms | check | notifications | procs | proc | ets | eval | gc | purge | ports | apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proc needs one process: a pid such as &lt;0.85.0&gt;, or a registered name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ets takes at most one table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page needs a number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eval needs one expression (quote it for the shell).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gc needs --all, with --batch from 1 to 100000 and --pause from 0 to 60000 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apps takes at most one application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--log-level is error, warning, notice, info or debug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read cookie file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check, alarms: the console&apos;s settings directory (as given to bilby --settings-dir), whose alarm silences apply; by default the console&apos;s own settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one with --cookie-file FILE, --cookie COOKIE or the BILBY_COOKIE environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cookie: %1 does not exist. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cookie: %1 is empty. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::CliQuery</name>
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
    <message>
        <source>proc %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the first %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sensitive):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ets %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with key %1 in %2 on %3</source>
        <translation>
            <numerusform>%n row with key %1 in %2 on %3</numerusform>
            <numerusform>%n rows with key %1 in %2 on %3</numerusform>
        </translation>
    </message>
    <message>
        <source>ets %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s) of %2 rows: there is no page %3.</source>
        <translation>
            <numerusform>%1 has %n page of %2 rows: there is no page %3.</numerusform>
            <numerusform>%1 has %n pages of %2 rows: there is no page %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2: no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: rows %3 to %4 (page %5%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; --page %1 for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ets on %1: the agent&apos;s reply is not a table list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ETS tables on %2, by memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the first %1 of %2 read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n of Bilby&apos;s own left out (--include-bilby lists them)</source>
        <translation>
            <numerusform>; %n of Bilby&apos;s own left out (--include-bilby lists it)</numerusform>
            <numerusform>; %n of Bilby&apos;s own left out (--include-bilby lists them)</numerusform>
        </translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROTECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the agent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info on %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics on %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procs on %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REDUCTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CURRENT FUNCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROCESS (label or initial call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (bilby-cli): done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (bilby-cli): failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action was not recorded in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eval on %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eval failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output was cut at 256 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value was cut at %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gc: %1 of %2 processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garbage-collect every process (batch %1, pause %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 processes; process memory %3 -&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gc on %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent&apos;s reply was not a summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected %1 of %2 processes in %3 ms; process memory %4 -&gt; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft purge of old code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge on %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent&apos;s reply was not a purge result</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Purged old code of %n module(s)</source>
        <translation>
            <numerusform>Purged old code of %n module</numerusform>
            <numerusform>Purged old code of %n modules</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept %1: its old code still runs in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports on %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ports and sockets on %2, by bytes moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the first %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; Bilby&apos;s own connection left out (--include-bilby lists it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BYTES IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BYTES OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Bilby&apos;s connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apps on %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applications running on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APPLICATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP SUPERVISOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the tree was cut at the agent&apos;s limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no supervision tree (a library application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the queue, the first %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the first %1 of %2)</source>
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
    <message>
        <source>Cannot make %1 private to you.</source>
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
    <message>
        <source>The node reset the connection.</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>bilby::EtsContents</name>
    <message>
        <source>Select a table to read its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key, as an Erlang term: 42, {user, &lt;&lt;&quot;ann&quot;&gt;&gt;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parsed on the node, never evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This table&apos;s rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table no longer exists; the rows shown are the last read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 rows · %4 · owner %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1: no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1: rows %2 to %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows with the key %2; the first %3 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with the key %1.</source>
        <translation>
            <numerusform>%n row with the key %1.</numerusform>
            <numerusform>%n rows with the key %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected reply from the agent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::EtsPage</name>
    <message>
        <source>Select a table to read its rows; double-click its owner to inspect it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the node (or no agent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected reply from the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n of Bilby&apos;s own not shown)</source>
        <translation>
            <numerusform> (%n of Bilby&apos;s own not shown)</numerusform>
            <numerusform> (%n of Bilby&apos;s own not shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bilby::EtsRowModel</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::EtsTableModel</name>
    <message>
        <source>Double-click to inspect the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::EvalInput</name>
    <message>
        <source>An expression. Enter evaluates one line, Shift+Enter starts another, Ctrl+Enter evaluates them all; Up and Down recall earlier ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::EvalTranscript</name>
    <message>
        <source>output cut at 256 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>** parse error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value cut at 1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing the first %1 of %2 characters; Copy value copies them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bindings too large, kept the previous ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::EvaluatorPage</name>
    <message>
        <source>stopped after %1 s: the evaluating process was killed on the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind every variable of this language&apos;s session, like the shell&apos;s f()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the last value, whole, to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript (values and output of what you evaluate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected again: the bindings of the previous connection are gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erlang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elixir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node has no Elixir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evaluation that takes longer is killed on the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the node: nothing was evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the evaluator&apos;s bindings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bindings are forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bindings forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindings: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate on the node (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parse error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; value cut at 1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; bindings too large, kept the previous ones</source>
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
    <name>bilby::EventsQuery</name>
    <message>
        <source>(more: raise --limit or narrow the filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no history file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::GcAllBox</name>
    <message>
        <source>Cancelled after %1 of %2 processes in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected %1 of %2 processes in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process memory %1 → %2 (%3 freed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process memory %1 → %2 (the node&apos;s processes grew meanwhile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garbage-collect every process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the batch being collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause between batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting every process at once stalls a node; a batch at a time with a pause between batches spreads the work out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garbage-Collect Every Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This collects every process on %1, %2 at a time, with %3 ms between batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each collection stops its process while it runs, and a large node takes a while; Cancel stops the walk between two batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garbage collect every process (%1 at a time, %2 ms apart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected reply from the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the node: nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to cancel: the collection is ending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect every process (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::InspectorSection</name>
    <message>
        <source>This process&apos;s messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This process&apos;s dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This process&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive: read only when you open this tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages waiting; the first %2 are shown, each cut at 4 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 (%2 bytes)
%3

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries; the first %2 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of %1 bytes, from sys:get_state (shown cut at 64 KB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current stack, innermost call first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::LiveNodeLink</name>
    <message>
        <source>Not connected to the node.</source>
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
        <source>Remove Node</source>
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
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::ManagedNode</name>
    <message>
        <source>The cookie of this node could not be read (%1). Remove the node and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only turned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies when the node is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent refuses every request that changes the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent accepts requests that change the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected reply: %1</source>
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
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits: processes, ports, atoms, ETS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime: work, garbage collection, I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedulers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports and sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory allocators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mnesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2
Unit: %3</source>
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
    <message>
        <source>per connected visible node over TCP distribution, first 64 by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on Linux (/proc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::MetricDb</name>
    <message>
        <source>The history file %1 uses an older format; open it once with Bilby or bilby-cli collect to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite library Bilby runs with has no full-text search (FTS5), which the history file %1 needs for notifications. Install a SQLite built with FTS5 (Debian&apos;s and most others are).</source>
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
        <translation>
            <numerusform>%n series</numerusform>
            <numerusform>%n series</numerusform>
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
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::MetricLabel</name>
    <message>
        <source>atom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atom count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atom limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atom used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buffered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy dist port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carriers bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context switches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cpu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cpu time s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dirty cpu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dirty io</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ets count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ets limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fd limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gc count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gc reclaimed bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>io in bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>io out bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>large heap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long gc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message queue max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message queue sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processes used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resident bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sctp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swap free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swap total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>udp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uptime s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utilisation</source>
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
    <message numerus="yes">
        <source>%1 is loaded before %2, an application that is not loaded: %n module(s) (%3)</source>
        <translation>
            <numerusform>%1 is loaded before %2, an application that is not loaded: %n module (%3)</numerusform>
            <numerusform>%1 is loaded before %2, an application that is not loaded: %n modules (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is loaded before %2: %n module(s) (%3)</source>
        <translation>
            <numerusform>%1 is loaded before %2: %n module (%3)</numerusform>
            <numerusform>%1 is loaded before %2: %n modules (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bilby::NodeMarksActions</name>
    <message>
        <source>&amp;Production Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-Only as in &amp;Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Events in the Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of the node&apos;s log events go into the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warnings and Errors (Default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;Notices: What the Application Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;Info: Everything but Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the node as production: read-only while the preference says so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s agent refuses every request that changes the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop this node&apos;s own read-only choice and follow the preference again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow changes to the production node %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilby&apos;s tools will be able to kill processes, run garbage collections and change the node in other ways. Every action is recorded in the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::NodeMarksProxyModel</name>
    <message>
        <source>%1 (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: tools cannot change this node</source>
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
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded, read-only</source>
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
    <message numerus="yes">
        <source>%n group(s) of modules on %1 found twice in the code path, affecting nothing running</source>
        <translation>
            <numerusform>%n group of modules on %1 found twice in the code path, affecting nothing running</numerusform>
            <numerusform>%n groups of modules on %1 found twice in the code path, affecting nothing running</numerusform>
        </translation>
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
    <message>
        <source>The node stopped: it shut down in order (init:stop, or its own stop command). Bilby connects again when it is started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node closed the connection without shutting down in order: it was killed or crashed, or its network failed. Bilby connects again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: this node is read-only, and the agent does not change it. Turn read-only off for this node if the change is intended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped on the node: the request needed more memory than the agent allows one request (64 MB of heap; 256 MB for an evaluation). Nothing else was affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent is running as many requests as it allows; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was still removing its code when the console left, and finishes on its own</source>
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
        <translation>
            <numerusform>More than %Ln new: show the newest</numerusform>
            <numerusform>More than %Ln new: show the newest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new: show them</source>
        <translation>
            <numerusform>%Ln new: show it</numerusform>
            <numerusform>%Ln new: show them</numerusform>
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
        <translation>
            <numerusform>%Ln entry shown; scroll down for older ones.</numerusform>
            <numerusform>%Ln entries shown; scroll down for older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries shown, the oldest included.</source>
        <translation>
            <numerusform>%Ln entry shown, the oldest included.</numerusform>
            <numerusform>%Ln entries shown, the oldest included.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bilby::OldCodeBox</name>
    <message>
        <source>Old code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the modules with old code and the processes that still run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft purge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a process to inspect it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still runs the old code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for old code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no process runs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) run it</source>
        <translation>
            <numerusform>%n process runs it</numerusform>
            <numerusform>%n processes run it</numerusform>
        </translation>
    </message>
    <message>
        <source>No module has old code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) with old code.</source>
        <translation>
            <numerusform>%n module with old code.</numerusform>
            <numerusform>%n modules with old code.</numerusform>
        </translation>
    </message>
    <message>
        <source>Soft Purge Old Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft-purge the old code of every module on %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old code that no process runs any more is removed. Modules whose old code is still in use are kept and listed: a soft purge never kills a process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft purge old code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected reply from the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept %1: its old code still runs in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept: still in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Purged %n module(s): %1.</source>
        <translation>
            <numerusform>Purged %n module: %1.</numerusform>
            <numerusform>Purged %n modules: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove old code no process runs (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::OwnFootprint</name>
    <message>
        <source>Bilby&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list what Bilby&apos;s agent itself uses on the node (left out by default)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::PortTableModel</name>
    <message>
        <source>Double-click to inspect the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  Bilby&apos;s connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS pid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::PortsPage</name>
    <message>
        <source>Double-click or press Enter to inspect the process that owns the port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: type, address, owner or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing %1 of %2 (ranked by bytes moved) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ports and sockets · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Bilby&apos;s own connection not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The list is from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent is not running on this node (%1): the port list needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node is down: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected reply from the agent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::PreferencesDialog</name>
    <message>
        <source>Read-only for nodes marked &amp;production (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only for &amp;all nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A read-only node&apos;s agent refuses every request that changes the node: killing processes, garbage collections, evaluating code. A node&apos;s own choice (Node menu) comes before these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::ProcessActions</name>
    <message>
        <source>Terminate process %1 (reason %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process ended (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process is still running a second later: it traps exits. The reason kill ends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garbage collect process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory %1 before, %2 after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected; the process exited meanwhile (it held %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::ProcessInfoHtml</name>
    <message>
        <source> (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the first %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::ProcessInspector</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::ProcessInspectorView</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garbage collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a process in the list to inspect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read: this section is read only on request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the node: showing what was read last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a Long Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 messages waiting. Read the first %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node cannot read part of a mailbox: reading copies the whole mailbox on the node, which costs memory and time on a process that is already behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the node: nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process has exited. What is shown is what was read last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process has exited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node is read-only: the console does not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the process an exit signal (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garbage-collect this process now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected reply from the agent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::ProcessTopModel</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since the previous refresh, %2 since the process started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reductions in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registered name, else the best label the node has: a proc_lib label, a name the application keeps (RabbitMQ&apos;s queues), a supervisor&apos;s child id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::ProcessesPage</name>
    <message>
        <source>Double-click or press Enter to inspect a process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: registered name or module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched on the node, case-insensitive, against the registered name and the modules of the initial and current function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The list is from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 processes · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent is not running on this node (%1): the process list needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node is down: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected reply from the agent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::SensitiveBanner</name>
    <message>
        <source>&lt;b&gt;Sensitive:&lt;/b&gt; %1 may hold secrets or personal data. Handle with care.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::SessionBootstrap</name>
    <message>
        <source>Another Bilby console kept the node&apos;s agent lock for 15 s while loading or removing its agent. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Bilby console runs a different version of the agent on this node (%1). Use the same Bilby version, or close the other console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An older Bilby agent (%1) is still in use on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node refused the agent code (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build&apos;s agent lifecycle is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node did not answer (%1) within %2 ms.</source>
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
        <source>another Bilby console held the node&apos;s agent lock for 15 s, so the agent&apos;s code was left on the node; the next console to leave removes it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::SetAsideFile</name>
    <message>
        <source>The history file %1 was damaged; it was set aside as %2 and a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::ShellsBox</name>
    <message>
        <source>Shells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End shell…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a server or an evaluator to inspect it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh lists the shells running on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shell runs on the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shell(s) on the node.</source>
        <translation>
            <numerusform>%n shell on the node.</numerusform>
            <numerusform>%n shells on the node.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a remote shell from %1: its user loses the shell session at once, with its bindings and whatever it was evaluating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shell runs on the node&apos;s own console: whoever uses it loses the session, with its bindings and whatever it was evaluating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the shell %1 (evaluator %2) on %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End shell %1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shell&apos;s evaluator and server were killed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the selected shell (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected reply from the agent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::SilenceDialog</name>
    <message>
        <source>%1 on every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every alarm on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Why, for the colleague who finds it (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A silenced alarm is still raised, shown and recorded, but neither the tray icon nor bilby-cli check counts it, and it gives no desktop notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::SilenceList</name>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the selected silence now: its alarms are counted again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms covered by a silence are shown but not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No silence in force.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::StoreError</name>
    <message>
        <source>The history file %1 is locked by another program (another Bilby or a bilby-cli collect writing to it?). Close that program, or use another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 cannot be written: check the permissions of the file and its folder, or use another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 is damaged and nothing is read from it; Bilby and bilby-cli collect set such a file aside under a dated name and start a new one when they next open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full (or the file reached its size limit). Free some space; Bilby retries by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 cannot be created or opened: check that its folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Bilby. Update Bilby, or use another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 cannot be used; the technical details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::StoreFileCheck</name>
    <message>
        <source>The file %1 is not a Bilby history file (it holds other data), and nothing is read from it. Choose another file, or move this one away: Bilby then starts a new history file there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 is damaged and could not be set aside (its folder is not writable, or another program kept it busy). Move the file away by hand; Bilby then starts a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 is damaged, but another program (another Bilby or a bilby-cli collect) has it open, so it stays where it is. Close that program: Bilby then sets the file aside and starts a new one by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 is damaged and could not be renamed. Check that its folder is writable, or move the file away by hand; Bilby then starts a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Bilby history file (it holds another program&apos;s tables), so Bilby leaves it as it is and keeps no history in it. Name another file: --db for bilby-cli, the key history/file in the console&apos;s settings.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>&lt;b&gt;The history file was set aside.&lt;/b&gt; %1 History is saved in the new file; what was recorded before stays in the file set aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bilby::SupervisionTreeModel</name>
    <message>
        <source>This supervisor&apos;s children are missing: it %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1: its children are not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 more children not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not answer in 2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited while it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is deeper than the agent reads (20 levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read (%1)</source>
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
    <name>bilby::TerminateDialog</name>
    <message>
        <source>Terminate Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Terminate %1?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process gets an exit signal with this reason. &lt;i&gt;kill&lt;/i&gt; cannot be trapped; other reasons end a process only if it does not trap exits. Processes linked to it get the signal too, and its supervisor may restart it or give up and stop its application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Warning: %1 is a process the node itself needs. Terminating it may stop the whole node.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate</source>
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
    <name>bilby::WelcomePage</name>
    <message>
        <source>Start a Demo Node</source>
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
        <source>Add Node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a demo node…</source>
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
