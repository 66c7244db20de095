"""French FAQ and plan for test set 27: Traductions Ill & Rhin, Strasbourg (made up). Run: python3 fr.py"""
from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("jure", "Qu'est-ce qu'une traduction assermentée ?",
      "C'est une traduction faite par un traducteur expert près la Cour d'appel de Colmar, qui la signe et y "
      "appose son cachet. Elle est acceptée par les administrations françaises (préfecture, mairie, tribunaux, "
      "universités). Une traduction classique, même très soignée, n'a pas cette valeur officielle. Nos 4 "
      "traducteurs assermentés couvrent l'allemand, l'anglais, l'italien et le turc.",
      "traductions", ["assermentée", "traducteur juré", "certifiée", "cachet", "cour d'appel"],
      ["c'est quoi une traduction certifiée", "la préfecture veut une traduction jurée, c'est quoi"])
entry("prixjure", "Combien coûte une traduction assermentée ?",
      "Pour les actes d'état civil (naissance, mariage, divorce), les permis de conduire et les casiers "
      "judiciaires, comptez 45 € par page. Les diplômes et relevés de notes sont à 55 € par page, les jugements "
      "et contrats sur devis. Chaque exemplaire original supplémentaire coûte 10 €.",
      "tarifs", ["prix", "tarif", "acte de naissance", "par page", "coût"],
      ["combien pour traduire un acte de naissance", "vos tarifs pour une traduction jurée"])
entry("prixmot", "Combien coûte une traduction non assermentée ?",
      "Une traduction classique est facturée au mot du texte de départ : 0,12 € par mot entre le français, "
      "l'anglais et l'allemand, 0,16 € par mot pour les autres langues, avec un minimum de 40 € par commande. "
      "Les textes techniques ou médicaux peuvent être majorés de 20 %.",
      "tarifs", ["prix au mot", "traduction classique", "tarif", "site internet", "mots"],
      ["combien par mot", "prix pour traduire un site web"])
entry("langues", "Quelles langues traduisez-vous ?",
      "Nous traduisons de et vers 20 langues, dont l'allemand, l'anglais, l'italien, l'espagnol, le portugais, "
      "le polonais, le russe, l'arabe, le turc et le chinois. Les traductions assermentées sont possibles depuis "
      "et vers l'allemand, l'anglais, l'italien et le turc. Pour les autres langues, demandez-nous : nous "
      "travaillons avec des confrères assermentés dans toute la France.",
      "traductions", ["langues", "langue", "combinaisons", "allemand", "anglais"],
      ["vous traduisez du russe ?", "quelles langues pour les traductions jurées"])
entry("delais", "Quels sont vos délais ?",
      "Pour une traduction assermentée de 1 à 3 pages, comptez 3 à 5 jours ouvrés. Pour une traduction "
      "classique, nous traduisons environ 2 000 mots par jour ouvré, plus une journée de relecture. Le délai "
      "exact est indiqué sur votre devis.",
      "commandes", ["délai", "délais", "jours", "combien de temps", "livraison"],
      ["ça prend combien de temps", "quand est-ce que ce sera prêt"])
entry("urgent", "Faites-vous des traductions urgentes ?",
      "Oui, selon nos disponibilités. En express (livraison sous 24 heures ouvrées), le prix est majoré de 50 % ; "
      "pour une livraison le jour même (document reçu avant 10 h), de 100 %. Demandez-nous avant de commander si "
      "le délai est tenable.",
      "commandes", ["urgent", "express", "24 heures", "urgence", "jour même"],
      ["c'est pour demain, c'est possible ?", "vous pouvez faire ça en urgence"])
entry("envoi", "Comment vous envoyer mes documents ?",
      "Envoyez-nous un scan ou une photo lisible de chaque page par e-mail à contact@illrhin-traductions.example "
      "ou via le formulaire de notre site. Pour la plupart des traductions assermentées, une copie suffit ; si "
      "l'administration exige que nous voyions l'original, déposez-le au bureau, 12 rue du Parchemin, ou "
      "envoyez-le en recommandé. Les originaux vous sont rendus sous 5 jours.",
      "commandes", ["envoyer", "documents", "scan", "photo", "original", "e-mail"],
      ["je peux vous envoyer une photo", "faut-il l'original ?"])
