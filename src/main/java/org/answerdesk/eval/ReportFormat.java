package org.answerdesk.eval;

import java.util.Locale;
import java.util.StringJoiner;

/** Prints an evaluation report for people or as one JSON object. */
final class ReportFormat {

    private ReportFormat() {
    }

    static String text(EvalCommand.Report r) {
        Metrics m = r.metrics();
        Metrics.AtThreshold t = r.atThreshold();
        StringBuilder s = new StringBuilder();
        s.append(f("queries: %d (%d in scope, %d out of scope)%n", m.queries(), m.inScope(), m.outOfScope()));
        s.append(f("FAQ: %d entries, %d phrasings; model %s%n", r.entries(), r.phrasings(), r.model()));
        s.append(f("in-scope queries: top-1 accuracy %s, hit@5 %s, MRR %s%n", pct(m.top1()), pct(m.hitAt5()),
                num(m.mrr())));
        s.append(f("at threshold %.3f: answered from the FAQ %s, precision of those answers %s, in-scope accuracy %s",
                t.threshold(), pct(t.answeredRate()), pct(t.answeredPrecision()), pct(t.inScopeAccuracy())));
        s.append(Double.isNaN(t.oosRecall()) ? f("%n") : f(", out-of-scope recall %s%n", pct(t.oosRecall())));
        s.append(f("%nthreshold  answered  precision  in-scope acc  oos recall%n"));
        for (Metrics.AtThreshold x : r.sweep()) {
            s.append(f("%9.3f  %8s  %9s  %12s  %10s%n", x.threshold(), pct(x.answeredRate()),
                    pct(x.answeredPrecision()), pct(x.inScopeAccuracy()), pct(x.oosRecall())));
        }
        Dialogue d = r.dialogue();
        s.append(f("%nsimulated customer at threshold %.3f, clarify threshold %.3f, up to %d choices:%n",
                d.threshold(), d.clarifyThreshold(), r.maxChoices()));
        s.append(f("self-service %s, direct precision %s, in-scope direct %s, clarify %s, out-of-scope answered %s, "
                        + "out-of-scope clarified %s, mean clicks %s%n", pct(d.selfServiceRate()),
                pct(d.directPrecision()), pct(d.inScopeDirectRate()), pct(d.clarifyRate()),
                pct(d.oosWrongAnswerRate()), pct(d.oosClarifyRate()), num(d.meanClicks())));
        r.byLanguage().forEach((language, l) -> s.append(f("  %s: self-service %s, direct precision %s, in-scope direct "
                + "%s, clarify %s, out-of-scope answered %s%n", language, pct(l.selfServiceRate()),
                pct(l.directPrecision()), pct(l.inScopeDirectRate()), pct(l.clarifyRate()),
                pct(l.oosWrongAnswerRate()))));
        s.append(f("read as acts, which the bot answers itself (closed forms; free-form ones where the FAQ is not "
                + "confident): %d in scope, %d out of scope%n",
                r.acts().inScope(), r.acts().outOfScope()));
        if (r.learning() != null) {
            s.append(f("learning replay: in-scope direct by fifth %s; %d phrasings learned, self-service %s, "
                            + "direct precision %s; model adapted again %d times%n",
                    r.learning().curve().stream().map(ReportFormat::pct).toList(), r.learning().learned(),
                    pct(r.learning().overall().selfServiceRate()), pct(r.learning().overall().directPrecision()),
                    r.learning().adaptations()));
        }
        s.append(f("%nrecommended threshold for precision >= %.2f: %s%n", r.targetPrecision(),
                r.recommended() == null ? "none reaches it" : f("%.3f", r.recommended())));
        s.append(f("time: %.1f s", r.seconds()));
        return s.toString();
    }

