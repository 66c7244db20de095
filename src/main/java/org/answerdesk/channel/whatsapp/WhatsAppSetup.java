package org.answerdesk.channel.whatsapp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.answerdesk.channel.RunTimeChannel;
import org.answerdesk.channel.RunTimeRoutes;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ChannelAdapters;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * WhatsApp connected from the admin page: the settings are the {@code ANSWERDESK_WHATSAPP_*} ones (access token,
 * phone number id, app secret, verify token; a template for late replies optional), checked by reading the phone
 * number from the Graph API with the token. Running, it is the channel configured at start; its webhook
 * ({@code /whatsapp/webhook}) answers through {@link RunTimeRoutes}.
 */
@Component
class WhatsAppSetup extends RunTimeChannel {

    private static final List<Field> FIELDS = List.of(Field.secret("access_token"), Field.text("phone_number_id"),
            Field.secret("app_secret"), Field.secret("verify_token"), Field.text("template").optional(),
            Field.text("template_language").optional());
    /** What may go into a header or a URL: printable ASCII without spaces. */
    private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7E]{1,4096}");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    WhatsAppSetup(ConfigurableApplicationContext app, ChannelAdapters adapters, RunTimeRoutes routes) {
        super(app, adapters, routes, new Platform(Channel.WHATSAPP, FIELDS, "whatsappHealthIndicator", "answerdesk.whatsapp.", "access_token"));
    }

    @Override
    public String check(Map<String, String> settings) throws CheckFailed {
        for (String secret : List.of("access_token", "app_secret", "verify_token")) {
            if (settings.containsKey(secret) && !TOKEN.matcher(settings.get(secret)).matches()) {
                throw new CheckFailed(secret + " is not valid: paste it from Meta's dashboard without spaces", false);
            }
        }
        if (settings.containsKey("phone_number_id") && !settings.get("phone_number_id").matches("\\d{1,30}")) {
            throw new CheckFailed("phone_number_id is the number's id (digits, under WhatsApp > API Setup), not the "
                    + "phone number", false);
        }
        WhatsAppProperties whatsapp = bind(WhatsAppProperties.class, settings);
        if (whatsapp.accessToken() == null || whatsapp.accessToken().isBlank()) {
            throw new CheckFailed("no WhatsApp access token is set", false);
        }
        String token = whatsapp.accessToken().strip();
        URI number = URI.create(whatsapp.apiUrl().strip().replaceAll("/+$", "") + "/"
                + whatsapp.phoneNumberId().strip() + "?fields=display_phone_number,verified_name");
        HttpResponse<String> response;
        try {
            response = HTTP.send(HttpRequest.newBuilder(number).timeout(Duration.ofSeconds(15))
                    .header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CheckFailed("the Graph API at " + whatsapp.apiUrl() + " could not be reached: "
                    + redact(e.toString(), token), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CheckFailed("interrupted while checking with WhatsApp", true);
        }
        JsonNode answer;
        try {
            answer = GraphApi.JSON.readTree(response.body());
        } catch (JacksonException e) {
            answer = GraphApi.JSON.createObjectNode();
        }
        if (response.statusCode() / 100 == 5) {
            throw new CheckFailed("the Graph API answered " + response.statusCode() + ": try again later", true);
        }
        if (response.statusCode() != 200) {
            String said = redact(answer.path("error").path("message").asString("HTTP " + response.statusCode()),
                    token);
            throw new CheckFailed("WhatsApp refused the access token or the phone number id (" + said + "): "
                    + "copy both again from WhatsApp > API Setup", false);
        }
        String name = answer.path("verified_name").asString("");
        String phone = answer.path("display_phone_number").asString(whatsapp.phoneNumberId());
        return name.isBlank() ? phone : name + " " + phone;
    }

    private static String redact(String text, String token) {
        return text == null ? "" : text.replace(token, "***");
    }
}
