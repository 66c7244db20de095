package org.answerdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.answerdesk.dialogue.DialoguePolicy;
import org.answerdesk.dialogue.PersonRequest;

/**
 * Every regular expression the code keeps in a static field (a {@link Pattern}, or a collection or map of them),
 * found by reading the compiled classes: a pattern added later is checked without anyone listing it. Patterns that
 * are built per instance are reached through their classes' entry points instead.
 */
public final class Regexes {

    /** A pattern and where it is kept, e.g. {@code dialogue.Cleanup.DETAILS[3]}. */
    public record Named(String name, Pattern pattern) {
    }

    private Regexes() {
    }

    public static List<Named> all() {
        buildEveryLanguage();
        Path classes = classesRoot();
        List<Named> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                found.addAll(patternsOf(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /**
     * The patterns built from a language's file are kept once a conversation in it needs them
     * ({@code dialogue.Lexicon.COMPILED}): every shipped language's are built first, through the entry points.
     */
    private static void buildEveryLanguage() {
        for (String tag : List.of("en", "de", "es", "fr", "it", "pt", "nl")) {
            Locale language = Locale.forLanguageTag(tag);
            DialoguePolicy.lookupText("hi, where is my order 12345? thanks", language);
            DialoguePolicy.learnable("and what about my order?", language);
            PersonRequest.asksForPerson("yes a person please", language);
            PersonRequest.acceptsOffer("yes", language);
        }
        buildEveryPerLanguage();
        try { // retrieval's forms of asking for a service (ServiceQuestions.LOADED), read per language on first use
            var type = Class.forName("org.answerdesk.retrieval.ServiceQuestions");
            for (String name : List.of("of", "what", "know", "may", "also")) {
                var of = type.getDeclaredMethod(name, String.class);
                of.setAccessible(true);
                for (String tag : List.of("en", "de", "es", "fr", "it", "pt", "nl")) {
                    of.invoke(null, tag);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build the service forms", e);
        }
    }

    /**
     * Every rule's language data kept in a {@code Lexicon.PerLanguage} field, built in every shipped language: the
     * patterns it compiles through the lexicon are then in {@code COMPILED}, also those no entry point above reaches.
     */
    private static void buildEveryPerLanguage() {
        Path classes = classesRoot();
        try (Stream<Path> files = Files.walk(classes.resolve("org/answerdesk/dialogue"))) {
            Class<?> perLanguage = Class.forName("org.answerdesk.dialogue.Lexicon$PerLanguage");
            var get = perLanguage.getDeclaredMethod("get", Locale.class);
            get.setAccessible(true);
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                for (Field field : Class.forName(name, true, Regexes.class.getClassLoader()).getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && field.getType() == perLanguage) {
                        field.setAccessible(true);
                        for (String tag : List.of("en", "de", "es", "fr", "it", "pt", "nl")) {
                            get.invoke(field.get(null), Locale.forLanguageTag(tag));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build the per-language rules", e);
        }
    }

    private static List<Named> patternsOf(String className) {
        List<Named> found = new ArrayList<>();
        try {
            Class<?> type = Class.forName(className, false, Regexes.class.getClassLoader());
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) || !holdsPatterns(field)) {
                    continue;
                }
                field.setAccessible(true);
                String where = className.replace("org.answerdesk.", "") + "." + field.getName();
                Object value = field.get(null);
                if (value instanceof Pattern p) {
                    found.add(new Named(where, p));
                } else if (value instanceof Collection<?> c) {
                    int i = 0;
                    for (Object o : c) {
                        found.add(new Named(where + "[" + i++ + "]", (Pattern) o));
                    }
                } else if (value instanceof Map<?, ?> m) {
                    m.forEach((k, v) -> {
                        if (v instanceof Collection<?> c) { // a list of patterns per key
                            int i = 0;
                            for (Object o : c) {
                                found.add(new Named(where + "[" + k + "][" + i++ + "]", (Pattern) o));
                            }
                        } else {
                            found.add(new Named(where + "[" + k + "]", (Pattern) v));
                        }
                    });
                }
            }
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("cannot read the patterns of " + className, e);
        }
        return found;
    }

    private static boolean holdsPatterns(Field field) {
        if (field.getType() == Pattern.class) {
            return true;
        }
        if (field.getGenericType() instanceof ParameterizedType p
                && (Collection.class.isAssignableFrom(field.getType()) || Map.class.isAssignableFrom(field.getType()))) {
            var last = p.getActualTypeArguments()[p.getActualTypeArguments().length - 1];
            return last == Pattern.class || Map.class.isAssignableFrom(field.getType())
                    && last instanceof ParameterizedType list && Collection.class.isAssignableFrom((Class<?>) list.getRawType())
                    && list.getActualTypeArguments()[0] == Pattern.class;
        }
        return false;
    }

    private static Path classesRoot() {
        try {
            // the main classes, beside which the application class sits
            return Path.of(AnswerdeskApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
