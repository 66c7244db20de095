package org.answerdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebOriginsTest {

    @Test
    void originsAreNormalisedAndBecomeTheFrameAncestors() {
        var origins = WebOrigins.parse(" https://Shop.Example/ , http://localhost:3000,https://shop.example");
        assertThat(origins.origins()).containsExactly("https://shop.example", "http://localhost:3000");
        assertThat(origins.frameAncestors()).isEqualTo("'self' https://shop.example http://localhost:3000");
        assertThat(WebOrigins.parse("").any()).isFalse();
        assertThat(WebOrigins.parse(null).frameAncestors()).isEqualTo("'self'");
    }

    @Test
    void anythingButAPlainHttpOriginStopsTheStart() {
        for (String bad : new String[] {"*", "shop.example", "https://shop.example/path", "ftp://shop.example",
                "https://user@shop.example", "https://shop.example?x=1", "javascript:alert(1)"}) {
            assertThatThrownBy(() -> WebOrigins.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allowed-origins");
        }
    }
}
