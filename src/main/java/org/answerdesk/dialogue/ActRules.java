package org.answerdesk.dialogue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The short closed forms of the acts, recognised by rule: a message is such an act when every word of it belongs to
 * the act's words and one of them is a word that makes it that act ("thank you so much", "ok great thanks", "hi
 * there"), or when it is one of a few fixed phrases ("that's not it", "say that again"). A content word ("thanks,
 * my order is late") keeps a message from being an act. English rules are these; another language's are its
 * {@link Lexicon} file's ({@code closed.<act>}, {@code closed.<act>.with}, {@code phrase.<act>}), read with accents
 * folded, and applied to that language only.
 */
final class ActRules {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}' ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private record Closed(Act act, Set<String> core, Set<String> words) {
    }

    /**
     * One language's rules: closed forms, and phrases by act; {@code fold}: read without accents; {@code fillers}:
     * words said in passing ("was kannst du eigentlich", "what can you actually do"), read without when the message
     * as written is no act.
     */
    private record Rules(List<Closed> closed, Map<Act, Pattern> phrases, boolean fold, Set<String> fillers) {
    }

    /** English words said in passing, read without when a message as written is no act ({@code act.filler}). */
    private static final Set<String> FILLERS = Set.of("actually", "really", "even", "exactly", "anyway", "honestly",
            "seriously", "tho", "though", "lol", "haha", "then", "here", "now", "so", "well", "and", "ok", "okay");

    /** The acts with closed forms in a lexicon, in the order they are tried. */
    private static final List<Act> CLOSED_ACTS = List.of(Act.GREETING, Act.THANKS, Act.BYE, Act.YES, Act.NO);

    private static final List<Closed> CLOSED = List.of(
            closed(Act.GREETING, "hi hii hiii hello helo hallo hey heya hiya howdy greetings morning afternoon evening "
                    + "gm yo sup", "good there everyone all team folks guys you how are doing today is it going hows "
                    + "whats what's up hey oh and"),
            closed(Act.THANKS, "thanks thank thx ty tysm cheers thankyou appreciated appreciate worked works helped "
                    + "helpful perfect great awesome brilliant excellent fantastic amazing wonderful lovely sorted "
                    + "solved cool nice super ok okay okey k kk alright fine understood gotcha noted",
            "you so much very a lot many million again for that it this the help answer that's it's got all good "
                    + "problem was is has now oh ah and really indeed great thanks just what i needed wow yay sure"),
            closed(Act.BYE, "bye goodbye byebye cya later ciao farewell", "see you soon have a nice good great day "
                    + "evening weekend take care thanks thank for now all that's that is cheers ok okay bye talk to catch ya then"),
            closed(Act.YES, "yes yeah yep yup yea ya y sure absolutely definitely correct right affirmative",
                    "please do that's that is it would be great go ahead of course ok okay"),
            closed(Act.NO, "no nope nah nay", "thanks thank you not now need i'm im fine good ok okay it's all right "
                    + "that's is never mind"));

    /** Words after "call me" or "call you" that make it a call, not a name ("call me back"). */
    private static final String NOT_A_NAME = "(?!(back|later|tomorrow|today|tonight|asap|now|soon|again|please|on|at|"
            + "about|when|if|urgently|right|to|after|before|in|the|a|an|by|through|via)\\b)[\\p{L}]+";

    /** Unsure ("maybe", "I'm not sure"), or naming the bot. */
    private static final String CHITCHAT = "((well|hmm|um) )?((maybe|perhaps|possibly|probably)( (not|so|yes"
            + "|maybe not))?|((i'm|im|i am) )?(not |un)(sure|certain|decided)( yet)?|i (don't|dont|do not) "
            + "know|dunno|i guess( so)?|could be|who knows|hard to say|it's possible|it might be|kind of"
            + "|sort of)|((can|may|could|should) i|i('ll| will)|i'm going to|i am going to|let me"
            + "|i want to|i'd like to|would you mind if i|is it ok if i) (call|called) you " + NOT_A_NAME
            + "|(your (new )?name is|i('ll| will) name you|(please )?answer to( the name)?"
            + "|(please )?change your name to) " + NOT_A_NAME
            + "|(can|could|may|should) (i|we) (change|rename) (your name|you)|(can|could) your name be changed"
            + "|(can|could) (you|i) change your name|do you mind if i (call|rename) you " + NOT_A_NAME;

    /** Descriptive words before a fact ("a really cool fact"). */
    private static final String FACT_WORDS = "(( really| very| super| most)?( fun| cool| interesting| neat| random"
            + "| amazing| awesome| weird| strange| unique| good| crazy| surprising| fascinating| impressive| intriguing"
            + "| unusual| little known| obscure| trivia| and| new))*";
    /** What a fact is about: anything, to the end of the message. */
    private static final String FACT_TOPIC = "( (about|on|regarding|relating to|related to|concerning|for|of|with me "
            + "about) [\\p{L}\\p{N}' ]+)?";
    private static final String FUN_FACT = "((please|can you|could you|would you|will you|lets|let's|i want to|i'd like "
            + "to|i would like to|i wanna|i need to|do you|help me) )*(tell|give|share|teach|read|say|hear|know|learn"
            + "|find out|explain|communicate|list|name|go through|got|have)( me| us| with me| to me)?( (a|an|some|one"
            + "|any|another|a few|all|more|the most|your best|a good|a cool|a piece of))?" + FACT_WORDS
            + " (fact|facts|trivia|tidbit|tidbits|piece of trivia|bit of trivia|trivia bit|trivia fact|something "
            + "(interesting|neat|cool|fun|amazing|intriguing|new|i (don't|dont|do not|may not|might not) know)"
            + "|thing i (might|may) not know)( you know| i (may|might|do) not know| i (don't|dont) know)?" + FACT_TOPIC
            + "|(what's|whats|what is|what are|what would be)( a| an| one| some| your| the| the most)?" + FACT_WORDS
            + " (fact|facts|trivia|tidbit|piece of trivia|trivia fact)( you know)?" + FACT_TOPIC
            + "|(any |some )?(fun|cool|interesting|random|unique) (fact|facts|trivia)" + FACT_TOPIC;

    private static final Map<Act, Pattern> PHRASES = Map.of(
            Act.NOT_HELPED, Pattern.compile("(no,? )?(that's|thats|that is|this is|it's|its) (not (it|right|what i "
                    + "(meant|asked|wanted|need|needed|was looking for)|helpful|correct)|wrong|useless)"
                    + "|(that|this|it) (didn't|did not|doesn't|does not|didnt|doesnt) help"
                    + "|not (helpful|what i (meant|asked|wanted|need|needed))|wrong answer|none of (those|these|them)"
                    + "|you (misunderstood|didn't understand|did not understand)( me)?|that doesn't answer my question"
                    + "|something else"
                    // "didnt help", "not helpful at all", "useless" (issue 61: said so, after an answer)
                    + "|((it|that|this) )?(didn't|did not|didnt|doesn't|does not|doesnt|isn't|isnt|is not|wasn't"
                    + "|wasnt|was not|won't|wont|not) help(ing|ful)?( me)?( at all| much| either)?"
                    + "|(still )?no help( at all)?|(that's |thats |that is |that was |this is |you're |youre |you are )?"
                    + "(useless|no use|no good)|not what i asked( for)?"),
            // a compliment to the bot is a thanks: "you were really helpful", "ok thanks, you're the best"
            Act.THANKS, Pattern.compile("((ok|okay|great|thanks|thank you|thx|ty|cheers|awesome|perfect|wow|aw|aww) )*"
                    + "(you're|youre|you are|u r|ur|you were|you've been|youve been|you have been|you been|that was"
                    + "|this was|it was)( (so|very|really|super|such|a|truly|extremely|most))* (helpful|kind|nice|great"
                    + "|lovely|sweet|the best|star|legend|lifesaver|life saver|amazing|awesome|brilliant|help|big help"
                    + "|great help|huge help|gem|champ|angel)( thanks| thank you| thx| ty)?( so much| a lot)?"),
            Act.REPEAT, Pattern.compile("(can you |could you |please )?(repeat|say) (that|it)( again)?( please)?"
                    + "|repeat( please)?|say that again( please)?|come again|pardon( me)?|what did you (just )?say"),
            Act.START_OVER, Pattern.compile("(let's |lets |can we |i want to |please )?(start|begin) (over|again|afresh"
                    + "|from scratch)( please)?|restart|reset|new conversation|start a new conversation"),
            Act.BOT, Pattern.compile("(are|r) (you|u) (a |an )?(bot|robot|human|person|real person|machine|computer"
                    + "|ai|real|human being|chatbot)( or (a |an )?(bot|robot|human|person|real person|machine|computer"
                    + "|ai|human being))?( or what| or not)?"
                    + "|(is this|am i (talking|speaking|chatting) (to|with)) (a |an )?(bot|robot|"
                    + "human|person|real person|machine|computer|ai|chatbot|automated)"
                    // "am I talking to a real person?" asks what the bot is; it is no request for one
                    + "|((am i|are we) (talking|speaking|chatting|writing|texting) (to|with)|(are|r) (you|u)|is (this|that"
                    + "|it)) (a |an )?(real |actual |live |living )(person|human|human being|agent|one)( or (a |an )?"
                    + "(bot|robot|machine|computer|ai))?( right now| now| here)?"
                    + "|(am i|are we) (talking|speaking|chatting|writing|texting) (to|with) (a |an )?(bot|robot|human"
                    + "|person|machine|computer|ai|agent|chatbot)( or (a |an )?(real )?(bot|robot|human|person|machine"
                    + "|computer|ai))?( right now| now| here)?"
                    + "|is (this|that|it) (a |an )?(real |actual |live )?(person|human|bot|robot|machine|ai|computer"
                    + "|chatbot) (answering|replying|typing|writing|talking|responding)( me| to me)?"
                    + "|is there (a |an )?(real |actual |live )?(person|human|human being) (on the other end|behind "
                    + "(this|the screen|the chat))"
                    // "am I with a human here?"
                    + "|(am i|are we) (here |now |even )?with (a |an )?(real |actual |live )?(human|person|bot|robot"
                    + "|machine|ai|human being|chatbot)( or (a |an )?(bot|robot|machine|ai|human|person))?( here| now)?"),
            Act.CANCEL, Pattern.compile("((oh well|oh|ok|okay|fine|no worries|never mind|nevermind|forget it|no) )*"
                    + "(thanks|thank you|thx|cheers|ty) (anyway|anyways|all the same|regardless)( bye| goodbye)?"
                    + "|((oh|ok|okay|no|actually) )?((cancel|abort|stop)( (that|this|it|the "
                    + "request|my request|what i (just )?(said|asked)))?|(forget|ignore|disregard|scratch) (it|that"
                    + "|this|about it|about that|what i (just )?(said|asked)|my last (message|question|request))"
                    + "|never ?mind( (that|it))?|don't bother|drop it|i('ve| have)? changed my mind)( please)?"),
            // introducing oneself is a greeting; naming the bot is small talk
            Act.GREETING, Pattern.compile("((hi|hello|hey) )?((my name is|my name's|i'm called|i am called) "
                    + NOT_A_NAME + "|(from now on |(i'd|i would) (like|prefer) (you )?to |i want you to "
                    + "|(would|could|can|will) you (please )?|(you can|please|just) )*(call|refer to|address) me "
                    + "(as )?" + NOT_A_NAME + ")( from now on)?( please)?"
                    // anyone there? (while the conversation waits for a person, the team's acknowledgement)
                    + "|((hi|hello+|hey|helo|hallo|yo|oi|um|erm|uh|hm+) )*(is )?(any ?one|any ?body|some ?one"
                    + "|some ?body) (there|here|around|about|home|on here|online|awake)( at all| still)?"
                    + "|((hi|hello+|hey|yo|oi|um|erm|uh|hm+) )*(are )?(you|u|ya) (still )?there"
                    // "how are you?" said as a greeting, alone or after one ("ciao sei un bot? come va")
                    + "|((hi|hello|hey|and|so) )*(how are you|how r u|how are u|how're you|how's it going|hows it going"
                    + "|how is it going|how you doing|how are you doing|how are things|how's your day|hows your day)"
                    + "( today| doing| going)?"),
            // unsure ("maybe", "I'm not sure"), or naming the bot
            // fun facts and trivia about anything: small talk, never a ticket (CLINC150's fun_fact, from its train split)
            Act.CHITCHAT, Pattern.compile(CHITCHAT + "|" + FUN_FACT),
            Act.CAPABILITIES, Pattern.compile("help( me)?( please)?|i need (some )?help|what (can|do) you (do|help "
                    + "with|know)|what can i ask( you)?|how does this work|what are you for|menu|options"
                    + "|what (else )?(can|could) you (do|help (me )?with)( for me| here)?|what are you (able|here) to "
                    + "(do|help with)|what (kind of |sort of )?(questions|things) can i ask( you)?( here)?"));

    /** Every shipped language's phrases, compiled once, by {@code language.act} (kept here for the linear-time check). */
    private static final Map<String, Pattern> LANGUAGE_PHRASES = new LinkedHashMap<>();
    private static final Map<String, Rules> RULES = rules();

    private ActRules() {
    }

    /** The act the whole message is, if it is a closed form in English. */
    static Optional<Act> of(String text) {
        return of(text, Locale.ENGLISH);
    }

    /** The act the whole message is, if it is a closed form in {@code language}; none in a language not shipped. */
    static Optional<Act> of(String text, Locale language) {
        // the quick replies under an answer reach the core in these words whatever language their buttons showed
        if (Press.HELPED_LABEL.equals(text)) {
            return Optional.of(Act.THANKS);
        }
        if (Press.SOMETHING_ELSE_LABEL.equals(text)) {
            return Optional.of(Act.NOT_HELPED);
        }
        Rules rules = RULES.get(Lexicon.code(language));
        if (rules == null) {
            return Optional.empty();
        }
        String plain = rules.fold() ? Lexicon.fold(normalize(text)) : normalize(text);
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        Optional<Act> act = read(plain, rules);
        if (act.isPresent()) {
            return act;
        }
        String less = String.join(" ", Arrays.stream(plain.split(" ")).filter(w -> !rules.fillers().contains(w))
                .toList());
        return less.isEmpty() || less.equals(plain) ? Optional.empty() : read(less, rules);
    }

    private static Optional<Act> read(String plain, Rules rules) {
        for (var entry : rules.phrases().entrySet()) {
            if (entry.getValue().matcher(plain).matches()) {
                return Optional.of(entry.getKey());
            }
        }
        String[] words = plain.split(" ");
        for (Closed c : rules.closed()) {
            if (Arrays.stream(words).allMatch(w -> c.core().contains(w) || c.words().contains(w))
                    && Arrays.stream(words).anyMatch(c.core()::contains)) {
                return Optional.of(c.act());
            }
        }
        return Optional.empty();
    }

    /** Lower case, no accents on the apostrophe, punctuation and emoji gone, single spaces. */
    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('’', '\'');
        return SPACES.matcher(NOT_WORD.matcher(s).replaceAll(" ")).replaceAll(" ").strip();
    }

    private static Map<String, Rules> rules() {
        Map<String, Rules> rules = new LinkedHashMap<>();
        rules.put(Lexicon.ENGLISH, new Rules(CLOSED, PHRASES, false, FILLERS));
        Lexicon.shipped().forEach((language, lexicon) -> {
            List<Closed> closed = new ArrayList<>();
            for (Act act : CLOSED_ACTS) {
                String core = Lexicon.fold(lexicon.words("closed." + act.label()));
                if (!core.isEmpty()) {
                    closed.add(closed(act, core, Lexicon.fold(lexicon.words("closed." + act.label() + ".with"))));
                }
            }
            Map<Act, Pattern> phrases = new LinkedHashMap<>();
            for (Act act : Act.values()) {
                lexicon.alternatives("phrase." + act.label()).ifPresent(regex -> {
                    Pattern p = Pattern.compile(Lexicon.fold(regex));
                    phrases.put(act, p);
                    LANGUAGE_PHRASES.put(language + "." + act.label(), p);
                });
            }
            String fillers = Lexicon.fold(lexicon.words("act.filler"));
            rules.put(language, new Rules(List.copyOf(closed), phrases, true,
                    fillers.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(fillers.split(" ")))));
        });
        return Map.copyOf(rules);
    }

    private static Closed closed(Act act, String core, String words) {
        return new Closed(act, Set.copyOf(Arrays.asList(core.split(" "))),
                Set.copyOf(Arrays.asList(words.split(" "))));
    }
}
