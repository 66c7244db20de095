package org.answerdesk.alert;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.brand.Branding;
import org.answerdesk.handoff.HandoffOpened;
import org.answerdesk.handoff.HandoffService;
import org.answerdesk.language.Languages;
import org.answerdesk.language.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the owner about each new ticket. The alerts are stored in the transaction that opens the ticket (so a ticket
 * never goes unannounced, and a rolled-back one is never announced), tried at once after it commits and then under
 * back-off while the receiver fails. Each is sent once; only a send accepted just before a crash (before it was
 * marked sent) goes again, with the same alert id.
 */
@Component
@EnableConfigurationProperties(AlertProperties.class)
class Alerts {

    private static final Logger log = LoggerFactory.getLogger(Alerts.class);

    private final AlertOutbox outbox;
    private final AlertProperties properties;
    private final HandoffService handoffs;
    private final AlertMail mail;
    private final AlertWebhook webhook;
    private final TaskScheduler scheduler;
    private final MeterRegistry meters;
    private final Texts texts;
    private final Languages languages;
    private final Branding brand;
    private final String publicUrl;

    Alerts(AlertOutbox outbox, AlertProperties properties, HandoffService handoffs, ObjectProvider<AlertMail> mail,
           TaskScheduler scheduler, MeterRegistry meters, Texts texts, Languages languages, Branding brand,
           @Value("${answerdesk.public-url:http://localhost:8080}") String publicUrl) {
        this.outbox = outbox;
        this.properties = properties;
        this.handoffs = handoffs;
        this.mail = properties.email() == null ? null : mail.getIfAvailable();
        this.webhook = properties.webhookUrl() == null ? null : new AlertWebhook(properties);
        this.scheduler = scheduler;
        this.meters = meters;
        this.texts = texts;
        this.languages = languages;
        this.brand = brand;
        this.publicUrl = publicUrl;
        if (properties.email() != null && this.mail == null) {
            log.warn("ANSWERDESK_ALERTS_EMAIL is set but no email channel is configured: no alert mails are sent");
        }
    }

    /** Stores the ticket's alerts in the transaction that opens it. */
    @EventListener
    void onHandoffOpened(HandoffOpened opened) {
        if (webhook != null) {
            outbox.store(opened.handoffId(), AlertOutbox.Target.WEBHOOK).ifPresent(this::afterCommit);
        }
        if (mail != null) {
            outbox.store(opened.handoffId(), AlertOutbox.Target.EMAIL).ifPresent(this::afterCommit);
        }
    }

    @Scheduled(fixedDelayString = "${answerdesk.alerts.retry-interval:2s}")
    void retryDue() {
        if (webhook != null || mail != null) {
            outbox.due(20).forEach(this::deliver);
        }
    }

    /** One attempt, if the alert is due and no other worker has it. */
    void deliver(long id) {
        var claimed = outbox.claim(id, properties.lease()).orElse(null);
        if (claimed == null) {
            return;
        }
        try {
            var ticket = handoffs.ticket(claimed.handoffId()).orElse(null);
            if (ticket == null) {
                outbox.markFailed(id, "the ticket is gone");
                return;
            }
            var alert = TicketAlert.of(claimed.alertId(), ticket, publicUrl);
            switch (claimed.target()) {
                case WEBHOOK -> send(webhook, alert);
                case EMAIL -> sendMail(alert);
            }
            outbox.markSent(id);
            meters.counter("answerdesk.alerts.sent", "target", claimed.target().name()).increment();
        } catch (AlertWebhook.Failed e) {
            failed(claimed, e.getMessage(), e.permanent);
        } catch (AlertMail.AlertRefused e) {
            failed(claimed, e.getMessage(), true);
        } catch (Exception e) {
            failed(claimed, e.toString(), false);
        }
    }

    private static void send(AlertWebhook webhook, TicketAlert alert) throws AlertWebhook.Failed {
        if (webhook == null) {
            throw new AlertWebhook.Failed("ANSWERDESK_ALERTS_WEBHOOK_URL is no longer set", true);
        }
        webhook.send(alert);
    }

    private void sendMail(TicketAlert a) throws Exception {
        if (mail == null) {
            throw new AlertMail.AlertRefused("no alert mail address or no email channel any more", null);
        }
        var language = languages.defaultLanguage();
        // the shop's name as the owner set it (also the sender's name), else the chat's heading
        String shop = brand.get().name();
        Map<String, Object> values = Map.of("ticket", a.ticketId(), "channel", a.channel(),
                "customer", Objects.toString(a.customer(), ""), "message", Objects.toString(a.firstMessage(), ""),
                "reason", Objects.toString(a.reason(), ""), "url", a.url(),
                "shop", shop != null ? shop : texts.text("web.heading", language));
        mail.send(a.alertId().toString(), properties.email(), shop,
                texts.text("alert.mail.subject", language, values),
                texts.text("alert.mail.body", language, values));
    }

    private void failed(AlertOutbox.Claimed alert, String error, boolean permanent) {
        String name = "Alert " + alert.alertId() + " (" + alert.target() + ", ticket " + alert.handoffId() + ")";
        if (permanent || alert.attempt() >= properties.maxAttempts()) {
            log.warn("Giving up on {} after {} attempt(s): {}", name, alert.attempt(), error);
            outbox.markFailed(alert.id(), error);
            meters.counter("answerdesk.alerts.failed", "target", alert.target().name()).increment();
            return;
        }
        var wait = properties.backoff(alert.attempt());
        log.info("{} not delivered (attempt {}): {}; retrying in {}", name, alert.attempt(), error, wait);
        outbox.retryLater(alert.id(), wait, error);
    }

    private void afterCommit(long id) {
        Runnable now = () -> {
            try {
                scheduler.schedule(() -> deliver(id), Instant.now());
            } catch (TaskRejectedException e) {
                log.debug("Alert {} left to the next start: {}", id, e.toString()); // stopping
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    now.run();
                }
            });
        } else {
            now.run();
        }
    }
}
