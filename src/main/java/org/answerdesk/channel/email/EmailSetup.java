package org.answerdesk.channel.email;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.answerdesk.channel.ChannelSecrets;
import org.answerdesk.channel.ChannelSignIn;
import org.answerdesk.channel.RunTimeChannel;
import org.answerdesk.channel.RunTimeRoutes;
import org.answerdesk.channel.SignInRecords;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ChannelAdapters;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The support mailbox connected from the admin page: the settings are the {@code ANSWERDESK_MAIL_*} ones of the
 * server and the mailbox (lower case, {@code imap_host}); checked by logging in over IMAP and over SMTP (then a
 * {@code NOOP}). With a password, or signed in with Microsoft 365 or Google ({@link ChannelSignIn}): the owner's
 * own app ({@code oauth_client_id}, {@code oauth_client_secret}), the refresh token the sign-in grants kept sealed in
 * {@link ChannelSecrets}, where the running mailbox's {@link AccessTokens} find it. Running, it is the channel
 * configured at start: the poller keeps the mailbox's lease, so one instance reads it; the feedback links' pages
 * answer through {@link RunTimeRoutes}.
 */
@Component
class EmailSetup extends RunTimeChannel implements ChannelSignIn {

    private static final List<Field> FIELDS = List.of(Field.text("imap_host"), Field.text("imap_port").optional(),
            Field.choice("imap_ssl", "true", "false"), Field.text("imap_username"),
            Field.secret("imap_password").optional(), Field.text("smtp_host"), Field.text("smtp_port").optional(),
            Field.choice("smtp_security", "STARTTLS", "SSL", "NONE"), Field.text("smtp_username").optional(),
            Field.secret("smtp_password").optional(), Field.text("from").optional(),
            Field.choice("oauth_provider", "microsoft", "google"), Field.text("oauth_tenant").optional(),
            Field.text("oauth_client_id").optional(), Field.secret("oauth_client_secret").optional());

