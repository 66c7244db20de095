package org.answerdesk.attachment;

import java.io.IOException;

import org.answerdesk.conversation.Channel;

/**
 * Fetches a platform's media by the reference its channel gave in {@link IncomingFile#remoteRef()}. One bean per
 * channel that receives media; a channel that is not running has none, and its files wait.
 */
public interface MediaFetcher {

    Channel channel();

    /**
     * The media's bytes. A failure that may pass (a 5xx, a time-out, a 404 of a file not ready yet) is thrown as an
     * {@link IOException} and the download tried again later.
     *
     * @param maxBytes reading stops beyond this: {@link TooLarge} is thrown
     */
    byte[] fetch(String remoteRef, long maxBytes) throws IOException;

    /** The media is larger than the limit; no retry. */
    final class TooLarge extends IOException {

        public TooLarge(long limit) {
            super("larger than " + limit + " bytes");
        }
    }
}
