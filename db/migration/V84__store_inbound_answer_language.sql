-- store_inbound with the prepared answer's language, so that a shop of several languages answers a web message in
-- one step too (issue 65 item 2). The app works the answer out before the message is stored, in the language
-- LanguageDetection.next gives for a conversation that opens with it (the message's text and its platform's hint);
-- the conversation's language is only known here. The answer is kept only where the second step would have reached
-- the same language:
--   - the message opens its conversation and the participant's language (the second step's hint) is the one the
--     message brought: then the conversation is opened with that language recorded, as the second step would record
--     it (in its insert: no further statement);
--   - or the conversation's recorded language is the answer's and the message does not switch it
--     (r_language_stays: the app's LanguageDetection.next(r_language, text, hint) = r_language).
-- Anywhere else (another recorded language, none recorded in a conversation that did not open, a hint that differs)
-- the message is left to the second step, which decides it with the conversation's language, as before.
-- r_language null: a shop of one language, where nothing is recorded; store_inbound as V83's.
-- Everything else as V83's: the delivery id recorded once (a redelivery is a DUPLICATE naming the first message),
-- the prepared answer stored SENT under its own id only while the bot has the conversation and it is not the bot's
-- last reply within the window, the message's outcome stored with it; a message with no answer kept is stored due,
-- for a worker (or the caller's claim) to answer. A new overload: an instance of the version before calls V83's.
create or replace function store_inbound(
    p_channel text, p_event_id text, p_key text,
    p_participant_channel text, p_user text, p_display_name text, p_address text,
    p_text text, p_external_message_id text, p_raw text, p_intent text, p_skip text, p_claim uuid,
    -- the prepared answer (r_text null when there is none), stored only if the conversation is the bot's
    r_text text, r_source text, r_faq_entry_id bigint, r_score real, r_suggestions text, r_model text,
    r_tokens_in integer, r_tokens_out integer, r_latency_ms integer, p_language text,
    p_offer_window interval, p_context_window interval,
    -- the message's outcome when the prepared answer is stored with it (dialogue.Outcome)
    r_outcome text,
    -- the prepared answer's language (a served language's code; null in a shop of one language), and whether a
    -- conversation whose recorded language it is stays in it after this message
    r_language text, r_language_stays boolean)
    returns table (outcome text, message_id bigint, conversation_id bigint, conversation_status text,
                   human_offered_recently boolean, reply_id bigint)
    language plpgsql
as
$$
declare
    v_participant bigint;
    v_hint text;
    v_conversation bigint;
    v_status text;
    v_offered boolean;
    v_language text;
    v_in bigint;
    v_out bigint;
    v_answered boolean;
    v_opened boolean := false;
begin
    insert into inbox (channel, event_id) values (p_channel, p_event_id) on conflict do nothing;
    if not found then
        return query select 'DUPLICATE'::text, i.message_id, null::bigint, null::text, null::boolean, null::bigint
                     from inbox i where i.channel = p_channel and i.event_id = p_event_id;
        return;
    end if;

    insert into participant as pt (channel, external_user_id, display_name, address, language)
    values (p_participant_channel, p_user, p_display_name, p_address, p_language)
    on conflict (channel, external_user_id) do update
        set display_name = coalesce(excluded.display_name, pt.display_name),
            address = coalesce(excluded.address, pt.address),
            language = coalesce(excluded.language, pt.language)
    returning pt.id, pt.language into v_participant, v_hint;

    select c.id, c.status, coalesce(c.human_offered_at > now() - p_offer_window, false), c.language
    into v_conversation, v_status, v_offered, v_language
    from conversation c where c.channel = p_channel and c.external_key = p_key and c.status <> 'CLOSED';
    if v_conversation is null then
        -- opened with the answer's language when the answer is kept (an opened conversation is the bot's)
        insert into conversation (channel, external_key, participant_id, language)
        values (p_channel, p_key, v_participant,
                case when r_text is not null and p_skip is null and v_hint is not distinct from p_language
                     then r_language end)
        on conflict (channel, external_key) where status <> 'CLOSED' do nothing
        returning id, language into v_conversation, v_language;
        if v_conversation is null then -- opened meanwhile by another message of the key: that one is live
            select c.id, c.status, coalesce(c.human_offered_at > now() - p_offer_window, false), c.language
            into strict v_conversation, v_status, v_offered, v_language
            from conversation c where c.channel = p_channel and c.external_key = p_key and c.status <> 'CLOSED';
        else
            v_status := 'BOT';
            v_offered := false;
            v_opened := true;
        end if;
    end if;

    -- only when the bot's last reply within the window answered with no FAQ entry: a message after an answer may
    -- lean on it ("how much is that"), or not have helped, and the policy decides it with the conversation
    v_answered := r_text is not null and p_skip is null and v_status = 'BOT'
        and (r_language is null
             or (v_opened and v_hint is not distinct from p_language)
             or (not v_opened and r_language_stays and v_language = r_language))
        and (v_opened or not exists (select 1 from (select o.faq_entry_id from message o
                                       where o.conversation_id = v_conversation and o.direction = 'OUT'
                                         and o.source <> 'AGENT' and o.created_at > now() - p_context_window
                                       order by o.id desc limit 1) last
                        where last.faq_entry_id is not null));
    if not v_opened then -- an opened one has this now() from its insert
        update conversation set updated_at = now() where id = v_conversation;
    end if;
    insert into message (conversation_id, channel, direction, participant_id, text, external_message_id, raw, intent,
                         skip_reason, handled_at, claim, claimed_at, outcome)
    values (v_conversation, p_channel, 'IN', v_participant, p_text, p_external_message_id, p_raw, p_intent, p_skip,
            case when p_skip is null and not v_answered then null else now() end,
            p_claim, case when p_claim is null then null else now() end,
            case when v_answered then r_outcome end)
    returning id into v_in;
    update inbox set message_id = v_in where channel = p_channel and event_id = p_event_id;

    if v_answered then -- stored SENT under its own id as the platform's: the caller's response delivers it
        v_out := nextval(pg_get_serial_sequence('message', 'id'));
        insert into message (id, conversation_id, channel, direction, text, reply_to_id, source, faq_entry_id, score,
                             suggestions, model, tokens_in, tokens_out, latency_ms, delivery_status,
                             delivery_attempts, external_message_id)
        values (v_out, v_conversation, p_channel, 'OUT', r_text, v_in, r_source, r_faq_entry_id, r_score,
                r_suggestions, r_model, r_tokens_in, r_tokens_out, r_latency_ms, 'SENT', 1, v_out::text);
    end if;
    return query select 'STORED'::text, v_in, v_conversation, v_status, v_offered, v_out;
end
$$;
