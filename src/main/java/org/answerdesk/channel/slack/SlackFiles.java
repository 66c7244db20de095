package org.answerdesk.channel.slack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.File;
import org.answerdesk.attachment.IncomingFile;
import org.answerdesk.attachment.MediaFetcher;
import org.answerdesk.conversation.Channel;

/**
 * The files a customer shares with the bot on Slack (a direct message, a thread the bot answers), as
 * {@link IncomingFile}s whose reference is the file's private URL, and their download with the bot token
 * ({@link SlackDownloads}: Slack's hosts only). Collected, checked and kept like any channel's media.
 */
class SlackFiles implements MediaFetcher {

    private final SlackDownloads downloads;

    SlackFiles(SlackDownloads downloads) {
        this.downloads = downloads;
    }

    /** The files of one message event, in order; those without a URL (a file deleted meanwhile) are left out. */
    static List<IncomingFile> of(String eventId, String user, List<File> shared) {
        List<IncomingFile> files = new ArrayList<>();
        for (File f : shared == null ? List.<File>of() : shared) {
            String url = SlackDownloads.url(f);
            if (url != null && !url.isBlank()) {
                files.add(IncomingFile.remote(Channel.SLACK, eventId, files.size(), "slack:" + user, "file",
                        f.getName() != null ? f.getName() : f.getTitle(), f.getMimetype(), f.getSize() == null ? null : f.getSize().longValue(), url));
            }
        }
        return files;
    }

    @Override
    public Channel channel() {
        return Channel.SLACK;
    }

    @Override
    public byte[] fetch(String url, long maxBytes) throws IOException {
        try {
            return downloads.download(url, maxBytes);
        } catch (SlackDownloads.TooLarge e) {
            throw new TooLarge(maxBytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
