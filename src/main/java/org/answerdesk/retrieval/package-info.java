/**
 * The retrieval engine, free of Spring, JDBC and HTTP: the sentence embedder and its models (the shipped MiniLM, an
 * operator's ONNX model, one adapted to an FAQ, see {@code adapt}), the index over an FAQ's phrasings with its
 * trained head and answer model, the retriever that decides whether the best entry answers, and the
 * cross-validation that estimates how well an FAQ will answer. The {@code faq} catalogue (storage, admin API,
 * learning from people), the offline {@code eval} command and later knowledge sources all build on it; it knows
 * none of them. (The module declaration below is the one Spring type here: an annotation the module checker reads.)
 */
@ApplicationModule(displayName = "Retrieval engine", allowedDependencies = {"language"})
package org.answerdesk.retrieval;

import org.springframework.modulith.ApplicationModule;
