/**
 * The offline {@code eval}, {@code cv} and benchmark commands: they score the retrieval engine on data sets, without the app.
 */
@ApplicationModule(displayName = "Evaluation", allowedDependencies = {"dialogue", "retrieval", "retrieval :: adapt"})
package org.answerdesk.eval;

import org.springframework.modulith.ApplicationModule;
