package org.answerdesk.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BrandTest {

    @Test
    void theOwnersPartsWinAndTheDefaultsFillTheRest() {
        var defaults = new Brand("Default Shop", "#AA3300", "https://cdn.example/d.png");
        var owner = new Brand(" Corner Shop ", null, "");
        assertThat(owner.over(defaults)).isEqualTo(new Brand("Corner Shop", "#aa3300", "https://cdn.example/d.png"));
        assertThat(Brand.NONE.over(Brand.NONE)).isEqualTo(Brand.NONE);
    }

    @Test
    void onlyAHexColourAPlainNameAndAnHttpsLogoAreTaken() {
        assertThat(new Brand(null, "#abc", null).color()).isEqualTo("#abc");
        assertThatThrownBy(() -> new Brand(null, "rgb(1,2,3)", null)).hasMessageContaining("color must");
        assertThatThrownBy(() -> new Brand(null, "#abcd", null)).hasMessageContaining("color must");
        assertThatThrownBy(() -> new Brand("Shop\u0000", null, null)).hasMessageContaining("name must");
        assertThatThrownBy(() -> new Brand("Shop\u200F", null, null)).hasMessageContaining("name must");
        assertThatThrownBy(() -> new Brand(null, null, "https://user:pw@cdn.example/l.png"))
                .hasMessageContaining("logo_url must");
        assertThatThrownBy(() -> new Brand(null, null, "https://cdn.example/l.png?a=<b>"))
                .hasMessageContaining("logo_url must");
        assertThatThrownBy(() -> new Brand(null, null, "//cdn.example/l.png")).hasMessageContaining("logo_url must");
        assertThat(new Brand("Café Rosé & Söhne", null, "https://cdn.example/logo.svg").name())
                .isEqualTo("Café Rosé & Söhne");
    }
}
