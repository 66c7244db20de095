"""Italian FAQ and plan for test set 33: Museo di Palazzo Brenzoni, ticket office and guided tours, Verona
(made up). Run from src/: PYTHONPATH=<check folder> python3 it.py"""
from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("orari", "Quali sono gli orari del museo?",
      "Il museo è aperto da martedì a domenica dalle 9:30 alle 18:30, ultimo ingresso alle 17:45. Il lunedì è "
      "chiuso, tranne il Lunedì di Pasqua. Da giugno ad agosto il giovedì restiamo aperti fino alle 21:30. "
      "Chiuso il 25 dicembre e il 1° gennaio.",
      "visita", ["orari", "apertura", "chiuso", "lunedì", "ultimo ingresso"],
      ["a che ora aprite", "siete aperti il lunedi", "fino a che ora si puo entrare"])
entry("biglietti", "Quanto costa il biglietto?",
      "Intero 12 €, ridotto 8 € per i giovani dai 18 ai 25 anni e per chi ha più di 65 anni. Gratis per i "
      "minori di 18 anni, per le persone con disabilità e un accompagnatore. La prima domenica del mese "
      "l'ingresso costa 1 € per tutti.",
      "biglietti", ["prezzo", "biglietto", "ridotto", "gratis", "intero"],
      ["quanto si paga per entrare", "ci sono riduzioni per studenti", "i bambini pagano"])
entry("visite", "Fate visite guidate?",
      "Sì, visite guidate in italiano ogni sabato e domenica alle 11:00 e alle 15:30, in inglese e in tedesco "
      "il sabato alle 16:30. Durano 75 minuti, massimo 25 persone, e costano 6 € oltre al biglietto. Si "
      "prenotano online o in biglietteria fino a esaurimento posti.",
      "visite", ["visita guidata", "guida", "tour", "orario visita", "inglese"],
      ["c'e una guida", "a che ora parte il giro con la guida", "visite in inglese"])
entry("gruppi", "Come prenoto per un gruppo?",
      "I gruppi da 12 a 25 persone pagano il ridotto di 8 € a persona e devono prenotare almeno 7 giorni "
      "prima, scrivendo a prenotazioni@palazzobrenzoni.example o chiamando lo 045 800 3716. La guida riservata "
      "costa 110 € in italiano e 130 € in altre lingue, per 75 minuti.",
      "visite", ["gruppo", "comitiva", "prenotazione gruppi", "guida privata", "associazione"],
      ["siamo in 20, come facciamo", "guida solo per noi", "prezzo per le comitive"])
entry("scuole", "Avete proposte per le scuole?",
      "Sì: per le classi il biglietto costa 3 € per studente e 2 insegnanti per classe entrano gratis. Il "
      "laboratorio didattico (90 minuti, per la primaria e la secondaria) costa 4 € in più per studente. "
      "Prenotazione obbligatoria con almeno 15 giorni di anticipo a scuole@palazzobrenzoni.example.",
      "visite", ["scuola", "classe", "laboratorio didattico", "insegnanti", "gita scolastica"],
      ["gita con la classe", "laboratori per le scuole", "quanto pagano gli alunni"])
entry("card", "La Verona Card è valida?",
      "Sì, con la Verona Card (24 o 48 ore) l'ingresso al museo è gratuito: basta mostrarla in biglietteria, "
      "non serve prenotare. Le visite guidate (6 €) e le mostre temporanee si pagano a parte.",
      "biglietti", ["verona card", "card", "tessera", "ingresso gratuito"],
      ["con la card entro gratis", "accettate la verona card", "la card vale per la guida"])
entry("online", "Posso comprare i biglietti online?",
      "Sì, sul sito palazzobrenzoni.example scegliendo giorno e fascia oraria, con 1 € di commissione. Ricevete "
      "un QR code via email da mostrare all'ingresso, anche dal telefono. Nei fine settimana e ad agosto "
      "consigliamo di comprarli online.",
      "biglietti", ["online", "sito", "qr code", "prevendita", "internet"],
      ["si compra su internet", "devo stampare il biglietto", "conviene prenotare prima"])
