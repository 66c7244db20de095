"""French FAQ and plan for test set 34: Pressing-Cordonnerie de la Monnaie, dry cleaner and shoe repair, Lille
(made up). Run from src/: PYTHONPATH=<check folder> python3 fr.py"""
from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("horaires", "Quels sont vos horaires d'ouverture ?",
      "Nous sommes au 27 rue de la Monnaie, 59800 Lille. Ouvert du mardi au samedi de 8h30 à 19h et le lundi "
      "de 14h à 19h, fermé le dimanche et les jours fériés. Téléphone : 03 20 55 48 17.",
      "magasin", ["horaires", "ouverture", "adresse", "ouvert", "lundi"],
      ["vous etes ouverts le samedi", "a quelle heure vous fermez", "ou se trouve le magasin"])
entry("tarifs", "Combien coûte le nettoyage d'un vêtement ?",
      "Chemise 3,90 € (5 chemises 17 €), pantalon ou jupe 7,50 €, pull 6,50 €, veste 11 €, costume 2 pièces "
      "17,50 €, robe à partir de 12 €, manteau 19 €, doudoune 22 €. Les prix sont affichés en magasin.",
      "pressing", ["prix", "tarif", "nettoyage", "chemise", "costume"],
      ["c'est combien pour un manteau", "tarif chemise", "prix nettoyage costume"])
entry("delai", "En combien de temps mes vêtements sont-ils prêts ?",
      "Comptez 48 heures pour le nettoyage normal. Service express : déposé avant 10h, prêt le jour même à "
      "partir de 17h, avec un supplément de 5 € par pièce (pas le samedi).",
      "pressing", ["délai", "express", "prêt", "rapide", "48 heures"],
      ["c'est pret quand", "vous faites en express", "je peux l'avoir pour demain"])
entry("taches", "Pouvez-vous enlever toutes les taches ?",
      "Nous enlevons la plupart des taches (vin, café, graisse, sang, maquillage) sans supplément. Dites-nous "
      "au dépôt ce qu'est la tache et depuis quand. Nous ne pouvons pas garantir le résultat pour l'encre, la "
      "javel, la rouille ou les taches repassées ou vieilles de plus de 2 semaines.",
      "pressing", ["tache", "détachage", "vin", "graisse", "encre"],
      ["ca part le vin rouge", "vous enlevez les taches", "tache de gras sur une chemise"])
entry("couette", "Nettoyez-vous les couettes, rideaux et tapis ?",
      "Oui. Couette ou oreiller 1 place 19 €, 2 places 26 € (plumes ou synthétique), rideaux 9 € le m², tapis "
      "14 € le m². Délai : 5 jours ouvrés.",
      "pressing", ["couette", "rideaux", "tapis", "oreiller", "linge de maison"],
      ["vous lavez les couettes", "prix rideaux", "nettoyage tapis"])
entry("cuir", "Nettoyez-vous le cuir, le daim et les robes de mariée ?",
      "Oui. Cuir et daim sont traités par un atelier spécialisé : veste à partir de 59 €, délai 3 semaines. "
      "Robe de mariée : nettoyage à partir de 89 €, délai 10 jours, livrée sur cintre avec housse ; devis "
      "gratuit en magasin.",
      "pressing", ["cuir", "daim", "robe de mariée", "mariage", "devis"],
      ["nettoyage veste en cuir", "vous faites les robes de mariee", "prix daim"])
entry("talons", "Combien coûte la réparation de talons et de semelles ?",
      "Talons femme 12 €, talons homme 18 €, patins antidérapants 16 €, ressemelage complet cuir 65 €. Les "
      "talons sont faits en 20 minutes pendant que vous attendez ; un ressemelage prend une semaine.",
      "cordonnerie", ["talons", "semelles", "ressemelage", "cordonnerie", "patins"],
      ["refaire les talons", "mes chaussures sont usees", "prix ressemelage"])
entry("cles", "Faites-vous des doubles de clés ?",
      "Oui, sur place en 5 minutes : clé plate 6 €, clé de boîte aux lettres 8 €, clé de sécurité à partir de "
      "18 € (sur présentation de la carte de propriété). Nous ne faisons pas les clés de voiture ni les badges.",
      "cordonnerie", ["clés", "double", "reproduction", "serrure", "badge"],
      ["copie de cle", "vous refaites les cles", "double cle appartement"])
entry("retouches", "Faites-vous des retouches ?",
      "Oui : ourlet de pantalon 12 €, ourlet de jean 14 €, fermeture éclair 15 € (22 € pour un manteau), "
      "reprise de taille 18 €. Délai : 1 semaine, essayage sur place possible.",
      "retouches", ["retouches", "ourlet", "fermeture éclair", "couture", "raccourcir"],
      ["raccourcir un pantalon", "changer une fermeture", "vous faites la couture"])
