"""French FAQ and plan for test set 29: Atelier Clic & Répare, computer repair, Geneva (made up).
Run from src/: PYTHONPATH=<check folder> python3 fr.py"""
from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("diag", "Combien coûte le diagnostic ?",
      "Le diagnostic coûte 49 CHF et prend en général 24 à 48 heures. Si vous acceptez le devis, ce montant est "
      "déduit du prix de la réparation. Si l'appareil n'est pas réparable, vous ne payez que le diagnostic.",
      "tarifs", ["diagnostic", "devis", "panne", "estimation"],
      ["vous regardez ce qui ne va pas pour combien", "le devis est payant"])
entry("ecran", "Combien coûte le remplacement d'un écran ?",
      "Pour un ordinateur portable, le remplacement de l'écran coûte entre 180 et 450 CHF selon le modèle, pièce "
      "et main-d'œuvre comprises (MacBook dès 390 CHF). La réparation prend 2 à 5 jours ouvrables si la pièce "
      "est en stock.",
      "réparations", ["écran", "dalle", "écran cassé", "fissure", "affichage"],
      ["mon écran est cassé", "vous changez les dalles de portable"])
entry("batterie", "Pouvez-vous changer la batterie ?",
      "Oui. Une batterie de portable coûte entre 90 et 220 CHF posée, en général le jour même si la pièce est en "
      "stock, sinon 3 à 7 jours ouvrables. Une batterie qui gonfle est dangereuse : arrêtez d'utiliser "
      "l'appareil, ne le chargez plus et apportez-le-nous rapidement.",
      "réparations", ["batterie", "autonomie", "charge", "batterie gonflée"],
      ["mon portable ne tient plus la charge", "combien pour une nouvelle batterie"])
entry("donnees", "Pouvez-vous récupérer mes données ?",
      "Oui, sur un disque dur ou un SSD qui ne démarre plus, qui a été effacé ou endommagé. L'analyse coûte "
      "90 CHF ; la récupération coûte ensuite entre 250 et 900 CHF selon la panne, et vous ne payez que si nous "
      "récupérons vos fichiers. Pour les disques très abîmés (eau, choc), nous passons par un laboratoire "
      "partenaire : comptez 5 à 10 jours ouvrables.",
      "réparations", ["récupération de données", "données", "disque dur", "fichiers perdus", "ssd"],
      ["j'ai perdu tous mes fichiers", "mon disque dur est mort"])
entry("virus", "Pouvez-vous enlever un virus ?",
      "Oui. Le nettoyage complet (virus, logiciels espions, publicités, programmes inutiles) coûte 120 CHF "
      "forfaitaire et se fait en 1 à 2 jours ouvrables ; nous sauvegardons vos fichiers avant. Nous installons "
      "aussi un antivirus si vous le souhaitez.",
      "réparations", ["virus", "malware", "logiciel espion", "lent", "piratage", "antivirus"],
      ["mon ordinateur est infecté", "je crois que j'ai été piraté"])
entry("duree", "Combien de temps dure une réparation ?",
      "La plupart des réparations sont faites en 2 à 5 jours ouvrables après votre accord sur le devis. Si une "
      "pièce doit être commandée, comptez 5 à 10 jours ouvrables de plus. Nous vous envoyons un SMS dès que "
      "l'appareil est prêt.",
      "réparations", ["délai", "durée", "combien de temps", "prêt", "attente"],
      ["quand est-ce que mon ordinateur sera prêt", "ça prend combien de jours"])
entry("pieces", "Utilisez-vous des pièces d'origine ?",
      "Nous utilisons des pièces d'origine quand le fabricant les fournit, sinon des pièces compatibles de "
      "qualité équivalente ; le devis précise toujours lesquelles. Vous pouvez demander une pièce d'origine, "
      "elle coûte en général 20 à 40 % de plus. Les pièces remplacées vous sont rendues sur demande.",
      "réparations", ["pièces", "pièces d'origine", "compatible", "qualité"],
      ["c'est des pièces officielles", "vous mettez des pièces de marque"])
entry("garantie", "Quelle garantie sur les réparations ?",
      "Chaque réparation est garantie 6 mois, pièces et main-d'œuvre. Si le même problème revient pendant ce "
      "délai, nous réparons gratuitement. La garantie ne couvre pas les chutes, l'eau ou une intervention faite "
      "ailleurs entre-temps.",
      "réparations", ["garantie", "réparation garantie", "problème revient", "6 mois"],
      ["la réparation est garantie combien de temps", "le problème est revenu après la réparation"])
entry("pret", "Prêtez-vous un ordinateur pendant la réparation ?",
      "Oui, pour les réparations de plus de 2 jours nous prêtons un ordinateur portable de remplacement pour "
      "20 CHF par semaine, gratuitement pour les clients avec un contrat entreprise. Nous en avons 8, réservez-le "
      "au moment du dépôt. Nous demandons une pièce d'identité et une caution de 200 CHF.",
      "services", ["ordinateur de prêt", "prêt", "remplacement", "appareil de prêt"],
      ["vous avez un ordinateur à prêter", "je peux avoir un portable en attendant"])
