package org.answerdesk.dialogue;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person asked for in a language the shop ships no file for ("toi muon noi chuyen voi nhan vien", "chce rozmawiac z
 * konsultantem"): a customer who gives up on the shop's language asks in their own, often romanised on a Latin
 * keyboard. Read with the phrases of {@code person.ask.unshipped} in {@code dialogue/lang/every.tsv}, a word of
 * reaching beside a word of a person or a real one in the commonest such languages, on the text lowered with its
 * accents folded, in a conversation of every language.
 */
final class UnshippedRequest {

    private static final Optional<Pattern> ASK = Lexicon.everyLanguagePattern("person.ask.unshipped",
            "person.ask.unshipped");

    private UnshippedRequest() {
    }

    /** Whether the message asks for a person in a phrase of a language no file is shipped for. */
    static boolean asks(String text) {
        return ASK.map(p -> p.matcher(ActRules.folded(text)).find()).orElse(false);
    }
}