entry("abime", "Que se passe-t-il si un vêtement est abîmé ou perdu ?",
      "Signalez-le-nous au plus tard 3 jours après avoir récupéré l'article, avec votre ticket. Nous examinons "
      "le vêtement et, si nous sommes responsables, nous vous indemnisons selon le barème de la profession, "
      "jusqu'à 10 fois le prix du nettoyage, ou selon la facture d'achat si vous l'avez.",
      "reclamations", ["abîmé", "perdu", "réclamation", "indemnisation", "dommage"],
      ["vous avez abime ma veste", "il manque une chemise", "mon pull a retreci"])
entry("ticket", "J'ai perdu mon ticket, comment récupérer mes vêtements ?",
      "Pas de souci : venez avec une pièce d'identité et donnez-nous votre nom et la date approximative du "
      "dépôt. Nous retrouvons le ticket dans notre registre (tout est enregistré depuis 2019).",
      "magasin", ["ticket", "reçu", "récupérer", "pièce d'identité"],
      ["j'ai plus le papier", "ticket perdu", "recuperer sans recu"])
entry("oubli", "Combien de temps gardez-vous les vêtements non récupérés ?",
      "Nous gardons les articles 6 mois. Après 1 mois nous envoyons un SMS de rappel ; à partir du 3e mois le "
      "gardiennage coûte 2 € par mois et par article. Après 6 mois, les vêtements sont donnés à une "
      "association.",
      "magasin", ["oublié", "non récupéré", "gardiennage", "combien de temps", "association"],
      ["j'ai oublie mon manteau chez vous", "vous gardez combien de temps", "vetement pas recupere"])
entry("paiement", "Quels moyens de paiement acceptez-vous ?",
      "Carte bancaire (sans contact jusqu'à 50 €), espèces et Lydia. Vous payez au retrait, sauf pour le cuir, "
      "le daim et les robes de mariée où un acompte de 50 % est demandé au dépôt. Pas de chèques.",
      "magasin", ["paiement", "carte bancaire", "espèces", "chèque", "acompte"],
      ["vous prenez la carte", "je paie quand", "vous acceptez les cheques"])
entry("fidelite", "Avez-vous une carte de fidélité ou des réductions ?",
      "Oui, la carte de fidélité est gratuite : 1 tampon par tranche de 10 €, et au bout de 10 tampons vous "
      "avez 15 € de remise. Étudiants : -10 % sur le nettoyage avec la carte étudiante, le mardi et le "
      "mercredi.",
      "magasin", ["fidélité", "carte", "réduction", "étudiant", "remise"],
      ["vous avez une carte de fidelite", "reduction etudiant", "promo"])
entry("collecte", "Proposez-vous la collecte et la livraison à domicile ?",
      "Oui, à Lille, Lambersart et La Madeleine, le mardi et le vendredi de 18h à 21h : 6 € aller-retour, "
      "gratuit à partir de 40 € de commande. Réservez au 03 20 55 48 17 ; vous pouvez déplacer ou annuler "
      "gratuitement par SMS jusqu'à 12h le jour même.",
      "services", ["collecte", "livraison", "domicile", "passer chercher", "enlèvement"],
      ["vous venez chercher le linge", "livraison a domicile", "vous passez chez moi"])

write_faq("fr", FAQ)

HALF = "only one half with no pointer to the other"

