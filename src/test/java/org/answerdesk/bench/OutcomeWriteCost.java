package org.answerdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What recording a message's outcome with it (migration V81) costs PostgreSQL, in one database: the web chat's FAQ
 * hit stored by {@code store_inbound} with its prepared answer, through V80's overload (no outcome) and the
 * 26-argument one (V81's: the outcome in the same insert; replaced in place by V83), in alternating blocks, each call a new session as {@code ChatBenchmark} sends them.
 * Prints the CPU of the embedded server per call (its own processes only, {@link CpuUse}) and the client's wall time
 * per call, per block and as the median of the blocks. Not a test: run it by hand,
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/bench.cp) org.answerdesk.bench.OutcomeWriteCost</pre>
 */
public final class OutcomeWriteCost {

    private static final String STORE = "select * from store_inbound('WEB', ?, ?, 'WEB', ?, null, null, ?, null, null,"
            + " 'QUESTION', null, null, ?, 'FAQ', ?, 0.9, null, 'all-minilm-l6-v2', null, null, 3, null,"
            + " cast('3600 seconds' as interval), cast('1800 seconds' as interval)%s)";

    public static void main(String[] args) throws Exception {
        int calls = intArg(args, "--calls", 500);
        int blocks = intArg(args, "--blocks", 6);
        Path dataDir = Files.createTempDirectory("answerdesk-outcome-");
        String[] appArgs = {"--server.port=0", "--answerdesk.data-dir=" + dataDir, "--logging.level.root=WARN"};
        try (var app = InProcessApp.productionApp().run(appArgs)) {
            var jdbc = new JdbcTemplate(app.getBean(DataSource.class));
            long entry = jdbc.queryForObject("select min(id) from faq_entry", Long.class);
            String answer = jdbc.queryForObject("select answer from faq_entry where id = ?", String.class, entry);
            Path postgres = dataDir.resolve("postgres");
            List<double[]> without = new ArrayList<>();
            List<double[]> with = new ArrayList<>();
            block(jdbc, postgres, calls, entry, answer, false); // warm-up of both overloads' plans
            block(jdbc, postgres, calls, entry, answer, true);
            for (int b = 0; b < blocks; b++) {
                boolean first = b % 2 == 0; // alternate which goes first, as the table grows
                (first ? without : with).add(block(jdbc, postgres, calls, entry, answer, !first));
                (first ? with : without).add(block(jdbc, postgres, calls, entry, answer, first));
            }
            System.out.printf(Locale.ROOT, "machine load average: %s; %d blocks of %d calls each%n",
                    ChatBenchmark.loadAverage(), blocks, calls);
            print("V80 store_inbound (no outcome)", without);
            print("the 26-argument store_inbound (V81's outcome in the message's insert; as V83 left it)", with);
        }
    }

    private static double[] block(JdbcTemplate jdbc, Path postgres, int calls, long entry, String answer,
                                  boolean outcome) {
        String sql = String.format(Locale.ROOT, STORE, outcome ? ", cast('ANSWERED' as text)" : "");
        var cpu = CpuUse.start(postgres);
        long t = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            String session = UUID.randomUUID().toString();
            String stored = jdbc.queryForObject(sql, (rs, n) -> rs.getString("outcome") + rs.getObject("reply_id"),
                    session, session, session, "how do i reset my password " + i, answer, entry);
            if (stored == null || !stored.startsWith("STORED") || stored.endsWith("null")) {
                throw new IllegalStateException("not stored with its answer: " + stored);
            }
        }
        double wall = (System.nanoTime() - t) / 1e6 / calls;
        return new double[] {cpu.spent().databaseMs() / calls, wall};
    }

    private static void print(String name, List<double[]> blocks) {
        StringBuilder line = new StringBuilder();
        List<Double> cpu = new ArrayList<>();
        List<Double> wall = new ArrayList<>();
        for (double[] b : blocks) {
            line.append(String.format(Locale.ROOT, " %.3f/%.3f", b[0], b[1]));
            cpu.add(b[0]);
            wall.add(b[1]);
        }
        Collections.sort(cpu);
        Collections.sort(wall);
        System.out.printf(Locale.ROOT, "%s: PostgreSQL CPU / wall ms per call, per block:%s; median %.3f / %.3f%n",
                name, line, cpu.get(cpu.size() / 2), wall.get(wall.size() / 2));
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
