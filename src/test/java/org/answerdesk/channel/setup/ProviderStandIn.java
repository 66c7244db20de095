package org.answerdesk.channel.setup;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The mail provider's token endpoint for the apps of {@link ChannelsIT.Settings}: WireMock, started once per JVM, named
 * to the app by the environment ({@code answerdesk.mail.oauth-token-url}), since the admin API takes no token
 * endpoint.
 */
public final class ProviderStandIn {

    public static final WireMockServer TOKENS = new WireMockServer(wireMockConfig().dynamicPort());

    static {
        TOKENS.start();
        Runtime.getRuntime().addShutdownHook(new Thread(TOKENS::stop));
    }

    private ProviderStandIn() {
    }

    /** What the environment names as the token endpoint. */
    public static String tokenUrl() {
        return TOKENS.baseUrl() + "/token";
    }
}
