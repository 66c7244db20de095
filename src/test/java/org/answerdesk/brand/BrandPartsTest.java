package org.answerdesk.brand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Part by part, the environment's look wins over the owner's. */
class BrandPartsTest {

    private static final Brand ENVIRONMENT = new Brand(null, "#aa3300", null);
    private static final Brand OWNER = new Brand("Corner Shop", "#123456", null);

    @Test
    void aPartTheEnvironmentSetsWinsAndTheOwnersFillTheRest() {
        assertThat(ENVIRONMENT.over(OWNER)).isEqualTo(new Brand("Corner Shop", "#aa3300", null));
        assertThat(BrandParts.sources(ENVIRONMENT, OWNER)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "name", BrandParts.Source.ADMIN, "color", BrandParts.Source.ENVIRONMENT));
        assertThat(BrandParts.sources(Brand.NONE, Brand.NONE)).isEmpty();
    }

    @Test
    void aChangeSettingAPartOfTheEnvironmentIsNamed() {
        assertThat(BrandParts.inEnvironment(new Brand("Corner Shop", "#000", null), ENVIRONMENT)).contains("color");
        assertThat(BrandParts.inEnvironment(new Brand("Corner Shop", null, "https://x.example/l.png"), ENVIRONMENT))
                .isEmpty();
    }
}
