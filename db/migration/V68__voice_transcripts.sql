-- Voice notes answered (issue 55): what the transcriber heard is kept with the audio, once, so a second worker that
-- takes the message over never sends the audio again; the message's text becomes the transcript.

-- transcript: what the server heard (null until heard, or when it was not); transcription: the outcome
-- (HEARD, TOO_LONG, TOO_LARGE, FAILED), null for a file never given to the transcriber
alter table attachment add column transcript text;
alter table attachment add column transcription text;

-- a voice note the transcriber could not hear gets its own fixed answer (the customer is asked to type)
alter table message drop constraint message_intent_check;
alter table message add constraint message_intent_check
    check (intent in ('QUESTION', 'START', 'HELP', 'RESET', 'HUMAN', 'NOT_TEXT', 'TOO_LONG', 'CHOICE', 'NOT_HEARD'));