entry("deplacement", "Vous déplacez-vous en entreprise ?",
      "Oui, pour les entreprises et les indépendants du canton de Genève : 150 CHF de l'heure sur place, plus "
      "40 CHF de déplacement. Pour les particuliers, nous ne faisons pas de dépannage à domicile, mais nous "
      "pouvons venir chercher l'appareil pour 35 CHF.",
      "services", ["déplacement", "intervention sur place", "entreprise", "à domicile", "bureau"],
      ["vous venez dans nos bureaux", "vous faites des interventions chez les clients"])
entry("sauvegarde", "Faites-vous des sauvegardes ?",
      "Oui. Avant une réparation qui touche le disque, nous vous conseillons une sauvegarde : 60 CHF jusqu'à "
      "500 Go, sur votre disque externe ou sur un disque que nous vendons (1 To dès 79 CHF). Nous pouvons aussi "
      "installer une sauvegarde automatique dans le cloud pour 80 CHF.",
      "services", ["sauvegarde", "backup", "copie", "disque externe", "cloud"],
      ["vous copiez mes fichiers avant", "comment sauvegarder mon ordinateur"])
entry("paiement", "Quels moyens de paiement acceptez-vous ?",
      "Vous payez au retrait de l'appareil, en espèces, par carte de débit, carte de crédit ou Twint. Les "
      "entreprises peuvent payer sur facture à 30 jours. Pour les réparations de plus de 500 CHF, nous demandons "
      "un acompte de 30 % à l'acceptation du devis.",
      "tarifs", ["paiement", "payer", "twint", "carte", "facture", "acompte"],
      ["je peux payer par carte", "vous prenez twint"])
entry("annuler", "Comment annuler une réparation ?",
      "Vous pouvez annuler gratuitement tant que vous n'avez pas accepté le devis : vous payez seulement le "
      "diagnostic (49 CHF). Si la pièce est déjà commandée, nous la facturons quand elle ne peut pas être "
      "retournée au fournisseur. Appelez le 022 734 58 20 ou passez à l'atelier.",
      "réparations", ["annuler", "annulation", "renoncer", "devis refusé"],
      ["je ne veux plus la réparation", "je refuse le devis"])
entry("horaires", "Quels sont vos horaires ?",
      "L'atelier est ouvert du lundi au vendredi de 9 h à 18 h 30 et le samedi de 10 h à 16 h, sans rendez-vous. "
      "Il est fermé le dimanche et les jours fériés genevois.",
      "infos", ["horaires", "ouvert", "heures d'ouverture", "samedi"],
      ["vous êtes ouverts quand", "vous ouvrez le samedi"])
entry("lieu", "Où se trouve l'atelier ?",
      "Nous sommes à la rue des Tanneurs-Pâquis 14, 1201 Genève, à 5 minutes à pied de la gare Cornavin "
      "(tram 15, arrêt Môle). Nous n'avons pas de places clients ; le parking le plus proche est celui de "
      "Cornavin, à 400 m.",
      "infos", ["adresse", "atelier", "parking", "se garer", "accès"],
      ["c'est où chez vous", "on peut se parquer devant"])

write_faq("fr", FAQ)

HALF = "only one half with no pointer to the other"

