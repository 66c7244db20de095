package org.answerdesk.attachment;

/** A kept file's bytes with what serving or forwarding them needs: its safe name and the type from its bytes. */
public record StoredFile(String name, String mediaType, byte[] bytes) {
}
