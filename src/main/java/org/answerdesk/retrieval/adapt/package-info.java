/**
 * Adapting MiniLM to an FAQ (training with DJL/PyTorch, reading and writing the ONNX weights). Its options are part
 * of the {@code retrieval} module's interface so that {@code eval --adapt-*} can set them. The one Spring type here
 * is the module checker's {@code @NamedInterface} marker (spring-modulith-api, no runtime Spring).
 */
@org.springframework.modulith.NamedInterface("adapt")
package org.answerdesk.retrieval.adapt;
