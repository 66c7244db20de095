/**
 * Knowledge sources: a shop's website (crawled within its own site, robots.txt honoured) and uploaded Markdown, HTML,
 * PDF and text files, cut into passages at their headings, embedded once and stored in PostgreSQL, those with text
 * planted for the bot held for the owner's review ({@code PlantedText}, {@code HeldPassages}); the admin API that
 * manages them; and {@link org.answerdesk.knowledge.KnowledgeSearch}, the passages closest to a question with
 * the calibrated decision whether the best one answers it (the engine is {@code retrieval}'s
 * {@link org.answerdesk.retrieval.PassageIndex}); and draft FAQ entries written by the {@code llm} from a source's
 * passages, which become {@code faq} candidates for the owner's review.
 */
@ApplicationModule(displayName = "Knowledge sources", allowedDependencies = {"faq", "language", "llm", "retrieval"})
package org.answerdesk.knowledge;

import org.springframework.modulith.ApplicationModule;
