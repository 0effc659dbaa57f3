<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>bilby-cli</name>
    <message>
        <source>Run &apos;bilby-cli --help&apos; for the commands and options.</source>
        <translation>Führen Sie „bilby-cli --help“ aus, um die Befehle und Optionen zu sehen.</translation>
    </message>
</context>
<context>
    <name>bilby::ActionGate</name>
    <message>
        <source>This node is read-only: the console does not change it.</source>
        <translation>Dieser Knoten ist schreibgeschützt: Die Konsole verändert ihn nicht.</translation>
    </message>
    <message>
        <source>Not connected to the node.</source>
        <translation>Nicht mit dem Knoten verbunden.</translation>
    </message>
    <message>
        <source>The agent is not running on this node: %1</source>
        <translation>Der Agent läuft auf diesem Knoten nicht: %1</translation>
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
    <message>
        <source>&amp;Production node</source>
        <translation>&amp;Produktionsknoten</translation>
    </message>
    <message>
        <source>Production nodes are read-only from the first connection while the preference for them is on (Edit &gt; Preferences).</source>
        <translation>Produktionsknoten sind ab der ersten Verbindung schreibgeschützt, solange die Einstellung dafür eingeschaltet ist (Bearbeiten &gt; Einstellungen).</translation>
    </message>
</context>
<context>
    <name>bilby::AgentError</name>
    <message>
        <source>This node is read-only: the agent refuses every request that changes the node.</source>
        <translation>Dieser Knoten ist schreibgeschützt: Der Agent lehnt jede Anfrage ab, die den Knoten verändert.</translation>
    </message>
    <message>
        <source>The process has exited.</source>
        <translation>Der Prozess wurde beendet.</translation>
    </message>
    <message>
        <source>No process is registered under that name.</source>
        <translation>Unter diesem Namen ist kein Prozess registriert.</translation>
    </message>
    <message>
        <source>That is not a pid of this node (a pid reads like &lt;0.85.0&gt;).</source>
        <translation>Das ist keine PID dieses Knotens (eine PID sieht aus wie &lt;0.85.0&gt;).</translation>
    </message>
    <message>
        <source>The process has %1 messages waiting: reading them needs your confirmation.</source>
        <translation>Beim Prozess warten %1 Nachrichten: Um sie zu lesen, ist Ihre Bestätigung nötig.</translation>
    </message>
    <message>
        <source>The process did not answer sys:get_state in time: it is busy, or it is not an OTP process.</source>
        <translation>Der Prozess hat auf sys:get_state nicht rechtzeitig geantwortet: Er ist beschäftigt oder kein OTP-Prozess.</translation>
    </message>
    <message>
        <source>The state cannot be read with sys:get_state (not an OTP process?): %1</source>
        <translation>Der Zustand kann nicht mit sys:get_state gelesen werden (kein OTP-Prozess?): %1</translation>
    </message>
    <message>
        <source>private: only its owner can read it</source>
        <translation>private: Nur ihr Besitzer kann sie lesen</translation>
    </message>
    <message>
        <source>private: only its owner %1 can read it</source>
        <translation>private: Nur ihr Besitzer %1 kann sie lesen</translation>
    </message>
    <message>
        <source>The table no longer exists.</source>
        <translation>Die Tabelle existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The key is not an Erlang term (the node parses it, it never evaluates it).</source>
        <translation>Der Schlüssel ist kein Erlang-Term (der Knoten parst ihn, wertet ihn aber nie aus).</translation>
    </message>
    <message>
        <source>The agent answered with an error: %1</source>
        <translation>Der Agent hat mit einem Fehler geantwortet: %1</translation>
    </message>
</context>
<context>
    <name>bilby::Alarm</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Schwerwiegend</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Geringfügig</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Aufgehoben</translation>
    </message>
</context>
<context>
    <name>bilby::AlarmCatalog</name>
    <message>
        <source>Processes are created faster than they end: a leak (processes that wait forever for a message that never comes), a burst of connections or jobs, or a limit (+P) set too low for the load.</source>
        <translation>Prozesse werden schneller erzeugt, als sie enden: ein Leck (Prozesse, die ewig auf eine Nachricht warten, die nie kommt), eine Spitze an Verbindungen oder Jobs, oder ein Limit (+P), das für die Last zu niedrig ist.</translation>
    </message>
    <message>
        <source>Open the process manager sorted by memory or reductions and look for many processes with the same initial call; find what spawns them. If the load is legitimate, raise +P in vm.args at the next restart. At the limit, spawn fails and the node usually crashes.</source>
        <translation>Öffnen Sie den Prozessmanager nach Speicher oder Reduktionen sortiert und suchen Sie nach vielen Prozessen mit demselben Initial Call; finden Sie heraus, was sie erzeugt. Ist die Last legitim, erhöhen Sie +P in vm.args beim nächsten Neustart. Am Limit schlägt spawn fehl, und der Knoten stürzt meist ab.</translation>
    </message>
    <message>
        <source>Atoms are never garbage collected. Code that turns outside input into atoms (list_to_atom, binary_to_atom, unsafe term decoding) creates new ones until the table is full.</source>
        <translation>Atome werden nie per Garbage Collection freigegeben. Code, der Eingaben von außen in Atome umwandelt (list_to_atom, binary_to_atom, unsicheres Dekodieren von Termen), erzeugt neue, bis die Tabelle voll ist.</translation>
    </message>
    <message>
        <source>Find the code that makes atoms from input (look at the notifications for recently loaded modules and at the atom growth on the Metrics page) and use list_to_existing_atom or keep strings. The node crashes when the table is full; only a restart empties it, so plan one.</source>
        <translation>Finden Sie den Code, der aus Eingaben Atome erzeugt (sehen Sie sich die Benachrichtigungen zu kürzlich geladenen Modulen und das Atomwachstum auf der Seite „Metriken“ an), und verwenden Sie list_to_existing_atom oder bleiben Sie bei Strings. Der Knoten stürzt ab, wenn die Tabelle voll ist; nur ein Neustart leert sie, planen Sie also einen ein.</translation>
    </message>
    <message>
        <source>ETS tables are created and not deleted: a process that creates a table per request or per session, or owners that never end.</source>
        <translation>ETS-Tabellen werden erzeugt und nicht gelöscht: ein Prozess, der pro Anfrage oder pro Sitzung eine Tabelle anlegt, oder Besitzer, die nie enden.</translation>
    </message>
    <message>
        <source>Open the ETS viewer and look for many tables with the same name or owner; fix the code that creates them. Raise the limit (+e, or ERL_MAX_ETS_TABLES) only if the number is expected.</source>
        <translation>Öffnen Sie den ETS-Viewer und suchen Sie nach vielen Tabellen mit demselben Namen oder Besitzer; korrigieren Sie den Code, der sie anlegt. Erhöhen Sie das Limit (+e oder ERL_MAX_ETS_TABLES) nur, wenn die Anzahl erwartet ist.</translation>
    </message>
    <message>
        <source>Ports and sockets are opened and not closed: connection leaks, files opened and never closed, or more clients than the limit (+Q) allows.</source>
        <translation>Ports und Sockets werden geöffnet und nicht geschlossen: Verbindungslecks, Dateien, die geöffnet und nie geschlossen werden, oder mehr Clients, als das Limit (+Q) zulässt.</translation>
    </message>
    <message>
        <source>Look at the ports list for many ports of one kind or owner; close leaking connections. If the load is legitimate, raise +Q at the next restart. At the limit, new connections and files fail.</source>
        <translation>Suchen Sie in der Port-Liste nach vielen Ports einer Art oder eines Besitzers; schließen Sie leckende Verbindungen. Ist die Last legitim, erhöhen Sie +Q beim nächsten Neustart. Am Limit schlagen neue Verbindungen und Dateien fehl.</translation>
    </message>
    <message>
        <source>One process receives messages faster than it handles them: a slow consumer, a blocked gen_server call, selective receive over a long queue, or a burst of traffic.</source>
        <translation>Ein Prozess erhält Nachrichten schneller, als er sie verarbeitet: ein langsamer Konsument, ein blockierter gen_server-Aufruf, selektives receive über eine lange Queue oder eine Lastspitze.</translation>
    </message>
    <message>
        <source>Inspect the process named in the details: its current function shows where it is stuck. Reading a long mailbox copies it, so look at the first messages only. Find the senders and slow them down, or make the process faster; as a last resort, restart it through its supervisor.</source>
        <translation>Untersuchen Sie den in den Details genannten Prozess: Seine aktuelle Funktion zeigt, wo er hängt. Das Lesen einer langen Mailbox kopiert sie, sehen Sie sich also nur die ersten Nachrichten an. Finden Sie die Sender und bremsen Sie sie, oder machen Sie den Prozess schneller; als letztes Mittel starten Sie ihn über seinen Supervisor neu.</translation>
    </message>
    <message>
        <source>process</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>atom</source>
        <translation>Atome</translation>
    </message>
    <message>
        <source>ETS table</source>
        <translation>ETS-Tabellen</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>% of the %1 limit</source>
        <translation>% des Limits (%1)</translation>
    </message>
    <message>
        <source>The node cannot be reached.</source>
        <translation>Der Knoten ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The node&apos;s process ended (crash, out of memory, stopped by someone), its host is down or unreachable, or the node is so overloaded that it no longer answers distribution ticks.</source>
        <translation>Der Prozess des Knotens wurde beendet (Absturz, Speichermangel, von jemandem angehalten), sein Host ist ausgefallen oder nicht erreichbar, oder der Knoten ist so überlastet, dass er nicht mehr auf Distribution-Ticks antwortet.</translation>
    </message>
    <message>
        <source>Check the host and the node&apos;s logs and erl_crash.dump; look at the notifications just before the node went down. Restart the node if it is not coming back by itself. The alarm clears when Bilby reconnects.</source>
        <translation>Prüfen Sie den Host sowie die Logs und die erl_crash.dump des Knotens; sehen Sie sich die Benachrichtigungen kurz vor dem Ausfall an. Starten Sie den Knoten neu, falls er nicht von selbst zurückkommt. Der Alarm wird aufgehoben, sobald Bilby sich wieder verbindet.</translation>
    </message>
    <message>
        <source>messages in one queue</source>
        <translation>Nachrichten in einer Warteschlange</translation>
    </message>
    <message>
        <source>Some process has at least the threshold of messages queued.</source>
        <translation>Ein Prozess hat mindestens so viele Nachrichten in der Warteschlange wie der Schwellenwert.</translation>
    </message>
    <message>
        <source>% of the machine&apos;s memory</source>
        <translation>% des Arbeitsspeichers der Maschine</translation>
    </message>
    <message>
        <source>One process holds more than the threshold of the machine&apos;s memory.</source>
        <translation>Ein einzelner Prozess belegt mehr Arbeitsspeicher der Maschine als der Schwellenwert.</translation>
    </message>
    <message>
        <source>A process accumulates data: a growing state, a large mailbox, binaries it keeps referring to, or a query result held in memory.</source>
        <translation>Ein Prozess sammelt Daten an: ein wachsender Zustand, eine große Mailbox, Binaries, auf die er weiter verweist, oder ein im Speicher gehaltenes Abfrageergebnis.</translation>
    </message>
    <message>
        <source>Inspect the process named in the details (memory, message queue, state size). Garbage collecting it helps when it holds old binaries; otherwise fix what it accumulates or restart it through its supervisor.</source>
        <translation>Untersuchen Sie den in den Details genannten Prozess (Speicher, Message-Queue, Zustandsgröße). Eine Garbage Collection hilft, wenn er alte Binaries festhält; andernfalls beheben Sie, was er ansammelt, oder starten Sie ihn über seinen Supervisor neu.</translation>
    </message>
    <message>
        <source>% of the machine&apos;s memory in use</source>
        <translation>% des Arbeitsspeichers der Maschine belegt</translation>
    </message>
    <message>
        <source>The machine&apos;s memory is more than the threshold in use.</source>
        <translation>Vom Arbeitsspeicher der Maschine ist mehr als der Schwellenwert belegt.</translation>
    </message>
    <message>
        <source>The node, or other programs on the same machine, use most of the memory; the kernel may soon kill the largest process, which is often the Erlang node.</source>
        <translation>Der Knoten oder andere Programme auf derselben Maschine belegen den Großteil des Arbeitsspeichers; der Kernel beendet möglicherweise bald den größten Prozess, und das ist oft der Erlang-Knoten.</translation>
    </message>
    <message>
        <source>Look at the node&apos;s memory by type on its page: processes, binaries, ETS or code. If the node is not the user, look at the machine. Free memory (garbage collection, smaller caches) or add memory before the machine starts swapping.</source>
        <translation>Sehen Sie sich auf der Seite des Knotens seinen Speicher nach Art an: Prozesse, Binaries, ETS oder Code. Wenn nicht der Knoten den Speicher belegt, sehen Sie sich die Maschine an. Geben Sie Speicher frei (Garbage Collection, kleinere Caches) oder erweitern Sie den Arbeitsspeicher, bevor die Maschine zu swappen beginnt.</translation>
    </message>
    <message>
        <source>MB held by one shell process</source>
        <translation>MB in einem Shell-Prozess</translation>
    </message>
    <message>
        <source>A shell process holds more than the threshold of memory.</source>
        <translation>Ein Shell-Prozess belegt mehr Speicher als der Schwellenwert.</translation>
    </message>
    <message>
        <source>Someone ran a command in a shell on the node that kept a large result: the shell keeps its variables and the results of earlier commands (for example after ets:tab2list/1).</source>
        <translation>Jemand hat in einer Shell auf dem Knoten einen Befehl ausgeführt, dessen großes Ergebnis erhalten bleibt: Die Shell behält ihre Variablen und die Ergebnisse früherer Befehle (zum Beispiel nach ets:tab2list/1).</translation>
    </message>
    <message>
        <source>Ask whoever uses the shell to forget the variables (f().) and the results, or end that shell. Bilby&apos;s evaluator and tools do not keep results on the node.</source>
        <translation>Bitten Sie die Person, die die Shell benutzt, die Variablen (f().) und Ergebnisse zu verwerfen, oder beenden Sie diese Shell. Bilbys Auswerter und Werkzeuge behalten keine Ergebnisse auf dem Knoten.</translation>
    </message>
    <message>
        <source>minutes old code may stay while no process runs it</source>
        <translation>Minuten, die alter Code bleiben darf, solange kein Prozess ihn ausführt</translation>
    </message>
    <message>
        <source>A process still runs the old code of a reloaded module, or a module loaded from a file kept its old code past the threshold.</source>
        <translation>Ein Prozess führt noch den alten Code eines neu geladenen Moduls aus, oder ein aus einer Datei geladenes Modul hat seinen alten Code über den Schwellenwert hinaus behalten.</translation>
    </message>
    <message>
        <source>A module was reloaded and its previous version is still loaded. While a process runs the old version, the next reload of that module kills the process. (Modules that an application compiles at run time, such as RabbitMQ&apos;s rabbit_ff_registry, leave old code that nobody runs: they are counted only while a process runs them.)</source>
        <translation>Ein Modul wurde neu geladen, und seine vorherige Version ist noch geladen. Solange ein Prozess die alte Version ausführt, beendet das nächste Neuladen dieses Moduls den Prozess. (Module, die eine Anwendung zur Laufzeit kompiliert, etwa rabbit_ff_registry von RabbitMQ, hinterlassen alten Code, den niemand ausführt: Sie werden nur gezählt, solange ein Prozess sie ausführt.)</translation>
    </message>
    <message>
        <source>Let the processes named in the details finish with the old version (a long-running loop must make a fully qualified call to move to the new one), or restart them, then soft-purge the module from Node actions. The alarm clears when no process runs old code and nothing is left past the threshold.</source>
        <translation>Lassen Sie die in den Details genannten Prozesse mit der alten Version zu Ende kommen (eine lang laufende Schleife muss einen vollständig qualifizierten Aufruf machen, um zur neuen zu wechseln) oder starten Sie sie neu; entfernen Sie das Modul dann unter „Knotenaktionen“ per Soft-Purge. Der Alarm wird aufgehoben, sobald kein Prozess mehr alten Code ausführt und nichts mehr über den Schwellenwert hinaus übrig ist.</translation>
    </message>
    <message>
        <source>A file the next boot reads fails to parse or contains invisible characters.</source>
        <translation>Eine Datei, die beim nächsten Start gelesen wird, lässt sich nicht parsen oder enthält unsichtbare Zeichen.</translation>
    </message>
    <message>
        <source>Someone edited sys.config, vm.args, a .app, .rel or boot file since the node started, and the edit left a syntax error or an invisible character (a no-break or zero-width space, a control character) that changes what the file means. The running node is not affected; the next restart is: it will fail or behave differently.</source>
        <translation>Jemand hat seit dem Start des Knotens sys.config, vm.args, eine .app-, .rel- oder Boot-Datei bearbeitet, und die Änderung hat einen Syntaxfehler oder ein unsichtbares Zeichen hinterlassen (ein geschütztes Leerzeichen, ein Leerzeichen ohne Breite, ein Steuerzeichen), das die Bedeutung der Datei verändert. Der laufende Knoten ist nicht betroffen, wohl aber der nächste Neustart: Er schlägt fehl oder verhält sich anders.</translation>
    </message>
    <message>
        <source>Open the file named in the details at the line and column given and fix it before the node restarts. The alarm clears when the file is correct again.</source>
        <translation>Öffnen Sie die in den Details genannte Datei an der angegebenen Zeile und Spalte und korrigieren Sie sie, bevor der Knoten neu startet. Der Alarm wird aufgehoben, sobald die Datei wieder korrekt ist.</translation>
    </message>
    <message>
        <source>A module is found in two directories of the code path with different code.</source>
        <translation>Ein Modul kommt in zwei Verzeichnissen des Codepfads mit unterschiedlichem Code vor.</translation>
    </message>
    <message>
        <source>Two applications ship a module with the same name, an application is installed twice in two versions, or an old release&apos;s directory is still in the code path. The first one in the path is loaded, silently. (The same directory reached through a symbolic link, or identical copies, are not counted.)</source>
        <translation>Zwei Anwendungen liefern ein Modul mit demselben Namen aus, eine Anwendung ist zweimal in zwei Versionen installiert, oder das Verzeichnis eines alten Releases liegt noch im Codepfad. Geladen wird stillschweigend das erste im Pfad. (Dasselbe Verzeichnis, über einen symbolischen Link erreicht, und identische Kopien werden nicht gezählt.)</translation>
    </message>
    <message>
        <source>Look at the directories in the details: remove the stale copy from the code path or the release, or rename one of the modules; check that the version loaded now is the one you want.</source>
        <translation>Sehen Sie sich die Verzeichnisse in den Details an: Entfernen Sie die veraltete Kopie aus dem Codepfad oder dem Release, oder benennen Sie eines der Module um; prüfen Sie, ob die jetzt geladene Version die gewünschte ist.</translation>
    </message>
    <message>
        <source>times the number of schedulers</source>
        <translation>× Anzahl der Scheduler</translation>
    </message>
    <message>
        <source>The run queue stays above the threshold for the whole window.</source>
        <translation>Die Run-Queue liegt während des gesamten Zeitfensters über dem Schwellenwert.</translation>
    </message>
    <message>
        <source>There is more work than the schedulers can do: a CPU-bound burst, too few schedulers for the cores, or processes that spin.</source>
        <translation>Es gibt mehr Arbeit, als die Scheduler bewältigen können: eine CPU-intensive Lastspitze, zu wenige Scheduler für die Kerne oder Prozesse, die in einer Schleife laufen.</translation>
    </message>
    <message>
        <source>Open the process manager sorted by reductions to find what runs; check the scheduler utilisation on the Metrics page. Spread or limit the work, or give the node more cores.</source>
        <translation>Öffnen Sie den Prozessmanager nach Reduktionen sortiert, um zu sehen, was läuft; prüfen Sie die Scheduler-Auslastung auf der Seite „Metriken“. Verteilen oder begrenzen Sie die Arbeit, oder geben Sie dem Knoten mehr Kerne.</translation>
    </message>
    <message>
        <source>busy distribution port events</source>
        <translation>Busy-Distribution-Port-Ereignisse</translation>
    </message>
    <message>
        <source>Busy distribution port events in the window reach the threshold.</source>
        <translation>Die Busy-Distribution-Port-Ereignisse im Zeitfenster erreichen den Schwellenwert.</translation>
    </message>
    <message>
        <source>Processes send to another node faster than the connection carries: large messages, a slow peer or network, or a distribution buffer (+zdbbl) too small for the traffic.</source>
        <translation>Prozesse senden schneller an einen anderen Knoten, als die Verbindung überträgt: große Nachrichten, ein langsamer Gegenknoten oder ein langsames Netz, oder ein Distribution-Puffer (+zdbbl), der für den Verkehr zu klein ist.</translation>
    </message>
    <message>
        <source>Look at distribution traffic per peer on the Metrics page; send less or smaller data, or raise the distribution buffer busy limit (+zdbbl) at the next restart.</source>
        <translation>Sehen Sie sich den Distribution-Verkehr pro Gegenknoten auf der Seite „Metriken“ an; senden Sie weniger oder kleinere Daten, oder erhöhen Sie beim nächsten Neustart das Busy-Limit des Distribution-Puffers (+zdbbl).</translation>
    </message>
    <message>
        <source>days until a limit is reached</source>
        <translation>Tage bis zum Erreichen eines Limits</translation>
    </message>
    <message>
        <source>At the trend of the window, a limit (atoms, processes, ETS tables, memory) will be reached within the threshold.</source>
        <translation>Beim Trend des Zeitfensters wird ein Limit (Atome, Prozesse, ETS-Tabellen, Speicher) innerhalb des Schwellenwerts erreicht.</translation>
    </message>
    <message>
        <source>A count grows steadily: a slow leak of atoms, processes, tables or memory.</source>
        <translation>Ein Zähler wächst stetig: ein langsames Leck bei Atomen, Prozessen, Tabellen oder Speicher.</translation>
    </message>
    <message>
        <source>Look at the metric named in the details on the Metrics page over a longer range; find what grows before it becomes a limit alarm.</source>
        <translation>Sehen Sie sich die in den Details genannte Metrik auf der Seite „Metriken“ über einen längeren Zeitraum an; finden Sie heraus, was wächst, bevor daraus ein Limit-Alarm wird.</translation>
    </message>
    <message>
        <source>RabbitMQ sets its memory alarm (in its own alarm manager, rabbit_alarm).</source>
        <translation>RabbitMQ setzt seinen Speicheralarm (in seinem eigenen Alarm-Manager, rabbit_alarm).</translation>
    </message>
    <message>
        <source>The node uses more memory than its high watermark (vm_memory_high_watermark, compared with the operating system&apos;s view of the node&apos;s memory, its resident size). RabbitMQ blocks every connection that publishes until memory falls below the watermark again: producers hang.</source>
        <translation>Der Knoten belegt mehr Speicher als seine Hochwassermarke (vm_memory_high_watermark, verglichen mit der Sicht des Betriebssystems auf den Speicher des Knotens, seiner residenten Größe). RabbitMQ blockiert jede Verbindung, die veröffentlicht, bis der Speicher wieder unter die Marke fällt: Producer hängen.</translation>
    </message>
    <message>
        <source>Find what holds the memory: queues with many messages in memory (consumers that are gone or slow), large or many connections; drain or purge the queues, add consumers, or raise the watermark (rabbitmqctl set_vm_memory_high_watermark) if the machine has room. The alarm clears when RabbitMQ clears it.</source>
        <translation>Finden Sie heraus, was den Speicher belegt: Queues mit vielen Nachrichten im Speicher (verschwundene oder langsame Consumer), große oder viele Verbindungen; arbeiten Sie die Queues ab oder leeren Sie sie (purge), fügen Sie Consumer hinzu, oder erhöhen Sie die Hochwassermarke (rabbitmqctl set_vm_memory_high_watermark), wenn die Maschine genug Speicher hat. Der Alarm wird aufgehoben, sobald RabbitMQ ihn aufhebt.</translation>
    </message>
    <message>
        <source>RabbitMQ sets its disk alarm (in its own alarm manager, rabbit_alarm).</source>
        <translation>RabbitMQ setzt seinen Festplattenalarm (in seinem eigenen Alarm-Manager, rabbit_alarm).</translation>
    </message>
    <message>
        <source>The free space of the disk holding the node&apos;s data is below its limit (disk_free_limit). RabbitMQ blocks every connection that publishes until space is freed.</source>
        <translation>Der freie Platz auf dem Datenträger mit den Daten des Knotens liegt unter seinem Limit (disk_free_limit). RabbitMQ blockiert jede Verbindung, die veröffentlicht, bis Platz frei wird.</translation>
    </message>
    <message>
        <source>Free space on the data disk (old logs, other files), drain queues that page to disk, or lower the limit (rabbitmqctl set_disk_free_limit) if it is set too high. The alarm clears when RabbitMQ clears it.</source>
        <translation>Geben Sie Platz auf dem Datenträger frei (alte Logs, andere Dateien), arbeiten Sie Queues ab, die auf die Festplatte auslagern, oder senken Sie das Limit (rabbitmqctl set_disk_free_limit), falls es zu hoch gesetzt ist. Der Alarm wird aufgehoben, sobald RabbitMQ ihn aufhebt.</translation>
    </message>
    <message>
        <source>The node&apos;s %1 count reaches the threshold.</source>
        <translation>Die Anzahl (%1) auf dem Knoten erreicht den Schwellenwert.</translation>
    </message>
