package org.answerdesk.knowledge;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * How long the sync's parsers take on the pathological inputs of the round-three probe, at full size: a 280 KB page
 * of nested {@code <div>}, 2.4 MB of nested {@code <h1><span>}, 10 KB of Markdown {@code >}, robots.txt rules with 8
 * wildcards on a 60-character path, {@code Crawl-delay: 1e9}, and a 1 MB page of text (its passage count). Each case
 * gets at most {@code limit} seconds (default 60) on a thread of its own. Run: {@code java -cp
 * target/test-classes:target/classes:$(cat cp.txt) org.answerdesk.knowledge.PathologyBench [limit]}.
 */
final class PathologyBench {

    private PathologyBench() {
    }

    public static void main(String[] args) throws Exception {
        int limit = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(null, r, "bench", 0);
            t.setDaemon(true);
            return t;
        });
        time(threads, limit, "280 KB nested <div>x", () -> html("<div>x".repeat(46_000)));
        time(threads, limit, "2.4 MB nested <h1><span>", () -> html("<h1><span>".repeat(240_000) + "x"));
        time(threads, limit, "10 KB Markdown of '>'", () -> Documents.read(Documents.Kind.MARKDOWN,
                ">".repeat(10_000).getBytes(StandardCharsets.UTF_8), "text/markdown", "deep.md", "", 10)
                .sections().size() + " sections");
        time(threads, limit, "robots, 8 wildcards, 60-char path", () -> String.valueOf(
                Robots.parse("User-agent: *\nDisallow: /" + "*a".repeat(8) + "b\n", "answerdesk")
                        .allows("/" + "a".repeat(59))));
        time(threads, limit, "Crawl-delay: 1e9", () -> String.valueOf(
                Robots.parse("User-agent: *\nCrawl-delay: 1e9\n", "answerdesk").crawlDelay().orElseThrow()));
        time(threads, limit, "1 MB page of text", () -> {
            var words = "order parcel refund return shipping delivery ".repeat(22_000);
            var page = Documents.read(Documents.Kind.HTML, ("<main><p>" + words + "</p></main>")
                    .getBytes(StandardCharsets.UTF_8), "text/html", "", "https://shop.example/", 10);
            return page.pieces("https://shop.example/").size() + " passages";
        });
        threads.shutdownNow();
        System.exit(0);
    }

    private static String html(String page) {
        try {
            return Documents.read(Documents.Kind.HTML, page.getBytes(StandardCharsets.UTF_8), "text/html", "",
                    "https://shop.example/", 10).sections().size() + " sections";
        } catch (FetchException e) {
            return "refused: " + e.getMessage();
        }
    }

    private static void time(ExecutorService threads, int limit, String name, Supplier<String> work) {
        long start = System.nanoTime();
        Future<String> outcome = threads.submit(() -> {
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                return "threw " + e.getClass().getSimpleName();
            }
        });
        String result;
        try {
            result = outcome.get(limit, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            result = "still running after " + limit + " s";
            outcome.cancel(true);
        } catch (Exception e) {
            result = e.toString();
        }
        System.out.printf("%-36s %8.2f s  %s%n", name, (System.nanoTime() - start) / 1e9, result);
    }
}
