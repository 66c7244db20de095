package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a question is looked up with: its wrapping and the details no FAQ entry names set aside. */
class CleanupTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I'd like to return the shoes from order #8812, they're too small. Kind regards, Tom | I'd like to return the shoes from order, they're too small.
            how do I return an item? Order #88213. Thanks, Maria                               | how do I return an item?
            Hi Anna, my parcel DE123456789 hasn't arrived since 12/03/2025. Cheers              | my parcel hasn't arrived since.
            Can I pay 25 EUR by card?                                                           | Can I pay by card?
            Where is my order? My email is tom@example.com                                      | Where is my order?
            I ordered on March 3rd and paid $45.99, where is it?                                 | I ordered on and paid, where is it?
            Call me on +49 170 1234567 about my refund                                           | about my refund
            How long does delivery take?                                                         | How long does delivery take?
            can I still add a lid to my order Order 5521 (the teapot).                   | can I still add a lid to my order
            can I still add a lid to my order? I paid with PayPal, transaction 7KD88213LM. | can I still add a lid to my order?
            can I still add a lid to my order? Arrived last Tuesday.                     | can I still add a lid to my order?
            Bought it in your Leeds shop on 02/11. can I still return the teapot?        | can I still return the teapot?
            can I still add a lid? My email is li@example.org if that helps.             | can I still add a lid?
            can I still add a lid Billing postcode is 75008.                             | can I still add a lid
            where is my parcel? reference #KXQWB.                                        | where is my parcel?
            can I still return it? Ordered last Sunday, tracking #ABCDE                  | can I still return it?
            """)
    void wrappingAndDetailsAreSetAside(String text, String lookedUp) {
        assertThat(Cleanup.forLookup(text, Locale.ENGLISH)).isEqualTo(lookedUp);
    }

    @Test
    void aSignatureOnItsOwnLinesGoesToo() {
        assertThat(Cleanup.forLookup("Do you ship to Norway?\n\nBest,\nTom Smith", Locale.ENGLISH)).isEqualTo("Do you ship to Norway?");
    }

    @Test
    void theShopsPagesAreAskedWithTheDetailsKept() {
        assertThat(Cleanup.withoutWrapping("Hi Anna, how long does shipping to Svalbard take? Kind regards, Tom", Locale.ENGLISH))
                .isEqualTo("how long does shipping to Svalbard take?");
    }

    @Test
    void aMessageThatIsOnlyDetailsIsLookedUpAsWritten() {
        assertThat(Cleanup.forLookup("#8812", Locale.ENGLISH)).isEqualTo("#8812");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Hiya I bought the same lamp twice, how do I cancel one?"                     | I bought the same lamp twice, how do I cancel one?
            "Yo, can I pay with Klarna?"                                                  | can I pay with Klarna?
            "Hi! First time writing to you. Do you deliver on Saturdays?"                 | Do you deliver on Saturdays?
            "Good evening, my name is Ana Lima.\\nDo you deliver on Saturdays?"            | Do you deliver on Saturdays?
            "Hello, this is Mr. Okafor. Do you deliver on Saturdays?"                     | Do you deliver on Saturdays?
            "To whom it may concern,\\nDo you deliver on Saturdays?"                       | Do you deliver on Saturdays?
            "Hey folks, hope you are doing well! Do you deliver on Saturdays?"            | Do you deliver on Saturdays?
            "Hi :) do you deliver on Saturdays?"                                          | do you deliver on Saturdays?
            "Hi Jo, thanks for your quick reply. Do you deliver on Saturdays?"            | Do you deliver on Saturdays?
            "Heyyy can I change my delivery address?"                                      | can I change my delivery address?
            "G'day, can I change my delivery address?"                                     | can I change my delivery address?
            "Good morning from Oslo! Can I change my delivery address?"                    | Can I change my delivery address?
            "Hi, it's me again. Can I change my delivery address?"                         | Can I change my delivery address?
            "Hello! Loyal customer here. Can I change my delivery address?"                | Can I change my delivery address?
            "Hi, I'm writing for my dad. Can I change my delivery address?"                | Can I change my delivery address?
            "Hey, sorry about the long email. Can I change my delivery address?"           | Can I change my delivery address?
            "Hi, first time buying from you. Can I change my delivery address?"            | Can I change my delivery address?
            "Hi, hope your weekend's going well. Can I change my delivery address?"        | Can I change my delivery address?
            """)
    void openingsGo(String text, String lookedUp) {
        assertThat(Cleanup.forLookup(text.replace("\\n", "\n"), Locale.ENGLISH)).isEqualTo(lookedUp);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Do you deliver on Saturdays?\\nAll the best,\\nPriya"                                     | Do you deliver on Saturdays?
            "Do you deliver on Saturdays?\\nThanks in advance!\\nSent from my iPhone"                  | Do you deliver on Saturdays?
            "Do you deliver on Saturdays?\\n\\nKind regards\\nAnn Lee\\nHead of Buying | Lee & Co\\nTel. 020 7946 0000" | Do you deliver on Saturdays?
            "Do you deliver on Saturdays? Please let me know asap. Thanks, Omar"                      | Do you deliver on Saturdays?
            "Do you deliver on Saturdays? Cheers!\\n-- \\nSent from Outlook for Android"              | Do you deliver on Saturdays?
            "do you deliver on saturdays Looking forward to hearing from you."                       | do you deliver on saturdays
            "Do you deliver on Saturdays?\\nHope to hear back soon!\\nMo"                             | Do you deliver on Saturdays?
            "Do you deliver on Saturdays? Appreciate it, thanks. Lena"                                | Do you deliver on Saturdays?
            "Do you deliver on Saturdays?\\nBest regards / Mit freundlichen Grüßen\\nK. Braun"        | Do you deliver on Saturdays?
            "Can I change my delivery address? Thank you kindly – Ines"                     | Can I change my delivery address?
            "Can I change my delivery address?\\nWarmly,\\nNoor"                             | Can I change my delivery address?
            "Can I change my delivery address?\\nGreetings from Porto,\\nRui"                | Can I change my delivery address?
            """)
    void closingsAndSignaturesGo(String text, String lookedUp) {
        assertThat(Cleanup.forLookup(text.replace("\\n", "\n"), Locale.ENGLISH)).isEqualTo(lookedUp);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Please cancel my order, I no longer need it."                               | Please cancel my order, I no longer need it.
            "I have no idea where my parcel is"                                          | I have no idea where my parcel is
            "May I return an item I have used?"                                          | May I return an item I have used?
            "Are you open 24/7?"                                                         | Are you open 24/7?
            "What is the best way to return an item?"                                    | What is the best way to return an item?
            "Can you let me know when my refund arrives?"                                | Can you let me know when my refund arrives?
            "Where is my order #12345?"                                                  | Where is my order?
            "Can you cancel my order 55-1932-B?"                                         | Can you cancel my order?
            "Do you deliver on Saturdays? Tracking no. 1Z999AA10123456700"               | Do you deliver on Saturdays?
            "Tracking no. 1Z999AA10123456700 do you deliver on Saturdays"                | do you deliver on Saturdays
            "can I change the address I'm a regular customer (account no. 4410)."        | can I change the address
            "can I still return it I placed the order on 2024-10-01 and paid $19.90."    | can I still return it
            "bought on 14/02 for £12.50 can I still return it"                           | can I still return it
            "can I still return it You can reach me at 07700 900000."                    | can I still return it
            "Can I still return it? Ordered the oak shelf (order 44-1187-C)."            | Can I still return it? Ordered the oak shelf.
            "cancelling order732201349959"                                               | cancelling order
            """)
    void detailsGoAndTheWordsAroundThemThatSayNothingElse(String text, String lookedUp) {
        assertThat(Cleanup.forLookup(text, Locale.ENGLISH)).isEqualTo(lookedUp);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Hi again, do you deliver on Saturdays?"                                      | do you deliver on Saturdays?
            "Hey, quick one: do you deliver on Saturdays?"                                | do you deliver on Saturdays?
            "Do you deliver on Saturdays?\\nThanks in advance for your help.\\nRuth"       | Do you deliver on Saturdays?
            "Do you deliver on Saturdays? Cheers mate"                                    | Do you deliver on Saturdays?
            "Do you deliver on Saturdays?\\nWaiting for your answer."                      | Do you deliver on Saturdays?
            "Do you deliver on Saturdays? Bye!"                                           | Do you deliver on Saturdays?
            "Do you deliver on Saturdays?\\nMy order no. is 5530021."                      | Do you deliver on Saturdays?
            "Do you deliver on Saturdays?\\nIt was around 20 EUR."                         | Do you deliver on Saturdays?
            "Receipt: 99120453 do you deliver on Saturdays"                               | do you deliver on Saturdays
            "Paid 30 EUR on 4 Oct. Do you deliver to my office on Saturdays?"             | Do you deliver to my office on Saturdays?
            "the lamp arrived broken I'm a regular customer (account no. 4410)."          | the lamp arrived broken
            """)
    void whatTheSecondDevelopmentSetOfWrappersShowedGoesToo(String text, String lookedUp) {
        assertThat(Cleanup.forLookup(text.replace("\\n", "\n"), Locale.ENGLISH)).isEqualTo(lookedUp);
    }

    @Test
    void theShopsPagesAndTheLlmGetTheDetailsWithoutTheWrapping() {
        assertThat(Cleanup.withoutWrapping("Hi! First time writing to you. Where is my order #12345?\nThanks in advance!"
                + "\nSent from my iPhone", Locale.ENGLISH)).isEqualTo("Where is my order #12345?");
    }
}
