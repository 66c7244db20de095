package org.answerdesk.channel.setup;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.answerdesk.audit.Audit;
import org.answerdesk.channel.ChannelSecrets;
import org.answerdesk.channel.ChannelSetup;
import org.answerdesk.channel.ChannelSignIn;
import org.answerdesk.conversation.Channel;
import org.answerdesk.language.Languages;
import org.answerdesk.language.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

/**
 * A channel connected by signing in with its provider ({@link ChannelSignIn}: a Microsoft 365 or Gmail mailbox).
 * {@code POST /api/channels/{channel}/sign-in} (admin) takes the form's settings and answers the provider's sign-in
 * page for the browser ({@code authorize_url}); the provider sends the browser back to {@code GET .../callback}
 * (public: the SameSite=Strict admin cookie does not come with a cross-site redirect; the single-use state is the
 * check), which completes the sign-in, stores the settings sealed and starts the channel as a {@code PUT} does, or
 * leaves it as it was. Its page links back to the admin page with the outcome's id, which {@code GET
 * .../sign-in/{id}} (admin) answers as a {@code PUT} would: the channel, or the refusal's status and reason.
 */
@RestController
@RequestMapping(ChannelSignInController.PATH)
class ChannelSignInController {

    static final String PATH = "/api/channels/{name}/sign-in";
    private static final Logger log = LoggerFactory.getLogger(ChannelSignInController.class);

    private final ChannelsController channels;
    private final ChannelRuntime runtime;
    private final Texts texts;
    private final Languages languages;
    private final ObjectProvider<Audit> audit;
    private final String publicUrl;
    private final SignInOutcomes outcomes;

