/**
 * Adapting MiniLM to an FAQ (training with DJL/PyTorch, reading and writing the ONNX weights). Its options are part
 * of the {@code faq} module's interface so that {@code eval --adapt-*} can set them.
 */
@org.springframework.modulith.NamedInterface("adapt")
package org.answerdesk.faq.adapt;