entry("apostille", "Faut-il une apostille ou une légalisation ?",
      "Cela dépend du pays qui recevra le document : l'apostille (convention de La Haye de 1961) ou la "
      "légalisation est exigée par certains pays et pas par d'autres. Renseignez-vous auprès de l'organisme qui "
      "vous demande le document. Pour les documents français, nous pouvons faire la démarche pour vous pour 35 € "
      "de frais de service ; comptez environ 10 jours ouvrés.",
      "traductions", ["apostille", "légalisation", "la haye", "légaliser", "étranger"],
      ["il faut l'apostille ?", "mon document doit être légalisé"])
entry("paiement", "Comment puis-je payer ?",
      "Par carte bancaire (au bureau ou par lien de paiement), par virement ou en espèces au bureau. Les "
      "particuliers paient à la commande ; au-delà de 300 €, un acompte de 50 % suffit et le reste est payé à la "
      "livraison. Les entreprises reçoivent une facture payable sous 30 jours.",
      "tarifs", ["payer", "paiement", "carte bancaire", "virement", "acompte", "facture"],
      ["je peux payer par carte ?", "vous acceptez le virement"])
entry("interpretes", "Proposez-vous des interprètes ?",
      "Oui, nos interprètes vous accompagnent chez le notaire, à la mairie (mariages), au tribunal, à l'hôpital "
      "ou en entreprise. Tarif : 80 € la première heure, puis 60 € par heure, déplacement compris dans "
      "l'Eurométropole de Strasbourg. Réservez au moins 5 jours ouvrés à l'avance ; pour un mariage, la mairie "
      "demande souvent le nom de l'interprète 10 jours avant.",
      "interprétariat", ["interprète", "interprétariat", "accompagner", "rendez-vous", "notaire"],
      ["j'ai besoin d'un interprète chez le notaire", "vous pouvez venir traduire à un rendez-vous"])
entry("erreur", "Que faire si la traduction contient une erreur ?",
      "Signalez-la-nous dans les 30 jours suivant la livraison : si l'erreur vient de nous, nous la corrigeons "
      "gratuitement sous 2 jours ouvrés et vous remettons un nouvel exemplaire certifié. Si le document d'origine "
      "a changé ou si vous souhaitez des modifications, la correction est facturée au temps passé (à partir de "
      "20 €).",
      "commandes", ["erreur", "correction", "faute", "corriger", "rectifier"],
      ["il y a une faute dans ma traduction", "le nom est mal écrit"])
entry("confidentialite", "Mes documents restent-ils confidentiels ?",
      "Oui. Tous nos traducteurs et interprètes sont tenus au secret professionnel et peuvent signer un accord "
      "de confidentialité à votre demande. Vos fichiers sont stockés sur des serveurs en France et supprimés 6 "
      "mois après la livraison, sauf demande contraire.",
      "commandes", ["confidentialité", "secret professionnel", "données personnelles", "rgpd", "discrétion"],
      ["qui a accès à mes documents ?", "vous gardez mes papiers combien de temps"])
entry("annuler", "Puis-je annuler ma commande ?",
      "Oui, gratuitement tant que la traduction n'a pas commencé. Si le travail est déjà en cours, nous "
      "facturons la partie traduite, au minimum 40 €, et remboursons le reste sous 14 jours. Une traduction déjà "
      "livrée ne peut plus être annulée.",
      "commandes", ["annuler", "annulation", "commande", "rembourser", "plus besoin"],
      ["je veux annuler ma commande", "je n'ai plus besoin de la traduction"])
entry("devis", "Comment obtenir un devis ?",
      "Envoyez-nous le document (ou un extrait) avec la langue souhaitée et la date voulue. Le devis est gratuit "
      "et sans engagement ; vous le recevez en 2 heures pendant nos horaires d'ouverture, sinon le jour ouvré "
      "suivant.",
      "tarifs", ["devis", "estimation", "gratuit", "prix exact"],
      ["vous pouvez me faire un devis ?", "combien ça coûterait pour mon document"])
