"""Italian: Sartoria Esposito, a made-to-measure men's tailor in Chiaia, Napoli.

Customers type Neapolitan (napoletano) mixed with Italian on the phone.
"""
from common_en_de_fr_it import (CHOICES, REJECT, AFTER, WAIT, faq, both, not_covered, vague, small, person,
                                push1, push2, waiting, ambiguous, write_faq, write_plan)

SUIT = "Quanto costa un abito su misura?"
TIME = "Quanto tempo ci vuole per un abito su misura?"
SHIRT = "Fate camicie su misura?"
ALTER = "Fate riparazioni e modifiche?"
APPT = "Devo prendere appuntamento?"
HOURS = "Quali sono gli orari del negozio?"
WHERE = "Dove si trova la sartoria?"
FABRIC = "Posso portare il mio tessuto?"
DEPOSIT = "Quanto si paga di acconto?"
PAY = "Quali pagamenti accettate?"
CANCEL = "Posso annullare un ordine su misura?"
FIT = "Cosa succede se l'abito non mi sta bene?"
WEDDING = "Fate abiti da sposo e per cerimonia?"
SHIP = "Spedite in altre città?"
GIFT = "Fate buoni regalo?"

FAQ = [
    (SUIT,
     "Un abito su misura (giacca e pantalone) costa da 1.200 € con tessuti della collezione base fino a 3.500 € con "
     "tessuti pregiati (cashmere, vicuña esclusa). Il prezzo comprende la presa delle misure e 3 prove. Il gilet costa "
     "250 € in più.",
     "abiti", ["abito su misura", "prezzo", "costo", "vestito", "completo"],
     ["quanto viene un vestito su misura", "prezzi degli abiti", "costo di un completo sartoriale"]),
    (TIME,
     "Di solito 6-8 settimane dalla presa delle misure, con 3 prove. Se c'è posto in laboratorio facciamo anche "
     "l'urgenza in 4 settimane, con un supplemento del 20%.",
     "abiti", ["tempi", "settimane", "consegna", "urgenza", "pronto"],
     ["quando è pronto l'abito", "tempi di consegna", "potete farlo in fretta"]),
    (SHIRT,
     "Sì, camicie su misura da 140 € l'una, minimo 2 camicie per il primo ordine. Sono pronte in 3 settimane, con 1 prova. "
     "Le camicie successive si ordinano anche per telefono, sulle stesse misure.",
     "abiti", ["camicia", "camicie", "collo", "polsini"],
     ["quanto costa una camicia", "camicie fatte a mano", "posso ordinare solo una camicia"]),
    (ALTER,
     "Sì, anche su capi non fatti da noi: orlo pantalone 15 €, accorciare le maniche della giacca da 35 €, stringere una "
     "giacca da 45 €, cambio zip 18 €. Pronte in 5-7 giorni; servizio express in 48 ore con 10 € in più.",
     "modifiche", ["modifiche", "riparazioni", "orlo", "stringere", "accorciare"],
     ["fate gli orli", "mi stringete una giacca", "sistemate anche vestiti comprati altrove"]),
    (APPT,
     "Per gli abiti e le camicie su misura sì: la presa delle misure dura circa 1 ora e si fa in negozio, su appuntamento "
     "al 081 555 0192. Per le modifiche non serve, basta passare negli orari di apertura.",
     "negozio", ["appuntamento", "prenotare", "misure", "visita"],
     ["serve prenotare", "come fisso un appuntamento", "posso passare senza appuntamento"]),
    (HOURS,
     "Dal lunedì al venerdì 9:30-13:30 e 16:00-19:30, il sabato 9:30-13:30. Domenica chiuso. Chiusura estiva dal 10 al "
     "24 agosto.",
     "negozio", ["orari", "aperto", "chiuso", "sabato", "agosto"],
     ["a che ora aprite", "siete aperti il sabato pomeriggio", "chiudete ad agosto"]),
    (WHERE,
     "Vico Belledonne a Chiaia 12, 80121 Napoli, a 5 minuti a piedi dalla funicolare di Chiaia (fermata Parco "
     "Margherita) e da piazza dei Martiri. Non abbiamo parcheggio; il più vicino è il garage di via Morelli.",
     "negozio", ["indirizzo", "dove", "parcheggio", "chiaia"],
     ["dove siete", "come ci arrivo", "c'è parcheggio"]),
    (FABRIC,
     "Sì, confezioniamo anche con il tessuto del cliente a partire da 900 € per un abito. Servono almeno 3,5 metri "
     "(3 metri per una giacca sola); controlliamo il tessuto prima di tagliarlo.",
     "abiti", ["tessuto", "stoffa", "metri", "portare"],
     ["ho già la stoffa", "usate il mio tessuto", "quanti metri servono"]),
    (DEPOSIT,
     "Per abiti e camicie su misura si paga il 50% di acconto alla presa delle misure e il saldo alla consegna. Le "
     "modifiche si pagano al ritiro.",
     "pagamenti", ["acconto", "anticipo", "saldo", "caparra"],
     ["quanto devo anticipare", "si paga tutto subito", "caparra"]),
    (PAY,
     "Contanti, bancomat, carte di credito (Visa, Mastercard, American Express) e bonifico per gli abiti su misura. Non "
     "accettiamo assegni.",
     "pagamenti", ["pagamento", "carta", "bancomat", "bonifico", "contanti"],
     ["posso pagare con la carta", "accettate bonifico", "come si paga"]),
    (CANCEL,
     "Sì, entro 7 giorni dalla presa delle misure e prima del taglio del tessuto: ti restituiamo l'acconto meno 100 € di "
     "spese. Dopo il taglio del tessuto l'acconto non è più rimborsabile.",
     "pagamenti", ["annullare", "disdire", "rimborso", "acconto", "ordine"],
     ["voglio disdire l'ordine", "rimborsate l'acconto", "ho cambiato idea sul vestito"]),
    (FIT,
     "Le 3 prove servono proprio a questo. Se dopo la consegna qualcosa non va, i ritocchi sono gratuiti per 6 mesi dalla "
     "consegna; dopo si pagano con le tariffe delle modifiche.",
     "abiti", ["non sta bene", "ritocchi", "difetto", "vestibilità", "prova"],
     ["la giacca non mi va bene", "il pantalone tira", "ritocchi dopo la consegna"]),
    (WEDDING,
     "Sì, abiti da sposo, tight e smoking su misura da 1.500 €. Per un matrimonio ordina almeno 3 mesi prima della data. "
     "Abiti da sposa e da donna non li facciamo.",
     "abiti", ["sposo", "matrimonio", "cerimonia", "smoking", "tight"],
     ["abito per il matrimonio", "fate lo smoking", "quanto prima devo ordinare per le nozze"]),
    (SHIP,
     "Sì, spediamo i capi finiti in tutta Italia con corriere assicurato a 15 € e nell'UE a 35 €. La prima presa delle "
     "misure va fatta in negozio a Napoli oppure durante i nostri giorni di prova a Milano e Roma (2 volte l'anno, date "
     "sul sito); le prove successive si possono fare lì.",
     "negozio", ["spedizione", "spedire", "corriere", "fuori napoli", "milano"],
     ["spedite a casa", "abito a roma posso ordinare", "venite a milano"]),
    (GIFT,
     "Sì, buoni regalo da 50 € in su, validi 12 mesi, utilizzabili per abiti, camicie e modifiche. Si comprano in negozio "
     "o per telefono e li spediamo anche per email.",
     "pagamenti", ["buono regalo", "regalo", "gift card", "voucher"],
     ["idea regalo", "fate gift card", "regalare una camicia"]),
]