convs = [
    # 1
    [
        ("bonjour vous etes ouverts le lundi matin ? et c combien pour une veste de costume",
         BOTH(E["horaires"], E["tarifs"]) + " — Monday only 14h-19h (Tue-Sat 8h30-19h); a jacket 11 €, a "
         "2-piece suit 17,50 €",
         HALF + "; saying open Monday morning"),
        ("et elle est prete quand",
         F(E["delai"]) + " — 48 hours; express the same day from 17h if dropped before 10h, +5 € (not "
         "Saturday)",
         "treating it as new unclear; a promised day"),
        ("ok. y a une trace de biere sur le revers aussi, ca va partir ?",
         F(E["taches"]) + " — most stains removed at no extra cost; say at drop-off what it is and since when; "
         "no guarantee for old stains",
         "treating it as new unclear; promising it will go"),
        ("top, merci biloute. a plus",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover; asking what 'biloute' means"),
    ],
    # 2
    [
        ("bonjour j'ai une question pour ma mere",
         "Too vague to answer — choices (opening hours, prices, repairs, keys...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("elle a un gros edredon en plumes pour un lit de 160 qui rentre pas dans sa machine, vous acceptez ?",
         TYPE + F(E["couette"]) + " — yes, 2-person 26 € (feathers or synthetic), 5 working days",
         "tapping a choice; asking to rephrase; the clothes price list"),
        ("elle peut regler en liquide ? et vous avez une carte de fidelite",
         BOTH(E["paiement"], E["fidelite"]) + " — cash, card, Lydia, paid at pick-up, no cheques; free loyalty "
         "card, 10 stamps = 15 € off",
         HALF + "; saying cash is not accepted"),
        ("je parle a un robot la ?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("bonjour, c'est pour mes bottes",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("non c'est pas ca",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("le bout en bas derriere s'est decolle samedi sur les paves de la grand place, je clopine depuis. vous "
         "me refaites ca vite fait ?",
         F(E["talons"]) + " — heels done in 20 minutes while waiting: 12 € women, 18 € men",
         "asking to rephrase again; a one-week delay for heels"),
        ("et vous faites aussi la teinture, genre passer des baskets blanches en noir ?",
         "Not covered (dyeing shoes) — say so plainly; may offer a person",
         "inventing a price; the stain entry as if it answered it"),
    ],
    # 4
    [
        ("bonjour, on fete nos noces le 14 juin, apres je voudrais faire laver ma tenue blanche et reprendre "
         "de 3 cm le bas du pantalon de mon futur, vous faites tout ca ?",
         BOTH(E["cuir"], E["retouches"]) + " — wedding dress from 89 €, 10 days, free estimate in the shop; "
         "trouser hem 12 €, 1 week, fitting possible",
         HALF + "; a fixed dress price promised"),
        ("c'est pas ce que je demande. je veux que vous passiez chercher la robe a roubaix le dimanche 15 au "
         "matin",
         "Push-back: apologise; pick-up is only Lille, Lambersart and La Madeleine on Tue and Fri evenings — no "
         "Sunday pick-up in Roubaix; do not promise it; offer a person",
         "a promised Sunday pick-up; the same full answer again without acknowledging"),
        ("c'est nul. passez moi quelqu'un du magasin tout de suite !",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("y a quelqu'un ?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("je suis furax, j'ai repris hier ma chemise en soie et elle a retreci de 2 tailles, et y a un trou sous "
         "le bras !! je l'avais payee 80 euros",
         F(E["abime"]) + " — apologise; report within 3 days of pick-up with the ticket; checked, and if the "
         "shop is at fault compensation by the trade scale up to 10 times the cleaning price, or by the "
         "purchase invoice",
         "no apology; saying nothing can be done; the stains entry"),
        ("sinon vous savez s'il va dracher demain a lille ?",
         "Not covered (weather) — say so kindly, back to the shop's topics",
         "a forecast as fact; an FAQ answer; a handover"),
        ("rappelez moi au 06 55 51 38 72 svp",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the shop's number instead"),
        ("vous rappelez dans combien de temps a peu pres ?",
         WAIT + WAITING,
         "the opening hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("j'avais reserve que vous passiez vendredi soir pour 4 chemises et un costume mais je pars a bruxelles "
         "pour le boulot, laissez tomber pour cette fois",
         F(E["collecte"]) + " — moving or cancelling the pick-up is free by SMS until 12h the same day (or on "
         "03 20 55 48 17); do not claim it is cancelled",
         "claiming it is cancelled; the price list"),
        ("ouais ok",
         "Ambiguous yes — ask what they mean or restate the step (SMS before 12h on Friday); nothing claimed as "
         "done",
         "claiming it is cancelled; a random FAQ answer"),
        ("du coup je passerai deposer moi meme. par contre j'ai paume le papier pour la veste que j'ai laissee "
         "il y a 2 semaines",
         F(E["ticket"]) + " — no problem: come with an ID, give the name and the approximate drop-off date",
         "the cancellation answer again; saying nothing can be given back without it"),
        ("ch'est nin possipe. j'veux parler a un vrai bonhomme, pas a eune machine hein",
         "Request: person in Ch'ti — hand over to a person",
         PW + "; answering an FAQ; asking to write in standard French"),
    ],
    # 7
    [
        ("bonjour, j'ai laisse un manteau chez vous en fevrier et je l'avais totalement zappe, il est encore "
         "la ?",
         F(E["oubli"]) + " — items are kept 6 months (SMS after 1 month, 2 € a month per item from the 3rd "
         "month), after 6 months given to a charity",
         "the lost-ticket entry alone; saying it is surely gone"),
        ("meme 4 mois apres ?",
         F(E["oubli"]) + " — yes, within 6 months it is kept; storage fee 2 € a month from the 3rd month",
         "treating it as new unclear; saying it was given away"),
        ("merci, je passe samedi avec une dringuelle pour la dame. vous faites les doubles de cles ? pour une "
         "porte de cave",
         F(E["cles"]) + " — yes, on the spot in 5 minutes: flat key 6 €, letterbox 8 €, security key from 18 € "
         "with the ownership card; no car keys",
         "inventing a key price; asking what 'dringuelle' means"),
    ],
]

write_plan("fr", convs)