entry("rimborso", "Posso cambiare data o avere il rimborso?",
      "I biglietti d'ingresso comprati online non sono rimborsabili, ma potete cambiare data gratis fino a 24 "
      "ore prima, dal link nell'email. Le visite guidate si possono annullare con rimborso fino a 48 ore "
      "prima. Se è il museo ad annullare, rimborsiamo tutto entro 10 giorni lavorativi.",
      "biglietti", ["rimborso", "cambio data", "annullare", "disdetta", "non rimborsabile"],
      ["non possiamo piu venire", "posso spostare il giorno", "mi ridate i soldi"])
entry("accessibilita", "Il museo è accessibile?",
      "Sì, tutte le sale sono raggiungibili con l'ascensore e senza gradini. In biglietteria prestiamo "
      "gratuitamente 2 sedie a rotelle e dei seggiolini pieghevoli. I passeggini sono ammessi. Ci sono bagni "
      "accessibili al piano terra.",
      "visita", ["accessibile", "ascensore", "sedia a rotelle", "disabili", "passeggino"],
      ["ci sono scale", "posso venire in carrozzina", "si entra col passeggino"])
entry("audioguida", "C'è l'audioguida?",
      "Sì, l'audioguida costa 4 € ed è disponibile in italiano, inglese, tedesco, francese, spagnolo e "
      "cinese; in biglietteria lasciamo un documento in deposito. In alternativa potete scaricare gratis la "
      "nostra app con gli stessi testi, 45 minuti di percorso.",
      "visita", ["audioguida", "lingue", "app", "tedesco", "spiegazioni"],
      ["c'e una guida audio", "spiegazioni in altre lingue", "avete un'app"])
entry("guardaroba", "Posso entrare con zaino o valigia?",
      "Zaini grandi, ombrelli e caschi vanno lasciati nel guardaroba gratuito. Ci sono anche armadietti con "
      "moneta da 1 € che vi viene restituita. Le valigie oltre 55 cm non possono essere accettate. Borse "
      "piccole sono ammesse nelle sale.",
      "visita", ["zaino", "guardaroba", "valigia", "armadietto", "deposito"],
      ["dove lascio lo zaino", "si entra con la valigia", "avete un deposito bagagli"])
entry("foto", "Si possono fare foto nel museo?",
      "Sì, le foto senza flash per uso personale sono ammesse nella collezione permanente. Non sono ammessi "
      "treppiedi, bastoni per selfie e droni. Nelle mostre temporanee le foto sono vietate, salvo indicazione "
      "diversa. Per riprese professionali scrivete almeno 10 giorni prima.",
      "visita", ["foto", "fotografie", "flash", "selfie", "riprese"],
      ["posso fotografare", "si puo usare il flash", "video col telefono"])
entry("bambini", "Ci sono attività per bambini e famiglie?",
      "Sì, ogni domenica alle 10:30 c'è il laboratorio Piccoli Curiosi per bambini dai 6 agli 11 anni, 90 "
      "minuti, 5 € a bambino, con prenotazione. Per i più piccoli regaliamo all'ingresso una mappa-gioco del "
      "museo. Il fasciatoio è nei bagni del piano terra.",
      "visite", ["bambini", "famiglie", "laboratorio", "domenica", "attività"],
      ["cosa c'e per i bimbi", "laboratori la domenica", "museo adatto ai bambini"])
entry("pagamento", "Come si può pagare?",
      "In biglietteria accettiamo contanti, bancomat, carte di credito (Visa, Mastercard, American Express) e "
      "Satispay. Online carta di credito o PayPal. Non accettiamo assegni. Per i gruppi e le scuole è "
      "possibile il bonifico fino a 3 giorni prima.",
      "biglietti", ["pagamento", "pagare", "contanti", "bancomat", "carta", "satispay"],
      ["posso pagare con la carta", "accettate satispay", "si paga in contanti"])