C = [
    # 1 greeting + question, follow-ups, thanks
    [
        ("buongiorn, quant vene nu vestit fatto apposta pe me",
         faq(SUIT, "da 1.200 € a 3.500 € secondo il tessuto, misure e 3 prove comprese"),
         "the shirt price; the alterations entry; a greeting only"),
        ("e quant ce vo?",
         faq(TIME, "6-8 settimane dalla presa delle misure"),
         "reading 'quanto ci vuole' as price again; choices"),
        ("e si 'o voglio pe fine mese?",
         faq(TIME, "urgenza in 4 settimane con +20%, solo se c'è posto in laboratorio"),
         "promising it; the cancel entry"),
        ("grazie assaje",
         small("thanks"),
         "another FAQ answer; a handover"),
    ],
    # 2 vague message, typed rejection, rephrasing
    [
        ("tengo nu problema cu na giacca",
         vague("modifiche, non sta bene, ..."),
         "one entry at random; a handover"),
        (REJECT + "no nun è chesto",
         push1(" (typed rejection)"),
         "the same choices again unchanged; a handover straight away"),
        ("'e maniche so troppo longhe, l'aggio accattata a zara",
         faq(ALTER, "sì anche capi non loro: accorciare maniche da 35 €, pronte in 5-7 giorni"),
         "the fit/ritocchi entry (that is for their own suits); saying they only work on their own garments"),
    ],
    # 3 vague, question typed while choices show ('annullà' = the order), ambiguous no, follow-up
    [
        ("l'ordine",
         vague("annullare, acconto, tempi, ..."),
         "one entry at random; a handover"),
        (CHOICES + "vulesse annullà 'o vestito ca aggio ordinato 3 juorn fa",
         faq(CANCEL, "entro 7 giorni e prima del taglio: acconto restituito meno 100 € di spese"),
         "ending/resetting the chat; claiming the order is cancelled; the deposit entry alone"),
        ("no",
         ambiguous("no"),
         "'il tuo ordine è annullato'; a new FAQ answer; a handover"),
        ("e si hanno già tagliato 'a stoffa?",
         faq(CANCEL, "dopo il taglio l'acconto non è più rimborsabile"),
         "the fabric entry (own fabric from 900 €)"),
    ],
    # 4 near-trade service not offered, gift voucher, unrelated, wedding
    [
        ("facit pure 'o noleggio d'o smoking pe na sera?",
         not_covered("renting a tuxedo is not offered; saying they make tuxedos to measure from 1.500 € is fine"),
         "answering with the wedding entry as if rental were possible"),
        ("e nu buono pe papà ca fa 70 anni?",
         faq(GIFT, "buoni regalo da 50 € in su, validi 12 mesi, anche per modifiche"),
         "the shirt entry; the suit price"),
        ("ma stasera 'o napule vence?",
         not_covered("unrelated: football"),
         "any FAQ entry; a prediction"),
        ("me sposo a giugno, quann aggia vení?",
         faq(WEDDING, "ordinare almeno 3 mesi prima della data (quindi entro marzo); abiti da sposo da 1.500 €"),
         "the appointment entry alone; the opening hours"),
    ],
    # 5 angry customer the FAQ covers, push-back twice, waiting
    [
        ("a maronn, aggio pavat 1500 euro e 'a giacca me tira 'ncoppa 'e spalle!! è na vergogna",
         faq(FIT, "apologise; ritocchi gratuiti per 6 mesi dalla consegna"),
         "a handover without answering; the alterations price list (they are free here); no apology"),
        ("nun me serve a niente sta risposta",
         push1(),
         "the same answer again"),
        ("ma me stai a sentì o no?? voglio parlà cu don ciro",
         push2(" (also asks for the tailor by name)"),
         "a third FAQ answer; asking to rephrase"),
        (AFTER + "pronto?? ce sta qualcuno",
         waiting(),
         "a FAQ answer; starting over"),
        (AFTER + "quant'aggia aspettà ancora",
         waiting(),
         "an invented wait time; the opening hours"),
    ],
    # 6 'are you a bot', callback with a made-up number, waiting
    [
        ("scusate ma si na persona overa o nu computer?",
         small("says it's an automated assistant, can pass to a person"),
         "pretending to be human; a handover without being asked"),
        ("facitem chiammà a 333 123 4567 dopo 'e 6, è pe nu matrimonio",
         person("callback with the customer's number"),
         "only the wedding entry; reading out the shop's phone number"),
        (AFTER + WAIT + "allora?",
         waiting(),
         "a FAQ answer; an invented time"),
    ],
    # 7 two questions in one, follow-ups, goodbye in slang
    [
        ("pozz purtà na stoffa mia? e se paga cu 'o bancomat?",
         both(FABRIC, PAY, "sì, tessuto del cliente da 900 €; sì, bancomat accettato"),
         "answering only one without pointing to the other"),
        ("quanta ne serve?",
         faq(FABRIC, "almeno 3,5 metri per un abito, 3 per una giacca"),
         "the price again; choices for a follow-up"),
        ("sto a milano, pozzo fa tutto a distanza?",
         faq(SHIP, "prima presa misure a Napoli o ai giorni di prova a Milano (2 volte l'anno), spedizione in Italia 15 €"),
         "saying everything can be done by post; the location entry"),
        ("jamm bell, ce vedimm",
         small("goodbye"),
         "another FAQ answer; a handover"),
    ],
]

if __name__ == "__main__":
    print(write_faq("it", FAQ))
    print(write_plan("it", C))
