package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Acts said in their closed forms, alone or around a question, and questions that only look like them. */
class ActsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            hi                                 | GREETING
            Hello there!                       | GREETING
            good morning                       | GREETING
            hey, how are you?                  | GREETING
            thanks, that worked!               | THANKS
            Thank you so much 🙏               | THANKS
            ok                                 | THANKS
            ok great, thanks                   | THANKS
            perfect                            | THANKS
            bye                                | BYE
            have a nice day, bye               | BYE
            yes                                | YES
            yep, please do                     | YES
            no thanks                          | NO
            nope                               | NO
            no, that's not what I meant        | NOT_HELPED
            that didn't help                   | NOT_HELPED
            wrong answer                       | NOT_HELPED
            are you a bot?                     | BOT
            Am I talking to a real person?     | BOT
            what can you do?                   | CAPABILITIES
            help                               | CAPABILITIES
            say that again                     | REPEAT
            can you repeat that please         | REPEAT
            start over                         | START_OVER
            hi, thanks!                        | THANKS
            never mind                         | CANCEL
            No, never mind.                    | CANCEL
            cancel that please                 | CANCEL
            forget it                          | CANCEL
            scratch that                       | CANCEL
            maybe                              | CHITCHAT
            perhaps not                        | CHITCHAT
            I'm not sure                       | CHITCHAT
            i dont know                        | CHITCHAT
            call me Dave                       | GREETING
            Hi, my name is Susan               | GREETING
            can I call you Jeeves?             | CHITCHAT
            your new name is Buddy             | CHITCHAT
            I'd like you to call me Kim        | GREETING
            could you please call me Raj       | GREETING
            refer to me as Sam                 | GREETING
            would you mind if I called you Max | CHITCHAT
            can your name be changed           | CHITCHAT
            please answer to the name Nova     | CHITCHAT
            change your name to Rex            | CHITCHAT
            thank you, olly.                   | THANKS
            Thanks, Max!                       | THANKS
            bye, Sam                           | BYE
            """)
    void aClosedFormIsTheAct(String text, Act act) {
        var reading = Acts.read(text, Locale.ENGLISH);
        assertThat(reading.act()).contains(act);
        assertThat(reading.question()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            thanks! and do you ship to Norway?           | THANKS   | do you ship to Norway?
            Hi, how do I reset my password?              | GREETING | how do I reset my password?
            Good morning! Where is my order? Thanks      | GREETING | Where is my order?
            No, I meant the delivery time to the UK.     | NO       | I meant the delivery time to the UK.
            never mind, where is my order?               | CANCEL   | where is my order?
            you are my hero, thank you very much, olly.  | THANKS   | ''
            Hi, Max, where is my order?                  | GREETING | where is my order?
            """)
    void aQuestionWrappedInActsIsLookedUpAlone(String text, Act first, String question) {
        var reading = Acts.read(text, Locale.ENGLISH);
        assertThat(reading.act()).contains(first);
        assertThat(reading.question()).isEqualTo(question);
    }

    @ParameterizedTest
    @ValueSource(strings = {"How do I reset my password?", "thanks for nothing, my order is late",
            "no refund yet", "help me track my order", "ok so where is my parcel", "hi is my order shipped",
            "I want to report an accident", "great, my card was stolen", "cancel my order", "stop sending me emails",
            "I don't know my password", "maybe next week, where is my parcel", "forget my card details", "call me back",
            "please call me back tomorrow", "can I call you tomorrow", "my name is wrong on the invoice",
            "call me at 5", "could you call me tomorrow", "would you call me when it ships",
            "please change your name on my account", "can you change my address", "Thanks. Refund?",
            "Olly, where is my order?", "where is my order, Olly?", "Refund, please", "Refund, where is it? Thanks", "Refund, thanks", "Invoice, thank you!",
            "where is my order, Olly"})
    void aMessageWithAContentWordIsNoClosedAct(String text) {
        var reading = Acts.read(text, Locale.ENGLISH);
        assertThat(reading.onlyAct()).as(text).isFalse();
        assertThat(reading.question()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "!!!", "🙂"})
    void aMessageWithoutWordsIsNoAct(String text) {
        assertThat(Acts.read(text, Locale.ENGLISH).act()).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            it was a great one, olly.            | it was a great one,
            thank you for doing it, Max!         | thank you for doing it,
            I need a refund, urgently            | I need a refund,
            where is my order, Olly?             | where is my order, Olly?
            thanks, bye                          | thanks, bye
            olly                                 | olly
            please help me, my order is late     | please help me, my order is late
            """)
    void smallTalkSaidFreelyIsReadWithoutTheNameAtItsEnd(String text, String read) {
        assertThat(Acts.withoutTrailingName(text, Locale.ENGLISH)).isEqualTo(read);
    }
}
