/**
 * The LLM fallback (langchain4j: OpenAI-compatible servers or Ollama), its prompts read at run time (with the
 * customer's words, FAQ entries and passages quoted as data the model is told never to obey: {@code Fence}), and
 * phrasings it proposes.
 */
@ApplicationModule(displayName = "LLM fallback", allowedDependencies = {"faq", "redaction", "retrieval"})
package org.answerdesk.llm;

import org.springframework.modulith.ApplicationModule;
