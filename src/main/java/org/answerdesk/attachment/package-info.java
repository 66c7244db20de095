/**
 * Files customers send with their messages (photos, documents, voice notes): checked (size, type from the bytes,
 * image metadata removed, storage bounds), kept in PostgreSQL with their message, downloaded from the platform with
 * retries, and served to staff only as downloads. Channels announce a file with {@link
 * org.answerdesk.attachment.Attachments#expect} and fetch a platform's media through their {@link
 * org.answerdesk.attachment.MediaFetcher}, over {@link org.answerdesk.attachment.PlatformDownload} (one deadline for
 * the whole download, the platform's own hosts only).
 */
@ApplicationModule(displayName = "Attachments", allowedDependencies = {"conversation", "language"})
package org.answerdesk.attachment;

import org.springframework.modulith.ApplicationModule;