entry("arrivare", "Come arrivo al museo?",
      "Siamo in via San Nazaro 18, 37129 Verona, 15 minuti a piedi dall'Arena. Autobus 11, 12 e 13 dalla "
      "stazione Porta Nuova, fermata San Nazaro. Il centro è ZTL: parcheggiate al Parcheggio Cittadella "
      "(1,80 € l'ora). I pullman scaricano i gruppi in via Pallone e sostano all'area bus di Porta Palio.",
      "visita", ["indirizzo", "autobus", "parcheggio", "pullman", "ztl"],
      ["dove siete", "dove parcheggio", "da porta nuova che autobus prendo"])

write_faq("it", FAQ)

HALF = "only one half with no pointer to the other"

convs = [
    # 1
    [
        ("buongiorno, siamo 3 adulti e un ragazzo di 16 anni, quanto spendiamo per entrare? e il lunedi "
         "siete aperti?",
         BOTH(E["biglietti"], E["orari"]) + " — 3 × 12 € = 36 €, the 16-year-old is free (under 18); closed on "
         "Mondays (except Easter Monday), Tuesday-Sunday 9:30-18:30, last entry 17:45",
         HALF + "; charging the 16-year-old; saying open on Monday"),
        ("e la visita con la guida a che ora c'e?",
         F(E["visite"]) + " — in Italian Saturday and Sunday at 11:00 and 15:30 (English and German Saturday "
         "16:30), 75 minutes, 6 € on top of the ticket",
         "treating it as new unclear; the group guide at 110 €"),
        ("ok. gli zaini li possiamo tenere?",
         F(E["guardaroba"]) + " — big backpacks go to the free cloakroom (or 1 € lockers, coin returned); small "
         "bags allowed in the rooms",
         "treating it as new unclear; saying backpacks are allowed everywhere"),
        ("va ben, grazie, buona giornata",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover; asking what 'va ben' means"),
    ],
    # 2
    [
        ("salve, volevo delle informazioni per domenica",
         "Too vague to answer — choices (hours, tickets, guided tours, accessibility...) or a clarifying "
         "question",
         "a handover; one entry given as certain"),
        ("mio papa ha 82 anni e fa fatica a camminare, ci sono tante scale dentro?",
         TYPE + F(E["accessibilita"]) + " — no: every room by lift and without steps; 2 wheelchairs and folding "
         "stools lent free; accessible toilets (reduced 8 € for over 65 may be mentioned)",
         "tapping a choice; asking to rephrase; the ticket prices alone"),
        ("alla cassa posso pagare col satispay? e dentro si possono fare foto col telefono?",
         BOTH(E["pagamento"], E["foto"]) + " — yes, Satispay (also cash, debit and credit cards); photos without "
         "flash in the permanent collection, not in temporary exhibitions, no tripods or selfie sticks",
         HALF + "; saying Satispay is refused; saying photos are allowed everywhere"),
        ("scusi ma lei e una persona vera o un programma?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("ciao, domanda veloce",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no niente di questo",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("il mio moroso e di monaco e di italiano capisce due parole, c'e qualcosa che gli racconta le sale "
         "cosi non devo tradurgli tutto io?",
         F(E["audioguida"]) + " — yes: the audio guide 4 € in six languages including German (an ID left as a "
         "deposit), or the free app; the German guided tour on Saturday at 16:30 may be mentioned",
         "asking to rephrase again; only the Italian guided tours"),
        ("organizzate anche giri guidati dell'arena o dei giardini giusti?",
         "Not covered (guided tours of other sites in Verona) — say so plainly; may offer a person",
         "inventing a tour of the Arena or a price; the museum's guided tours as if they answered it"),
    ],
    # 4
    [
        ("buongiorno, sono del circolo anziani di schio, a maggio veniamo in 20 e vorremmo qualcuno che spieghi "
         "tutto solo a noi, quanto costa? e con la corriera dove ci fermiamo?",
         BOTH(E["gruppi"], E["arrivare"]) + " — 8 € each (20 × 8 = 160 €) + private guide 110 € in Italian, book "
         "at least 7 days ahead (e-mail or 045 800 3716); coaches drop in via Pallone and park at the Porta Palio "
         "bus area",
         HALF + "; the full 12 € price; parking the coach at the museum"),
        ("non e quello che ho chiesto. vorrei che la guida ci venisse a prendere alla stazione e poi ci "
         "accompagnasse anche a pranzo",
         "Push-back: apologise; the FAQ has no guide meeting the group at the station or going to lunch (the "
         "private guide is 75 minutes in the museum) — say so, do not promise it, offer a person",
         "a promise that the guide will come; the same full answer again without acknowledging"),
        ("basta, e inutile! mi passi subito qualcuno della biglietteria",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("pronto? c'e qualcuno?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("sono arrabbiatissima. ho preso online 4 ingressi per sabato, mio figlio ha la febbre e sul sito c'e "
         "scritto che i soldi non li ridate!! 48 euro buttati??",
         F(E["rimborso"]) + " — apologise; online entry tickets are not refundable, but the date can be changed "
         "free up to 24 hours before via the link in the e-mail",
         "no apology; a refund promised; only 'not refundable' without the free date change"),
        ("gia che ci sono, mi consiglia un posto dove mangiare il bollito con la pearà qui vicino?",
         "Not covered (a restaurant tip) — say so kindly, back to the museum's topics",
         "a restaurant named as fact; an FAQ answer; a handover"),
        ("mi richiamate al 347 555 2081 per favore",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the museum's number instead"),
        ("e quanto ci vuole piu o meno?",
         WAIT + WAITING,
         "the opening hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("avevo prenotato la visita con la guida di sabato alle 11 per me e mia sorella, ma lei si e presa "
         "l'influenza, quindi salta tutto",
         F(E["rimborso"]) + " — guided tours can be cancelled with a refund up to 48 hours before (online entry "
         "tickets: only a free date change up to 24 hours before); do not claim it is cancelled",
         "claiming the booking is cancelled; saying nothing is refundable"),
        ("si va bene",
         "Ambiguous yes — ask what they mean or restate the step (cancel via the e-mail link or the ticket "
         "office, 48 hours before); nothing claimed as done",
         "claiming the booking is cancelled; a random FAQ answer"),
        ("un'altra cosa, se la prossima volta mi prendo la verona card devo pagare lo stesso da voi?",
         F(E["card"]) + " — no: free entry with the Verona Card (24 or 48 h), no booking needed; guided tours 6 € "
         "and temporary exhibitions paid apart",
         "the cancellation answer again; saying the card is not valid"),
        ("ostrega, no te capissi gnente. voio parlar co na persona vera, subito",
         "Request: person in Veneto dialect — hand over to a person",
         PW + "; answering an FAQ; asking to write in standard Italian"),
    ],
    # 7
    [
        ("buongiorno, sono una maestra di vicenza, a marzo vorrei portare due terze elementari, come funziona?",
         F(E["scuole"]) + " — 3 € per pupil, 2 teachers per class free, the 90-minute workshop 4 € more per "
         "pupil, book at least 15 days ahead at scuole@palazzobrenzoni.example",
         "the adult group entry (8 €, 7 days); saying schools need no booking"),
        ("e noi maestre paghiamo?",
         F(E["scuole"]) + " — no, 2 teachers per class enter free (so 4 for two classes)",
         "treating it as new unclear; the full ticket price for teachers"),
        ("grazie mille! avete anche qualcosa per i bambini la domenica? e i biglietti si prendono su internet?",
         BOTH(E["bambini"], E["online"]) + " — Piccoli Curiosi on Sundays at 10:30, 6-11 years, 90 minutes, 5 € a "
         "child, to book; online tickets on the site for a day and time slot, 1 € fee, QR code by e-mail",
         HALF + "; the school workshop as the Sunday activity"),
    ],
]

write_plan("it", convs)
