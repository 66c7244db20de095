package org.answerdesk.dialogue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.answerdesk.retrieval.Passage;

/**
 * Answers drawn from knowledge passages, in the Markdown subset every channel renders: a passage offered by itself
 * ("From our **Returns policy**: ... (link)"), and an LLM answer whose {@code [n]} citations become links to the
 * passages cited.
 */
public final class PassageAnswers {

    /** An offered passage is cut after the sentence that passes this many characters. */
    private static final int EXCERPT_CHARS = 400;
    private static final Pattern CITATION = Pattern.compile("\\s?\\[(\\d{1,2}(?:\\s*,\\s*\\d{1,2})*)]");

    private PassageAnswers() {
    }

    /** The passage offered as the answer: its page's title, an excerpt and the link. */
    public static String offer(Passage p) {
        String text = p.text().strip();
        if (text.length() > EXCERPT_CHARS) {
            Matcher end = Pattern.compile("[.!?](\\s|$)").matcher(text);
            int cut = end.find(EXCERPT_CHARS) ? end.start() + 1 : EXCERPT_CHARS;
            text = text.substring(0, cut).strip() + (cut < p.text().strip().length() ? " …" : "");
        }
        String link = p.url().isBlank() ? "" : " (" + link(p) + ")";
        return "From our **" + plain(p.title()) + "**: " + text + link;
    }

    /**
     * The LLM's answer with its citations rendered: a passage's number becomes a link to it, an FAQ entry's number
     * is dropped (the FAQ has no page), a number nothing was given under is dropped. Empty when the answer cites
     * none of the excerpts it was given.
     *
     * @param firstPassage the number the first passage was given under (FAQ entries come before it)
     */
    public static Optional<String> cited(String answer, int firstPassage, List<Passage> passages) {
        int last = firstPassage + passages.size() - 1;
        Matcher m = CITATION.matcher(answer);
        StringBuilder out = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            StringBuilder links = new StringBuilder();
            for (String n : m.group(1).split("\\s*,\\s*")) {
                int number = Integer.parseInt(n.strip());
                if (number < 1 || number > last) {
                    continue;
                }
                any = true;
                if (number >= firstPassage) {
                    Passage p = passages.get(number - firstPassage);
                    String cite = p.url().isBlank() ? plain(p.title()) : link(p);
                    if (links.indexOf(cite) < 0) {
                        links.append(links.length() == 0 ? "" : ", ").append(cite);
                    }
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(links.length() == 0 ? "" : " (" + links + ")"));
        }
        m.appendTail(out);
        return any ? Optional.of(out.toString().strip()) : Optional.empty();
    }

    private static String link(Passage p) {
        String url = p.url().replace(" ", "%20").replace("(", "%28").replace(")", "%29");
        return "[" + plain(p.title()).replace("[", "(").replace("]", ")") + "](" + url + ")";
    }

    /** A title without the Markdown that would change how it renders. */
    private static String plain(String title) {
        return title.replace("*", "").replace("\n", " ").strip();
    }
}
