<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Add Node</source>
        <translation>Knoten hinzufügen</translation>
    </message>
    <message>
        <source>app@host</source>
        <translation>app@host</translation>
    </message>
    <message>
        <source>the node&apos;s Erlang cookie</source>
        <translation>das Erlang-Cookie des Knotens</translation>
    </message>
    <message>
        <source>Show the cookie</source>
        <translation>Cookie anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide the cookie</source>
        <translation>Cookie verbergen</translation>
    </message>
    <message>
        <source>&amp;Node name:</source>
        <translation>&amp;Knotenname:</translation>
    </message>
    <message>
        <source>&amp;Cookie:</source>
        <translation>&amp;Cookie:</translation>
    </message>
    <message>
        <source>Enter the node&apos;s name and cookie.</source>
        <translation>Namen und Cookie des Knotens eingeben.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>Enter the cookie the node was started with (-setcookie, or ~/.erlang.cookie on its host).</source>
        <translation>Geben Sie das Cookie ein, mit dem der Knoten gestartet wurde (-setcookie oder ~/.erlang.cookie auf seinem Host).</translation>
    </message>
    <message>
        <source>The cookie is kept for this session only.</source>
        <translation>Das Cookie wird nur für diese Sitzung aufbewahrt.</translation>
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
        <translation>ohne Agent: %1</translation>
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
        <translation>Bilby</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Add Node…</source>
        <translation>Knoten &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove Node</source>
        <translation>Knoten &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Bilby</source>
        <translation>Ü&amp;ber Bilby</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Bilby&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Bilby&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Bilby watches Erlang and Elixir nodes: add a node by its name and cookie, or start a local demo node to look around first.</source>
        <translation>Bilby überwacht Erlang- und Elixir-Knoten: Fügen Sie einen Knoten mit Namen und Cookie hinzu, oder starten Sie zuerst einen lokalen Demo-Knoten, um sich umzusehen.</translation>
    </message>
    <message>
        <source>Start a Demo Node</source>
        <translation>Demo-Knoten starten</translation>
    </message>
    <message>
        <source>Add Node…</source>
        <translation>Knoten hinzufügen…</translation>
    </message>
    <message>
        <source>Remove Node</source>
        <translation>Knoten entfernen</translation>
    </message>
    <message>
        <source>Starting a demo node…</source>
        <translation>Demo-Knoten wird gestartet…</translation>
    </message>
    <message>
        <source>%1 up / %2 down</source>
        <translation>%1 erreichbar / %2 nicht erreichbar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>About Bilby</source>
        <translation>Über Bilby</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bilby %1&lt;/h3&gt;&lt;p&gt;An operations console for Erlang and Elixir nodes.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bilby %1&lt;/h3&gt;&lt;p&gt;Eine Betriebskonsole für Erlang- und Elixir-Knoten.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Remove %1 from Bilby?</source>
        <translation>%1 aus Bilby entfernen?</translation>
    </message>
    <message>
        <source>The demo node is stopped as well.</source>
        <translation>Der Demo-Knoten wird ebenfalls beendet.</translation>
    </message>
    <message>
        <source>Its connection is closed and its saved cookie deleted.</source>
        <translation>Seine Verbindung wird geschlossen und sein gespeichertes Cookie gelöscht.</translation>
    </message>
    <message>
        <source>Its connection is closed.</source>
        <translation>Seine Verbindung wird geschlossen.</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Nodes</source>
        <translation>&amp;Knoten</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Metriken</translation>
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
        <translation>%1: keine eingebaute Metrik.</translation>
    </message>
    <message>
        <source>%1
Unit: %2</source>
        <translation>%1