    /** A host name or address (IPv6 in brackets): nothing else reaches the channel's settings. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._:\\[\\]-]{1,253}");
    /** An Entra tenant: its ID, its domain, {@code organizations} or {@code common} (it becomes part of a URL). */
    private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9.-]{1,100}");

    private final ObjectProvider<ChannelSecrets> secrets;
    private final ObjectProvider<SignInRecords> records;

    EmailSetup(ConfigurableApplicationContext app, ChannelAdapters adapters, RunTimeRoutes routes,
               ObjectProvider<ChannelSecrets> secrets, ObjectProvider<SignInRecords> records) {
        super(app, adapters, routes, new Platform(Channel.EMAIL, FIELDS, "emailHealthIndicator", "answerdesk.mail.",
                "imap_host"));
        this.secrets = secrets;
        this.records = records;
    }

    /** The sign-ins under way, kept sealed in the database: the provider may send the browser to any instance. */
    private Optional<PendingSignIns> pending() {
        return Optional.ofNullable(records.getIfAvailable()).map(r -> new PendingSignIns(r, Clock.systemUTC()));
    }

    /**
     * The settings as properties: the form's fields only (settings stored by an older version may name a token
     * endpoint, which is the environment's alone), and never the environment's refresh token, which is the
     * environment's mailbox's and must not go to servers an admin session names.
     */
    @Override
    protected Map<String, Object> properties(Map<String, String> settings) {
        var known = new LinkedHashMap<String, String>();
        FIELDS.forEach(field -> {
            if (settings.containsKey(field.name())) {
                known.put(field.name(), settings.get(field.name()));
            }
        });
        Map<String, Object> properties = super.properties(known);
        properties.put("answerdesk.mail.oauth-refresh-token", "");
        return properties;
    }

    /** Signing in again is the admin page's own sign-in here, not the environment's mailbox's. */
    @Override
    protected List<Class<?>> notAtRunTime() {
        return List.of(EmailOAuthController.class);
    }

    @Override
    public String check(Map<String, String> settings) throws CheckFailed {
        EmailProperties mail = shaped(settings);
        String from = from(mail);
        if (mail.oauth()) {
            String token = accessToken(mail);
            MailboxCheck.live(mail, token, token);
        } else if (EmailProperties.blank(mail.imapPassword())) {
            throw new CheckFailed("imap_password is required (or sign in with Microsoft 365 or Google)", false);
        } else {
            MailboxCheck.live(mail, mail.imapPassword(), mail.effectiveSmtpPassword());
        }
        return from;
    }

    @Override
    public URI begin(Map<String, String> settings, String redirectUri) throws CheckFailed {
        EmailProperties mail = shaped(settings);
        from(mail);
        if (mail.oauthProvider() == null) {
            throw new CheckFailed("oauth_provider is required to sign in: microsoft or google", false);
        }
        endpoint(mail);
        PendingSignIns.Pending signIn;
        try {
            signIn = pending().orElseThrow(ChannelSecrets.Unavailable::new).start(settings, redirectUri);
        } catch (ChannelSecrets.Unavailable e) {
            throw new CheckFailed(e.getMessage(), false);
        }
        return mail.oauthProvider().authorization(mail.oauthTenant(), mail.oauthClientId(), redirectUri, signIn,
                mail.imapUsername());
    }

    @Override
    public boolean awaits(String state) {
        return pending().map(p -> p.awaits(state)).orElse(false);
    }

    @Override
    public Completed complete(Map<String, String> query) throws CheckFailed {
        PendingSignIns.Pending signIn = pending().flatMap(p -> p.take(query.get("state"))).orElseThrow(() ->
                new CheckFailed("this sign-in was not started from the admin page, or was completed already, or is older than "
                        + PendingSignIns.TTL.toMinutes() + " minutes: sign in again", false));
        String code = query.get("code");
        if (query.containsKey("error") || EmailProperties.blank(code)) {
            String reason = query.getOrDefault("error", "no code") + (query.containsKey("error_description")
                    ? ": " + query.get("error_description") : "");
            throw new CheckFailed("the sign-in was not completed at the provider (" + shorten(reason) + ")", false);
        }
        EmailProperties mail = bind(EmailProperties.class, signIn.settings());
        TokenEndpoint.Tokens granted;
        try {
            granted = endpoint(mail).exchange(code, signIn.verifier(), signIn.redirectUri());
        } catch (MailSignInException e) {
            throw new CheckFailed(e.getMessage(), !e.permanent());
        }
        if (granted.refreshToken() == null) {
            throw new CheckFailed("the provider granted no refresh token (for Microsoft, the scope offline_access; "
                    + "for Google, remove the app's access to the account and sign in again)", false);
        }
        String from = from(mail);
        MailboxCheck.live(mail, granted.accessToken(), granted.accessToken());
        ChannelSecrets store = secrets.getIfAvailable();
        try {
            if (store == null) {
                throw new ChannelSecrets.Unavailable();
            }
            store.put(Channel.EMAIL, AccessTokens.storedName(mail), granted.refreshToken());
        } catch (ChannelSecrets.Unavailable e) {
            throw new CheckFailed(e.getMessage(), false);
        }
        return new Completed(signIn.settings(), from);
    }

    /** The settings bound as the channel's beans would get them, refused when not of their shape. */
    private EmailProperties shaped(Map<String, String> settings) throws CheckFailed {
        for (String host : new String[] {"imap_host", "smtp_host"}) {
            if (settings.containsKey(host) && !HOST.matcher(settings.get(host)).matches()) {
                throw new CheckFailed(host + " is not a host name: a name such as imap.shop.example or an address",
                        false);
            }
        }
        if (settings.containsKey("oauth_tenant") && !TENANT.matcher(settings.get("oauth_tenant")).matches()) {
            throw new CheckFailed("oauth_tenant is the directory (tenant) ID or domain of the Microsoft 365 "
                    + "organisation, organizations or common", false);
        }
        EmailProperties mail = bind(EmailProperties.class, settings);
        if (EmailProperties.blank(mail.imapHost()) || EmailProperties.blank(mail.smtpHost())) {
            throw new CheckFailed("imap_host and smtp_host are required", false);
        }
        for (int port : new int[] {mail.imapPort(), mail.smtpPort()}) {
            if (port < 0 || port > 65_535) {
                throw new CheckFailed("a port is a number from 1 to 65535 (or left empty for the usual one)", false);
            }
        }
        return mail;
    }

    private static String from(EmailProperties mail) throws CheckFailed {
        try {
            return EmailConfiguration.fromAddress(mail).getAddress();
        } catch (IllegalStateException e) {
            throw new CheckFailed("from (or imap_username when from is empty) must be a mail address, such as "
                    + "support@shop.example", false);
        }
    }

    private static TokenEndpoint endpoint(EmailProperties mail) throws CheckFailed {
        if (EmailProperties.blank(mail.oauthClientId())) {
            throw new CheckFailed("oauth_client_id is required to sign in with " + (mail.oauthProvider() == null
                    ? "the provider" : mail.oauthProvider().label()) + ": the client (application) ID of the app "
                    + "you registered (channels/email/README.md)", false);
        }
        return new TokenEndpoint(mail.effectiveTokenUrl(), mail.oauthClientId().strip(), mail.oauthClientSecret(),
                mail.timeout());
    }

    /** An access token from the stored (or the environment's) refresh token, for a check of a signed-in mailbox. */
    private String accessToken(EmailProperties mail) throws CheckFailed {
        var tokens = new AccessTokens(endpoint(mail), mail, Optional.ofNullable(secrets.getIfAvailable()),
                Clock.systemUTC());
        try {
            return tokens.current();
        } catch (MailSignInException e) {
            throw new CheckFailed(e.getMessage(), !e.permanent());
        }
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
