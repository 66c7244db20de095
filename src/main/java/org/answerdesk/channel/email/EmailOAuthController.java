package org.answerdesk.channel.email;

import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.answerdesk.audit.Audit;
import org.answerdesk.channel.ChannelSecrets;
import org.answerdesk.channel.SignInRecords;
import org.answerdesk.conversation.Channel;
import org.answerdesk.language.Languages;
import org.answerdesk.language.Texts;
import org.answerdesk.richtext.Html;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Signing in to the mailbox with the provider (OAuth2 authorization code with PKCE), for a mailbox whose
 * {@code ANSWERDESK_MAIL_OAUTH_PROVIDER} is set. {@code GET .../start} (admin) sends the browser to the provider's
 * sign-in with a fresh {@code state}; the provider sends it back to {@code GET .../callback} (public: the admin
 * cookie is SameSite=Strict and does not come with the provider's redirect; the single-use state is the check),
 * which exchanges the code, stores the refresh token encrypted and lets the mailbox reader sign in with it at once.
 */
@RestController
@RequestMapping(EmailOAuthController.PATH)
@ConditionalOnExpression(EmailConfiguration.ENABLED + " and !'${answerdesk.mail.oauth-provider:}'.isBlank()")
class EmailOAuthController {

    static final String PATH = "/api/channels/email/oauth";
    private static final Logger log = LoggerFactory.getLogger(EmailOAuthController.class);

    private final EmailProperties properties;
    private final AccessTokens tokens;
    private final ObjectProvider<ChannelSecrets> secrets;
    private final EmailPoller poller;
    private final Texts texts;
    private final Languages languages;
    private final String redirectUri;
    private final ObjectProvider<Audit> audit;
    private final ObjectProvider<SignInRecords> records;

    EmailOAuthController(EmailProperties properties, MailLogin login, ObjectProvider<ChannelSecrets> secrets,
                         EmailPoller poller, Texts texts, Languages languages, ObjectProvider<Audit> audit,
                         ObjectProvider<SignInRecords> records,
                         @Value("${answerdesk.public-url:http://localhost:8080}") String publicUrl) {
        this.records = records;
        this.properties = properties;
        this.tokens = login.tokens().orElseThrow();
        this.secrets = secrets;
        this.poller = poller;
        this.texts = texts;
        this.languages = languages;
        this.audit = audit;
        this.redirectUri = publicUrl.replaceAll("/+$", "") + PATH + "/callback";
    }

    /** For the admin page: this mailbox signs in with that provider (the route exists only when it does). */
    @GetMapping
    Map<String, String> provider() {
        return Map.of("provider", properties.oauthProvider().name().toLowerCase(Locale.ROOT));
    }

    @GetMapping("/start")
    ResponseEntity<Void> start(@RequestParam(name = "provider", required = false) String provider,
                               HttpServletRequest request) {
        OAuthProvider configured = properties.oauthProvider();
        if (provider != null && !provider.equalsIgnoreCase(configured.name())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "this mailbox signs in with "
                    + configured.name().toLowerCase(Locale.ROOT) + " (ANSWERDESK_MAIL_OAUTH_PROVIDER), not " + provider);
        }
        ChannelSecrets store = secrets.getIfAvailable();
        PendingSignIns.Pending started;
        try {
            if (store == null || !store.available()) {
                throw new ChannelSecrets.Unavailable();
            }
            started = pending().orElseThrow(ChannelSecrets.Unavailable::new).start();
        } catch (ChannelSecrets.Unavailable e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage()
                    + ", or set ANSWERDESK_MAIL_OAUTH_REFRESH_TOKEN");
        }
        URI location = configured.authorization(properties.oauthTenant(), properties.oauthClientId(), redirectUri,
                started, properties.imapUsername());
        audit.ifAvailable(a -> a.record(request, "EMAIL_OAUTH_SIGN_IN_STARTED", configured.name().toLowerCase(Locale.ROOT)
                + " for " + properties.imapUsername()));
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, location.toString()).build();
    }

    @GetMapping("/callback")
    ResponseEntity<String> callback(@RequestParam Map<String, String> query, HttpServletRequest request) {
        Locale language = languages.defaultLanguage();
        var signIn = pending().flatMap(p -> p.take(query.get("state")));
        if (signIn.isEmpty()) {
            // anyone can call this route: neither a log line at warn nor an audit row per call
            log.debug("Mailbox sign-in refused: a callback with a state this server did not hand out (or used, or "
                    + "older than {})", PendingSignIns.TTL);
            return page(HttpStatus.BAD_REQUEST, language, texts.text("email.oauth.refused", language));
        }
        String code = query.get("code");
        if (query.containsKey("error") || EmailProperties.blank(code)) {
            String reason = query.getOrDefault("error", "no code") + (query.containsKey("error_description")
                    ? ": " + query.get("error_description") : "");
            log.warn("Mailbox sign-in not completed by the provider: {}", reason);
            return page(HttpStatus.BAD_REQUEST, language, texts.text("email.oauth.failed", language,
                    Map.of("reason", reason)));
        }
        try {
            TokenEndpoint.Tokens granted = tokens.endpoint().exchange(code, signIn.get().verifier(), redirectUri);
            if (granted.refreshToken() == null) {
                throw new MailSignInException("the provider granted no refresh token (for Microsoft, the scope "
                        + "offline_access; for Google, remove the app's access and sign in again)", true);
            }
            secrets.getObject().put(Channel.EMAIL, AccessTokens.storedName(properties), granted.refreshToken());
            tokens.signedIn(granted);
        } catch (MailSignInException | ChannelSecrets.Unavailable e) {
            log.warn("Mailbox sign-in not completed: {}", e.getMessage());
            return page(HttpStatus.BAD_GATEWAY, language, texts.text("email.oauth.failed", language,
                    Map.of("reason", e.getMessage())));
        }
        log.info("Mailbox {} signed in with {}; its refresh token is stored encrypted", properties.imapUsername(),
                properties.oauthProvider());
        audit.ifAvailable(a -> a.record(request, "EMAIL_OAUTH_SIGNED_IN", properties.imapUsername()
                + "; refresh token stored encrypted"));
        poller.retryNow();
        return page(HttpStatus.OK, language, texts.text("email.oauth.connected", language));
    }

    /** The sign-ins under way, kept sealed in the database: the provider may send the browser to any instance. */
    private java.util.Optional<PendingSignIns> pending() {
        return java.util.Optional.ofNullable(records.getIfAvailable()).map(r -> new PendingSignIns(r,
                Clock.systemUTC()));
    }

    private ResponseEntity<String> page(HttpStatus status, Locale language, String text) {
        return EmailFeedbackController.page(status, texts.text("email.oauth.title", language), language,
                EmailFeedbackController.paragraph(text) + "<p><a href=\"/admin\">"
                        + Html.escape(texts.text("email.oauth.back", language)) + "</a></p>");
    }
}
