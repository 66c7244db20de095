package org.answerdesk.bench;

import static org.answerdesk.HttpApi.json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which SQL statements one web chat message runs, with their calls and execution time per message, from
 * PostgreSQL's {@code pg_stat_statements} (nested statements too: those of {@code store_inbound} are marked
 * "nested" and are part of its top-level time). Not a test: run it by hand,
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/bench.cp) org.answerdesk.bench.ChatStatements --requests 500</pre>
 *
 * It starts the app on a fresh embedded database once to load {@code pg_stat_statements} (a restart is needed),
 * starts it again, warms up with {@code --warmup 300} chats, then measures three kinds of message: an FAQ hit as the
 * first message of a session (what {@code ChatBenchmark} measures), an FAQ hit following an FAQ answer in the
 * same session, and a question the FAQ does not answer (a new session; no LLM is configured, so the bot hands over
 * or asks to rephrase). Background work (the answer workers' polls, the outbox) counts in whichever phase it falls.
 */
public final class ChatStatements {

    public static void main(String[] args) throws Exception {
        int requests = intArg(args, "--requests", 500);
        int warmup = intArg(args, "--warmup", 300);
        List<String> paraphrases = ChatBenchmark.inScopeParaphrases();
        Path dataDir = Files.createTempDirectory("answerdesk-statements-");
        String[] appArgs = {"--server.port=0", "--answerdesk.data-dir=" + dataDir, "--logging.level.root=WARN",
                "--answerdesk.api.rate-limit.per-minute=1000000", "--answerdesk.api.rate-limit.burst=1000000"};
        try (var app = InProcessApp.productionApp().run(appArgs)) {
            new JdbcTemplate(app.getBean(javax.sql.DataSource.class))
                    .execute("alter system set shared_preload_libraries = 'pg_stat_statements'");
        }
        try (ConfigurableApplicationContext app = InProcessApp.productionApp().run(appArgs)) {
            var jdbc = new JdbcTemplate(app.getBean(javax.sql.DataSource.class));
            jdbc.execute("create extension if not exists pg_stat_statements");
            jdbc.execute("alter system set pg_stat_statements.track = 'all'");
            jdbc.execute("select pg_reload_conf()");
            var api = new PlainHttp(((WebServerApplicationContext) app).getWebServer().getPort());
            for (int i = 0; i < warmup; i++) {
                ask(api, paraphrases.get(i % paraphrases.size()) + " " + i, "warm-" + i);
            }
            // the paraphrases the FAQ answers confidently, as ChatBenchmark picks them
            List<String> hits = paraphrases.stream()
                    .filter(q -> faqConfidence(api, q + " (warm)", "select-" + q.hashCode()) >= 0.7).toList();
            System.out.printf(Locale.ROOT, "machine load average: %s; %d of %d paraphrases are FAQ hits%n",
                    ChatBenchmark.loadAverage(), hits.size(), paraphrases.size());
            phase(jdbc, requests, "FAQ hit, first message of a session",
                    i -> ask(api, hits.get(i % hits.size()) + " (" + i + ")", "first-" + i));
            ask(api, hits.get(0), "follow"); // the session's first message
            phase(jdbc, requests, "FAQ hit, a later message of the same session",
                    i -> ask(api, hits.get(i % hits.size()) + " (" + i + ")", "follow"));
            phase(jdbc, requests, "not answered by the FAQ, first message of a session",
                    i -> ask(api, "zx qwv " + i + " plorth kvetch", "miss-" + i));
            explain(jdbc);
        }
    }

    private static void phase(JdbcTemplate jdbc, int requests, String name, IntConsumer chat) {
        jdbc.execute("select pg_stat_statements_reset()");
        for (int i = 0; i < requests; i++) {
            chat.accept(i);
        }
        System.out.printf(Locale.ROOT, "%n%s, %d requests: calls and execution time per message%n", name, requests);
        System.out.printf(Locale.ROOT, "%8s %9s %9s  %s%n", "calls", "ms", "rows", "statement");
        double[] total = {0, 0};
        jdbc.query("""
                select calls, total_exec_time, rows, toplevel, query from pg_stat_statements
                where query not like '%pg_stat_statements%' order by toplevel desc, calls desc, total_exec_time desc
                """, rs -> {
            double calls = rs.getLong(1) / (double) requests;
            double ms = rs.getDouble(2) / requests;
            if (rs.getBoolean(4)) {
                total[0] += calls;
                total[1] += ms;
            }
            System.out.printf(Locale.ROOT, "%8.3f %9.4f %9.3f  %s%s%n", calls, ms, rs.getLong(3) / (double) requests,
                    rs.getBoolean(4) ? "" : "(nested) ", rs.getString(5).replaceAll("\\s+", " ").strip());
        });
        System.out.printf(Locale.ROOT, "%8.3f %9.4f  top-level statements in all%n", total[0], total[1]);
    }

    /** The plans of the reads of the answer path, on the database as the phases left it. */
    private static void explain(JdbcTemplate jdbc) {
        long in = jdbc.queryForObject("select max(id) from message where direction = 'IN'", Long.class);
        long conversation = jdbc.queryForObject("select conversation_id from message where id = ?", Long.class, in);
        System.out.printf(Locale.ROOT, "%n%d messages stored; plans for the latest inbound message %d%n",
                jdbc.queryForObject("select count(*) from message", Long.class), in);
        for (String sql : List.of(
                "select m.id from message m join conversation c on c.id = m.conversation_id"
                        + " where m.reply_to_id = " + in + " and m.source <> 'AGENT' order by m.id",
                "select o.source, o.faq_entry_id, o.text, q.text from message o left join message q on q.id = o.reply_to_id"
                        + " join message m on m.id = " + in + " where o.conversation_id = " + conversation
                        + " and o.direction = 'OUT' and o.id < " + in + " and o.source <> 'AGENT'"
                        + " and o.created_at > m.created_at - interval '30 minutes' order by o.id desc limit 1")) {
            System.out.println(sql);
            jdbc.query("explain (analyze, buffers, costs off) " + sql,
                    (org.springframework.jdbc.core.RowCallbackHandler) rs -> System.out.println("  " + rs.getString(1)));
        }
    }

    private static double faqConfidence(PlainHttp api, String question, String session) {
        var r = api.post("/api/chat", json("session_id", "stmt-" + session, "message", question));
        var body = r.json();
        return r.status() == 200 && "FAQ".equals(body.get("source").asString()) ? body.get("confidence").asDouble() : 0;
    }

    private static void ask(PlainHttp api, String question, String session) {
        var r = api.post("/api/chat", json("session_id", "stmt-" + session, "message", question));
        if (r.status() != 200 && r.status() != 202) {
            throw new IllegalStateException("HTTP " + r.status() + ": " + r.body());
        }
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
