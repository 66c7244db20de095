package org.answerdesk.language;

/** The shipped texts for unit tests, without Spring: no owner's directory, no settings. */
public final class TestTexts {

    /** An English shop's texts. */
    public static final Texts ENGLISH = of("en");

    private TestTexts() {
    }

    /** The texts of a shop serving these languages, the default first. */
    public static Texts of(String... tags) {
        return new Texts(Languages.of(tags), name -> null, null);
    }
}