Einheit: %2</translation>
    </message>
    <message>
        <source>Add to Graph</source>
        <translation>Zum Diagramm hinzufügen</translation>
    </message>
    <message>
        <source>Add as New Graph</source>
        <translation>Als neues Diagramm hinzufügen</translation>
    </message>
    <message>
        <source>Search metrics or nodes</source>
        <translation>Metriken oder Knoten suchen</translation>
    </message>
    <message>
        <source>Draw the selected series on the current graph (a metric row means every node that has it).</source>
        <translation>Die ausgewählten Reihen im aktuellen Diagramm zeichnen (eine Metrik-Zeile steht für jeden Knoten, der sie hat).</translation>
    </message>
    <message>
        <source>Draw the selected series on a new graph under the others.</source>
        <translation>Die ausgewählten Reihen in einem neuen Diagramm unter den anderen zeichnen.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>bilby::MetricCatalog</name>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
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
        <translation>Rohdaten</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linien</translation>
    </message>
    <message>
        <source>Remove Graph</source>
        <translation>Diagramm entfernen</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>Auflösung: %1</translation>
    </message>
    <message>
        <source>%1 (history unavailable)</source>
        <translation>%1 (Verlauf nicht verfügbar)</translation>
    </message>
    <message>
        <source>What the lines are drawn from: raw samples, or the store&apos;s summaries of one minute or one hour, chosen from the range. Summaries keep each bucket&apos;s lowest and highest value.</source>
        <translation>Woraus die Linien gezeichnet werden: Rohdaten oder die im Verlauf gespeicherten Zusammenfassungen über eine Minute oder eine Stunde, je nach Zeitraum. Zusammenfassungen behalten den kleinsten und größten Wert jedes Intervalls.</translation>
    </message>
    <message>
        <source>Empty graph: add metrics from the list</source>
        <translation>Leeres Diagramm: Metriken aus der Liste hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n Reihe</numerusform>
            <numerusform>%n Reihen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>mixed units</source>
        <translation>gemischte Einheiten</translation>
    </message>
    <message>
        <source>Remove %1 on %2</source>
        <translation>%1 auf %2 entfernen</translation>
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
        <translation>&lt;p&gt;Noch keine Diagramme.&lt;/p&gt;&lt;p&gt;Suchen Sie links eine Metrik, wählen Sie sie (für jeden Knoten, der sie hat) oder einige ihrer Knoten aus und klicken Sie auf &lt;b&gt;Zum Diagramm hinzufügen&lt;/b&gt;, oder doppelklicken Sie sie.&lt;/p&gt;&lt;p&gt;Alle Diagramme teilen eine Zeitachse: Ziehen Sie über ein Diagramm, um hineinzuzoomen; ziehen Sie mit gedrückter Umschalttaste oder mittlerer Maustaste, um zu verschieben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 T</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 T</translation>
    </message>
    <message>
        <source>1 y</source>
        <translation>1 J</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Die letzten %1 zeigen</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Follow the present: the graphs move on as new samples arrive</source>
        <translation>Der Gegenwart folgen: Die Diagramme laufen mit, sobald neue Messwerte eintreffen</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the range chosen last, following the present if it did</source>
        <translation>Zurück zum zuletzt gewählten Zeitraum, der Gegenwart folgend, falls er das tat</translation>
    </message>
</context>
<context>
    <name>bilby::NodeName</name>
    <message>
        <source>Enter a node name such as myapp@host.</source>
        <translation>Geben Sie einen Knotennamen wie myapp@host ein.</translation>
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
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>atom</source>
        <translation>Atome</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>Binärdaten</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>ets</source>
        <translation>ETS</translation>
    </message>
    <message>
        <source>other system</source>
        <translation>übriges System</translation>
    </message>
    <message>
        <source>System information</source>
        <translation>Systeminformationen</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>OTP release</source>
        <translation>OTP-Version</translation>
    </message>
    <message>
        <source>ERTS version</source>
        <translation>ERTS-Version</translation>
    </message>
    <message>
        <source>Schedulers (online/total)</source>
        <translation>Scheduler (aktiv/gesamt)</translation>
    </message>
    <message>
        <source>Logical processors</source>
        <translation>Logische Prozessoren</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Word size</source>
        <translation>Wortbreite</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Memory by type</source>
        <translation>Speicher nach Art</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>process limit</source>
        <translation>Prozesslimit</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>none (plain erl)</source>
        <translation>keines (einfaches erl)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>geladen</translation>
    </message>
    <message>
        <source>agentless: %1</source>
        <translation>ohne Agent: %1</translation>
    </message>
    <message>
        <source>Processes: %1 of %2 (%3%)</source>
        <translation>Prozesse: %1 von %2 (%3 %)</translation>
    </message>
</context>
<context>
    <name>bilby::NodeSession</name>
    <message>
        <source>idle</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>up</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>agentless</source>
        <translation>ohne Agent</translation>
    </message>
    <message>
        <source>down</source>
        <translation>nicht erreichbar</translation>
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
        <translation>Diese Meldung ausblenden (sie erscheint wieder, wenn das Schreiben erneut fehlschlägt)</translation>
    </message>
    <message>
        <source>&lt;b&gt;History is not being saved.&lt;/b&gt; %1 Bilby keeps sampling; the last hour stays in memory.</source>
        <translation>&lt;b&gt;Der Verlauf wird nicht gespeichert.&lt;/b&gt; %1 Bilby misst weiter; die letzte Stunde bleibt im Speicher.</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
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
