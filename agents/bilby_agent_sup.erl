%% Supervision trees (SPEC X8): the running applications and, for one application, its tree from the
%% top supervisor down, each child with its pid so that the console can inspect it.
%%
%% A supervisor answers which_children from its own loop, so a busy one can keep us waiting: each call
%% has ?CALL_TIMEOUT, and a supervisor that does not answer is shown as such with its subtree left out.
%% A simple_one_for_one supervisor can hold a hundred thousand children; the tree is bounded in children
%% listed per supervisor, in depth and in nodes in all, and says where it was cut.
-module(bilby_agent_sup).

-export([applications/0, tree/1]).

-define(CALL_TIMEOUT, 2000).
-define(CHILDREN_MAX, 200).
-define(DEPTH_MAX, 20).
-define(NODES_MAX, 5000).

%% Every running application with its description, version and top supervisor (undefined for library
%% applications, which have no processes).
applications() ->
    [#{name => App, description => unicode:characters_to_binary(Desc), version => list_to_binary(Vsn),
       top => top_supervisor(App)}
     || {App, Desc, Vsn} <- application:which_applications(?CALL_TIMEOUT)].

top_supervisor(App) ->
    case application_controller:get_master(App) of
        Master when is_pid(Master) ->
            try application_master:get_child(Master) of
                {Pid, _Mod} when is_pid(Pid) -> Pid;
                _ -> undefined
            catch
                _:_ -> undefined
            end;
        _ ->
            undefined
    end.

%% tree(App) -> #{application, root, nodes_cut}, where a node is
%% #{id, pid, type (supervisor | worker), modules, children => [node], more => N, error => Reason}.
tree(App) when is_atom(App) ->
    tree_of(App, top_supervisor(App));
tree(Text) when is_binary(Text) ->
    tree(binary_to_existing_atom(Text, utf8)).

tree_of(App, undefined) ->
    #{application => App, root => undefined, nodes_cut => false};
tree_of(App, Top) ->
    put(bilby_sup_nodes, 1),
    Root = supervisor_node(App, Top, [], 1),
    #{application => App, root => Root, nodes_cut => get(bilby_sup_nodes) > ?NODES_MAX}.

supervisor_node(Id, Pid, Modules, Depth) ->
    Node = #{id => Id, pid => Pid, type => supervisor, modules => Modules, name => registered_name(Pid)},
    case Depth > ?DEPTH_MAX of
        true -> Node#{children => [], error => depth_limit};
        false ->
            case which_children(Pid) of
                {ok, Children} ->
                    Listed = lists:sublist(Children, ?CHILDREN_MAX),
                    Node#{children => [child_node(C, Depth) || C <- Listed, room()],
                          more => length(Children) - length(Listed)};
                {error, Reason} ->
                    Node#{children => [], error => Reason}
            end
    end.

child_node({Id, Pid, supervisor, Modules}, Depth) when is_pid(Pid) ->
    supervisor_node(Id, Pid, Modules, Depth + 1);
child_node({Id, Pid, Type, Modules}, _Depth) ->
    %% Pid: a pid, or `restarting` / `undefined` for a child that is being restarted or not running.
    #{id => Id, pid => Pid, type => Type, modules => Modules, name => registered_name(Pid), children => []}.

%% Counts the nodes made so far; false once the tree holds ?NODES_MAX.
room() ->
    N = get(bilby_sup_nodes),
    put(bilby_sup_nodes, N + 1),
    N < ?NODES_MAX.

which_children(Pid) ->
    try gen_server:call(Pid, which_children, ?CALL_TIMEOUT) of
        Children when is_list(Children) -> {ok, Children};
        Other -> {error, {unexpected, Other}}
    catch
        exit:{timeout, _} -> {error, timeout};
        exit:{noproc, _} -> {error, noproc};
        exit:{Reason, _} -> {error, Reason}
    end.

registered_name(Pid) when is_pid(Pid) ->
    case erlang:process_info(Pid, registered_name) of
        {registered_name, Name} -> Name;
        _ -> undefined
    end;
registered_name(_) ->
    undefined.
