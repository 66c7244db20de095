package org.answerdesk.richtext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesTheFiveMarkupCharactersAndLeavesEveryOtherAsItIs() {
        assertThat(Html.escape("<a href=\"x\" title='y'>Tom & Jerry</a> é € \u00a0 😀"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt; é € \u00a0 😀");
        assertThat(Html.escape("&amp;")).isEqualTo("&amp;amp;");
    }
}
