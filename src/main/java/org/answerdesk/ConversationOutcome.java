package org.answerdesk;

/**
 * How a conversation ended, as the analytics report counts it and as the retention archives it before the
 * conversation is deleted: both must classify alike, or a report over a period past the retention stops adding up.
 * Here in the root package, outside the modules, because {@code privacy} may not depend on {@code conversation} or
 * {@code analytics}, and {@code retrieval} (the one module both may use) knows no SQL.
 */
public final class ConversationOutcome {

    /**
     * An SQL expression over a {@code conversation} row aliased {@code c}: PERSON when a person answered in it;
     * else UNANSWERED when it was handed over; else LLM, KNOWLEDGE or FAQ, the first of these in this order that
     * answered a message recorded answered ({@code message.outcome}, dialogue.Outcome, recorded when the message was
     * decided; V81 backfilled the messages decided before); else SMALL_TALK when the customer only greeted, thanked
     * or chatted (every inbound message was an act or a command); else UNANSWERED. The report lists these values
     * ({@code AnalyticsService.OUTCOMES}). A constant, so that {@code privacy} reads it compiled in, without a
     * dependency on this package.
     */
    public static final String SQL = """
            case
              when exists (select 1 from message m where m.conversation_id = c.id and m.source = 'AGENT') then 'PERSON'
              when exists (select 1 from handoff h where h.conversation_id = c.id) then 'UNANSWERED'
              when exists (select 1 from message q join message a on a.reply_to_id = q.id
                           where q.conversation_id = c.id and q.outcome = 'ANSWERED' and a.source = 'LLM')
                then 'LLM'
              when exists (select 1 from message q join message a on a.reply_to_id = q.id
                           where q.conversation_id = c.id and q.outcome = 'ANSWERED' and a.source = 'KNOWLEDGE')
                then 'KNOWLEDGE'
              when exists (select 1 from message q join message a on a.reply_to_id = q.id
                           where q.conversation_id = c.id and q.outcome = 'ANSWERED' and a.source = 'FAQ')
                then 'FAQ'
              when not exists (select 1 from message m where m.conversation_id = c.id and m.direction = 'IN'
                               and m.act is null and m.intent in ('QUESTION', 'CHOICE')) then 'SMALL_TALK'
              else 'UNANSWERED' end""";

    private ConversationOutcome() {
    }
}
