package org.answerdesk.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.answerdesk.retrieval.Passage;
import org.answerdesk.retrieval.PassageWindows;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A question set in SQuAD format read for {@code eval --knowledge}: each article's paragraphs cut into passages of
 * {@code words} words every {@code stride}, and each answered question with the passages that hold its answer's
 * first character.
 *
 * @param articleOf each passage's article (by position)
 */
record SquadFile(List<Passage> passages, List<Integer> articleOf, List<Question> questions, int articles) {

    /** A question, its article, and the positions of the passages holding its answer. */
    record Question(String text, int article, List<Integer> right) {
    }

    static SquadFile read(Path file, int words, int stride) throws IOException {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(Files.readString(file));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + " is not SQuAD JSON: " + e.getMessage());
        }
        List<Passage> passages = new ArrayList<>();
        List<Integer> articleOf = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        int article = 0;
        for (JsonNode doc : root.path("data")) {
            for (JsonNode paragraph : doc.path("paragraphs")) {
                String context = paragraph.path("context").asString("");
                String title = doc.path("title").asString(context.lines().findFirst().orElse("").strip());
                List<PassageWindows.Span> spans = PassageWindows.split(context, words, stride);
                int first = passages.size();
                for (var span : spans) {
                    passages.add(new Passage(passages.size(), title, "", "article-" + article + "#" + span.start(),
                            context.substring(span.start(), span.end())));
                    articleOf.add(article);
                }
                for (JsonNode qa : paragraph.path("qas")) {
                    JsonNode answer = qa.path("answers").path(0);
                    if (answer.isMissingNode()) {
                        continue;
                    }
                    int at = answer.path("answer_start").asInt();
                    List<Integer> right = IntStream.range(0, spans.size())
                            .filter(s -> spans.get(s).start() <= at && at < spans.get(s).end())
                            .mapToObj(s -> first + s).toList();
                    questions.add(new Question(qa.path("question").asString(), article, right));
                }
            }
            article++;
        }
        if (questions.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no questions with answers");
        }
        return new SquadFile(passages, articleOf, questions, article);
    }
}
