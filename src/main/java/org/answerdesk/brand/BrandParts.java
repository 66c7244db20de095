package org.answerdesk.brand;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The parts of a look by their API names, and where each of the parts customers see comes from. */
final class BrandParts {

    /** Where a part customers see comes from. */
    enum Source { ENVIRONMENT, ADMIN }

    private BrandParts() {
    }

    /** The look's parts by their API names ({@code name}, {@code color}, {@code logo_url}); null for unset. */
    static Map<String, String> of(Brand brand) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("name", brand.name());
        parts.put("color", brand.color());
        parts.put("logo_url", brand.logoUrl());
        return parts;
    }

    /** Per part, where it comes from (the environment wins); parts set nowhere are left out. */
    static Map<String, Source> sources(Brand environment, Brand owner) {
        Map<String, Source> sources = new LinkedHashMap<>();
        Map<String, String> owners = of(owner);
        of(environment).forEach((part, value) -> {
            if (value != null) {
                sources.put(part, Source.ENVIRONMENT);
            } else if (owners.get(part) != null) {
                sources.put(part, Source.ADMIN);
            }
        });
        return sources;
    }

    /** The first part {@code change} sets that the environment sets too, if any. */
    static Optional<String> inEnvironment(Brand change, Brand environment) {
        Map<String, String> env = of(environment);
        return of(change).entrySet().stream().filter(e -> e.getValue() != null && env.get(e.getKey()) != null)
                .map(Map.Entry::getKey).findFirst();
    }
}
