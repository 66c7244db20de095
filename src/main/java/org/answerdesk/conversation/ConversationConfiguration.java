package org.answerdesk.conversation;

import org.answerdesk.conversation.answering.ActPhrasings;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.answerdesk.dialogue.DialoguePolicy;
import org.answerdesk.dialogue.FaqLookup;
import org.answerdesk.dialogue.LanguageModel;
import org.answerdesk.dialogue.PassageLookup;
import org.answerdesk.faq.FaqService;
import org.answerdesk.faq.TextVectors;
import org.answerdesk.knowledge.KnowledgeSearch;
import org.answerdesk.llm.LlmAnswer;
import org.answerdesk.llm.LlmCandidate;
import org.answerdesk.llm.LlmFallback;
import org.answerdesk.llm.LlmFollowUp;
import org.answerdesk.llm.LlmQuestion;
import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.FaqEntry;
import org.answerdesk.retrieval.FaqRetriever;
import org.answerdesk.retrieval.PassageRetrieval;
import org.answerdesk.retrieval.Retrieval;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConversationProperties.class)
class ConversationConfiguration {

    /** The dialogue policy over the app's FAQ retriever, knowledge search and LLM fallback. */
    @Bean
    DialoguePolicy dialoguePolicy(FaqRetriever retriever, FaqService faq, KnowledgeSearch knowledge,
                                  LlmFallback llm, Embedder embedder, TextVectors stored,
                                  ConversationProperties properties, org.answerdesk.language.Languages languages,
                                  io.micrometer.core.instrument.MeterRegistry meters) {
        TranslatedLookup translated = new TranslatedLookup(faq::retrieve, llm, languages, faq::entriesPerLanguage,
                meters);
        FaqLookup faqLookup = new FaqLookup() {
            @Override
            public Retrieval retrieve(String question) {
                return retriever.retrieve(question);
            }

            @Override
            public Retrieval retrieve(String question, java.util.Locale language) {
                return translated.retrieve(question, language);
            }

            @Override
            public boolean ownerWorded(long entryId) {
                return faq.ownerWorded(entryId);
            }

            @Override
            public Optional<String> question(long entryId) {
                return faq.find(entryId).map(FaqEntry::question);
            }

            @Override
            public List<String> wording(long entryId) {
                return faq.find(entryId).map(e -> Stream.concat(e.keywords().stream(),
                        e.phrasings().stream()).toList()).orElse(List.of());
            }
        };
        PassageLookup passages = new PassageLookup() {
            @Override
            public PassageRetrieval search(String question) {
                return knowledge.search(question);
            }

            @Override
            public int llmPassages() {
                return knowledge.llmPassages();
            }

            @Override
            public boolean any() {
                return knowledge.size() > 0;
            }
        };
        return new DialoguePolicy(faqLookup, passages, languageModel(llm),
                ActPhrasings.index(embedder, text -> retriever.vector(text, embedder), properties.actsFile(),
                        texts -> stored.embedAll(embedder, texts)));
    }

    private static LanguageModel languageModel(LlmFallback llm) {
        return new LanguageModel() {
            @Override
            public boolean enabled() {
                return llm.enabled();
            }

            @Override
            public Optional<Long> choose(String question, List<LlmCandidate> candidates) {
                return llm.choose(question, candidates);
            }

            @Override
            public Optional<LlmAnswer> answer(LlmQuestion question) {
                return llm.answer(question);
            }

            @Override
            public int historyTurns() {
                return llm.historyTurns();
            }

            @Override
            public Optional<String> rewrite(LlmFollowUp followUp) {
                return llm.rewrite(followUp);
            }

            @Override
            public int citationNumber(LlmQuestion question, int index) {
                return llm.citationNumber(question, index);
            }

            @Override
            public String modelName() {
                return llm.modelName();
            }
        };
    }
}