</context>
<context>
    <name>bilby::AlarmCenter</name>
    <message>
        <source>Some event sources are not available on %1</source>
        <translation>Einige Ereignisquellen sind auf %1 nicht verfügbar</translation>
    </message>
    <message>
        <source>The agent on %1 dropped %2 event(s) under load (%3 since it connected)</source>
        <translation>Der Agent auf %1 hat unter Last %2 Ereignis(se) verworfen (%3 seit Verbindungsaufbau)</translation>
    </message>
    <message>
        <source>Each event source is rate-limited on the node so that watching it never makes things worse; what is over the limit is counted, not kept. Look at the node&apos;s logs for the full story.</source>
        <translation>Jede Ereignisquelle ist auf dem Knoten ratenbegrenzt, damit die Überwachung die Lage nie verschlimmert; was über dem Limit liegt, wird gezählt, aber nicht aufbewahrt. Vollständige Informationen finden Sie in den Logs des Knotens.</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>quittiert</translation>
    </message>
    <message>
        <source>commented on</source>
        <translation>kommentiert</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>aufgehoben</translation>
    </message>
    <message>
        <source>The user %1 the alarm %2 on %3</source>
        <translation>Der Benutzer hat den Alarm %2 auf %3 %1</translation>
    </message>
    <message>
        <source>The user silenced %1</source>
        <translation>Der Benutzer hat stummgeschaltet: %1</translation>
    </message>
    <message>
        <source>The user lifted the silence of %1</source>
        <translation>Der Benutzer hat die Stummschaltung beendet: %1</translation>
    </message>
    <message>
        <source>the node&apos;s log events are not shown</source>
        <translation>die Log-Ereignisse des Knotens werden nicht angezeigt</translation>
    </message>
    <message>
        <source>the node&apos;s own alarms (SASL&apos;s alarm_handler, RabbitMQ&apos;s) are not read</source>
        <translation>die eigenen Alarme des Knotens (alarm_handler von SASL, die von RabbitMQ) werden nicht gelesen</translation>
    </message>
    <message>
        <source>lager&apos;s log events are not shown</source>
        <translation>die Log-Ereignisse von lager werden nicht angezeigt</translation>
    </message>
    <message>
        <source>long garbage collections, long schedules and busy ports are not reported; Bilby leaves the node&apos;s own system monitor in place</source>
        <translation>lange Garbage Collections, langes Scheduling und ausgelastete Ports werden nicht gemeldet; Bilby lässt den System-Monitor des Knotens unangetastet</translation>
    </message>
    <message>
        <source>shell commands are not shown</source>
        <translation>Shell-Befehle werden nicht angezeigt</translation>
    </message>
    <message>
        <source>IEx commands are not shown</source>
        <translation>IEx-Befehle werden nicht angezeigt</translation>
    </message>
    <message>
        <source>code loads are not shown</source>
        <translation>das Laden von Code wird nicht angezeigt</translation>
    </message>
    <message>
        <source>code purges are not shown</source>
        <translation>das Entfernen alten Codes wird nicht angezeigt</translation>
    </message>
    <message>
        <source>configuration changes are not shown</source>
        <translation>Konfigurationsänderungen werden nicht angezeigt</translation>
    </message>
</context>
<context>
    <name>bilby::AlarmEngine</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The shell %1 holds %2.</source>
        <translation>Die Shell %1 belegt %2.</translation>
    </message>
    <message>
        <source>%1% of the machine&apos;s memory in use (%2 of %3).</source>
        <translation>%1 % des Arbeitsspeichers der Maschine belegt (%2 von %3).</translation>
    </message>
    <message>
        <source>the node cleared it</source>
        <translation>der Knoten hat ihn aufgehoben</translation>
    </message>
    <message>
        <source>the node no longer has it</source>
        <translation>der Knoten hat ihn nicht mehr</translation>
    </message>
    <message>
        <source>the node was removed from Bilby</source>
        <translation>der Knoten wurde aus Bilby entfernt</translation>
    </message>
    <message>
        <source>Acknowledged %1 on %2</source>
        <translation>%1 auf %2 quittiert</translation>
    </message>
    <message>
        <source>Comment on %1 on %2: %3</source>
        <translation>Kommentar zu %1 auf %2: %3</translation>
    </message>
    <message>
        <source>cleared by hand</source>
        <translation>manuell aufgehoben</translation>
    </message>
    <message>
        <source>%1% of the limit: %2 of %3 %4.</source>
        <translation>%1 % des Limits: %2 von %3 %4.</translation>
    </message>
    <message>
        <source>%1 (%2% of the machine&apos;s memory)</source>
        <translation>%1 (%2 % des Arbeitsspeichers der Maschine)</translation>
    </message>
    <message>
        <source>%1 holds %2</source>
        <translation>%1 belegt %2</translation>
    </message>
    <message>
        <source>The run queue is %1 with %2 schedulers, above the threshold for %3.</source>
        <translation>Die Run-Queue beträgt %1 bei %2 Schedulern und liegt seit %3 über dem Schwellenwert.</translation>
    </message>
    <message>
        <source>%1 busy distribution port events in the last %2.</source>
        <translation>%1 Busy-Distribution-Port-Ereignisse in den letzten %2.</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>%1: %2 of %3, growing by %4 an hour; the limit is reached in about %5 at this rate.</source>
        <translation>%1: %2 von %3, wächst um %4 pro Stunde; bei diesem Tempo ist das Limit in etwa %5 erreicht.</translation>
    </message>
    <message>
        <source>the condition ended</source>
        <translation>die Bedingung ist entfallen</translation>
    </message>
    <message>
        <source>This alarm was set on the node by an application (os_mon, or the node&apos;s own code); it clears when that application clears it. Look at the node&apos;s notifications for its reason.</source>
        <translation>Dieser Alarm wurde auf dem Knoten von einer Anwendung gesetzt (os_mon oder der eigene Code des Knotens); er wird aufgehoben, wenn diese Anwendung ihn aufhebt. Den Grund finden Sie in den Benachrichtigungen des Knotens.</translation>
    </message>
    <message>
        <source>Raised %1 on %2</source>
        <translation>%1 auf %2 ausgelöst</translation>
    </message>
    <message>
        <source>Cleared %1 on %2 (%3)</source>
        <translation>%1 auf %2 aufgehoben (%3)</translation>
    </message>
    <message>
        <source>Alarm: %1 (%2)</source>
        <translation>Alarm: %1 (%2)</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Information: %1</source>
        <translation>Information: %1</translation>
    </message>
    <message>
        <source>Probable cause: %1</source>
        <translation>Wahrscheinliche Ursache: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Maßnahme: %1</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>atoms</source>
        <translation>Atome</translation>
    </message>
    <message>
        <source>ETS tables</source>
        <translation>ETS-Tabellen</translation>
    </message>
    <message>
        <source>ports</source>
        <translation>Ports</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n process(es))</source>
        <translation>
            <numerusform>%1 (%n Prozess)</numerusform>
            <numerusform>%1 (%n Prozesse)</numerusform>
        </translation>
    </message>
    <message>
        <source>Old code still running: %1.</source>
        <translation>Alter Code läuft noch: %1.</translation>
    </message>
    <message>
        <source>Old code left unpurged for more than %1: %2.</source>
        <translation>Alter Code seit mehr als %1 nicht entfernt: %2.</translation>
    </message>
    <message>
        <source>%1 messages queued in %2.</source>
        <translation>%1 Nachrichten in der Warteschlange von %2.</translation>
    </message>
    <message>
        <source>Memory is above RabbitMQ&apos;s high watermark: publishers are blocked (%1).</source>
        <translation>Der Speicher liegt über der Hochwassermarke von RabbitMQ: Publisher sind blockiert (%1).</translation>
    </message>
    <message>
        <source>Free disk space is below RabbitMQ&apos;s limit: publishers are blocked (%1).</source>
        <translation>Der freie Speicherplatz liegt unter dem Limit von RabbitMQ: Publisher sind blockiert (%1).</translation>
    </message>
    <message>
        <source>not seen again since the node came back</source>
        <translation>seit der Rückkehr des Knotens nicht mehr gesehen</translation>
    </message>
    <message>
        <source>Set on the node through its alarm handler.</source>
        <translation>Auf dem Knoten über seinen Alarm-Handler gesetzt.</translation>
    </message>
    <message>
        <source> (silenced)</source>
        <translation> (stummgeschaltet)</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
</context>
<context>
    <name>bilby::AlarmSilence</name>
    <message>
        <source>every alarm</source>
        <translation>alle Alarme</translation>
    </message>
    <message>
        <source> on every node</source>
        <translation> auf allen Knoten</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <source>until lifted</source>
        <translation>bis auf Widerruf</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
</context>
<context>
    <name>bilby::AlarmTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>%1, silenced</source>
        <translation>%1, stummgeschaltet</translation>
    </message>
    <message>
        <source>%1, stale</source>
        <translation>%1, veraltet</translation>
    </message>
    <message>
        <source>Silenced: shown, but counted by neither the tray nor check.</source>
        <translation>Stummgeschaltet: angezeigt, aber weder vom Tray-Symbol noch von check gezählt.</translation>
    </message>
    <message>
        <source>Stale: the node is down, or the alarm was not seen again since it came back. Not counted.</source>
        <translation>Veraltet: Der Knoten ist nicht erreichbar, oder der Alarm wurde seit seiner Rückkehr nicht mehr gesehen. Nicht gezählt.</translation>
    </message>
</context>
<context>
    <name>bilby::AlarmTabs</name>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>bilby::AlarmsCommand</name>
    <message>
        <source>%1 did not answer in time (%2 ms)</source>
        <translation>%1 hat nicht rechtzeitig geantwortet (%2 ms)</translation>
    </message>
    <message>
        <source>the node&apos;s own alarms are not read: %1</source>
        <translation>die eigenen Alarme des Knotens werden nicht gelesen: %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>no active alarm</source>
        <translation>kein aktiver Alarm</translation>
    </message>
    <message numerus="yes">
        <source>%n active alarm(s): %1</source>
        <translation>
            <numerusform>%n aktiver Alarm: %1</numerusform>
            <numerusform>%n aktive Alarme: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no active alarm</source>
        <translation>%1: kein aktiver Alarm</translation>
    </message>
    <message>
        <source>cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <source>action: %1</source>
        <translation>Maßnahme: %1</translation>
    </message>
    <message>
        <source>Modules found twice in the code path that affect nothing running (not alarms):</source>
        <translation>Module, die doppelt im Codepfad vorkommen, aber nichts Laufendes betreffen (keine Alarme):</translation>
    </message>
    <message numerus="yes">
        <source>; %n silenced: %1</source>
        <translation>
            <numerusform>; %n stummgeschaltet: %1</numerusform>
            <numerusform>; %n stummgeschaltet: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>silenced </source>
        <translation>stummgeschaltet </translation>
    </message>
