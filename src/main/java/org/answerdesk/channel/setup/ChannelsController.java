package org.answerdesk.channel.setup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.answerdesk.channel.ChannelSetup;
import org.answerdesk.conversation.Channel;
import org.answerdesk.language.Languages;
import org.answerdesk.language.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The channels from the admin page (admin role; each change is in the audit trail by the admin API's filter):
 * {@code GET /api/channels} lists them; {@code PUT /api/channels/{channel}} checks the settings live, stores them
 * sealed and starts the channel; {@code DELETE} stops it; {@code POST .../test} checks again. A channel configured
 * in the environment is read-only (409). The settings are never returned.
 */
@RestController
@RequestMapping("/api/channels")
class ChannelsController {

    private static final String TEXTS = "admin.channels.";

    private final ChannelRuntime runtime;
    private final Languages languages;
    private final Texts texts;

    ChannelsController(ChannelRuntime runtime, Languages languages, Texts texts) {
        this.runtime = runtime;
        this.languages = languages;
        this.texts = texts;
    }

    @GetMapping
    List<ChannelView> list() {
        return runtime.views();
    }

    /** The admin page's Channels section in the owner's language ({@code lang}, else the shop's default). */
    @GetMapping("/texts")
    Map<String, String> texts(@RequestParam(name = "lang", required = false) String lang) {
        Locale language = languages.resolve(lang);
        Map<String, String> section = new TreeMap<>();
        texts.keys().stream().filter(k -> k.startsWith(TEXTS)).forEach(k -> section.put(k.substring(TEXTS.length()),
                texts.text(k, language)));
        return section;
    }

    @PutMapping("/{name}")
    ChannelView connect(@PathVariable String name, @RequestBody Map<String, Object> body) {
        ChannelSetup setup = editable(name);
        SecretBox key = key();
        Map<String, String> values = values(setup, body);
        String account = check(setup, values);
        runtime.connect(setup, key, values);
        return view(setup.channel()).withAccount(account);
    }

    @DeleteMapping("/{name}")
    ChannelView disconnect(@PathVariable String name) {
        ChannelSetup setup = editable(name);
        if (!runtime.disconnect(setup)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, setup.channel().name().toLowerCase(Locale.ROOT)
                    + " is not connected from the admin page");
        }
        return view(setup.channel());
    }

    @PostMapping("/{name}/test")
    ChannelView test(@PathVariable String name) {
        ChannelSetup setup = setup(name);
        Map<String, String> values;
        if (setup.inEnvironment()) {
            values = Map.of();
        } else {
            values = runtime.stored(setup.channel()).orElseThrow(() -> new ResponseStatusException(
                    HttpStatus.CONFLICT, label(setup) + " has no settings that can be read: connect it again"));
        }
        return view(setup.channel()).withAccount(check(setup, values));
    }

    /** The key settings are sealed with; a 409 saying what to set without one. */
    SecretBox key() {
        return runtime.box().orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT,
                "channel settings cannot be stored without a secret key: set ANSWERDESK_SECRET_KEY (16 characters "
                        + "or more) and restart, or configure the channel in the environment"));
    }

    private static String check(ChannelSetup setup, Map<String, String> values) {
        try {
            return setup.check(values);
        } catch (ChannelSetup.CheckFailed e) {
            throw refusal(e);
        }
    }

    /** A failed check as the API answers it: 502 when the platform could not be reached, else 400. */
    static ResponseStatusException refusal(ChannelSetup.CheckFailed e) {
        return new ResponseStatusException(e.unreachable() ? HttpStatus.BAD_GATEWAY : HttpStatus.BAD_REQUEST,
                e.getMessage());
    }

    ChannelView view(Channel channel) {
        return runtime.views().stream().filter(v -> v.channel() == channel).findFirst().orElseThrow();
    }

    private ChannelSetup setup(String name) {
        Channel channel;
        try {
            channel = Channel.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no channel " + name + "; the channels are "
                    + "telegram, slack, email, whatsapp and web");
        }
        return runtime.setup(channel).orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT,
                inEnvironment(channel) + name.toLowerCase(Locale.ROOT) + " cannot be set from the admin page yet: "
                        + "configure it in the environment (docs/configuration.md)"));
    }

    private String inEnvironment(Channel channel) {
        return runtime.inEnvironment(channel) ? channel.name().toLowerCase(Locale.ROOT) + " is configured in the "
                + "environment; " : "";
    }

    ChannelSetup editable(String name) {
        ChannelSetup setup = setup(name);
        if (setup.inEnvironment()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, label(setup) + " is configured in the environment"
                    + " (ANSWERDESK_" + (setup.channel() == Channel.EMAIL ? "MAIL" : setup.channel().name())
                    + "_*), which wins: change it there, not here");
        }
        return setup;
    }

    /**
     * The body's settings as text (a port may come as a number, a flag as a boolean); a required one missing or
     * blank, an unknown one or a value outside a field's choices is a 400. Optional ones left blank are left out.
     */
    static Map<String, String> values(ChannelSetup setup, Map<String, Object> body) {
        List<String> names = setup.fields().stream().map(ChannelSetup.Field::name).toList();
        for (String field : body.keySet()) {
            if (!names.contains(field)) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown field " + field + " for "
                        + label(setup) + "; it takes " + String.join(", ", names));
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (ChannelSetup.Field field : setup.fields()) {
            Object value = body.get(field.name());
            String text = value instanceof String s ? s.strip()
                    : value instanceof Number || value instanceof Boolean ? value.toString() : null;
            if (value != null && text == null) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, field.name() + " must be a string");
            }
            if (text == null || text.isEmpty()) {
                if (field.required()) {
                    throw new ResponseStatusException(HttpStatus.BAD_REQUEST, field.name()
                            + " is required (a non-empty string)");
                }
                continue;
            }
            if (!field.choices().isEmpty()) {
                String chosen = field.choices().stream().filter(text::equalsIgnoreCase).findFirst()
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, field.name()
                                + " must be one of " + String.join(", ", field.choices())));
                text = chosen;
            }
            values.put(field.name(), text);
        }
        return values;
    }

    private static String label(ChannelSetup setup) {
        return setup.channel().name().toLowerCase(Locale.ROOT);
    }
}
