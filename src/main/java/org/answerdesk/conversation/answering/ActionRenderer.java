package org.answerdesk.conversation.answering;

import org.answerdesk.conversation.ChannelAdapters;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.ConversationProperties;
import org.answerdesk.conversation.ReplySource;
import org.answerdesk.conversation.Suggestion;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.answerdesk.dialogue.Act;
import org.answerdesk.dialogue.Action;
import org.answerdesk.dialogue.Decision;
import org.answerdesk.dialogue.HandoffReasons;
import org.answerdesk.dialogue.Intent;
import org.answerdesk.brand.Branding;
import org.answerdesk.language.Texts;
import org.answerdesk.retrieval.FaqMatch;
import org.springframework.stereotype.Component;

/**
 * Turns an {@link Action} the dialogue policy decided into the {@link ReplyDraft} that is stored and sent: the texts of
 * the conversation's language ({@link Texts}: the owner's, then the shipped bundles), the starter questions, and the
 * numbered choices of a clarify reply.
 */
@Component
class ActionRenderer {

    private static final String UNNAMED_BOT = "answerdesk";
    static final int YOU_ASKED_MAX = 300;

    private final ConversationProperties properties;
    private final Greetings greetings;
    private final ChannelAdapters adapters;
    private final Texts texts;
    private final Branding brand;

    ActionRenderer(ConversationProperties properties, Greetings greetings, ChannelAdapters adapters, Texts texts,
                   Branding brand) {
        this.brand = brand;
        this.properties = properties;
        this.greetings = greetings;
        this.adapters = adapters;
        this.texts = texts;
    }

    /** How the bot names itself: the platform's name for it (Telegram's), else the shop's name, else answerdesk. */
    private String botName(ConversationKey key) {
        return adapters.botName(key.channel())
                .orElseGet(() -> java.util.Optional.ofNullable(brand.get().name()).orElse(UNNAMED_BOT));
    }

    /** The reply for an action that is one ({@link org.answerdesk.dialogue.Decision#replies}), in {@code language}. */
    /**
     * A customer's request for a person said in anger ({@link Decision#angry()} on a handover the customer asked for):
     * the handover opens with the short apology ({@code conversation.anger-sorry}), as the answer to an angry
     * complaint does; every other reply as it is.
     */
    ReplyDraft sorryFirst(ReplyDraft reply, Decision decision, Locale language) {
        if (!decision.angry() || !(decision.main() instanceof Action.Handoff h)
                || !HandoffReasons.CUSTOMER_ASKED.equals(h.reason())) {
            return reply;
        }
        return reply.saying(texts.text("conversation.anger-sorry", language) + " " + reply.text());
    }