convs = [
    # 1
    [
        ("bonjour, l'ecran de mon portable est fissuré, un hp de 2021. combien pour le changer et faut payer le "
         "diagnostic avant?",
         BOTH(E["ecran"], E["diag"]) + " — 180-450 CHF depending on the model, parts and labour; diagnosis "
         "49 CHF, deducted from the repair if the quote is accepted",
         HALF + "; one exact price for this HP as if known; the MacBook price as the answer"),
        ("et si la piece est pas en stock?",
         F(E["duree"]) + " — 5 to 10 more working days when a part has to be ordered (2-5 otherwise)",
         "treating it as new unclear; the screen price again"),
        ("c'est une piece hp ou une copie chinoise?",
         F(E["pieces"]) + " — original parts when the maker supplies them, otherwise compatible parts of equal "
         "quality, named in the quote; an original can be asked for, usually 20-40 % more",
         "claiming it is always original; claiming the part for this model is known"),
        ("ok ça joue, merci, bonne journée",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover"),
    ],
    # 2
    [
        ("bonjour j'ai un souci avec mon ordi",
         "Too vague to answer — choices (diagnosis, screen, battery, virus, data) or a clarifying question",
         "a handover; one entry given as certain"),
        ("il rame a mort depuis une semaine et j'ai plein de pubs qui s'ouvrent toutes seules",
         TYPE + F(E["virus"]) + " — full clean-up 120 CHF flat, 1-2 working days, files saved before; antivirus "
         "on request",
         "the diagnosis entry alone; the battery entry; tapping a choice"),
        ("et pendant ce temps vous me prêtez un ordi? je peux payer par twint?",
         BOTH(E["pret"], E["paiement"]) + " — loan laptops for repairs over 2 days, 20 CHF a week, ID + 200 CHF "
         "deposit (a 1-2 day clean-up may not need one); Twint accepted, payment when collecting",
         HALF + "; a free loan promised"),
        ("c'est un robot qui me repond la?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("bonjour, c'est pour mon ordinateur de bureau",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("non rien de tout ça",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("mon pc fait un bruit de clic et demarre plus, et toutes les photos des petits-enfants etaient dedans. "
         "y a moyen de les ravoir?",
         F(E["donnees"]) + " — data recovery: analysis 90 CHF, recovery 250-900 CHF, paid only if the files are "
         "recovered; badly damaged disks via a partner lab, 5-10 working days",
         "the virus or backup entry; promising the photos are safe; asking to rephrase again"),
        ("et vous donnez aussi des cours d'informatique? ma femme aimerait apprendre a faire des appels video",
         "Not covered (computer lessons) — say so plainly; may offer a person or what the shop does",
         "inventing lessons or a price; the home-visit entry as if it covered lessons"),
    ],
    # 4
    [
        ("on est une fiduciaire de 12 personnes a carouge. quand le serveur plante, quelqu'un peut passer chez "
         "nous, et a quel tarif? et on peut régler a 30 jours?",
         BOTH(E["deplacement"], E["paiement"]) + " — yes for companies in the canton: 150 CHF an hour on site + "
         "40 CHF travel; companies can pay on invoice at 30 days",
         HALF + "; saying no home visits (that rule is for private customers)"),
        ("je demandais si vous garantissez d'etre la en moins de 2 heures, on a des clients qui attendent",
         "Push-back: apologise; the FAQ has no guaranteed response time — restate what it says, offer a person",
         "a promised response time; the same full answer again without acknowledging"),
        ("c'est pas possible ça. passez-moi quelqu'un de chez vous, tout de suite!",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("il y a quelqu'un?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("je suis furieux. vous m'avez changé la batterie il y a 8 semaines et elle tient de nouveau a peine 20 "
         "minutes!!",
         F(E["garantie"]) + " — apologise; repairs are guaranteed 6 months, parts and labour; the same problem "
         "coming back is repaired free (unless a fall, water or work done elsewhere)",
         "no apology; a new battery price; the battery entry alone"),
        ("vous savez quand part le prochain bateau pour lausanne?",
         "Not covered (boat timetable) — say so kindly, back to the shop's topics",
         "a timetable; an FAQ answer; a handover"),
        ("rappelez-moi sur mon natel svp, 079 555 42 18",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the shop's phone number instead"),
        ("ça va prendre combien de temps?",
         WAIT + WAITING,
         "the repair-time entry; an invented wait time"),
    ],
    # 6
    [
        ("vous avez mon macbook pour le clavier, mais finalement mon fils m'en offre un neuf. je préfère laisser "
         "tomber, j'ai encore rien signé",
         F(E["annuler"]) + " — free while the quote is not accepted, only the 49 CHF diagnosis is paid; call "
         "022 734 58 20 or come by; do not claim it is cancelled",
         "claiming it is cancelled; charging the part; the payment entry alone"),
        ("oui",
         "Ambiguous yes — ask what they mean or restate the step (call or come by); nothing claimed as done",
         "claiming the repair is cancelled; a random FAQ answer"),
        ("je passe le récupérer samedi, vous etes ouverts jusqu'a quelle heure?",
         F(E["horaires"]) + " — Saturday 10 am to 4 pm",
         "weekday hours only; the repair-time entry"),
        ("bon ça joue pas du tout avec cette machine. j'aimerais causer avec quelqu'un de chez vous, une vraie "
         "personne",
         "Request: person with Swiss French words — hand over to a person",
         PW + "; answering an FAQ"),
    ],
    # 7
    [
        ("bonjour, vous etes ou exactement? je viens en voiture depuis meyrin",
         F(E["lieu"]) + " — rue des Tanneurs-Pâquis 14, near Cornavin station; no customer parking, the Cornavin "
         "car park 400 m away",
         "promising parking at the door; the home-visit entry"),
        ("et en tram?",
         F(E["lieu"]) + " — tram 15, stop Môle, 5 minutes from Cornavin",
         "treating it as new unclear; the address again without the tram"),
        ("ok. la batterie de mon lenovo gonfle un peu, c'est grave? et vous faites une sauvegarde avant, pour "
         "septante francs ou bien?",
         BOTH(E["batterie"], E["sauvegarde"]) + " — a swelling battery is dangerous: stop using and charging it, "
         "bring it soon; 90-220 CHF fitted; backup 60 CHF up to 500 GB (not 70)",
         HALF + "; saying a swollen battery is harmless; confirming 70 CHF"),
    ],
]

write_plan("fr", convs)
