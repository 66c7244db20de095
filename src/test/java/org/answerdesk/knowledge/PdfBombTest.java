package org.answerdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;

/**
 * A PDF whose page content inflates from about 200 KB to 200 MB is read in bounded memory: in a JVM of its own whose
 * heap (128 MB) could not hold the inflated content, so reading it whole would end in an OutOfMemoryError. (Heap
 * measured in this JVM would not tell: garbage collection can hide what was held.)
 */
class PdfBombTest {

    private static final long INFLATED = 200L * 1024 * 1024;
    private static final String HEAP = "-Xmx128m";
    private static final String OUTCOME = "outcome: ";

    @Test
    void aPdfThatInflatesTo200MbIsReadInAHeapSmallerThanItsContent() throws Exception {
        byte[] bomb = bomb();
        assertThat(bomb.length).isLessThan(1_000_000);
        Path file = Files.createTempFile(Files.createDirectories(Path.of("target")), "pdf-bomb-", ".pdf");
        Files.write(file, bomb);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        long start = System.nanoTime();
        Process reader = new ProcessBuilder(java.toString(), HEAP, "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), PdfBombTest.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String output = new String(reader.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // only catches a hang; how long it took is printed
        assertThat(reader.waitFor(5, TimeUnit.MINUTES)).as("the reader ended").isTrue();
        System.out.println("PDF bomb (" + bomb.length + " bytes, " + INFLATED + " inflated) in a " + HEAP + " JVM: "
                + output.strip() + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        assertThat(reader.exitValue()).as(output).isZero();
        // blank pages: the source then says the file has no text
        assertThat(output).as("read within the heap").contains(OUTCOME + "read 0 sections");
        Files.delete(file);
    }

    /** The reading, in the small JVM: prints the outcome (sections read, or the clear failure). */
    public static void main(String[] args) throws Exception {
        byte[] bomb = Files.readAllBytes(Path.of(args[0]));
        try {
            System.out.println(OUTCOME + "read " + Documents.read(Documents.Kind.PDF, bomb, "application/pdf",
                    "bomb.pdf", "", 10).sections().size() + " sections");
        } catch (FetchException e) {
            System.out.println(OUTCOME + e.getMessage());
        }
    }

    private static byte[] bomb() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            InputStream spaces = new InputStream() {
                long left = INFLATED;

                @Override
                public int read() {
                    return left-- > 0 ? ' ' : -1;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    if (left <= 0) {
                        return -1;
                    }
                    int n = (int) Math.min(len, left);
                    java.util.Arrays.fill(b, off, off + n, (byte) ' ');
                    left -= n;
                    return n;
                }
            };
            page.setContents(new PDStream(doc, spaces, COSName.FLATE_DECODE));
            doc.save(out);
            return out.toByteArray();
        }
    }
}