    ReplyDraft render(Action action, ConversationKey key, Locale language) {
        if (action instanceof Action.FaqAnswer a) {
            return a.picked() ? ReplyDraft.picked(a.entry().answer(), a.entry().entryId())
                    : a.chosenBy() != null ? ReplyDraft.chosenByLlm(a.entry().answer(), a.confidence(),
                            a.entry().entryId(), suggestions(a.related()), a.chosenBy())
                    : ReplyDraft.faq(FaqAnswerText.of(a, texts, language), a.confidence(), a.entry().entryId(), suggestions(a.related()));
        }
        if (action instanceof Action.PassageAnswer p) {
            return ReplyDraft.knowledge(p.text(), p.confidence(), suggestions(p.related()));
        }
        if (action instanceof Action.Clarify c) {
            var choices = suggestions(c.choices());
            // a second question beside an answer: its own words say which question the choices are for
            String prompt = c.about() != null ? texts.text("conversation.clarify-part", language,
                    Map.of("part", c.about())) : texts.text(c.again() ? "conversation.acts.not-helped-choices"
                    : "conversation.clarify", language);
            ReplyDraft clarify = ReplyDraft.clarify(clarifyText(prompt, choices),
                    c.confidence(), choices, c.closest());
            return c.handoffReason() == null ? clarify : clarify.handingOver(c.handoffReason());
        }
        if (action instanceof Action.LlmAnswer l) {
            return ReplyDraft.llm(l.text(), l.confidence(), suggestions(l.related()), l.closest(), l.model(),
                    l.tokensIn(), l.tokensOut());
        }
        if (action instanceof Action.Handoff h) {
            String text = texts.text(HandoffReasons.CUSTOMER_ASKED.equals(h.reason())
                    ? "conversation.human-requested" : "conversation.handoff", language);
            return new ReplyDraft(text, ReplySource.SYSTEM, h.confidence(), suggestions(h.related()), h.closest(),
                    h.model(), h.tokensIn(), h.tokensOut(), h.reason());
        }
        if (action instanceof Action.Fixed f) {
            ReplyDraft fixed = fixed(f.intent(), key, language);
            return f.intent() == Intent.START ? greetings.start(fixed, language) : fixed;
        }
        if (action instanceof Action.Greeting) {
            return greetings.greeting(texts.text("greeting", language), language);
        }
        if (action instanceof Action.ActReply r) {
            return actReply(r, key, language);
        }
        if (action instanceof Action.Repeat r) {
            return ReplyDraft.system(r.text(), List.of(), null);
        }
        if (action instanceof Action.OfferPerson o) {
            return offerPerson(o, key, language);
        }
        if (action instanceof Action.Acknowledge a) {
            if (a.closing() == Act.BOT) {
                return ReplyDraft.system(texts.text("conversation.waiting-bot", language, Map.of("bot",
                        botName(key))), List.of(), null);
            }
            String said = a.closing() == Act.THANKS || a.closing() == Act.YES ? "conversation.waiting-welcome"
                    : a.closing() != null ? "conversation.waiting-bye"
                    : a.again() ? "conversation.waiting-ack-again" : "conversation.waiting-ack";
            if (a.choices().isEmpty()) {
                return system(said, language);
            }
            // the team has it; meanwhile the FAQ's likeliest entries, which the customer may tap
            return choices(texts.text(said, language) + " " + texts.text("conversation.waiting-choices", language),
                    a.choices());
        }
        if (action instanceof Action.NotCaught) {
            return system("conversation.not-caught", language);
        }
        if (action instanceof Action.AskMore) {
            return system("conversation.ask-more", language);
        }
        if (action instanceof Action.AskWhatNext) {
            return system("conversation.acts.what-next", language);
        }
        throw new IllegalArgumentException("not a reply: " + action);
    }

    /**
     * The offer of a person, in words that say what happened; to an angry customer whose question the FAQ answers,
     * the apology, the answer and the offer in one reply.
     */
    private ReplyDraft offerPerson(Action.OfferPerson offer, ConversationKey key, Locale language) {
        if (offer.why() == Action.OfferPerson.Why.CONCESSION) {
            return concession(offer, key, language);
        }
        if (offer.answer() != null) {
            return render(offer.answer(), key, language).precededBy(texts.text("conversation.anger-sorry", language))
                    .followedBy(texts.text("conversation.anger-offer-after-answer", language));
        }
        if (!offer.choices().isEmpty()) {
            return choices(texts.text("conversation.anger-sorry", language) + " "
                    + texts.text("conversation.anger-choices", language), offer.choices())
                    .followedBy(texts.text("conversation.anger-offer-after-choices", language));
        }
        return system(switch (offer.why()) {
            case UPSET -> "conversation.anger-apology";
            case NOT_HELPED -> "conversation.human-offer";
            case UNSURE -> "conversation.human-offer-unsure";
            case OFF_TOPIC -> "conversation.human-offer-off-topic";
            case NOT_FOUND -> "conversation.human-offer-not-found";
            case REJECTED -> "conversation.human-offer-rejected";
            case CONCESSION -> "conversation.concession-offer"; // rendered by concession, above
            case PRESENT -> "conversation.human-offer-present";
            case NOTHING_MORE -> "conversation.human-offer-nothing-more";
            case NOT_YET -> "conversation.human-offer-not-yet";
        }, language);
    }

