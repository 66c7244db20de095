package org.answerdesk.dialogue;

import java.util.regex.Pattern;

/**
 * The separators the text rules split words by, compiled once: {@code String.split} with a regex of more than one
 * character compiles it on every call, and the rules split each message many times. {@code SPACES.split(s)} is
 * {@code s.split("\\s+")} by the JDK's definition, as {@code BLANKS.split(s)} is {@code s.split(" +")}.
 */
final class Splits {

    /** Any run of white space. */
    static final Pattern SPACES = Pattern.compile("\\s+");
    /** A run of plain spaces. */
    static final Pattern BLANKS = Pattern.compile(" +");

    private Splits() {
    }
}
