package org.answerdesk.admin;

import java.net.URI;
import java.util.Locale;
import java.util.function.Supplier;

import org.answerdesk.brand.Brand;
import org.answerdesk.brand.Branding;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The origin of the shop's logo (https://host[:port]) for the chat page's img-src, or null for none; checked by
 * {@link Brand} as an https address. Asked on every response: the {@link Branding} bean is looked up once (a lookup
 * through the bean factory cost more than the rest of the header), and the origin is worked out again only when the
 * logo's address changes.
 */
final class LogoOrigin implements Supplier<String> {

    private final ObjectProvider<Branding> brand;
    private volatile Branding branding;
    private volatile Known known = new Known(null, null);

    /** The last address seen and its origin. */
    private record Known(String url, String origin) {
    }

    LogoOrigin(ObjectProvider<Branding> brand) {
        this.brand = brand;
    }

    @Override
    public String get() {
        Branding b = branding;
        if (b == null) {
            b = brand.getIfAvailable(); // a test slice has none: asked again, as before
            if (b == null) {
                return null;
            }
            branding = b;
        }
        String url = b.logoUrl();
        Known k = known;
        if (url == null) {
            return null;
        }
        if (!url.equals(k.url())) {
            k = new Known(url, origin(url));
            known = k;
        }
        return k.origin();
    }

    static String origin(String url) {
        var uri = URI.create(url);
        return "https://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
