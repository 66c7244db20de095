"""German FAQ and plan for test set 46: Kostümverleih Larvenkeller (costume and mask rental), Basel, made up.
Customers write Basel Swiss German (Baseldytsch); the FAQ is Swiss standard German (no ß, CHF).
Served as de-CH. Run from src/: PYTHONPATH=<check folder> python3 de.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"
NEW = "treating it as new unclear; "

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("preise", "Was kostet die Miete eines Kostüms?",
      "Ein Erwachsenenkostüm kostet 45 CHF pro Wochenende (Freitag bis Montag), Premium-Kostüme 85 CHF, "
      "Kinderkostüme 25 CHF. Für die Fasnacht (Montag 4 Uhr bis Donnerstag 4 Uhr) gilt der Fasnachtstarif: 120 CHF "
      "für Erwachsene, 60 CHF für Kinder. Jeder weitere Tag kostet 15 CHF.",
      "miete", ["preis", "miete", "kosten", "tarif", "wochenende"],
      ["was kostet ein kostüm für die fasnacht", "wie teuer ist ein kinderkostüm", "preis pro tag"])
entry("reservieren", "Wie kann ich ein Kostüm reservieren?",
      "Sie reservieren online, per Telefon unter 061 555 27 40 oder im Laden an der Rheingasse 14, 4058 Basel. "
      "Bei der Reservation zahlen Sie 30 % an. Für die Fasnacht empfehlen wir, bis am 31. Januar zu reservieren; "
      "danach sind beliebte Sujets oft vergeben.",
      "reservation", ["reservieren", "reservation", "vorbestellen", "anzahlung", "buchen"],
      ["kann ich ein kostüm vorbestellen", "wie früh muss ich für die fasnacht buchen", "reservation per telefon"])
entry("anprobe", "Kann ich die Kostüme vorher anprobieren?",
      "Ja, die Anprobe ist kostenlos und dauert etwa 30 Minuten; bitte vereinbaren Sie einen Termin (Dienstag bis "
      "Samstag). Kleine Anpassungen wie Kürzen von Ärmeln oder Hosen machen wir für 15 CHF pro Kostüm innert 3 "
      "Tagen.",
      "reservation", ["anprobe", "anprobieren", "termin", "anpassen", "kürzen"],
      ["kann man die kostüme im laden probieren", "brauche ich einen termin zum anprobieren",
       "könnt ihr die hose kürzen"])
entry("groessen", "Welche Grössen haben Sie?",
      "Erwachsenenkostüme gibt es in den Grössen 34 bis 56 (XS bis XXL), rund 40 Modelle auch bis 3XL. "
      "Kinderkostüme haben wir in den Grössen 98 bis 164, also für etwa 3- bis 14-Jährige, zum Beispiel Drachen, "
      "Waggis, Ritter und Tiere.",
      "kostüme", ["grösse", "grössen", "übergrösse", "kinderkostüm", "kinder"],
      ["habt ihr auch grosse grössen", "gibt es kostüme für kinder", "passt mir das in grösse 52"])
entry("depot", "Muss ich ein Depot hinterlegen?",
      "Ja. Pro Kostüm hinterlegen Sie bei der Abholung 100 CHF, für Premium-Kostüme und Larven 200 CHF, bar, mit "
      "Twint oder mit Karte. Bringen Sie alles vollständig und unbeschädigt zurück, erhalten Sie das Depot bar "
      "sofort zurück; Karten- und Twint-Zahlungen erstatten wir innert 5 Arbeitstagen.",
      "miete", ["depot", "kaution", "sicherheit", "hinterlegen"],
      ["wie hoch ist das depot", "wann bekomme ich das depot zurück", "muss ich eine kaution zahlen"])
entry("rueckgabe", "Wann muss ich das Kostüm zurückbringen?",
      "Wochenendmieten bringen Sie bis Montag um 12 Uhr zurück, Fasnachtsmieten bis Donnerstag um 18 Uhr. "
      "Ausserhalb der Öffnungszeiten können Sie das Kostüm im Rückgabe-Briefkasten neben der Ladentür einwerfen. "
      "Für jede verspätete Rückgabe verrechnen wir 20 CHF pro Tag.",
      "miete", ["zurückbringen", "rückgabe", "abgabe", "verspätung", "briefkasten"],
      ["bis wann muss das kostüm zurück", "was kostet es wenn ich zu spät bin", "kann ich es am sonntag abgeben"])
entry("reinigung", "Muss ich das Kostüm reinigen?",
      "Nein, bitte nicht selbst waschen: Die Reinigung ist im Mietpreis inbegriffen. Bei starker Verschmutzung, "
      "etwa mit Schminke, Rotwein oder Farbe, verrechnen wir ab 30 CHF. Räppli schütteln Sie bitte vor der "
      "Rückgabe aus.",
      "miete", ["reinigung", "reinigen", "sauber", "verschmutzung", "flecken"],
      ["muss ich das kostüm sauber zurückbringen", "kostet die reinigung extra", "was ist mit flecken"])
entry("schaden", "Was passiert, wenn das Kostüm beschädigt wird?",
      "Kleine Schäden wie ein offener Saum oder ein fehlender Knopf sind im Preis inbegriffen. Grössere Schäden "
      "verrechnen wir nach Aufwand mit dem Depot, höchstens zum Neupreis des Kostüms. Eine verlorene oder "
      "zerbrochene Larve kostet 250 CHF.",
      "miete", ["schaden", "beschädigt", "kaputt", "riss", "verloren"],
      ["was wenn etwas kaputt geht", "wer zahlt einen riss", "larve verloren"])
entry("larven", "Vermieten Sie auch Larven?",
      "Ja, wir vermieten über 300 Basler Larven ab 35 CHF für die Fasnacht. Jede Larve wird nach der Rückgabe "
      "gereinigt und desinfiziert; ein neues Larvenpolster für Sie kostet 5 CHF und gehört Ihnen. Neue Larven zum "
      "Kaufen fertigen wir ab 180 CHF auf Bestellung an.",
      "kostüme", ["larve", "larven", "maske", "masken", "larvenpolster"],
      ["kann ich eine larve mieten", "sind die masken hygienisch", "verkauft ihr auch larven"])
entry("clique", "Gibt es Angebote für Gruppen und Cliquen?",
      "Ab 8 Kostümen zum gleichen Sujet erhalten Cliquen und Gruppen 15 % Rabatt auf die Miete. Gruppen-"
      "reservationen für die Fasnacht nehmen wir bis am 30. November an; die Anprobe machen wir für die ganze "
      "Gruppe an einem Termin.",
      "reservation", ["clique", "gruppe", "gruppenrabatt", "rabatt", "verein"],
      ["gibt es rabatt für eine clique", "wir sind zehn leute", "gruppenreservation fasnacht"])
entry("storno", "Kann ich eine Reservation annullieren?",
      "Bis 14 Tage vor der Abholung annullieren Sie kostenlos und erhalten die Anzahlung zurück. Danach bleibt die "
      "Anzahlung als Gutschein für 1 Jahr gültig. Ab 3 Tagen vor der Abholung verrechnen wir 50 % des Mietpreises.",
      "reservation", ["annullieren", "stornieren", "absagen", "annullation", "rücktritt"],
      ["wir können doch nicht kommen", "reservation absagen", "bekomme ich die anzahlung zurück"])
entry("oeffnung", "Wann ist der Laden geöffnet?",
      "Dienstag bis Freitag 13.30 bis 18.30 Uhr, Samstag 10 bis 16 Uhr. Vom 2. Januar bis zur Fasnacht haben wir "
      "Montag bis Samstag von 10 bis 19 Uhr offen. Sie finden uns an der Rheingasse 14 in Kleinbasel, Tramhaltestelle "
      "Rheingasse.",
      "laden", ["öffnungszeiten", "geöffnet", "laden", "adresse", "offen"],
      ["wann habt ihr offen", "seid ihr am samstag da", "wo ist der laden"])
entry("versand", "Verschicken Sie Kostüme per Post?",
      "Ja, innerhalb der Schweiz: Hin- und Rückversand kosten zusammen 18 CHF, ein Rücksendeetikett liegt bei. "
      "Bestellen Sie mindestens 5 Arbeitstage vor dem Anlass; das Paket muss am ersten Werktag nach der Mietzeit "
      "bei der Post aufgegeben sein. Ins Ausland versenden wir nicht.",
      "miete", ["versand", "post", "verschicken", "zustellung", "paket"],
      ["könnt ihr das kostüm schicken", "rücksendung per post", "liefert ihr nach zürich"])
entry("zubehoer", "Verkaufen Sie auch Schminke und Zubehör?",
      "Ja: Fasnachtsschminke ab 9.50 CHF, Perücken zum Mieten für 15 CHF oder zum Kaufen ab 29 CHF, dazu Hüte, "
      "Handschuhe und Räppli. Am Samstag vor der Fasnacht schminken wir Sie im Laden für 25 CHF.",
      "kostüme", ["schminke", "zubehör", "perücke", "hut", "schminken"],
      ["habt ihr perücken", "wo bekomme ich schminke", "könnt ihr mich schminken"])
entry("zahlung", "Wie kann ich bezahlen?",
      "Im Laden zahlen Sie bar, mit Twint, Debit- oder Kreditkarte; online mit Karte oder Twint. Vereine und Firmen "
      "erhalten auf Wunsch eine Rechnung mit 30 Tagen Zahlungsfrist. Euro nehmen wir bar zum Tageskurs an, das "
      "Rückgeld gibt es in Franken.",
      "laden", ["bezahlen", "zahlung", "karte", "bar", "rechnung"],
      ["kann ich mit karte zahlen", "nehmt ihr euro", "gibt es eine rechnung für den verein"])

write_faq("de", FAQ)

convs = [
    # 1
    [
        ("sali zämme! mir sin 4 fraue und wänn an dr fasnacht als waggis goh. was koschtet das für die drei "
         "dääg, und wie kenne mir die kostüm feschthalte?",
         BOTH(E["preise"], E["reservieren"]) + " — carnival rate 120 CHF per adult costume (Monday 4:00 to "
         "Thursday 4:00), each extra day 15 CHF; reserve online, by phone 061 555 27 40 or in the shop, 30 % "
         "down payment, best by 31 January ('sali zämme' = hello all, 'wänn' = want, 'dääg' = Tage, "
         "'feschthalte' = hold, reserve, Basel)",
         HALF + "; the weekend price of 45 CHF as the carnival price; inventing a group discount for 4"),
        ("kenne mer die vorhär emol aaleege?",
         F(E["anprobe"]) + " — yes, free, about 30 minutes, by appointment Tuesday to Saturday; small alterations "
         "15 CHF per costume within 3 days ('aaleege' = put on, try on; trying on never named)",
         NEW + "the sizes entry only"),
        ("und mien mir die noochhär sälber wäsche?",
         F(E["reinigung"]) + " — no, please don't wash them: cleaning is included; heavy soiling (make-up, red "
         "wine, paint) from 30 CHF; shake out the confetti ('mien' = müssen, 'noochhär' = afterwards, Basel)",
         NEW + "saying they must bring it back washed"),
        ("guet, merci vilmol. ade mitenand",
         "Small talk: acknowledgement + thanks + goodbye ('merci vilmol' = thanks a lot, 'ade mitenand' = bye "
         "all, Swiss) — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("hoi, hätt do e frog",
         "Too vague to answer ('hoi' = hi, 'e Frog' = a question) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("dr bueb isch am cortège in e gländer inegrennt, jetzt het s drachegwand e lengs loch am rugge. "
         "mien mir das zahle?",
         TYPE + F(E["schaden"]) + " — small damage (an open seam, a button) is included; larger damage charged "
         "by the work from the deposit, at most the costume's new price ('Bueb' = boy, 'Cortège' = the carnival "
         "parade, 'Gwand' = costume, 'Rugge' = back; damage never named)",
         "tapping a choice; asking to rephrase; the cleaning entry"),
        ("mir sin ab mäntig z züri. kenne mer s gwand mit dr poscht zruggschicke? und bis wenn muess es "
         "spöötischtens bi euch si?",
         BOTH(E["versand"], E["rueckgabe"]) + " — by post within Switzerland, there and back 18 CHF together, "
         "return label enclosed, handed in at the post office on the first working day after the rental; weekend "
         "rentals back by Monday 12:00, carnival rentals by Thursday 18:00, letterbox by the shop door out of "
         "hours, 20 CHF per day late ('Mäntig' = Montag, 'z Züri' = in Zurich, 'spöötischtens' = at the latest)",
         HALF + "; saying costumes can't be posted; inventing a later deadline"),
        ("schrib i do grad mit eme mensch oder mit eme computer?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("grüessech, s goht um die sach vo letscht wuche",
         "Too vague to answer ('grüessech' = good day) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("nai, nüt vo däm",
         TYPE + "Typed rejection ('nüt vo däm' = none of that) — apologise and ask what exactly it is about; no "
         "handover yet",
         "the same choices again; a handover straight away"),
        ("ha am zischtig alles zruggbrocht, suuber und ganz, und die 200 stutz sin immer no nit uf dr kaarte",
         F(E["depot"]) + " — 200 CHF is the deposit for a premium costume or a mask; cash back at once, card and "
         "Twint within 5 working days when everything is back undamaged; if longer, offer to check ('Zischtig' "
         "= Dienstag, 'Stutz' = francs; deposit never named)",
         "asking to rephrase again; the cancellation entry's down payment"),
        ("verleihet ihr eigentlich au trummle und piccolo? mi götti wott afange ruesse",
         "Not covered (renting drums and piccolos, near the trade but not offered; 'Götti' = godfather, 'ruesse' "
         "= drum Basel-style) — say so plainly; may offer a person",
         "inventing instrument rental or prices; the accessories entry as if it were that"),
    ],
    # 4
    [
        ("grüessech. mir sin zwölf manne vom stammtisch und wänn alli im gliiche sujet an morgestraich. macht "
         "ihr do öppis am pris? und bis wie spoot kamme bi euch verbi cho, mir schaffe alli bis am sächsi",
         BOTH(E["clique"], E["oeffnung"]) + " — from 8 costumes with the same theme 15 % off the rent, group "
         "bookings for the carnival until 30 November, one fitting appointment for the group; Tuesday-Friday "
         "13:30-18:30, Saturday 10-16, from 2 January to the carnival Monday-Saturday 10-19 ('Sujet' = the "
         "carnival theme, 'Morgestraich' = the carnival's 4 am start, 'sächsi' = six o'clock; discount, group "
         "and opening hours never named)",
         HALF + "; inventing a bigger discount; only the normal hours without the season"),
        ("nur 15 prozänt? bi zwölf stugg mien das mindeschtens 30 si, und s depot chönnt ihr grad striiche",
         "Push-back ('Stugg' = pieces, 'striiche' = drop): apologise; the FAQ has 15 % from 8 costumes and a "
         "deposit of 100 CHF per costume — say so and offer a person",
         "promising 30 % or no deposit; the same answer again without acknowledging"),
        ("jetz längts mr aber. i will sofort mit eim vom lade rede, nit mit däre maschine!",
         "Request: angry + person ('jetz längts mr' = I've had enough) — apologise briefly and hand over",
         PW),
        ("hallo?? isch do öpper?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("UNVERSCHÄMT!!! 40 stutz händ ihr mr abzoge nur will i s gwand am mittwuch statt am mäntig brocht ha. "
         "am sunntig znacht isch eure chaschte jo zum bersche voll gsi, do het nüt meh drii passt!",
         F(E["rueckgabe"]) + " — apologise; weekend rentals back by Monday 12:00, the letterbox by the shop door "
         "out of hours, 20 CHF per day late (2 days = 40 CHF); the letterbox was full, so a person to check is "
         "due ('Chaschte' = box, 'zum Bersche voll' = full to bursting; return and late fee never named)",
         "no apology; defending the fee with nothing else; the deposit entry"),
        ("weisch zuefällig, wenn d rhyfähri im winter fahrt?",
         "Not covered (unrelated: the timetable of the Rhine ferry in winter; 'Rhyfähri' = Rhine ferry) — say so "
         "kindly",
         "an FAQ answer; the shop's hours; a handover"),
        ("rüefed mi zrugg, 079 555 43 21, am beschte noch de säggsi",
         "Request: callback with number ('noch de säggsi' = after six) — hand over to a person with the number "
         "(and 'after six') kept; no promise of a time",
         PW + "; asking for the number again; the shop's number instead"),
        ("goht das no lang? mis tram fahrt in feuf minute",
         WAIT + WAITING,
         "the opening hours; an invented wait time"),
    ],
    # 6
    [
        ("mir hätte fürs wuchenänd vom 14. februar zwei harlekin bi euch. jetz lit mi frau mit 39 fieber im "
         "bett, us dem wird leider nüt",
         F(E["storno"]) + " — free up to 14 days before pick-up, down payment back; later the down payment stays "
         "as a voucher for 1 year; from 3 days before 50 % of the rent; sympathy; claim nothing as done ('us dem "
         "wird nüt' = it's not happening; cancelling never named)",
         "claiming it is cancelled; no sympathy; the price entry"),
        ("jänu",
         "Ambiguous reply ('jänu' = oh well, could mean 'go ahead' or just resignation) — ask what they mean or "
         "restate the step; nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("ganz ebbis anders: hänn ihr au die alte basler masgge zum uuslehne? und s passende gsichtsmoole "
         "derzue?",
         BOTH(E["larven"], E["zubehoer"]) + " — over 300 Basel masks from 35 CHF for the carnival, cleaned and "
         "disinfected, new padding 5 CHF, new masks to buy from 180 CHF; carnival make-up from 9.50 CHF, wigs, "
         "and make-up done in the shop on the Saturday before the carnival for 25 CHF ('Masgge' = masks, "
         "'uuslehne' = borrow, 'Gsichtsmoole' = face painting)",
         HALF + "; saying masks are not rented"),
        ("jetz hör uff mit dym gschwätz, i verstand kai wort vo däm züüg. gib mr ändlig e richtige mensch wo "
         "mr ka hälfe!",
         "Request: person in Baseldytsch ('stop your chatter, I don't understand a word of this stuff; finally "
         "give me a real person who can help me') — hand over to a person",
         PW + "; answering an FAQ; asking for standard German"),
    ],
    # 7
    [
        ("guete n obe, mi tochter isch acht und wott an d kinderfasnacht als drache. hänn ihr sowas au für "
         "binggis?",
         F(E["groessen"]) + " — children's costumes in sizes 98-164 (about 3 to 14), dragons among them ('Binggis' "
         "= little children, Basel; sizes never named)",
         "only adult sizes; saying there are no children's costumes"),
        ("und was koschtet das?",
         F(E["preise"]) + " — children's costume 25 CHF a weekend, 60 CHF for the carnival days; each extra day "
         "15 CHF",
         NEW + "only the adult price"),
        ("guet. und kamme bi euch mit twint zahle? merci",
         F(E["zahlung"]) + " — yes: cash, Twint, debit or credit card in the shop, card or Twint online; thanks "
         "acknowledged",
         NEW + "no thanks acknowledged"),
    ],
]

write_plan("de", convs)
