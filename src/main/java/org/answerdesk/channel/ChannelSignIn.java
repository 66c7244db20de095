package org.answerdesk.channel;

import java.net.URI;
import java.util.Map;

import org.answerdesk.channel.ChannelSetup.CheckFailed;

/**
 * A {@link ChannelSetup} whose account is connected by signing in with its provider (OAuth2 authorization code with
 * PKCE) rather than by a password typed into the form: a Microsoft 365 or Gmail mailbox. The owner's browser goes to
 * the provider with the settings of the form kept here under a single-use state, and comes back to the redirect URI
 * with a code; {@link #complete} turns it into the settings to store. The sign-in's tokens are kept sealed in {@link
 * ChannelSecrets}, never in the answer. The sign-in under way is kept sealed in the database ({@link SignInRecords}):
 * the browser may come back to any instance.
 */
public interface ChannelSignIn {

    /**
     * Begins a sign-in: nothing is stored or started.
     *
     * @param settings    the form's settings, as for {@link ChannelSetup#start} (with the provider and the app's
     *                    client id); checked in shape, not live
     * @param redirectUri where the provider sends the browser back
     * @return the provider's sign-in page for the owner's browser
     * @throws CheckFailed naming what is missing or wrong in the settings
     */
    URI begin(Map<String, String> settings, String redirectUri) throws CheckFailed;

    /**
     * Whether a sign-in with this {@code state} was begun here and waits to be completed: the callback asks this
     * first, so a stranger's call learns nothing of the channel's configuration and records no outcome.
     */
    boolean awaits(String state);

    /**
     * Completes the sign-in the provider sent back ({@code state}, and {@code code} or {@code error}): the code is
     * exchanged, the account checked live with the token, the refresh token stored sealed.
     *
     * @return the settings to store and start the channel with, and what the platform calls the account
     * @throws CheckFailed for a state not handed out here (or used, or too old), a refused consent, a code the
     *                     provider does not take, an account that refuses the token; {@code unreachable} when the
     *                     provider's or the mail server could not be talked to
     */
    Completed complete(Map<String, String> query) throws CheckFailed;

    /** A completed sign-in: the settings hold secrets and are never logged. */
    record Completed(Map<String, String> settings, String account) {

        public Completed {
            settings = Map.copyOf(settings);
        }

        @Override
        public String toString() {
            return "Completed[account=" + account + ", settings=***]";
        }
    }
}
