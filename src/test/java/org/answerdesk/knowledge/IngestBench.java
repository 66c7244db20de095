package org.answerdesk.knowledge;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.EmbeddingModelChoice;
import org.answerdesk.retrieval.Passage;
import org.answerdesk.retrieval.PassageVectors;

/**
 * How long a 500-page site takes to read and embed, without the database (a page's rows are a few inserts):
 * serves 500 generated pages of about 350 words in three sections, reads them by their sitemap as the sync does,
 * and embeds every passage as {@code KnowledgeSync} does. Run: {@code java -cp target/test-classes:target/classes:<deps>
 * org.answerdesk.knowledge.IngestBench [pages]}.
 */
final class IngestBench {

    private IngestBench() {
    }

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Random random = new Random(26);
        String[] words = ("order parcel refund return shipping delivery size guide cotton linen wash iron pan oil "
                + "season knife steel warranty gift card voucher store opening hours click collect courier tracking "
                + "invoice payment card bank transfer exchange colour stock restock newsletter discount").split(" ");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        int port = server.getAddress().getPort();
        server.createContext("/", x -> {
            String path = x.getRequestURI().getPath();
            StringBuilder body = new StringBuilder();
            if (path.equals("/sitemap.xml")) {
                body.append("<urlset>");
                for (int p = 0; p < pages; p++) {
                    body.append("<url><loc>http://127.0.0.1:").append(port).append("/page/").append(p)
                            .append("</loc></url>");
                }
                body.append("</urlset>");
            } else if (path.startsWith("/page/")) {
                body.append("<html><head><title>Page ").append(path).append("</title></head><body><nav>menu</nav><main>");
                Random r = new Random(path.hashCode());
                for (int s = 0; s < 3; s++) {
                    body.append("<h2 id=s").append(s).append(">Section ").append(s).append("</h2><p>");
                    for (int w = 0; w < 115; w++) {
                        body.append(words[r.nextInt(words.length)]).append(w % 12 == 11 ? ". " : " ");
                    }
                    body.append("</p>");
                }
                body.append("</main></body></html>");
            }
            byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().set("Content-Type", path.endsWith(".xml") ? "application/xml" : "text/html");
            x.sendResponseHeaders(bytes.length == 0 ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        Embedder embedder = Embedder.load(EmbeddingModelChoice.FULL);
        var properties = new KnowledgeProperties(true, pages, 3, Duration.ZERO, Duration.ofSeconds(15), 5_000_000,
                20_000_000, 300, Duration.ofHours(24), 0.85, 3, Duration.ofSeconds(5), "answerdesk",
                Duration.ofSeconds(60), 300_000, 20_000_000, Duration.ofHours(1), 2);
        Crawler crawler = new Crawler(new SafeFetcher(new AddressGuard(true), properties.timeout(),
                properties.maxPageBytes(), properties.userAgent()), properties);
        AtomicInteger passages = new AtomicInteger();
        AtomicInteger texts = new AtomicInteger();
        long start = System.nanoTime();
        var result = crawler.crawl(URI.create("http://127.0.0.1:" + port + "/sitemap.xml"), new HashMap<>(),
                new Crawler.Sink() {
                    @Override
                    public void changed(URI url, SafeFetcher.Fetched fetched, Extracted extracted) {
                        for (var piece : extracted.pieces(url.toString())) {
                            var p = new Passage(0, extracted.title(), piece.headings(), piece.url(), piece.text());
                            var t = PassageVectors.texts(p);
                            embedder.embedAll(t);
                            passages.incrementAndGet();
                            texts.addAndGet(t.size());
                        }
                    }

                    @Override
                    public void unchanged(URI url) {
                    }

                    @Override
                    public void failed(URI url, String reason) {
                        System.err.println(url + ": " + reason);
                    }
                });
        double seconds = (System.nanoTime() - start) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%d pages, %d passages, %d texts embedded in %.1f s; heap used %d MB of %d MB%n",
                result.reached().size(), passages.get(), texts.get(), seconds,
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.totalMemory() >> 20);
        server.stop(0);
        System.exit(0);
    }
}
