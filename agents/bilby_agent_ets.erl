%% The ETS viewer (SPEC X4): every table with its figures, and the rows of one table a page at a time.
%%
%% A page is one ets:select/3 of ?PAGE_MAX rows at most; its continuation goes to the console and comes
%% back for the next page (repaired with ets:repair_continuation/2, as a continuation that went through
%% the external format must be), so the agent keeps nothing between pages and a table of ten million rows
%% costs one page per request. Rows are rendered on the node and cut at ?ROW_MAX bytes. A private table
%% cannot be read by anyone but its owner: the reply says so and names the owner.
-module(bilby_agent_ets).

-export([tables/1, page/3, lookup/2]).

-define(TABLES_MAX, 10000).
-define(PAGE_MAX, 100).
-define(ROW_MAX, 4096).
-define(KEY_MAX, 1024).
-define(LOOKUP_MAX, 100).
-define(MATCH_ALL, [{'_', [], ['$_']}]).

%% Every table (at most ?TABLES_MAX) as a map; total is how many there are. Each owner comes with its
%% label (bilby_agent_labels), and `own` marks the tables of Bilby's agent, which the console leaves out
%% unless asked.
tables(Labels) ->
    All = ets:all(),
    Own = bilby_agent_labels:own_pids(),
    Rows = [owned(Row, Own, Labels) || T <- lists:sublist(All, ?TABLES_MAX), Row <- [describe(T)], Row =/= gone],
    #{total => length(All), tables => Rows}.

owned(Row = #{owner := Owner}, Own, Labels) when is_pid(Owner) ->
    {Label, _} = bilby_agent_labels:describe(Owner, Own, Labels),
    Row#{owner_label => Label, own => bilby_agent_labels:is_own(Owner, Own)};
owned(Row, _Own, _Labels) ->
    Row#{owner_label => undefined, own => false}.

describe(T) ->
    case ets:info(T) of
        undefined ->
            gone;
        Info ->
            Get = fun(K) -> proplists:get_value(K, Info) end,
            #{id => T,
              name => Get(name),
              named => Get(named_table),
              type => Get(type),
              size => Get(size),
              memory => Get(memory) * erlang:system_info(wordsize),
              owner => Get(owner),
              protection => Get(protection),
              keypos => Get(keypos),
              compressed => Get(compressed),
              heir => case Get(heir) of none -> undefined; H -> H end}
    end.

%% One page of rows. Continuation is undefined for the first page, else what the previous page
%% returned. Returns #{rows => [#{key, text, bytes}], continuation => Cont | undefined (no more)}.
page(Table, Continuation, Size0) ->
    Size = max(1, min(Size0, ?PAGE_MAX)),
    readable(Table),
    Result = case Continuation of
                 undefined -> ets:select(table_id(Table), ?MATCH_ALL, Size);
                 Cont -> ets:select(ets:repair_continuation(Cont, ?MATCH_ALL))
             end,
    KeyPos = ets:info(table_id(Table), keypos),
    case Result of
        '$end_of_table' -> #{rows => [], continuation => undefined};
        %% A short page is the last one (select/3 gives a continuation that would only find the end).
        {Rows, _} when length(Rows) < Size -> #{rows => [row(R, KeyPos) || R <- Rows], continuation => undefined};
        {Rows, Next} -> #{rows => [row(R, KeyPos) || R <- Rows], continuation => Next}
    end.

%% The rows whose key is KeyText, an Erlang term in text ("42", "{user, <<\"ann\">>}"), parsed on the
%% node without evaluating anything.
lookup(Table, KeyText) when is_binary(KeyText) ->
    readable(Table),
    Key = parse_term(KeyText),
    KeyPos = ets:info(table_id(Table), keypos),
    Rows = ets:lookup(table_id(Table), Key),
    #{total => length(Rows), rows => [row(R, KeyPos) || R <- lists:sublist(Rows, ?LOOKUP_MAX)]}.

row(Row, KeyPos) ->
    #{key => bilby_agent_evhandlers:render(element(KeyPos, Row), ?KEY_MAX),
      text => bilby_agent_evhandlers:render(Row, ?ROW_MAX),
      bytes => erlang:external_size(Row)}.

%% A table the agent may read: public or protected, or private and owned by... nobody but its owner can,
%% so the error names the owner.
readable(Table) ->
    Id = table_id(Table),
    case ets:info(Id, protection) of
        undefined -> erlang:error(no_such_table);
        private -> erlang:error({private_table, ets:info(Id, owner)});
        _ -> ok
    end.

%% Named tables come as their name, others as their id; a name given as text must already exist.
table_id(T) when is_atom(T); is_reference(T) -> T;
table_id(<<"#Ref<", _/binary>> = T) ->
    try list_to_ref(binary_to_list(T))
    catch error:badarg -> erlang:error(no_such_table)
    end;
table_id(T) when is_binary(T) ->
    try binary_to_existing_atom(T)
    catch error:badarg -> erlang:error(no_such_table)
    end.

parse_term(Text) ->
    String = binary_to_list(Text),
    Dotted = case lists:reverse(string:trim(String)) of
                 [$. | _] -> String;
                 _ -> String ++ "."
             end,
    case erl_scan:string(Dotted) of
        {ok, Tokens, _} ->
            case erl_parse:parse_term(Tokens) of
                {ok, Term} -> Term;
                {error, _} -> erlang:error({bad_key, Text})
            end;
        _ ->
            erlang:error({bad_key, Text})
    end.