    /**
     * A concession the customer demanded: sorry, it is not the bot's to grant (nothing promised), then what the FAQ
     * says of it (an answer, or entries to tap) if anything, and a person from the team who may look at the request.
     */
    private ReplyDraft concession(Action.OfferPerson offer, ConversationKey key, Locale language) {
        String sorry = texts.text("conversation.concession-sorry", language);
        String person = texts.text("conversation.concession-offer", language);
        if (offer.answer() != null) {
            return render(offer.answer(), key, language).precededBy(sorry).followedBy(person);
        }
        if (!offer.choices().isEmpty()) {
            return choices(sorry + " " + texts.text("conversation.anger-choices", language), offer.choices())
                    .followedBy(person);
        }
        return ReplyDraft.system(sorry + " " + person, List.of(), null);
    }

    /** The handoff reply of a message the bot gave up on. */
    String handoffText(Locale language) {
        return texts.text("conversation.handoff", language);
    }

    private ReplyDraft actReply(Action.ActReply reply, ConversationKey key, Locale language) {
        String bot = botName(key);
        String act = "conversation.acts.";
        return switch (reply.act()) {
            case GREETING -> greetings.withStarters(texts.text(act + "greeting", language), language);
            case CAPABILITIES -> greetings.withStarters(texts.text(act + "capabilities", language), language);
            case THANKS, YES -> system(act + (reply.afterAnswer() ? "welcome"
                    : reply.act() == Act.YES ? "yes" : "thanks"), language);
            case BYE -> system(act + (reply.afterAnswer() ? "welcome-bye" : "bye"), language);
            case NO, CANCEL -> system(act + "no", language);
            case BOT -> ReplyDraft.system(texts.text(act + "bot", language, Map.of("bot", bot)), List.of(), null);
            default -> system(act + "chitchat", language);
        };
    }

    private ReplyDraft system(String key, Locale language) {
        return ReplyDraft.system(texts.text(key, language), List.of(), null);
    }

    /** The fixed answer to a message of this intent (a command, a file, a message too long). */
    private ReplyDraft fixed(Intent intent, ConversationKey key, Locale language) {
        String bot = botName(key);
        String text = switch (intent) {
            case START -> texts.text("conversation.start", language, Map.of("bot", bot));
            case HELP -> texts.text("conversation.help", language);
            case RESET -> texts.text("conversation.reset", language);
            case HUMAN -> texts.text("conversation.human-requested", language);
            case NOT_TEXT -> texts.text("conversation.not-text", language);
            case NOT_HEARD -> texts.text("conversation.not-heard", language);
            case TOO_LONG -> texts.text("conversation.too-long", language,
                    Map.of("max", Integer.toString(properties.maxMessageLength())));
            case QUESTION, CHOICE -> throw new IllegalArgumentException("no fixed text for " + intent);
        };
        return ReplyDraft.system(text, List.of(), null);
    }

    /**
     * What the bot understood of a voice note, said before its answer so the customer can correct it: the
     * transcript, cut to {@value #YOU_ASKED_MAX} characters.
     */
    String youAsked(String transcript, Locale language) {
        String said = transcript.strip();
        if (said.length() > YOU_ASKED_MAX) {
            int cut = Character.isLowSurrogate(said.charAt(YOU_ASKED_MAX)) ? YOU_ASKED_MAX - 1 : YOU_ASKED_MAX;
            said = said.substring(0, cut).strip() + "…";
        }
        return texts.text("conversation.you-asked", language, Map.of("text", said));
    }

    /** Entries offered beside another reply (no "did you mean" of its own): the prompt and the entries to tap. */
    private ReplyDraft choices(String prompt, List<FaqMatch> entries) {
        var choices = suggestions(entries);
        return ReplyDraft.clarify(clarifyText(prompt, choices), 0, choices, entries.get(0).entryId());
    }

    /** The prompt, then the questions numbered, so a channel that shows no buttons still reads well. */
    private static String clarifyText(String prompt, List<Suggestion> choices) {
        return ChoiceList.numbered(prompt, choices);
    }

    private static List<Suggestion> suggestions(List<FaqMatch> matches) {
        return matches.stream().map(m -> new Suggestion(m.entryId(), m.question(), m.score())).toList();
    }
}
