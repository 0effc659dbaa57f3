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
        <source>Bilby command-line companion.

Commands:
  info          system information of the node
  metrics       one sample of every metric (counters as rates over one second)
  list-metrics  the built-in metrics: name, kind, unit, meaning (no node needed)
  collect       sample every --node into the --db history file until SIGINT or SIGTERM
  query         print the stored samples of --metric of --node from --db</source>
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
        <source>info | metrics | list-metrics | collect | query</source>
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
</context>
</TS>
