package org.answerdesk.channel.whatsapp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.answerdesk.channel.ChoiceLabel;
import org.answerdesk.conversation.ChoicePayload;
import org.answerdesk.conversation.Suggestion;
import org.answerdesk.language.Texts;
import org.answerdesk.satisfaction.RatingPayload;
import org.answerdesk.satisfaction.SatisfactionService;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The choices a reply offers as WhatsApp interactive messages: up to three reply buttons (titles of at most 20
 * characters), or else a list (up to ten rows, titles of at most 24, the whole question in the row's description).
 * Each option's id is the same payload the other channels carry: {@link ChoicePayload} for a clarify reply and for
 * "did that help",
 * {@link RatingPayload} for a score, {@code faq:<entry id>} for an offered question, {@link #HUMAN} for a person.
 */
final class WhatsAppButtons {

    static final int MAX_BUTTONS = 3;
    static final int BUTTON_TITLE = 20;
    static final int MAX_ROWS = 10;
    static final int ROW_TITLE = 24;
    static final int ROW_DESCRIPTION = 72;
    /** The "Talk to a person" option: the same as asking for one. */
    static final String HUMAN = ChoicePayload.PERSON;
    static final String QUESTION_PREFIX = "faq:";

    /** One option: the payload it answers with and the question or label it shows. */
    record Option(String id, String label) {
    }

    private WhatsAppButtons() {
    }

    /** A clarify reply's options: each entry, then "Something else" and "Talk to a person" in {@code language}. */
    static List<Option> clarify(long replyId, List<Suggestion> choices, Texts texts, Locale language) {
        List<Option> out = new ArrayList<>();
        choices.stream().limit(MAX_ROWS - 2)
                .forEach(c -> out.add(new Option(ChoicePayload.entry(replyId, c.entryId()), c.question())));
        out.add(new Option(ChoicePayload.somethingElse(replyId), texts.text("choices.something-else", language)));
        out.add(new Option(HUMAN, texts.text("choices.talk-to-person", language)));
        return out;
    }

    /** "That helped" and "Something else" under a direct answer, in {@code language}. */
    static List<Option> didItHelp(long replyId, Texts texts, Locale language) {
        return List.of(new Option(ChoicePayload.helped(replyId), texts.text("choices.helped", language)),
                new Option(ChoicePayload.notHelped(replyId), texts.text("choices.something-else", language)));
    }

    /** The scores of a satisfaction request. */
    static List<Option> rating(long requestId) {
        return SatisfactionService.scores().stream()
                .map(s -> new Option(RatingPayload.encode(requestId, s), "⭐".repeat(s) + " " + s)).toList();
    }

    /** Questions offered by the bot's own message (a greeting): pressing one asks it. */
    static List<Option> questions(List<Suggestion> offered) {
        return offered.stream().limit(MAX_ROWS)
                .map(q -> new Option(QUESTION_PREFIX + q.entryId(), q.question())).toList();
    }

    /** The interactive message: buttons for up to three options, a list for more (its button and heading in {@code language}). */
    static ObjectNode interactive(String to, String body, List<Option> options, Texts texts, Locale language) {
        ObjectNode message = GraphApi.message().put("recipient_type", "individual").put("to", to)
                .put("type", "interactive");
        ObjectNode interactive = message.putObject("interactive");
        interactive.putObject("body").put("text", body);
        if (options.size() <= MAX_BUTTONS) {
            interactive.put("type", "button");
            ArrayNode buttons = interactive.putObject("action").putArray("buttons");
            for (Option o : options) {
                buttons.addObject().put("type", "reply").putObject("reply").put("id", o.id())
                        .put("title", ChoiceLabel.of(o.label(), BUTTON_TITLE));
            }
            return message;
        }
        interactive.put("type", "list");
        ObjectNode action = interactive.putObject("action")
                .put("button", ChoiceLabel.of(texts.text("choices.list-button", language), BUTTON_TITLE));
        ArrayNode rows = action.putArray("sections").addObject()
                .put("title", ChoiceLabel.of(texts.text("choices.list-title", language), ROW_TITLE)).putArray("rows");
        for (Option o : options.subList(0, Math.min(options.size(), MAX_ROWS))) {
            ObjectNode row = rows.addObject().put("id", o.id()).put("title", ChoiceLabel.of(o.label(), ROW_TITLE));
            String title = row.get("title").asString();
            if (!title.equals(o.label().strip())) {
                row.put("description", ChoiceLabel.of(o.label(), ROW_DESCRIPTION));
            }
        }
        return message;
    }

    /** The entry id of an offered question's option id, or null. */
    static Long question(String id) {
        if (id == null || !id.startsWith(QUESTION_PREFIX) || !id.substring(QUESTION_PREFIX.length()).matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(id.substring(QUESTION_PREFIX.length()));
    }
}
