package org.answerdesk.bench;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Random;

import javax.sql.DataSource;

/**
 * Stores a large synthetic FAQ with its embeddings, as if it had been imported and embedded before a restart:
 * entries of a few phrasings each, every phrasing a unit vector near its entry's centre, stored under the
 * running model's name so that a start finds nothing to re-embed. The vectors are synthetic (embedding 10,000
 * texts would take minutes); the start-up's cost does not depend on what they mean.
 */
final class LargeFaq {

    private LargeFaq() {
    }

    /** Adds {@code phrasings} phrasings in entries of {@code perEntry}; returns how many phrasings are stored now. */
    static long store(DataSource database, int phrasings, int perEntry, String model, int dimensions)
            throws SQLException {
        Random random = new Random(7);
        try (Connection c = database.getConnection();
             PreparedStatement entry = c.prepareStatement(
                     "insert into faq_entry (question, answer, category) values (?, ?, 'bench') returning id");
             PreparedStatement phrasing = c.prepareStatement(
                     "insert into faq_phrasing (entry_id, text, embedding, embedding_model) values (?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            for (int e = 0; e * perEntry < phrasings; e++) {
                entry.setString(1, "Synthetic question " + e + " about " + word(random) + " " + word(random) + "?");
                entry.setString(2, "Synthetic answer " + e + ".");
                long id;
                try (ResultSet rs = entry.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
                float[] centre = unit(random, dimensions, null, 0);
                for (int k = 0; k < perEntry && e * perEntry + k < phrasings; k++) {
                    phrasing.setLong(1, id);
                    phrasing.setString(2, "how do I " + word(random) + " my " + word(random) + " " + e + "-" + k);
                    phrasing.setBytes(3, bytes(unit(random, dimensions, centre, 0.5)));
                    phrasing.setString(4, model);
                    phrasing.addBatch();
                }
                phrasing.executeBatch();
            }
            c.commit();
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from faq_phrasing")) {
                rs.next();
                return rs.getLong(1);
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static String word(Random random) {
        String[] words = {"order", "parcel", "refund", "password", "invoice", "account", "voucher", "address",
                "delivery", "card", "subscription", "return", "size", "colour", "warranty", "discount"};
        return words[random.nextInt(words.length)];
    }

    private static float[] unit(Random random, int dimensions, float[] centre, double noise) {
        float[] v = new float[dimensions];
        double sum = 0;
        for (int i = 0; i < dimensions; i++) {
            v[i] = (float) ((centre == null ? 0 : centre[i]) + (centre == null ? 1 : noise) * random.nextGaussian()
                    / Math.sqrt(dimensions));
            sum += v[i] * v[i];
        }
        for (int i = 0; i < dimensions; i++) {
            v[i] /= (float) Math.sqrt(sum);
        }
        return v;
    }

    private static byte[] bytes(float[] v) {
        ByteBuffer buffer = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(v);
        return buffer.array();
    }
}