</context>
<context>
    <name>bilby::AlarmsPage</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Raised: %1</source>
        <translation>Ausgelöst: %1</translation>
    </message>
    <message>
        <source>Resource: %1</source>
        <translation>Ressource: %1</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>Quittiert: %1</translation>
    </message>
    <message>
        <source>Cleared by hand: %1</source>
        <translation>Manuell aufgehoben: %1</translation>
    </message>
    <message>
        <source>Cleared by itself: %1</source>
        <translation>Von selbst aufgehoben: %1</translation>
    </message>
    <message>
        <source>From an earlier session: only alarms of this session can be acknowledged, commented on or cleared.</source>
        <translation>Aus einer früheren Sitzung: Nur Alarme dieser Sitzung können quittiert, kommentiert oder aufgehoben werden.</translation>
    </message>
    <message>
        <source>Probable cause</source>
        <translation>Wahrscheinliche Ursache</translation>
    </message>
    <message>
        <source>Proposed action</source>
        <translation>Empfohlene Maßnahme</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Zusätzliche Informationen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Active alarms</source>
        <translation>Aktive Alarme</translation>
    </message>
    <message>
        <source>All alarms, with history</source>
        <translation>Alle Alarme, mit Verlauf</translation>
    </message>
    <message>
        <source>All alarms of this session</source>
        <translation>Alle Alarme dieser Sitzung</translation>
    </message>
    <message>
        <source>Mute desktop notifications for 1 hour</source>
        <translation>Desktop-Benachrichtigungen für 1 Stunde stummschalten</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Quittieren</translation>
    </message>
    <message>
        <source>Say that someone is looking at the selected alarm</source>
        <translation>Signalisieren, dass sich jemand um den ausgewählten Alarm kümmert</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>Kommentieren…</translation>
    </message>
    <message>
        <source>Add a note to the selected alarm</source>
        <translation>Dem ausgewählten Alarm eine Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>Aufheben…</translation>
    </message>
    <message>
        <source>Clear the selected alarm by hand (it is not raised again until its condition ends and comes back)</source>
        <translation>Den ausgewählten Alarm manuell aufheben (er wird erst wieder ausgelöst, wenn seine Bedingung entfallen und erneut eingetreten ist)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>The history of earlier sessions cannot be read: %1</source>
        <translation>Der Verlauf früherer Sitzungen kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No active alarm</source>
        <translation>Kein aktiver Alarm</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1× %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active: %1</source>
        <translation>
            <numerusform>%Ln aktiver Alarm: %1</numerusform>
            <numerusform>%Ln aktive Alarme: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Clear Alarm</source>
        <translation>Alarm aufheben</translation>
    </message>
    <message>
        <source>Clear the alarm %1 on %2?</source>
        <translation>Den Alarm %1 auf %2 aufheben?</translation>
    </message>
    <message>
        <source>It is not raised again while its condition holds; it comes back as a new alarm once the condition has ended and returns.</source>
        <translation>Solange seine Bedingung besteht, wird er nicht erneut ausgelöst; sobald die Bedingung entfallen und wieder eingetreten ist, kommt er als neuer Alarm zurück.</translation>
    </message>
    <message>
        <source>Comment on Alarm</source>
        <translation>Alarm kommentieren</translation>
    </message>
    <message>
        <source>Comment on %1 on %2:</source>
        <translation>Kommentar zu %1 auf %2:</translation>
    </message>
    <message>
        <source>No alarm to show.</source>
        <translation>Kein Alarm vorhanden.</translation>
    </message>
    <message>
        <source>Select an alarm to see its details.</source>
        <translation>Wählen Sie einen Alarm aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Silenced: shown, but counted by neither the tray nor check</source>
        <translation>Stummgeschaltet: angezeigt, aber weder vom Tray-Symbol noch von check gezählt</translation>
    </message>
    <message>
        <source>Stale: the node is down, or this alarm was not seen again since it came back</source>
        <translation>Veraltet: Der Knoten ist nicht erreichbar, oder dieser Alarm wurde seit seiner Rückkehr nicht mehr gesehen</translation>
    </message>
    <message>
        <source>Silence…</source>
        <translation>Stummschalten…</translation>
    </message>
    <message>
        <source>Stop counting the selected alarm (or its kind, or its node) for a while, with a reason</source>
        <translation>Den ausgewählten Alarm (oder seine Art oder seinen Knoten) eine Zeit lang nicht mehr zählen, mit Begründung</translation>
    </message>
    <message>
        <source>Silences…</source>
        <translation>Stummschaltungen…</translation>
    </message>
    <message>
        <source>The silences in force; lift one</source>
        <translation>Die geltenden Stummschaltungen; eine davon beenden</translation>
    </message>
    <message numerus="yes">
        <source> (%Ln not counted: silenced or stale)</source>
        <translation>
            <numerusform> (%Ln nicht gezählt: stummgeschaltet oder veraltet)</numerusform>
            <numerusform> (%Ln nicht gezählt: stummgeschaltet oder veraltet)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bilby::ApplicationListModel</name>
    <message>
        <source>%1 is a library application: it has no supervisor and no processes</source>
        <translation>%1 ist eine Bibliotheksanwendung: Sie hat keinen Supervisor und keine Prozesse</translation>
    </message>
    <message>
        <source>Select to read its supervision tree</source>
        <translation>Auswählen, um ihren Supervision-Baum zu lesen</translation>
    </message>
    <message>
        <source>library: no processes</source>
        <translation>Bibliothek: keine Prozesse</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Top supervisor</source>
        <translation>Oberster Supervisor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>bilby::ApplicationsPage</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the applications again, and the selected application&apos;s tree</source>
        <translation>Die Anwendungen und den Baum der ausgewählten Anwendung neu lesen</translation>
    </message>
    <message>
        <source>Select an application to read its supervision tree.</source>
        <translation>Wählen Sie eine Anwendung aus, um ihren Supervision-Baum zu lesen.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect a process</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um einen Prozess zu untersuchen</translation>
    </message>
    <message>
        <source>The node is down: %1</source>
        <translation>Der Knoten ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Not connected to the node (or no agent).</source>
        <translation>Nicht mit dem Knoten verbunden (oder kein Agent).</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Unexpected reply from the agent.</source>
        <translation>Unerwartete Antwort vom Agenten.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n Anwendung</numerusform>
            <numerusform>%n Anwendungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer running; the tree shown is the last read.</source>
        <translation>%1 läuft nicht mehr; der angezeigte Baum ist der zuletzt gelesene.</translation>
    </message>
    <message>
        <source>%1 %2 is a library application: no supervisor, no processes.</source>
        <translation>%1 %2 ist eine Bibliotheksanwendung: kein Supervisor, keine Prozesse.</translation>
    </message>
    <message>
        <source>Reading the tree again…</source>
        <translation>Der Baum wird neu gelesen…</translation>
    </message>
    <message>
        <source>%1 %2: reading its supervision tree…</source>
        <translation>%1 %2: Supervision-Baum wird gelesen…</translation>
    </message>
    <message>
        <source>Not connected to the node.</source>
        <translation>Nicht mit dem Knoten verbunden.</translation>
    </message>
    <message>
        <source>The tree shown is the last read.</source>
        <translation>Der angezeigte Baum ist der zuletzt gelesene.</translation>
    </message>
    <message>
        <source>%1: the supervision tree could not be read.</source>
        <translation>%1: Der Supervision-Baum konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 has no supervision tree (a library application, or it has stopped).</source>
        <translation>%1 hat keinen Supervision-Baum (eine Bibliotheksanwendung, oder sie wurde beendet).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n process(es) · read at %2</source>
        <translation>
            <numerusform>%1: %n Prozess · gelesen um %2</numerusform>
            <numerusform>%1: %n Prozesse · gelesen um %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supervisor(s) could not be read: their children are missing (see the marked rows).</source>
        <translation>
            <numerusform>%n Supervisor konnte nicht gelesen werden: Seine Kinder fehlen (siehe die markierte Zeile).</numerusform>
            <numerusform>%n Supervisoren konnten nicht gelesen werden: Ihre Kinder fehlen (siehe die markierten Zeilen).</numerusform>
        </translation>
    </message>
    <message>
        <source>The tree is cut: it reached the agent&apos;s limit of 5,000 processes.</source>
        <translation>Der Baum ist abgeschnitten: Er hat das Limit des Agenten von 5.000 Prozessen erreicht.</translation>
    </message>
</context>
<context>
    <name>bilby::CliOptions</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Distribution cookie.</source>
        <translation>Distribution-Cookie.</translation>
    </message>
    <message>
        <source>cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Read the cookie from a file.</source>
        <translation>Das Cookie aus einer Datei lesen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Connect and request timeout in ms.</source>
        <translation>Zeitlimit für Verbindung und Anfrage in ms.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of milliseconds.</source>
        <translation>--timeout benötigt eine positive Anzahl Millisekunden.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>--node is required.</source>
        <translation>--node ist erforderlich.</translation>
    </message>
    <message>
        <source>Node to connect to (alive@host); collect takes several.</source>
        <translation>Knoten, mit dem verbunden wird (alive@host); collect akzeptiert mehrere.</translation>
    </message>
    <message>
        <source>collect, query: the history file (SQLite).</source>
        <translation>collect, query: die Verlaufsdatei (SQLite).</translation>
    </message>
    <message>
        <source>query: the metric to print.</source>
        <translation>query: die auszugebende Metrik.</translation>
    </message>
    <message>
        <source>query: start, ISO-8601 or relative (-2h, -30m, -7d); default -1h.</source>
        <translation>query: Beginn, ISO-8601 oder relativ (-2h, -30m, -7d); Standard -1h.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>query: end, like --from; default now.</source>
        <translation>query: Ende, wie --from; Standard jetzt.</translation>
    </message>
    <message>
        <source>query: raw, history or rollup; default: chosen from the range.</source>
        <translation>query: raw, history oder rollup; Standard: passend zum Zeitraum gewählt.</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>collect: sampling interval in ms.</source>
        <translation>collect: Abtastintervall in ms.</translation>
    </message>
    <message>
        <source>collect: keep samples at full rate this long.</source>
        <translation>collect: Messwerte in voller Auflösung so lange aufbewahren.</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>collect: keep one-minute buckets this long.</source>
        <translation>collect: Minutenintervalle so lange aufbewahren.</translation>
    </message>
    <message>
        <source>collect: keep hourly rollups this long.</source>
        <translation>collect: Stundenzusammenfassungen so lange aufbewahren.</translation>
    </message>
    <message>
        <source>%1 needs --db FILE.</source>
        <translation>%1 benötigt --db DATEI.</translation>
    </message>
    <message>
        <source>--interval needs a number of milliseconds, 100 at least.</source>
        <translation>--interval benötigt eine Anzahl Millisekunden, mindestens 100.</translation>
    </message>
    <message>
        <source>query needs --node NAME and --metric METRIC.</source>
        <translation>query benötigt --node NAME und --metric METRIK.</translation>
    </message>
    <message>
        <source>--resolution is raw, history or rollup.</source>
        <translation>--resolution ist raw, history oder rollup.</translation>
    </message>
    <message>
        <source>notifications: log, shell, code, config, alarm, node, agent, system_monitor or action; may be repeated.</source>
        <translation>notifications: log, shell, code, config, alarm, node, agent, system_monitor oder action; mehrfach angebbar.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>alarms, notifications (--db): from this time, ISO-8601 or relative (-2h).</source>
        <translation>alarms, notifications (--db): ab diesem Zeitpunkt, ISO-8601 oder relativ (-2h).</translation>
    </message>
    <message>
        <source>notifications: words to search for.</source>
        <translation>notifications: zu suchende Wörter.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>alarms, notifications (--db): at most this many.</source>
        <translation>alarms, notifications (--db): höchstens so viele.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>collect: also record each system monitor event (long GC, long schedule, large heap, busy ports; at most 10 a second per node), not only their counts.</source>
        <translation>collect: zusätzlich jedes System-Monitor-Ereignis aufzeichnen (lange GC, langes Scheduling, großer Heap, Busy-Ports; höchstens 10 pro Sekunde und Knoten), nicht nur deren Anzahl.</translation>
    </message>
    <message>
        <source>procs: memory, mq (message queue) or reductions.</source>
        <translation>procs: memory, mq (Message-Queue) oder reductions.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>procs: how many processes (1 to 500).</source>
        <translation>procs: wie viele Prozesse (1 bis 500).</translation>
    </message>
    <message>
        <source>procs: only processes whose registered name or initial or current module contains this text.</source>
        <translation>procs: nur Prozesse, deren registrierter Name, Startmodul oder aktuelles Modul diesen Text enthält.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit benötigt eine positive Zahl.</translation>
    </message>
    <message>
        <source>Unknown --origin &apos;%1&apos;.</source>
        <translation>Unbekannte --origin „%1“.</translation>
    </message>
    <message>
        <source>--sort is memory, mq or reductions.</source>
        <translation>--sort ist memory, mq oder reductions.</translation>
    </message>
    <message>
        <source>--top needs a number from 1 to 500.</source>
        <translation>--top benötigt eine Zahl von 1 bis 500.</translation>
    </message>
    <message>
        <source>notifications needs --db FILE.</source>
        <translation>notifications benötigt --db DATEI.</translation>
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
        <translation>Bilby-Begleitprogramm für die Kommandozeile.

Befehle:
  info          Systeminformationen des Knotens
  metrics       ein Messwert jeder Metrik (Zähler als Raten über eine Sekunde)
  list-metrics  die eingebauten Metriken: Name, Art, Einheit, Bedeutung (kein Knoten nötig)
  list-alarms   die eingebauten Alarme: Schweregrad, Schwellenwert, Ursache, Maßnahme (kein Knoten nötig)
  collect       jeden --node in die Verlaufsdatei --db aufzeichnen, bis SIGINT oder SIGTERM
  query         die gespeicherten Messwerte von --metric des Knotens --node aus --db ausgeben
  alarms        die aktiven Alarme des Knotens (verbinden, messen, auswerten); mit --db: die gespeicherten
  check         Nagios-Plugin: eine Statuszeile; Exit-Code 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN
  notifications die gespeicherte Zeitleiste aus --db (Filter: --node, --origin, --since, --search)
  procs         die obersten Prozesse nach --sort memory, mq oder reductions (seit der vorigen Aktualisierung)
  proc PID      ein Prozess (eine PID wie &lt;0.85.0&gt; oder ein registrierter Name): Informationen und Stack;
                --messages, --dictionary, --state ergänzen, was er enthält (sensibel)
  ets [TABELLE] jede ETS-Tabelle; mit TABELLE eine Seite ihrer Zeilen (--page K) oder die Zeilen zu --key
  eval AUSDRUCK einen Erlang-Ausdruck auf dem Knoten auswerten (--elixir: Elixir) und seinen Wert ausgeben
  gc --all      Garbage Collection für jeden Prozess, in Stapeln (--batch, --pause)
  purge         alten Code, den kein Prozess mehr ausführt, per Soft-Purge entfernen
  ports         Ports und Sockets nach übertragenen Bytes: Typ, Besitzer, Adressen
  apps [APP]    die laufenden Anwendungen; mit APP ihr Supervision-Baum

Ohne --cookie oder --cookie-file stammt das Cookie aus BILBY_COOKIE, sonst aus ~/.erlang.cookie
(wie bei erl und erl_call).</translation>
    </message>
    <message>
        <source>metrics: keep printing one sample per second (the live metrics).</source>
        <translation>metrics: fortlaufend einen Messwert pro Sekunde ausgeben (die Live-Metriken).</translation>
    </message>
    <message>
        <source>metrics: only the cheap live metrics, not those sampled at the history rate (allocators, file descriptors, os_mon, Mnesia).</source>
        <translation>metrics: nur die günstigen Live-Metriken, nicht die im Verlaufstakt gemessenen (Allokatoren, Dateideskriptoren, os_mon, Mnesia).</translation>
    </message>
    <message>
        <source>collect: the lowest level of the nodes&apos; log events recorded: error, warning (the default), notice, info or debug.</source>
        <translation>collect: die niedrigste aufgezeichnete Stufe der Log-Ereignisse der Knoten: error, warning (Standard), notice, info oder debug.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>check, alarms: leave out this alarm id (may be repeated, or a comma-separated list), e.g. code_path_clash.</source>
        <translation>check, alarms: diese Alarm-ID auslassen (mehrfach angebbar oder als kommagetrennte Liste), z. B. code_path_clash.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>procs, ets, ports: also list Bilby&apos;s own processes, tables and connection on the node (left out by default).</source>
        <translation>procs, ets, ports: auch Bilbys eigene Prozesse, Tabellen und Verbindung auf dem Knoten auflisten (standardmäßig ausgelassen).</translation>
    </message>
    <message>
        <source>proc: also the first 100 messages of its queue (sensitive).</source>
        <translation>proc: zusätzlich die ersten 100 Nachrichten seiner Queue (sensibel).</translation>
    </message>
    <message>
        <source>proc: also its process dictionary (sensitive).</source>
        <translation>proc: zusätzlich sein Prozess-Dictionary (sensibel).</translation>
    </message>
    <message>
        <source>proc: also its state, through sys:get_state with a 2 s timeout (sensitive).</source>
        <translation>proc: zusätzlich seinen Zustand, über sys:get_state mit 2 s Zeitlimit (sensibel).</translation>
    </message>
    <message>
        <source>ets TABLE: which page of 100 rows (from 1).</source>
        <translation>ets TABELLE: welche Seite zu 100 Zeilen (ab 1).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>ets TABLE: the rows with this key (an Erlang term).</source>
        <translation>ets TABELLE: die Zeilen mit diesem Schlüssel (ein Erlang-Term).</translation>
    </message>
    <message>
        <source>term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>eval: the expression is Elixir (the node needs it).</source>
        <translation>eval: Der Ausdruck ist Elixir (der Knoten muss Elixir haben).</translation>
    </message>
    <message>
        <source>gc: every process on the node, in batches.</source>
        <translation>gc: jeder Prozess auf dem Knoten, in Stapeln.</translation>
    </message>
    <message>
        <source>gc --all: processes per batch (1 to 100000).</source>
        <translation>gc --all: Prozesse pro Stapel (1 bis 100000).</translation>
    </message>
    <message>
        <source>gc --all: pause between batches (0 to 60000).</source>
        <translation>gc --all: Pause zwischen den Stapeln (0 bis 60000).</translation>
    </message>
    <message>
        <source>Any command: the agent on the node refuses every request that changes it.</source>
        <translation>Jeder Befehl: Der Agent auf dem Knoten lehnt jede Anfrage ab, die ihn verändert.</translation>
    </message>
    <message>
        <source>info | metrics | list-metrics | list-alarms | collect | query | alarms | check | notifications | procs | proc | ets | eval | gc | purge | ports | apps</source>
        <translation>info | metrics | list-metrics | list-alarms | collect | query | alarms | check | notifications | procs | proc | ets | eval | gc | purge | ports | apps</translation>
    </message>
    <message>
        <source>proc needs one process: a pid such as &lt;0.85.0&gt;, or a registered name.</source>
        <translation>proc benötigt einen Prozess: eine PID wie &lt;0.85.0&gt; oder einen registrierten Namen.</translation>
    </message>
    <message>
        <source>ets takes at most one table.</source>
        <translation>ets akzeptiert höchstens eine Tabelle.</translation>
    </message>
    <message>
        <source>--page needs a number from 1.</source>
        <translation>--page benötigt eine Zahl ab 1.</translation>
    </message>
    <message>
        <source>eval needs one expression (quote it for the shell).</source>
        <translation>eval benötigt genau einen Ausdruck (für die Shell in Anführungszeichen setzen).</translation>
    </message>
    <message>
        <source>gc needs --all, with --batch from 1 to 100000 and --pause from 0 to 60000 ms.</source>
        <translation>gc benötigt --all, mit --batch von 1 bis 100000 und --pause von 0 bis 60000 ms.</translation>
    </message>
    <message>
        <source>apps takes at most one application.</source>
        <translation>apps akzeptiert höchstens eine Anwendung.</translation>
    </message>
    <message>
        <source>--log-level is error, warning, notice, info or debug.</source>
        <translation>--log-level ist error, warning, notice, info oder debug.</translation>
    </message>
    <message>
        <source>Cannot read cookie file %1: %2</source>
        <translation>Cookie-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>check, alarms: the console&apos;s settings directory (as given to bilby --settings-dir), whose alarm silences apply; by default the console&apos;s own settings.</source>
        <translation>check, alarms: das Einstellungsverzeichnis der Konsole (wie bei bilby --settings-dir), dessen Alarm-Stummschaltungen gelten; standardmäßig die eigenen Einstellungen der Konsole.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Give one with --cookie-file FILE, --cookie COOKIE or the BILBY_COOKIE environment variable.</source>
        <translation>Geben Sie eines mit --cookie-file DATEI, --cookie COOKIE oder der Umgebungsvariablen BILBY_COOKIE an.</translation>
    </message>
    <message>
        <source>No cookie: %1 does not exist. %2</source>
        <translation>Kein Cookie: %1 existiert nicht. %2</translation>
    </message>
    <message>
        <source>No cookie: %1 is empty. %2</source>
        <translation>Kein Cookie: %1 ist leer. %2</translation>
    </message>
