#!/usr/bin/env escript
%% Writes "module md5hex" lines for the given .beam files, in load order (the order given).
main([Out | Beams]) ->
    Lines = [begin
                 {ok, {Mod, Md5}} = beam_lib:md5(Beam),
                 io_lib:format("~s ~s~n", [Mod, binary:encode_hex(Md5)])
             end || Beam <- Beams],
    ok = file:write_file(Out, Lines).
