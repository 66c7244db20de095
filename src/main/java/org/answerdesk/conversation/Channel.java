package org.answerdesk.conversation;

/** The platforms a conversation can come from. */
public enum Channel {
    TELEGRAM, SLACK, EMAIL, WEB, WHATSAPP
}
