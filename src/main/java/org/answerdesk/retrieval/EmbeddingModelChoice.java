package org.answerdesk.retrieval;

/** The two MiniLM variants that ship inside the jar ({@link Embedder#load(EmbeddingModelChoice)}). */
public enum EmbeddingModelChoice { FULL, QUANTIZED }
