"""Italian FAQ and plan for test set 46: Bottega Cartapesta De Santis (papier-mâché workshop and shop), Lecce, made
up. Customers write everyday Italian with Salentino words. Served as it. Run from src/:
PYTHONPATH=<check folder> python3 it.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"
NEW = "treating it as new unclear; "

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("prezzi", "Quanto costano le statuine di cartapesta?",
      "Le statuine per il presepe alte 10 cm costano da 18 €, quelle da 20 cm da 38 €; i santi e le figure da 40 "
      "cm partono da 120 €. Tutte sono modellate e dipinte a mano nella nostra bottega, quindi il prezzo varia "
      "con i dettagli. Il listino completo è sul nostro sito.",
      "prodotti", ["prezzo", "costo", "statuine", "pastori", "presepe"],
      ["quanto costa un pastore", "prezzi delle statue", "avete un listino"])
entry("ordine", "Posso ordinare una statua su misura?",
      "Sì. Ci mandate una foto o un'idea e vi prepariamo un bozzetto gratuito entro 5 giorni. Se vi piace, "
      "chiediamo un acconto del 40 %; la statua è pronta in 4-8 settimane. I pezzi su misura partono da 150 €.",
      "ordini", ["su misura", "personalizzata", "bozzetto", "commissione", "acconto"],
      ["fate statue personalizzate", "posso avere una statua su ordinazione", "quanto costa un pezzo su misura"])
entry("spedizione", "Spedite in Italia e all'estero?",
      "Sì. In Italia la spedizione costa 9,90 € ed è gratuita sopra i 120 €; nell'Unione Europea costa 24,90 €. "
      "Ogni pezzo viaggia in una scatola rigida con imballo su misura e assicurazione. Fuori dall'UE spediamo su "
      "richiesta con preventivo.",
      "ordini", ["spedizione", "spedire", "estero", "corriere", "consegna"],
      ["spedite a milano", "quanto costa la spedizione", "mandate in germania"])
entry("tempi", "Quanto tempo ci vuole per ricevere un ordine?",
      "I pezzi disponibili partono entro 2 giorni lavorativi e arrivano in Italia in 2-4 giorni lavorativi, "
      "nell'UE in 4-7. I pezzi su misura richiedono 4-8 settimane. Per riceverli prima di Natale ordinate entro "
      "il 20 novembre (su misura) o il 15 dicembre (disponibili).",
      "ordini", ["tempi", "giorni", "arriva", "quando arriva", "natale"],
      ["in quanti giorni arriva", "arriva prima di natale", "quanto ci mettete"])
entry("corsi", "Organizzate corsi di cartapesta?",
      "Sì. Il corso base dura 3 incontri di 2 ore il sabato mattina, costa 90 € con i materiali e accoglie al "
      "massimo 8 persone. Per i bambini dai 7 anni c'è un laboratorio di 2 ore a 25 €, il mercoledì pomeriggio.",
      "corsi", ["corso", "corsi", "laboratorio", "imparare", "lezione"],
      ["fate lezioni di cartapesta", "laboratorio per bambini", "vorrei imparare"])
entry("visite", "Si può visitare il laboratorio?",
      "Sì, la visita con dimostrazione di 20 minuti è gratuita, da martedì a sabato alle 11 e alle 17. Le scuole e "
      "i gruppi di oltre 10 persone devono prenotare; con il laboratorio pratico costa 3 € a persona.",
      "corsi", ["visita", "visitare", "dimostrazione", "scuole", "gruppi"],
      ["si può vedere come lavorate", "visite per le scuole", "gite scolastiche"])
entry("orari", "Quali sono gli orari della bottega?",
      "Da lunedì a sabato 9:30-13:00 e 16:30-20:30; la domenica 10:00-13:00 da aprile a ottobre. A luglio e agosto "
      "la sera restiamo aperti fino alle 23:00. Ci trovate in via dei Perroni 9, Lecce, a 2 minuti da Piazza "
      "Sant'Oronzo.",
      "bottega", ["orari", "aperto", "apertura", "chiuso", "indirizzo"],
      ["a che ora aprite", "siete aperti la domenica", "dove siete"])
entry("pagamento", "Come posso pagare?",
      "In bottega accettiamo contanti, bancomat, carte di credito e Satispay. Online si paga con carta o PayPal; sopra i 300 € anche in 3 rate senza interessi con PayPal. "
      "Per i pezzi su misura e le bomboniere l'acconto si può versare anche con bonifico.",
      "ordini", ["pagamento", "pagare", "carta", "paypal", "bonifico"],
      ["accettate la carta", "posso pagare con bonifico", "si paga in contanti"])
entry("danni", "Cosa faccio se la statua arriva rotta?",
      "Scriveteci entro 48 ore dalla consegna con il numero d'ordine e le foto del pezzo e dell'imballo, che vi "
      "chiediamo di conservare. Ripariamo o sostituiamo il pezzo gratis, oppure vi rimborsiamo per intero, "
      "spedizione compresa.",
      "ordini", ["rotta", "danneggiata", "danno", "rotto", "spezzata"],
      ["la statua è arrivata rotta", "pacco danneggiato", "un pezzo si è rotto in viaggio"])
entry("cura", "Come si conserva la cartapesta?",
      "La cartapesta teme l'umidità e il sole diretto: tenetela in casa, lontano da finestre, termosifoni e "
      "bagni, mai all'aperto. Spolverate con un pennello morbido, senza acqua né detersivi. Così dura "
      "tranquillamente 50 anni e più.",
      "prodotti", ["conservare", "umidità", "pulire", "manutenzione", "polvere"],
      ["come si pulisce", "si rovina con l'umidità", "posso tenerla fuori"])
entry("restauro", "Restaurate statue di cartapesta?",
      "Sì, anche statue antiche e di altre botteghe. Mandateci qualche foto: il preventivo è gratuito entro 3 "
      "giorni. Un restauro parte da 60 € e richiede in genere 2-6 settimane; all'accettazione chiediamo un acconto "
      "del 30 %.",
      "servizi", ["restauro", "restaurare", "riparare", "sistemare", "preventivo"],
      ["riparate statue vecchie", "quanto costa un restauro", "la statua della nonna è rovinata"])
entry("resi", "Posso restituire un acquisto?",
      "Sì, entro 14 giorni dalla consegna o dall'acquisto in bottega, se il pezzo è integro; le spese di ritorno "
      "sono a vostro carico. Vi rimborsiamo entro 14 giorni dal rientro. I pezzi su misura non si possono "
      "restituire.",
      "ordini", ["reso", "restituire", "rimborso", "cambiare", "recesso"],
      ["posso fare il reso", "non mi piace più", "come restituisco"])
entry("regalo", "Fate confezioni regalo o buoni regalo?",
      "La confezione regalo con carta e nastro è gratuita, basta chiederla in bottega o indicarla nell'ordine. I "
      "buoni regalo vanno da 20 a 300 €, valgono 1 anno e si possono usare anche per i corsi.",
      "prodotti", ["confezione regalo", "buono regalo", "regalo", "pacchetto", "incartare"],
      ["me lo incartate", "avete buoni regalo", "è per un regalo"])
entry("annullare", "Posso annullare un ordine?",
      "I pezzi disponibili si annullano gratis finché non sono spediti, di solito entro 2 giorni lavorativi: "
      "scriveteci con il numero d'ordine. Per i pezzi su misura potete annullare gratis entro 48 ore "
      "dall'approvazione del bozzetto; dopo tratteniamo l'acconto.",
      "ordini", ["annullare", "annullamento", "disdire", "cancellare", "ordine"],
      ["voglio annullare l'ordine", "disdire la statua su misura", "perdo l'acconto"])
entry("aziende", "Fate bomboniere o regali aziendali?",
      "Sì, bomboniere per matrimoni, battesimi e comunioni da 30 pezzi in su, a partire da 9 € al pezzo con "
      "bigliettino; ordinatele almeno 2 mesi prima. Per le aziende facciamo anche pezzi con il logo, da 50 pezzi.",
      "ordini", ["bomboniere", "matrimonio", "comunione", "aziendali", "logo"],
      ["bomboniere per il matrimonio", "regali per i clienti con il logo", "quanto costano le bomboniere"])

write_faq("it", FAQ)

convs = [
    # 1
    [
        ("bongiorno! ulìa nu presepe pe la casa de mamma, quiddhi pastori te 20 centimetri quantu custanu? e "
         "me li mannati a milanu?",
         BOTH(E["prezzi"], E["spedizione"]) + " — 20 cm figures from 38 € (10 cm from 18 €), hand-painted; Italy "
         "9,90 €, free above 120 €, rigid box and insurance ('ulìa' = volevo, 'quiddhi' = quelli, 'te' = di, "
         "'quantu custanu' = quanto costano, 'mannati' = mandate, Salentino)",
         HALF + "; the made-to-measure price; saying they don't ship"),
        ("e se ordino osce quandu rrivanu?",
         F(E["tempi"]) + " — in-stock pieces leave within 2 working days and take 2-4 working days in Italy ('osce' "
         "= oggi, 'rrivanu' = arrivano, Salentino; delivery time never named)",
         NEW + "the made-to-measure 4-8 weeks"),
        ("ma a casa sua ete umidu assai, se rovinanu?",
         F(E["cura"]) + " — papier-mâché fears damp and direct sun: indoors, away from windows, radiators and "
         "bathrooms, dust with a soft brush, no water ('ete' = è, 'assai' = molto, Salentino)",
         NEW + "the damaged-on-arrival entry"),
        ("beddhu, grazie assai. ciao ciao",
         "Small talk: acknowledgement + thanks + goodbye ('beddhu' = bello, Salentino) — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("salve, na cosa ulìa sapire",
         "Too vague to answer ('ulìa sapire' = volevo sapere) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("la vagnona mia tene 9 anni e ole cu mpara a fare le statuine, nc'è quarche cosa pe li piccinni?",
         TYPE + F(E["corsi"]) + " — a 2-hour children's workshop from age 7 at 25 €, Wednesday afternoon (the adult "
         "course 3 x 2 h on Saturday, 90 €) ('vagnona' = girl, 'ole cu mpara' = wants to learn, 'piccinni' = "
         "children, Salentino; course never named)",
         "tapping a choice; asking to rephrase; the figure prices"),
        ("pozzu pagare cu lu telefonu, quiddhu satispay? e me la faciti bella ca ete pe nu compleannu?",
         BOTH(E["pagamento"], E["regalo"]) + " — in the shop cash, debit and credit "
         "cards and Satispay, online card or PayPal; gift wrapping free on request, gift vouchers 20-300 € "
         "('pozzu' = posso, 'faciti' = fate, Salentino; wrapping never named)",
         HALF + "; saying Satispay is refused; charging for the wrapping"),
        ("ma tie si nu cristianu veru o na machina?",
         "Small talk: are you a bot ('tie' = tu, 'cristianu' = person, Salentino) — honestly an automated "
         "assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("bonasera, pe lu fattu te lu pacchettu",
         "Too vague to answer ('lu fattu' = the matter, Salentino) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no, nienti te quiddhu",
         TYPE + "Typed rejection ('nienti te quiddhu' = none of that) — apologise and ask what exactly happened; "
         "no handover yet",
         "the same choices again; a handover straight away"),
        ("m'è rrivatu aieri, aggiu apertu la scatula e lu sant'oronzu tene la manu staccata e nu razzu "
         "spaccatu a metà",
         F(E["danni"]) + " — within 48 hours of delivery write with the order number and photos of the piece and "
         "the packing (keep it); free repair or replacement or a full refund, shipping included ('aieri' = ieri, "
         "'aggiu' = ho, 'razzu' = braccio, Salentino; damage never named)",
         "asking to rephrase again; the restoration entry with its price"),
        ("faciti puru le luminarie pe la festa te lu paese?",
         "Not covered (the festival light arches of Salento villages, near the trade but not offered) — say so "
         "plainly; may offer a person",
         "inventing light installations or prices; the corporate gifts entry as if it were that"),
    ],
    # 4
    [
        ("salve. me spusu a giugnu, simu 120 'nvitati, e ulìa nu ricordinu te cartapesta pe ognunu. quantu "
         "ne vene e fino a quandu ve lu pozzu dire?",
         F(E["aziende"]) + " — wedding favours from 30 pieces, from 9 € each with a card, ordered at least 2 months "
         "before (both halves in this one entry) ('me spusu' = I'm getting married, 'ricordinu' = keepsake, "
         "'quantu ne vene' = how much does it come to; favours never named)",
         HALF + "; the single figure prices; the made-to-measure 4-8 weeks only"),
        ("9 euro l'unu?? pe 120 so' più de mille euro! fatime 5 euro e la spedizione gratis, dai",
         "Push-back: apologise; the FAQ has favours from 9 € each (shipping free in Italy only above 120 €) — say "
         "so and offer a person",
         "promising 5 € or free shipping; the same answer again without acknowledging"),
        ("basta, stai a pazziare. passame subbitu nu cristianu te la bottega!",
         "Request: angry + person ('stai a pazziare' = you're fooling around, 'subbitu' = subito) — apologise "
         "briefly and hand over",
         PW),
        ("allora?? nc'è quarchedunu?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("VERGOGNA!!! la madonna te la nonna ve l'aggiu lassata a settembre, m'aviti dittu quattru settimane, "
         "simu a dicembre e ancora nienti. e 80 euro d'anticipo già pagati!",
         F(E["restauro"]) + " — apologise; a restoration usually takes 2-6 weeks with a 30 % down payment, so it "
         "is overdue: a person to check is due ('aggiu lassata' = I left it, 'm'aviti dittu' = you told me; "
         "restoration never named)",
         "no apology; telling them to keep waiting; the made-to-measure order entry"),
        ("sai a ce ora parte lu trenu pe otranto osce?",
         "Not covered (unrelated: the train times to Otranto today) — say so kindly",
         "an FAQ answer; the opening hours; a handover"),
        ("chiamatime allu 340 555 8812, doppu le cinque",
         "Request: callback with number ('doppu le cinque' = after five) — hand over to a person with the number "
         "(and 'after five') kept; no promise of a time",
         PW + "; asking for the number again; the shop's number instead"),
        ("quantu ci ole ancora? tra deci minuti aggiu chiudere la putea",
         WAIT + WAITING,
         "the opening hours; an invented wait time"),
    ],
    # 6
    [
        ("aggiu ordinatu aieri sira tre pastori pe la zia, ma m'ha dittu ca se l'ha già pigliati a napuli. "
         "allora nu servenu cchiui",
         F(E["annullare"]) + " — in-stock pieces can be cancelled free until shipped (usually within 2 working "
         "days) by writing with the order number; claim nothing as done ('nu servenu cchiui' = they're not needed "
         "any more; cancelling never named)",
         "claiming it is cancelled; the returns entry only"),
        ("sine sine",
         "Ambiguous yes ('sine sine' = yes yes, Salentino; may mean 'whatever') — ask what they mean or restate "
         "the step; nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("nn'addhu fattu: la maestra te mia figghia ole cu porta la classe a vitire comu faciti le statue, se "
         "pote? e nu pastorello ca aggiu pigliatu la simana passata nu me piace cchiui, lu pozzu purtare arretu?",
         BOTH(E["visite"], E["resi"]) + " — free 20-minute demonstration Tuesday-Saturday at 11 and 17, schools "
         "book, with the hands-on workshop 3 € each; returns within 14 days if intact, refund within 14 days ('nn'addhu fattu' = "
         "something else, 'figghia' = daughter, 'purtare arretu' = bring back, Salentino)",
         HALF + "; saying school visits are not possible"),
        ("uè, ma ce stai dici? nu se capisce nienti. mintime nu cristianu a lu telefonu, ca cu tie nu ne "
         "scimu fore!",
         "Request: person in Salentino ('what are you saying? nothing makes sense; put a person on the phone, with "
         "you we get nowhere') — hand over to a person",
         PW + "; answering an FAQ; asking for standard Italian"),
    ],
    # 7
    [
        ("bonasera, tegnu nu san giuseppe te cartapesta te lu nonnu, tuttu scrostatu. lu putiti sistemare?",
         F(E["restauro"]) + " — yes, also old pieces and from other workshops: photos for a free estimate within 3 "
         "days, from 60 €, usually 2-6 weeks, 30 % down payment ('tegnu' = ho, 'scrostatu' = flaking)",
         "the care entry only; saying old statues are not taken"),
        ("e a ce ora ve lu pozzu purtare?",
         F(E["orari"]) + " — Monday-Saturday 9:30-13:00 and 16:30-20:30, Sunday 10-13 from April to October, via "
         "dei Perroni 9 (opening hours never named)",
         NEW + "the shipping entry"),
        ("vabbè. e me ne faciti puru unu novu tale e quale pe mia sorella? grazie",
         F(E["ordine"]) + " — made to measure: free sketch within 5 days, 40 % down payment, 4-8 weeks, from 150 €; "
         "thanks acknowledged ('tale e quale' = identical)",
         NEW + "no thanks acknowledged; the figure price list only"),
    ],
]

write_plan("it", convs)
