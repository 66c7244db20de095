package org.answerdesk.bench;

import static org.answerdesk.HttpApi.json;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.answerdesk.HttpApi;
import org.answerdesk.retrieval.Csv;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Small talk and meta requests end to end through {@code POST /api/chat}: what the customer gets when a greeting,
 * a thanks, "are you a bot?" or a joke is (a) the first message of a chat and (b) the message right after an
 * answered question ("How do I reset my password?"). Each reply is one of: a ticket ({@code needs_human}, or a
 * {@code handoff} row for the conversation), an FAQ answer (source FAQ, KNOWLEDGE or LLM), "did you mean" choices,
 * silence (no reply), or good (none of these: the bot's own reply). In (b), "that's not it" and "no" are meant to
 * get the next-best entries as choices: those are counted apart ("next-best"), as good. Also: real needs sent as a
 * first message and how many of them got the small-talk treatment (source SYSTEM, no choices, no ticket), and the
 * sample FAQ's paraphrases (right direct answers, and how many were taken for small talk).
 *
 * <p>The app runs in this JVM with the product's defaults (the test classpath's {@code config/application.properties}
 * is not read): a fresh data directory and embedded PostgreSQL, the sample FAQ, and the model adapted to the FAQ,
 * which is waited for before anything is measured ({@code --frozen}: {@code answerdesk.faq.adapt=false}, the shipped
 * MiniLM). Rate limits are set out of reach. Not a test: run it by hand with a plain {@code java} (the adaptation's
 * training process runs on this JVM's {@code java.class.path}, which under {@code mvn exec:java} is Maven's launcher
 * and fails), from the repository root:
 *
 * <pre>./mvnw -B -ntp -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/bench.cp) org.answerdesk.bench.SmallTalkBenchmark \
 *     --set src/test/resources/dialogue/acts-heldout.tsv --hwu ../shared/data/hwu64/test.csv</pre>
 *
 * Options: {@code --set FILE} (repeatable; TSV {@code act<TAB>text} with a header, {@code need} for a real need),
 * {@code --hwu FILE} (HWU64's {@code text,category} CSV: its {@code general_*} rows as small talk; read only),
 * {@code --clinc FILE} (the CLINC150 small-talk split's {@code text,intent} CSV, the meta intents as the act each is:
 * {@link #CLINC_ACTS}, the personal questions under their own names; read only),
 * {@code --frozen}, {@code --json} (also one JSON object on the last line), {@code --failures 10} (failure kinds
 * listed), {@code --adapt-wait 40m} (bound on waiting for the adapted model).
 */
public final class SmallTalkBenchmark {

    /** The answered question of position (b), an entry of the sample FAQ. */
    static final String ANSWERED = "How do I reset my password?";
    /** Labels whose message after an answer confirms it ({@code conversation.confirmed_at}). */
    static final Set<String> THANKS_LIKE = Set.of("thanks", "bye", "yes",
            "general_praise", "general_affirm", "general_confirm");
    /** Labels whose message after an answer is meant to get the next-best entries as choices. */
    static final Set<String> NOT_HELPED_LIKE = Set.of("not_helped", "no", "general_negate");

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** How a reply went, worst first: a message is counted under the first that applies. */
    enum Outcome {
        TICKET, ANSWER, CHOICES, SILENCE, NEXT_BEST, GOOD;

        boolean failure() {
            return this == TICKET || this == ANSWER || this == CHOICES || this == SILENCE;
        }
    }

    record Message(String set, String label, String text) {
        boolean smallTalk() {
            return !"need".equals(label);
        }
    }

    /** One chat reply as seen through the API and the database. */
    record Seen(int status, String reply, String source, boolean needsHuman, int choices, Long conversationId,
                Long messageId, Long faqEntryId, boolean handoff, boolean confirmed) {

        boolean system() {
            return "SYSTEM".equals(source);
        }

        boolean answer() {
            return "FAQ".equals(source) || "KNOWLEDGE".equals(source) || "LLM".equals(source);
        }

        boolean silent() {
            return reply == null || reply.isBlank();
        }

        /** The small-talk treatment: the bot's own reply, no choices, no ticket. */
        boolean deflected() {
            return system() && choices == 0 && !needsHuman && !handoff && !silent();
        }

        String brief() {
            String text = silent() ? "(no reply)" : reply.replaceAll("\\s+", " ");
            return (source == null ? "-" : source) + (needsHuman ? ", needs_human" : "") + (choices > 0
                    ? ", " + choices + " choices" : "") + ": \"" + (text.length() > 70 ? text.substring(0, 67) + "..."
                    : text) + "\"";
        }
    }

    record Result(Message message, String position, Outcome outcome, boolean confirmed, Seen seen) {
    }

    public static void main(String[] args) throws Exception {
        boolean frozen = flag(args, "--frozen");
        boolean asJson = flag(args, "--json");
        int failureKinds = Integer.parseInt(arg(args, "--failures", "10"));
        Duration adaptWait = Duration.parse("PT" + arg(args, "--adapt-wait", "40m").toUpperCase(Locale.ROOT));
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--set")) {
                messages.addAll(tsv(Path.of(args[i + 1])));
            } else if (args[i].equals("--hwu")) {
                messages.addAll(hwu(Path.of(args[i + 1])));
            } else if (args[i].equals("--clinc")) {
                messages.addAll(clinc(Path.of(args[i + 1])));
            }
        }
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("no messages: give --set FILE (act<TAB>text) and/or --hwu FILE");
        }
        List<String[]> paraphrases = InProcessApp.paraphrases();

        Path dataDir = Files.createTempDirectory("answerdesk-smalltalk-bench-");
        List<String> appArgs = InProcessApp.productDefaults(dataDir, frozen);
        Report report = new Report();
        ObjectNode out = MAPPER.createObjectNode();
        try (var app = InProcessApp.Running.start(appArgs, frozen, adaptWait)) {
            int port = app.port();
            String model = app.model();
            double waited = app.seconds();
            DataSource data = app.data();
            Map<String, Long> entryIds = app.entryIds();
            if (!entryIds.containsKey(ANSWERED)) {
                throw new IllegalStateException("the sample FAQ has no entry \"" + ANSWERED + "\"");
            }
            report.line(String.format(Locale.ROOT, "machine: %d cores, Java %s, load average %s; %s; model served: %s "
                            + "(%.0f s from start); FAQ entries: %d", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), InProcessApp.loadAverage(), frozen ? "--frozen (no adaptation)"
                            : "defaults (adapted model)", model, waited, entryIds.size()));
            out.put("mode", frozen ? "frozen" : "adapted");
            out.put("model", model);
            out.put("cores", Runtime.getRuntime().availableProcessors());

            long measuring = System.nanoTime();
            Chat chat = new Chat(new PlainHttp(port), data);
            List<Result> results = new ArrayList<>();
            int setupMisses = 0;
            for (Message m : messages) {
                if (!m.smallTalk()) {
                    Seen seen = chat.send(chat.session(), m.text());
                    results.add(new Result(m, "need", Outcome.GOOD, false, seen)); // counted by needTable
                    continue;
                }
                Seen first = chat.send(chat.session(), m.text());
                results.add(new Result(m, "first", outcome(first, false, m), false, first));
                String session = chat.session();
                Seen answered = chat.send(session, ANSWERED);
                if (!answered.answer() || !entryIds.get(ANSWERED).equals(answered.faqEntryId())) {
                    setupMisses++;
                    continue;
                }
                Seen after = chat.send(session, m.text(), answered.conversationId());
                results.add(new Result(m, "after answer", outcome(after, true, m), after.confirmed(), after));
            }
            List<Seen> para = new ArrayList<>();
            for (String[] p : paraphrases) {
                para.add(chat.send(chat.session(), p[0]));
            }
            double seconds = (System.nanoTime() - measuring) / 1e9;
            report.line(String.format(Locale.ROOT, "%d chat requests in %.0f s; position (b) setups whose first reply "
                    + "was not the FAQ's answer (left out): %d", chat.requests.get(), seconds, setupMisses));
            out.put("requests", chat.requests.get());
            out.put("seconds", Math.round(seconds));
            out.put("setup_misses", setupMisses);

            smallTalkTable(report, out, results);
            needTable(report, out, results);
            paraphraseTable(report, out, paraphrases, para, entryIds);
            failures(report, out, results, failureKinds);
        }
        report.print();
        if (asJson) {
            System.out.println(out);
        }
    }

    // ---- the app -------------------------------------------------------------------------------------------------

    /** {@code POST /api/chat} with a fresh session per conversation, and what the database says of the reply. */
    private static final class Chat {

        final PlainHttp api;
        final DataSource data;
        final AtomicLong requests = new AtomicLong();
        final AtomicLong sessions = new AtomicLong();
        final String run = Long.toString(System.currentTimeMillis(), 36);

        Chat(PlainHttp api, DataSource data) {
            this.api = api;
            this.data = data;
        }

        String session() {
            return "bench-smalltalk-" + run + "-" + sessions.incrementAndGet();
        }

        Seen send(String session, String text, Long... alsoConversations) throws SQLException {
            HttpApi.Response r = api.post("/api/chat", json("session_id", session, "message", text));
            requests.incrementAndGet();
            if (r.status() != 200 && r.status() != 202) {
                throw new IllegalStateException("HTTP " + r.status() + " for \"" + text + "\": " + r.body());
            }
            JsonNode body = r.json();
            Long conversation = number(body, "conversation_id");
            Long message = number(body, "message_id");
            List<Long> conversations = new ArrayList<>();
            if (conversation != null) {
                conversations.add(conversation);
            }
            for (Long c : alsoConversations) {
                if (c != null && !conversations.contains(c)) {
                    conversations.add(c);
                }
            }
            Long entry = null;
            boolean handoff = false;
            boolean confirmed = false;
            try (Connection c = data.getConnection()) {
                if (message != null) {
                    try (PreparedStatement s = c.prepareStatement("select faq_entry_id from message where id = ?")) {
                        s.setLong(1, message);
                        try (ResultSet rs = s.executeQuery()) {
                            if (rs.next()) {
                                long id = rs.getLong(1);
                                entry = rs.wasNull() ? null : id;
                            }
                        }
                    }
                }
                if (!conversations.isEmpty()) {
                    Array ids = c.createArrayOf("bigint", conversations.toArray());
                    try (PreparedStatement s = c.prepareStatement(
                            "select exists (select 1 from handoff where conversation_id = any (?)),"
                                    + " exists (select 1 from conversation where id = any (?) and confirmed_at is not null)")) {
                        s.setArray(1, ids);
                        s.setArray(2, ids);
                        try (ResultSet rs = s.executeQuery()) {
                            rs.next();
                            handoff = rs.getBoolean(1);
                            confirmed = rs.getBoolean(2);
                        }
                    }
                }
            }
            JsonNode choices = body.get("choices");
            return new Seen(r.status(), text(body, "reply"), text(body, "source"),
                    body.has("needs_human") && body.get("needs_human").asBoolean(),
                    choices == null || choices.isNull() ? 0 : choices.size(), conversation, message, entry, handoff,
                    confirmed);
        }

        private static Long number(JsonNode body, String field) {
            JsonNode n = body.get(field);
            return n == null || n.isNull() ? null : n.asLong();
        }

        private static String text(JsonNode body, String field) {
            JsonNode n = body.get(field);
            return n == null || n.isNull() ? null : n.asString();
        }
    }

    private static Outcome outcome(Seen seen, boolean afterAnswer, Message m) {
        if (seen.needsHuman() || seen.handoff()) {
            return Outcome.TICKET;
        }
        if (seen.answer()) {
            return Outcome.ANSWER;
        }
        if (seen.choices() > 0) {
            return afterAnswer && NOT_HELPED_LIKE.contains(m.label()) ? Outcome.NEXT_BEST : Outcome.CHOICES;
        }
        if (seen.silent()) {
            return Outcome.SILENCE;
        }
        return Outcome.GOOD;
    }

    // ---- the tables ----------------------------------------------------------------------------------------------

    private static void smallTalkTable(Report report, ObjectNode out, List<Result> results) {
        report.line("");
        report.line("Small talk and meta requests (targets: tickets <= 1%; FAQ answers, choices, silence <= 5% each, per position)");
        report.line(String.format(Locale.ROOT, "%-26s %-13s %5s %13s %13s %13s %13s %13s %13s %13s", "set", "position",
                "n", "ticket", "FAQ answer", "choices", "silence", "next-best", "good", "confirmed"));
        ObjectNode sets = out.putObject("small_talk");
        Map<String, Map<String, List<Result>>> bySet = new LinkedHashMap<>();
        for (Result r : results) {
            if (r.message().smallTalk()) {
                bySet.computeIfAbsent(r.message().set(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(r.position(), k -> new ArrayList<>()).add(r);
                bySet.computeIfAbsent("all", k -> new LinkedHashMap<>())
                        .computeIfAbsent(r.position(), k -> new ArrayList<>()).add(r);
            }
        }
        for (var set : bySet.entrySet()) {
            ObjectNode setNode = sets.putObject(set.getKey());
            for (var position : set.getValue().entrySet()) {
                List<Result> rs = position.getValue();
                Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
                for (Outcome o : Outcome.values()) {
                    counts.put(o, 0);
                }
                rs.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
                long thanksLike = rs.stream().filter(r -> THANKS_LIKE.contains(r.message().label())).count();
                long confirmed = rs.stream().filter(r -> THANKS_LIKE.contains(r.message().label()) && r.confirmed())
                        .count();
                int n = rs.size();
                boolean after = !position.getKey().equals("first");
                report.line(String.format(Locale.ROOT, "%-26s %-13s %5d %13s %13s %13s %13s %13s %13s %13s",
                        set.getKey(), position.getKey(), n, share(counts.get(Outcome.TICKET), n),
                        share(counts.get(Outcome.ANSWER), n), share(counts.get(Outcome.CHOICES), n),
                        share(counts.get(Outcome.SILENCE), n), after ? share(counts.get(Outcome.NEXT_BEST), n) : "-",
                        share(counts.get(Outcome.GOOD), n), after ? share((int) confirmed, (int) thanksLike) : "-"));
                ObjectNode p = setNode.putObject(position.getKey());
                p.put("n", n);
                counts.forEach((o, c) -> p.put(o.name().toLowerCase(Locale.ROOT), c));
                if (after) {
                    p.put("thanks_like", thanksLike);
                    p.put("confirmed", confirmed);
                }
            }
        }
        report.line("next-best: after the answer, \"that's not it\"/\"no\" (labels not_helped, no, general_negate) got "
                + "the next-best entries as choices, as designed (not a failure); confirmed: of thanks-like labels "
                + "(thanks, bye, yes; HWU general_praise, general_affirm, general_confirm), conversation.confirmed_at set");
        // per label, for the reader who wants to know where the failures are
        report.line("");
        report.line("Failures per label (ticket / FAQ answer / choices / silence), first message | after an answer:");
        Map<String, int[]> perLabel = new java.util.TreeMap<>();
        for (Result r : results) {
            if (!r.message().smallTalk()) {
                continue;
            }
            int[] c = perLabel.computeIfAbsent(r.message().label(), k -> new int[10]);
            int base = r.position().equals("first") ? 0 : 5;
            c[base + 4]++;
            if (r.outcome().failure()) {
                c[base + r.outcome().ordinal()]++;
            }
        }
        perLabel.forEach((label, c) -> report.line(String.format(Locale.ROOT,
                "  %-22s %3d/%3d/%3d/%3d of %3d | %3d/%3d/%3d/%3d of %3d", label, c[0], c[1], c[2], c[3], c[4], c[5],
                c[6], c[7], c[8], c[9])));
    }

    private static void needTable(Report report, ObjectNode out, List<Result> results) {
        Map<String, List<Seen>> bySet = new LinkedHashMap<>();
        for (Result r : results) {
            if (!r.message().smallTalk()) {
                bySet.computeIfAbsent(r.message().set(), k -> new ArrayList<>()).add(r.seen());
            }
        }
        if (bySet.isEmpty()) {
            return;
        }
        report.line("");
        report.line("Real needs as a first message (deflected: the small-talk treatment; lower is better)");
        report.line(String.format(Locale.ROOT, "%-26s %5s %13s %13s %13s %13s %13s", "set", "n", "deflected",
                "FAQ answer", "choices", "ticket", "other SYSTEM"));
        ObjectNode node = out.putObject("needs");
        for (var set : bySet.entrySet()) {
            List<Seen> seen = set.getValue();
            int n = seen.size();
            int deflected = (int) seen.stream().filter(Seen::deflected).count();
            int answered = (int) seen.stream().filter(s -> !s.needsHuman() && !s.handoff() && s.answer()).count();
            int choices = (int) seen.stream().filter(s -> !s.needsHuman() && !s.handoff() && !s.answer()
                    && s.choices() > 0).count();
            int tickets = (int) seen.stream().filter(s -> s.needsHuman() || s.handoff()).count();
            int other = n - deflected - answered - choices - tickets;
            report.line(String.format(Locale.ROOT, "%-26s %5d %13s %13s %13s %13s %13s", set.getKey(), n,
                    share(deflected, n), share(answered, n), share(choices, n), share(tickets, n), share(other, n)));
            ObjectNode s = node.putObject(set.getKey());
            s.put("n", n);
            s.put("deflected", deflected);
            s.put("answer", answered);
            s.put("choices", choices);
            s.put("ticket", tickets);
        }
    }

    private static void paraphraseTable(Report report, ObjectNode out, List<String[]> paraphrases, List<Seen> seen,
                                        Map<String, Long> entryIds) {
        int inScope = 0;
        int right = 0;
        int wrong = 0;
        int deflectedIn = 0;
        int offTopic = 0;
        int deflectedOff = 0;
        int answeredOff = 0;
        for (int i = 0; i < paraphrases.size(); i++) {
            String label = paraphrases.get(i)[1];
            Seen s = seen.get(i);
            if (label.isBlank()) {
                offTopic++;
                deflectedOff += s.deflected() ? 1 : 0;
                answeredOff += s.answer() && !s.needsHuman() ? 1 : 0;
                continue;
            }
            inScope++;
            Long expected = entryIds.get(label);
            if (expected == null) {
                throw new IllegalStateException("paraphrase label not in the FAQ: " + label);
            }
            if ("FAQ".equals(s.source()) && expected.equals(s.faqEntryId())) {
                right++;
            } else if (s.answer()) {
                wrong++;
            }
            deflectedIn += s.deflected() ? 1 : 0;
        }
        report.line("");
        report.line("Sample FAQ paraphrases as a first message (src/test/resources/faq/paraphrases.csv)");
        report.line(String.format(Locale.ROOT, "in scope %d: right direct answer %s, other answer %s, deflected as small "
                + "talk %s", inScope, share(right, inScope), share(wrong, inScope), share(deflectedIn, inScope)));
        report.line(String.format(Locale.ROOT, "off-topic %d: deflected as small talk %s, answered %s", offTopic,
                share(deflectedOff, offTopic), share(answeredOff, offTopic)));
        ObjectNode p = out.putObject("paraphrases");
        p.put("in_scope", inScope);
        p.put("right", right);
        p.put("wrong_answer", wrong);
        p.put("deflected", deflectedIn);
        p.put("off_topic", offTopic);
        p.put("off_topic_deflected", deflectedOff);
        p.put("off_topic_answered", answeredOff);
    }

    /**
     * Per set, the failure kinds (outcome and label, both positions together) by frequency, each with how often in
     * each position and a few of its messages with the reply they got.
     */
    private static void failures(Report report, ObjectNode out, List<Result> results, int kinds) {
        Map<String, Map<String, List<Result>>> bySet = new LinkedHashMap<>();
        for (Result r : results) {
            if (r.message().smallTalk() && r.outcome().failure()) {
                String kind = r.outcome().name().toLowerCase(Locale.ROOT) + " / " + r.message().label();
                bySet.computeIfAbsent(r.message().set(), k -> new HashMap<>())
                        .computeIfAbsent(kind, k -> new ArrayList<>()).add(r);
            }
        }
        for (var set : bySet.entrySet()) {
            List<Map.Entry<String, List<Result>>> sorted = set.getValue().entrySet().stream()
                    .sorted(Comparator.<Map.Entry<String, List<Result>>>comparingInt(e -> -e.getValue().size())
                            .thenComparing(Map.Entry::getKey)).toList();
            report.line("");
            report.line("Most common failures in " + set.getKey() + " (outcome / label: count, first message + after "
                    + "an answer; examples with the reply):");
            for (var kind : sorted.subList(0, Math.min(kinds, sorted.size()))) {
                long first = kind.getValue().stream().filter(r -> r.position().equals("first")).count();
                report.line(String.format(Locale.ROOT, "  %s: %d (%d + %d)", kind.getKey(), kind.getValue().size(),
                        first, kind.getValue().size() - first));
                List<String> shown = new ArrayList<>();
                for (Result r : kind.getValue()) {
                    if (shown.size() < 3 && !shown.contains(r.message().text())) {
                        shown.add(r.message().text());
                        report.line("      \"" + r.message().text() + "\" -> " + r.seen().brief());
                    }
                }
            }
        }
        var list = out.putArray("failures");
        for (Result r : results) {
            if (r.message().smallTalk() && r.outcome().failure()) {
                ObjectNode f = list.addObject();
                f.put("set", r.message().set());
                f.put("label", r.message().label());
                f.put("text", r.message().text());
                f.put("position", r.position());
                f.put("outcome", r.outcome().name().toLowerCase(Locale.ROOT));
                f.put("source", r.seen().source());
                f.put("reply", r.seen().reply());
            }
        }
    }

    private static String share(int count, int n) {
        return n == 0 ? "-" : String.format(Locale.ROOT, "%d %5.1f%%", count, 100.0 * count / n);
    }

    // ---- the data ------------------------------------------------------------------------------------------------

    /** {@code act<TAB>text} with a header line. */
    static List<Message> tsv(Path file) throws IOException {
        List<Message> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            int tab = line.indexOf('\t');
            if (line.isBlank() || line.startsWith("#") || tab < 0) {
                continue;
            }
            out.add(new Message(file.getFileName().toString(), line.substring(0, tab).strip(),
                    line.substring(tab + 1).strip()));
        }
        return out;
    }

    /** HWU64's {@code text,category} rows whose category starts with {@code general_}, as small talk. */
    static List<Message> hwu(Path file) throws IOException {
        List<Message> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<List<String>> rows = Csv.read(in);
            for (List<String> row : rows.subList(1, rows.size())) {
                if (row.size() > 1 && row.get(1).strip().startsWith("general_") && !row.get(0).isBlank()) {
                    out.add(new Message("hwu64 " + file.getFileName(), row.get(1).strip(), row.get(0).strip()));
                }
            }
        }
        return out;
    }

    /** The CLINC150 small-talk intents as the bot's acts: the personal questions to the bot are chit-chat. */
    static final Map<String, String> CLINC_ACTS = Map.ofEntries(Map.entry("greeting", "greeting"),
            Map.entry("goodbye", "bye"), Map.entry("thank_you", "thanks"), Map.entry("are_you_a_bot", "bot"),
            Map.entry("what_can_i_ask_you", "capabilities"), Map.entry("repeat", "repeat"));

    /** CLINC150's {@code text,intent} rows (its small-talk intents), labelled by the act each is. */
    static List<Message> clinc(Path file) throws IOException {
        List<Message> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<List<String>> rows = Csv.read(in);
            for (List<String> row : rows.subList(1, rows.size())) {
                if (row.size() > 1 && !row.get(0).isBlank()) {
                    out.add(new Message("clinc150 " + file.getFileName(),
                            CLINC_ACTS.getOrDefault(row.get(1).strip(), row.get(1).strip()), row.get(0).strip()));
                }
            }
        }
        return out;
    }

    private static boolean flag(String[] args, String name) {
        return java.util.Arrays.asList(args).contains(name);
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
