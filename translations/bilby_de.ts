<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>bilby</name>
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
    <message>
        <source>An older Bilby agent (%1) is still in use on the node.</source>
        <translation>Auf dem Knoten ist noch ein älterer Bilby-Agent (%1) in Gebrauch.</translation>
    </message>
    <message>
        <source>The node refused the agent code: %1</source>
        <translation>Der Knoten hat den Agent-Code abgelehnt: %1</translation>
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
        <source>The agent did not start: %1</source>
        <translation>Der Agent wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Cannot read cookie file %1: %2</source>
        <translation>Cookie-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
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
    <message>
        <source>(more: raise --limit or narrow the filters)</source>
        <translation>(weitere: --limit erhöhen oder die Filter einschränken)</translation>
    </message>
    <message>
        <source>% of the %1 limit</source>
        <translation>% des Limits (%1)</translation>
    </message>
    <message>
        <source>The node&apos;s %1 count reaches the threshold.</source>
        <translation>Die Anzahl (%1) auf dem Knoten erreicht den Schwellenwert.</translation>
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
        <source>A module has old code loaded.</source>
        <translation>Ein Modul hat alten Code geladen.</translation>
    </message>
    <message>
        <source>A module was reloaded and the previous version is still loaded, because some processes may still run it. A second reload would kill those processes.</source>
        <translation>Ein Modul wurde neu geladen, und die vorherige Version ist noch geladen, weil einige Prozesse sie möglicherweise noch ausführen. Ein zweites Neuladen würde diese Prozesse beenden.</translation>
    </message>
    <message>
        <source>Check that no process still needs the old version (processes running it are killed by a hard purge), then soft-purge the modules named in the details. The alarm clears when no old code is left.</source>
        <translation>Stellen Sie sicher, dass kein Prozess die alte Version noch benötigt (Prozesse, die sie ausführen, werden durch einen Hard-Purge beendet), und führen Sie dann einen Soft-Purge der in den Details genannten Module durch. Der Alarm wird aufgehoben, wenn kein alter Code mehr geladen ist.</translation>
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
        <source>The same module is found in two directories of the code path.</source>
        <translation>Dasselbe Modul liegt in zwei Verzeichnissen des Codepfads.</translation>
    </message>
    <message>
        <source>Two applications ship a module with the same name, or an old release&apos;s directory is still in the code path. The first one in the path is loaded, silently.</source>
        <translation>Zwei Anwendungen liefern ein Modul mit demselben Namen aus, oder das Verzeichnis eines alten Release liegt noch im Codepfad. Geladen wird stillschweigend das erste im Pfad.</translation>
    </message>
    <message>
        <source>Look at the directories in the details, remove the stale copy or rename one of the modules; check which version is loaded now.</source>
        <translation>Sehen Sie sich die Verzeichnisse in den Details an, entfernen Sie die veraltete Kopie oder benennen Sie eines der Module um; prüfen Sie, welche Version jetzt geladen ist.</translation>
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
</context>
<context>
    <name>bilby::AlarmEngine</name>
    <message numerus="yes">
        <source>%n module(s) with old code: %1</source>
        <translation>
            <numerusform>%n Modul mit altem Code: %1</numerusform>
            <numerusform>%n Module mit altem Code: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
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
        <source>%1 messages queued</source>
        <translation>%1 Nachrichten in der Warteschlange</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> in %1</translation>
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
        <source>Set on the node through SASL&apos;s alarm_handler.</source>
        <translation>Auf dem Knoten über den alarm_handler von SASL gesetzt.</translation>
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
        <source>metrics: keep printing one sample per second.</source>
        <translation>metrics: fortlaufend jede Sekunde einen Messwert ausgeben.</translation>
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
        <source>No cookie: use --cookie, --cookie-file or the BILBY_COOKIE environment variable.</source>
        <translation>Kein Cookie: Verwenden Sie --cookie, --cookie-file oder die Umgebungsvariable BILBY_COOKIE.</translation>
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
        <translation>Bilby-Befehlszeilenbegleiter.

Befehle:
  info          Systeminformationen des Knotens
  metrics       ein Messwert jeder Metrik (Zähler als Raten über eine Sekunde)
  list-metrics  die eingebauten Metriken: Name, Art, Einheit, Bedeutung (kein Knoten nötig)
  list-alarms   die eingebauten Alarme: Schweregrad, Schwellenwert, Ursache, Maßnahme (kein Knoten nötig)
  collect       jeden --node bis SIGINT oder SIGTERM in die Verlaufsdatei --db aufzeichnen
  query         die gespeicherten Messwerte von --metric für --node aus --db ausgeben
  alarms        die aktiven Alarme des Knotens (verbinden, messen, auswerten); mit --db: die gespeicherten
  check         Nagios-Plugin: eine Statuszeile; Exit-Code 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN
  notifications die gespeicherte Zeitleiste aus --db (Filter: --node, --origin, --since, --search)
  procs         die obersten Prozesse nach --sort memory, mq oder reductions (seit der vorigen Aktualisierung)</translation>
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
        <source>info | metrics | list-metrics | list-alarms | collect | query | alarms | check | notifications</source>
        <translation>info | metrics | list-metrics | list-alarms | collect | query | alarms | check | notifications</translation>
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
        <source>info failed: %1</source>
        <translation>info fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>metrics failed: %1</source>
        <translation>metrics fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>procs needs the agent: %1</source>
        <translation>procs benötigt den Agenten: %1</translation>
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
</context>
<context>
    <name>bilby::ManagedNode</name>
    <message>
        <source>The cookie of this node could not be read (%1). Remove the node and add it again.</source>
        <translation>Das Cookie dieses Knotens konnte nicht gelesen werden (%1). Entfernen Sie den Knoten und fügen Sie ihn erneut hinzu.</translation>
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
        <source>per connected node over TCP distribution, first 64 by name, not the console itself</source>
        <translation>pro verbundenem Knoten über TCP-Distribution, die ersten 64 nach Name, ohne die Konsole selbst</translation>
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
    <message>
        <source>The agent stopped and its code was unloaded: nothing of Bilby&apos;s runs on the node.</source>
        <translation>Der Agent wurde beendet und sein Code entladen: Auf dem Knoten läuft nichts mehr von Bilby.</translation>
    </message>
    <message>
        <source>Agent stopped on %1: the console disconnected; its code stays for another Bilby console</source>
        <translation>Agent auf %1 beendet: Die Konsole hat die Verbindung getrennt; sein Code bleibt für eine andere Bilby-Konsole</translation>
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
        <translation>Der Agent entfernt sich selbst, sobald er bemerkt, dass die Verbindung der Konsole geschlossen ist; auf dem Knoten zeigt code:is_loaded(bilby_agent), ob sein Code noch vorhanden ist.</translation>
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
        <translation>Der Knoten hat nicht innerhalb von %2 ms geantwortet (%1).</translation>
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
</context>
<context>
    <name>bilby::TermCodec::Decoder</name>
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
            <numerusform>Bilby: %n Knoten hat die Verbindung nicht rechtzeitig getrennt; sein Agent entfernt sich selbst, sobald er bemerkt, dass die Verbindung geschlossen ist.</numerusform>
            <numerusform>Bilby: %n Knoten haben die Verbindung nicht rechtzeitig getrennt; ihre Agenten entfernen sich selbst, sobald sie bemerken, dass die Verbindung geschlossen ist.</numerusform>
        </translation>
    </message>
</context>
</TS>