</context>
<context>
    <name>bilby::CliQuery</name>
    <message>
        <source>--from is after --to.</source>
        <translation>--from liegt nach --to.</translation>
    </message>
    <message>
        <source>there is no history file at %1.</source>
        <translation>Unter %1 gibt es keine Verlaufsdatei.</translation>
    </message>
    <message>
        <source>%1 holds no samples of node %2. Nodes in it: %3.</source>
        <translation>%1 enthält keine Messwerte von Knoten %2. Enthaltene Knoten: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 holds no metric %2 of node %3 (see bilby-cli list-metrics).</source>
        <translation>%1 enthält keine Metrik %2 von Knoten %3 (siehe bilby-cli list-metrics).</translation>
    </message>
    <message>
        <source> (means of %1 s buckets)</source>
        <translation> (Mittelwerte über Intervalle von %1 s)</translation>
    </message>
    <message>
        <source> point(s)</source>
        <translation> Punkt(e)</translation>
    </message>
</context>
<context>
    <name>bilby::CliRunner</name>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>agentless: %1</source>
        <translation>ohne Agent: %1</translation>
    </message>
    <message>
        <source>procs failed: %1</source>
        <translation>procs fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 processes scanned on %2</source>
        <translation>%1 Prozesse auf %2 untersucht</translation>
    </message>
    <message>
        <source>; reductions over the last %1 ms</source>
        <translation>; Reduktionen der letzten %1 ms</translation>
    </message>
    <message>
        <source>; reductions since each process started (first refresh)</source>
        <translation>; Reduktionen seit dem Start des jeweiligen Prozesses (erste Aktualisierung)</translation>
    </message>
    <message>
        <source>proc %1 on %2: %3</source>
        <translation>proc %1 auf %2: %3</translation>
    </message>
    <message>
        <source> (the first %1 of %2)</source>
        <translation> (die ersten %1 von %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>stack:</source>
        <translation>Stack:</translation>
    </message>
    <message>
        <source>%1 (sensitive):</source>
        <translation>%1 (sensibel):</translation>
    </message>
    <message>
        <source>ets</source>
        <translation>ets</translation>
    </message>
    <message>
        <source>ets %1</source>
        <translation>ets %1</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with key %1 in %2 on %3</source>
        <translation>
            <numerusform>%n Zeile mit Schlüssel %1 in %2 auf %3</numerusform>
            <numerusform>%n Zeilen mit Schlüssel %1 in %2 auf %3</numerusform>
        </translation>
    </message>
    <message>
        <source>ets %1 on %2: %3</source>
        <translation>ets %1 auf %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n page(s) of %2 rows: there is no page %3.</source>
        <translation>
            <numerusform>%1 hat %n Seite zu %2 Zeilen: Es gibt keine Seite %3.</numerusform>
            <numerusform>%1 hat %n Seiten zu %2 Zeilen: Es gibt keine Seite %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2: no rows</source>
        <translation>%1 auf %2: keine Zeilen</translation>
    </message>
    <message>
        <source>%1 on %2: rows %3 to %4 (page %5%6)</source>
        <translation>%1 auf %2: Zeilen %3 bis %4 (Seite %5%6)</translation>
    </message>
    <message>
        <source>; --page %1 for more</source>
        <translation>; weitere mit --page %1</translation>
    </message>
    <message>
        <source>, the last</source>
        <translation>, die letzte</translation>
    </message>
    <message>
        <source>ets on %1: the agent&apos;s reply is not a table list</source>
        <translation>ets auf %1: Die Antwort des Agenten ist keine Tabellenliste</translation>
    </message>
    <message>
        <source>%1 ETS tables on %2, by memory</source>
        <translation>%1 ETS-Tabellen auf %2, nach Speicher</translation>
    </message>
    <message>
        <source> (the first %1 of %2 read)</source>
        <translation> (die ersten %1 von %2 gelesen)</translation>
    </message>
    <message numerus="yes">
        <source>; %n of Bilby&apos;s own left out (--include-bilby lists them)</source>
        <translation>
            <numerusform>; %n eigene Tabelle von Bilby ausgelassen (--include-bilby listet sie auf)</numerusform>
            <numerusform>; %n eigene Tabellen von Bilby ausgelassen (--include-bilby listet sie auf)</numerusform>
        </translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABELLE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>PROTECTION</source>
        <translation>SCHUTZ</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>ZEILEN</translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation>SPEICHER</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>BESITZER</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>ZEILE</translation>
    </message>
    <message>
        <source>%1 needs the agent: %2</source>
        <translation>%1 benötigt den Agenten: %2</translation>
    </message>
    <message>
        <source>info on %1 failed: %2</source>
        <translation>info auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>metrics on %1 failed: %2</source>
        <translation>metrics auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>procs on %1 failed: %2</source>
        <translation>procs auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation>QUEUE</translation>
    </message>
    <message>
        <source>REDUCTIONS</source>
        <translation>REDUKTIONEN</translation>
    </message>
    <message>
        <source>CURRENT FUNCTION</source>
        <translation>AKTUELLE FUNKTION</translation>
    </message>
    <message>
        <source>PROCESS (label or initial call)</source>
        <translation>PROZESS (Label oder Initial Call)</translation>
    </message>
    <message>
        <source>%1 on %2 (bilby-cli): done</source>
        <translation>%1 auf %2 (bilby-cli): erledigt</translation>
    </message>
    <message>
        <source>%1 on %2 (bilby-cli): failed</source>
        <translation>%1 auf %2 (bilby-cli): fehlgeschlagen</translation>
    </message>
    <message>
        <source>the action was not recorded in %1: %2</source>
        <translation>die Aktion wurde nicht in %1 aufgezeichnet: %2</translation>
    </message>
    <message>
        <source>Evaluate: %1</source>
        <translation>Auswerten: %1</translation>
    </message>
    <message>
        <source>eval on %1 failed: %2</source>
        <translation>eval auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>eval failed: %1</source>
        <translation>eval fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the output was cut at 256 KB</source>
        <translation>die Ausgabe wurde bei 256 KB abgeschnitten</translation>
    </message>
    <message>
        <source>the value was cut at %1 characters</source>
        <translation>der Wert wurde bei %1 Zeichen abgeschnitten</translation>
    </message>
    <message>
        <source>gc: %1 of %2 processes</source>
        <translation>gc: %1 von %2 Prozessen</translation>
    </message>
    <message>
        <source>Garbage-collect every process (batch %1, pause %2 ms)</source>
        <translation>Garbage Collection für jeden Prozess (Stapel %1, Pause %2 ms)</translation>
    </message>
    <message>
        <source>%1 of %2 processes; process memory %3 -&gt; %4</source>
        <translation>%1 von %2 Prozessen; Prozessspeicher %3 -&gt; %4</translation>
    </message>
    <message>
        <source>gc on %1 failed: %2</source>
        <translation>gc auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the agent&apos;s reply was not a summary</source>
        <translation>die Antwort des Agenten war keine Zusammenfassung</translation>
    </message>
    <message>
        <source>Collected %1 of %2 processes in %3 ms; process memory %4 -&gt; %5</source>
        <translation>Garbage Collection für %1 von %2 Prozessen in %3 ms; Prozessspeicher %4 -&gt; %5</translation>
    </message>
    <message>
        <source>Soft purge of old code</source>
        <translation>Soft-Purge von altem Code</translation>
    </message>
    <message>
        <source>purged: %1</source>
        <translation>entfernt: %1</translation>
    </message>
    <message>
        <source>purge on %1 failed: %2</source>
        <translation>purge auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the agent&apos;s reply was not a purge result</source>
        <translation>die Antwort des Agenten war kein Purge-Ergebnis</translation>
    </message>
    <message numerus="yes">
        <source>Purged old code of %n module(s)</source>
        <translation>
            <numerusform>Alter Code von %n Modul entfernt</numerusform>
            <numerusform>Alter Code von %n Modulen entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept %1: its old code still runs in %2</source>
        <translation>%1 behalten: Sein alter Code läuft noch in %2</translation>
    </message>
    <message>
        <source>ports on %1 failed: %2</source>
        <translation>ports auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 ports and sockets on %2, by bytes moved</source>
        <translation>%1 Ports und Sockets auf %2, nach übertragenen Bytes</translation>
    </message>
    <message>
        <source> (the first %1)</source>
        <translation> (die ersten %1)</translation>
    </message>
    <message>
        <source>; Bilby&apos;s own connection left out (--include-bilby lists it)</source>
        <translation>; Bilbys eigene Verbindung ausgelassen (--include-bilby listet sie auf)</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>BYTES IN</source>
        <translation>BYTES EIN</translation>
    </message>
    <message>
        <source>BYTES OUT</source>
        <translation>BYTES AUS</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>%1 (Bilby&apos;s connection)</source>
        <translation>%1 (Verbindung von Bilby)</translation>
    </message>
    <message>
        <source>apps on %1 failed: %2</source>
        <translation>apps auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 applications running on %2</source>
        <translation>%1 Anwendungen laufen auf %2</translation>
    </message>
    <message>
        <source>APPLICATION</source>
        <translation>ANWENDUNG</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>TOP SUPERVISOR</source>
        <translation>OBERSTER SUPERVISOR</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>(the tree was cut at the agent&apos;s limit)</source>
        <translation>(der Baum wurde am Limit des Agenten abgeschnitten)</translation>
    </message>
    <message>
        <source>%1 has no supervision tree (a library application)</source>
        <translation>%1 hat keinen Supervision-Baum (eine Bibliotheksanwendung)</translation>
    </message>
    <message>
        <source>... %1 more</source>
        <translation>... %1 weitere</translation>
    </message>
    <message>
        <source>%1 in the queue, the first %2:</source>
        <translation>%1 in der Warteschlange, die ersten %2:</translation>
    </message>
    <message>
        <source>(%1 bytes)</source>
        <translation>(%1 Bytes)</translation>
    </message>
    <message>
        <source>(the first %1 of %2)</source>
        <translation>(die ersten %1 von %2)</translation>
    </message>
</context>
<context>
    <name>bilby::CollectCommand</name>
    <message>
        <source>cannot write samples (they wait in memory): %1</source>
        <translation>Messwerte können nicht geschrieben werden (sie warten im Speicher): %1</translation>
    </message>
    <message>
        <source>writing samples again</source>
        <translation>Messwerte werden wieder geschrieben</translation>
    </message>
    <message>
        <source>collecting %1 node(s) into %2; stop with Ctrl-C</source>
        <translation>%1 Knoten werden in %2 aufgezeichnet; Beenden mit Strg+C</translation>
    </message>
    <message>
        <source>%1 is down: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 is up</source>
        <translation>%1 ist erreichbar</translation>
    </message>
    <message>
        <source>the last samples could not be written: %1</source>
        <translation>die letzten Messwerte konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>stopped after %1 sample(s)</source>
        <translation>beendet nach %1 Messwert(en)</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1: %2 auf %3</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>aufgehoben</translation>
    </message>
</context>
<context>
    <name>bilby::CookieVault</name>
    <message>
        <source>Looking for a keychain service to store cookies in…</source>
        <translation>Suche nach einem Schlüsselbund-Dienst zum Speichern der Cookies…</translation>
    </message>
    <message>
        <source>Cookies are stored in the system keychain.</source>
        <translation>Cookies werden im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Cookies are stored in %1, readable only by you.</source>
        <translation>Cookies werden in %1 gespeichert, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>No keychain service is running: cookies are stored in %1, readable only by you.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst: Cookies werden in %1 gespeichert, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>The keychain did not store the cookie of %1: %2</source>
        <translation>Der Schlüsselbund hat das Cookie von %1 nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>The keychain did not give the cookie of %1: %2</source>
        <translation>Der Schlüsselbund hat das Cookie von %1 nicht herausgegeben: %2</translation>
    </message>
    <message>
        <source>This build has no keychain support (%1).</source>
        <translation>Dieser Build hat keine Schlüsselbund-Unterstützung (%1).</translation>
    </message>
    <message>
        <source>The keychain did not remove the cookie of %1: %2</source>
        <translation>Der Schlüsselbund hat das Cookie von %1 nicht entfernt: %2</translation>
    </message>
    <message>
        <source>No cookie is stored for %1.</source>
        <translation>Für %1 ist kein Cookie gespeichert.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid cookie file (%2).</source>
        <translation>%1 ist keine gültige Cookie-Datei (%2).</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private to you.</source>
        <translation>%1 kann nicht auf Sie allein beschränkt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>bilby::DemoNode</name>
    <message>
        <source>Erlang is not installed (no erl on the PATH): the demo node needs it.</source>
        <translation>Erlang ist nicht installiert (kein erl im PATH): Der Demo-Knoten benötigt es.</translation>
    </message>
    <message>
        <source>The demo node could not be started: %1</source>
        <translation>Der Demo-Knoten konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The demo node did not register with epmd within %1 s.</source>
        <translation>Der Demo-Knoten hat sich nicht innerhalb von %1 s bei epmd registriert.</translation>
    </message>
    <message>
        <source>The demo node exited during start-up (%1): %2</source>
        <translation>Der Demo-Knoten wurde während des Starts beendet (%1): %2</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>Cannot make %1 private to you.</source>
        <translation>%1 kann nicht auf Sie allein beschränkt werden.</translation>
    </message>
</context>
<context>
    <name>bilby::DistConnection</name>
    <message>
        <source>Could not initialise the distribution client.</source>
        <translation>Der Distribution-Client konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>Not a valid process identifier.</source>
        <translation>Keine gültige Prozesskennung.</translation>
    </message>
    <message>
        <source>The connection to the node failed.</source>
        <translation>Die Verbindung zum Knoten ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The node stopped in the middle of sending a message.</source>
        <translation>Der Knoten hat das Senden einer Nachricht mittendrin abgebrochen.</translation>
    </message>
    <message>
        <source>The node closed the connection.</source>
        <translation>Der Knoten hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The node reset the connection.</source>
        <translation>Der Knoten hat die Verbindung zurückgesetzt.</translation>
    </message>
    <message>
        <source>The node stopped accepting data.</source>
        <translation>Der Knoten nimmt keine Daten mehr an.</translation>
    </message>
    <message>
        <source>The connection to the node was lost while sending.</source>
        <translation>Die Verbindung zum Knoten ist beim Senden abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot resolve host &apos;%1&apos; (%2). Check the host part of the node name.</source>
        <translation>Host „%1“ kann nicht aufgelöst werden (%2). Prüfen Sie den Host-Teil des Knotennamens.</translation>
    </message>
    <message>
        <source>No epmd is running on host &apos;%1&apos; (port %2 refused the connection). Start the node with -name or -sname, which starts epmd.</source>
        <translation>Auf Host „%1“ läuft kein epmd (Port %2 hat die Verbindung abgelehnt). Starten Sie den Knoten mit -name oder -sname, dadurch wird epmd gestartet.</translation>
    </message>
    <message>
        <source>Node &apos;%1&apos; is not registered with epmd on host &apos;%2&apos;. Check the name, or whether the node is running.</source>
        <translation>Knoten „%1“ ist bei epmd auf Host „%2“ nicht registriert. Prüfen Sie den Namen und ob der Knoten läuft.</translation>
    </message>
    <message>
        <source>Host &apos;%1&apos; is unreachable (%2).</source>
        <translation>Host „%1“ ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>Timed out reaching epmd on host &apos;%1&apos;. The host may be down or behind a firewall.</source>
        <translation>Zeitüberschreitung beim Verbinden mit epmd auf Host „%1“. Der Host ist möglicherweise ausgefallen oder durch eine Firewall abgeschirmt.</translation>
    </message>
    <message>
        <source>Node &apos;%1&apos; did not complete the handshake in time: it may be overloaded or stopped.</source>
        <translation>Knoten „%1“ hat den Handshake nicht rechtzeitig abgeschlossen: Er ist möglicherweise überlastet oder angehalten.</translation>
    </message>
    <message>
        <source>Node &apos;%1&apos; refused the connection: the cookie does not match. Check the cookie.</source>
        <translation>Knoten „%1“ hat die Verbindung abgelehnt: Das Cookie stimmt nicht überein. Prüfen Sie das Cookie.</translation>
    </message>
</context>
<context>
    <name>bilby::EtsContents</name>
    <message>
        <source>Select a table to read its rows.</source>
        <translation>Wählen Sie eine Tabelle aus, um ihre Zeilen zu lesen.</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorherige</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>Key, as an Erlang term: 42, {user, &lt;&lt;&quot;ann&quot;&gt;&gt;}</source>
        <translation>Schlüssel als Erlang-Term: 42, {user, &lt;&lt;&quot;ann&quot;&gt;&gt;}</translation>
    </message>
    <message>
        <source>Parsed on the node, never evaluated</source>
        <translation>Wird auf dem Knoten geparst, nie ausgewertet</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Nachschlagen</translation>
    </message>
    <message>
        <source>This table&apos;s rows</source>
        <translation>Die Zeilen dieser Tabelle</translation>
    </message>
    <message>
        <source>The table no longer exists; the rows shown are the last read.</source>
        <translation>Die Tabelle existiert nicht mehr; die angezeigten Zeilen sind die zuletzt gelesenen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 rows · %4 · owner %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 Zeilen · %4 · Besitzer %5</translation>
    </message>
    <message>
        <source>Not connected to the node.</source>
        <translation>Nicht mit dem Knoten verbunden.</translation>
    </message>
    <message>
        <source>Page %1: no rows.</source>
        <translation>Seite %1: keine Zeilen.</translation>
    </message>
    <message>
        <source>Page %1: rows %2 to %3%4</source>
        <translation>Seite %1: Zeilen %2 bis %3%4</translation>
    </message>
    <message>
        <source>, the last page</source>
        <translation>, die letzte Seite</translation>
    </message>
    <message>
        <source>%1 rows with the key %2; the first %3 are shown.</source>
        <translation>%1 Zeilen mit dem Schlüssel %2; die ersten %3 werden angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with the key %1.</source>
        <translation>
            <numerusform>%n Zeile mit dem Schlüssel %1.</numerusform>
            <numerusform>%n Zeilen mit dem Schlüssel %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected reply from the agent.</source>
        <translation>Unerwartete Antwort vom Agenten.</translation>
    </message>
</context>
<context>
    <name>bilby::EtsPage</name>
    <message>
        <source>Select a table to read its rows; double-click its owner to inspect it</source>
        <translation>Wählen Sie eine Tabelle aus, um ihre Zeilen zu lesen; doppelklicken Sie auf ihren Besitzer, um ihn zu untersuchen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Find a table</source>
        <translation>Tabelle suchen</translation>
    </message>
    <message>
        <source>Not connected to the node (or no agent).</source>
        <translation>Nicht mit dem Knoten verbunden (oder kein Agent).</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Unexpected reply from the agent.</source>
        <translation>Unerwartete Antwort vom Agenten.</translation>
    </message>
    <message>
        <source>%1 of %2 tables</source>
        <translation>%1 von %2 Tabellen</translation>
    </message>
    <message>
        <source>%1 tables</source>
        <translation>%1 Tabellen</translation>
    </message>
    <message numerus="yes">
        <source> (%n of Bilby&apos;s own not shown)</source>
        <translation>
            <numerusform> (%n eigene Tabelle von Bilby nicht angezeigt)</numerusform>
            <numerusform> (%n eigene Tabellen von Bilby nicht angezeigt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bilby::EtsRowModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
</context>
<context>
    <name>bilby::EtsTableModel</name>
    <message>
        <source>Double-click to inspect the owner</source>
        <translation>Doppelklicken, um den Besitzer zu untersuchen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Schutz</translation>
    </message>
</context>
<context>
    <name>bilby::EvalInput</name>
    <message>
        <source>An expression. Enter evaluates one line, Shift+Enter starts another, Ctrl+Enter evaluates them all; Up and Down recall earlier ones.</source>
        <translation>Ein Ausdruck. Eingabe wertet eine Zeile aus, Umschalt+Eingabe beginnt eine weitere, Strg+Eingabe wertet alle aus; Pfeil auf und ab holen frühere zurück.</translation>
    </message>
</context>
<context>
    <name>bilby::EvalTranscript</name>
    <message>
        <source>output cut at 256 KB</source>
        <translation>Ausgabe bei 256 KB abgeschnitten</translation>
    </message>
    <message>
        <source>** parse error: %1</source>
        <translation>** Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>value cut at 1 MB</source>
        <translation>Wert bei 1 MB abgeschnitten</translation>
    </message>
    <message>
        <source>showing the first %1 of %2 characters; Copy value copies them all</source>
        <translation>die ersten %1 von %2 Zeichen werden angezeigt; „Wert kopieren“ kopiert alle</translation>
    </message>
    <message>
        <source>bindings too large, kept the previous ones</source>
        <translation>Bindungen zu groß, die vorherigen wurden behalten</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>bilby::EvaluatorPage</name>
    <message>
        <source>stopped after %1 s: the evaluating process was killed on the node</source>
        <translation>nach %1 s abgebrochen: Der auswertende Prozess wurde auf dem Knoten beendet</translation>
    </message>
    <message>
        <source>Forget bindings</source>
        <translation>Bindungen verwerfen</translation>
    </message>
    <message>
        <source>Unbind every variable of this language&apos;s session, like the shell&apos;s f()</source>
        <translation>Alle Variablen der Sitzung dieser Sprache freigeben, wie f() in der Shell</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy the last value, whole, to the clipboard</source>
        <translation>Den letzten Wert vollständig in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>The transcript (values and output of what you evaluate)</source>
        <translation>Die Mitschrift (Werte und Ausgaben dessen, was Sie auswerten)</translation>
    </message>
    <message>
        <source>connected again: the bindings of the previous connection are gone</source>
        <translation>erneut verbunden: Die Bindungen der vorherigen Verbindung sind verloren</translation>
    </message>
    <message>
        <source>Erlang</source>
        <translation>Erlang</translation>
    </message>
    <message>
        <source>Elixir</source>
        <translation>Elixir</translation>
    </message>
    <message>
        <source>This node has no Elixir</source>
        <translation>Dieser Knoten hat kein Elixir</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>An evaluation that takes longer is killed on the node</source>
        <translation>Eine Auswertung, die länger dauert, wird auf dem Knoten abgebrochen</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Evaluate (%1): %2</source>
        <translation>Auswerten (%1): %2</translation>
    </message>
    <message>
        <source>Not connected to the node: nothing was evaluated.</source>
        <translation>Nicht mit dem Knoten verbunden: Es wurde nichts ausgewertet.</translation>
    </message>
    <message>
        <source>Forget the evaluator&apos;s bindings (%1)</source>
        <translation>Die Bindungen des Auswerters verwerfen (%1)</translation>
    </message>
    <message>
        <source>The bindings are forgotten.</source>
        <translation>Die Bindungen wurden verworfen.</translation>
    </message>
    <message>
        <source>%1 bindings forgotten</source>
        <translation>%1-Bindungen verworfen</translation>
    </message>
    <message>
        <source>Bindings: none</source>
        <translation>Bindungen: keine</translation>
    </message>
    <message>
        <source>Bindings: %1</source>
        <translation>Bindungen: %1</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Wird ausgewertet…</translation>
    </message>
    <message>
        <source>Evaluate on the node (Ctrl+Enter)</source>
        <translation>Auf dem Knoten auswerten (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>unexpected reply: %1</source>
        <translation>unerwartete Antwort: %1</translation>
    </message>
    <message>
        <source>ok (%1)</source>
        <translation>ok (%1)</translation>
    </message>
    <message>
        <source>exception (%1)</source>
        <translation>Ausnahme (%1)</translation>
    </message>
    <message>
        <source>parse error</source>
        <translation>Syntaxfehler</translation>
    </message>
    <message>
        <source>; value cut at 1 MB</source>
        <translation>; Wert bei 1 MB abgeschnitten</translation>
    </message>
    <message>
        <source>; bindings too large, kept the previous ones</source>
        <translation>; Bindungen zu groß, die vorherigen wurden behalten</translation>
    </message>
</context>
<context>
    <name>bilby::EventFeed</name>
    <message>
        <source>No events from %1: the agent is not running there (%2).</source>
        <translation>Keine Ereignisse von %1: Der Agent läuft dort nicht (%2).</translation>
    </message>
    <message>
        <source>The agent refused to send events: %1</source>
        <translation>Der Agent hat das Senden von Ereignissen abgelehnt: %1</translation>
    </message>
    <message>
        <source>The agent answered the subscription with something unexpected.</source>
        <translation>Der Agent hat auf das Abonnement unerwartet geantwortet.</translation>
    </message>
    <message>
        <source>Could not change the event options: %1</source>
        <translation>Die Ereignisoptionen konnten nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>An event batch from %1 cannot be read: %2</source>
        <translation>Ein Ereignisstapel von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>An event from %1 cannot be read: %2</source>
        <translation>Ein Ereignis von %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>bilby::EventsQuery</name>
    <message>
        <source>(more: raise --limit or narrow the filters)</source>
        <translation>(weitere: --limit erhöhen oder die Filter einschränken)</translation>
    </message>
    <message>
        <source>there is no history file at %1.</source>
        <translation>Unter %1 gibt es keine Verlaufsdatei.</translation>
    </message>
</context>
<context>
    <name>bilby::GcAllBox</name>
    <message>
        <source>Cancelled after %1 of %2 processes in %3 s.</source>
        <translation>Nach %1 von %2 Prozessen in %3 s abgebrochen.</translation>
    </message>
    <message>
        <source>Collected %1 of %2 processes in %3 s.</source>
        <translation>Garbage Collection für %1 von %2 Prozessen in %3 s ausgeführt.</translation>
    </message>
    <message>
        <source>Process memory %1 → %2 (%3 freed).</source>
        <translation>Prozessspeicher %1 → %2 (%3 freigegeben).</translation>
    </message>
    <message>
        <source>Process memory %1 → %2 (the node&apos;s processes grew meanwhile).</source>
        <translation>Prozessspeicher %1 → %2 (die Prozesse des Knotens sind inzwischen gewachsen).</translation>
    </message>
    <message>
        <source>Garbage-collect every process</source>
        <translation>Garbage Collection für jeden Prozess</translation>
    </message>
    <message>
        <source> processes</source>
        <translation> Prozesse</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Start…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop after the batch being collected</source>
        <translation>Nach dem gerade bearbeiteten Stapel aufhören</translation>
    </message>
    <message>
        <source>%v of %m processes</source>
        <translation>%v von %m Prozessen</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Stapelgröße</translation>
    </message>
    <message>
        <source>Pause between batches</source>
        <translation>Pause zwischen Stapeln</translation>
    </message>
    <message>
        <source>Collecting every process at once stalls a node; a batch at a time with a pause between batches spreads the work out.</source>
        <translation>Eine Garbage Collection aller Prozesse auf einmal legt einen Knoten lahm; stapelweise, mit einer Pause zwischen den Stapeln, verteilt sich die Arbeit.</translation>
    </message>
    <message>
        <source>Garbage-Collect Every Process</source>
        <translation>Garbage Collection für jeden Prozess</translation>
    </message>
    <message>
        <source>This collects every process on %1, %2 at a time, with %3 ms between batches.</source>
        <translation>Damit wird für jeden Prozess auf %1 eine Garbage Collection ausgeführt, jeweils %2 auf einmal, mit %3 ms zwischen den Stapeln.</translation>
    </message>
    <message>
        <source>Each collection stops its process while it runs, and a large node takes a while; Cancel stops the walk between two batches.</source>
        <translation>Jede Garbage Collection hält ihren Prozess an, solange sie läuft, und ein großer Knoten braucht eine Weile; „Abbrechen“ beendet den Durchlauf zwischen zwei Stapeln.</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Garbage collect every process (%1 at a time, %2 ms apart)</source>
        <translation>Garbage Collection für jeden Prozess (jeweils %1, im Abstand von %2 ms)</translation>
    </message>
    <message>
        <source>Collecting…</source>
        <translation>Garbage Collection läuft…</translation>
    </message>
    <message>
        <source>Unexpected reply from the agent.</source>
        <translation>Unerwartete Antwort vom Agenten.</translation>
    </message>
    <message>
        <source>Not connected to the node: nothing was done.</source>
        <translation>Nicht mit dem Knoten verbunden: Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>Abbruch nach dem aktuellen Stapel…</translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation>Abbrechen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Nothing to cancel: the collection is ending.</source>
        <translation>Nichts abzubrechen: Die Garbage Collection endet gerade.</translation>
    </message>
    <message>
        <source>Collect every process (asks first)</source>
        <translation>Garbage Collection für jeden Prozess (mit Rückfrage)</translation>
    </message>
</context>
<context>
    <name>bilby::InspectorSection</name>
    <message>
        <source>This process&apos;s messages</source>
        <translation>Die Nachrichten dieses Prozesses</translation>
    </message>
    <message>
        <source>This process&apos;s dictionary</source>
        <translation>Das Dictionary dieses Prozesses</translation>
    </message>
    <message>
        <source>This process&apos;s state</source>
        <translation>Der Zustand dieses Prozesses</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Dictionary</source>
        <translation>Dictionary</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <source>Sensitive: read only when you open this tab</source>
        <translation>Sensibel: wird erst gelesen, wenn Sie diesen Tab öffnen</translation>
    </message>
    <message>
        <source>The mailbox is empty.</source>
        <translation>Die Mailbox ist leer.</translation>
    </message>
    <message>
        <source>%1 messages waiting; the first %2 are shown, each cut at 4 KB.</source>
        <translation>%1 Nachrichten warten; die ersten %2 werden angezeigt, jede bei 4 KB abgeschnitten.</translation>
    </message>
    <message>
        <source>#%1 (%2 bytes)
%3

</source>
        <translation>#%1 (%2 Bytes)
%3

</translation>
    </message>
    <message>
        <source>%1 entries; the first %2 are shown.</source>
        <translation>%1 Einträge; die ersten %2 werden angezeigt.</translation>
    </message>
    <message>
        <source>%1 entries.</source>
        <translation>%1 Einträge.</translation>
    </message>
    <message>
        <source>State of %1 bytes, from sys:get_state (shown cut at 64 KB).</source>
        <translation>Zustand mit %1 Bytes, aus sys:get_state (Anzeige bei 64 KB abgeschnitten).</translation>
    </message>
    <message>
        <source>The current stack, innermost call first.</source>
        <translation>Der aktuelle Stack, innerster Aufruf zuerst.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Erneut lesen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>bilby::LiveNodeLink</name>
    <message>
        <source>Not connected to the node.</source>
        <translation>Nicht mit dem Knoten verbunden.</translation>
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
        <source>Remove Node</source>
        <translation>Knoten entfernen</translation>
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
    <message>
        <source>&amp;Alarms</source>
        <translation>&amp;Alarme</translation>
    </message>
    <message>
        <source>N&amp;otifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>Record System Monitor &amp;Events</source>
        <translation>System-Monitor-&amp;Ereignisse aufzeichnen</translation>
    </message>
    <message>
        <source>Add each long garbage collection, long schedule, large heap and busy port to the timeline (at most 10 a second per node)</source>
        <translation>Jede lange Garbage Collection, jedes lange Scheduling, jeden großen Heap und jeden Busy-Port in die Zeitleiste aufnehmen (höchstens 10 pro Sekunde und Knoten)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Node</source>
        <translation>&amp;Knoten</translation>
    </message>
    <message>
        <source>%1, read-only</source>
        <translation>%1, schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>bilby::ManagedNode</name>
    <message>
        <source>The cookie of this node could not be read (%1). Remove the node and add it again.</source>
        <translation>Das Cookie dieses Knotens konnte nicht gelesen werden (%1). Entfernen Sie den Knoten und fügen Sie ihn erneut hinzu.</translation>
    </message>
    <message>
        <source>%1 on %2: done</source>
        <translation>%1 auf %2: erledigt</translation>
    </message>
    <message>
        <source>%1 on %2: failed</source>
        <translation>%1 auf %2: fehlgeschlagen</translation>
    </message>
    <message>
        <source>Read-only turned on</source>
        <translation>Schreibschutz eingeschaltet</translation>
    </message>
    <message>
        <source>Read-only turned off</source>
        <translation>Schreibschutz ausgeschaltet</translation>
    </message>
    <message>
        <source>Applies when the node is connected.</source>
        <translation>Gilt, sobald der Knoten verbunden ist.</translation>
    </message>
    <message>
        <source>The agent refuses every request that changes the node.</source>
        <translation>Der Agent lehnt jede Anfrage ab, die den Knoten verändert.</translation>
    </message>
    <message>
        <source>The agent accepts requests that change the node.</source>
        <translation>Der Agent nimmt Anfragen an, die den Knoten verändern.</translation>
    </message>
    <message>
        <source>Unexpected reply: %1</source>
        <translation>Unerwartete Antwort: %1</translation>
    </message>
</context>
<context>
    <name>bilby::MetricBrowser</name>
    <message>
        <source>%1: not a built-in metric.</source>
        <translation>%1: keine eingebaute Metrik.</translation>
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
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Limits: processes, ports, atoms, ETS</source>
        <translation>Limits: Prozesse, Ports, Atome, ETS</translation>
    </message>
    <message>
        <source>Runtime: work, garbage collection, I/O</source>
        <translation>Laufzeit: Arbeit, Garbage Collection, E/A</translation>
    </message>
    <message>
        <source>Schedulers</source>
        <translation>Scheduler</translation>
    </message>
    <message>
        <source>System monitor</source>
        <translation>System-Monitor</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Ports and sockets</source>
        <translation>Ports und Sockets</translation>
    </message>
    <message>
        <source>Memory allocators</source>
        <translation>Speicher-Allokatoren</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Mnesia</source>
        <translation>Mnesia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>%1
%2
Unit: %3</source>
        <translation>%1
%2
Einheit: %3</translation>
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
        <translation>s</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>after the first background scan</source>
        <translation>nach dem ersten Hintergrund-Scan</translation>
    </message>
    <message>
        <source>unless another system monitor is set on the node</source>
        <translation>sofern auf dem Knoten kein anderer System-Monitor gesetzt ist</translation>
    </message>
    <message>
        <source>when os_mon runs (cpu_sup)</source>
        <translation>wenn os_mon läuft (cpu_sup)</translation>
    </message>
    <message>
        <source>when os_mon runs (memsup) and the OS reports it</source>
        <translation>wenn os_mon läuft (memsup) und das Betriebssystem den Wert liefert</translation>
    </message>
    <message>
        <source>when os_mon runs (disksup), first 32 mounts</source>
        <translation>wenn os_mon läuft (disksup), die ersten 32 Einhängepunkte</translation>
    </message>
    <message>
        <source>when Mnesia runs</source>
        <translation>wenn Mnesia läuft</translation>
    </message>
    <message>
        <source>when Mnesia runs, per local table, first 100 by name</source>
        <translation>wenn Mnesia läuft, pro lokaler Tabelle, die ersten 100 nach Name</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>per connected visible node over TCP distribution, first 64 by name</source>
        <translation>pro verbundenem sichtbarem Knoten über TCP-Distribution, die ersten 64 nach Name</translation>
    </message>
    <message>
        <source>on Linux (/proc)</source>
        <translation>unter Linux (/proc)</translation>
    </message>
</context>
<context>
    <name>bilby::MetricDb</name>
    <message>
        <source>The history file %1 uses an older format; open it once with Bilby or bilby-cli collect to upgrade it.</source>
        <translation>Die Verlaufsdatei %1 hat ein älteres Format; öffnen Sie sie einmal mit Bilby oder bilby-cli collect, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>The SQLite library Bilby runs with has no full-text search (FTS5), which the history file %1 needs for notifications. Install a SQLite built with FTS5 (Debian&apos;s and most others are).</source>
        <translation>Die SQLite-Bibliothek, mit der Bilby läuft, hat keine Volltextsuche (FTS5), die die Verlaufsdatei %1 für Benachrichtigungen braucht. Installieren Sie ein SQLite mit FTS5 (das von Debian und die meisten anderen haben sie).</translation>
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
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>bilby::MetricLabel</name>
    <message>
        <source>atom</source>
        <translation>Atome</translation>
    </message>
    <message>
        <source>atom count</source>
        <translation>Anzahl Atome</translation>
    </message>
    <message>
        <source>atom limit</source>
        <translation>Atom-Limit</translation>
    </message>
    <message>
        <source>atom used</source>
        <translation>Atome belegt</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>Binärdaten</translation>
    </message>
    <message>
        <source>blocks bytes</source>
        <translation>Blöcke (Bytes)</translation>
    </message>
    <message>
        <source>buffered</source>
        <translation>gepuffert</translation>
    </message>
    <message>
        <source>busy dist port</source>
        <translation>Distribution-Port ausgelastet</translation>
    </message>
    <message>
        <source>busy port</source>
        <translation>Port ausgelastet</translation>
    </message>
    <message>
        <source>bytes in</source>
        <translation>Bytes empfangen</translation>
    </message>
    <message>
        <source>bytes out</source>
        <translation>Bytes gesendet</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>im Cache</translation>
    </message>
    <message>
        <source>carriers bytes</source>
        <translation>Carrier (Bytes)</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <source>context switches</source>
        <translation>Kontextwechsel</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>cpu</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>cpu time s</source>
        <translation>CPU-Zeit (s)</translation>
    </message>
    <message>
        <source>dirty cpu</source>
        <translation>Dirty-CPU</translation>
    </message>
    <message>
        <source>dirty io</source>
        <translation>Dirty-I/O</translation>
    </message>
    <message>
        <source>disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <source>ets</source>
        <translation>ETS</translation>
    </message>
    <message>
        <source>ets count</source>
        <translation>Anzahl ETS-Tabellen</translation>
    </message>
    <message>
        <source>ets limit</source>
        <translation>ETS-Limit</translation>
    </message>
    <message>
        <source>failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>fd limit</source>
        <translation>Dateideskriptor-Limit</translation>
    </message>
    <message>
        <source>fds</source>
        <translation>Dateideskriptoren</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>gc count</source>
        <translation>Garbage Collections</translation>
    </message>
    <message>
        <source>gc reclaimed bytes</source>
        <translation>von GC freigegebene Bytes</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gehalten</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>hidden peers</source>
        <translation>verborgene Gegenstellen</translation>
    </message>
    <message>
        <source>io in bytes</source>
        <translation>E/A-Bytes gelesen</translation>
    </message>
    <message>
        <source>io out bytes</source>
        <translation>E/A-Bytes geschrieben</translation>
    </message>
    <message>
        <source>large heap</source>
        <translation>großer Heap</translation>
    </message>
    <message>
        <source>load1</source>
        <translation>Last 1 min</translation>
    </message>
    <message>
        <source>load15</source>
        <translation>Last 15 min</translation>
    </message>
    <message>
        <source>load5</source>
        <translation>Last 5 min</translation>
    </message>
    <message>
        <source>locks</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>log writes</source>
        <translation>Log-Schreibvorgänge</translation>
    </message>
    <message>
        <source>long gc</source>
        <translation>lange GC</translation>
    </message>
    <message>
        <source>long schedule</source>
        <translation>langes Scheduling</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>memory bytes</source>
        <translation>Speicher (Bytes)</translation>
    </message>
    <message>
        <source>memory max</source>
        <translation>Speicher maximal</translation>
    </message>
    <message>
        <source>message queue max</source>
        <translation>Nachrichtenwarteschlange maximal</translation>
    </message>
    <message>
        <source>message queue sum</source>
        <translation>Nachrichtenwarteschlangen gesamt</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>peers</source>
        <translation>Gegenstellen</translation>
    </message>
    <message>
        <source>port count</source>
        <translation>Anzahl Ports</translation>
    </message>
    <message>
        <source>port limit</source>
        <translation>Port-Limit</translation>
    </message>
    <message>
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>process count</source>
        <translation>Anzahl Prozesse</translation>
    </message>
    <message>
        <source>process limit</source>
        <translation>Prozess-Limit</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>processes used</source>
        <translation>Prozesse belegt</translation>
    </message>
    <message>
        <source>queue bytes</source>
        <translation>Warteschlange (Bytes)</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <source>reductions</source>
        <translation>Reduktionen</translation>
    </message>
    <message>
        <source>resident bytes</source>
        <translation>residenter Speicher (Bytes)</translation>
    </message>
    <message>
        <source>restarts</source>
        <translation>Neustarts</translation>
    </message>
    <message>
        <source>run queue</source>
        <translation>Run-Queue</translation>
    </message>
    <message>
        <source>sctp</source>
        <translation>SCTP</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>size bytes</source>
        <translation>Größe (Bytes)</translation>
    </message>
    <message>
        <source>swap free</source>
        <translation>Swap frei</translation>
    </message>
    <message>
        <source>swap total</source>
        <translation>Swap gesamt</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>system total</source>
        <translation>System gesamt</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>tcp</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>udp</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>uptime s</source>
        <translation>Laufzeit (s)</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>used percent</source>
        <translation>belegt (%)</translation>
    </message>
    <message>
        <source>utilisation</source>
        <translation>Auslastung</translation>
    </message>
</context>
<context>
    <name>bilby::MetricStore</name>
    <message>
        <source>No history file is open.</source>
        <translation>Es ist keine Verlaufsdatei geöffnet.</translation>
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
    <name>bilby::NodeHealth</name>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>The agent&apos;s health answer is not a map: %1</source>
        <translation>Die Zustandsantwort des Agenten ist keine Map: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is loaded before %2, an application that is not loaded: %n module(s) (%3)</source>
        <translation>
            <numerusform>%1 wird vor %2 geladen, einer Anwendung, die nicht geladen ist: %n Modul (%3)</numerusform>
            <numerusform>%1 wird vor %2 geladen, einer Anwendung, die nicht geladen ist: %n Module (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is loaded before %2: %n module(s) (%3)</source>
        <translation>
            <numerusform>%1 wird vor %2 geladen: %n Modul (%3)</numerusform>
            <numerusform>%1 wird vor %2 geladen: %n Module (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bilby::NodeMarksActions</name>
    <message>
        <source>&amp;Production Node</source>
        <translation>&amp;Produktionsknoten</translation>
    </message>
    <message>
        <source>&amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt</translation>
    </message>
    <message>
        <source>Read-Only as in &amp;Preferences</source>
        <translation>Schreibschutz &amp;wie in den Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Log Events in the Timeline</source>
        <translation>&amp;Log-Ereignisse in der Zeitleiste</translation>
    </message>
    <message>
        <source>Which of the node&apos;s log events go into the timeline</source>
        <translation>Welche Log-Ereignisse des Knotens in die Zeitleiste aufgenommen werden</translation>
    </message>
    <message>
        <source>&amp;Warnings and Errors (Default)</source>
        <translation>&amp;Warnungen und Fehler (Standard)</translation>
    </message>
    <message>
        <source>From &amp;Notices: What the Application Reports</source>
        <translation>Ab &amp;Hinweisen: was die Anwendung meldet</translation>
    </message>
    <message>
        <source>From &amp;Info: Everything but Debug</source>
        <translation>Ab &amp;Info: alles außer Debug</translation>
    </message>
    <message>
        <source>Mark the node as production: read-only while the preference says so</source>
        <translation>Den Knoten als Produktionsknoten markieren: schreibgeschützt, solange die Einstellung es vorsieht</translation>
    </message>
    <message>
        <source>The node&apos;s agent refuses every request that changes the node</source>
        <translation>Der Agent des Knotens lehnt jede Anfrage ab, die den Knoten verändert</translation>
    </message>
    <message>
        <source>Drop this node&apos;s own read-only choice and follow the preference again</source>
        <translation>Die eigene Schreibschutz-Wahl dieses Knotens verwerfen und wieder der Einstellung folgen</translation>
    </message>
    <message>
        <source>Allow Changes</source>
        <translation>Änderungen zulassen</translation>
    </message>
    <message>
        <source>Allow changes to the production node %1?</source>
        <translation>Änderungen am Produktionsknoten %1 zulassen?</translation>
    </message>
    <message>
        <source>Bilby&apos;s tools will be able to kill processes, run garbage collections and change the node in other ways. Every action is recorded in the timeline.</source>
        <translation>Bilbys Werkzeuge können dann Prozesse beenden, Garbage Collections ausführen und den Knoten auf andere Weise verändern. Jede Aktion wird in der Zeitleiste aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>bilby::NodeMarksProxyModel</name>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (Produktion)</translation>
    </message>
    <message>
        <source>Production node</source>
        <translation>Produktionsknoten</translation>
    </message>
    <message>
        <source>Read-only: tools cannot change this node</source>
        <translation>Schreibgeschützt: Werkzeuge können diesen Knoten nicht verändern</translation>
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
        <translation>Ein Knotenname hat die Form alive@host, zum Beispiel myapp@127.0.0.1.</translation>
    </message>
    <message>
        <source>The part before &apos;@&apos; may only hold letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Der Teil vor „@“ darf nur Buchstaben, Ziffern, „_“ und „-“ enthalten.</translation>
    </message>
    <message>
        <source>The host after &apos;@&apos; is not a valid host name or address.</source>
        <translation>Der Host nach „@“ ist kein gültiger Hostname und keine gültige Adresse.</translation>
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
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>ETS</source>
        <translation>ETS</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Auswerter</translation>
    </message>
    <message>
        <source>Node actions</source>
        <translation>Knotenaktionen</translation>
    </message>
    <message>
        <source>loaded, read-only</source>
        <translation>geladen, schreibgeschützt</translation>
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
        <translation>Die Sitzung läuft nicht.</translation>
    </message>
</context>
<context>
    <name>bilby::NodeWatch</name>
    <message>
        <source>%1 restarted since the last connection</source>
        <translation>%1 wurde seit der letzten Verbindung neu gestartet</translation>
    </message>
    <message>
        <source>Agent removed from %1: the console disconnected</source>
        <translation>Agent von %1 entfernt: Die Konsole hat die Verbindung getrennt</translation>
    </message>
    <message>
        <source>%1 is down: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Connected to %1 (OTP %2)</source>
        <translation>Verbunden mit %1 (OTP %2)</translation>
    </message>
    <message>
        <source>Loaded: %1
Already there: %2</source>
        <translation>Geladen: %1
Bereits vorhanden: %2</translation>
    </message>
    <message>
        <source>Agent loaded on %1</source>
        <translation>Agent auf %1 geladen</translation>
    </message>
    <message>
        <source>No agent on %1: %2</source>
        <translation>Kein Agent auf %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of modules on %1 found twice in the code path, affecting nothing running</source>
        <translation>
            <numerusform>%n Modulgruppe auf %1 kommt doppelt im Codepfad vor, betrifft aber nichts Laufendes</numerusform>
            <numerusform>%n Modulgruppen auf %1 kommen doppelt im Codepfad vor, betreffen aber nichts Laufendes</numerusform>
        </translation>
    </message>
    <message>
        <source>The agent stopped and its code was unloaded: nothing of Bilby&apos;s runs on the node.</source>
        <translation>Der Agent wurde beendet und sein Code entladen: Auf dem Knoten läuft nichts mehr von Bilby.</translation>
    </message>
    <message>
        <source>Agent stopped on %1: the console disconnected; its code stays for another Bilby console</source>
        <translation>Agent auf %1 beendet: Die Konsole hat die Verbindung getrennt; sein Code bleibt für eine andere Bilby-Konsole erhalten</translation>
    </message>
    <message>
        <source>Another console&apos;s agent still runs on the node; the last one to leave removes the code.</source>
        <translation>Auf dem Knoten läuft noch der Agent einer anderen Konsole; wer zuletzt geht, entfernt den Code.</translation>
    </message>
    <message>
        <source>The agent on %1 did not confirm its removal: %2</source>
        <translation>Der Agent auf %1 hat seine Entfernung nicht bestätigt: %2</translation>
    </message>
    <message>
        <source>The agent removes itself when it sees the console&apos;s connection close; on the node, code:is_loaded(bilby_agent) tells whether its code is still there.</source>
        <translation>Der Agent entfernt sich selbst, sobald er bemerkt, dass die Verbindung der Konsole geschlossen wird; auf dem Knoten zeigt code:is_loaded(bilby_agent), ob sein Code noch vorhanden ist.</translation>
    </message>
</context>
<context>
    <name>bilby::NodeWorker</name>
    <message>
        <source>Not connected to the node.</source>
        <translation>Nicht mit dem Knoten verbunden.</translation>
    </message>
    <message>
        <source>The session was stopped.</source>
        <translation>Die Sitzung wurde beendet.</translation>
    </message>
    <message>
        <source>The agent is not running on this node.</source>
        <translation>Der Agent läuft auf diesem Knoten nicht.</translation>
    </message>
    <message>
        <source>The node stopped answering (nothing received for %1 s): it may be frozen or overloaded.</source>
        <translation>Der Knoten antwortet nicht mehr (seit %1 s nichts empfangen): Er ist möglicherweise eingefroren oder überlastet.</translation>
    </message>
    <message>
        <source>The node sent a reply that cannot be read: %1</source>
        <translation>Der Knoten hat eine Antwort gesendet, die nicht gelesen werden kann: %1</translation>
    </message>
    <message>
        <source>Unreadable message from the node: %1</source>
        <translation>Unlesbare Nachricht vom Knoten: %1</translation>
    </message>
    <message>
        <source>The request took too long; the agent stopped it on the node.</source>
        <translation>Die Anfrage hat zu lange gedauert; der Agent hat sie auf dem Knoten abgebrochen.</translation>
    </message>
    <message>
        <source>Unexpected reply from the agent.</source>
        <translation>Unerwartete Antwort vom Agenten.</translation>
    </message>
    <message>
        <source>The node did not answer in time.</source>
        <translation>Der Knoten hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The result is too large to send (%1 bytes; the limit is %2). Nothing was sent.</source>
        <translation>Das Ergebnis ist zu groß zum Senden (%1 Bytes; das Limit ist %2). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The node stopped: it shut down in order (init:stop, or its own stop command). Bilby connects again when it is started.</source>
        <translation>Der Knoten wurde beendet: Er wurde geordnet heruntergefahren (init:stop oder sein eigener Stopp-Befehl). Bilby verbindet sich erneut, sobald er gestartet wird.</translation>
    </message>
    <message>
        <source>The node closed the connection without shutting down in order: it was killed or crashed, or its network failed. Bilby connects again when it is back.</source>
        <translation>Der Knoten hat die Verbindung geschlossen, ohne geordnet herunterzufahren: Er wurde zwangsweise beendet oder ist abgestürzt, oder sein Netzwerk ist ausgefallen. Bilby verbindet sich erneut, sobald er wieder da ist.</translation>
    </message>
    <message>
        <source>Refused: this node is read-only, and the agent does not change it. Turn read-only off for this node if the change is intended.</source>
        <translation>Abgelehnt: Dieser Knoten ist schreibgeschützt, und der Agent verändert ihn nicht. Schalten Sie den Schreibschutz für diesen Knoten aus, wenn die Änderung beabsichtigt ist.</translation>
    </message>
    <message>
        <source>Stopped on the node: the request needed more memory than the agent allows one request (64 MB of heap; 256 MB for an evaluation). Nothing else was affected.</source>
        <translation>Auf dem Knoten abgebrochen: Die Anfrage benötigte mehr Speicher, als der Agent einer einzelnen Anfrage erlaubt (64 MB Heap; 256 MB für eine Auswertung). Sonst war nichts betroffen.</translation>
    </message>
    <message>
        <source>The agent is running as many requests as it allows; try again in a moment.</source>
        <translation>Der Agent bearbeitet bereits so viele Anfragen, wie er zulässt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>it was still removing its code when the console left, and finishes on its own</source>
        <translation>er entfernte noch seinen Code, als die Konsole ging, und beendet das selbstständig</translation>
    </message>
</context>
<context>
    <name>bilby::Notification</name>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>System monitor</source>
        <translation>System-Monitor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
</context>
<context>
    <name>bilby::NotificationFilterBar</name>
    <message>
        <source>All nodes</source>
        <translation>Alle Knoten</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>%1 and worse</source>
        <translation>%1 und höher</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Search text and details…</source>
        <translation>Text und Details durchsuchen…</translation>
    </message>
</context>
<context>
    <name>bilby::NotificationTableModel</name>
    <message>
        <source>(console)</source>
        <translation>(Konsole)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>bilby::NotificationsPage</name>
    <message>
        <source>Show the entries that arrived while you were reading</source>
        <translation>Die Einträge anzeigen, die beim Lesen eingetroffen sind</translation>
    </message>
    <message>
        <source>The timeline is in memory only: the history file is not available, so this page shows the last %L1 entries of this session.</source>
        <translation>Die Zeitleiste liegt nur im Speicher: Die Verlaufsdatei ist nicht verfügbar, daher zeigt diese Seite die letzten %L1 Einträge dieser Sitzung.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln new: show the newest</source>
        <translation>
            <numerusform>Mehr als %Ln neuer Eintrag: die neuesten anzeigen</numerusform>
            <numerusform>Mehr als %Ln neue Einträge: die neuesten anzeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new: show them</source>
        <translation>
            <numerusform>%Ln neuer Eintrag: anzeigen</numerusform>
            <numerusform>%Ln neue Einträge: anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1   %2   %3   %4</source>
        <translation>%1   %2   %3   %4</translation>
    </message>
    <message>
        <source>(console)</source>
        <translation>(Konsole)</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No notification matches.</source>
        <translation>Keine passende Benachrichtigung.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries shown; scroll down for older ones.</source>
        <translation>
            <numerusform>%Ln Eintrag angezeigt; für ältere nach unten scrollen.</numerusform>
            <numerusform>%Ln Einträge angezeigt; für ältere nach unten scrollen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries shown, the oldest included.</source>
        <translation>
            <numerusform>%Ln Eintrag angezeigt, einschließlich des ältesten.</numerusform>
            <numerusform>%Ln Einträge angezeigt, einschließlich des ältesten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bilby::OldCodeBox</name>
    <message>
        <source>Old code</source>
        <translation>Alter Code</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>List the modules with old code and the processes that still run it</source>
        <translation>Die Module mit altem Code und die Prozesse auflisten, die ihn noch ausführen</translation>
    </message>
    <message>
        <source>Soft purge…</source>
        <translation>Soft-Purge…</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Double-click a process to inspect it</source>
        <translation>Doppelklicken Sie auf einen Prozess, um ihn zu untersuchen</translation>
    </message>
    <message>
        <source>still runs the old code</source>
        <translation>führt noch den alten Code aus</translation>
    </message>
    <message>
        <source>Looking for old code…</source>
        <translation>Suche nach altem Code…</translation>
    </message>
    <message>
        <source>no process runs it</source>
        <translation>kein Prozess führt ihn aus</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) run it</source>
        <translation>
            <numerusform>%n Prozess führt ihn aus</numerusform>
            <numerusform>%n Prozesse führen ihn aus</numerusform>
        </translation>
    </message>
    <message>
        <source>No module has old code.</source>
        <translation>Kein Modul hat alten Code.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) with old code.</source>
        <translation>
            <numerusform>%n Modul mit altem Code.</numerusform>
            <numerusform>%n Module mit altem Code.</numerusform>
        </translation>
    </message>
    <message>
        <source>Soft Purge Old Code</source>
        <translation>Soft-Purge für alten Code</translation>
    </message>
    <message>
        <source>Soft-purge the old code of every module on %1?</source>
        <translation>Den alten Code aller Module auf %1 per Soft-Purge entfernen?</translation>
    </message>
    <message>
        <source>Old code that no process runs any more is removed. Modules whose old code is still in use are kept and listed: a soft purge never kills a process.</source>
        <translation>Alter Code, den kein Prozess mehr ausführt, wird entfernt. Module, deren alter Code noch verwendet wird, bleiben erhalten und werden aufgelistet: Ein Soft-Purge beendet nie einen Prozess.</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Soft purge old code</source>
        <translation>Alten Code per Soft-Purge entfernen</translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <source>Unexpected reply from the agent.</source>
        <translation>Unerwartete Antwort vom Agenten.</translation>
    </message>
    <message>
        <source>Nothing purged.</source>
        <translation>Nichts entfernt.</translation>
    </message>
    <message>
        <source>Purged %1.</source>
        <translation>Entfernt: %1.</translation>
    </message>
    <message>
        <source>Kept %1: its old code still runs in %2.</source>
        <translation>%1 behalten: Sein alter Code läuft noch in %2.</translation>
    </message>
    <message>
        <source>purged</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>kept: still in use</source>
        <translation>behalten: noch in Gebrauch</translation>
    </message>
    <message numerus="yes">
        <source>Purged %n module(s): %1.</source>
        <translation>
            <numerusform>%n Modul entfernt: %1.</numerusform>
            <numerusform>%n Module entfernt: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove old code no process runs (asks first)</source>
        <translation>Alten Code entfernen, den kein Prozess ausführt (mit Rückfrage)</translation>
    </message>
</context>
<context>
    <name>bilby::OwnFootprint</name>
    <message>
        <source>Bilby&apos;s own</source>
        <translation>Bilbys eigene</translation>
    </message>
    <message>
        <source>Also list what Bilby&apos;s agent itself uses on the node (left out by default)</source>
        <translation>Auch auflisten, was Bilbys Agent selbst auf dem Knoten belegt (standardmäßig ausgelassen)</translation>
    </message>
</context>
<context>
    <name>bilby::PortTableModel</name>
    <message>
        <source>Double-click to inspect the owner</source>
        <translation>Doppelklicken, um den Besitzer zu untersuchen</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1  Bilby&apos;s connection</source>
        <translation>%1  Verbindung von Bilby</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes empfangen</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes gesendet</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Lokale Adresse</translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation>Gegenadresse</translation>
    </message>
    <message>
        <source>OS pid</source>
        <translation>OS-PID</translation>
    </message>
</context>
<context>
    <name>bilby::PortsPage</name>
    <message>
        <source>Double-click or press Enter to inspect the process that owns the port</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um den Prozess zu untersuchen, dem der Port gehört</translation>
    </message>
    <message>
        <source>Filter: type, address, owner or name</source>
        <translation>Filter: Typ, Adresse, Besitzer oder Name</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>showing %1 of %2 (ranked by bytes moved) · %3</source>
        <translation>%1 von %2 angezeigt (nach übertragenen Bytes) · %3</translation>
    </message>
    <message>
        <source>%1 ports and sockets · %2</source>
        <translation>%1 Ports und Sockets · %2</translation>
    </message>
    <message>
        <source> · Bilby&apos;s own connection not shown</source>
        <translation> · Bilbys eigene Verbindung nicht angezeigt</translation>
    </message>
    <message>
        <source>%1 The list is from %2.</source>
        <translation>%1 Die Liste ist von %2.</translation>
    </message>
    <message>
        <source>The agent is not running on this node (%1): the port list needs it.</source>
        <translation>Der Agent läuft auf diesem Knoten nicht (%1): Die Port-Liste benötigt ihn.</translation>
    </message>
    <message>
        <source>The node is down: %1</source>
        <translation>Der Knoten ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Not connected to the node.</source>
        <translation>Nicht mit dem Knoten verbunden.</translation>
    </message>
    <message>
        <source>Unexpected reply from the agent.</source>
        <translation>Unerwartete Antwort vom Agenten.</translation>
    </message>
</context>
<context>
    <name>bilby::PreferencesDialog</name>
    <message>
        <source>Read-only for nodes marked &amp;production (recommended)</source>
        <translation>Schreibschutz für als &amp;Produktion markierte Knoten (empfohlen)</translation>
    </message>
    <message>
        <source>Read-only for &amp;all nodes</source>
        <translation>Schreibschutz für &amp;alle Knoten</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>A read-only node&apos;s agent refuses every request that changes the node: killing processes, garbage collections, evaluating code. A node&apos;s own choice (Node menu) comes before these.</source>
        <translation>Der Agent eines schreibgeschützten Knotens lehnt jede Anfrage ab, die den Knoten verändert: Prozesse beenden, Garbage Collections, Code auswerten. Die eigene Wahl eines Knotens (Menü „Knoten“) hat Vorrang vor diesen Einstellungen.</translation>
    </message>
    <message>
        <source>Read-only mode</source>
        <translation>Schreibschutz</translation>
    </message>
</context>
<context>
    <name>bilby::ProcessActions</name>
    <message>
        <source>Terminate process %1 (reason %2)</source>
        <translation>Prozess %1 beenden (Grund %2)</translation>
    </message>
    <message>
        <source>The process ended (%1).</source>
        <translation>Der Prozess wurde beendet (%1).</translation>
    </message>
    <message>
        <source>The process is still running a second later: it traps exits. The reason kill ends it.</source>
        <translation>Der Prozess läuft eine Sekunde später noch: Er fängt Exits ab. Der Grund kill beendet ihn.</translation>
    </message>
    <message>
        <source>Garbage collect process %1</source>
        <translation>Garbage Collection für Prozess %1</translation>
    </message>
    <message>
        <source>Memory %1 before, %2 after.</source>
        <translation>Speicher vorher %1, nachher %2.</translation>
    </message>
    <message>
        <source>Collected; the process exited meanwhile (it held %1).</source>
        <translation>Garbage Collection ausgeführt; der Prozess wurde inzwischen beendet (er belegte %1).</translation>
    </message>
</context>
<context>
    <name>bilby::ProcessInfoHtml</name>
    <message>
        <source> (%1 bytes)</source>
        <translation> (%1 Bytes)</translation>
    </message>
    <message>
        <source>%1 words (%2)</source>
        <translation>%1 Wörter (%2)</translation>
    </message>
    <message>
        <source> (the first %1 of %2)</source>
        <translation> (die ersten %1 von %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>bilby::ProcessInspector</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>bilby::ProcessInspectorView</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>No process inspected</source>
        <translation>Kein Prozess untersucht</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>Beenden…</translation>
    </message>
    <message>
        <source>Garbage collect</source>
        <translation>Garbage Collection</translation>
    </message>
    <message>
        <source>Double-click a process in the list to inspect it.</source>
        <translation>Doppelklicken Sie auf einen Prozess in der Liste, um ihn zu untersuchen.</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Not read: this section is read only on request.</source>
        <translation>Nicht gelesen: Dieser Abschnitt wird nur auf Anfrage gelesen.</translation>
    </message>
    <message>
        <source>Not connected to the node: showing what was read last.</source>
        <translation>Nicht mit dem Knoten verbunden: Angezeigt wird, was zuletzt gelesen wurde.</translation>
    </message>
    <message>
        <source>Not connected to the node.</source>
        <translation>Nicht mit dem Knoten verbunden.</translation>
    </message>
    <message>
        <source>Read a Long Mailbox</source>
        <translation>Lange Mailbox lesen</translation>
    </message>
    <message>
        <source>%1 has %2 messages waiting. Read the first %3?</source>
        <translation>Bei %1 warten %2 Nachrichten. Die ersten %3 lesen?</translation>
    </message>
    <message>
        <source>A node cannot read part of a mailbox: reading copies the whole mailbox on the node, which costs memory and time on a process that is already behind.</source>
        <translation>Ein Knoten kann keinen Teil einer Mailbox lesen: Beim Lesen wird die ganze Mailbox auf dem Knoten kopiert, was Speicher und Zeit kostet, und das bei einem Prozess, der ohnehin im Rückstand ist.</translation>
    </message>
    <message>
        <source>Not connected to the node: nothing was done.</source>
        <translation>Nicht mit dem Knoten verbunden: Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>The process has exited. What is shown is what was read last.</source>
        <translation>Der Prozess wurde beendet. Angezeigt wird, was zuletzt gelesen wurde.</translation>
    </message>
    <message>
        <source>The process has exited.</source>
        <translation>Der Prozess wurde beendet.</translation>
    </message>
    <message>
        <source>This node is read-only: the console does not change it.</source>
        <translation>Dieser Knoten ist schreibgeschützt: Die Konsole verändert ihn nicht.</translation>
    </message>
    <message>
        <source>Send the process an exit signal (asks first)</source>
        <translation>Dem Prozess ein Exit-Signal senden (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Garbage-collect this process now</source>
        <translation>Jetzt eine Garbage Collection für diesen Prozess ausführen</translation>
    </message>
    <message>
        <source>Unexpected reply from the agent.</source>
        <translation>Unerwartete Antwort vom Agenten.</translation>
    </message>
</context>
<context>
    <name>bilby::ProcessTopModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 since the previous refresh, %2 since the process started</source>
        <translation>%1 seit der vorigen Aktualisierung, %2 seit dem Start des Prozesses</translation>
    </message>
    <message>
        <source>Pid</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>Message-Queue</translation>
    </message>
    <message>
        <source>Reductions in %1 s</source>
        <translation>Reduktionen in %1 s</translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation>Reduktionen</translation>
    </message>
    <message>
        <source>Current function</source>
        <translation>Aktuelle Funktion</translation>
    </message>
    <message>
        <source>Initial call</source>
        <translation>Initial Call</translation>
    </message>
    <message>
        <source>The registered name, else the best label the node has: a proc_lib label, a name the application keeps (RabbitMQ&apos;s queues), a supervisor&apos;s child id</source>
        <translation>Der registrierte Name, sonst die beste Bezeichnung, die der Knoten hat: ein proc_lib-Label, ein Name, den die Anwendung führt (die Queues von RabbitMQ), die Child-ID eines Supervisors</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>bilby::ProcessesPage</name>
    <message>
        <source>Double-click or press Enter to inspect a process</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um einen Prozess zu untersuchen</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>Message-Queue</translation>
    </message>
    <message>
        <source>Reductions</source>
        <translation>Reduktionen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Filter: registered name or module</source>
        <translation>Filter: registrierter Name oder Modul</translation>
    </message>
    <message>
        <source>Matched on the node, case-insensitive, against the registered name and the modules of the initial and current function</source>
        <translation>Wird auf dem Knoten ohne Beachtung der Groß-/Kleinschreibung mit dem registrierten Namen und den Modulen der Start- und der aktuellen Funktion abgeglichen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>by</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>every</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>%1 The list is from %2.</source>
        <translation>%1 Die Liste ist von %2.</translation>
    </message>
    <message>
        <source>%1 of %2 processes · %3</source>
        <translation>%1 von %2 Prozessen · %3</translation>
    </message>
    <message>
        <source>The agent is not running on this node (%1): the process list needs it.</source>
        <translation>Der Agent läuft auf diesem Knoten nicht (%1): Die Prozessliste benötigt ihn.</translation>
    </message>
    <message>
        <source>The node is down: %1</source>
        <translation>Der Knoten ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Not connected to the node.</source>
        <translation>Nicht mit dem Knoten verbunden.</translation>
    </message>
    <message>
        <source>The list is from %1.</source>
        <translation>Die Liste ist von %1.</translation>
    </message>
    <message>
        <source>Unexpected reply from the agent.</source>
        <translation>Unerwartete Antwort vom Agenten.</translation>
    </message>
</context>
<context>
    <name>bilby::SensitiveBanner</name>
    <message>
        <source>&lt;b&gt;Sensitive:&lt;/b&gt; %1 may hold secrets or personal data. Handle with care.</source>
        <translation>&lt;b&gt;Sensibel:&lt;/b&gt; %1 – darin können Geheimnisse oder personenbezogene Daten stehen. Sorgfältig behandeln.</translation>
    </message>
</context>
<context>
    <name>bilby::SessionBootstrap</name>
    <message>
        <source>Another Bilby console kept the node&apos;s agent lock for 15 s while loading or removing its agent. Try again in a moment.</source>
        <translation>Eine andere Bilby-Konsole hat die Agent-Sperre des Knotens 15 s lang gehalten, während sie ihren Agenten geladen oder entfernt hat. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Another Bilby console runs a different version of the agent on this node (%1). Use the same Bilby version, or close the other console.</source>
        <translation>Eine andere Bilby-Konsole betreibt auf diesem Knoten eine andere Version des Agenten (%1). Verwenden Sie dieselbe Bilby-Version oder schließen Sie die andere Konsole.</translation>
    </message>
    <message>
        <source>An older Bilby agent (%1) is still in use on the node.</source>
        <translation>Auf dem Knoten ist noch ein älterer Bilby-Agent (%1) in Gebrauch.</translation>
    </message>
    <message>
        <source>The node refused the agent code (%1): %2</source>
        <translation>Der Knoten hat den Agent-Code abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>The agent did not start: %1</source>
        <translation>Der Agent wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>This build&apos;s agent lifecycle is damaged: %1</source>
        <translation>Der Agent-Lebenszyklus dieses Builds ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The node did not answer (%1) within %2 ms.</source>
        <translation>Der Knoten hat nicht innerhalb von %2 ms geantwortet (%1).</translation>
    </message>
    <message>
        <source>The agent was not requested for this session.</source>
        <translation>Der Agent wurde für diese Sitzung nicht angefordert.</translation>
    </message>
    <message>
        <source>The node runs OTP %1; the agent needs OTP %2 or later.</source>
        <translation>Auf dem Knoten läuft OTP %1; der Agent benötigt OTP %2 oder neuer.</translation>
    </message>
    <message>
        <source>This build has no agent modules.</source>
        <translation>Dieser Build enthält keine Agent-Module.</translation>
    </message>
    <message>
        <source>another Bilby console held the node&apos;s agent lock for 15 s, so the agent&apos;s code was left on the node; the next console to leave removes it</source>
        <translation>eine andere Bilby-Konsole hielt die Agent-Sperre des Knotens 15 s lang, daher blieb der Code des Agenten auf dem Knoten; die nächste Konsole, die geht, entfernt ihn</translation>
    </message>
</context>
<context>
    <name>bilby::SetAsideFile</name>
    <message>
        <source>The history file %1 was damaged; it was set aside as %2 and a new one was started.</source>
        <translation>Die Verlaufsdatei %1 war beschädigt; sie wurde als %2 beiseitegelegt, und eine neue wurde begonnen.</translation>
    </message>
</context>
<context>
    <name>bilby::ShellsBox</name>
    <message>
        <source>Shells</source>
        <translation>Shells</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>End shell…</source>
        <translation>Shell beenden…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Auswerter</translation>
    </message>
    <message>
        <source>From node</source>
        <translation>Herkunftsknoten</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Evaluator runs</source>
        <translation>Auswerter führt aus</translation>
    </message>
    <message>
        <source>Evaluator memory</source>
        <translation>Speicher des Auswerters</translation>
    </message>
    <message>
        <source>Double-click a server or an evaluator to inspect it</source>
        <translation>Doppelklicken Sie auf einen Server oder Auswerter, um ihn zu untersuchen</translation>
    </message>
    <message>
        <source>Refresh lists the shells running on the node.</source>
        <translation>„Aktualisieren“ listet die Shells auf, die auf dem Knoten laufen.</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>No shell runs on the node.</source>
        <translation>Auf dem Knoten läuft keine Shell.</translation>
    </message>
    <message numerus="yes">
        <source>%n shell(s) on the node.</source>
        <translation>
            <numerusform>%n Shell auf dem Knoten.</numerusform>
            <numerusform>%n Shells auf dem Knoten.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a remote shell from %1: its user loses the shell session at once, with its bindings and whatever it was evaluating.</source>
        <translation>Dies ist eine entfernte Shell von %1: Ihr Benutzer verliert die Shell-Sitzung sofort, samt ihren Bindungen und allem, was sie gerade auswertet.</translation>
    </message>
    <message>
        <source>This shell runs on the node&apos;s own console: whoever uses it loses the session, with its bindings and whatever it was evaluating.</source>
        <translation>Diese Shell läuft auf der eigenen Konsole des Knotens: Wer sie benutzt, verliert die Sitzung, samt ihren Bindungen und allem, was sie gerade auswertet.</translation>
    </message>
    <message>
        <source>End Shell</source>
        <translation>Shell beenden</translation>
    </message>
    <message>
        <source>End the shell %1 (evaluator %2) on %3?</source>
        <translation>Die Shell %1 (Auswerter %2) auf %3 beenden?</translation>
    </message>
    <message>
        <source>End shell %1 (from %2)</source>
        <translation>Shell %1 beenden (von %2)</translation>
    </message>
    <message>
        <source>The shell&apos;s evaluator and server were killed.</source>
        <translation>Auswerter und Server der Shell wurden beendet.</translation>
    </message>
    <message>
        <source>End the selected shell (asks first)</source>
        <translation>Die ausgewählte Shell beenden (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Unexpected reply from the agent.</source>
        <translation>Unerwartete Antwort vom Agenten.</translation>
    </message>
</context>
<context>
    <name>bilby::SilenceDialog</name>
    <message>
        <source>%1 on every node</source>
        <translation>%1 auf allen Knoten</translation>
    </message>
    <message>
        <source>Every alarm on %1</source>
        <translation>Alle Alarme auf %1</translation>
    </message>
    <message>
        <source>Silence Alarm</source>
        <translation>Alarm stummschalten</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) auf %3</translation>
    </message>
    <message>
        <source>Until lifted</source>
        <translation>Bis auf Widerruf</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Why, for the colleague who finds it (required)</source>
        <translation>Warum? Für die Kollegen, die darauf stoßen (erforderlich)</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <source>A silenced alarm is still raised, shown and recorded, but neither the tray icon nor bilby-cli check counts it, and it gives no desktop notification.</source>
        <translation>Ein stummgeschalteter Alarm wird weiterhin ausgelöst, angezeigt und aufgezeichnet, aber weder das Tray-Symbol noch bilby-cli check zählt ihn, und er löst keine Desktop-Benachrichtigung aus.</translation>
    </message>
    <message>
        <source>Silence:</source>
        <translation>Stummschalten:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
</context>
<context>
    <name>bilby::SilenceList</name>
    <message>
        <source>Lift</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Silences</source>
        <translation>Stummschaltungen</translation>
    </message>
    <message>
        <source>End the selected silence now: its alarms are counted again</source>
        <translation>Die ausgewählte Stummschaltung jetzt beenden: Ihre Alarme werden wieder gezählt</translation>
    </message>
    <message>
        <source>Alarms covered by a silence are shown but not counted.</source>
        <translation>Alarme, die unter eine Stummschaltung fallen, werden angezeigt, aber nicht gezählt.</translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation>Gesetzt von %1</translation>
    </message>
    <message>
        <source>No silence in force.</source>
        <translation>Keine Stummschaltung aktiv.</translation>
    </message>
</context>
<context>
    <name>bilby::StoreError</name>
    <message>
        <source>The history file %1 is locked by another program (another Bilby or a bilby-cli collect writing to it?). Close that program, or use another file.</source>
        <translation>Die Verlaufsdatei %1 ist von einem anderen Programm gesperrt (ein anderes Bilby oder ein bilby-cli collect, das hineinschreibt?). Schließen Sie dieses Programm oder verwenden Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be written: check the permissions of the file and its folder, or use another file.</source>
        <translation>In die Verlaufsdatei %1 kann nicht geschrieben werden: Prüfen Sie die Berechtigungen der Datei und ihres Ordners oder verwenden Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged and nothing is read from it; Bilby and bilby-cli collect set such a file aside under a dated name and start a new one when they next open it.</source>
        <translation>Die Verlaufsdatei %1 ist beschädigt, und es wird nichts aus ihr gelesen; Bilby und bilby-cli collect legen eine solche Datei beim nächsten Öffnen unter einem datierten Namen beiseite und beginnen eine neue.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (or the file reached its size limit). Free some space; Bilby retries by itself.</source>
        <translation>Der Datenträger mit %1 ist voll (oder die Datei hat ihre Größenbegrenzung erreicht). Geben Sie Speicherplatz frei; Bilby versucht es von selbst erneut.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be created or opened: check that its folder exists and is writable.</source>
        <translation>Die Verlaufsdatei %1 kann nicht angelegt oder geöffnet werden: Prüfen Sie, ob ihr Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Bilby. Update Bilby, or use another file.</source>
        <translation>Die Verlaufsdatei %1 wurde von einer neueren Version von Bilby geschrieben. Aktualisieren Sie Bilby oder verwenden Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be used; the technical details are in the log.</source>
        <translation>Die Verlaufsdatei %1 kann nicht verwendet werden; die technischen Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>bilby::StoreFileCheck</name>
    <message>
        <source>The file %1 is not a Bilby history file (it holds other data), and nothing is read from it. Choose another file, or move this one away: Bilby then starts a new history file there.</source>
        <translation>Die Datei %1 ist keine Verlaufsdatei von Bilby (sie enthält andere Daten), und es wird nichts aus ihr gelesen. Wählen Sie eine andere Datei oder verschieben Sie diese: Bilby beginnt dann dort eine neue Verlaufsdatei.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged and could not be set aside (its folder is not writable, or another program kept it busy). Move the file away by hand; Bilby then starts a new one.</source>
        <translation>Die Verlaufsdatei %1 ist beschädigt und konnte nicht beiseitegelegt werden (ihr Ordner ist nicht beschreibbar, oder ein anderes Programm hielt sie belegt). Verschieben Sie die Datei von Hand; Bilby beginnt dann eine neue.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged, but another program (another Bilby or a bilby-cli collect) has it open, so it stays where it is. Close that program: Bilby then sets the file aside and starts a new one by itself.</source>
        <translation>Die Verlaufsdatei %1 ist beschädigt, aber ein anderes Programm (ein anderes Bilby oder ein bilby-cli collect) hat sie geöffnet, daher bleibt sie, wo sie ist. Schließen Sie dieses Programm: Bilby legt die Datei dann von selbst beiseite und beginnt eine neue.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged and could not be renamed. Check that its folder is writable, or move the file away by hand; Bilby then starts a new one.</source>
        <translation>Die Verlaufsdatei %1 ist beschädigt und konnte nicht umbenannt werden. Prüfen Sie, ob ihr Ordner beschreibbar ist, oder verschieben Sie die Datei von Hand; Bilby beginnt dann eine neue.</translation>
    </message>
    <message>
        <source>%1 is not a Bilby history file (it holds another program&apos;s tables), so Bilby leaves it as it is and keeps no history in it. Name another file: --db for bilby-cli, the key history/file in the console&apos;s settings.</source>
        <translation>%1 ist keine Verlaufsdatei von Bilby (sie enthält Tabellen eines anderen Programms), daher lässt Bilby sie unverändert und speichert keinen Verlauf darin. Nennen Sie eine andere Datei: --db für bilby-cli, den Schlüssel history/file in den Einstellungen der Konsole.</translation>
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
    <message>
        <source>&lt;b&gt;The history file was set aside.&lt;/b&gt; %1 History is saved in the new file; what was recorded before stays in the file set aside.</source>
        <translation>&lt;b&gt;Die Verlaufsdatei wurde beiseitegelegt.&lt;/b&gt; %1 Der Verlauf wird in der neuen Datei gespeichert; was vorher aufgezeichnet wurde, bleibt in der beiseitegelegten Datei.</translation>
    </message>
</context>
<context>
    <name>bilby::SupervisionTreeModel</name>
    <message>
        <source>This supervisor&apos;s children are missing: it %1</source>
        <translation>Die Kinder dieses Supervisors fehlen: Er %1</translation>
    </message>
    <message>
        <source>Double-click or press Enter to inspect %1</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um %1 zu untersuchen</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Pid</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Registered name</source>
        <translation>Registrierter Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>⚠ %1: its children are not listed</source>
        <translation>⚠ %1: Seine Kinder sind nicht aufgeführt</translation>
    </message>
    <message>
        <source>… %1 more children not listed</source>
        <translation>… %1 weitere Kinder nicht aufgeführt</translation>
    </message>
    <message>
        <source>did not answer in 2 s</source>
        <translation>hat nicht innerhalb von 2 s geantwortet</translation>
    </message>
    <message>
        <source>exited while it was read</source>
        <translation>wurde beendet, während er gelesen wurde</translation>
    </message>
    <message>
        <source>is deeper than the agent reads (20 levels)</source>
        <translation>liegt tiefer, als der Agent liest (20 Ebenen)</translation>
    </message>
    <message>
        <source>could not be read (%1)</source>
        <translation>konnte nicht gelesen werden (%1)</translation>
    </message>
</context>
<context>
    <name>bilby::TabBadge</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>bilby::TermCodec</name>
    <message>
        <source>%1 unexpected bytes follow the term.</source>
        <translation>Auf den Term folgen %1 unerwartete Bytes.</translation>
    </message>
    <message>
        <source>The term is truncated: %1 more bytes needed, %2 left.</source>
        <translation>Der Term ist abgeschnitten: %1 weitere Bytes benötigt, %2 übrig.</translation>
    </message>
    <message>
        <source>The term claims %1 elements but only %2 bytes remain.</source>
        <translation>Der Term gibt %1 Elemente an, es sind aber nur noch %2 Bytes übrig.</translation>
    </message>
    <message>
        <source>Not an external term: version byte %1 instead of 131.</source>
        <translation>Kein Term im External Term Format: Versionsbyte %1 statt 131.</translation>
    </message>
    <message>
        <source>The term is nested more than %1 levels deep.</source>
        <translation>Der Term ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>Atom cache references are not supported outside the distribution header.</source>
        <translation>Atom-Cache-Referenzen werden außerhalb des Distribution-Headers nicht unterstützt.</translation>
    </message>
    <message>
        <source>Unknown term tag %1.</source>
        <translation>Unbekanntes Term-Tag %1.</translation>
    </message>
    <message>
        <source>Expected an atom, found tag %1.</source>
        <translation>Atom erwartet, Tag %1 gefunden.</translation>
    </message>
    <message>
        <source>An atom is not valid UTF-8.</source>
        <translation>Ein Atom ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>Invalid or non-finite float.</source>
        <translation>Ungültige oder nicht endliche Gleitkommazahl.</translation>
    </message>
    <message>
        <source>Invalid sign byte %1 in a big integer.</source>
        <translation>Ungültiges Vorzeichenbyte %1 in einer großen Ganzzahl.</translation>
    </message>
    <message>
        <source>Invalid bitstring: %1 bytes with %2 bits in the last.</source>
        <translation>Ungültiger Bitstring: %1 Bytes mit %2 Bits im letzten.</translation>
    </message>
    <message>
        <source>A reference has %1 id words (1 to 5 allowed).</source>
        <translation>Eine Referenz hat %1 ID-Wörter (erlaubt sind 1 bis 5).</translation>
    </message>
    <message>
        <source>A fun is too short (%1 bytes).</source>
        <translation>Ein Fun ist zu kurz (%1 Bytes).</translation>
    </message>
    <message>
        <source>A fun&apos;s creator is not a pid.</source>
        <translation>Der Erzeuger eines Funs ist keine PID.</translation>
    </message>
    <message>
        <source>A fun&apos;s index or uniq is not an integer.</source>
        <translation>Index oder Uniq eines Funs ist keine Ganzzahl.</translation>
    </message>
    <message>
        <source>An export&apos;s arity is not an integer from 0 to 255.</source>
        <translation>Die Stelligkeit eines Exports ist keine Ganzzahl von 0 bis 255.</translation>
    </message>
</context>
<context>
    <name>bilby::TerminateDialog</name>
    <message>
        <source>Terminate Process</source>
        <translation>Prozess beenden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Terminate %1?&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 beenden?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The process gets an exit signal with this reason. &lt;i&gt;kill&lt;/i&gt; cannot be trapped; other reasons end a process only if it does not trap exits. Processes linked to it get the signal too, and its supervisor may restart it or give up and stop its application.</source>
        <translation>Der Prozess erhält ein Exit-Signal mit diesem Grund. &lt;i&gt;kill&lt;/i&gt; kann nicht abgefangen werden; andere Gründe beenden einen Prozess nur, wenn er keine Exits abfängt. Mit ihm verlinkte Prozesse erhalten das Signal ebenfalls, und sein Supervisor startet ihn möglicherweise neu oder gibt auf und beendet seine Anwendung.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Warning: %1 is a process the node itself needs. Terminating it may stop the whole node.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Warnung: %1 ist ein Prozess, den der Knoten selbst benötigt. Ihn zu beenden, kann den ganzen Knoten anhalten.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Exit reason:</source>
        <translation>Exit-Grund:</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>bilby::TimeSpec</name>
    <message>
        <source>&apos;%1&apos; is not a time: use an ISO-8601 time such as 2026-11-21T03:00:00Z, or a relative one such as -2h, -30m, -7d.</source>
        <translation>„%1“ ist keine Zeitangabe: Verwenden Sie eine ISO-8601-Zeit wie 2026-11-21T03:00:00Z oder eine relative wie -2h, -30m, -7d.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a length of time: use a number and a unit, such as 90s, 30m, 6h, 30d, 2y.</source>
        <translation>„%1“ ist keine Zeitdauer: Verwenden Sie eine Zahl und eine Einheit, etwa 90s, 30m, 6h, 30d, 2y.</translation>
    </message>
</context>
<context>
    <name>bilby::TopologyModel</name>
    <message>
        <source>OTP %1, ERTS %2</source>
        <translation>OTP %1, ERTS %2</translation>
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
    <name>bilby::TrayIcon</name>
    <message>
        <source>Bilby: the worst active alarm is %1</source>
        <translation>Bilby: schwerster aktiver Alarm: %1</translation>
    </message>
    <message>
        <source>Bilby: no active alarm</source>
        <translation>Bilby: kein aktiver Alarm</translation>
    </message>
    <message>
        <source>%1 (notifications muted)</source>
        <translation>%1 (Benachrichtigungen stummgeschaltet)</translation>
    </message>
    <message>
        <source>Show Bilby</source>
        <translation>Bilby anzeigen</translation>
    </message>
    <message>
        <source>Show Alarms</source>
        <translation>Alarme anzeigen</translation>
    </message>
    <message>
        <source>Mute for 1 Hour</source>
        <translation>1 Stunde stummschalten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>bilby::TrayState</name>
    <message>
        <source>%1 alarm on %2</source>
        <translation>Alarm auf %2 (%1)</translation>
    </message>
</context>
<context>
    <name>bilby::WelcomePage</name>
    <message>
        <source>Start a Demo Node</source>
        <translation>Demo-Knoten starten</translation>
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
        <source>Add Node…</source>
        <translation>Knoten hinzufügen…</translation>
    </message>
    <message>
        <source>Starting a demo node…</source>
        <translation>Demo-Knoten wird gestartet…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Operations console for Erlang and Elixir nodes.</source>
        <translation>Betriebskonsole für Erlang- und Elixir-Knoten.</translation>
    </message>
    <message>
        <source>Start a local demo node and show it (not saved).</source>
        <translation>Einen lokalen Demo-Knoten starten und anzeigen (wird nicht gespeichert).</translation>
    </message>
    <message>
        <source>Save the main window to &lt;file&gt; and quit.</source>
        <translation>Das Hauptfenster in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>Wait &lt;ms&gt; before the screenshot (default 5000).</source>
        <translation>&lt;ms&gt; vor dem Bildschirmfoto warten (Standard 5000).</translation>
    </message>
    <message>
        <source>Keep settings and cookies in &lt;dir&gt; instead of the user&apos;s.</source>
        <translation>Einstellungen und Cookies in &lt;dir&gt; statt am üblichen Ort des Benutzers aufbewahren.</translation>
    </message>
    <message>
        <source>Cannot save the screenshot to %1.</source>
        <translation>Das Bildschirmfoto kann nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Open on the tab &lt;name&gt;: nodes, metrics, alarms or notifications.</source>
        <translation>Mit dem Tab &lt;name&gt; öffnen: nodes, metrics, alarms oder notifications.</translation>
    </message>
    <message>
        <source>Unknown tab %1: use one of %2.</source>
        <translation>Unbekannter Tab %1: Verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>Bilby: %1 received, quitting.</source>
        <translation>Bilby: %1 empfangen, wird beendet.</translation>
    </message>
    <message numerus="yes">
        <source>Bilby: %n node(s) did not finish disconnecting in time; their agents remove themselves when they see the connection close.</source>
        <translation>
            <numerusform>Bilby: %n Knoten hat die Trennung nicht rechtzeitig abgeschlossen; sein Agent entfernt sich selbst, sobald er bemerkt, dass die Verbindung geschlossen wird.</numerusform>
            <numerusform>Bilby: %n Knoten haben die Trennung nicht rechtzeitig abgeschlossen; ihre Agenten entfernen sich selbst, sobald sie bemerken, dass die Verbindung geschlossen wird.</numerusform>
        </translation>
    </message>
</context>
</TS>