    static String json(EvalCommand.Report r) {
        Metrics m = r.metrics();
        Metrics.AtThreshold t = r.atThreshold();
        StringJoiner sweep = new StringJoiner(",", "[", "]");
        for (Metrics.AtThreshold x : r.sweep()) {
            sweep.add(f("{\"threshold\":%s,\"answered_rate\":%s,\"answered_precision\":%s,\"oos_recall\":%s,"
                            + "\"in_scope_accuracy\":%s}", num(x.threshold()), num(x.answeredRate()),
                    num(x.answeredPrecision()), num(x.oosRecall()), num(x.inScopeAccuracy())));
        }
        return f("{\"queries\":%d,\"in_scope_queries\":%d,\"oos_queries\":%d,\"faq_entries\":%d,\"phrasings\":%d,"
                        + "\"model\":\"%s\",\"top1_accuracy\":%s,\"hit_at_5\":%s,\"mrr\":%s,\"threshold\":%s,"
                        + "\"answered_rate\":%s,\"answered_precision\":%s,\"oos_recall\":%s,"
                        + "\"in_scope_accuracy_at_threshold\":%s,\"target_precision\":%s,"
                        + "\"recommended_threshold\":%s,\"sweep\":%s,%s\"seconds\":%s}",
                m.queries(), m.inScope(), m.outOfScope(), r.entries(), r.phrasings(), r.model(), num(m.top1()),
                num(m.hitAt5()), num(m.mrr()), num(t.threshold()), num(t.answeredRate()), num(t.answeredPrecision()),
                num(t.oosRecall()), num(t.inScopeAccuracy()), num(r.targetPrecision()),
                r.recommended() == null ? "null" : num(r.recommended()), sweep, dialogue(r), f("%.3f", r.seconds()));
    }

    /** The simulated customer's keys (and the learning replay's and each language's), each followed by a comma. */
    private static String dialogue(EvalCommand.Report r) {
        Dialogue d = r.dialogue();
        StringJoiner languages = new StringJoiner(",", "\"by_language\":{", "},");
        r.byLanguage().forEach((language, l) -> languages.add(f("\"%s\":{\"self_service_rate\":%s,"
                        + "\"direct_precision\":%s,\"in_scope_direct_rate\":%s,\"clarify_rate\":%s,"
                        + "\"oos_wrong_answer_rate\":%s}", language, num(l.selfServiceRate()), num(l.directPrecision()),
                num(l.inScopeDirectRate()), num(l.clarifyRate()), num(l.oosWrongAnswerRate()))));
        String s = f("\"clarify_threshold\":%s,\"max_choices\":%d,\"self_service_rate\":%s,\"direct_precision\":%s,"
                        + "\"in_scope_direct_rate\":%s,\"clarify_rate\":%s,\"oos_wrong_answer_rate\":%s,"
                        + "\"oos_clarify_rate\":%s,\"mean_clicks\":%s,\"acts_in_scope\":%d,\"acts_out_of_scope\":%d,",
                num(d.clarifyThreshold()), r.maxChoices(), num(d.selfServiceRate()), num(d.directPrecision()),
                num(d.inScopeDirectRate()), num(d.clarifyRate()), num(d.oosWrongAnswerRate()),
                num(d.oosClarifyRate()), num(d.meanClicks()), r.acts().inScope(), r.acts().outOfScope());
        if (r.learning() != null) {
            LearningReplay.Result l = r.learning();
            StringJoiner curve = new StringJoiner(",", "[", "]");
            l.curve().forEach(x -> curve.add(num(x)));
            s += f("\"learning_curve\":%s,\"learned_phrasings\":%d,\"learning_self_service_rate\":%s,"
                    + "\"learning_direct_precision\":%s,\"learning_oos_wrong_answer_rate\":%s,"
                    + "\"learning_adaptations\":%d,", curve, l.learned(), num(l.overall().selfServiceRate()),
                    num(l.overall().directPrecision()), num(l.overall().oosWrongAnswerRate()), l.adaptations());
        }
        return r.byLanguage().isEmpty() ? s : s + languages;
    }

    private static String pct(double x) {
        return Double.isNaN(x) ? "-" : f("%.1f%%", 100 * x);
    }

    /** A JSON number, or null for NaN. */
    static String num(double x) {
        return Double.isNaN(x) ? "null" : f("%.4f", x);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