    ChannelSignInController(ChannelsController channels, ChannelRuntime runtime, Texts texts, Languages languages,
                            ObjectProvider<Audit> audit, SealedSignInRecords records,
                            @Value("${answerdesk.public-url:http://localhost:8080}") String publicUrl) {
        this.outcomes = new SignInOutcomes(records, Clock.systemUTC());
        this.channels = channels;
        this.runtime = runtime;
        this.texts = texts;
        this.languages = languages;
        this.audit = audit;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @PostMapping
    Map<String, String> begin(@PathVariable String name, @RequestBody Map<String, Object> body) {
        ChannelSignIn signIn = signIn(channels.editable(name));
        channels.key();
        Map<String, String> values = ChannelsController.values((ChannelSetup) signIn, body);
        try {
            return Map.of("authorize_url", signIn.begin(values, redirectUri(name)).toString());
        } catch (ChannelSetup.CheckFailed e) {
            throw ChannelsController.refusal(e);
        }
    }

    @GetMapping("/callback")
    ResponseEntity<String> callback(@PathVariable String name, @RequestParam Map<String, String> query,
                                    HttpServletRequest request) {
        if (!awaited(name, query.get("state"))) {
            // anyone can call this route: a state not handed out here gets one fixed page, which says nothing of
            // the configuration, echoes nothing and records no outcome
            return stranger();
        }
        String id = null;
        HttpStatusCode status;
        String reason = null;
        try {
            ChannelSetup setup = channels.editable(name);
            SecretBox key = channels.key();
            ChannelSignIn.Completed done = signIn(setup).complete(query);
            runtime.connect(setup, key, done.settings());
            id = outcomes.connected(setup.channel(), done.account());
            status = HttpStatus.OK;
            log.info("The {} channel signed in with its provider as {} and connected", name, done.account());
            audit.ifAvailable(a -> a.record(request, "CHANNEL_SIGNED_IN", name.toLowerCase(Locale.ROOT) + ": "
                    + done.account() + "; settings and refresh token stored encrypted"));
        } catch (ChannelSetup.CheckFailed e) {
            status = ChannelsController.refusal(e).getStatusCode();
            reason = e.getMessage();
        } catch (ResponseStatusException e) {
            status = e.getStatusCode();
            reason = e.getReason();
        } catch (ChannelSecrets.Unavailable e) {
            status = HttpStatus.CONFLICT;
            reason = e.getMessage();
        }
        if (reason != null) {
            log.debug("A {} sign-in was not completed: {}", name, reason);
            id = refused(name, status, reason);
        }
        String channel = name.matches("[A-Za-z]{1,20}") ? name.toLowerCase(Locale.ROOT) : "";
        return page(status, reason, id == null ? "/admin#/channels"
                : "/admin?sign_in=" + id + "&channel=" + channel + "#/channels");
    }

    /** The outcome of a sign-in, from any instance: the channel as it is now with the account, or the refusal. */
    @GetMapping("/{id}")
    ChannelView outcome(@PathVariable String name, @PathVariable String id) {
        ChannelSetup setup = channels.editable(name);
        SignInOutcomes.Outcome outcome = outcomes.get(setup.channel(), id).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "no such sign-in of " + name + " (their outcomes "
                        + "are kept " + SignInOutcomes.TTL.toMinutes() + " minutes)"));
        if (!outcome.connected()) {
            throw new ResponseStatusException(outcome.status(), outcome.error());
        }
        return channels.view(setup.channel()).withAccount(outcome.account());
    }

    /** The refusal kept for the admin page; no id when even that cannot be kept (the page then says why itself). */
    private String refused(String name, HttpStatusCode status, String reason) {
        for (Channel channel : Channel.values()) {
            if (channel.name().equalsIgnoreCase(name)) {
                try {
                    return outcomes.refused(channel, status, reason);
                } catch (ChannelSecrets.Unavailable | RuntimeException e) {
                    log.debug("The outcome of a {} sign-in was not kept: {}", name, e.toString());
                }
            }
        }
        return null;
    }

    /** Whether {@code name} is a channel signed in with a provider whose sign-in of {@code state} waits here. */
    private boolean awaited(String name, String state) {
        if (state == null || !name.matches("[A-Za-z]{1,20}")) {
            return false;
        }
        for (Channel channel : Channel.values()) {
            if (channel.name().equalsIgnoreCase(name)) {
                return runtime.setup(channel).filter(ChannelSignIn.class::isInstance).map(ChannelSignIn.class::cast)
                    .map(signIn -> signIn.awaits(state)).orElse(false);
            }
        }
        return false;
    }

    /** The one page every call without a sign-in of this server's gets: the title and the way to the admin page. */
    private ResponseEntity<String> stranger() {
        Locale language = languages.defaultLanguage();
        String title = HtmlUtils.htmlEscape(texts.text("email.oauth.title", language));
        String html = """
                <!doctype html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <meta name="robots" content="noindex"><title>%s</title><link rel="stylesheet" href="/feedback.css">
                </head><body><h1>%s</h1><p><a href="/admin">%s</a></p></body></html>
                """.formatted(language.toLanguageTag(), title, title,
                HtmlUtils.htmlEscape(texts.text("email.oauth.back", language)));
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
            .contentType(new MediaType("text", "html", StandardCharsets.UTF_8)).body(html);
    }

    private String redirectUri(String name) {
        return publicUrl + PATH.replace("{name}", name.toLowerCase(Locale.ROOT)) + "/callback";
    }

    private static ChannelSignIn signIn(ChannelSetup setup) {
        if (setup instanceof ChannelSignIn signIn) {
            return signIn;
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, setup.channel().name().toLowerCase(Locale.ROOT)
                + " is not connected by signing in with a provider: connect it with its form");
    }

    /** The browser's page after the provider: the outcome, and the way back to the admin page, which shows it. */
    private ResponseEntity<String> page(HttpStatusCode status, String reason, String link) {
        String back = HtmlUtils.htmlEscape(link);
        Locale language = languages.defaultLanguage();
        String text = reason == null ? texts.text("email.oauth.connected", language)
                : texts.text("email.oauth.failed", language, Map.of("reason", reason));
        String title = HtmlUtils.htmlEscape(texts.text("email.oauth.title", language));
        String html = """
                <!doctype html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <meta name="robots" content="noindex"><meta http-equiv="refresh" content="3; url=%s">
                <title>%s</title><link rel="stylesheet" href="/feedback.css">
                </head><body><h1>%s</h1><p class="%s">%s</p><p><a href="%s">%s</a></p></body></html>
                """.formatted(language.toLanguageTag(), back, title, title, reason == null ? "connected" : "failed",
                HtmlUtils.htmlEscape(text), back, HtmlUtils.htmlEscape(texts.text("email.oauth.back", language)));
        return ResponseEntity.status(status).contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(html);
    }
}
