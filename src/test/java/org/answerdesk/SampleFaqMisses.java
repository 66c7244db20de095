package org.answerdesk;

import java.util.List;

/**
 * Questions the sample FAQ ({@code db/sample-faq.csv}) has no entry for and no plausible choices, for the tests that
 * need a miss (a person offered, the same question again handed over). One place, checked against the FAQ with the real
 * model by {@code eval.SampleFaqMissesTest}: when a richer FAQ starts answering one, that test names it, instead of
 * every integration test that used it failing on its own.
 */
public final class SampleFaqMisses {

    /** A service the shop does not offer, sharing no rare word with any entry. */
    public static final String SERVICE = "can you sharpen my kitchen knives for me?";

    /** A question about the goods that no entry answers. */
    public static final String PRODUCT = "is the ceramic glaze lead free for kids";

    /** Another service the shop does not offer, as the handover tests ask it. */
    public static final String APPRAISAL = "Do you appraise antique pocket watches?";

    public static final List<String> ALL = List.of(SERVICE, PRODUCT, APPRAISAL);

    private SampleFaqMisses() {
    }
}