entry("horaires", "Quels sont vos horaires d'ouverture ?",
      "Notre bureau, 12 rue du Parchemin à Strasbourg, est ouvert du lundi au vendredi de 9 h à 12 h 30 et de "
      "14 h à 18 h, le samedi de 9 h à 12 h uniquement sur rendez-vous. Par e-mail, nous répondons aussi le soir "
      "jusqu'à 20 h en semaine.",
      "contact", ["horaires", "ouverture", "ouvert", "samedi", "bureau"],
      ["vous êtes ouverts quand ?", "je peux passer à quelle heure"])

HALF = "only one half with no pointer to the other"

convs = [
    [
        ("bonjour, vous faites les traductions assermentées de l'allemand ? et ca coute combien pour un acte de "
         "naissance",
         BOTH(E["langues"], E["prixjure"]) + " — yes, German is one of the sworn languages; a birth certificate "
         "is 45 € per page",
         HALF + "; the word price of non-sworn translations"),
        ("et en turc ?",
         F(E["langues"]) + " — yes, Turkish is also offered as a sworn translation (same price, 45 € per page, "
         "is a welcome addition)",
         "treating it as a new unclear question; 'no'; the interpreter entry"),
        ("j'en ai besoin pour la prefecture apres-demain, vous pouvez aller plus vite ?",
         F(E["urgent"]) + " — express within 24 working hours +50 %, same day +100 % (document before 10 h), "
         "depending on availability; ask before ordering",
         "the normal delivery times alone (3-5 working days) with no word on express; promising the date"),
        ("ok super, merci bcp, bonne journée",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover"),
    ],
    [
        ("j'ai une question pour des papiers",
         "Too vague to answer — choices (sworn translation, prices, sending documents, apostille) or a "
         "clarifying question",
         "a handover; one entry given as certain"),
        ("mon fils part étudier a heidelberg et la fac veut son diplome du bac en allemand. vous faites ca ? "
         "c'est combien ?",
         TYPE + F(E["prixjure"]) + " — diplomas 55 € per page (sworn, German is offered)",
         "the word price (non-sworn); the languages entry alone with no price; tapping a choice"),
        ("est-ce qu'il faut aussi l'apostille dessus ? et je peux juste vous envoyer une photo du diplome ?",
         BOTH(E["apostille"], E["envoi"]) + " — it depends on the receiving country, ask the university; the "
         "agency can do it for French documents for 35 €, about 10 working days; a readable scan or photo by "
         "e-mail is usually enough",
         HALF + "; 'an apostille is always required'"),
        ("vous etes un robot ou une vraie personne ?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    [
        ("bonjour j'ai un souci avec ma commande",
         "Too vague to answer — choices (errors, delivery times, cancelling, payment) or a clarifying question",
         "a handover; one entry given as certain"),
        ("non c'est pas ca",
         TYPE + "Typed rejection — apologise and ask what exactly; no handover yet",
         "the same choices again; a handover straight away"),
        ("sur le document que vous m'avez rendu hier, le nom de jeune fille de ma mere est mal orthographié",
         F(E["erreur"]) + " — report within 30 days; an error of the agency is corrected free within 2 working "
         "days with a new certified copy",
         "the cancelling entry; the confidentiality entry; 'corrections are charged'"),
        ("vous faites aussi des cours d'allemand ? je demenage a karlsruhe en mars",
         "Not covered by the FAQ (no language courses) — say so honestly, offer a person",
         "the languages entry as if it covered courses; the interpreter entry; inventing prices"),
    ],
    [
        ("on se marie a la mairie en juin, mon fiancé est polonais et parle pas un mot de francais. vous avez "
         "quelqu'un pour nous traduire pendant la cérémonie ? et on vous regle comment ?",
         BOTH(E["interpretes"], E["paiement"]) + " — interpreters for weddings at the town hall: 80 € the first "
         "hour then 60 €/h, book at least 5 working days ahead (the town hall often wants the name 10 days "
         "before); card, transfer or cash, 50 % deposit above 300 €",
         HALF + "; the sworn-translation price entry"),
        ("ca repond pas a ma question. vous avez quelqu'un de libre le samedi 21 juin a 10h30, oui ou non ?",
         "Push-back (first time) — apologise; the FAQ holds no availability; point to booking 5 working days "
         "ahead (" + F(E["interpretes"]) + ") or offer a person",
         "repeating the interpreter answer unchanged; no apology; inventing availability"),
        ("pfff vous servez a rien. je veux parler a quelqu'un de chez vous maintenant",
         "Push-back (second time in a row) + Request for a person (direct, annoyed) — apologise, hand over",
         PW),
        ("allo ?? y a quelqu'un ?",
         WAIT + WAITING,
         "a new greeting as if the chat had just started; an FAQ answer"),
    ],
    [
        ("franchement c'est du vol !! la mairie m'a renvoyée, ils disent que votre papier a aucune valeur. j'ai "
         "payé 60 € pour rien",
         F(E["jure"]) + " — apologise; authorities accept only a sworn translation (signed and stamped by a "
         "translator sworn at the Cour d'appel de Colmar); a standard translation has no official value; it can "
         "be done as a sworn one (or offer a person to look at the order)",
         "no apology; the error-correction entry alone; the cancelling entry; the payment entry"),
        ("au fait, le christkindelsmärik il ouvre quand cette année ?",
         "Not covered by the FAQ (unrelated: the Strasbourg Christmas market) — short honest reply",
         "the opening-hours entry; inventing dates"),
        ("rappelez moi svp au 06 72 18 45 93, plutot en fin d'aprem",
         "Request for a person (callback with number) — hand over / pass on the callback request",
         "only the agency's phone number without taking the request; " + PW),
        ("ca va prendre combien de temps ?",
         WAIT + WAITING,
         "the delivery-times entry; inventing a wait time"),
    ],
    [
        ("je vous ai envoyé mardi mon contrat de travail a traduire en anglais, mais le poste a londres est tombé "
         "a l'eau. laissez tomber",
         F(E["annuler"]) + " — free if the translation has not started; if started, the translated part is "
         "billed (at least 40 €) and the rest refunded within 14 days; do not claim it is cancelled",
         "'your order has been cancelled'; the prices entry; the delivery-times entry"),
        ("oui",
         "Ambiguous oui — acknowledge or ask what it refers to; never claim a cancellation",
         "confirming a cancellation"),
        ("ce contrat contient pas mal de choses perso, qui chez vous a le droit de le lire ?",
         F(E["confidentialite"]) + " — translators bound by professional secrecy, NDA on request, files kept "
         "on servers in France and deleted 6 months after delivery",
         "the sending-documents entry alone; the cancelling entry"),
        ("jesses, avec cette machine j'y comprends rien. passez moi quelqu'un de chez vous, gell ?",
         "Request for a person (regional words, Alsace) — hand over",
         PW),
    ],
    [
        ("bonsoir, vous etes ouverts le samedi ? je voudrais vous deposer les originaux en main propre",
         F(E["horaires"]) + " — Saturday 9:00-12:00 by appointment only; weekdays 9:00-12:30 and 14:00-18:00 at "
         "12 rue du Parchemin (the sending-documents entry is also fine as an addition)",
         "'closed on Saturday'; the sending-documents entry alone"),
        ("et entre midi et deux ?",
         F(E["horaires"]) + " — closed at lunchtime, 12:30-14:00",
         "treating it as a new unclear question; 'open all day'"),
        ("ok. pour un site internet de 6000 mots en anglais vers l'allemand, vous pouvez me faire un devis ? et "
         "faut compter combien de jours ?",
         BOTH(E["devis"], E["delais"]) + " — free quote within 2 hours during opening hours; about 2 000 words "
         "per working day plus a day of proofreading, so roughly 4 working days (the word price, "
         + F(E["prixmot"]) + ": 0,12 €/word, about 720 €, is also right)",
         HALF + "; the sworn-translation price per page"),
    ],
]

write_faq("fr", FAQ)
write_plan("fr", convs)
print("fr: %d entries, %d conversations, %d turns" % (len(FAQ), len(convs), sum(len(c) for c in convs)))
