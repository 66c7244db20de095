package org.answerdesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.ArrayList;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.answerdesk.channel.email.TestMailServer;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One app for the owner's desk (issue 54): the email channel on GreenMail, alerts to a webhook receiver (WireMock) and
 * to the owner's mailbox, an https public address. The test classes of alerts, FAQ replacement, the brand and the
 * widget's sites name this initializer and nothing else, so they share one Spring context (one app start) and its
 * own database: what they change there (the whole FAQ, the brand) does not reach the other classes' apps.
 */
public final class OwnerDesk implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String WEBHOOK_SECRET = "alert-test-secret";
    public static final String OWNER = "owner@shop.test";
    public static final String PUBLIC_URL = "https://desk.shop.test";
    /** ANSWERDESK_BRAND_COLOR: the default the owner's colour replaces. */
    public static final String BRAND_COLOR = "#aa3300";
    /** Stands in for the owner's alert receiver; answers 204 unless a test stubs otherwise. */
    public static final WireMockServer RECEIVER = new WireMockServer(wireMockConfig().dynamicPort());

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        synchronized (RECEIVER) {
            if (!RECEIVER.isRunning()) {
                RECEIVER.start();
                RECEIVER.stubFor(post(urlPathEqualTo("/hook")).willReturn(aResponse().withStatus(204)));
            } else {
                // a new app for these classes (the cached one was evicted): its database numbers tickets from 1
                // again, so what the last one's alerts posted would pass for this one's
                RECEIVER.resetRequests();
            }
        }
        var settings = new ArrayList<>(TestMailServer.properties());
        settings.add("answerdesk.alerts.webhook-url=http://127.0.0.1:" + RECEIVER.port() + "/hook");
        settings.add("answerdesk.alerts.webhook-secret=" + WEBHOOK_SECRET);
        settings.add("answerdesk.alerts.email=" + OWNER);
        settings.add("answerdesk.alerts.initial-backoff=100ms");
        settings.add("answerdesk.alerts.retry-interval=200ms");
        settings.add("answerdesk.public-url=" + PUBLIC_URL);
        settings.add("answerdesk.web.origins-refresh=1s");
        settings.add("answerdesk.brand.color=" + BRAND_COLOR);
        TestPropertyValues.of(settings).applyTo(context);
    }
}
